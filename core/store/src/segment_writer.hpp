#pragma once
// Internal to kassa::store: recomputing one customer's segments inside the caller's transaction (after a
// sale), with the VIP threshold of the last nightly run.
#include <string>

#include "kassa/core/time.hpp"

namespace SQLite {
class Database;
}

namespace kassa::store::detail {

void refresh_customer_segments(SQLite::Database& db, const std::string& customer, Instant now);

}  // namespace kassa::store::detail
