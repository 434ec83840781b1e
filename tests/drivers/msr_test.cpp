#include <catch2/catch.hpp>

#include "driver_test_support.hpp"
#include "kassa/drivers/msr.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

// Card numbers in these tests: 2000000000008 and 2000000000068 are in-store loyalty numbers (prefix 20,
// 13 digits); 4111111111111111, 5555555555554444 and 378282246310005 are the ISO/brand test PANs. A failing
// check prints only booleans and codes, never a card number.

namespace {

ErrorCode error_of(const MsrResult& r) {
    REQUIRE(r.error.has_value());
    CHECK(r.card_number.empty());
    return *r.error;
}

}  // namespace

TEST_CASE("the loyalty number is track 2 before '='", "[drivers][msr]") {
    const MsrResult r = parse_msr_text(";2000000000008=4912?");
    CHECK_FALSE(r.error.has_value());
    CHECK(r.card_number == "2000000000008");
    CHECK(parse_msr_text(";2000000000008?").card_number == "2000000000008");  // no '=' field at all
}

TEST_CASE("track 1 and 3 around a loyalty track 2", "[drivers][msr]") {
    const MsrResult r = parse_msr_text("%ALOYALTY^OLGA^?;2000000000008=4912?+1234567890?");
    CHECK_FALSE(r.error.has_value());
    CHECK(r.card_number == "2000000000008");
    // ISO 4909 readers may start track 3 with ';' too.
    CHECK(parse_msr_text(";2000000000008=4912?;1234567890?").card_number == "2000000000008");
}

TEST_CASE("wedge error swipes", "[drivers][msr]") {
    CHECK(error_of(parse_msr_text("%E?;E?+E?")) == ErrorCode::bad_swipe);
    CHECK(error_of(parse_msr_text("%E?;E?")) == ErrorCode::bad_swipe);
    CHECK(error_of(parse_msr_text(";E?")) == ErrorCode::bad_swipe);
    CHECK(error_of(parse_msr_text("")) == ErrorCode::bad_swipe);
    CHECK(error_of(parse_msr_text("%?;?")) == ErrorCode::bad_swipe);  // blank tracks
    // Readable track 2 with an unreadable or blank track 1 is a good read.
    CHECK(parse_msr_text("%E?;2000000000008=4912?").card_number == "2000000000008");
    CHECK(parse_msr_text("%?;2000000000008=4912?+E?").card_number == "2000000000008");
    // A readable track 1 does not save an unreadable track 2: swiping again may.
    CHECK(error_of(parse_msr_text("%ALOYALTY^OLGA^?;E?")) == ErrorCode::bad_swipe);
    // A readable card without track 2 has no loyalty number.
    CHECK(error_of(parse_msr_text("%ALOYALTY^OLGA^?")) == ErrorCode::no_card_number);
    CHECK(error_of(parse_msr_text(";=4912?")) == ErrorCode::no_card_number);
}

TEST_CASE("missing sentinels", "[drivers][msr]") {
    CHECK(error_of(parse_msr_text("2000000000008=4912?")) == ErrorCode::start_sentinel);
    CHECK(error_of(parse_msr_text(";2000000000008=4912")) == ErrorCode::end_sentinel);
    CHECK(error_of(parse_msr_text(";2000000000008=4912;2000000000008=4912?")) == ErrorCode::end_sentinel);
    CHECK(error_of(parse_msr_text("%ALOYALTY^OLGA^")) == ErrorCode::end_sentinel);
    // Tracks out of order, or text between tracks.
    CHECK(error_of(parse_msr_text(";2000000000008=4912?%ALOYALTY^OLGA^?")) == ErrorCode::start_sentinel);
    // One character after a track is its LRC (here a wrong one); a second one starts nothing.
    CHECK(error_of(parse_msr_text(";2000000000008=4912?x")) == ErrorCode::lrc);
    CHECK(error_of(parse_msr_text(";2000000000008=4912?xx+1?")) == ErrorCode::start_sentinel);
    CHECK(error_of(parse_msr_text("%E?xx;2000000000008=4912?")) == ErrorCode::start_sentinel);
}

