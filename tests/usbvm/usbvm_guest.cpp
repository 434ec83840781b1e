// Runs inside the QEMU guest that run_usbvm.py boots (PID 1's shell starts it after building the gadget). It
// is both sides of the cable: the device side writes reports to the gadget's /dev/hidg0 (boot keyboard) and
// /dev/hidg1 (HID POS scanner), and the host side is Kassa's real LibusbTransport and DeviceManager reading
// them back through dummy_hcd, usbcore and libusb. Every step prints a line on the console; the last line is
// "USBVM RESULT: PASS" or "USBVM RESULT: FAIL <step>: <why>", which the host script checks.
//
// Threading: the main thread writes reports and waits on the EventQueue (a condition variable; the limit
// only turns a hang into a failure); the manager's threads do the rest.
//
// Usage: kassa_usbvm_guest GADGET_DIR UDC_NAME   (e.g. /sys/kernel/config/usb_gadget/kassa dummy_udc.0)

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/event_queue.hpp"
#include "kassa/drivers/libusb_transport.hpp"

namespace drv = kassa::drivers;

namespace {

using Bytes = std::vector<std::uint8_t>;

// TCG emulation is slow; this only bounds a hang.
constexpr std::chrono::seconds kGuard{30};

struct Failure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

void require(bool ok, const std::string& why) {
    if (!ok) {
        throw Failure(why);
    }
}

std::string describe(const drv::Event& e) {
    if (const auto* s = std::get_if<drv::ScanEvent>(&e)) {
        return "scan device=" + s->device + " source=" + std::string(drv::source_kind_name(s->source)) +
               " aim=" + (s->symbology ? s->symbology->aim_id : "-") + " text=" + s->text;
    }
    if (const auto* err = std::get_if<drv::ErrorEvent>(&e)) {
        return "error device=" + err->device + " code=" + std::string(drv::error_code_name(err->code)) + " " +
               err->sentence;
    }
    const auto& st = std::get<drv::StatusEvent>(e);
    return "status device=" + st.device + " role=" + std::string(drv::device_role_name(st.role)) +
           (st.status == drv::DeviceStatus::connected ? " connected" : " disconnected");
}

drv::Event next(drv::EventQueue& events) {
    auto e = events.wait_pop(kGuard);
    require(e.has_value(), "no event within the guard time");
    std::cout << "USBVM EVENT " << describe(*e) << std::endl;
    return std::move(*e);
}

// The scanner's report in Honeywell framing (devices.md 2), report id first as /dev/hidg1 wants it.
Bytes hid_pos_report(std::string_view aim, std::string_view data, bool more) {
    Bytes r(64, 0);
    r[0] = 0x02;
    r[1] = static_cast<std::uint8_t>(data.size());
    std::copy(aim.begin(), aim.end(), r.begin() + 2);
    std::copy(data.begin(), data.end(), r.begin() + 5);
    r[63] = more ? 1 : 0;
    return r;
}

// What a US boot keyboard sends to type `text`: a press and a release report per character.
std::vector<Bytes> keyboard_reports(std::string_view text) {
    std::vector<Bytes> out;
    for (char c : text) {
        std::uint8_t mod = 0;
        std::uint8_t usage = 0;
        if (c >= '1' && c <= '9') {
            usage = static_cast<std::uint8_t>(0x1E + (c - '1'));
        } else if (c == '0') {
            usage = 0x27;
        } else if (c == '\n') {
            usage = 0x28;
        } else if (c == ';') {
            usage = 0x33;
        } else if (c == '=') {
            usage = 0x2E;
        } else if (c == '?') {
            mod = 0x02;
            usage = 0x38;
        } else {
            throw std::logic_error("no usage for this character in the test's table");
        }
        out.push_back(Bytes{mod, 0, usage, 0, 0, 0, 0, 0});
        out.push_back(Bytes(8, 0));
    }
    return out;
}

class Gadget {
  public:
    Gadget(std::string dir, std::string udc) : dir_(std::move(dir)), udc_(std::move(udc)) {}
    void write_report(int n, const Bytes& report) {
        const std::string path = "/dev/hidg" + std::to_string(n);
        if (fds_[n] < 0) {
            fds_[n] = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
            require(fds_[n] >= 0, "cannot open " + path + ": " + std::strerror(errno));
        }
        const ssize_t w = ::write(fds_[n], report.data(), report.size());
        require(w == static_cast<ssize_t>(report.size()),
                "cannot write " + path + ": " + std::strerror(errno));
    }
    // Writing the UDC file binds the gadget to the dummy controller (plug); an empty line unbinds (unplug).
    void bind(bool plugged) {
        for (auto& [n, fd] : fds_) {
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
        }
        const std::string path = dir_ + "/UDC";
        const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        require(fd >= 0, "cannot open " + path);
        const std::string text = plugged ? udc_ + "\n" : "\n";
        const ssize_t w = ::write(fd, text.data(), text.size());
        ::close(fd);
        require(w == static_cast<ssize_t>(text.size()),
                std::string("cannot write UDC: ") + std::strerror(errno));
    }

