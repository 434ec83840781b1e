#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassactl {

namespace {

namespace fs = std::filesystem;

// The boutique's rules ship with Kassa: next to an installed kassactl (../share/kassa/rules), or in the
// source tree above a build folder. Empty when neither is there; --rules then says where.
std::string default_rules_file() {
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (error) {
        return {};
    }
    const fs::path installed =
        exe.parent_path().parent_path() / "share" / "kassa" / "rules" / "boutique.json";
    if (fs::exists(installed, error)) {
        return installed.string();
    }
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
        const fs::path candidate = dir / "resources" / "rules" / "boutique.json";
        if (fs::exists(candidate, error)) {
            return candidate.string();
        }
    }
    return {};
}

std::string thousands(std::int64_t n) {
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

}  // namespace

Runner add_demo_command(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "demo", "Create a demo shop in a new file: a boutique's catalog, customers and sales history");
    auto db_path = std::make_shared<std::string>();
    auto rules_path = std::make_shared<std::string>();
    auto end_text = std::make_shared<std::string>();
    auto options = std::make_shared<kassa::store::DemoOptions>();
    cmd->add_option("--db", *db_path, "the shop's database file to create (never overwritten)")->required();
    cmd->add_option("--customers", options->customers, "customers to enrol (default 2000)")
        ->check(CLI::Range(0, 10'000'000));
    cmd->add_option("--days", options->days, "days of sales history (default 365)")
        ->check(CLI::Range(1, 36'600));
    cmd->add_option("--seed", options->seed, "the same seed and end day give the same shop (default 1)");
    cmd->add_option("--end", *end_text,
                    "last day of the history, YYYY-MM-DD (default yesterday in the shop's zone)");
    cmd->add_option("--rules", *rules_path,
                    "rules document (default: the boutique's, resources/rules/boutique.json)");
    return [db_path, rules_path, end_text, options]() -> int {
        // Refused before anything is read or written: a demo must never land on a real shop.
        if (fs::exists(*db_path)) {
            std::cerr << "kassactl demo: " << *db_path << " already exists; nothing was changed\n";
            return 2;
        }
        const std::string rules_file = rules_path->empty() ? default_rules_file() : *rules_path;
        if (rules_file.empty()) {
            std::cerr
                << "kassactl demo: the boutique's rules were not found next to kassactl; give --rules FILE\n";
            return 2;
        }
        std::string document;
        std::optional<kassa::Rules> rules;
        try {
            document = read_input(rules_file);
            auto read = kassa::json::read_rules(nlohmann::json::parse(document));
            if (!read.errors.empty()) {
                std::cerr << "kassactl demo: " << rules_file << ": " << kassa::json::describe(read.errors)
                          << '\n';
                return 2;
            }
            rules = std::move(read.rules);
        } catch (const nlohmann::json::parse_error&) {
            std::cerr << "kassactl demo: " << rules_file << " is not valid JSON\n";
            return 2;
        } catch (const nlohmann::json::out_of_range&) {
            // What parse throws for a number too large for a double (1e400); read_rules throws nothing.
            std::cerr << "kassactl demo: " << rules_file << " is not valid JSON (a number is too large)\n";
            return 2;
        } catch (const std::exception& e) {
            std::cerr << "kassactl demo: " << e.what() << '\n';
            return 2;
        }
        try {
            const auto zone =
                kassa::sys::load_time_zone(rules->time_zone.empty() ? "Europe/Tallinn" : rules->time_zone);
            if (end_text->empty()) {
                const auto today = zone->to_local(kassa::sys::SystemClock().now()).date;
                options->last_day =
                    std::chrono::year_month_day{std::chrono::sys_days{today} - std::chrono::days{1}};
            } else {
                try {
                    options->last_day = kassa::parse_date(*end_text);
                } catch (const std::invalid_argument& e) {
                    std::cerr << "kassactl demo: --end: " << e.what() << '\n';
                    return 2;
                }
            }
            const kassa::CompiledRules compiled(std::move(*rules), zone);
            const auto r = kassa::store::make_demo_shop(*db_path, *options, compiled, document);
            const auto tenths = r.elapsed.count() / 100;
            std::cout << "ok: demo shop written to " << *db_path << '\n'
                      << "  products   " << thousands(r.products) << '\n'
                      << "  customers  " << thousands(r.customers) << " (" << thousands(r.anonymous_cards)
                      << " anonymous cards)\n"
                      << "  receipts   " << thousands(r.receipts) << " (" << thousands(r.anonymous_receipts)
                      << " without a card) from " << kassa::format_date(r.first_day) << " to "
                      << kassa::format_date(r.last_day) << ", " << thousands(r.refunds) << " refunds\n"
                      << "  revenue    "
                      << kassa::format_money(r.revenue, compiled.currency_digits(), kassa::Language::en)
                      << ' ' << compiled.rules().currency << '\n'
                      << "  points     " << thousands(r.points_issued.value()) << " issued, "
                      << thousands(r.points_redeemed.value()) << " redeemed, "
                      << thousands(r.points_expired.value()) << " expired\n"
                      << "  coupons    " << thousands(r.coupons_issued) << " issued, "
                      << thousands(r.coupons_used) << " used\n"
                      << "  took       " << tenths / 10 << '.' << tenths % 10 << " s\n";
            return 0;
        } catch (const kassa::sys::UnknownTimeZone& e) {
            std::cerr << "kassactl demo: time_zone: " << e.what() << '\n';
        } catch (const kassa::store::StoreError& e) {
            std::cerr << "kassactl demo: " << e.what() << '\n';
        } catch (const kassa::InvalidRules& e) {
            std::cerr << "kassactl demo: the rules are not valid\n";
        }
        return 2;
    };
}

}  // namespace kassactl
