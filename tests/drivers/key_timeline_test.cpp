// The key timeline: keys handled late by a stalled GUI thread are placed back at the moments their event
// stamps say they were typed, so the wedge classifier measures the gaps at the keyboard.
#include "kassa/drivers/key_timeline.hpp"

#include <catch2/catch.hpp>

using namespace std::chrono_literals;
using kassa::drivers::KeyTimeline;
using kassa::drivers::Timestamp;

namespace {
const Timestamp kStart{1000s};
}

TEST_CASE("keys handled at once are placed where they were handled", "[drivers][wedge][timeline]") {
    KeyTimeline t;
    CHECK(t.typed_at(500, kStart) == kStart);
    CHECK(t.typed_at(505, kStart + 5ms) == kStart + 5ms);
    CHECK(t.lag() == 0ms);
}

TEST_CASE("a burst handled after a stall keeps the gaps it was typed with", "[drivers][wedge][timeline]") {
    KeyTimeline t;
    CHECK(t.typed_at(500, kStart) == kStart);
    // Three keys typed 5 ms apart, all handled together 300 ms later.
    CHECK(t.typed_at(505, kStart + 305ms) == kStart + 5ms);
    CHECK(t.typed_at(510, kStart + 305ms) == kStart + 10ms);
    CHECK(t.typed_at(515, kStart + 306ms) == kStart + 15ms);
    CHECK(t.lag() == 291ms);
}

TEST_CASE("keys typed slowly and handled in a bunch stay slow", "[drivers][wedge][timeline]") {
    KeyTimeline t;
    CHECK(t.typed_at(10'000, kStart) == kStart);
    // A person's keys 150 ms apart, queued behind a stall and handled within 2 ms.
    CHECK(t.typed_at(10'150, kStart + 460ms) == kStart + 150ms);
    CHECK(t.typed_at(10'300, kStart + 461ms) == kStart + 300ms);
    CHECK(t.typed_at(10'450, kStart + 462ms) == kStart + 450ms);
    CHECK(t.lag() == 12ms);
}

TEST_CASE("the first key handled late is corrected by a later prompt one", "[drivers][wedge][timeline]") {
    KeyTimeline t;
    // The first key ever seen came 100 ms late: it is believed until a key shows the true offset.
    CHECK(t.typed_at(1'000, kStart + 100ms) == kStart + 100ms);
    CHECK(t.typed_at(2'000, kStart + 1000ms) == kStart + 1000ms);
    CHECK(t.lag() == 0ms);
    CHECK(t.typed_at(2'005, kStart + 1100ms) == kStart + 1005ms);
}

TEST_CASE("stamps that wrap or jump start the mapping again", "[drivers][wedge][timeline]") {
    KeyTimeline t;
    const std::uint64_t near_wrap = 0xFFFF'FF00ULL;
    CHECK(t.typed_at(near_wrap, kStart) == kStart);
    // The X server's 32-bit clock wrapped: the stamp went down by 2^32 ms while 300 ms passed.
    CHECK(t.typed_at(44, kStart + 300ms) == kStart + 300ms);
    CHECK(t.lag() == 0ms);
    CHECK(t.typed_at(49, kStart + 305ms) == kStart + 305ms);
    // A stamp far in the past (a restarted X server far ahead, then behind) is not believed either.
    CHECK(t.typed_at(9'000'000, kStart + 400ms) == kStart + 400ms);
    CHECK(t.typed_at(1'000, kStart + 500ms) == kStart + 500ms);
}

TEST_CASE("a key without a stamp is taken when it is handled", "[drivers][wedge][timeline]") {
    KeyTimeline t;
    CHECK(t.typed_at(500, kStart) == kStart);
    CHECK(t.typed_at(0, kStart + 700ms) == kStart + 700ms);
    CHECK(t.lag() == 0ms);
}