  private:
    std::string dir_;
    std::string udc_;
    std::map<int, int> fds_{{0, -1}, {1, -1}};
};

struct Ids {
    drv::DeviceId keyboard;
    drv::DeviceId scanner;
};

// Both interfaces of the gadget announce themselves, in either order.
Ids expect_connected(drv::EventQueue& events) {
    Ids ids;
    for (int i = 0; i < 2; ++i) {
        const drv::Event e = next(events);
        const auto* st = std::get_if<drv::StatusEvent>(&e);
        require(st != nullptr && st->status == drv::DeviceStatus::connected, "expected a connected status");
        if (st->role == drv::DeviceRole::keyboard_wedge) {
            ids.keyboard = st->device;
        } else if (st->role == drv::DeviceRole::hid_pos_scanner) {
            ids.scanner = st->device;
        }
    }
    require(!ids.keyboard.empty() && !ids.scanner.empty(),
            "expected the keyboard as keyboard_wedge and the scanner as hid_pos_scanner");
    return ids;
}

drv::ScanEvent expect_scan(drv::EventQueue& events) {
    const drv::Event e = next(events);
    const auto* s = std::get_if<drv::ScanEvent>(&e);
    require(s != nullptr, "expected a scan, got: " + describe(e));
    return *s;
}

void expect_ean(drv::EventQueue& events, Gadget& gadget, const Ids& ids) {
    gadget.write_report(1, hid_pos_report("]E0", "4006381333931", false));
    const drv::ScanEvent s = expect_scan(events);
    require(s.device == ids.scanner && s.source == drv::SourceKind::hid_pos && s.symbology &&
                s.symbology->aim_id == "]E0" && s.text == "4006381333931",
            "the EAN-13 scan is not ]E0 4006381333931 from the scanner");
}

void step(const char* name) {
    std::cout << "USBVM STEP " << name << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: kassa_usbvm_guest GADGET_DIR UDC_NAME\n";
        return 2;
    }
    const char* current = "start";
    try {
        Gadget gadget(argv[1], argv[2]);
        drv::EventQueue events;
        drv::LibusbTransport usb;
        drv::ManagerSettings settings;
        // The gadget's VID:PID is no scanner vendor's: its keyboard is read only because it is listed; its
        // HID POS interface is found by its descriptor alone.
        settings.extra_wedges = {drv::UsbId{0x1D6B, 0x0104}};
        drv::DeviceManager manager(usb, events, settings);
        std::cout << "USBVM INFO discovery=" << (usb.uses_hotplug() ? "hotplug" : "polling") << std::endl;
        manager.start();

        current = "enumerate";
        step(current);
        Ids ids = expect_connected(events);

        current = "hidpos_ean13";
        step(current);
        expect_ean(events, gadget, ids);

        current = "hidpos_utf8_qr";
        step(current);
        {
            const std::string text = "Карта: Алёны Смирновой, Таллинн, бонусы 1250, 2000000000015";
            // The first report ends inside a letter (byte 56 is a UTF-8 continuation byte): only the joined
            // message is valid UTF-8.
            require((static_cast<unsigned char>(text[56]) & 0xC0) == 0x80,
                    "the QR text no longer splits a letter");
            for (std::size_t at = 0; at < text.size(); at += 56) {
                const std::string part = text.substr(at, 56);
                gadget.write_report(1, hid_pos_report("]Q1", part, at + 56 < text.size()));
            }
            const drv::ScanEvent s = expect_scan(events);
            require(s.device == ids.scanner && s.symbology && s.symbology->aim_id == "]Q1" && s.text == text,
                    "the QR text did not arrive whole");
        }

        current = "wedge_card";
        step(current);
        for (const Bytes& r : keyboard_reports(";2000000000015=4912?\n")) {
            gadget.write_report(0, r);
        }
        {
            const drv::ScanEvent s = expect_scan(events);
            require(s.device == ids.keyboard && s.source == drv::SourceKind::msr && s.text == "2000000000015",
                    "the wedge-typed card number is not 2000000000015 from the keyboard");
        }

        current = "unplug_mid_scan";
        step(current);
        // Half a QR, then the cable is pulled: two disconnected statuses and no scan.
        gadget.write_report(1, hid_pos_report("]Q1", "half of a message that never ends", true));
        gadget.bind(false);
        {
            std::vector<drv::DeviceId> gone;
            for (int i = 0; i < 2; ++i) {
                const drv::Event e = next(events);
                const auto* st = std::get_if<drv::StatusEvent>(&e);
                require(st != nullptr && st->status == drv::DeviceStatus::disconnected,
                        "expected a disconnected status, got: " + describe(e));
                gone.push_back(st->device);
            }
            std::sort(gone.begin(), gone.end());
            std::vector<drv::DeviceId> both{ids.keyboard, ids.scanner};
            std::sort(both.begin(), both.end());
            require(gone == both, "both interfaces must be disconnected");
        }

        current = "replug";
        step(current);
        gadget.bind(true);
        ids = expect_connected(events);
        expect_ean(events, gadget, ids);

        current = "shutdown";
        step(current);
        manager.stop();
        for (const drv::Event& e : events.drain()) {
            std::cout << "USBVM EVENT " << describe(e) << std::endl;
            const auto* st = std::get_if<drv::StatusEvent>(&e);
            require(st != nullptr && st->status == drv::DeviceStatus::disconnected,
                    "only disconnected statuses may follow the last scan");
        }
        std::cout << "USBVM RESULT: PASS" << std::endl;
        return 0;
    } catch (const std::exception& e) {
        std::cout << "USBVM RESULT: FAIL " << current << ": " << e.what() << std::endl;
        return 1;
    }
}
