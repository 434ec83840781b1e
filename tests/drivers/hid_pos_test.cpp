#include <catch2/catch.hpp>

#include "driver_test_support.hpp"
#include "kassa/drivers/aim.hpp"
#include "kassa/drivers/hid_pos.hpp"
#include "kassa/drivers/utf8.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

namespace {

HidPosDecoder make_decoder(HidPosFraming framing = HidPosFraming::honeywell) {
    return HidPosDecoder("scanner", framing, HidPosSettings{});
}

}  // namespace

TEST_CASE("the HID POS report for EAN-13 4006381333931 with AIM id E0", "[drivers][hidpos]") {
    // [0] report id, [1] length 13, [2..4] "]E0", [5..17] the digits, [61] vendor code, [63] no more data.
    const Bytes report{0x02, 0x0D, 0x5D, 0x45, 0x30, 0x34, 0x30, 0x30, 0x36, 0x33, 0x38, 0x31, 0x33,
                       0x33, 0x33, 0x39, 0x33, 0x31, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x00};
    REQUIRE(report.size() == 64);
    auto decoder = make_decoder();
    const auto events = decoder.feed(report, at_ms(42));
    REQUIRE(events.size() == 1);
    const auto* scan = as_scan(events[0]);
    REQUIRE(scan != nullptr);
    CHECK(scan->device == "scanner");
    CHECK(scan->source == SourceKind::hid_pos);
    CHECK(scan->symbology == Symbology{"]E0", "EAN-13/UPC-A"});
    CHECK(scan->text == "4006381333931");
    CHECK(scan->time == at_ms(42));

    const HidPosReport parsed = parse_hid_pos_report(report, HidPosFraming::honeywell);
    CHECK(parsed.kind == HidPosReport::Kind::scanned_data);
    CHECK(parsed.aim == "]E0");
    CHECK(parsed.data.size() == 13);
    CHECK_FALSE(parsed.more);
    CHECK(parsed.vendor_symbology == 0x0D);
}

TEST_CASE("a QR with Cyrillic text across two reports, split inside a letter", "[drivers][hidpos]") {
    // "KASSA1 Карта лояльности 2000000000008 Ольга Петровна Иванова", 95 bytes of UTF-8: 56 in the first
    // report (ending with 0xD0, the first byte of "л"), 39 in the second (starting with its 0xBB).
    const Bytes first{0x02, 0x38, 0x5D, 0x51, 0x31, 0x4B, 0x41, 0x53, 0x53, 0x41, 0x31, 0x20, 0xD0,
                      0x9A, 0xD0, 0xB0, 0xD1, 0x80, 0xD1, 0x82, 0xD0, 0xB0, 0x20, 0xD0, 0xBB, 0xD0,
                      0xBE, 0xD1, 0x8F, 0xD0, 0xBB, 0xD1, 0x8C, 0xD0, 0xBD, 0xD0, 0xBE, 0xD1, 0x81,
                      0xD1, 0x82, 0xD0, 0xB8, 0x20, 0x32, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30,
                      0x30, 0x30, 0x30, 0x30, 0x38, 0x20, 0xD0, 0x9E, 0xD0, 0x1D, 0x00, 0x01};
    const Bytes second{0x02, 0x27, 0x5D, 0x51, 0x31, 0xBB, 0xD1, 0x8C, 0xD0, 0xB3, 0xD0, 0xB0, 0x20,
                       0xD0, 0x9F, 0xD0, 0xB5, 0xD1, 0x82, 0xD1, 0x80, 0xD0, 0xBE, 0xD0, 0xB2, 0xD0,
                       0xBD, 0xD0, 0xB0, 0x20, 0xD0, 0x98, 0xD0, 0xB2, 0xD0, 0xB0, 0xD0, 0xBD, 0xD0,
                       0xBE, 0xD0, 0xB2, 0xD0, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x1D, 0x00, 0x00};
    REQUIRE(first.size() == 64);
    REQUIRE(second.size() == 64);
    // Each part alone is not valid UTF-8: decoding per report would break the letter.
    CHECK_FALSE(is_valid_utf8(std::string(first.begin() + 5, first.begin() + 61)));

    auto decoder = make_decoder();
    CHECK(decoder.feed(first, at_ms(0)).empty());
    const auto events = decoder.feed(second, at_ms(4));
    REQUIRE(events.size() == 1);
    const auto* scan = as_scan(events[0]);
    REQUIRE(scan != nullptr);
    CHECK(scan->symbology == Symbology{"]Q1", "QR"});
    CHECK(scan->text == "KASSA1 Карта лояльности 2000000000008 Ольга Петровна Иванова");
    CHECK(scan->time == at_ms(4));
}

