#pragma once
// The shop's SQLite file: opening it with the engine settings Kassa relies on (WAL, foreign keys, a busy
// timeout, synchronous=FULL), migrating its schema forward, and turning SQLite failures into sentences.
//
// Threading: a Database (one SQLite connection) is used by one thread at a time. The till owns one on its
// store thread; nightly jobs open their own connection (WAL lets readers and the writer proceed together).

#include <memory>
#include <stdexcept>
#include <string>

namespace SQLite {
class Database;
}

namespace kassa::store::detail {
class Connection;
}

namespace kassa::store {

// Why a store operation failed, for the person in front of the screen.
enum class FailureKind { disk_full, read_only, busy, corrupt, missing, not_a_shop, newer_schema, invalid, other };

class StoreError : public std::runtime_error {
public:
    StoreError(FailureKind kind, const std::string& sentence) : std::runtime_error(sentence), kind_(kind) {}
    [[nodiscard]] FailureKind kind() const { return kind_; }

private:
    FailureKind kind_;
};

// Maps a failure from SQLite (its extended result code and message) to a StoreError with a sentence a
// cashier understands; the technical text stays out of it.
[[noreturn]] void rethrow_as_store_error(const std::exception& e);

class Database {
public:
    enum class Mode { open_existing, create_if_missing };

    // Opens the file, applies the settings and every pending migration. Throws StoreError.
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
