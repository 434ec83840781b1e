#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.hpp"
#include "kassa/core/messages.hpp"
#include "kassa/core_json/rules_diff.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/system_clock.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassactl {

namespace {

// A rules document read and checked like `rules check` does: the rules, or the problems found.
struct ReadDocument {
    std::optional<kassa::Rules> rules;
    std::shared_ptr<const kassa::TimeZone> zone;  // the document's own time_zone; null when it names none
    std::vector<kassa::RuleError> errors;
    std::string unreadable;  // not JSON, or the file could not be read: a sentence
};

ReadDocument read_document(const std::string& text) {
    ReadDocument out;
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        // parse_error, or out_of_range for a number too large for a double (1e400).
        const std::string what = e.what();
        out.unreadable = "not valid JSON (" + what.substr(what.find(']') + 2) + ")";
        return out;
    }
    auto read = kassa::json::read_rules(document);
    if (read.errors.empty() && !read.rules->time_zone.empty()) {
        // A document for another computer's zone database is checked against this one's.
        try {
            out.zone = kassa::sys::load_time_zone(read.rules->time_zone);
        } catch (const kassa::sys::UnknownTimeZone& e) {
            read.errors.push_back(
                {"time_zone", e.what(), kassa::RuleProblem::unknown_time_zone, read.rules->time_zone});
        }
    }
    out.errors = std::move(read.errors);
    if (out.errors.empty()) {
        out.rules = std::move(read.rules);
    }
    return out;
}

void print_problems(const std::vector<kassa::RuleError>& errors) {
    for (const auto& e : errors) {
        std::cout << e.path << ": " << e.reason << '\n';
    }
    std::cout << errors.size() << (errors.size() == 1 ? " problem" : " problems")
              << "; the document was not applied\n";
}

nlohmann::json side_json(const kassa::store::WhatIfSide& side) {
    nlohmann::json by_program = nlohmann::json::object();
    for (const auto& [program, amount] : side.discount_by_program) {
        by_program[program] = amount.minor_units();
    }
    return {{"gross", side.gross.minor_units()},
            {"discount", side.discount.minor_units()},
            {"points_earned", side.points_earned.value()},
            {"discount_by_program", by_program}};
}

std::string signed_money(kassa::Money amount, int digits) {
    const std::string text = kassa::format_money(amount, digits, kassa::Language::en);
    return amount.minor_units() > 0 ? "+" + text : text;
}

struct WhatIfOptions {
    std::string db;
    std::string draft;
    int days = 30;
    std::string format = "text";
    std::string now;
};

int run_what_if(const WhatIfOptions& o) {
    std::string draft_text;
    try {
        draft_text = read_input(o.draft);
    } catch (const std::exception& e) {
        std::cerr << "kassactl rules whatif: " << e.what() << '\n';
        return 2;
    }
    const ReadDocument draft = read_document(draft_text);
    if (!draft.unreadable.empty()) {
        std::cerr << "kassactl rules whatif: the draft is " << draft.unreadable << '\n';
        return 2;
    }
    if (!draft.errors.empty()) {
        print_problems(draft.errors);
        return 1;
    }
    // The shop's rules as the till runs them; the draft in its own zone, else in theirs (as the till's
    // rules editor previews it).
    auto shop = open_shop_or_say(o.db, kassa::till::ShopNeeds::rules, "kassactl rules whatif");
    if (!shop) {
        return 2;
    }
    kassa::store::Store& store = *shop->store;
    const kassa::CompiledRules& current_rules = *shop->rules;
    const kassa::Rules* const current = &current_rules.rules();
    try {
        const kassa::CompiledRules draft_rules(*draft.rules, draft.zone ? draft.zone : shop->zone);
        if (draft_rules.currency_digits() != current_rules.currency_digits() ||
            draft.rules->currency != current->currency) {
            std::cerr << "kassactl rules whatif: the draft is in " << draft.rules->currency
                      << ", the shop's rules in " << current->currency
                      << ": a preview compares the same money only\n";
            return 2;
        }
        const kassa::Instant to =
            o.now.empty() ? kassa::sys::SystemClock().now() : kassa::parse_timestamp(o.now).instant;
        const kassa::Instant from = kassa::add_calendar_days(to, -o.days, current_rules.zone());
        const kassa::store::WhatIf w = store.rules().what_if(current_rules, draft_rules, from, to);
        const int digits = current_rules.currency_digits();
        if (o.format == "json") {
            nlohmann::json out{{"from", kassa::format_timestamp(from, current_rules.zone())},
                               {"to", kassa::format_timestamp(to, current_rules.zone())},
                               {"currency", current->currency},
                               {"receipts", w.receipts},
                               {"customers", w.customers},
                               {"receipts_changed", w.receipts_changed},
                               {"customers_affected", w.customers_affected},
                               {"skipped", w.skipped},
                               {"current", side_json(w.current)},
                               {"draft", side_json(w.draft)}};
            std::cout << out.dump(2) << '\n';
            return 0;
        }
        const auto money = [digits](kassa::Money m) {
            return kassa::format_money(m, digits, kassa::Language::en);
        };
        std::ostringstream text;
        text << "The last " << o.days << " days' receipts (" << w.receipts << ", " << w.customers
             << " customers) quoted with the shop's rules (version " << shop->rules_version
             << ") and with the draft:\n";
        text << std::left << std::setw(22) << "" << std::right << std::setw(14) << "current" << std::setw(14)
             << "draft" << std::setw(14) << "change" << '\n';
        text << std::left << std::setw(22) << "discount cost (" + current->currency + ")" << std::right
             << std::setw(14) << money(w.current.discount) << std::setw(14) << money(w.draft.discount)
             << std::setw(14) << signed_money(w.draft.discount - w.current.discount, digits) << '\n';
        const std::int64_t points_change = w.draft.points_earned.value() - w.current.points_earned.value();
        text << std::left << std::setw(22) << "points issued" << std::right << std::setw(14)
             << w.current.points_earned.value() << std::setw(14) << w.draft.points_earned.value()
             << std::setw(14) << ((points_change > 0 ? "+" : "") + std::to_string(points_change)) << '\n';
        text << "receipts that change: " << w.receipts_changed
             << "; customers affected: " << w.customers_affected << '\n';
        if (w.skipped > 0) {
            text << w.skipped << " receipts left out: they cannot be quoted with today's catalog\n";
        }
        std::map<std::string, std::pair<kassa::Money, kassa::Money>> programs;
        for (const auto& [program, amount] : w.current.discount_by_program) {
            programs[program].first = amount;
        }
        for (const auto& [program, amount] : w.draft.discount_by_program) {
            programs[program].second = amount;
        }
        if (!programs.empty()) {
            text << "discount by programme (current -> draft):\n";
            for (const auto& [program, amounts] : programs) {
                text << "  " << program << ": " << money(amounts.first) << " -> " << money(amounts.second)
                     << '\n';
            }
        }
        std::cout << text.str();
        return 0;
    } catch (const kassa::store::StoreError& e) {
        std::cerr << "kassactl rules whatif: " << e.what() << '\n';
        return 2;
    } catch (const kassa::InvalidRules& e) {
        print_problems(e.errors());
        return 1;
    } catch (const std::invalid_argument& e) {
        std::cerr << "kassactl rules whatif: --now is not a moment (ISO 8601 with offset): " << e.what()
                  << '\n';
        return 2;
    }
}

