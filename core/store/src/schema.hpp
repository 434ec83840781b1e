#pragma once
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace kassa::store::detail {

struct Migration {
    int version;
    const char* sql;
    // Runs after `sql` in the same transaction, for what SQL alone cannot compute (ICU folding).
    void (*fill)(SQLite::Database& db) = nullptr;
    // Rebuilds a table other tables point at (SQLite's documented twelve steps): runs with foreign keys off,
    // else dropping the old table would take the rows pointing at it along, and is checked with
    // foreign_key_check before its commit.
    bool rebuilds_tables = false;
};

// Every migration in version order; the last one's version is the current schema version.
const std::vector<Migration>& migrations();

}  // namespace kassa::store::detail