TEST_CASE("the LRC is checked when present", "[drivers][msr]") {
    // LRCs worked out by hand (XOR of the 4-bit or 6-bit codes from start to end sentinel).
    CHECK(parse_msr_text(";2000000000008=4912?=").card_number == "2000000000008");
    CHECK(error_of(parse_msr_text(";2000000000008=4912?7")) == ErrorCode::lrc);
    // Track 3's LRC counts its start sentinel as the stripe's 4-bit ';', whatever the reader typed.
    CHECK(parse_msr_text("%ALOYALTY^OLGA^?$;2000000000008=4912?=+1234567890?5").card_number ==
          "2000000000008");
    CHECK(parse_msr_text(";2000000000008=4912?;1234567890?5").card_number == "2000000000008");
    CHECK(error_of(parse_msr_text("%ALOYALTY^OLGA^?#;2000000000008=4912?")) == ErrorCode::lrc);
    CHECK(error_of(parse_msr_text(";2000000000008=4912?+1234567890?&")) == ErrorCode::lrc);
    SECTION("an LRC that looks like a start sentinel") {
        // The LRC of ;2000000000068=4912? is ';'. Followed by the end or by track 3 it is the LRC...
        CHECK(parse_msr_text(";2000000000068=4912?;").card_number == "2000000000068");
        CHECK(parse_msr_text(";2000000000068=4912?;+1234567890?").card_number == "2000000000068");
        // ...and when a track follows it directly, it starts that track.
        CHECK(parse_msr_text(";2000000000068=4912?;1234567890?").card_number == "2000000000068");
    }
}

TEST_CASE("bank cards are refused and their digits never leave the parser", "[drivers][msr][bankcard]") {
    const std::vector<std::string> swipes{
        "%B4111111111111111^TEST/CARD^2512101?",                              // format code B
        "%B4111111111111111^TEST/CARD^2512101?;4111111111111111=2512101?",    // both tracks
        "%B4111111111111111^TEST/CARD^2512101?D;4111111111111111=2512101?8",  // with correct LRCs
        "%B4111111111111111^TEST/CARD^2512101?;E?",                           // track 2 unreadable
        ";4111111111111111=2512101?",                                         // Visa by its number
        ";5555555555554444=2512101?",                                         // Mastercard
        ";378282246310005=2512101?",                                          // American Express
        "%B4111111111111111^TEST/CARD^2512101?X",                             // wrong LRC: still a bank card
        "%A4111111111111111^TEST/CARD^2512101?",                              // not B, but a payment PAN
    };
    for (const auto& swipe : swipes) {
        const MsrResult r = parse_msr_text(swipe);
        CHECK(error_of(r) == ErrorCode::bank_card);
        const auto events = std::vector<Event>{msr_event("msr", r, at_ms(0))};
        CHECK_FALSE(carries_digits(events));
        REQUIRE(as_error(events[0]) != nullptr);
        CHECK(as_error(events[0])->code == ErrorCode::bank_card);
        CHECK(as_error(events[0])->sentence == "This is a bank card, not a loyalty card.");
    }
}

TEST_CASE("numbers are not refused by prefix or Luhn alone", "[drivers][msr][bankcard]") {
    // In-store numbers share prefixes with Mastercard and Mir, and pass Luhn; their length decides.
    CHECK(parse_msr_text(";2000000000008=4912?").card_number == "2000000000008");
    CHECK(parse_msr_text(";2200000000000=4912?").card_number == "2200000000000");
    // A 16-digit number in the Visa range that fails Luhn is not a payment card.
    CHECK(parse_msr_text(";4111111111111112=4912?").card_number == "4111111111111112");
}