struct VersionOptions {
    std::string db;
    std::string file;
    std::string by;
    std::string summary;
    std::int64_t version = 0;
    bool shop_only = false;  // --shop: this till's shop's own rules (docs/sync.md)
};

// The lines of what a new document changes against the shop's current one, for the summary and the output.
std::vector<std::string> changes_against(kassa::store::Store& store, const std::string& document) {
    const auto current = store.rules().current_rules();
    if (!current) {
        return {"first rules of the shop"};
    }
    try {
        return kassa::json::rules_changes(nlohmann::json::parse(current->second),
                                          nlohmann::json::parse(document));
    } catch (const nlohmann::json::exception&) {
        return {"the whole document changed"};
    }
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        out += (out.empty() ? "" : "; ") + line;
    }
    return out;
}

// Saves `document` as the shop's next version when it is valid and differs from the current one.
int save_version(kassa::store::Store& store, const std::string& document, const std::string& by,
                 const std::string& summary, const char* command, bool shop_only) {
    const ReadDocument read = read_document(document);
    if (!read.unreadable.empty()) {
        std::cerr << "kassactl rules " << command << ": the document is " << read.unreadable << '\n';
        return 2;
    }
    if (!read.errors.empty()) {
        print_problems(read.errors);
        return 1;
    }
    const std::vector<std::string> changes = changes_against(store, document);
    if (changes.empty()) {
        std::cout << "ok: nothing changed; the shop keeps rules version "
                  << store.rules().current_rules()->first << '\n';
        return 0;
    }
    const std::int64_t id = store.rules().save_rules(
        document, kassa::store::Actor{by}, summary.empty() ? joined(changes) : summary,
        kassa::sys::SystemClock().now(),
        shop_only ? kassa::store::RulesScope::shop : kassa::store::RulesScope::company);
    std::cout << "ok: rules version " << id << " saved by " << by << (shop_only ? " for this shop" : "")
              << "; the tills use it from their next basket\n";
    for (const std::string& change : changes) {
        std::cout << "  " << change << '\n';
    }
    return 0;
}

