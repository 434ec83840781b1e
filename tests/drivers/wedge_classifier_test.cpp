#include <catch2/catch.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "driver_test_support.hpp"
#include "kassa/drivers/wedge_classifier.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

// The clock is the times passed in: every test spells out when each key was pressed.

namespace {

using Ids = std::vector<WedgeKeyId>;

// Feeds keys like an event filter would and remembers what the widget would have received, in order, so a
// test can check the text the cashier would see as well as the verdicts.
struct Filter {
    explicit Filter(WedgeTimingSettings settings = {}) : classifier(std::move(settings)) {}

    WedgeVerdict type(char c, int ms) {
        const std::string text(1, c);
        const WedgeKeyId id = next_id++;
        typed[id] = text;
        return apply(id, classifier.key(WedgeKey{id, WedgeKeyKind::character, text, at_ms(ms)}));
    }
    WedgeVerdict type_utf8(const std::string& text, int ms) {
        const WedgeKeyId id = next_id++;
        typed[id] = text;
        return apply(id, classifier.key(WedgeKey{id, WedgeKeyKind::character, text, at_ms(ms)}));
    }
    WedgeVerdict press(WedgeKeyKind kind, int ms) {
        const WedgeKeyId id = next_id++;
        typed[id] = kind == WedgeKeyKind::enter ? "\n" : kind == WedgeKeyKind::tab ? "\t" : "<key>";
        return apply(id, classifier.key(WedgeKey{id, kind, {}, at_ms(ms)}));
    }
    // Types `text` one key every `step` ms from `start`, then Enter `step` ms later; returns Enter's verdict.
    WedgeVerdict burst(const std::string& text, int start, int step) {
        int t = start;
        for (char c : text) {
            const auto v = type(c, t);
            CHECK((v.current == WedgeDisposition::hold));
            t += step;
        }
        return press(WedgeKeyKind::enter, t);
    }
    void expire(int ms) {
        for (WedgeKeyId id : classifier.expire(at_ms(ms))) {
            widget += typed.at(id);
        }
    }

    WedgeVerdict apply(WedgeKeyId id, WedgeVerdict v) {
        for (WedgeKeyId r : v.replay) {
            widget += typed.at(r);
        }
        if (v.current == WedgeDisposition::deliver) {
            widget += typed.at(id);
        }
        if (v.scan) {
            scans.push_back(*v.scan);
        }
        return v;
    }

    WedgeClassifier classifier;
    WedgeKeyId next_id = 1;
    std::map<WedgeKeyId, std::string> typed;
    std::string widget;  // what reached the focused widget
    std::vector<Event> scans;
};

const ScanEvent& only_scan(const Filter& f) {
    REQUIRE(f.scans.size() == 1);
    const auto* scan = as_scan(f.scans.front());
    REQUIRE(scan != nullptr);
    return *scan;
}

}  // namespace

