#include "shop_settings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "guarded.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassa::store::detail {

std::string shop_setting(SQLite::Database& db, const char* key, const std::string& fallback) {
    SQLite::Statement q(db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    return q.executeStep() ? q.getColumn(0).getString() : fallback;
}

std::shared_ptr<const TimeZone> shop_zone(SQLite::Database& db) {
    const std::string name = shop_setting(db, "time_zone", ShopSettings{}.time_zone);
    try {
        return sys::load_time_zone(name);
    } catch (const std::exception&) {
        invalid("The shop's time zone \"" + name +
                "\" is not known to this computer, so its business days cannot be told apart.");
    }
}

}  // namespace kassa::store::detail
