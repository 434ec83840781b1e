// The keyboard-wedge timing the owner sets in the shop settings: kept in the shop's file, checked, audited,
// and read back as the defaults when it was never set or someone wrote nonsense into the file.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "kassa/store/scanner_settings.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

std::vector<std::string> audit_details(Store& store) {
    SQLite::Statement q(
        store.database().sql(),
        "SELECT actor || ' ' || action || ' ' || subject || ': ' || details FROM audit_log ORDER BY id");
    std::vector<std::string> out;
    while (q.executeStep()) {
        out.push_back(q.getColumn(0).getString());
    }
    return out;
}

}  // namespace

TEST_CASE("scanner timing: the defaults until the owner saves, then what she saved, audited in the same file",
          "[store][settings][scanner]") {
    testing::TempDir dir;
    {
        Store store(dir.file("shop.kassa"), Database::Mode::create_if_missing);
        const ScannerTiming fresh = scanner_timing(store);
        CHECK(fresh.max_gap_ms == 30);
        CHECK(fresh.min_length == 4);
        CHECK_FALSE(fresh.tab_ends_scan);
        save_scanner_timing(store, ScannerTiming{45, 6, true}, "maria", "max_gap_ms: \"30\" -> \"45\"",
                            at("2026-12-06T10:00:00Z"));
    }
    // Another process (the till started again) reads what was saved.
    Store store(dir.file("shop.kassa"), Database::Mode::open_existing);
    const ScannerTiming saved = scanner_timing(store);
    CHECK(saved.max_gap_ms == 45);
    CHECK(saved.min_length == 6);
    CHECK(saved.tab_ends_scan);
    CHECK(audit_details(store) ==
          std::vector<std::string>{"maria settings_changed scanner: max_gap_ms: \"30\" -> \"45\""});
    // The shop's other settings are untouched by it.
    CHECK(store.shop().settings().name == ShopSettings{}.name);
}

TEST_CASE("scanner timing out of range is refused with a sentence and nothing is written",
          "[store][settings][scanner]") {
    using Problem = ScannerTimingIssue::Problem;
    CHECK(check_scanner_timing(ScannerTiming{}).empty());
    CHECK(check_scanner_timing(ScannerTiming{kMaxGapLowestMs, kMinLengthLowest, false}).empty());
    CHECK(check_scanner_timing(ScannerTiming{kMaxGapHighestMs, kMinLengthHighest, true}).empty());
    const auto both = check_scanner_timing(ScannerTiming{kMaxGapHighestMs + 1, kMinLengthLowest - 1, false});
    REQUIRE(both.size() == 2);
    CHECK(both[0].problem == Problem::gap_out_of_range);
    CHECK(both[0].value == kMaxGapHighestMs + 1);
    CHECK(both[1].problem == Problem::length_out_of_range);
    CHECK(both[1].value == kMinLengthLowest - 1);

    testing::TempDir dir;
    Store store(dir.file("shop.kassa"), Database::Mode::create_if_missing);
    try {
        save_scanner_timing(store, ScannerTiming{200, 4, false}, "maria", "", at("2026-12-06T10:00:00Z"));
        FAIL("an 80 ms pause is a person typing: it must not be saved");
    } catch (const StoreError& e) {
        CHECK(e.kind() == FailureKind::invalid);
        CHECK(std::string(e.what()).find("5-60 ms") != std::string::npos);
    }
    CHECK(scanner_timing(store).max_gap_ms == 30);
    CHECK(audit_details(store).empty());
}

TEST_CASE("scanner timing written into the file by hand as nonsense reads as the defaults",
          "[store][settings][scanner]") {
    testing::TempDir dir;
    Store store(dir.file("shop.kassa"), Database::Mode::create_if_missing);
    store.database().sql().exec(
        "INSERT INTO settings(key, value) VALUES ('scanner.max_gap_ms', 'fast'), "
        "('scanner.min_length', '400'), ('scanner.tab_ends_scan', 'maybe')");
    const ScannerTiming read = scanner_timing(store);
    CHECK(read.max_gap_ms == 30);
    CHECK(read.min_length == 4);
    CHECK_FALSE(read.tab_ends_scan);
    store.database().sql().exec("UPDATE settings SET value = '12ms' WHERE key = 'scanner.max_gap_ms'");
    CHECK(scanner_timing(store).max_gap_ms == 30);
    store.database().sql().exec("UPDATE settings SET value = '12' WHERE key = 'scanner.max_gap_ms'");
    CHECK(scanner_timing(store).max_gap_ms == 12);
}
