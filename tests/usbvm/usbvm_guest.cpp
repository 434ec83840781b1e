// Runs inside the QEMU guest that run_usbvm.py boots (PID 1's shell starts it after building the gadget). It
// is both sides of the cable: the device side writes reports to the gadget's /dev/hidg0 (boot keyboard) and
// /dev/hidg1 (HID POS scanner), and the host side is Kassa's real LibusbTransport and DeviceManager reading
// them back through dummy_hcd, usbcore and libusb. The gadget's third function is a USB printer
// (usb_f_printer): Kassa's UsbPrinterPort finds it by its class, a PrinterWorker prints a job through it that
// the device side reads back from /dev/g_printer0, and the port status the device side sets (paper empty)
// comes back typed. Every step prints a line on the console; the last line is "USBVM RESULT: PASS" or "USBVM
// RESULT: FAIL <step>: <why>", which the host script checks.
//
// Threading: the main thread writes reports and waits on the EventQueue (a condition variable; the limit
// only turns a hang into a failure); the manager's threads do the rest. The printer's device side is read by
// a thread of its own (poll with the guard limit) while the worker's thread sends, then joined.
//
// Usage: kassa_usbvm_guest GADGET_DIR UDC_NAME PNP_STRING
//        (e.g. /sys/kernel/config/usb_gadget/kassa dummy_udc.0 "MFG:Kassa Test;MDL:TM-T20;CMD:ESC/POS;")

#include <fcntl.h>
#include <linux/usb/g_printer.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/escpos.hpp"
#include "kassa/drivers/event_queue.hpp"
#include "kassa/drivers/libusb_transport.hpp"
#include "kassa/drivers/printer_worker.hpp"
#include "kassa/drivers/usb_printer_port.hpp"

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

// The printer's device side: what the host sent arrives on /dev/g_printer0, and an ioctl there sets the
// byte the host's GET_PORT_STATUS reads.
class GadgetPrinter {
  public:
    GadgetPrinter() : fd_(::open("/dev/g_printer0", O_RDWR | O_CLOEXEC)) {
        require(fd_ >= 0, std::string("cannot open /dev/g_printer0: ") + std::strerror(errno));
    }
    ~GadgetPrinter() { ::close(fd_); }
    GadgetPrinter(const GadgetPrinter&) = delete;
    GadgetPrinter& operator=(const GadgetPrinter&) = delete;

    // The driver takes the status byte as the ioctl's argument itself, and GADGET_GET_PRINTER_STATUS returns
    // it.
    void set_status(unsigned char status) {
        require(::ioctl(fd_, GADGET_SET_PRINTER_STATUS, static_cast<unsigned long>(status)) >= 0,
                std::string("GADGET_SET_PRINTER_STATUS failed: ") + std::strerror(errno));
        const int now = ::ioctl(fd_, GADGET_GET_PRINTER_STATUS, 0UL);
        require(now == status, "the printer gadget did not keep the status byte");
    }

    // Reads until `count` bytes came (poll with the guard as its limit: a wait for data, not for time).
    Bytes read(std::size_t count) {
        Bytes got;
        const auto limit = std::chrono::steady_clock::now() + kGuard;
        while (got.size() < count) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                limit - std::chrono::steady_clock::now());
            pollfd p{fd_, POLLIN, 0};
            if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) {
                break;
            }
            std::uint8_t buffer[4096];
            const ssize_t n = ::read(fd_, buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            got.insert(got.end(), buffer, buffer + n);
        }
        return got;
    }

    // The device side of `DLE EOT n`: reads until `count` requests came and answers each with `replies[n]`
    // on the bulk IN endpoint, as a printer does. Returns how many were answered; any other byte fails.
    int answer_status_requests(int count, const std::map<int, std::uint8_t>& replies) {
        Bytes pending;
        int answered = 0;
        while (answered < count) {
            const Bytes got = read(3 - pending.size() % 3);
            if (got.empty()) {
                break;
            }
            pending.insert(pending.end(), got.begin(), got.end());
            while (pending.size() >= 3) {
                require(pending[0] == 0x10 && pending[1] == 0x04 && replies.count(pending[2]) != 0,
                        "the printer gadget got something else than a DLE EOT request");
                const std::uint8_t reply = replies.at(pending[2]);
                require(::write(fd_, &reply, 1) == 1,
                        std::string("cannot write /dev/g_printer0: ") + std::strerror(errno));
                pending.erase(pending.begin(), pending.begin() + 3);
                ++answered;
            }
        }
        return answered;
    }

  private:
    int fd_;
};