TEST_CASE("a message in three parts, and a zero-length last part", "[drivers][hidpos]") {
    auto decoder = make_decoder();
    CHECK(decoder.feed(hid_pos_report("]Q1", "part one/", true), at_ms(0)).empty());
    CHECK(decoder.feed(hid_pos_report("]Q1", "part two/", true), at_ms(1)).empty());
    CHECK(decoder.feed(hid_pos_report("]Q1", "", true), at_ms(2)).empty());
    CHECK(decoder.feed(hid_pos_report("]Q1", "part three", true), at_ms(3)).empty());
    auto events = decoder.feed(hid_pos_report("]Q1", "", false), at_ms(4));
    REQUIRE(events.size() == 1);
    CHECK(as_scan(events[0])->text == "part one/part two/part three");
}

TEST_CASE("Newland framing reads the same data with its vendor byte at 62", "[drivers][hidpos]") {
    Bytes report = hid_pos_report("]C0", "ABC123", false);
    report[61] = 0x00;
    report[62] = 0x6A;
    const HidPosReport parsed = parse_hid_pos_report(report, HidPosFraming::newland);
    CHECK(parsed.kind == HidPosReport::Kind::scanned_data);
    CHECK(parsed.vendor_symbology == 0x6A);
    CHECK(parse_hid_pos_report(report, HidPosFraming::honeywell).vendor_symbology == 0x00);
    auto decoder = make_decoder(HidPosFraming::newland);
    const auto events = decoder.feed(report, at_ms(0));
    REQUIRE(events.size() == 1);
    CHECK(as_scan(events[0])->symbology == Symbology{"]C0", "Code 128"});
    CHECK(as_scan(events[0])->text == "ABC123");
}

TEST_CASE("the length byte may not exceed 56", "[drivers][hidpos]") {
    auto decoder = make_decoder();
    Bytes too_long = hid_pos_report("]E0", "4006381333931", false);
    too_long[1] = 57;
    CHECK(parse_hid_pos_report(too_long, HidPosFraming::honeywell).kind == HidPosReport::Kind::malformed);
    CHECK(decoder.feed(too_long, at_ms(0)).empty());

    SECTION("56 is fine") {
        const std::string data(56, '7');
        const auto events = decoder.feed(hid_pos_report("]C0", data, false), at_ms(1));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == data);
    }
    SECTION("a bad part spoils its message to the end, and the next message reads") {
        CHECK(decoder.feed(hid_pos_report("]Q1", "head ", true), at_ms(1)).empty());
        Bytes middle = hid_pos_report("]Q1", "middle ", true);
        middle[1] = 200;
        CHECK(decoder.feed(middle, at_ms(2)).empty());
        CHECK(decoder.feed(hid_pos_report("]Q1", "tail", false), at_ms(3)).empty());
        const auto events = decoder.feed(hid_pos_report("]E0", "4006381333931", false), at_ms(4));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "4006381333931");
    }
    SECTION("a report shorter than 64 bytes is dropped") {
        Bytes short_report = hid_pos_report("]E0", "123", false);
        short_report.resize(20);
        CHECK(parse_hid_pos_report(short_report, HidPosFraming::honeywell).kind ==
              HidPosReport::Kind::malformed);
        CHECK(decoder.feed(short_report, at_ms(1)).empty());
    }
}

TEST_CASE("a message cut off gives no scan", "[drivers][hidpos]") {
    auto decoder = make_decoder();  // part timeout 500 ms
    SECTION("more data never comes: idle drops it") {
        CHECK(decoder.feed(hid_pos_report("]Q1", "first half", true), at_ms(0)).empty());
        CHECK(decoder.idle(at_ms(500)).empty());
        CHECK(decoder.idle(at_ms(501)).empty());
        const auto events = decoder.feed(hid_pos_report("]E0", "4006381333931", false), at_ms(600));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "4006381333931");
        CHECK(as_scan(events[0])->symbology->aim_id == "]E0");
    }
    SECTION("the next part comes too late: it starts a new message") {
        CHECK(decoder.feed(hid_pos_report("]Q1", "stale", true), at_ms(0)).empty());
        const auto events = decoder.feed(hid_pos_report("]E4", "96385074", false), at_ms(900));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "96385074");
        CHECK(as_scan(events[0])->symbology == Symbology{"]E4", "EAN-8"});
    }
    SECTION("unplugged mid-message") {
        CHECK(decoder.feed(hid_pos_report("]Q1", "first half", true), at_ms(0)).empty());
        decoder.reset();
        const auto events = decoder.feed(hid_pos_report("]Q1", "whole", false), at_ms(1));
        REQUIRE(events.size() == 1);
        CHECK(as_scan(events[0])->text == "whole");
    }
}

TEST_CASE("invalid UTF-8 is an error event", "[drivers][hidpos][utf8]") {
    auto decoder = make_decoder();
    const auto events = decoder.feed(hid_pos_report("]Q1", "caf\xE9", false), at_ms(0));  // Latin-1 é
    REQUIRE(events.size() == 1);
    const auto* error = as_error(events[0]);
    REQUIRE(error != nullptr);
    CHECK(error->code == ErrorCode::invalid_utf8);
    CHECK(error->device == "scanner");
    CHECK_FALSE(error->sentence.empty());
}

