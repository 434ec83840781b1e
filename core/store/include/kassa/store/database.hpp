#pragma once
// The shop's SQLite file: opening it with the engine settings Kassa relies on (WAL, foreign keys, a busy
// timeout, synchronous=FULL), migrating its schema forward, and turning SQLite failures into sentences.
//
// Threading: a Database (one SQLite connection) is used by one thread at a time. The till uses its one on the
// GUI thread (a commit takes well under a millisecond, docs/performance.md); nightly jobs and kassactl open
// their own connection (WAL lets readers and the writer proceed together).

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "kassa/store/problem.hpp"

namespace SQLite {
class Database;
}

namespace kassa::store::detail {
class Connection;
}

namespace kassa::store {

// Why a store operation failed, for the person in front of the screen.
enum class FailureKind {
    disk_full,
    read_only,
    busy,
    corrupt,
    missing,
    not_a_shop,
    newer_schema,
    invalid,
    other
};

// what() is English, for kassactl and the logs; a screen words the failure from kind() and refusal().
class StoreError : public std::runtime_error {
  public:
    // A failure of the file (or a refusal without a reason of its own yet): refusal() is `other`.
    StoreError(FailureKind kind, const std::string& sentence) : std::runtime_error(sentence), kind_(kind) {}
    // A request the store refuses (kind invalid), with its reason and values. `english_detail`, when given,
    // follows the sentence in what() only (an engine's English text a log should keep).
    explicit StoreError(StoreRefusal refusal, const std::string& english_detail = {});
    [[nodiscard]] FailureKind kind() const { return kind_; }
    [[nodiscard]] const StoreRefusal& refusal() const { return refusal_; }
    [[nodiscard]] StoreProblem problem() const { return refusal_.problem; }

  private:
    FailureKind kind_;
    StoreRefusal refusal_;
};

// The file was written by a newer Kassa (kind newer_schema): its schema version and the newest this program
// knows, for a sentence that names both.
class NewerSchemaError : public StoreError {
  public:
    NewerSchemaError(const std::string& path, int found, int known);
    [[nodiscard]] int found() const { return found_; }
    [[nodiscard]] int known() const { return known_; }

  private:
    int found_;
    int known_;
};

// Maps a failure from SQLite (its extended result code and message) to a StoreError with a sentence a
// cashier understands; the technical text stays out of it.
[[noreturn]] void rethrow_as_store_error(const std::exception& e);

class Database {
  public:
    enum class Mode { open_existing, create_if_missing };

    // Opens the file, applies the settings and every pending migration. Throws StoreError: missing (no such
    // file, open_existing), not_a_shop (not an SQLite file, or one without Kassa's tables), newer_schema
    // (NewerSchemaError), or what SQLite said (rethrow_as_store_error).
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] int schema_version() const;
    [[nodiscard]] static int current_schema_version();
    [[nodiscard]] const std::string& path() const { return path_; }

    // The connection, for the store's own code only (SQL lives in core/store).
    SQLite::Database& sql();
    // The same connection with its statement cache and id source (core/store's own code).
    detail::Connection& connection() { return *db_; }

  private:
    std::string path_;
    std::unique_ptr<detail::Connection> db_;
};

// Applies the migrations above `from_version` up to `to_version` (tests migrate from every earlier
// version). Each runs in its own transaction.
void migrate(SQLite::Database& db, int to_version);

}  // namespace kassa::store
