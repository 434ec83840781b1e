#include <filesystem>
#include <iostream>
#include <map>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "commands.hpp"
#include "kassa/core/printer_url.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/store/text_limits.hpp"
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

struct InitOptions {
    std::string name;
    std::string country;
    std::string zone;
    std::string currency;
};

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string upper(std::string text) {
    for (char& c : text) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return text;
}

// A new shop's settings from db init's flags, read as the owner's settings screen reads its fields (the
// name and zone trimmed, the country in capitals) and checked by the same store::check_settings; the
// sentences of what is wrong, one per issue, empty when the shop can be made.
std::vector<std::string> init_settings(const CLI::App& init, const InitOptions& o,
                                       kassa::store::ShopSettings& s) {
    if (init.count("--name") > 0) {
        s.name = trimmed(o.name);
    }
    if (init.count("--country") > 0) {
        s.phone_country = upper(trimmed(o.country));
    }
    if (init.count("--zone") > 0) {
        s.time_zone = trimmed(o.zone);
    }
    if (init.count("--currency") > 0) {
        s.currency = upper(trimmed(o.currency));
    }
    std::vector<std::string> sentences;
    // The lengths first: a value the store would refuse must not leave a half-made file behind.
    const std::vector<std::pair<kassa::store::TextField, const std::string*>> bounded{
        {kassa::store::TextField::shop_name, &s.name},
        {kassa::store::TextField::setting_code, &s.phone_country},
        {kassa::store::TextField::setting_code, &s.time_zone},
        {kassa::store::TextField::setting_code, &s.currency}};
    for (const auto& [field, text] : bounded) {
        if (!kassa::store::text_fits(field, *text)) {
            sentences.push_back(kassa::store::english_sentence(kassa::store::StoreRefusal{
                kassa::store::StoreProblem::text_too_long,
                {field, static_cast<std::int64_t>(kassa::store::text_limit(field))}}));
            return sentences;
        }
    }
    const std::map<std::string, std::string> flag_of{{"name", "--name"},
                                                     {"phone_country", "--country"},
                                                     {"time_zone", "--zone"},
                                                     {"currency", "--currency"}};
    for (const auto& issue : kassa::store::check_settings(s)) {
        const auto flag = flag_of.find(settings_key(issue.problem));
        sentences.push_back(settings_issue_sentence(
            issue, flag != flag_of.end() ? flag->second : settings_key(issue.problem)));
    }
    return sentences;
}

int run_init(const std::string& path, const CLI::App& init, const InitOptions& options) {
    if (std::filesystem::exists(path)) {
        std::cerr << "kassactl db init: " << path << " already exists; nothing was changed\n";
        return 2;
    }
    kassa::store::ShopSettings settings;
    const std::vector<std::string> refused = init_settings(init, options, settings);
    if (!refused.empty()) {
        std::string line;
        for (const std::string& sentence : refused) {
            line += (line.empty() ? "" : "; ") + sentence;
        }
        std::cerr << "kassactl db init: " << line << "; nothing was created\n";
        return 2;
    }
    try {
        {
            kassa::store::Store store(path, kassa::store::Database::Mode::create_if_missing);
            store.shop().save_settings(settings);
        }
        std::cout << "ok: created " << path << " for " << settings.name << " (" << settings.time_zone
                  << ", phones of " << settings.phone_country << ", " << settings.currency << ")\n";
        return 0;
    } catch (const kassa::store::StoreError& e) {
        // The file was made here a moment ago: a shop without its settings is not left behind.
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path + suffix, ignored);
        }
        std::cerr << "kassactl db init: " << e.what() << '\n';
        return 2;
    }
}

}  // namespace

Runner add_db_commands(CLI::App& app) {
    auto db_path = std::make_shared<std::string>();
    auto destination = std::make_shared<std::string>();
    auto* db = app.add_subcommand("db", "Check the shop's database");
    db->require_subcommand(1);
    auto* init = db->add_subcommand("init", "Create an empty shop database (settings only) at --db");
    init->add_option("--db", *db_path, "the shop's database file to create")->required();
    auto init_options = std::make_shared<InitOptions>();
    init->add_option("--name", init_options->name, "the shop's name, printed on every receipt");
    init->add_option("--country", init_options->country,
                     "the country of phone numbers typed without + (ISO 3166: EE, LV, FI, ...; default EE)");
    init->add_option("--zone", init_options->zone, "the shop's time zone (IANA: default Europe/Tallinn)");
    init->add_option("--currency", init_options->currency, "the shop's currency (ISO 4217: default EUR)");
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
    return [db_path, destination, now_text, init, init_options, check, expire, segments]() -> int {
        if (init->parsed()) {
            return run_init(*db_path, *init, *init_options);
        }
        const auto shop = open_shop_or_say(*db_path, kassa::till::ShopNeeds::file, "kassactl");
        if (!shop) {
            return 2;
        }
        kassa::store::Store& store = *shop->store;
        try {
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
                const std::string url = shop->settings.printer_url;
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
