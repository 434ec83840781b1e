#include "shop_settings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core/printer_url.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/text_limits.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassa::store::detail {

std::string shop_setting(SQLite::Database& db, const char* key, const std::string& fallback) {
    SQLite::Statement q(db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    return q.executeStep() ? q.getColumn(0).getString() : fallback;
}

void put_shop_setting(Connection& db, const char* key, const std::string& value) {
    auto put = db.prepared(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    put->bind(1, key);
    put->bind(2, value);
    put->exec();
}

std::shared_ptr<const TimeZone> shop_zone(SQLite::Database& db) {
    const std::string name = shop_setting(db, "time_zone", ShopSettings{}.time_zone);
    try {
        return sys::load_time_zone(name);
    } catch (const std::exception&) {
        refused(StoreProblem::unknown_time_zone, {name});
    }
}

}  // namespace kassa::store::detail

namespace kassa::store {

std::vector<SettingsIssue> check_settings(const ShopSettings& s) {
    using Problem = SettingsIssue::Problem;
    std::vector<SettingsIssue> issues;
    if (s.name.find_first_not_of(" \t") == std::string::npos) {
        issues.push_back({Problem::name_empty, {}});
    }
    try {
        sys::load_time_zone(s.time_zone);
    } catch (const std::exception&) {
        issues.push_back({Problem::time_zone_unknown, s.time_zone});
    }
    if (!phone_region_known(s.phone_country)) {
        issues.push_back({Problem::phone_country_unknown, s.phone_country});
    }
    if (!language_from_string(s.language)) {
        issues.push_back({Problem::language_unknown, s.language});
    }
    // Characters, not bytes: a Cyrillic header is two bytes a letter in UTF-8.
    int lines = 0;
    std::size_t start = 0;
    while (start <= s.receipt_header.size() && !s.receipt_header.empty()) {
        const std::size_t end = std::min(s.receipt_header.find('\n', start), s.receipt_header.size());
        const std::string line = s.receipt_header.substr(start, end - start);
        const auto characters = static_cast<int>(code_points(line));
        ++lines;
        if (characters > kReceiptHeaderLineWidth || lines > kReceiptHeaderMaxLines) {
            issues.push_back({Problem::receipt_header_too_long, line});
            break;
        }
        start = end + 1;
    }
    const std::int64_t limit = s.cash_movement_limit.minor_units();
    if (limit < 0 || limit > 100'000'000) {
        issues.push_back({Problem::cash_limit_invalid, std::to_string(limit)});
    }
    if (!printer_url_usable(s.printer_url)) {
        issues.push_back({Problem::printer_url_unusable, s.printer_url});
    }
    if (!currency_minor_digits(s.currency)) {
        issues.push_back({Problem::currency_unknown, s.currency});
    }
    if (s.sync_interval_seconds < kSyncIntervalMinSeconds ||
        s.sync_interval_seconds > kSyncIntervalMaxSeconds) {
        issues.push_back({Problem::sync_interval_invalid, std::to_string(s.sync_interval_seconds)});
    }
    return issues;
}

bool printer_url_usable(const std::string& url) {
    // Empty is a choice: no receipt printer, the preview prints through the desktop's dialog.
    return url.empty() || std::holds_alternative<PrinterAddress>(parse_printer_url(url));
}

namespace {

std::string english(const std::vector<SettingsIssue>& issues) {
    std::string out = "The settings were not saved:";
    for (const SettingsIssue& issue : issues) {
        out += issue.problem == SettingsIssue::Problem::printer_url_unusable
                   ? " the receipt printer address \"" + issue.value +
                         "\" is neither tcp://HOST[:PORT] nor usb:VID:PID."
                   : " \"" + issue.value + "\" is not usable.";
    }
    return out;
}

}  // namespace

SettingsError::SettingsError(std::vector<SettingsIssue> issues)
    : StoreError(FailureKind::invalid, english(issues)), issues_(std::move(issues)) {}

}  // namespace kassa::store
