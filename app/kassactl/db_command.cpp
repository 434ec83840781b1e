#include <filesystem>
#include <iostream>
#include <string_view>
#include <variant>

#include "commands.hpp"
#include "kassa/core/printer_url.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/vat_settings.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

std::string_view why_unusable(kassa::PrinterUrlError error) {
    using E = kassa::PrinterUrlError;
    switch (error) {
        case E::unknown_scheme:
            return "it starts with neither tcp:// nor usb:";
        case E::missing_host:
            return "it names no host";
        case E::bad_host:
            return "the host has a character no host name or address has";
        case E::bad_port:
            return "the port is not a number from 1 to 65535";
        case E::bad_usb_id:
            return "VID and PID are four hex digits each";
        case E::trailing_text:
            return "something follows the address";
    }
    return "it is not a printer address";
}

}  // namespace

Runner add_db_commands(CLI::App& app) {
    auto db_path = std::make_shared<std::string>();
    auto destination = std::make_shared<std::string>();
    auto* db = app.add_subcommand("db", "Check the shop's database");
    db->require_subcommand(1);
    auto* init = db->add_subcommand("init", "Create an empty shop database (settings only) at --db");
    init->add_option("--db", *db_path, "the shop's database file to create")->required();
    auto* check = db->add_subcommand(
        "check", "integrity, foreign keys, balances against the ledger (exit 1 on problems)");
    check->add_option("--db", *db_path, "the shop's database file")->required();
    auto now_text = std::make_shared<std::string>();
    auto* expire =
        app.add_subcommand("expire", "Expire the points whose time has come (the nightly job runs it)");
    expire->add_option("--db", *db_path, "the shop's database file")->required();
    expire->add_option("--now", *now_text,
                       "the moment to expire at (ISO 8601 with offset); the clock when absent");
    auto* segments =
        app.add_subcommand("segments", "Recompute the customers' segments (the nightly job runs it)");
    segments->add_option("--db", *db_path, "the shop's database file")->required();
    segments->add_option("--now", *now_text,
                         "the moment to compute at (ISO 8601 with offset); the clock when absent");
    auto* backup = app.add_subcommand("backup", "Copy the shop's database online, verified, to DEST");
    backup->add_option("--db", *db_path, "the shop's database file")->required();
    backup->add_option("DEST", *destination, "the backup file to write")->required();
    return [db_path, destination, now_text, init, check, expire, segments]() -> int {
        try {
            if (init->parsed()) {
                if (std::filesystem::exists(*db_path)) {
                    std::cerr << "kassactl: " << *db_path << " already exists; nothing was changed\n";
                    return 2;
                }
                kassa::store::Store store(*db_path, kassa::store::Database::Mode::create_if_missing);
                store.shop().save_settings(kassa::store::ShopSettings{});
                std::cout << "ok: created " << *db_path << '\n';
                return 0;
            }
            kassa::store::Store store(*db_path, kassa::store::Database::Mode::open_existing);
            if (check->parsed()) {
                const auto problems = store.maintenance().check();
                for (const auto& p : problems) {
                    std::cout << p << '\n';
                }
                // Not a fault of the file: products sold at 0% until the owner gives them a rate
                // (docs/vat.md).
                const auto without_vat = kassa::store::VatSettings(store).products_without_rate();
                for (const auto& p : without_vat) {
                    std::cout << "warning: " << p.sku << " ("
                              << (p.category.empty() ? "no category" : p.category)
                              << ") has no VAT rate and is sold at 0%: kassactl vat set\n";
                }
                // Not a fault of the file either, but every receipt would wait in the print queue for a
                // printer the till can never reach (a file written by an older Kassa, or by hand).
                const std::string url = store.shop().settings().printer_url;
                if (!url.empty()) {
                    const auto parsed = kassa::parse_printer_url(url);
                    if (const auto* error = std::get_if<kassa::PrinterUrlError>(&parsed)) {
                        std::cout
                            << "warning: the receipt printer address \"" << url
                            << "\" is unusable: " << why_unusable(*error)
                            << "; write it as tcp://HOST[:PORT] or usb:VID:PID with kassactl printer set\n";
                    }
                }
                if (!problems.empty()) {
                    std::cout << problems.size() << (problems.size() == 1 ? " problem\n" : " problems\n");
                    return 1;
                }
                std::cout << "ok: " << *db_path << " is sound\n";
                return 0;
            }
            kassa::Instant now = kassa::sys::SystemClock().now();
            if (!now_text->empty()) {
                try {
                    now = kassa::parse_timestamp(*now_text).instant;
                } catch (const std::invalid_argument& e) {
                    std::cerr << "kassactl: --now: " << e.what() << '\n';
                    return 2;
                }
            }
            if (segments->parsed()) {
                const auto run = store.maintenance().recompute_segments(now);
                std::cout << "ok: " << run.customers << " customers;";
                for (const auto& [name, members] : run.counts) {
                    std::cout << ' ' << name << ' ' << members;
                }
                std::cout << '\n';
                return 0;
            }
            if (expire->parsed()) {
                const auto run = store.maintenance().run_expiry(now);
                std::cout << "ok: " << run.points.value() << " points of " << run.lots << " lots expired for "
                          << run.customers << " customers\n";
                return 0;
            }
            store.maintenance().backup(*destination);
            std::cout << "ok: backup written to " << *destination << " and verified\n";
            return 0;
        } catch (const kassa::store::StoreError& e) {
            std::cerr << "kassactl: " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
