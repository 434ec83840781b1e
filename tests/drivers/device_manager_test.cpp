#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <map>

#include "driver_test_support.hpp"
#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/event_queue.hpp"
#include "kassa/drivers/fake_transport.hpp"

using namespace kassa::drivers;
using namespace kassa::drivers::testing;

// Every wait below is on a condition variable (EventQueue::wait_pop, FakeTransport::wait_until_waiting);
// the limit only turns a hang into a failure.

namespace {

constexpr std::chrono::milliseconds kGuard{10000};

const DeviceId kScannerId = "usb:1-1:1.0";
const DeviceId kWedgeId = "usb:1-2:1.0";
const DeviceId kMagTekId = "usb:1-3:1.0";
const DeviceId kKeyboardId = "usb:1-4:1.0";

FakeTransport::Device scanner() {
    return {DeviceInfo{kScannerId, UsbId{0x0C2E, 0x0B61}, "Voyager 1250g", kScannerDescriptor}};
}
FakeTransport::Device wedge() {
    return {DeviceInfo{kWedgeId, UsbId{0x05E0, 0x1200}, "Symbol LS2208", kBootKeyboardDescriptor}};
}
FakeTransport::Device magtek() {
    return {DeviceInfo{kMagTekId, UsbId{0x0801, 0x0002}, "MagTek USB Swipe Reader", kMagTekDescriptor}};
}
FakeTransport::Device office_keyboard() {
    return {DeviceInfo{kKeyboardId, UsbId{0x046D, 0xC31C}, "USB Keyboard", kBootKeyboardDescriptor}};
}

Event next_event(EventQueue& events) {
    auto e = events.wait_pop(kGuard);
    REQUIRE(e.has_value());
    return std::move(*e);
}

StatusEvent expect_status(EventQueue& events, const DeviceId& id, DeviceStatus status) {
    const Event e = next_event(events);
    const auto* s = as_status(e);
    REQUIRE(s != nullptr);
    CHECK(s->device == id);
    CHECK((s->status == status));
    return *s;
}

// Several devices come up on their own reader threads, so their statuses arrive in any order.
void expect_connected(EventQueue& events, std::vector<DeviceId> ids) {
    std::vector<DeviceId> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const Event e = next_event(events);
        const auto* s = as_status(e);
        REQUIRE(s != nullptr);
        CHECK((s->status == DeviceStatus::connected));
        seen.push_back(s->device);
    }
    std::sort(ids.begin(), ids.end());
    std::sort(seen.begin(), seen.end());
    CHECK(seen == ids);
}

ScanEvent expect_scan(EventQueue& events) {
    const Event e = next_event(events);
    const auto* s = as_scan(e);
    REQUIRE(s != nullptr);
    return *s;
}

ErrorEvent expect_error(EventQueue& events) {
    const Event e = next_event(events);
    const auto* err = as_error(e);
    REQUIRE(err != nullptr);
    return *err;
}

void push_all(FakeTransport& transport, const DeviceId& id, const std::vector<Bytes>& reports, int start_ms) {
    int ms = start_ms;
    for (const auto& r : reports) {
        transport.push_report(id, r, at_ms(ms++));
    }
}

}  // namespace

TEST_CASE("a scanner already plugged in is opened, claimed, read, released and closed",
          "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    transport.plug(scanner());  // before start: announced like libusb's ENUMERATE
    DeviceManager manager(transport, events);
    CHECK(manager.state(kScannerId) == DeviceState::closed);
    manager.start();

    const StatusEvent up = expect_status(events, kScannerId, DeviceStatus::connected);
    CHECK(up.role == DeviceRole::hid_pos_scanner);
    CHECK(up.name == "Voyager 1250g");
    CHECK(manager.state(kScannerId) == DeviceState::reading);

    transport.push_report(kScannerId, hid_pos_report("]E0", "4006381333931", false, 0x0D), at_ms(5));
    const ScanEvent scan = expect_scan(events);
    CHECK(scan.device == kScannerId);
    CHECK(scan.source == SourceKind::hid_pos);
    CHECK(scan.symbology == Symbology{"]E0", "EAN-13/UPC-A"});
    CHECK(scan.text == "4006381333931");
    CHECK(scan.time == at_ms(5));

    manager.stop();
    expect_status(events, kScannerId, DeviceStatus::disconnected);
    CHECK(manager.state(kScannerId) == DeviceState::closed);
    const auto c = transport.counters(kScannerId);
    CHECK(c.opens == 1);
    CHECK(c.claims == 1);
    CHECK(c.releases == 1);
    CHECK(c.closes == 1);
    CHECK(events.drain().empty());
    manager.stop();  // twice is harmless
}

