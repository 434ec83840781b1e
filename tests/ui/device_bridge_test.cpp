// The device bridge: scans and errors read on the drivers' threads arrive on the GUI thread as signals, in
// order, with the till's source and a translated sentence; nothing of a bank card reaches a signal.
#include <QSignalSpy>

#include "../drivers/driver_test_support.hpp"
#include "catch_qt.hpp"
#include "kassa/drivers/fake_transport.hpp"
#include "kassa/ui/device_bridge.hpp"

using namespace kassa;
using namespace kassa::drivers;
using namespace kassa::drivers::testing;

namespace {

FakeTransport::Device scanner() {
    return {DeviceInfo{"usb-1-2:1.0", UsbId{0x0C2E, 0x0B61}, "Voyager 1250g", kScannerDescriptor}};
}

FakeTransport::Device magtek() {
    return {DeviceInfo{"usb-1-3:1.0", UsbId{0x0801, 0x0002}, "MagTek USB Swipe Reader", kMagTekDescriptor}};
}

// Signals are queued to the GUI thread: wait for them by running its event loop until they are there (the
// spy's own wait returns as soon as the signal comes; the limit only guards a broken test).
bool wait_for(QSignalSpy& spy, int count) {
    while (spy.count() < count) {
        if (!spy.wait(10000)) {
            return false;
        }
    }
    return true;
}

}  // namespace

TEST_CASE("a HID POS scan reaches the GUI thread as a scanner scan", "[ui][devices]") {
    FakeTransport transport;
    ui::DeviceBridge bridge(transport, ManagerSettings{});
    QSignalSpy status(&bridge, &ui::DeviceBridge::device_status);
    QSignalSpy scans(&bridge, &ui::DeviceBridge::scanned);
    transport.plug(scanner());
    bridge.start();
    transport.push_report("usb-1-2:1.0", hid_pos_report("]E0", "4006381333931", false), at_ms(1));
    transport.push_report("usb-1-2:1.0", hid_pos_report("]Q1", "R42", false), at_ms(2));
    REQUIRE(wait_for(scans, 2));
    CHECK(scans.at(0).at(0).toString() == QStringLiteral("4006381333931"));
    CHECK(scans.at(0).at(1).value<till::ScanSource>() == till::ScanSource::scanner);
    CHECK(scans.at(1).at(0).toString() == QStringLiteral("R42"));
    REQUIRE(wait_for(status, 1));
    CHECK(status.at(0).at(0).toString() == QStringLiteral("Voyager 1250g"));
    CHECK(status.at(0).at(1).toBool());
    bridge.stop();
}

TEST_CASE("a swipe is a card, a bank card is a sentence without its digits", "[ui][devices]") {
    FakeTransport transport;
    ui::DeviceBridge bridge(transport, ManagerSettings{});
    QSignalSpy scans(&bridge, &ui::DeviceBridge::scanned);
    QSignalSpy errors(&bridge, &ui::DeviceBridge::device_error);
    transport.plug(magtek());
    bridge.start();
    transport.push_report("usb-1-3:1.0",
                          magtek_report({0, ""}, {0, ";4111111111111111=2912101?"}, {0, ""}), at_ms(1));
    transport.push_report("usb-1-3:1.0", magtek_report({0, ""}, {0, ";2000000000015=4912?"}, {0, ""}), at_ms(2));
    REQUIRE(wait_for(scans, 1));
    REQUIRE(wait_for(errors, 1));
    CHECK(scans.at(0).at(0).toString() == QStringLiteral("2000000000015"));
    CHECK(scans.at(0).at(1).value<till::ScanSource>() == till::ScanSource::card_reader);
    const QString sentence = errors.at(0).at(0).toString();
    CHECK(sentence.contains(QStringLiteral("bank card")));
    CHECK_FALSE(sentence.contains(QStringLiteral("4111")));
    bridge.stop();
}

TEST_CASE("every driver error has a sentence for the cashier", "[ui][devices]") {
    for (const auto code : {ErrorCode::bad_swipe, ErrorCode::bank_card, ErrorCode::start_sentinel,
                            ErrorCode::end_sentinel, ErrorCode::lrc, ErrorCode::no_card_number,
                            ErrorCode::invalid_utf8, ErrorCode::no_permission, ErrorCode::open_failed,
                            ErrorCode::claim_failed, ErrorCode::device_error, ErrorCode::unreadable_image}) {
        ErrorEvent e;
        e.code = code;
        CHECK_FALSE(ui::DeviceBridge::sentence_for(e).isEmpty());
    }
    CHECK(ui::DeviceBridge::sentence_for(ErrorEvent{"x", ErrorCode::no_permission, ""}).contains("udev"));
}
