// `printer show|set`: the shop's receipt printer from the command line (the settings the till reads at start:
// printer_url, printer_profile, receipt_logo, drawer_pin; docs/printing.md). Checked with the drivers' own
// URL reader, profile table and logo loader before anything is saved; the change is audited like the owner's
// settings screen.
#include <iostream>

#include "commands.hpp"
#include "kassa/drivers/escpos.hpp"
#include "kassa/drivers/printer_port.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

struct PrinterOptions {
    std::string db;
    std::string url;
    std::string profile;
    std::string logo;
    std::string drawer_pin;
    bool none = false;
};

// Why an address is not one a printer port reads, said for the person who typed it.
std::string url_problem(kassa::drivers::PrinterUrlError error) {
    using E = kassa::drivers::PrinterUrlError;
    switch (error) {
        case E::unknown_scheme:
            return "it starts with neither tcp:// nor usb:";
        case E::missing_host:
            return "it names no host after tcp://";
        case E::bad_host:
            return "the host has a character no host name or address has";
        case E::bad_port:
            return "the port is not a number from 1 to 65535";
        case E::bad_usb_id:
            return "the USB vendor and product ids are four hex digits each, like usb:04b8:0e15";
        case E::trailing_text:
            return "something follows the address that is not part of it";
    }
    return "it is not a printer address";
}

void show(const kassa::store::ShopSettings& s) {
    if (s.printer_url.empty()) {
        std::cout << "no receipt printer: the till prints receipts through the desktop's printer dialog\n";
        return;
    }
    std::cout << "url\t" << s.printer_url << "\nprofile\t" << s.printer_profile << "\nlogo\t"
              << (s.receipt_logo.empty() ? "(none)" : s.receipt_logo) << "\ndrawer_pin\t" << s.drawer_pin
              << '\n';
}

}  // namespace

Runner add_printer_command(CLI::App& app) {
    auto o = std::make_shared<PrinterOptions>();
    auto* printer = app.add_subcommand("printer", "The shop's receipt printer: show it, set it");
    printer->require_subcommand(1);
    auto* show_cmd = printer->add_subcommand("show", "The receipt printer the till uses");
    show_cmd->add_option("--db", o->db, "the shop's database file")->required();
    auto* set =
        printer->add_subcommand("set", "Set the receipt printer (read by the till at its next start)");
    set->add_option("--db", o->db, "the shop's database file")->required();
    set->add_option("--url", o->url, "tcp://HOST[:PORT] or usb:VID:PID");
    set->add_option("--profile", o->profile, "epson_tm_t20, xprinter_80, generic_80, generic_58");
    set->add_option("--logo", o->logo, "a PNG printed at the top of each receipt ('' for none)");
    set->add_option("--drawer-pin", o->drawer_pin, "the kick-port pin of the drawer")
        ->check(CLI::IsMember({"2", "5"}));
    set->add_flag("--none", o->none, "no receipt printer: the desktop's printer dialog");
    return [o, set]() -> int {
        const auto shop = open_shop_or_say(o->db, kassa::till::ShopNeeds::file, "kassactl printer");
        if (!shop) {
            return 2;
        }
        kassa::store::Store& store = *shop->store;
        try {
            kassa::store::ShopSettings s = shop->settings;
            if (!set->parsed()) {
                show(s);
                return 0;
            }
            if (o->none) {
                s.printer_url.clear();
            }
            if (!o->url.empty()) {
                const auto address = kassa::drivers::parse_printer_url(o->url);
                if (const auto* error = std::get_if<kassa::drivers::PrinterUrlError>(&address)) {
                    std::cerr << "kassactl printer: --url: \"" << o->url << "\" is not a printer address ("
                              << url_problem(*error) << "): write tcp://HOST[:PORT] or usb:VID:PID\n";
                    return 2;
                }
                s.printer_url = o->url;
            }
            if (!o->profile.empty()) {
                if (kassa::drivers::profile_by_name(o->profile) == nullptr) {
                    std::cerr << "kassactl printer: --profile: no such profile (epson_tm_t20, xprinter_80, "
                                 "generic_80, generic_58)\n";
                    return 2;
                }
                s.printer_profile = o->profile;
            }
            if (set->count("--logo") > 0) {
                if (!o->logo.empty()) {
                    const auto* profile = kassa::drivers::profile_by_name(s.printer_profile);
                    const auto read =
                        kassa::drivers::load_logo(o->logo, profile != nullptr ? profile->dots_per_line : 576);
                    if (!read.image) {
                        std::cerr << "kassactl printer: --logo: " << o->logo
                                  << " is not a PNG or JPEG picture "
                                  << "Kassa can read\n";
                        return 2;
                    }
                }
                s.receipt_logo = o->logo;
            }
            if (!o->drawer_pin.empty()) {
                s.drawer_pin = o->drawer_pin;
            }
            store.shop().save_settings(s, kassa::store::Actor{"kassactl"},
                                       "receipt printer: " + (s.printer_url.empty() ? "none" : s.printer_url),
                                       kassa::sys::SystemClock().now());
            show(s);
            return 0;
        } catch (const kassa::store::SettingsError& e) {
            // --url was checked above, so this is an address already in the file (an older Kassa, a hand
            // edit) that the store will not save again.
            for (const auto& issue : e.issues()) {
                if (issue.problem == kassa::store::SettingsIssue::Problem::printer_url_unusable) {
                    std::cerr << "kassactl printer: the shop's printer address \"" << issue.value
                              << "\" is not usable; set one with --url tcp://HOST[:PORT] or usb:VID:PID, or "
                                 "--none\n";
                }
            }
            return 2;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << "kassactl printer: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
