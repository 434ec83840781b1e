// Opening a shop for a kassactl command, and what kassactl says when a shop or its settings are refused:
// the till's typed reasons (kassa::till::ShopProblem, store::SettingsIssue) worded in English here, as the
// till words them in its language in ui/.
#include <iostream>

#include "commands.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/text_limits.hpp"

namespace kassactl {

std::string shop_problem_sentence(const kassa::till::ShopProblem& problem) {
    using Kind = kassa::till::ShopProblem::Kind;
    const std::string& path = problem.path;
    switch (problem.kind) {
        case Kind::file_missing:
            return "There is no shop database at " + path + ". Make one with kassactl db init --db " + path +
                   " (or kassactl demo).";
        case Kind::not_a_shop:
            return path + " is not a Kassa shop's database; check the path given with --db.";
        case Kind::damaged:
            return "The shop's database " + path +
                   " is damaged. Do not delete it: restore the latest backup or call support.";
        case Kind::newer_schema:
            return "The shop's database " + path + " was written by a newer Kassa (schema " +
                   std::to_string(problem.schema_found) + "; this kassactl reads up to " +
                   std::to_string(problem.schema_known) + "): install the newer Kassa to work with it.";
        case Kind::busy:
            return "The shop's database " + path + " is locked by another program; try again in a moment.";
        case Kind::no_access:
            return "The shop's database " + path +
                   " cannot be read and written by this user: check its permissions and the disk.";
        case Kind::disk_full:
            return "The disk of " + path +
                   " is full: the shop's database could not be brought up to this Kassa. Free some space.";
        case Kind::cannot_open:
            return "The shop's database " + path + " cannot be opened (" + problem.detail + ").";
        case Kind::no_rules:
            return "The shop has no rules yet: save them with kassactl rules save --db " + path +
                   " RULES.json --by NAME.";
        case Kind::rules_unreadable:
            return "The shop's rules (version " + std::to_string(problem.rules_version) +
                   ") cannot be used: " + kassa::json::describe(problem.rule_errors) +
                   "; save corrected rules with kassactl rules save.";
        case Kind::unknown_time_zone:
            return problem.zone_from_rules
                       ? "The time zone " + problem.zone +
                             " of the shop's rules is not known to this computer: install tzdata or save "
                             "corrected rules with kassactl rules save."
                       : "The shop's time zone " + problem.zone +
                             " is not known to this computer: install tzdata or set another with kassactl "
                             "settings set --db " +
                             path + " time_zone=ZONE --actor NAME.";
        case Kind::last_:
            break;
    }
    return "The shop's database " + path + " cannot be opened.";
}

std::optional<kassa::till::Shop> open_shop_or_say(const std::string& path, kassa::till::ShopNeeds needs,
                                                  const std::string& command) {
    auto opening = kassa::till::open_shop(path, needs);
    if (auto* problem = std::get_if<kassa::till::ShopProblem>(&opening)) {
        std::cerr << command << ": " << shop_problem_sentence(*problem) << '\n';
        return std::nullopt;
    }
    return std::move(std::get<kassa::till::Shop>(opening));
}

std::string settings_key(kassa::store::SettingsIssue::Problem problem) {
    using Problem = kassa::store::SettingsIssue::Problem;
    switch (problem) {
        case Problem::name_empty:
            return "name";
        case Problem::time_zone_unknown:
            return "time_zone";
        case Problem::phone_country_unknown:
            return "phone_country";
        case Problem::language_unknown:
            return "language";
        case Problem::receipt_header_too_long:
            return "receipt_header";
        case Problem::cash_limit_invalid:
            return "cash_movement_limit";
        case Problem::printer_url_unusable:
            return "printer_url";
        case Problem::currency_unknown:
            return "currency";
        case Problem::sync_interval_invalid:
            return "sync_interval";
    }
    return "settings";
}

std::string settings_issue_sentence(const kassa::store::SettingsIssue& issue, const std::string& option) {
    using Problem = kassa::store::SettingsIssue::Problem;
    const std::string value = "\"" + issue.value + "\"";
    switch (issue.problem) {
        case Problem::name_empty:
            return option + ": the shop needs a name (it is printed on every receipt)";
        case Problem::time_zone_unknown:
            return option + ": this computer does not know the time zone " + value +
                   "; write it like Europe/Tallinn";
        case Problem::phone_country_unknown:
            return option + ": " + value +
                   " is not a country code for phone numbers; write two letters like EE";
        case Problem::language_unknown:
            return option + ": " + value + " is not a language of the till; write en, ru or et";
        case Problem::receipt_header_too_long:
            return option + ": the receipt header is at most " +
                   std::to_string(kassa::store::kReceiptHeaderMaxLines) + " lines of " +
                   std::to_string(kassa::store::kReceiptHeaderLineWidth) + " characters; " + value +
                   " does not fit";
        case Problem::cash_limit_invalid:
            return option + ": the cash limit cannot be below zero or above what a drawer holds";
        case Problem::printer_url_unusable:
            return option + ": " + value +
                   " is not a printer address; write tcp://HOST[:PORT] or usb:VID:PID (kassactl printer set)";
        case Problem::currency_unknown:
            return option + ": " + value + " is not an ISO 4217 currency code; write three letters like EUR";
        case Problem::sync_interval_invalid:
            return option + ": the office sync runs every " +
                   std::to_string(kassa::store::kSyncIntervalMinSeconds) + " to " +
                   std::to_string(kassa::store::kSyncIntervalMaxSeconds) + " seconds; " + value +
                   " is outside that";
    }
    return option + ": " + value + " is not usable";
}

}  // namespace kassactl
