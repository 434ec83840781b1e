#include "kassa/till/shop.hpp"

#include <nlohmann/json.hpp>
#include <utility>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/sys/zoneinfo.hpp"

namespace kassa::till {

namespace {

using Kind = ShopProblem::Kind;

ShopProblem problem(Kind kind, const std::string& path) {
    ShopProblem p;
    p.kind = kind;
    p.path = path;
    return p;
}

// What a failure of the file means for someone opening the shop.
ShopProblem file_problem(const store::StoreError& e, const std::string& path) {
    using store::FailureKind;
    switch (e.kind()) {
        case FailureKind::missing:
            return problem(Kind::file_missing, path);
        case FailureKind::not_a_shop:
            return problem(Kind::not_a_shop, path);
        case FailureKind::corrupt:
            return problem(Kind::damaged, path);
        case FailureKind::newer_schema: {
            ShopProblem p = problem(Kind::newer_schema, path);
            if (const auto* newer = dynamic_cast<const store::NewerSchemaError*>(&e)) {
                p.schema_found = newer->found();
                p.schema_known = newer->known();
            }
            return p;
        }
        case FailureKind::busy:
            return problem(Kind::busy, path);
        case FailureKind::read_only:
            return problem(Kind::no_access, path);
        case FailureKind::disk_full:
            return problem(Kind::disk_full, path);
        case FailureKind::invalid:
        case FailureKind::other:
            break;
    }
    ShopProblem p = problem(Kind::cannot_open, path);
    p.detail = e.what();
    return p;
}

ShopProblem unknown_zone(const std::string& path, const std::string& zone, bool from_rules) {
    ShopProblem p = problem(Kind::unknown_time_zone, path);
    p.zone = zone;
    p.zone_from_rules = from_rules;
    return p;
}

ShopProblem rules_unreadable(const std::string& path, std::int64_t version, std::vector<RuleError> errors) {
    ShopProblem p = problem(Kind::rules_unreadable, path);
    p.rules_version = version;
    p.rule_errors = std::move(errors);
    return p;
}

}  // namespace

std::string_view shop_problem_name(ShopProblem::Kind kind) {
    switch (kind) {
        case Kind::file_missing:
            return "file_missing";
        case Kind::not_a_shop:
            return "not_a_shop";
        case Kind::damaged:
            return "damaged";
        case Kind::newer_schema:
            return "newer_schema";
        case Kind::busy:
            return "busy";
        case Kind::no_access:
            return "no_access";
        case Kind::disk_full:
            return "disk_full";
        case Kind::cannot_open:
            return "cannot_open";
        case Kind::no_rules:
            return "no_rules";
        case Kind::rules_unreadable:
            return "rules_unreadable";
        case Kind::unknown_time_zone:
            return "unknown_time_zone";
        case Kind::last_:
            break;
    }
    return "unknown";
}

ShopOpening open_shop(const std::string& path, ShopNeeds needs) {
    Shop shop;
    std::optional<std::pair<std::int64_t, std::string>> saved;
    try {
        shop.store = std::make_unique<store::Store>(path, store::Database::Mode::open_existing);
        shop.settings = shop.store->shop().settings();
        if (needs == ShopNeeds::rules) {
            saved = shop.store->rules().current_rules();
        }
    } catch (const store::StoreError& e) {
        return file_problem(e, path);
    }
    if (needs == ShopNeeds::file) {
        return shop;
    }
    if (needs == ShopNeeds::zone) {
        try {
            shop.zone = sys::load_time_zone(shop.settings.time_zone);
        } catch (const sys::UnknownTimeZone&) {
            return unknown_zone(path, shop.settings.time_zone, false);
        }
        return shop;
    }

    if (!saved) {
        return problem(Kind::no_rules, path);
    }
    auto compiled = compile_saved_rules(saved->first, saved->second, shop.settings.time_zone, path);
    if (auto* refused = std::get_if<ShopProblem>(&compiled)) {
        return std::move(*refused);
    }
    auto& saved_rules = std::get<SavedRules>(compiled);
    shop.zone = saved_rules.zone;
    shop.rules.emplace(std::move(*saved_rules.rules));
    shop.rules_version = saved->first;
    return shop;
}

std::variant<SavedRules, ShopProblem> compile_saved_rules(std::int64_t version, const std::string& text,
                                                          const std::string& shop_zone,
                                                          const std::string& path) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        // parse_error, or out_of_range for a number too large for a double: the parser's position stays.
        const std::string what = e.what();
        const auto bracket = what.find(']');
        return rules_unreadable(
            path, version,
            {RuleError{"", "not valid JSON (" +
                               (bracket == std::string::npos ? what : what.substr(bracket + 2)) + ")"}});
    }
    auto read = json::read_rules(document);
    if (!read.errors.empty() || !read.rules) {
        return rules_unreadable(path, version, std::move(read.errors));
    }
    // The rules' own zone wins: every time rule in them (happy hours, birthdays) was written for it.
    const bool from_rules = !read.rules->time_zone.empty();
    const std::string zone_name = from_rules ? read.rules->time_zone : shop_zone;
    std::shared_ptr<const TimeZone> zone;
    try {
        zone = sys::load_time_zone(zone_name);
    } catch (const sys::UnknownTimeZone&) {
        return unknown_zone(path, zone_name, from_rules);
    }
    try {
        return SavedRules{std::make_unique<CompiledRules>(std::move(*read.rules), zone), zone};
    } catch (const InvalidRules& e) {
        // A document saved before a check was tightened: read_rules took it, today's compiler does not.
        return rules_unreadable(path, version, e.errors());
    }
}

// ---- the owner's settings change --------------------------------------------------------------------------

namespace {

// One `field: "from" -> "to"` clause of an audited settings change, when the value changed.
void note_change(std::string& changed, const char* field, const std::string& from, const std::string& to) {
    if (from != to) {
        changed +=
            (changed.empty() ? "" : "; ") + std::string(field) + ": \"" + from + "\" -> \"" + to + "\"";
    }
}

}  // namespace

SettingsChange change_settings(store::Store& store, const store::ShopSettings& wanted, const store::Actor& by,
                               Instant at) {
    SettingsChange out;
    const store::ShopSettings before = store.shop().settings();
    store::ShopSettings after = wanted;
    after.currency = before.currency;
    out.issues = store::check_settings(after);
    if (!out.issues.empty()) {
        return out;
    }
    note_change(out.changes, "name", before.name, after.name);
    note_change(out.changes, "time_zone", before.time_zone, after.time_zone);
    note_change(out.changes, "phone_country", before.phone_country, after.phone_country);
    note_change(out.changes, "language", before.language, after.language);
    note_change(out.changes, "receipt_header", before.receipt_header, after.receipt_header);
    note_change(out.changes, "cash_movement_limit", std::to_string(before.cash_movement_limit.minor_units()),
                std::to_string(after.cash_movement_limit.minor_units()));
    note_change(out.changes, "printer_url", before.printer_url, after.printer_url);
    note_change(out.changes, "printer_profile", before.printer_profile, after.printer_profile);
    note_change(out.changes, "receipt_logo", before.receipt_logo, after.receipt_logo);
    note_change(out.changes, "drawer_pin", before.drawer_pin, after.drawer_pin);
    note_change(out.changes, "sync_interval", std::to_string(before.sync_interval_seconds),
                std::to_string(after.sync_interval_seconds));
    if (out.changes.empty()) {
        return out;
    }
    store.shop().save_settings(after, by, out.changes, at);
    out.language_changed = before.language != after.language;
    return out;
}

}  // namespace kassa::till