int run_versions(const VersionOptions& o, const CLI::App* save, const CLI::App* history, const CLI::App* show,
                 const CLI::App* restore) {
    // Versions are how rules that no longer read get mended: only the history needs more than the file (its
    // dates are in the shop's zone).
    auto shop = open_shop_or_say(
        o.db, history->parsed() ? kassa::till::ShopNeeds::zone : kassa::till::ShopNeeds::file,
        "kassactl rules");
    if (!shop) {
        return 2;
    }
    kassa::store::Store& store = *shop->store;
    try {
        if (save->parsed()) {
            std::string document;
            try {
                document = read_input(o.file);
            } catch (const std::exception& e) {
                std::cerr << "kassactl rules save: " << e.what() << '\n';
                return 2;
            }
            return save_version(store, document, o.by, o.summary, "save", o.shop_only);
        }
        if (history->parsed()) {
            const auto& zone = shop->zone;
            for (const auto& v : store.rules().rules_history()) {
                std::cout << v.id << '\t' << kassa::format_timestamp(v.saved_at, *zone) << '\t' << v.author
                          << '\t' << v.summary << '\n';
            }
            return 0;
        }
        if (show->parsed()) {
            const auto document = o.version == 0 ? [&]() -> std::optional<std::string> {
                const auto current = store.rules().current_rules();
                return current ? std::optional<std::string>(current->second) : std::nullopt;
            }()
                : store.rules().rules_document(o.version);
            if (!document) {
                std::cerr << "kassactl rules show: "
                          << (o.version == 0 ? std::string("the shop has no rules yet")
                                             : "there is no rules version " + std::to_string(o.version))
                          << '\n';
                return 2;
            }
            std::cout << *document << (document->ends_with('\n') ? "" : "\n");
            return 0;
        }
        (void)restore;
        const auto document = store.rules().rules_document(o.version);
        if (!document) {
            std::cerr << "kassactl rules restore: there is no rules version " << o.version << '\n';
            return 2;
        }
        return save_version(store, *document, o.by, "restored version " + std::to_string(o.version),
                            "restore", o.shop_only);
    } catch (const kassa::store::StoreError& e) {
        std::cerr << "kassactl rules: " << e.what() << '\n';
        return 2;
    }
}

}  // namespace

Runner add_rules_command(CLI::App& app) {
    auto* rules = app.add_subcommand("rules", "Work with the rules document");
    rules->require_subcommand(1);
    auto* check =
        rules->add_subcommand("check", "List every problem of a rules document (exit 1 when there are any)");
    auto file = std::make_shared<std::string>();
    check->add_option("FILE", *file, "rules document; standard input when absent or '-'");

    auto what = std::make_shared<WhatIfOptions>();
    auto* whatif = rules->add_subcommand(
        "whatif", "Quote the last days' receipts with the shop's rules and with a draft, side by side");
    whatif->add_option("--db", what->db, "the shop's database file")->required();
    whatif->add_option("DRAFT", what->draft, "the draft rules document; standard input when '-'")->required();
    whatif->add_option("--days", what->days, "how many days back (default 30)")->check(CLI::Range(1, 3660));
    whatif->add_option("--format", what->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    whatif->add_option("--now", what->now, "the end of the period (ISO 8601 with offset)")->group("");

    auto versions = std::make_shared<VersionOptions>();
    auto* save =
        rules->add_subcommand("save", "Check a rules document and save it as the shop's next version");
    save->add_option("--db", versions->db, "the shop's database file")->required();
    save->add_option("FILE", versions->file, "the rules document; standard input when '-'")->required();
    save->add_option("--by", versions->by, "who saves it (for the history and the audit log)")->required();
    save->add_option("--summary", versions->summary, "why (default: the list of changes)");
    save->add_flag("--shop", versions->shop_only,
                   "for this till's shop only (a shop's own promotions; default: the whole company)");
    auto* history = rules->add_subcommand(
        "history", "List the saved versions, newest first: id, when, who, what changed");
    history->add_option("--db", versions->db, "the shop's database file")->required();
    auto* show = rules->add_subcommand("show", "Print a saved version's document (default: the current one)");
    show->add_option("--db", versions->db, "the shop's database file")->required();
    show->add_option("--version", versions->version, "the version id from rules history");
    auto* restore =
        rules->add_subcommand("restore", "Save an earlier version again as the shop's next version");
    restore->add_option("--db", versions->db, "the shop's database file")->required();
    restore->add_option("VERSION", versions->version, "the version id from rules history")->required();
    restore->add_option("--by", versions->by, "who restores it (for the history and the audit log)")
        ->required();
    restore->add_flag("--shop", versions->shop_only,
                      "for this till's shop only (default: the whole company)");

    return [file, what, whatif, versions, save, history, show, restore]() -> int {
        if (whatif->parsed()) {
            return run_what_if(*what);
        }
        if (save->parsed() || history->parsed() || show->parsed() || restore->parsed()) {
            return run_versions(*versions, save, history, show, restore);
        }
        std::string text;
        try {
            text = read_input(*file);
        } catch (const std::exception& e) {
            std::cerr << "kassactl rules check: " << e.what() << '\n';
            return 2;
        }
        const ReadDocument read = read_document(text);
        if (!read.unreadable.empty()) {
            std::cerr << "kassactl rules check: " << read.unreadable << '\n';
            return 2;
        }
        if (!read.errors.empty()) {
            print_problems(read.errors);
            return 1;
        }
        std::cout << "ok: " << read.rules->programs.size() << " programs\n";
        return 0;
    };
}

}  // namespace kassactl