TEST_CASE("a wedge scanner plugged in later types EAN-13 4006381333931 with its AIM prefix E0",
          "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(wedge());
    CHECK(expect_status(events, kWedgeId, DeviceStatus::connected).role == DeviceRole::keyboard_wedge);
    push_all(transport, kWedgeId, wedge_reports("]E04006381333931\n"), 100);
    const ScanEvent scan = expect_scan(events);
    CHECK(scan.source == SourceKind::keyboard_wedge);
    CHECK(scan.symbology == Symbology{"]E0", "EAN-13/UPC-A"});
    CHECK(scan.text == "4006381333931");
}

TEST_CASE("a keyboard-type card reader (MagTek 0801:0001) reads every line as a swipe",
          "[drivers][manager][msr]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(
        {DeviceInfo{kWedgeId, UsbId{0x0801, 0x0001}, "MagTek Keyboard Reader", kBootKeyboardDescriptor}});
    CHECK(expect_status(events, kWedgeId, DeviceStatus::connected).role == DeviceRole::keyboard_msr);
    // A loyalty card's track 2 is a card number from the reader.
    push_all(transport, kWedgeId, wedge_reports(";2000000000008=4912?\n"), 100);
    const ScanEvent loyalty = expect_scan(events);
    CHECK(loyalty.source == SourceKind::msr);
    CHECK(loyalty.text == "2000000000008");
    // A swipe whose start sentinel was lost is the reader's error, never a barcode of its text.
    push_all(transport, kWedgeId, wedge_reports("2000000000008=4912?\n"), 500);
    CHECK(expect_error(events).code == ErrorCode::start_sentinel);
    // A bank card's tracks without sentinels: the bank_card error and no digits.
    push_all(transport, kWedgeId,
             wedge_reports("B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512101?\n"), 900);
    const ErrorEvent bank = expect_error(events);
    CHECK(bank.code == ErrorCode::bank_card);
    CHECK_FALSE(carries_digits({Event{bank}}));
}

TEST_CASE("a multi-report QR through the manager", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(scanner());
    expect_status(events, kScannerId, DeviceStatus::connected);
    const std::string text = "KASSA1 Карта лояльности 2000000000008 Ольга Петровна Иванова";
    transport.push_report(kScannerId, hid_pos_report("]Q1", text.substr(0, 56), true), at_ms(0));
    transport.push_report(kScannerId, Bytes{}, at_ms(1));  // a zero-length transfer in between
    transport.push_report(kScannerId, hid_pos_report("]Q1", text.substr(56), false), at_ms(2));
    const ScanEvent scan = expect_scan(events);
    CHECK(scan.symbology == Symbology{"]Q1", "QR"});
    CHECK(scan.text == text);
}

TEST_CASE("unplugging mid-report gives no scan, the replugged device reads again", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(scanner());
    expect_status(events, kScannerId, DeviceStatus::connected);

    transport.push_report(kScannerId, hid_pos_report("]Q1", "the first half of a message", true), at_ms(0));
    REQUIRE(transport.wait_until_waiting(kScannerId));  // the first half is read and held
    transport.unplug(kScannerId);
    // The next event is the disconnection: no scan came out of the half message.
    expect_status(events, kScannerId, DeviceStatus::disconnected);
    CHECK(manager.state(kScannerId) == DeviceState::closed);
    auto c = transport.counters(kScannerId);
    CHECK(c.releases == 1);
    CHECK(c.closes == 1);

    transport.plug(scanner());
    expect_status(events, kScannerId, DeviceStatus::connected);
    transport.push_report(kScannerId, hid_pos_report("]Q1", "a whole message", false), at_ms(10));
    CHECK(expect_scan(events).text == "a whole message");
    c = transport.counters(kScannerId);
    CHECK(c.opens == 2);
    CHECK(c.claims == 2);
}

TEST_CASE("unplugging a wedge mid-scan gives no scan", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(wedge());
    expect_status(events, kWedgeId, DeviceStatus::connected);
    push_all(transport, kWedgeId, wedge_reports("400638"), 0);
    REQUIRE(transport.wait_until_waiting(kWedgeId));
    transport.unplug(kWedgeId);
    expect_status(events, kWedgeId, DeviceStatus::disconnected);
    transport.plug(wedge());
    expect_status(events, kWedgeId, DeviceStatus::connected);
    push_all(transport, kWedgeId, wedge_reports("1333931\n"), 50);
    CHECK(expect_scan(events).text == "1333931");
}