TEST_CASE("the MagTek 337-byte report", "[drivers][msr][magtek]") {
    SECTION("track 2 only") {
        const Bytes report = magtek_report({}, {0, ";2000000000008=4912?"}, {});
        const MsrResult r = parse_magtek_report(report);
        CHECK_FALSE(r.error.has_value());
        CHECK(r.card_number == "2000000000008");
    }
    SECTION("three tracks with an LRC on track 2") {
        const Bytes report =
            magtek_report({0, "%ALOYALTY^OLGA^?"}, {0, ";2000000000008=4912?="}, {0, "+1234567890?"});
        CHECK(parse_magtek_report(report).card_number == "2000000000008");
    }
    SECTION("track 1 failed to decode, track 2 good") {
        const Bytes report = magtek_report({1, "%garbage"}, {0, ";2000000000008=4912?"}, {});
        CHECK(parse_magtek_report(report).card_number == "2000000000008");
    }
    SECTION("every track failed") {
        const Bytes report = magtek_report({1, ""}, {1, ""}, {1, ""});
        CHECK(error_of(parse_magtek_report(report)) == ErrorCode::bad_swipe);
    }
    SECTION("a blank card") {
        CHECK(error_of(parse_magtek_report(magtek_report({}, {}, {}, 3))) == ErrorCode::bad_swipe);
    }
    SECTION("a short report") {
        Bytes report = magtek_report({}, {0, ";2000000000008=4912?"}, {});
        report.resize(336);
        CHECK(error_of(parse_magtek_report(report)) == ErrorCode::bad_swipe);
        CHECK(error_of(parse_magtek_report(Bytes(8, 0))) == ErrorCode::bad_swipe);  // one low-speed packet
    }
    SECTION("sentinels and LRC") {
        CHECK(error_of(parse_magtek_report(magtek_report({}, {0, "2000000000008=4912?"}, {}))) ==
              ErrorCode::start_sentinel);
        CHECK(error_of(parse_magtek_report(magtek_report({}, {0, ";2000000000008=4912"}, {}))) ==
              ErrorCode::end_sentinel);
        CHECK(error_of(parse_magtek_report(magtek_report({}, {0, ";2000000000008=4912?7"}, {}))) ==
              ErrorCode::lrc);
    }
    SECTION("a track length over its 110-byte field is unreadable") {
        Bytes report = magtek_report({}, {0, ";2000000000008=4912?"}, {});
        report[4] = 111;
        CHECK(error_of(parse_magtek_report(report)) == ErrorCode::bad_swipe);
    }
    SECTION("a bank card") {
        const Bytes report = magtek_report({0, "%B4111111111111111^TEST/CARD^2512101?"},
                                           {0, ";4111111111111111=2512101?"}, {});
        const MsrResult r = parse_magtek_report(report);
        CHECK(error_of(r) == ErrorCode::bank_card);
        HidMsrDecoder decoder("magtek");
        const auto events = decoder.feed(report, at_ms(7));
        REQUIRE(events.size() == 1);
        CHECK(as_error(events[0])->code == ErrorCode::bank_card);
        CHECK_FALSE(carries_digits(events));
    }
}

TEST_CASE("the HID card reader decoder makes one event per swipe report", "[drivers][msr][magtek]") {
    HidMsrDecoder decoder("magtek");
    CHECK(decoder.feed(Bytes{}, at_ms(0)).empty());  // zero-length transfer
    const auto events = decoder.feed(magtek_report({}, {0, ";2000000000008=4912?"}, {}), at_ms(9));
    REQUIRE(events.size() == 1);
    const auto* scan = as_scan(events[0]);
    REQUIRE(scan != nullptr);
    CHECK(scan->device == "magtek");
    CHECK(scan->source == SourceKind::msr);
    CHECK_FALSE(scan->symbology.has_value());
    CHECK(scan->text == "2000000000008");
    CHECK(scan->time == at_ms(9));
    const auto bad = decoder.feed(Bytes(100, 0), at_ms(10));
    REQUIRE(bad.size() == 1);
    CHECK(as_error(bad[0])->code == ErrorCode::bad_swipe);
    CHECK(as_error(bad[0])->sentence == "The card could not be read. Swipe it again.");
}

TEST_CASE("the parsers do not throw on any input", "[drivers][msr]") {
    const std::vector<std::string> odd{"?",
                                       "%",
                                       ";",
                                       "+",
                                       "%?",
                                       ";?;?;?;?",
                                       "%%%",
                                       "???",
                                       ";=?",
                                       "%B?",
                                       "%B^?",
                                       std::string(1000, ';'),
                                       std::string("\0\0\0", 3)};
    for (const auto& text : odd) {
        CHECK_NOTHROW(parse_msr_text(text));
    }
    Bytes report(337, 0xFF);
    CHECK_NOTHROW(parse_magtek_report(report));
}
