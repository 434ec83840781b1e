// `settings show|set`: the shop's settings from the command line. `set` goes through the same call as the
// owner's settings screen (kassa::till::change_settings): checked by store::check_settings, the currency
// kept (it is the rules document's), one `settings_changed` audit entry by --actor naming each field's old
// and new value. Wiring and wording only.
#include <charconv>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "commands.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/sys/system_clock.hpp"

namespace kassactl {

namespace {

namespace st = kassa::store;

struct SettingsOptions {
    std::string db;
    bool json = false;
    std::vector<std::string> assignments;
    std::string actor;
};

// The keys in the order show lists them; `currency` is shown and never set here.
const std::vector<std::string>& keys() {
    static const std::vector<std::string> list{"name",
                                               "currency",
                                               "time_zone",
                                               "phone_country",
                                               "language",
                                               "receipt_header",
                                               "cash_movement_limit",
                                               "printer_url",
                                               "printer_profile",
                                               "receipt_logo",
                                               "drawer_pin",
                                               "sync_interval"};
    return list;
}

int digits_of(const st::ShopSettings& s) {
    return kassa::currency_minor_digits(s.currency).value_or(2);
}

std::string money_text(kassa::Money amount, int digits) {
    return kassa::format_money(amount, digits, kassa::Language::en);
}

// An amount as the owner writes it: whole units, or units and at most `digits` decimals after '.' or ','
// ("50", "50.5", "49,90"), with an optional minus sign that the check then refuses in its own words.
std::optional<kassa::Money> parse_amount(const std::string& text, int digits) {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) {
        ++i;
    }
    std::int64_t units = 0;
    std::size_t whole_digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++whole_digits) {
        if (whole_digits == 12) {
            return std::nullopt;
        }
        units = units * 10 + (text[i] - '0');
    }
    int decimals = 0;
    std::int64_t fraction = 0;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        ++i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (++decimals > digits) {
                return std::nullopt;
            }
            fraction = fraction * 10 + (text[i] - '0');
        }
    }
    if (i != text.size() || whole_digits == 0) {
        return std::nullopt;
    }
    for (int d = decimals; d < digits; ++d) {
        fraction *= 10;
    }
    std::int64_t scale = 1;
    for (int d = 0; d < digits; ++d) {
        scale *= 10;
    }
    const std::int64_t minor = units * scale + fraction;
    return kassa::Money::minor(negative ? -minor : minor);
}

std::string value_of(const st::ShopSettings& s, const std::string& key) {
    if (key == "name") {
        return s.name;
    }
    if (key == "currency") {
        return s.currency;
    }
    if (key == "time_zone") {
        return s.time_zone;
    }
    if (key == "phone_country") {
        return s.phone_country;
    }
    if (key == "language") {
        return s.language;
    }
    if (key == "receipt_header") {
        return s.receipt_header;
    }
    if (key == "cash_movement_limit") {
        return money_text(s.cash_movement_limit, digits_of(s));
    }
    if (key == "printer_url") {
        return s.printer_url;
    }
    if (key == "printer_profile") {
        return s.printer_profile;
    }
    if (key == "receipt_logo") {
        return s.receipt_logo;
    }
    if (key == "sync_interval") {
        return std::to_string(s.sync_interval_seconds);
    }
    return s.drawer_pin;
}

void show_text(const st::ShopSettings& s) {
    for (const std::string& key : keys()) {
        std::string value = value_of(s, key);
        if (key == "cash_movement_limit") {
            value += ' ' + s.currency;
        }
        if (key == "sync_interval") {
            value += " s";  // a till that joined an office database syncs this often, and after each sale
        }
        if (value.empty()) {
            value = key == "printer_url" ? "(none: the desktop's printer dialog)" : "(none)";
        }
        // A header of several lines: each under the first, so the block reads as it prints.
        std::string shown;
        for (const char c : value) {
            shown += c;
            if (c == '\n') {
                shown += std::string(21, ' ');
            }
        }
        std::cout << std::left << std::setw(21) << key << shown << '\n';
    }
}

void show_json(const st::ShopSettings& s) {
    nlohmann::json out = nlohmann::json::object();
    for (const std::string& key : keys()) {
        out[key] = value_of(s, key);
    }
    // Money in minor units, as every JSON kassactl writes.
    out["cash_movement_limit"] = s.cash_movement_limit.minor_units();
    out["currency_digits"] = digits_of(s);
    out["sync_interval"] = s.sync_interval_seconds;  // seconds
    std::cout << out.dump(2) << '\n';
}

