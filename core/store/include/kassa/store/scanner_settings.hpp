#pragma once
// How the till tells a keyboard-wedge scanner from a person typing (devices.md 1b), kept in the shop's
// settings table so that the owner sets it once in the settings screen and every start of the till reads it.
// The store only keeps and checks the figures; the app hands them to the wedge filter.

#include <string>
#include <vector>

#include "kassa/core/time.hpp"

namespace kassa::store {

class Store;

struct ScannerTiming {
    // The longest pause between two keys of one scan. Scanners type a key every few milliseconds; people
    // need 80 ms or more, so the range stops well below that.
    int max_gap_ms = 30;
    // The shortest scan (characters before Enter): fewer is typing.
    int min_length = 4;
    // Tab ends a scan as Enter does (some scanners are set up to send Tab).
    bool tab_ends_scan = false;
};

constexpr int kMaxGapLowestMs = 5;
constexpr int kMaxGapHighestMs = 60;
constexpr int kMinLengthLowest = 2;
constexpr int kMinLengthHighest = 20;

struct ScannerTimingIssue {
    enum class Problem {
        gap_out_of_range,    // value: the gap asked for, outside kMaxGapLowestMs..kMaxGapHighestMs
        length_out_of_range  // value: the length asked for, outside kMinLengthLowest..kMinLengthHighest
    };
    Problem problem;
    int value = 0;
};

// Empty when the timing can be saved.
std::vector<ScannerTimingIssue> check_scanner_timing(const ScannerTiming& timing);

// What the shop saved, or the defaults; a value someone wrote into the file by hand that is out of range or
// not a number reads as its default, so a broken setting never stops the till from reading scans.
ScannerTiming scanner_timing(Store& store);

// Saves the timing and audits it as `settings_changed` by `actor` with `details` in one transaction. Throws
// StoreError(invalid) when check_scanner_timing finds a problem (the screen checks before saving).
void save_scanner_timing(Store& store, const ScannerTiming& timing, const std::string& actor,
                         const std::string& details, Instant at);

}  // namespace kassa::store