std::string describe(const drv::PrinterEvent& e) {
    if (const auto* d = std::get_if<drv::PrintJobDone>(&e)) {
        return "job " + d->id + " " + std::string(drv::job_outcome_name(d->outcome)) + " " +
               std::string(drv::print_problem_name(d->problem));
    }
    if (const auto* w = std::get_if<drv::PrintJobWaiting>(&e)) {
        return "job " + w->id + " waiting " + std::string(drv::print_problem_name(w->problem));
    }
    return "printer status " +
           std::string(drv::print_problem_name(std::get<drv::PrinterStatusChanged>(e).problem));
}

// The next job outcome; status events on the way are printed.
drv::PrintJobDone next_done(drv::PrinterEventQueue& events) {
    for (;;) {
        auto e = events.wait_pop(kGuard);
        require(e.has_value(), "no printer event within the guard time");
        std::cout << "USBVM EVENT " << describe(*e) << std::endl;
        if (const auto* d = std::get_if<drv::PrintJobDone>(&*e)) {
            return *d;
        }
    }
}

constexpr drv::UsbPrinterAddress kGadgetPrinter{0x1D6B, 0x0104, ""};

void step(const char* name) {
    std::cout << "USBVM STEP " << name << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: kassa_usbvm_guest GADGET_DIR UDC_NAME PNP_STRING\n";
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

        current = "printer_enumerate";
        step(current);
        {
            // Found by its class: the gadget's VID:PID is nobody's printer.
            const auto printers = drv::list_usb_printers();
            const auto it = std::find_if(printers.begin(), printers.end(), [](const drv::UsbPrinterInfo& p) {
                return p.vendor == kGadgetPrinter.vendor && p.product == kGadgetPrinter.product;
            });
            require(it != printers.end(), "no USB printer class interface found");
            std::cout << "USBVM INFO printer interface=" << it->interface_number
                      << " protocol=" << it->protocol << " product=" << it->product_name
                      << " id=" << it->device_id << " problem=" << drv::print_problem_name(it->problem)
                      << std::endl;
            require(it->protocol == 2, "the printer gadget is bidirectional (protocol 2)");
            // Debian 12's usb_f_printer (6.1) puts strlen(pnp_string) in the length field and sends that many
            // bytes, two-byte field included, so a host that reads it by the book (the field counts itself)
            // gets the id without its last two characters. A fixed kernel gives the whole id.
            const std::string pnp = argv[3];
            require(it->device_id == pnp || it->device_id == pnp.substr(0, pnp.size() - 2),
                    "GET_DEVICE_ID did not return the gadget's pnp_string");
            require(it->product_name == "Kassa test gadget", "the product string was not read");
        }

        current = "printer_job";
        step(current);
        GadgetPrinter gadget_printer;
        gadget_printer.set_status(PRINTER_NOT_ERROR | PRINTER_SELECTED);
        drv::PrinterEventQueue printer_events;
        drv::UsbPrinterSettings usb_settings;
        // Port status only here: the device side answers DLE EOT in the next step alone.
        usb_settings.realtime_status = false;
        drv::PrinterWorkerSettings worker_settings;
        worker_settings.ready_wait_limit = std::chrono::milliseconds(0);  // report a problem at once
        drv::PrinterWorker printer(std::make_unique<drv::UsbPrinterPort>(kGadgetPrinter, usb_settings),
                                   printer_events.sink(), worker_settings);
        printer.start();
        {
            // A receipt as the till makes it, encoded by Kassa's ESC/POS encoder for the Epson profile:
            // Estonian and Russian lines (two code pages), the receipt's Code 128, the drawer's pulse and the
            // cut; longer than one bulk packet, so it spans several. The host decodes what the gadget read
            // with the test's own reader (run_usbvm.py, tests/support/escpos_decode.py).
            kassa::PaperDocument receipt;
            receipt.text("Kassa USB",
                         kassa::TextStyle{kassa::PaperAlign::center, true, true, true, kassa::PaperFont::a});
            for (int line = 0; line < 6; ++line) {
                receipt.text("Šokolaad, õun ja äädikas " + std::to_string(line));
                receipt.text("Платье шёлковое " + std::to_string(line));
            }
            receipt.barcode(kassa::PaperBarcode{"R1042"});
            receipt.pulse(kassa::DrawerPin::pin2);
            receipt.cut();
            const Bytes job = drv::encode_escpos(receipt, *drv::profile_by_name("epson_tm_t20"));
            Bytes received;
            std::thread reader([&] { received = gadget_printer.read(job.size()); });
            printer.submit(drv::PrintJob{"usb-1", job});
            const drv::PrintJobDone done = next_done(printer_events);
            reader.join();
            require(done.id == "usb-1" && done.outcome == drv::JobOutcome::printed,
                    "the job was not printed: " + std::string(drv::print_problem_name(done.problem)));
            require(received.size() == job.size(), "the printer gadget read " +
                                                       std::to_string(received.size()) +
                                                       " bytes, not the job's " + std::to_string(job.size()));
            // What the device side read, for the host's decoder: hex, 64 bytes a line (the console is a
            // serial line; a long line could be cut).
            static constexpr char kHex[] = "0123456789abcdef";
            for (std::size_t at = 0; at < received.size(); at += 64) {
                std::string hex;
                for (std::size_t i = at; i < std::min(received.size(), at + 64); ++i) {
                    hex += kHex[received[i] >> 4];
                    hex += kHex[received[i] & 0x0F];
                }
                std::cout << "USBVM PRINTED " << hex << '\n';
            }
            std::cout << std::flush;
        }
        // The worker keeps its USB printer claimed between jobs; stopping it gives the interface back.
        printer.stop();

        current = "printer_realtime_status";
        step(current);
        // A bidirectional printer also answers DLE EOT on its bulk IN endpoint (the port status has no cover
        // bit); the device side answers like a printer with its cover open.
        {
            int answered = 0;
            std::string responder_failure;
            // DLE EOT 1: offline; 2: cover open (no error bit, so 3 is not asked); 4: paper present.
            std::thread responder([&] {
                try {
                    answered = gadget_printer.answer_status_requests(3, {{1, 0x1A}, {2, 0x16}, {4, 0x12}});
                } catch (const std::exception& e) {
                    responder_failure = e.what();  // reported on the main thread after the join
                }
            });
            drv::UsbPrinterSettings realtime;
            realtime.realtime_status = true;
            drv::UsbPrinterPort port(kGadgetPrinter, realtime);
            const drv::PrintProblem opened = port.open();
            const drv::StatusResult st =
                opened == drv::PrintProblem::none ? port.query_status() : drv::StatusResult{opened, {}};
            port.close();
            responder.join();
            std::cout << "USBVM INFO realtime status problem=" << drv::print_problem_name(st.problem)
                      << " answered=" << answered << std::endl;
            require(responder_failure.empty(), responder_failure);
            require(answered == 3, "the host did not ask DLE EOT 1, 2 and 4");
            require(st.problem == drv::PrintProblem::none && st.status.cover_open && !st.status.online &&
                        drv::status_problem(st.status) == drv::PrintProblem::cover_open,
                    "the DLE EOT answers did not read as cover open");
        }

        current = "printer_paper_out";
        step(current);
        gadget_printer.set_status(PRINTER_NOT_ERROR | PRINTER_SELECTED | PRINTER_PAPER_EMPTY);
        {
            drv::UsbPrinterPort port(kGadgetPrinter, usb_settings);
            require(port.open() == drv::PrintProblem::none, "the printer could not be claimed");
            const auto raw = port.port_status();
            require(raw.has_value() && *raw == 0x38,
                    "GET_PORT_STATUS is not 0x38 (not-error, selected, paper empty)");
            const drv::StatusResult st = port.query_status();
            require(st.problem == drv::PrintProblem::none && st.status.paper_out &&
                        drv::status_problem(st.status) == drv::PrintProblem::paper_out,
                    "the port status did not read as paper out");
            port.close();
        }
        // A worker refuses the next job with the typed reason, and nothing of it reaches the printer.
        {
            drv::PrinterWorker second(std::make_unique<drv::UsbPrinterPort>(kGadgetPrinter, usb_settings),
                                      printer_events.sink(), worker_settings);
            second.start();
            second.submit(drv::PrintJob{"usb-2", Bytes{0x1B, 0x40, 'n', 'o', '\n'}});
            const drv::PrintJobDone done = next_done(printer_events);
            require(done.id == "usb-2" && done.outcome == drv::JobOutcome::not_printed &&
                        done.problem == drv::PrintProblem::paper_out,
                    "the job was not refused as paper_out");
            second.stop();
        }

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