// Applies KEY=VALUE to `s`; the sentence of what is wrong with it, or nothing. Values are read as the
// settings screen reads its fields: the name and zone trimmed, the country in capitals.
std::optional<std::string> assign(st::ShopSettings& s, const std::string& key, const std::string& value) {
    const auto trimmed = [](const std::string& text) {
        const auto first = text.find_first_not_of(" \t");
        return first == std::string::npos ? std::string()
                                          : text.substr(first, text.find_last_not_of(" \t") - first + 1);
    };
    if (key == "name") {
        s.name = trimmed(value);
    } else if (key == "time_zone") {
        s.time_zone = trimmed(value);
    } else if (key == "phone_country") {
        s.phone_country = trimmed(value);
        for (char& c : s.phone_country) {
            if (c >= 'a' && c <= 'z') {
                c = static_cast<char>(c - 'a' + 'A');
            }
        }
    } else if (key == "language") {
        s.language = trimmed(value);
    } else if (key == "receipt_header") {
        s.receipt_header = trimmed(value);
    } else if (key == "cash_movement_limit") {
        const auto amount = parse_amount(trimmed(value), digits_of(s));
        if (!amount) {
            return "cash_movement_limit: \"" + value + "\" is not an amount; write it like 50.00";
        }
        s.cash_movement_limit = *amount;
    } else if (key == "printer_url") {
        s.printer_url = trimmed(value);
    } else if (key == "printer_profile") {
        s.printer_profile = trimmed(value);
    } else if (key == "receipt_logo") {
        s.receipt_logo = trimmed(value);
    } else if (key == "drawer_pin") {
        if (value != "2" && value != "5") {
            return "drawer_pin: the drawer hangs on kick-port pin 2 or 5";
        }
        s.drawer_pin = value;
    } else if (key == "sync_interval") {
        // Whole seconds; the range is store::check_settings's, worded like the other issues.
        const std::string seconds = trimmed(value);
        int parsed = 0;
        const auto [end, ec] = std::from_chars(seconds.data(), seconds.data() + seconds.size(), parsed);
        if (seconds.empty() || ec != std::errc() || end != seconds.data() + seconds.size()) {
            return "sync_interval: \"" + value + "\" is not a number of seconds; write it like 5";
        }
        s.sync_interval_seconds = parsed;
    } else if (key == "currency") {
        return "currency: the shop's currency is the loyalty rules' (every amount in them is in it) and is "
               "chosen with kassactl db init --currency; it cannot be changed here";
    } else {
        std::string known;
        for (const std::string& k : keys()) {
            if (k != "currency") {
                known += (known.empty() ? "" : ", ") + k;
            }
        }
        return "\"" + key + "\" is not a setting; the settings are " + known;
    }
    return std::nullopt;
}

int run_set(kassa::till::Shop& shop, const SettingsOptions& o) {
    st::ShopSettings wanted = shop.settings;
    std::set<std::string> seen;
    for (const std::string& assignment : o.assignments) {
        const auto equals = assignment.find('=');
        if (equals == std::string::npos || equals == 0) {
            std::cerr << "kassactl settings set: \"" << assignment
                      << "\" is not KEY=VALUE; nothing was saved\n";
            return 2;
        }
        const std::string key = assignment.substr(0, equals);
        if (!seen.insert(key).second) {
            std::cerr << "kassactl settings set: " << key << " is given twice; nothing was saved\n";
            return 2;
        }
        if (const auto refused = assign(wanted, key, assignment.substr(equals + 1))) {
            std::cerr << "kassactl settings set: " << *refused << "; nothing was saved\n";
            return 2;
        }
    }
    const kassa::till::SettingsChange change = kassa::till::change_settings(
        *shop.store, wanted, st::Actor{o.actor}, kassa::sys::SystemClock().now());
    if (!change.issues.empty()) {
        std::string line;
        for (const st::SettingsIssue& issue : change.issues) {
            line += (line.empty() ? "" : "; ") + settings_issue_sentence(issue, settings_key(issue.problem));
        }
        std::cerr << "kassactl settings set: " << line << "; nothing was saved\n";
        return 2;
    }
    if (!change.saved()) {
        std::cout << "ok: nothing changed\n";
        return 0;
    }
    std::cout << "ok: saved by " << o.actor
              << " (the till reads the settings when it starts): " << change.changes << '\n';
    return 0;
}

}  // namespace

Runner add_settings_commands(CLI::App& app) {
    auto o = std::make_shared<SettingsOptions>();
    auto* settings = app.add_subcommand("settings", "The shop's settings: show them, set them");
    settings->require_subcommand(1);
    auto* show = settings->add_subcommand("show", "Every setting of the shop");
    show->add_option("--db", o->db, "the shop's database file")->required();
    show->add_flag("--json", o->json, "as JSON (the cash limit in minor units)");
    auto* set = settings->add_subcommand(
        "set", "Change settings, checked and audited like the owner's settings screen");
    set->add_option("--db", o->db, "the shop's database file")->required();
    set->add_option("KEY=VALUE", o->assignments,
                    "name, time_zone, phone_country, language, receipt_header, cash_movement_limit, "
                    "printer_url, printer_profile, receipt_logo, drawer_pin, sync_interval (seconds)")
        ->required();
    set->add_option("--actor", o->actor, "who changes them (for the audit log)")->required();
    return [o, set]() -> int {
        const std::string command = set->parsed() ? "kassactl settings set" : "kassactl settings show";
        auto shop = open_shop_or_say(o->db, kassa::till::ShopNeeds::file, command);
        if (!shop) {
            return 2;
        }
        try {
            if (set->parsed()) {
                return run_set(*shop, *o);
            }
            if (o->json) {
                show_json(shop->settings);
            } else {
                show_text(shop->settings);
            }
            return 0;
        } catch (const st::StoreError& e) {
            std::cerr << command << ": " << e.what() << '\n';
            return 2;
        }
    };
}

}  // namespace kassactl
