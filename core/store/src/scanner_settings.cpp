#include "kassa/store/scanner_settings.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <charconv>

#include "connection.hpp"
#include "guarded.hpp"
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
#include "ledger_writer.hpp"
#include "shop_settings.hpp"

namespace kassa::store {

namespace {

constexpr const char* kGapKey = "scanner.max_gap_ms";
constexpr const char* kLengthKey = "scanner.min_length";
constexpr const char* kTabKey = "scanner.tab_ends_scan";

int whole_number_or(const std::string& text, int fallback, int lowest, int highest) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < lowest || value > highest) {
        return fallback;
    }
    return value;
}

}  // namespace

std::vector<ScannerTimingIssue> check_scanner_timing(const ScannerTiming& timing) {
    using Problem = ScannerTimingIssue::Problem;
    std::vector<ScannerTimingIssue> issues;
    if (timing.max_gap_ms < kMaxGapLowestMs || timing.max_gap_ms > kMaxGapHighestMs) {
        issues.push_back({Problem::gap_out_of_range, timing.max_gap_ms});
    }
    if (timing.min_length < kMinLengthLowest || timing.min_length > kMinLengthHighest) {
        issues.push_back({Problem::length_out_of_range, timing.min_length});
    }
    return issues;
}

ScannerTiming scanner_timing(Store& store) {
    return detail::guarded([&] {
        SQLite::Database& db = store.database().connection();
        const ScannerTiming defaults;
        ScannerTiming out;
        out.max_gap_ms = whole_number_or(detail::shop_setting(db, kGapKey, ""), defaults.max_gap_ms,
                                         kMaxGapLowestMs, kMaxGapHighestMs);
        out.min_length = whole_number_or(detail::shop_setting(db, kLengthKey, ""), defaults.min_length,
                                         kMinLengthLowest, kMinLengthHighest);
        out.tab_ends_scan = detail::shop_setting(db, kTabKey, defaults.tab_ends_scan ? "1" : "0") == "1";
        return out;
    });
}

void save_scanner_timing(Store& store, const ScannerTiming& timing, const std::string& actor,
                         const std::string& details, Instant at) {
    if (!check_scanner_timing(timing).empty()) {
        detail::refused(StoreProblem::scanner_timing_out_of_range,
                        {std::int64_t{kMaxGapLowestMs}, std::int64_t{kMaxGapHighestMs},
                         std::int64_t{kMinLengthLowest}, std::int64_t{kMinLengthHighest}});
    }
    detail::guarded([&] {
        detail::Connection& db = store.database().connection();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        detail::put_shop_setting(db, kGapKey, std::to_string(timing.max_gap_ms));
        detail::put_shop_setting(db, kLengthKey, std::to_string(timing.min_length));
        detail::put_shop_setting(db, kTabKey, timing.tab_ends_scan ? "1" : "0");
        detail::audit(db, at, actor, "settings_changed", "scanner", details);
        t.commit();
    });
}

}  // namespace kassa::store