TEST_CASE("a claim that fails is an error event and the device is closed", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    auto busy = scanner();
    busy.claim_error = TransportError::busy;
    transport.plug(busy);
    const ErrorEvent error = expect_error(events);
    CHECK(error.device == kScannerId);
    CHECK(error.code == ErrorCode::claim_failed);
    CHECK(error.sentence ==
          "Kassa could not take over Voyager 1250g (0c2e:0b61): another program may be using it.");
    CHECK(manager.state(kScannerId) == DeviceState::closed);
    const auto c = transport.counters(kScannerId);
    CHECK(c.opens == 1);
    CHECK(c.claims == 1);
    CHECK(c.releases == 0);
    CHECK(c.closes == 1);

    // The manager goes on: the same device plugged in again with the claim working.
    transport.plug(scanner());
    expect_status(events, kScannerId, DeviceStatus::connected);
}

TEST_CASE("a device Kassa may not open says to install the udev rules", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    auto locked = magtek();
    locked.open_error = TransportError::permission_denied;
    transport.plug(locked);
    manager.start();
    const ErrorEvent error = expect_error(events);
    CHECK(error.device == kMagTekId);
    CHECK(error.code == ErrorCode::no_permission);
    CHECK(
        error.sentence ==
        "Kassa may not open MagTek USB Swipe Reader (0801:0002). Install the udev rules (69-kassa-usb.rules) "
        "and plug the device in again.");
    CHECK(transport.counters(kMagTekId).claims == 0);
    CHECK(manager.state(kMagTekId) == DeviceState::closed);
}

TEST_CASE("a device that cannot be opened for another reason", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    auto broken = wedge();
    broken.open_error = TransportError::other;
    transport.plug(broken);
    const ErrorEvent error = expect_error(events);
    CHECK(error.code == ErrorCode::open_failed);
    CHECK(error.sentence == "Kassa could not open Symbol LS2208 (05e0:1200). Plug it in again.");
}

TEST_CASE("the cashier's own keyboard is never opened", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(office_keyboard());
    transport.plug(scanner());
    // Arrivals are handled in order: once the scanner is up, the keyboard has been looked at.
    expect_status(events, kScannerId, DeviceStatus::connected);
    CHECK(transport.counters(kKeyboardId).opens == 0);
    CHECK(manager.state(kKeyboardId) == DeviceState::closed);
}

TEST_CASE("a keyboard listed in the settings is read as a wedge", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    ManagerSettings settings;
    settings.extra_wedges.push_back(UsbId{0x046D, 0xC31C});
    DeviceManager manager(transport, events, settings);
    manager.start();
    transport.plug(office_keyboard());
    CHECK(expect_status(events, kKeyboardId, DeviceStatus::connected).role == DeviceRole::keyboard_wedge);
}

TEST_CASE("stopping while a read is blocked cancels it and joins the reader", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(scanner());
    transport.plug(magtek());
    expect_connected(events, {kScannerId, kMagTekId});
    REQUIRE(transport.wait_until_waiting(kScannerId));
    REQUIRE(transport.wait_until_waiting(kMagTekId));

    manager.stop();  // returns only when both readers are joined

    CHECK(manager.state(kScannerId) == DeviceState::closed);
    CHECK(manager.state(kMagTekId) == DeviceState::closed);
    for (const auto& id : {kScannerId, kMagTekId}) {
        const auto c = transport.counters(id);
        CHECK(c.releases == 1);
        CHECK(c.closes == 1);
    }
    const auto rest = events.drain();
    REQUIRE(rest.size() == 2);
    CHECK((as_status(rest[0])->status == DeviceStatus::disconnected));
    CHECK((as_status(rest[1])->status == DeviceStatus::disconnected));
    // Devices that come after the stop are not heard.
    transport.plug(wedge());
    CHECK(transport.counters(kWedgeId).opens == 0);
}

TEST_CASE("destroying a running manager stops it", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    {
        DeviceManager manager(transport, events);
        manager.start();
        transport.plug(wedge());
        expect_status(events, kWedgeId, DeviceStatus::connected);
        REQUIRE(transport.wait_until_waiting(kWedgeId));
    }
    const auto c = transport.counters(kWedgeId);
    CHECK(c.releases == 1);
    CHECK(c.closes == 1);
    expect_status(events, kWedgeId, DeviceStatus::disconnected);
}

TEST_CASE("a device that fails while being read gives an error and is closed", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(scanner());
    expect_status(events, kScannerId, DeviceStatus::connected);
    transport.push_report(kScannerId, hid_pos_report("]Q1", "half", true), at_ms(0));
    transport.push_read_error(kScannerId);
    const ErrorEvent error = expect_error(events);
    CHECK(error.code == ErrorCode::device_error);
    CHECK(error.sentence ==
          "The device Voyager 1250g (0c2e:0b61) stopped answering. Unplug it and plug it in again.");
    expect_status(events, kScannerId, DeviceStatus::disconnected);
    CHECK(manager.state(kScannerId) == DeviceState::closed);
    CHECK(transport.counters(kScannerId).closes == 1);
}

