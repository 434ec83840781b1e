#include <catch2/catch.hpp>

#include "driver_test_support.hpp"
#include "kassa/drivers/keyboard.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

namespace {

// Feeds reports 1 ms apart starting at `start_ms` and collects every event.
std::vector<Event> feed_all(Decoder& decoder, const std::vector<Bytes>& reports, int start_ms = 0) {
    std::vector<Event> events;
    int ms = start_ms;
    for (const auto& r : reports) {
        auto out = decoder.feed(r, at_ms(ms++));
        std::move(out.begin(), out.end(), std::back_inserter(events));
    }
    return events;
}

std::string typed(const std::vector<Event>& events) {
    REQUIRE(events.size() == 1);
    const auto* scan = as_scan(events[0]);
    REQUIRE(scan != nullptr);
    return scan->text;
}

}  // namespace

TEST_CASE("a wedge scanner typing the AIM prefix E0 and 4006381333931 gives an EAN-13 scan",
          "[drivers][keyboard]") {
    // Press and release per character, exactly as a boot keyboard sends them: `]E0` is the AIM prefix.
    const std::vector<Bytes> reports{
        {0x00, 0x00, 0x30, 0x00, 0x00, 0x00, 0x00, 0x00},  // ]
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x02, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00},  // Shift+e = E
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x27, 0x00, 0x00, 0x00, 0x00, 0x00},  // 0
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00},  // 4
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x27, 0x00, 0x00, 0x00, 0x00, 0x00},  // 0
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x27, 0x00, 0x00, 0x00, 0x00, 0x00},  // 0
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x23, 0x00, 0x00, 0x00, 0x00, 0x00},  // 6
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00},  // 3
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00},  // 8
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x1E, 0x00, 0x00, 0x00, 0x00, 0x00},  // 1
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00},  // 3
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00},  // 3
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00},  // 3
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x26, 0x00, 0x00, 0x00, 0x00, 0x00},  // 9
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00},  // 3
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x1E, 0x00, 0x00, 0x00, 0x00, 0x00},  // 1
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x00, 0x00},  // Enter
        {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
    };
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    const auto events = feed_all(decoder, reports, 1000);
    REQUIRE(events.size() == 1);
    const auto* scan = as_scan(events[0]);
    REQUIRE(scan != nullptr);
    CHECK(scan->device == "kbd");
    CHECK(scan->source == SourceKind::keyboard_wedge);
    REQUIRE(scan->symbology.has_value());
    CHECK(scan->symbology->aim_id == "]E0");
    CHECK(scan->symbology->name == "EAN-13/UPC-A");
    CHECK(scan->text == "4006381333931");
    CHECK(scan->time == at_ms(1000 + 32));  // the Enter press
}

TEST_CASE("the US usage table", "[drivers][keyboard]") {
    CHECK(us_usage_character(0x04, false) == 'a');
    CHECK(us_usage_character(0x1D, false) == 'z');
    CHECK(us_usage_character(0x1D, true) == 'Z');
    CHECK(us_usage_character(0x1E, false) == '1');
    CHECK(us_usage_character(0x26, false) == '9');
    CHECK(us_usage_character(0x27, false) == '0');
    const std::string shifted_digits = "!@#$%^&*()";
    for (std::uint8_t u = 0x1E; u <= 0x27; ++u) {
        CHECK(us_usage_character(u, true) == shifted_digits[static_cast<std::size_t>(u - 0x1E)]);
    }
    const std::string plain = " -=[]\\\\;'`,./";
    const std::string shifted = " _+{}||:\"~<>?";
    for (std::uint8_t u = 0x2C; u <= 0x38; ++u) {
        CHECK(us_usage_character(u, false) == plain[static_cast<std::size_t>(u - 0x2C)]);
        CHECK(us_usage_character(u, true) == shifted[static_cast<std::size_t>(u - 0x2C)]);
    }
    // Keypad digits 1-9 then 0, the same with Shift.
    const std::string keypad = "1234567890";
    for (std::uint8_t u = 0x59; u <= 0x62; ++u) {
        CHECK(us_usage_character(u, false) == keypad[static_cast<std::size_t>(u - 0x59)]);
        CHECK(us_usage_character(u, true) == keypad[static_cast<std::size_t>(u - 0x59)]);
    }
    CHECK(us_usage_character(0x63, false) == '.');
    CHECK(us_usage_character(0x57, false) == '+');
    // Keys that type nothing.
    CHECK_FALSE(us_usage_character(0x28, false).has_value());  // Enter
    CHECK_FALSE(us_usage_character(0x2B, false).has_value());  // Tab
    CHECK_FALSE(us_usage_character(0x58, false).has_value());  // keypad Enter
    CHECK_FALSE(us_usage_character(0x3A, false).has_value());  // F1
    CHECK_FALSE(us_usage_character(0x01, false).has_value());  // ErrorRollOver
    CHECK_FALSE(us_usage_character(0xE1, false).has_value());  // Left Shift as a key
}

