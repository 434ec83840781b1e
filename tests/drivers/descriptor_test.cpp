#include <catch2/catch.hpp>

#include "driver_test_support.hpp"
#include "kassa/drivers/hid_descriptor.hpp"
#include "kassa/drivers/routing.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

TEST_CASE("the 66-byte HID POS descriptor is a barcode scanner with a 64-byte report 2",
          "[drivers][descriptor]") {
    REQUIRE(kScannerDescriptor.size() == 66);
    const ReportDescriptor d = parse_report_descriptor(kScannerDescriptor);
    CHECK(d.error.empty());
    CHECK(d.is_barcode_scanner());
    CHECK_FALSE(d.is_magnetic_stripe_reader());
    CHECK_FALSE(d.is_boot_keyboard());
    CHECK(d.exposes_usage_page(0xFF00));
    CHECK(d.uses_report_ids);
    REQUIRE(d.input_reports.size() == 1);
    CHECK(d.input_reports[0].id == 0x02);
    // 1 + 3 + 56 + 2 + 1 bytes after the id: the report is 64 bytes on the wire with its id.
    CHECK(d.input_reports[0].byte_length() == 63);
    CHECK(d.transfer_length(d.input_reports[0]) == 64);
    REQUIRE(d.collections.size() == 2);
    CHECK(d.collections[0] == HidCollection{0x01, 0x8C, 0x02, 0});
    CHECK(d.collections[1] == HidCollection{0x02, 0x8C, 0x12, 1});
}

TEST_CASE("the boot keyboard descriptor is a keyboard with an 8-byte report and no report ids",
          "[drivers][descriptor]") {
    const ReportDescriptor d = parse_report_descriptor(kBootKeyboardDescriptor);
    CHECK(d.error.empty());
    CHECK(d.is_boot_keyboard());
    CHECK_FALSE(d.is_barcode_scanner());
    CHECK_FALSE(d.uses_report_ids);
    REQUIRE(d.input_reports.size() == 1);
    CHECK(d.input_reports[0].id == 0);
    CHECK(d.input_reports[0].byte_length() == 8);
    CHECK(d.transfer_length(d.input_reports[0]) == 8);
    CHECK(d.usage_pages == std::vector<std::uint16_t>{0x01, 0x07, 0x08});  // desktop, keys, LEDs
}

TEST_CASE("a magnetic stripe page and several report ids are found", "[drivers][descriptor]") {
    // Page 0x8E application collection with input reports 1 (3 bytes) and 2 (2 bytes, split over two
    // main items), an output report and a feature report that do not count as input.
    const Bytes bytes{0x05, 0x8E, 0x09, 0x01, 0xA1, 0x01,                          // MSR application
                      0x85, 0x01, 0x75, 0x08, 0x95, 0x03, 0x09, 0x20, 0x81, 0x02,  // report 1: 3 bytes
                      0x85, 0x02, 0x95, 0x01, 0x09, 0x21, 0x81, 0x02,              // report 2: 1 byte
                      0x91, 0x02,                                                  // output: not input
                      0x09, 0x22, 0x81, 0x02,                                      // report 2: 1 more byte
                      0xB1, 0x02,                                                  // feature: not input
                      0xC0};
    const ReportDescriptor d = parse_report_descriptor(bytes);
    CHECK(d.error.empty());
    CHECK(d.is_magnetic_stripe_reader());
    CHECK_FALSE(d.is_barcode_scanner());
    REQUIRE(d.input_reports.size() == 2);
    CHECK(d.input_report(1)->byte_length() == 3);
    CHECK(d.input_report(2)->byte_length() == 2);
    CHECK(d.transfer_length(*d.input_report(2)) == 3);
    CHECK_FALSE(d.input_report(3).has_value());
}

TEST_CASE("long items are skipped and extended usages carry their own page", "[drivers][descriptor]") {
    const Bytes bytes{0x05, 0x01,                    // usage page generic desktop
                      0xFE, 0x02, 0x10, 0xAA, 0xBB,  // a long item with two data bytes: skipped
                      0x0B, 0x02, 0x00, 0x8C, 0x00,  // usage 0x008C0002 (extended: page 0x8C)
                      0xA1, 0x01, 0x75, 0x08, 0x95, 0x02, 0x81, 0x02, 0xC0};
    const ReportDescriptor d = parse_report_descriptor(bytes);
    CHECK(d.error.empty());
    CHECK(d.is_barcode_scanner());
    REQUIRE(d.collections.size() == 1);
    CHECK(d.collections[0].usage_page == 0x8C);
    CHECK(d.collections[0].usage == 0x02);
    CHECK(d.input_report(0)->byte_length() == 2);
}

TEST_CASE("push and pop restore the report size and count", "[drivers][descriptor]") {
    const Bytes bytes{0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x75, 0x08, 0x95, 0x04,
                      0xA4,                    // push: size 8, count 4
                      0x75, 0x01, 0x95, 0x03,  // size 1, count 3
                      0x81, 0x02,              // 3 bits
                      0xB4,                    // pop: size 8, count 4
                      0x81, 0x02,              // 32 bits
                      0xC0};
    const ReportDescriptor d = parse_report_descriptor(bytes);
    CHECK(d.error.empty());
    CHECK(d.input_report(0)->bits == 35);
    CHECK(d.input_report(0)->byte_length() == 5);
}