TEST_CASE("other report ids, empty transfers and empty messages are ignored", "[drivers][hidpos]") {
    auto decoder = make_decoder();
    Bytes other = hid_pos_report("]E0", "4006381333931", false);
    other[0] = 0x04;
    CHECK(parse_hid_pos_report(other, HidPosFraming::honeywell).kind == HidPosReport::Kind::ignored);
    CHECK(decoder.feed(other, at_ms(0)).empty());
    CHECK(decoder.feed(Bytes{}, at_ms(1)).empty());
    CHECK(decoder.feed(hid_pos_report("]E0", "", false), at_ms(2)).empty());
    // An ignored report in the middle of a message does not disturb it.
    CHECK(decoder.feed(hid_pos_report("]Q1", "ab", true), at_ms(3)).empty());
    CHECK(decoder.feed(other, at_ms(4)).empty());
    const auto events = decoder.feed(hid_pos_report("]Q1", "cd", false), at_ms(5));
    REQUIRE(events.size() == 1);
    CHECK(as_scan(events[0])->text == "abcd");
}

TEST_CASE("AIM ids: known names, unknown ids kept raw, blank is no symbology", "[drivers][aim]") {
    CHECK(symbology_from_aim("]E0") == Symbology{"]E0", "EAN-13/UPC-A"});
    CHECK(symbology_from_aim("]E4") == Symbology{"]E4", "EAN-8"});
    CHECK(symbology_from_aim("]C0") == Symbology{"]C0", "Code 128"});
    CHECK(symbology_from_aim("]A0") == Symbology{"]A0", "Code 39"});
    CHECK(symbology_from_aim("]I0") == Symbology{"]I0", "ITF"});
    CHECK(symbology_from_aim("]Q1") == Symbology{"]Q1", "QR"});
    CHECK(symbology_from_aim("]d2") == Symbology{"]d2", "DataMatrix"});
    CHECK(symbology_from_aim("]L2") == Symbology{"]L2", "PDF417"});
    CHECK(symbology_from_aim("]e0") == Symbology{"]e0", "unknown"});
    CHECK(symbology_from_aim("]Q3") == Symbology{"]Q3", "unknown"});
    CHECK_FALSE(symbology_from_aim(std::string(3, '\0')).has_value());
    CHECK_FALSE(symbology_from_aim("   ").has_value());
    CHECK_FALSE(symbology_from_aim("E0]").has_value());
    CHECK_FALSE(symbology_from_aim("]00").has_value());
    CHECK_FALSE(symbology_from_aim("]E").has_value());

    auto decoder = make_decoder();
    const auto blank = decoder.feed(hid_pos_report(std::string(3, '\0'), "12345", false), at_ms(0));
    REQUIRE(blank.size() == 1);
    CHECK_FALSE(as_scan(blank[0])->symbology.has_value());
    const auto unknown = decoder.feed(hid_pos_report("]X9", "12345", false), at_ms(1));
    REQUIRE(unknown.size() == 1);
    CHECK(as_scan(unknown[0])->symbology == Symbology{"]X9", "unknown"});
}

TEST_CASE("UTF-8 validation", "[drivers][utf8]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ASCII"));
    CHECK(is_valid_utf8("Ольга"));
    CHECK(is_valid_utf8("\xE2\x82\xAC"));            // €
    CHECK(is_valid_utf8("\xF0\x9F\x9B\x92"));        // a shopping trolley, 4 bytes
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));        // U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xD0"));              // cut off
    CHECK_FALSE(is_valid_utf8("\xBB"));              // continuation without lead
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong /
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong /
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));      // cut off
    CHECK_FALSE(is_valid_utf8("\xE2\x28\xA1"));  // bad continuation
}

TEST_CASE("a HID POS scan of a bank card's number, whole or grouped, is the bank_card error",
          "[drivers][hidpos][security]") {
    for (const char* text : {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111"}) {
        INFO(text);
        HidPosDecoder decoder("pos", HidPosFraming::honeywell, HidPosSettings{});
        const auto events = decoder.feed(hid_pos_report("]C0", text, false), at_ms(0));
        REQUIRE(events.size() == 1);
        REQUIRE(as_error(events[0]) != nullptr);
        CHECK(as_error(events[0])->code == ErrorCode::bank_card);
        CHECK_FALSE(carries_digits(events));
    }
    // Split over two reports: judged on the whole message.
    HidPosDecoder decoder("pos", HidPosFraming::honeywell, HidPosSettings{});
    CHECK(decoder.feed(hid_pos_report("]Q1", "Card 4111 1111", true), at_ms(0)).empty());
    const auto events = decoder.feed(hid_pos_report("]Q1", " 1111 1111 exp 12/29", false), at_ms(1));
    REQUIRE(events.size() == 1);
    REQUIRE(as_error(events[0]) != nullptr);
    CHECK(as_error(events[0])->code == ErrorCode::bank_card);
}