TEST_CASE("right Shift counts as Shift", "[drivers][keyboard]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    const std::vector<Bytes> reports{{0x20, 0, 0x04, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0},
                                     {0x00, 0, 0x04, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0},
                                     {0x02, 0, 0x1F, 0, 0, 0, 0, 0}, {0, 0, 0x28, 0, 0, 0, 0, 0}};
    CHECK(typed(feed_all(decoder, reports)) == "Aa@");
}

TEST_CASE("a key is typed when its usage newly appears in any slot", "[drivers][keyboard]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    const std::vector<Bytes> reports{
        {0, 0, 0x04, 0, 0, 0, 0, 0},        // a
        {0, 0, 0x04, 0x05, 0, 0, 0, 0},     // a held, b pressed: b
        {0, 0, 0x05, 0, 0, 0, 0, 0},        // a released, b held in another slot: nothing
        {0, 0, 0, 0, 0, 0, 0x05, 0x06},     // b moved to slot 5, c new: c
        {0, 0, 0x06, 0x04, 0x05, 0, 0, 0},  // a again: a
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0x07, 0x08, 0, 0, 0, 0},  // two new keys in one report: in slot order
        {0, 0, 0x28, 0, 0, 0, 0, 0},
    };
    CHECK(typed(feed_all(decoder, reports)) == "abcade");
}

TEST_CASE("an identical repeated report types nothing", "[drivers][keyboard]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    const std::vector<Bytes> reports{{0, 0, 0x1E, 0, 0, 0, 0, 0}, {0, 0, 0x1E, 0, 0, 0, 0, 0},
                                     {0, 0, 0x1E, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0},
                                     {0, 0, 0x1E, 0, 0, 0, 0, 0}, {0, 0, 0x28, 0, 0, 0, 0, 0}};
    CHECK(typed(feed_all(decoder, reports)) == "11");
}

TEST_CASE("the rollover-error report is skipped", "[drivers][keyboard]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    const std::vector<Bytes> reports{
        {0, 0, 0x04, 0, 0, 0, 0, 0},
        {0x02, 0, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01},  // too many keys: says nothing
        {0, 0, 0x04, 0x05, 0, 0, 0, 0},                 // a still held (not typed again), b new
        {0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0x28, 0, 0, 0, 0, 0},
    };
    CHECK(typed(feed_all(decoder, reports)) == "ab");
}

TEST_CASE("Enter, keypad Enter and Tab end a scan, as set", "[drivers][keyboard]") {
    const std::vector<Bytes> tab_then_enter{{0, 0, 0x1E, 0, 0, 0, 0, 0}, {0, 0, 0x2B, 0, 0, 0, 0, 0},
                                            {0, 0, 0x1F, 0, 0, 0, 0, 0}, {0, 0, 0x58, 0, 0, 0, 0, 0},
                                            {0, 0, 0x20, 0, 0, 0, 0, 0}, {0, 0, 0x28, 0, 0, 0, 0, 0}};
    SECTION("all three by default") {
        KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
        const auto events = feed_all(decoder, tab_then_enter);
        REQUIRE(events.size() == 3);
        CHECK(as_scan(events[0])->text == "1");
        CHECK(as_scan(events[1])->text == "2");
        CHECK(as_scan(events[2])->text == "3");
    }
    SECTION("only Enter: Tab and keypad Enter type nothing") {
        KeyboardSettings settings;
        settings.tab_ends_scan = false;
        settings.keypad_enter_ends_scan = false;
        KeyboardWedgeDecoder decoder("kbd", settings);
        CHECK(typed(feed_all(decoder, tab_then_enter)) == "123");
    }
    SECTION("only Tab") {
        KeyboardSettings settings;
        settings.enter_ends_scan = false;
        settings.keypad_enter_ends_scan = false;
        KeyboardWedgeDecoder decoder("kbd", settings);
        auto events = feed_all(decoder, tab_then_enter);
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "1");
        // "23" waits for a Tab that never comes: the timeout drops it.
        CHECK(decoder.idle(at_ms(1000)).empty());
        events = feed_all(decoder, {{0, 0, 0x2B, 0, 0, 0, 0, 0}}, 1001);
        CHECK(events.empty());
    }
    SECTION("Enter alone is no scan") {
        KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
        CHECK(feed_all(decoder, {{0, 0, 0x28, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0, 0, 0}}).empty());
    }
}

