#include "kassa/core/hlc.hpp"

#include <algorithm>
#include <cstdio>

namespace kassa {

namespace {

constexpr std::size_t kWallDigits = 14;
constexpr std::size_t kCounterDigits = 10;

std::optional<std::int64_t> digits(std::string_view text) {
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::string format_hlc(const HlcStamp& stamp) {
    char head[64];  // room for any two int64 values, though a stamp uses 14 and 10 digits
    std::snprintf(head, sizeof head, "%014lld.%010lld.", static_cast<long long>(stamp.wall),
                  static_cast<long long>(stamp.counter));
    return head + stamp.till;
}

std::optional<HlcStamp> parse_hlc(std::string_view text) {
    constexpr std::size_t head = kWallDigits + kCounterDigits + 2;
    if (text.size() <= head || text[kWallDigits] != '.' || text[head - 1] != '.') {
        return std::nullopt;
    }
    const auto wall = digits(text.substr(0, kWallDigits));
    const auto counter = digits(text.substr(kWallDigits + 1, kCounterDigits));
    if (!wall || !counter) {
        return std::nullopt;
    }
    return HlcStamp{*wall, *counter, std::string(text.substr(head))};
}

void HybridLogicalClock::carry() {
    // A burst of more events in one second than the counter holds borrows the next second: still ordered,
    // still fixed width.
    if (counter_ > kHlcCounterLimit) {
        ++wall_;
        counter_ = 0;
    }
}

HlcStamp HybridLogicalClock::tick(Instant physical) {
    if (physical.unix_seconds > wall_) {
        wall_ = physical.unix_seconds;
        counter_ = 0;
    } else {
        ++counter_;  // the physical clock stood still or went back: the counter keeps the order
        carry();
    }
    return HlcStamp{wall_, counter_, till_};
}

void HybridLogicalClock::observe(const HlcStamp& remote, Instant physical) {
    const std::int64_t wall = std::max({wall_, remote.wall, physical.unix_seconds});
    if (wall == wall_ && wall == remote.wall) {
        counter_ = std::max(counter_, remote.counter) + 1;
    } else if (wall == wall_) {
        ++counter_;
    } else if (wall == remote.wall) {
        counter_ = remote.counter + 1;
    } else {
        counter_ = 0;
    }
    wall_ = wall;
    carry();
}

}  // namespace kassa
