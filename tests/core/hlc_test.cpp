#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "kassa/core/hlc.hpp"

using namespace kassa;

namespace {

const std::string kTillA = "0190a000-0000-7000-8000-00000000000a";
const std::string kTillB = "0190a000-0000-7000-8000-00000000000b";

}  // namespace

TEST_CASE("An HLC stamp is greater than every stamp the till made before even when its clock goes back",
          "[core][hlc]") {
    HybridLogicalClock clock(kTillA);
    std::vector<HlcStamp> stamps;
    // Forward, standing still, back by an hour (a clock corrected by NTP), forward again.
    for (const std::int64_t t : {1000, 1000, 1000, 1005, 1005 - 3600, 900, 1006, 1006}) {
        stamps.push_back(clock.tick(Instant{t}));
    }
    for (std::size_t i = 1; i < stamps.size(); ++i) {
        CHECK(stamps[i - 1] < stamps[i]);
        CHECK(format_hlc(stamps[i - 1]) < format_hlc(stamps[i]));
    }
    CHECK(stamps[0] == HlcStamp{1000, 0, kTillA});
    CHECK(stamps[2] == HlcStamp{1000, 2, kTillA});
    CHECK(stamps[3] == HlcStamp{1005, 0, kTillA});
    CHECK(stamps[4] == HlcStamp{1005, 1, kTillA});  // the clock went back: the wall stays, the counter moves
    CHECK(stamps[6] == HlcStamp{1006, 0, kTillA});
}

TEST_CASE("An HLC moves past a remote stamp it observes so the next edit wins over the one it saw",
          "[core][hlc]") {
    HybridLogicalClock a(kTillA);
    HybridLogicalClock b(kTillB);
    // Till B's clock is 10 minutes ahead: its edit is stamped in A's future.
    const HlcStamp from_b = b.tick(Instant{1600});
    a.observe(from_b, Instant{1000});
    CHECK(a.wall() == 1600);
    CHECK(a.counter() == 1);
    const HlcStamp after = a.tick(Instant{1001});
    CHECK(from_b < after);
    CHECK(after == HlcStamp{1600, 2, kTillA});

    SECTION("a remote stamp in the past changes only the counter") {
        HybridLogicalClock c(kTillA, 2000, 4);
        c.observe(HlcStamp{1500, 9, kTillB}, Instant{1999});
        CHECK(c.wall() == 2000);
        CHECK(c.counter() == 5);
    }
    SECTION("a remote stamp at the same wall takes the greater counter") {
        HybridLogicalClock c(kTillA, 2000, 4);
        c.observe(HlcStamp{2000, 9, kTillB}, Instant{1999});
        CHECK(c.counter() == 10);
    }
    SECTION("a physical time past both resets the counter") {
        HybridLogicalClock c(kTillA, 2000, 4);
        c.observe(HlcStamp{2000, 9, kTillB}, Instant{2500});
        CHECK(c.wall() == 2500);
        CHECK(c.counter() == 0);
    }
}

TEST_CASE("Two tills that stamp the same second and counter are ordered by till id the same way everywhere",
          "[core][hlc]") {
    HybridLogicalClock a(kTillA);
    HybridLogicalClock b(kTillB);
    const HlcStamp sa = a.tick(Instant{5000});
    const HlcStamp sb = b.tick(Instant{5000});
    REQUIRE(sa.wall == sb.wall);
    REQUIRE(sa.counter == sb.counter);
    CHECK(sa < sb);
    CHECK(format_hlc(sa) < format_hlc(sb));
    std::vector<HlcStamp> one{sa, sb};
    std::vector<HlcStamp> other{sb, sa};
    CHECK(*std::max_element(one.begin(), one.end()) == *std::max_element(other.begin(), other.end()));
}

TEST_CASE("An HLC stamp reads back from its text and bad text is refused", "[core][hlc]") {
    const HlcStamp stamp{1765130400, 42, kTillA};
    const std::string text = format_hlc(stamp);
    CHECK(text == "00001765130400.0000000042." + kTillA);
    CHECK(parse_hlc(text) == stamp);
    CHECK_FALSE(parse_hlc(""));
    CHECK_FALSE(parse_hlc("00001765130400.0000000042."));
    CHECK_FALSE(parse_hlc("0000176513040x.0000000042." + kTillA));
    CHECK_FALSE(parse_hlc("00001765130400-0000000042." + kTillA));
    // Text order is stamp order across widths of the numbers.
    CHECK(format_hlc(HlcStamp{9, 0, kTillB}) < format_hlc(HlcStamp{10, 0, kTillA}));
    CHECK(format_hlc(HlcStamp{10, 9, kTillB}) < format_hlc(HlcStamp{10, 10, kTillA}));
}

TEST_CASE("An HLC counter that would overflow its width borrows the next second", "[core][hlc]") {
    HybridLogicalClock clock(kTillA, 3000, kHlcCounterLimit);
    const HlcStamp next = clock.tick(Instant{3000});
    CHECK(next == HlcStamp{3001, 0, kTillA});
    CHECK(format_hlc(HlcStamp{3000, kHlcCounterLimit, kTillA}) < format_hlc(next));
}