TEST_CASE("characters without a terminator within the timeout give no scan", "[drivers][keyboard]") {
    KeyboardSettings settings;
    settings.timeout = std::chrono::milliseconds(200);
    KeyboardWedgeDecoder decoder("kbd", settings);
    const Bytes one{0, 0, 0x1E, 0, 0, 0, 0, 0};
    const Bytes two{0, 0, 0x1F, 0, 0, 0, 0, 0};
    const Bytes release(8, 0);
    const Bytes enter{0, 0, 0x28, 0, 0, 0, 0, 0};

    SECTION("the terminator comes too late") {
        CHECK(decoder.feed(one, at_ms(0)).empty());
        CHECK(decoder.feed(release, at_ms(10)).empty());
        CHECK(decoder.feed(enter, at_ms(211)).empty());
    }
    SECTION("idle drops the line; the next scan starts clean") {
        CHECK(decoder.feed(one, at_ms(0)).empty());
        CHECK(decoder.feed(release, at_ms(5)).empty());
        CHECK(decoder.idle(at_ms(200)).empty());  // exactly the timeout: still alive
        CHECK(decoder.idle(at_ms(201)).empty());  // past it: dropped
        CHECK(decoder.feed(two, at_ms(300)).empty());
        const auto events = decoder.feed(enter, at_ms(310));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "2");
    }
    SECTION("a slow but steady scan within the timeout per character is kept") {
        CHECK(decoder.feed(one, at_ms(0)).empty());
        CHECK(decoder.feed(two, at_ms(150)).empty());
        const auto events = decoder.feed(enter, at_ms(300));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "12");
    }
}

TEST_CASE("reset forgets a half-typed line", "[drivers][keyboard]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    CHECK(feed_all(decoder, wedge_reports("1234")).empty());
    decoder.reset();  // unplugged mid-scan
    CHECK(typed(feed_all(decoder, wedge_reports("56\n"), 10)) == "56");
}

TEST_CASE("AIM prefixes become the symbology", "[drivers][keyboard][aim]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    SECTION("known") {
        const auto events = feed_all(decoder, wedge_reports("]C0ABC-123\n"));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->symbology == Symbology{"]C0", "Code 128"});
        CHECK(as_scan(events[0])->text == "ABC-123");
    }
    SECTION("unknown but well-formed") {
        const auto events = feed_all(decoder, wedge_reports("]e0010123\n"));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->symbology == Symbology{"]e0", "unknown"});
        CHECK(as_scan(events[0])->text == "010123");
    }
    SECTION("no prefix") {
        const auto events = feed_all(decoder, wedge_reports("4006381333931\n"));
        REQUIRE(events.size() == 1);
        CHECK_FALSE(as_scan(events[0])->symbology.has_value());
        CHECK(as_scan(events[0])->text == "4006381333931");
    }
    SECTION("a bracket that is not an AIM id stays text") {
        const auto events = feed_all(decoder, wedge_reports("]EX1\n"));
        REQUIRE(events.size() == 1);
        CHECK_FALSE(as_scan(events[0])->symbology.has_value());
        CHECK(as_scan(events[0])->text == "]EX1");
    }
    SECTION("a prefix alone is no scan") {
        CHECK(feed_all(decoder, wedge_reports("]E0\n")).empty());
    }
}

