// `devices` and live `scan`: the real USB stack from the command line (LibusbTransport and DeviceManager),
// for support people checking a till's scanners and receipt printers. Wiring and printing only.
#include <signal.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "commands.hpp"
#include "kassa/drivers/device_manager.hpp"
#include "kassa/drivers/hid_descriptor.hpp"
#include "kassa/drivers/libusb_transport.hpp"
#include "kassa/drivers/report_recorder.hpp"
#include "kassa/drivers/routing.hpp"
#include "kassa/drivers/usb_printer_port.hpp"

namespace kassactl {

namespace {

namespace drv = kassa::drivers;

std::string usb_text(drv::UsbId usb) {
    char text[10];
    std::snprintf(text, sizeof text, "%04x:%04x", static_cast<unsigned>(usb.vendor),
                  static_cast<unsigned>(usb.product));
    return text;
}

std::string why_not(drv::TransportError error) {
    switch (error) {
        case drv::TransportError::permission_denied:
            return "permission denied: install packaging/udev/69-kassa-usb.rules and plug it in again";
        case drv::TransportError::busy:
            return "busy: another program (a running till?) has it";
        case drv::TransportError::gone:
            return "unplugged while being checked";
        default:
            return "cannot be opened (try another USB port or cable)";
    }
}

std::string why_not(drv::PrintProblem problem) {
    switch (problem) {
        case drv::PrintProblem::none:
            return "ok: Kassa can print to it";
        case drv::PrintProblem::permission_denied:
            return "permission denied: install packaging/udev/69-kassa-usb.rules and plug it in again";
        case drv::PrintProblem::busy:
            return "busy: another program (CUPS, a running till?) has it";
        case drv::PrintProblem::not_found:
            return "unplugged while being checked";
        default:
            return "cannot be opened (try another USB port or cable)";
    }
}

// USB receipt printers: each as the URL the settings take, with its name, IEEE 1284 id and whether Kassa
// can claim it.
void list_printers() {
    const auto printers = drv::list_usb_printers();
    if (printers.empty()) {
        std::cout << "no USB receipt printer is plugged in\n";
        return;
    }
    for (const drv::UsbPrinterInfo& p : printers) {
        const std::string name = (p.manufacturer + " " + p.product_name);
        std::cout << drv::printer_url(drv::UsbPrinterAddress{p.vendor, p.product, p.serial})
                  << "  receipt printer  " << (name == " " ? "(no name)" : name) << "  "
                  << (p.device_id.empty() ? "" : "[" + p.device_id + "]  ") << why_not(p.problem) << '\n';
    }
}

void print_json(const nlohmann::json& j) {
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n' << std::flush;
}

void print_live(const drv::Event& e, drv::Timestamp origin) {
    const auto ms = [&](drv::Timestamp t) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(t - origin).count();
    };
    if (const auto* scan = std::get_if<drv::ScanEvent>(&e)) {
        print_json({{"type", "scan"},
                    {"ms", ms(scan->time)},
                    {"device", scan->device},
                    {"source", drv::source_kind_name(scan->source)},
                    {"symbology", scan->symbology ? scan->symbology->aim_id : ""},
                    {"name", scan->symbology ? scan->symbology->name : ""},
                    {"text", scan->text}});
    } else if (const auto* error = std::get_if<drv::ErrorEvent>(&e)) {
        print_json({{"type", "error"},
                    {"device", error->device},
                    {"code", drv::error_code_name(error->code)},
                    {"sentence", error->sentence}});
    } else if (const auto* status = std::get_if<drv::StatusEvent>(&e)) {
        print_json(
            {{"type", "status"},
             {"device", status->device},
             {"role", drv::device_role_name(status->role)},
             {"name", status->name},
             {"status", status->status == drv::DeviceStatus::connected ? "connected" : "disconnected"}});
    }
}

}  // namespace

std::optional<drv::UsbId> parse_usb_id(const std::string& text) {
    unsigned vendor = 0;
    unsigned product = 0;
    int used = 0;
    if (std::sscanf(text.c_str(), "%4x:%4x%n", &vendor, &product, &used) == 2 &&
        used == static_cast<int>(text.size())) {
        return drv::UsbId{static_cast<std::uint16_t>(vendor), static_cast<std::uint16_t>(product)};
    }
    if (std::sscanf(text.c_str(), "%4x%n", &vendor, &used) == 1 && used == static_cast<int>(text.size())) {
        return drv::UsbId{static_cast<std::uint16_t>(vendor), 0};
    }
    return std::nullopt;
}