TEST_CASE("broken descriptors say why and keep what was read", "[drivers][descriptor]") {
    SECTION("cut inside an item") {
        const Bytes cut(kScannerDescriptor.begin(), kScannerDescriptor.begin() + 15);  // inside 26 FF 00
        const ReportDescriptor d = parse_report_descriptor(cut);
        CHECK(d.error == "the descriptor ends inside an item");
        CHECK(d.is_barcode_scanner());
    }
    SECTION("a collection never closed") {
        const Bytes open(kScannerDescriptor.begin(), kScannerDescriptor.end() - 1);
        CHECK(parse_report_descriptor(open).error == "a collection is not closed");
    }
    SECTION("an end collection too many") {
        CHECK(parse_report_descriptor(Bytes{0xC0}).error == "End Collection without a Collection");
    }
    SECTION("pop without push") {
        CHECK(parse_report_descriptor(Bytes{0xB4}).error == "Pop without a Push");
    }
    SECTION("a long item cut short") {
        CHECK(parse_report_descriptor(Bytes{0xFE, 0x05, 0x10, 0x00}).error ==
              "the descriptor ends inside a long item");
    }
    SECTION("report id zero") {
        CHECK(parse_report_descriptor(Bytes{0x85, 0x00}).error == "report id out of range");
    }
    SECTION("an absurd report") {
        // size 255 bits x count 0xFFFFFFFF
        const Bytes absurd{0x75, 0xFF, 0x97, 0xFF, 0xFF, 0xFF, 0xFF, 0x81, 0x02};
        CHECK(parse_report_descriptor(absurd).error == "an input report is implausibly long");
    }
    SECTION("empty") {
        const ReportDescriptor d = parse_report_descriptor(Bytes{});
        CHECK(d.error.empty());
        CHECK(d.input_reports.empty());
    }
}

TEST_CASE("devices are routed by descriptor, keyboards only from scanner vendors", "[drivers][routing]") {
    const auto scanner = parse_report_descriptor(kScannerDescriptor);
    const auto keyboard = parse_report_descriptor(kBootKeyboardDescriptor);
    const auto magtek = parse_report_descriptor(kMagTekDescriptor);
    REQUIRE(magtek.error.empty());
    REQUIRE(magtek.input_report(0)->byte_length() == 337);

    // Any vendor, even the Linux gadget's 1d6b, is a scanner when the descriptor says page 0x8C.
    CHECK(classify_device(scanner, UsbId{0x1D6B, 0x0104}) == DeviceRole::hid_pos_scanner);
    CHECK(classify_device(magtek, UsbId{0x0801, 0x0002}) == DeviceRole::hid_msr);
    // MagTek's keyboard-emulation model has a keyboard's descriptor: its USB id makes it a card reader, read
    // with every line a swipe. Another keyboard of the vendor is a wedge like any scanner's.
    CHECK(classify_device(keyboard, UsbId{0x0801, 0x0001}) == DeviceRole::keyboard_msr);
    CHECK(classify_device(keyboard, UsbId{0x0801, 0x0003}) == DeviceRole::keyboard_wedge);
    for (const std::uint16_t vendor : known_scanner_vendors()) {
        CHECK(classify_device(keyboard, UsbId{vendor, 0x1234}) == DeviceRole::keyboard_wedge);
        CHECK(classify_device(keyboard, UsbId{vendor, 0x1234}) != DeviceRole::keyboard_msr);
    }
    // The cashier's own keyboard is never taken.
    CHECK(classify_device(keyboard, UsbId{0x046D, 0xC31C}) == DeviceRole::unknown);
    // Unless a settings table names it (the test gadget in the virtual machine, say).
    const std::vector<UsbId> extra{{0x1D6B, 0x0104}};
    CHECK(classify_device(keyboard, UsbId{0x1D6B, 0x0104}, extra) == DeviceRole::keyboard_wedge);
    CHECK(classify_device(keyboard, UsbId{0x1D6B, 0x0105}, extra) == DeviceRole::unknown);
    const std::vector<UsbId> any_product{{0x1D6B, 0}};
    CHECK(classify_device(keyboard, UsbId{0x1D6B, 0x0105}, any_product) == DeviceRole::keyboard_wedge);
    // A mouse or an empty descriptor is nothing to Kassa.
    CHECK(classify_device(parse_report_descriptor(Bytes{}), UsbId{0x0C2E, 1}) == DeviceRole::unknown);
}

TEST_CASE("Newland scanners get the Newland framing", "[drivers][routing]") {
    CHECK(hid_pos_framing_for(UsbId{0x1EAB, 0x1303}) == HidPosFraming::newland);
    CHECK(hid_pos_framing_for(UsbId{0x0C2E, 0x0B61}) == HidPosFraming::honeywell);
    CHECK(hid_pos_framing_for(UsbId{0x1D6B, 0x0104}) == HidPosFraming::honeywell);
}
