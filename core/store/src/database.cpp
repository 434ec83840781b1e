#include "kassa/store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "connection.hpp"
#include "schema.hpp"

namespace kassa::store {

namespace {

std::string with_detail(std::string sentence, const std::string& detail) {
    if (detail.empty()) {
        return sentence;
    }
    if (!sentence.empty() && sentence.back() == '.') {
        sentence.pop_back();
    }
    return sentence + ": " + detail + (detail.back() == '.' ? "" : ".");
}

}  // namespace

StoreError::StoreError(StoreRefusal refusal, const std::string& english_detail)
    : std::runtime_error(with_detail(english_sentence(refusal), english_detail)),
      kind_(FailureKind::invalid),
      refusal_(std::move(refusal)) {}

void check_text_length(TextField field, std::string_view text) {
    if (!text_fits(field, text)) {
        throw StoreError(
            StoreRefusal{StoreProblem::text_too_long, {field, static_cast<std::int64_t>(text_limit(field))}});
    }
}

NewerSchemaError::NewerSchemaError(const std::string& path, int found, int known)
    : StoreError(FailureKind::newer_schema,
                 "The shop's database " + path + " was written by a newer Kassa (schema " +
                     std::to_string(found) + ", this Kassa knows up to " + std::to_string(known) +
                     "); install the newer Kassa to open it."),
      found_(found),
      known_(known) {}

void rethrow_as_store_error(const std::exception& e) {
    if (const auto* store = dynamic_cast<const StoreError*>(&e)) {
        throw *store;
    }
    const auto* sql = dynamic_cast<const SQLite::Exception*>(&e);
    const int code = sql ? sql->getErrorCode() : SQLITE_ERROR;
    switch (code) {
        case SQLITE_FULL:
            throw StoreError(FailureKind::disk_full,
                             "The disk is full: nothing was saved. Free some space (or call support) and try "
                             "again.");
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            throw StoreError(
                FailureKind::read_only,
                "The shop's database cannot be written to: nothing was saved. Check the disk and its "
                "permissions.");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw StoreError(
                FailureKind::busy,
                "The shop's database is busy with another program: nothing was saved. Try again in a "
                "moment.");
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            throw StoreError(
                FailureKind::corrupt,
                "The shop's database file is damaged. Do not delete it: restore the latest backup "
                "or call support.");
        case SQLITE_IOERR:
            throw StoreError(FailureKind::disk_full,
                             "The disk could not be written: nothing was saved. Check the disk.");
        default:
            break;
    }
    throw StoreError(FailureKind::other,
                     std::string("The shop's database refused the operation (") + e.what() + ").");
}

Database::Database(const std::string& path, Mode mode) : path_(path) {
    try {
        if (mode == Mode::open_existing && !std::filesystem::exists(path)) {
            throw StoreError(FailureKind::missing, "There is no shop database at " + path + ".");
        }
        if (mode == Mode::create_if_missing && !std::filesystem::exists(path)) {
            // The shop's file holds personal data and PIN hashes: only its owner may read it (0600), whatever
            // the umask. SQLite gives the -wal and -shm files the mode of the database file.
            const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
            if (fd < 0 && errno != EEXIST) {
                throw StoreError(
                    errno == ENOSPC                     ? FailureKind::disk_full
                    : errno == EACCES || errno == EROFS ? FailureKind::read_only
                                                        : FailureKind::other,
                    "The shop's database cannot be created at " + path + ": " + std::strerror(errno) + ".");
            }
            if (fd >= 0) {
                ::close(fd);
            }
        }
        const int flags =
            SQLite::OPEN_READWRITE | (mode == Mode::create_if_missing ? SQLite::OPEN_CREATE : 0);
        db_ = std::make_unique<detail::Connection>(path, flags, 5000);
        // WAL: the till writes while the night's export reads. FULL: a committed sale survives power loss.
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = FULL");
        db_->exec("PRAGMA foreign_keys = ON");
        const int version = schema_version();
        if (version > current_schema_version()) {
            throw NewerSchemaError(path, version, current_schema_version());
        }
        if (version == 0 && mode == Mode::open_existing) {
            const bool empty = db_->execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
            if (!empty) {
                throw StoreError(FailureKind::not_a_shop, path + " is an SQLite file, but not a Kassa shop.");
            }
        }
        migrate(*db_, current_schema_version());
    } catch (const StoreError&) {
        throw;
    } catch (const SQLite::Exception& e) {
        // SQLite reads the header at the first statement: a file that is no database at all (a PDF, a CSV,
        // the wrong path typed) is not a damaged shop, and restoring a backup would not help.
        if (e.getErrorCode() == SQLITE_NOTADB) {
            throw StoreError(FailureKind::not_a_shop,
                             path + " is not a Kassa shop (not an SQLite database).");
        }
        rethrow_as_store_error(e);
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

Database::~Database() = default;

SQLite::Database& Database::sql() {
    return *db_;
}

int Database::schema_version() const {
    return db_->execAndGet("PRAGMA user_version").getInt();
}

int Database::current_schema_version() {
    return detail::migrations().back().version;
}

void migrate(SQLite::Database& db, int to_version) {
    const int from = db.execAndGet("PRAGMA user_version").getInt();
    for (const auto& m : detail::migrations()) {
        if (m.version <= from || m.version > to_version) {
            continue;
        }
        // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it, and switched back
        // however the migration ends.
        const bool foreign_keys = db.execAndGet("PRAGMA foreign_keys").getInt() == 1;
        const bool switch_off = m.rebuilds_tables && foreign_keys;
        if (switch_off) {
            db.exec("PRAGMA foreign_keys = OFF");
        }
        try {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            // A shop whose file already had a dangling row (db check says so) still opens: only a row the
            // rebuild itself left dangling stops it.
            const auto dangling = [&db] {
                return db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt64();
            };
            const std::int64_t dangling_before = switch_off ? dangling() : 0;
            db.exec(m.sql);
            if (m.fill) {
                m.fill(db);
            }
            if (switch_off && dangling() > dangling_before) {
                throw StoreError(FailureKind::corrupt,
                                 "The shop's database could not be upgraded: its rows point at rows that are "
                                 "missing. Restore the latest backup or call support.");
            }
            db.exec("PRAGMA user_version = " + std::to_string(m.version));
            transaction.commit();
        } catch (...) {
            if (switch_off) {
                db.exec("PRAGMA foreign_keys = ON");
            }
            throw;
        }
        if (switch_off) {
            db.exec("PRAGMA foreign_keys = ON");
        }
    }
}

}  // namespace kassa::store