int run_devices(const std::vector<drv::UsbId>& wedges) {
    std::optional<drv::LibusbTransport> usb;
    try {
        usb.emplace();
    } catch (const std::exception& e) {
        std::cout << "no USB devices can be seen on this machine (" << e.what() << ")\n";
        return 0;
    }
    const auto devices = usb->snapshot();
    if (devices.empty()) {
        std::cout << "no USB HID devices are plugged in: no scanner or card reader found\n";
        list_printers();
        return 0;
    }
    int scanners = 0;
    for (const drv::DeviceInfo& info : devices) {
        const drv::DeviceRole role =
            drv::classify_device(drv::parse_report_descriptor(info.report_descriptor), info.usb, wedges);
        std::cout << info.id << "  " << usb_text(info.usb) << "  "
                  << (info.name.empty() ? "(no name)" : info.name) << "  ";
        if (role == drv::DeviceRole::unknown) {
            std::cout << (info.report_descriptor.empty() ? "unknown (its report descriptor cannot be read)"
                                                         : "not a scanner: left to the desktop")
                      << '\n';
            continue;
        }
        ++scanners;
        std::cout << drv::device_role_name(role) << "  ";
        // Open and claim, then give it back at once: the same steps the till takes, so the answer is the
        // till's answer (a claim also tells whether another program holds it).
        drv::OpenResult opened = usb->open(info);
        drv::TransportError error = opened.error;
        if (opened.connection) {
            error = opened.connection->claim();
            opened.connection->release();
            opened.connection->close();
        }
        std::cout << (error == drv::TransportError::none ? std::string("ok: Kassa can read it")
                                                         : why_not(error))
                  << '\n';
    }
    if (scanners == 0) {
        std::cout << "no scanner or card reader found (" << devices.size()
                  << " other USB HID interfaces are left alone)\n";
    }
    list_printers();
    return 0;
}

int run_live_scan(const std::vector<drv::UsbId>& wedges, const std::string& record_file) {
    // Blocked before any thread starts, so every thread inherits the mask and the signals wait for the
    // loop below, which ends the run cleanly (devices released, the recording flushed).
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    std::optional<drv::LibusbTransport> usb;
    try {
        usb.emplace();
    } catch (const std::exception& e) {
        std::cerr << "kassactl scan: " << e.what() << '\n';
        return 2;
    }
    const drv::Timestamp origin = std::chrono::steady_clock::now();
    std::ofstream file;
    std::optional<drv::ReportRecorder> recorder;
    if (!record_file.empty()) {
        file.open(record_file, std::ios::out | std::ios::trunc);
        if (!file) {
            std::cerr << "kassactl scan: cannot write " << record_file << '\n';
            return 2;
        }
        file << "# kassactl scan --record: one report per line, ms since the start and the bytes in hex\n";
        recorder.emplace(file, origin);
    }
    drv::RecordingTransport transport(*usb, [&recorder](const drv::DeviceInfo& d, const drv::ReadResult& r) {
        if (recorder) {
            recorder->report(d, r);
        }
    });
    drv::EventQueue events;
    drv::ManagerSettings settings;
    settings.extra_wedges = wedges;
    drv::DeviceManager manager(transport, events, settings);
    manager.start();
    std::cerr << "kassactl scan: reading scanners and card readers ("
              << (usb->uses_hotplug() ? "hotplug" : "polling") << "); Ctrl-C stops\n";
    const auto handle = [&](const drv::Event& e) {
        if (recorder) {
            recorder->event(e);
        }
        print_live(e, origin);
    };
    for (;;) {
        // The wait is bounded so a signal is noticed within 100 ms; events wake it at once.
        if (auto e = events.wait_pop(std::chrono::milliseconds(100))) {
            handle(*e);
        }
        const timespec now{0, 0};
        if (sigtimedwait(&stop_signals, nullptr, &now) >= 0) {
            break;
        }
    }
    manager.stop();
    for (const drv::Event& e : events.drain()) {
        handle(e);
    }
    if (recorder) {
        recorder->finish();
    }
    std::cerr << "kassactl scan: stopped\n";
    return 0;
}

}  // namespace kassactl