TEST_CASE("a replug whose unplug was never announced restarts the device", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    manager.start();
    transport.plug(wedge());
    expect_status(events, kWedgeId, DeviceStatus::connected);
    transport.plug(wedge());  // arrives again without having left
    expect_status(events, kWedgeId, DeviceStatus::disconnected);
    expect_status(events, kWedgeId, DeviceStatus::connected);
    push_all(transport, kWedgeId, wedge_reports("42\n"), 0);
    CHECK(expect_scan(events).text == "42");
    CHECK(transport.counters(kWedgeId).opens == 2);
    CHECK(transport.counters(kWedgeId).closes == 1);
}

TEST_CASE("idle reads carry the time that expires half-read scans", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);  // keyboard timeout 200 ms, HID POS part timeout 500 ms
    manager.start();
    transport.plug(wedge());
    transport.plug(scanner());
    expect_connected(events, {kWedgeId, kScannerId});

    push_all(transport, kWedgeId, wedge_reports("12"), 0);
    transport.push_idle(kWedgeId, at_ms(1000));
    push_all(transport, kWedgeId, wedge_reports("\n34\n"), 1001);
    CHECK(expect_scan(events).text == "34");

    transport.push_report(kScannerId, hid_pos_report("]Q1", "cut off", true), at_ms(0));
    transport.push_idle(kScannerId, at_ms(2000));
    transport.push_report(kScannerId, hid_pos_report("]Q1", " whole", false), at_ms(2001));
    CHECK(expect_scan(events).text == " whole");
}

TEST_CASE("three devices read at once, each on its own thread", "[drivers][manager]") {
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    transport.plug(scanner());
    transport.plug(wedge());
    transport.plug(magtek());
    manager.start();
    expect_connected(events, {kScannerId, kWedgeId, kMagTekId});
    for (int round = 0; round < 20; ++round) {
        const auto n = std::to_string(round);
        transport.push_report(kScannerId, hid_pos_report("]C0", "S" + n, false), at_ms(round));
        push_all(transport, kWedgeId, wedge_reports("W" + n + "\n"), round * 10);
        transport.push_report(
            kMagTekId,
            magtek_report({}, {0, ";20000000000" + std::string(n.size() == 1 ? "0" : "") + n + "=4912?"}, {}),
            at_ms(round));
    }
    std::map<DeviceId, std::vector<std::string>> texts;
    for (int i = 0; i < 60; ++i) {
        const ScanEvent scan = expect_scan(events);
        texts[scan.device].push_back(scan.text);
    }
    REQUIRE(texts[kScannerId].size() == 20);
    REQUIRE(texts[kWedgeId].size() == 20);
    REQUIRE(texts[kMagTekId].size() == 20);
    for (int round = 0; round < 20; ++round) {  // each device's scans in its own order
        const auto n = std::to_string(round);
        CHECK(texts[kScannerId][static_cast<std::size_t>(round)] == "S" + n);
        CHECK(texts[kWedgeId][static_cast<std::size_t>(round)] == "W" + n);
        CHECK(texts[kMagTekId][static_cast<std::size_t>(round)] ==
              "20000000000" + std::string(n.size() == 1 ? "0" : "") + n);
    }
}

TEST_CASE("the event queue notifies after each push", "[drivers][events]") {
    EventQueue events;
    std::atomic<int> notified{0};
    events.set_notifier([&] { ++notified; });
    events.push(ErrorEvent{"a", ErrorCode::bad_swipe, "x"});
    events.push(StatusEvent{"a", DeviceRole::hid_msr, "reader", DeviceStatus::connected});
    CHECK(notified == 2);
    CHECK(events.try_pop().has_value());
    CHECK(events.drain().size() == 1);
    CHECK_FALSE(events.try_pop().has_value());
    CHECK_FALSE(events.wait_pop(std::chrono::milliseconds(0)).has_value());
}

TEST_CASE("names of codes, kinds, roles and states", "[drivers][events]") {
    CHECK(error_code_name(ErrorCode::bad_swipe) == "bad_swipe");
    CHECK(error_code_name(ErrorCode::bank_card) == "bank_card");
    CHECK(error_code_name(ErrorCode::start_sentinel) == "start_sentinel");
    CHECK(error_code_name(ErrorCode::end_sentinel) == "end_sentinel");
    CHECK(error_code_name(ErrorCode::lrc) == "lrc");
    CHECK(error_code_name(ErrorCode::no_permission) == "no_permission");
    CHECK(source_kind_name(SourceKind::camera) == "camera");
    CHECK(device_role_name(DeviceRole::hid_pos_scanner) == "hid_pos_scanner");
    CHECK(device_state_name(DeviceState::stopping) == "stopping");
    CHECK(device_state_name(DeviceState::enabled) == "enabled");
}
