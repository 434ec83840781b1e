#include "kassa/core_json/programme_fields.hpp"

#include <algorithm>
#include <stdexcept>

namespace kassa::json {

namespace {

constexpr std::size_t kMaxNames = 10000;

// ---- one field of each kind, as the table below writes them ----

FieldSpec spec(std::string key, FieldKind kind, bool required = false) {
    FieldSpec f;
    f.key = std::move(key);
    f.kind = kind;
    f.required = required;
    return f;
}

FieldSpec text(std::string key, std::size_t max_length, bool required = false,
               NameSource source = NameSource::none) {
    FieldSpec f = spec(std::move(key), FieldKind::text, required);
    f.max_length = max_length;
    f.source = source;
    return f;
}

FieldSpec number(std::string key, FieldKind kind, std::int64_t min, std::int64_t max,
                 std::optional<std::int64_t> fallback, bool required = false) {
    FieldSpec f = spec(std::move(key), kind, required);
    f.min = min;
    f.max = max;
    f.fallback = fallback;
    return f;
}

FieldSpec whole(std::string key, std::int64_t min, std::int64_t max, std::optional<std::int64_t> fallback) {
    return number(std::move(key), FieldKind::whole, min, max, fallback);
}

FieldSpec required_whole(std::string key, std::int64_t min, std::int64_t max) {
    return number(std::move(key), FieldKind::whole, min, max, std::nullopt, true);
}

// Money left out is none (0); `min` 1 where an amount of nothing makes no sense.
FieldSpec money(std::string key, bool required = false, std::int64_t min = 0,
                std::optional<std::int64_t> fallback = 0) {
    return number(std::move(key), FieldKind::money, min, kMaxMoney, required ? std::nullopt : fallback,
                  required);
}

FieldSpec percent(std::string key, std::optional<std::int64_t> fallback, bool required = false,
                  std::int64_t min = 0) {
    return number(std::move(key), FieldKind::percent, min, 10000, required ? std::nullopt : fallback,
                  required);
}

FieldSpec flag(std::string key, bool fallback) {
    FieldSpec f = spec(std::move(key), FieldKind::flag);
    f.fallback = fallback ? 1 : 0;
    return f;
}

FieldSpec choice(std::string key, std::vector<std::string> words) {
    FieldSpec f = spec(std::move(key), FieldKind::choice);
    f.max_length = 64;
    f.words = std::move(words);
    return f;
}

FieldSpec date(std::string key) {
    FieldSpec f = spec(std::move(key), FieldKind::date);
    f.max_length = 32;
    return f;
}

FieldSpec names(std::string key, NameSource source) {
    FieldSpec f = spec(std::move(key), FieldKind::names);
    f.max_length = kMaxNames;
    f.source = source;
    return f;
}

FieldSpec effect(std::string key, std::vector<std::string> types) {
    FieldSpec f = spec(std::move(key), FieldKind::effect, true);
    f.words = std::move(types);
    return f;
}

FieldSpec rows(std::string key, std::size_t max_items, std::vector<FieldSpec> columns) {
    FieldSpec f = spec(std::move(key), FieldKind::rows, true);
    f.max_length = max_items;
    f.columns = std::move(columns);
    return f;
}

const std::vector<std::string> kRewards{"free_item", "percent_off", "amount_off"};
const std::vector<std::string> kCouponEffects{"percent_off", "amount_off", "free_item"};
const std::vector<std::string> kPersonalEffects{"percent_off", "points_multiplier", "extra_points"};

std::vector<ProgrammeSpec> make_programme_table() {
    std::vector<ProgrammeSpec> table;
    {
        FieldSpec rates = spec("category_rates", FieldKind::rates);
        rates.columns = {text("category", 200), percent("rate", std::nullopt)};
        table.push_back(
            {ProgramType::bonus,
             {percent("accrual_bp", std::nullopt, true), std::move(rates),
              names("excluded_categories", NameSource::categories), percent("redeem_cap_bp", 10000),
              whole("min_redeem_points", 0, kMaxPoints, 0),
              number("point_value", FieldKind::money, 1, 1'000'000, 1), whole("hold_days", 0, 365, 0),
              whole("expiry_days", 1, kMaxDays, std::nullopt), whole("welcome_points", 0, kMaxPoints, 0),
              flag("accrue_on_redeemed", false), flag("accrue_on_discounted", true),
              choice("rounding", {"floor_per_receipt", "per_full_units"}),
              money("rounding_unit", false, 1, 100)}});
    }
    table.push_back({ProgramType::tiers,
                     {choice("basis", {"lifetime", "rolling"}), whole("window_days", 1, kMaxDays, 365),
                      rows("levels", 20,
                           {text("name", 60, true), money("min_spend", true), percent("discount_bp", 0),
                            percent("extra_accrual_bp", 0)})}});
    table.push_back({ProgramType::fixed_discount,
                     {percent("discount_bp", std::nullopt, true), names("segments", NameSource::segments),
                      names("categories", NameSource::categories)}});
    table.push_back(
        {ProgramType::stamps,
         {required_whole("goal", 1, 1000), money("min_amount"), names("categories", NameSource::categories),
          effect("reward", kRewards), text("reward_name", 120)}});
    {
        FieldSpec codes = spec("codes", FieldKind::codes);
        codes.max_length = 100000;
        table.push_back(
            {ProgramType::coupon,
             {text("public_code", 64), std::move(codes), effect("effect", kCouponEffects),
              money("min_basket"), names("categories", NameSource::categories), flag("stackable", true)}});
    }
    {
        FieldSpec weekdays = spec("conditions.weekdays", FieldKind::weekdays);
        weekdays.min = 1;
        weekdays.max = 7;
        weekdays.max_length = 7;
        table.push_back(
            {ProgramType::promotion,
             {std::move(weekdays), spec("conditions.hours", FieldKind::hours),
              names("conditions.segments", NameSource::segments), flag("conditions.cardholders_only", false),
              money("conditions.min_basket"), names("conditions.products", NameSource::products),
              names("conditions.categories", NameSource::categories),
              number("conditions.min_qty", FieldKind::quantity, 0, 1'000'000'000, 0),
              effect("effect", {"percent_off", "fixed_price", "buy_n_get_m", "bundle_price", "gift_item",
                                "points_multiplier", "extra_points"}),
              text("reason", 500), text("slogan", 200), whole("announce_days_before", 0, 365, 0)}});
    }
    table.push_back(
        {ProgramType::birthday,
         {whole("days_before", 0, 60, 0), whole("days_after", 0, 60, 0),
          choice("frequency", {"once_a_year", "every_purchase"}), effect("effect", kPersonalEffects)}});
    table.push_back({ProgramType::welcome, {effect("effect", kPersonalEffects)}});
    table.push_back(
        {ProgramType::referral,
         {whole("referrer_points", 0, kMaxPoints, 0), whole("new_customer_points", 0, kMaxPoints, 0),
          whole("expiry_days", 1, kMaxDays, std::nullopt)}});
    table.push_back({ProgramType::reactivation,
                     {required_whole("dormant_days", 1, kMaxDays), required_whole("points", 1, kMaxPoints),
                      whole("expiry_days", 1, kMaxDays, 14)}});
    table.push_back(
        {ProgramType::next_order_coupon,
         {money("threshold", true), effect("effect", kCouponEffects), whole("valid_days", 1, kMaxDays, 30),
          money("min_basket"), names("categories", NameSource::categories), flag("stackable", true)}});
    return table;
}

struct EffectSpec {
    std::string type;
    std::vector<FieldSpec> fields;
};

std::vector<EffectSpec> make_effect_table() {
    FieldSpec items = rows("items", 50,
                           {names("skus", NameSource::products), names("categories", NameSource::categories),
                            whole("pieces", 1, 1000, 1)});
    return {
        {"percent_off", {percent("percent_bp", std::nullopt, true, 1)}},
        {"amount_off", {money("amount", true, 1)}},
        {"free_item", {}},
        {"fixed_price", {money("unit_price", true)}},
        {"buy_n_get_m", {required_whole("buy", 1, 1000), required_whole("get", 1, 1000)}},
        {"bundle_price", {money("price", true), std::move(items)}},
        {"gift_item", {text("sku", 200, true, NameSource::products), text("name", 200)}},
        {"points_multiplier",
         {number("multiplier_bp", FieldKind::multiplier, 10000, 1'000'000, std::nullopt, true)}},
        {"extra_points",
         {required_whole("points", 1, kMaxPoints), whole("expiry_days", 1, kMaxDays, std::nullopt)}},
    };
}

const std::vector<EffectSpec>& effect_table() {
    static const std::vector<EffectSpec> table = make_effect_table();
    return table;
}

// "levels[1].min_spend" -> "levels.min_spend": indexes do not change which field a path names.
std::string without_indexes(std::string_view path) {
    std::string out;
    bool inside = false;
    for (const char c : path) {
        if (c == '[') {
            inside = true;
        } else if (c == ']') {
            inside = false;
        } else if (!inside) {
            out += c;
        }
    }
    return out;
}

const FieldSpec* find(const std::vector<FieldSpec>& fields, std::string_view key) {
    const auto found =
        std::find_if(fields.begin(), fields.end(), [key](const FieldSpec& f) { return f.key == key; });
    return found == fields.end() ? nullptr : &*found;
}

// The field `rest` names inside the value of `outer` (an effect's own field, a row's column).
const FieldSpec* inside(const FieldSpec& outer, std::string_view rest) {
    if (rest.empty()) {
        return &outer;
    }
    if (outer.kind == FieldKind::effect) {
        const std::string_view leaf = rest.substr(0, rest.find('.'));
        for (const std::string& type : outer.words) {
            if (const FieldSpec* f = find(effect_fields(type), leaf)) {
                return inside(*f,
                              rest.size() > leaf.size() ? rest.substr(leaf.size() + 1) : std::string_view());
            }
        }
        return nullptr;
    }
    if (outer.kind == FieldKind::rows) {
        return find(outer.columns, rest.substr(0, rest.find('.')));
    }
    return &outer;  // inside a value of one field ("hours.from"): that field
}

}  // namespace

const std::vector<FieldSpec>& common_fields() {
    static const std::vector<FieldSpec> fields{text("id", 64, true),
                                               text("name", 120),
                                               flag("active", true),
                                               date("valid_from"),
                                               date("valid_to"),
                                               whole("priority", -1'000'000, 1'000'000, 100),
                                               choice("stacking", {"exclusive", "combinable"})};
    return fields;
}

const std::vector<ProgrammeSpec>& programme_table() {
    static const std::vector<ProgrammeSpec> table = make_programme_table();
    return table;
}

const std::vector<FieldSpec>& programme_fields(ProgramType type) {
    for (const ProgrammeSpec& spec : programme_table()) {
        if (spec.type == type) {
            return spec.fields;
        }
    }
    throw std::logic_error("programme type " + std::string(to_string(type)) + " is not in the field table");
}

const std::vector<std::string>& effect_types() {
    static const std::vector<std::string> types = [] {
        std::vector<std::string> out;
        for (const EffectSpec& spec : effect_table()) {
            out.push_back(spec.type);
        }
        return out;
    }();
    return types;
}

const std::vector<FieldSpec>& effect_fields(std::string_view effect_type) {
    for (const EffectSpec& spec : effect_table()) {
        if (spec.type == effect_type) {
            return spec.fields;
        }
    }
    throw std::logic_error("effect type " + std::string(effect_type) + " is not in the field table");
}

const FieldSpec& field(const std::vector<FieldSpec>& fields, std::string_view key) {
    if (const FieldSpec* f = find(fields, key)) {
        return *f;
    }
    throw std::logic_error("field " + std::string(key) + " is not in the programme field table");
}

const FieldSpec* field_at(ProgramType type, std::string_view path) {
    const std::string plain = without_indexes(path);
    // The longest key that starts the path: "conditions.hours" for "conditions.hours.from".
    const FieldSpec* best = nullptr;
    for (const auto* fields : {&common_fields(), &programme_fields(type)}) {
        for (const FieldSpec& f : *fields) {
            const bool starts = plain.compare(0, f.key.size(), f.key) == 0 &&
                                (plain.size() == f.key.size() || plain[f.key.size()] == '.');
            if (starts && (best == nullptr || f.key.size() > best->key.size())) {
                best = &f;
            }
        }
    }
    if (best == nullptr) {
        return nullptr;
    }
    const std::string_view rest = plain.size() > best->key.size()
                                      ? std::string_view(plain).substr(best->key.size() + 1)
                                      : std::string_view();
    return inside(*best, rest);
}

}  // namespace kassa::json