TEST_CASE("a wedge card reader's swipe becomes a loyalty number", "[drivers][keyboard][msr]") {
    KeyboardWedgeDecoder decoder("msr", KeyboardSettings{});
    SECTION("track 2 only") {
        const auto events = feed_all(decoder, wedge_reports(";2000000000008=4912?\n"));
        REQUIRE(events.size() == 1);
        const auto* scan = as_scan(events[0]);
        REQUIRE(scan != nullptr);
        CHECK(scan->source == SourceKind::msr);
        CHECK(scan->text == "2000000000008");
    }
    SECTION("unreadable track 1, good track 2") {
        const auto events = feed_all(decoder, wedge_reports("%E?;2000000000008=4912?+E?\n"));
        REQUIRE(events.size() == 1);
        REQUIRE(as_scan(events[0]) != nullptr);
        CHECK(as_scan(events[0])->text == "2000000000008");
    }
    SECTION("nothing readable") {
        const auto events = feed_all(decoder, wedge_reports("%E?;E?+E?\n"));
        REQUIRE(events.size() == 1);
        REQUIRE(as_error(events[0]) != nullptr);
        CHECK(as_error(events[0])->code == ErrorCode::bad_swipe);
    }
    SECTION("a bank card is refused and its digits go nowhere") {
        const auto events = feed_all(
            decoder, wedge_reports("%B4111111111111111^TEST/CARD^2512101?;4111111111111111=2512101?\n"));
        REQUIRE(events.size() == 1);
        REQUIRE(as_error(events[0]) != nullptr);
        CHECK(as_error(events[0])->code == ErrorCode::bank_card);
        CHECK_FALSE(carries_digits(events));
    }
    SECTION("a card reader that types a line without a sentinel") {
        KeyboardSettings settings;
        settings.every_line_is_a_swipe = true;
        KeyboardWedgeDecoder reader("msr", settings);
        const auto events = feed_all(reader, wedge_reports("2000000000008\n"));
        REQUIRE(events.size() == 1);
        REQUIRE(as_error(events[0]) != nullptr);
        CHECK(as_error(events[0])->code == ErrorCode::start_sentinel);
    }
}

TEST_CASE("reports that are not 8 bytes are ignored", "[drivers][keyboard]") {
    KeyboardWedgeDecoder decoder("kbd", KeyboardSettings{});
    CHECK(decoder.feed(Bytes{}, at_ms(0)).empty());
    CHECK(decoder.feed(Bytes{0, 0, 0x1E}, at_ms(1)).empty());
    CHECK(decoder.feed(Bytes{1, 0, 0, 0x28, 0, 0, 0, 0, 0}, at_ms(2)).empty());
    CHECK(typed(feed_all(decoder, wedge_reports("7\n"), 3)) == "7");
}

TEST_CASE("a bank card typed in any form becomes the bank_card error before anyone sees it",
          "[drivers][keyboard][msr][security]") {
    // A keyboard reader that lost its start sentinels, a number grouped by a scanner, a track 2 read as a
    // barcode: every form the till refuses, the decoder refuses first, with or without swipe reading.
    const char* forms[] = {
        "B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512101?",
        "B4111111111111111^DOE/JOHN^2512101?",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "5555555555554444",
        ";4111111111111111=2512101?",
        "]E04111111111111111",
    };
    for (const bool swipes : {false, true}) {
        KeyboardSettings settings;
        settings.every_line_is_a_swipe = swipes;
        for (const char* form : forms) {
            INFO(form << (swipes ? " (card reader)" : " (scanner)"));
            KeyboardWedgeDecoder decoder("wedge", settings);
            const auto events = feed_all(decoder, wedge_reports(std::string(form) + "\n"));
            REQUIRE(events.size() == 1);
            REQUIRE(as_error(events[0]) != nullptr);
            CHECK(as_error(events[0])->code == ErrorCode::bank_card);
            CHECK_FALSE(carries_digits(events));
        }
    }
    // The keyboard-wedge fallback inside the app reads a line through the same function.
    const auto e = wedge_line_event("keyboard", "B4111111111111111^DOE/JOHN^2512?", false, at_ms(0));
    REQUIRE(e.has_value());
    REQUIRE(as_error(*e) != nullptr);
    CHECK(as_error(*e)->code == ErrorCode::bank_card);
    // A product whose EAN-13 happens to pass Luhn too is still a product.
    KeyboardWedgeDecoder decoder("wedge", KeyboardSettings{});
    CHECK(typed(feed_all(decoder, wedge_reports("4000000000006\n"))) == "4000000000006");
}