TEST_CASE("wedge: a fast burst ending in Enter is a scan, every key swallowed", "[drivers][wedge]") {
    Filter f;
    const WedgeVerdict enter = f.burst("4006381333931", 1000, 5);
    CHECK((enter.current == WedgeDisposition::swallow));
    CHECK(enter.replay.empty());
    CHECK(enter.consumed == Ids{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
    CHECK(f.widget.empty());
    const ScanEvent& scan = only_scan(f);
    CHECK(scan.text == "4006381333931");
    CHECK((scan.source == SourceKind::keyboard_wedge));
    CHECK(scan.device == "keyboard");
    CHECK_FALSE(scan.symbology.has_value());
    CHECK(scan.time == at_ms(1000 + 13 * 5));
    CHECK_FALSE(f.classifier.holding());
    CHECK_FALSE(f.classifier.deadline().has_value());
}

TEST_CASE("wedge: an AIM prefix becomes the symbology", "[drivers][wedge]") {
    Filter f;
    f.burst("]E04006381333931", 0, 3);
    const ScanEvent& scan = only_scan(f);
    CHECK(scan.text == "4006381333931");
    REQUIRE(scan.symbology.has_value());
    CHECK(scan.symbology->aim_id == "]E0");
    CHECK(scan.symbology->name == "EAN-13/UPC-A");
}

TEST_CASE("wedge: typing at a person's pace reaches the widget in order", "[drivers][wedge]") {
    Filter f;
    // Each key is held until the next one shows it was not part of a burst.
    auto v = f.type('a', 0);
    CHECK((v.current == WedgeDisposition::hold));
    REQUIRE(f.classifier.deadline().has_value());
    CHECK(*f.classifier.deadline() == at_ms(30));
    v = f.type('b', 120);
    CHECK(v.replay == Ids{1});
    CHECK((v.current == WedgeDisposition::hold));
    CHECK(f.widget == "a");
    v = f.type('c', 250);
    CHECK(v.replay == Ids{2});
    v = f.press(WedgeKeyKind::enter, 400);
    CHECK(v.replay == Ids{3});
    CHECK((v.current == WedgeDisposition::deliver));
    CHECK(f.widget == "abc\n");
    CHECK(f.scans.empty());
}

TEST_CASE("wedge: a held key with nothing after it is given back at the deadline", "[drivers][wedge]") {
    Filter f;
    f.type('7', 100);
    f.type('8', 110);
    CHECK(*f.classifier.deadline() == at_ms(140));
    f.expire(139);  // one millisecond early: still possibly a scan
    CHECK(f.widget.empty());
    CHECK(f.classifier.holding());
    f.expire(140);
    CHECK(f.widget == "78");
    CHECK_FALSE(f.classifier.holding());
    CHECK(f.classifier.expire(at_ms(500)).empty());
}

TEST_CASE("wedge: the inter-key limit is strict and is a setting", "[drivers][wedge]") {
    SECTION("29 ms apart is a scan") {
        Filter f;
        f.burst("12345", 0, 29);
        CHECK(only_scan(f).text == "12345");
    }
    SECTION("30 ms apart is typing") {
        Filter f;
        f.burst("12345", 0, 30);
        CHECK(f.scans.empty());
        CHECK(f.widget == "12345\n");
    }
    SECTION("a slow scanner with a 60 ms setting") {
        WedgeTimingSettings s;
        s.max_gap = std::chrono::milliseconds(60);
        Filter f(s);
        f.burst("12345", 0, 45);
        CHECK(only_scan(f).text == "12345");
    }
    SECTION("one slow key in the middle splits the burst: typing") {
        Filter f;
        f.type('1', 0);
        f.type('2', 5);
        f.type('3', 80);  // 75 ms: the "12" before it were typed
        f.type('4', 85);
        const auto enter = f.press(WedgeKeyKind::enter, 90);
        CHECK((enter.current == WedgeDisposition::deliver));  // "34" is shorter than 4
        CHECK(f.widget == "1234\n");
        CHECK(f.scans.empty());
    }
    SECTION("Enter long after a fast burst is typing") {
        Filter f;
        f.type('1', 0);
        f.type('2', 2);
        f.type('3', 4);
        f.type('4', 6);
        const auto enter = f.press(WedgeKeyKind::enter, 200);
        CHECK(enter.replay == Ids{1, 2, 3, 4});
        CHECK(f.widget == "1234\n");
        CHECK(f.scans.empty());
    }
}

TEST_CASE("wedge: new settings take effect from the next key, never with keys held", "[drivers][wedge]") {
    Filter f;
    f.burst("12345", 0, 45);  // 45 ms apart: typing under the default 30 ms
    CHECK(f.scans.empty());
    CHECK(f.widget == "12345\n");
    WedgeTimingSettings slow;
    slow.max_gap = std::chrono::milliseconds(60);
    f.classifier.set_settings(slow);
    CHECK(f.classifier.settings().max_gap == std::chrono::milliseconds(60));
    f.burst("67890", 1000, 45);
    CHECK(only_scan(f).text == "67890");
    // A held key was judged by the old timing: changing it then would split one scan between two timings.
    f.type('1', 2000);
    REQUIRE(f.classifier.holding());
    CHECK_THROWS_AS(f.classifier.set_settings(WedgeTimingSettings{}), std::logic_error);
    CHECK(f.classifier.settings().max_gap == std::chrono::milliseconds(60));
    CHECK(f.classifier.flush() == Ids{13});
    f.classifier.set_settings(WedgeTimingSettings{});
    CHECK(f.classifier.settings().max_gap == std::chrono::milliseconds(30));
}

TEST_CASE("wedge: shorter than the minimum is typing", "[drivers][wedge]") {
    SECTION("default 4") {
        Filter f;
        const auto enter = f.burst("123", 0, 5);
        CHECK(enter.replay == Ids{1, 2, 3});
        CHECK((enter.current == WedgeDisposition::deliver));
        CHECK(f.widget == "123\n");
        Filter g;
        g.burst("1234", 0, 5);
        CHECK(only_scan(g).text == "1234");
    }
    SECTION("a setting") {
        WedgeTimingSettings s;
        s.min_length = 8;
        Filter f(s);
        f.burst("1234567", 0, 5);
        CHECK(f.widget == "1234567\n");
    }
    SECTION("counted in characters, not bytes") {
        Filter f;
        f.type_utf8("ё", 0);
        f.type_utf8("ж", 5);
        f.type_utf8("и", 10);  // 3 characters, 6 bytes
        f.press(WedgeKeyKind::enter, 15);
        CHECK(f.scans.empty());
        CHECK(f.widget == "ёжи\n");
    }
    SECTION("Enter alone") {
        Filter f;
        const auto enter = f.press(WedgeKeyKind::enter, 0);
        CHECK(enter.replay.empty());
        CHECK((enter.current == WedgeDisposition::deliver));
    }
}

TEST_CASE("wedge: a key no scanner sends gives the held keys back first", "[drivers][wedge]") {
    Filter f;
    f.type('a', 0);
    f.type('b', 5);
    const auto bs = f.press(WedgeKeyKind::other, 8);
    CHECK(bs.replay == Ids{1, 2});
    CHECK((bs.current == WedgeDisposition::deliver));
    CHECK(f.widget == "ab<key>");
    SECTION("a character key with no text counts as such a key") {
        const auto v = f.classifier.key(WedgeKey{99, WedgeKeyKind::character, "", at_ms(9)});
        CHECK((v.current == WedgeDisposition::deliver));
    }
}

TEST_CASE("wedge: Tab ends a scan only when set to", "[drivers][wedge]") {
    SECTION("default: Tab is typing") {
        Filter f;
        f.type('1', 0);
        f.type('2', 1);
        f.type('3', 2);
        f.type('4', 3);
        const auto tab = f.press(WedgeKeyKind::tab, 4);
        CHECK((tab.current == WedgeDisposition::deliver));
        CHECK(f.widget == "1234\t");
    }
    SECTION("tab_ends_scan") {
        WedgeTimingSettings s;
        s.tab_ends_scan = true;
        Filter f(s);
        f.type('1', 0);
        f.type('2', 1);
        f.type('3', 2);
        f.type('4', 3);
        const auto tab = f.press(WedgeKeyKind::tab, 4);
        CHECK((tab.current == WedgeDisposition::swallow));
        CHECK(only_scan(f).text == "1234");
    }
}

TEST_CASE("wedge: typing, then a scan right after it", "[drivers][wedge]") {
    Filter f;
    f.type('x', 0);
    const auto first = f.type('2', 500);  // the scan's first key gives back the typed one
    CHECK(first.replay == Ids{1});
    CHECK((first.current == WedgeDisposition::hold));
    int t = 505;
    for (char c : std::string("000000123")) {
        f.type(c, t);
        t += 4;
    }
    const auto enter = f.press(WedgeKeyKind::enter, t);
    CHECK((enter.current == WedgeDisposition::swallow));
    CHECK(enter.consumed.size() == 10);
    CHECK(f.widget == "x");
    CHECK(only_scan(f).text == "2000000123");
}

TEST_CASE("wedge: card swipes read as a claimed reader reads them", "[drivers][wedge][msr]") {
    SECTION("a loyalty card's track 2 gives its number") {
        Filter f;
        f.burst(";2000000000015=4912?", 0, 3);
        const ScanEvent& scan = only_scan(f);
        CHECK((scan.source == SourceKind::msr));
        CHECK(scan.text == "2000000000015");
        CHECK(f.widget.empty());
    }
    SECTION("a bank card is refused and its digits reach neither the widget nor the verdict") {
        Filter f;
        const auto enter =
            f.burst("%B4111111111111111^TEST/CARD^25121010000000000000?;4111111111111111=2512101?", 0, 2);
        CHECK((enter.current == WedgeDisposition::swallow));
        CHECK(f.widget.empty());
        REQUIRE(f.scans.size() == 1);
        const auto* err = as_error(f.scans.front());
        REQUIRE(err != nullptr);
        CHECK((err->code == ErrorCode::bank_card));
        CHECK(err->sentence.find("4111") == std::string::npos);
    }
    SECTION("a reader set to every_line_is_a_swipe reports a line without a sentinel") {
        WedgeTimingSettings s;
        s.every_line_is_a_swipe = true;
        Filter f(s);
        f.burst("12345", 0, 3);
        REQUIRE(f.scans.size() == 1);
        const auto* err = as_error(f.scans.front());
        REQUIRE(err != nullptr);
        CHECK((err->code == ErrorCode::start_sentinel));
    }
}

TEST_CASE("wedge: flush and the length limit give keys back", "[drivers][wedge]") {
    SECTION("flush") {
        Filter f;
        f.type('a', 0);
        f.type('b', 1);
        CHECK(f.classifier.flush() == Ids{1, 2});
        CHECK_FALSE(f.classifier.holding());
        CHECK(f.classifier.flush().empty());
    }
    SECTION("longer than max_length is typing") {
        WedgeTimingSettings s;
        s.max_length = 5;
        Filter f(s);
        for (int i = 0; i < 5; ++i) {
            CHECK((f.type('9', i).current == WedgeDisposition::hold));
        }
        const auto sixth = f.type('9', 5);
        CHECK(sixth.replay == Ids{1, 2, 3, 4, 5});
        CHECK((sixth.current == WedgeDisposition::deliver));
        CHECK(f.widget == "999999");
        CHECK_FALSE(f.classifier.holding());
    }
    SECTION("a device name of the app's choosing") {
        WedgeTimingSettings s;
        s.device = "wedge:focus";
        Filter f(s);
        f.burst("ABCD", 0, 1);
        CHECK(only_scan(f).device == "wedge:focus");
    }
}
