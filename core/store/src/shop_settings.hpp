#pragma once
// The few shop settings that commands reading the file on their own connection need (the export, the
// reports): one setting by key, and the shop's time zone with a sentence when this computer lacks it.

#include <memory>
#include <string>

#include "kassa/core/time.hpp"

namespace SQLite {
class Database;
}

namespace kassa::store::detail {

class Connection;

std::string shop_setting(SQLite::Database& db, const char* key, const std::string& fallback);
// Writes one setting (inserted or replaced), in the caller's transaction.
void put_shop_setting(Connection& db, const char* key, const std::string& value);
// Throws StoreError(invalid) with a sentence when the zone is unknown here.
std::shared_ptr<const TimeZone> shop_zone(SQLite::Database& db);

}  // namespace kassa::store::detail
