// Report-to-scan-event latency in the device manager: the time from a report handed to the transport (the
// FakeTransport's push_report, standing in for a completed USB transfer) to the scan event popped by the
// caller's thread, through the reader thread, the decoder and the EventQueue. One report in flight at a time,
// so each figure is one whole trip. Devices: a HID POS scanner (one report per EAN-13) and a keyboard wedge
// (the 28 reports that type an EAN-13 and Enter: the time from the Enter report). Median, p99 and max.
// Run: ninja -C build/release kassa_manager_bench && build/release/tests/bench/kassa_manager_bench [SCANS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/event_queue.hpp"
#include "kassa/drivers/fake_transport.hpp"

using namespace kassa::drivers;
using Clock = std::chrono::steady_clock;
using Bytes = std::vector<std::uint8_t>;

namespace {

const Bytes kScannerDescriptor{
    0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01, 0x85, 0x02, 0x09, 0x12, 0xA1, 0x02, 0x15, 0x00, 0x26, 0xFF, 0x00,
    0x75, 0x08, 0x06, 0x00, 0xFF, 0x09, 0x01, 0x95, 0x01, 0x81, 0x02, 0x05, 0x8C, 0x09, 0xFB, 0x09, 0xFC,
    0x09, 0xFD, 0x95, 0x03, 0x81, 0x02, 0x09, 0xFE, 0x95, 0x38, 0x82, 0x02, 0x01, 0x06, 0x00, 0xFF, 0x09,
    0x02, 0x95, 0x02, 0x81, 0x02, 0x05, 0x8C, 0x09, 0xFF, 0x95, 0x01, 0x81, 0x02, 0xC0, 0xC0};
const Bytes kBootKeyboardDescriptor{
    0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7, 0x15, 0x00, 0x25, 0x01,
    0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0x95, 0x01, 0x75, 0x08, 0x81, 0x01, 0x95, 0x05, 0x75, 0x01,
    0x05, 0x08, 0x19, 0x01, 0x29, 0x05, 0x91, 0x02, 0x95, 0x01, 0x75, 0x03, 0x91, 0x01, 0x95, 0x06,
    0x75, 0x08, 0x15, 0x00, 0x25, 0x65, 0x05, 0x07, 0x19, 0x00, 0x29, 0x65, 0x81, 0x00, 0xC0};

Bytes ean_report() {
    const std::string data = "4006381333931";
    Bytes r(64, 0);
    r[0] = 0x02;
    r[1] = static_cast<std::uint8_t>(data.size());
    r[2] = ']';
    r[3] = 'E';
    r[4] = '0';
    std::copy(data.begin(), data.end(), r.begin() + 5);
    return r;
}

std::vector<Bytes> typed_ean() {
    std::vector<Bytes> out;
    for (char c : std::string("4006381333931\n")) {
        const std::uint8_t usage = c == '\n'  ? 0x28
                                   : c == '0' ? 0x27
                                              : static_cast<std::uint8_t>(0x1E + (c - '1'));
        out.push_back(Bytes{0, 0, usage, 0, 0, 0, 0, 0});
        out.push_back(Bytes(8, 0));
    }
    return out;
}

struct Figures {
    double median_us, p99_us, max_us;
};

Figures summarise(std::vector<double> us) {
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[std::min(us.size() - 1, us.size() * 99 / 100)], us.back()};
}

bool wait_connected(EventQueue& events) {
    const auto e = events.wait_pop(std::chrono::seconds(10));
    return e && std::holds_alternative<StatusEvent>(*e);
}

}  // namespace

int main(int argc, char** argv) {
    const int scans = argc > 1 ? std::atoi(argv[1]) : 20000;
    FakeTransport transport;
    EventQueue events;
    DeviceManager manager(transport, events);
    const DeviceId scanner = "usb:1-1:1.1";
    const DeviceId wedge = "usb:1-2:1.0";
    transport.plug({DeviceInfo{scanner, UsbId{0x0C2E, 0x0B61}, "scanner", kScannerDescriptor}});
    transport.plug({DeviceInfo{wedge, UsbId{0x05E0, 0x1200}, "wedge", kBootKeyboardDescriptor}});
    manager.start();
    if (!wait_connected(events) || !wait_connected(events)) {
        std::fprintf(stderr, "devices did not connect\n");
        return 1;
    }

    const Bytes report = ean_report();
    std::vector<double> hid_pos;
    for (int i = 0; i < scans; ++i) {
        const auto t0 = Clock::now();
        transport.push_report(scanner, report, t0);
        const auto e = events.wait_pop(std::chrono::seconds(10));
        const auto t1 = Clock::now();
        if (!e || !std::holds_alternative<ScanEvent>(*e)) {
            std::fprintf(stderr, "no scan\n");
            return 1;
        }
        hid_pos.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }

    const auto keys = typed_ean();
    std::vector<double> keyboard;
    for (int i = 0; i < scans / 4; ++i) {
        // All but the Enter press and its release first, then the clock starts at the Enter report.
        const auto start = Clock::now();
        for (std::size_t k = 0; k + 2 < keys.size(); ++k) {
            transport.push_report(wedge, keys[k], start);
        }
        transport.wait_until_waiting(wedge);
        const auto t0 = Clock::now();
        transport.push_report(wedge, keys[keys.size() - 2], t0);
        const auto e = events.wait_pop(std::chrono::seconds(10));
        const auto t1 = Clock::now();
        transport.push_report(wedge, keys.back(), t1);
        if (!e || !std::holds_alternative<ScanEvent>(*e)) {
            std::fprintf(stderr, "no wedge scan\n");
            return 1;
        }
        keyboard.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    manager.stop();

    const Figures h = summarise(hid_pos);
    const Figures k = summarise(keyboard);
    std::printf("report -> scan event through DeviceManager + FakeTransport (target p99 < 2000 us)\n");
    std::printf("  HID POS EAN-13   %6d scans  median %7.1f us  p99 %7.1f us  max %8.1f us\n", scans,
                h.median_us, h.p99_us, h.max_us);
    std::printf("  wedge Enter      %6d scans  median %7.1f us  p99 %7.1f us  max %8.1f us\n", scans / 4,
                k.median_us, k.p99_us, k.max_us);
    return h.p99_us < 2000.0 && k.p99_us < 2000.0 ? 0 : 1;
}
