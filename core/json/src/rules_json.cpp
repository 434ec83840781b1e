#include "kassa/core_json/rules_json.hpp"

#include <nlohmann/json.hpp>

#include "kassa/core/messages.hpp"
#include "object_reader.hpp"

namespace kassa::json {

namespace detail {

ObjectReader::ObjectReader(const nlohmann::json& value, std::string path, Problems& problems)
    : path_(std::move(path)), problems_(problems) {
    if (value.is_object()) {
        object_ = &value;
    } else {
        problems_.add(path_.empty() ? "(document)" : path_, "must be an object");
    }
}

ObjectReader::~ObjectReader() {
    if (!object_) {
        return;
    }
    for (const auto& [key, _] : object_->items()) {
        if (!seen_.count(key)) {
            problems_.add(path_of(key), "unknown field");
        }
    }
}

bool ObjectReader::has(const std::string& key) {
    seen_.insert(key);
    return object_ && object_->contains(key) && !(*object_)[key].is_null();
}

const nlohmann::json* ObjectReader::get(const std::string& key, bool required) {
    seen_.insert(key);
    if (!object_) {
        return nullptr;
    }
    const auto it = object_->find(key);
    if (it == object_->end() || it->is_null()) {
        if (required) {
            problems_.add(path_of(key), "is required");
        }
        return nullptr;
    }
    return &*it;
}

std::optional<std::int64_t> ObjectReader::integer(const std::string& key, std::int64_t min, std::int64_t max,
                                                  bool required) {
    const auto* v = get(key, required);
    if (!v) {
        return std::nullopt;
    }
    if (!v->is_number_integer()) {
        problems_.add(path_of(key), v->is_number()
                                        ? "must be a whole number (money in minor units, no decimals)"
                                        : "must be a number");
        return std::nullopt;
    }
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
        problems_.add(path_of(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    const auto n = v->get<std::int64_t>();
    if (n < min || n > max) {
        problems_.add(path_of(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return n;
}

std::int64_t ObjectReader::integer_or(const std::string& key, std::int64_t fallback, std::int64_t min,
                                      std::int64_t max) {
    return integer(key, min, max).value_or(fallback);
}

std::optional<std::string> ObjectReader::string(const std::string& key, bool required,
                                                std::size_t max_length) {
    const auto* v = get(key, required);
    if (!v) {
        return std::nullopt;
    }
    if (!v->is_string()) {
        problems_.add(path_of(key), "must be text");
        return std::nullopt;
    }
    auto s = v->get<std::string>();
    if (s.size() > max_length) {
        problems_.add(path_of(key), "is longer than " + std::to_string(max_length) + " characters");
        return std::nullopt;
    }
    return s;
}

bool ObjectReader::boolean_or(const std::string& key, bool fallback) {
    const auto* v = get(key, false);
    if (!v) {
        return fallback;
    }
    if (!v->is_boolean()) {
        problems_.add(path_of(key), "must be true or false");
        return fallback;
    }
    return v->get<bool>();
}

std::vector<std::string> ObjectReader::strings(const std::string& key, std::size_t max_items) {
    std::vector<std::string> out;
    const auto* v = get(key, false);
    if (!v) {
        return out;
    }
    if (!v->is_array()) {
        problems_.add(path_of(key), "must be a list of texts");
        return out;
    }
    if (v->size() > max_items) {
        problems_.add(path_of(key), "has more than " + std::to_string(max_items) + " items");
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& item = (*v)[i];
        if (!item.is_string() || item.get<std::string>().empty()) {
            problems_.add(index_path(path_of(key), i), "must be non-empty text");
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const nlohmann::json* ObjectReader::object(const std::string& key, bool required) {
    const auto* v = get(key, required);
    if (v && !v->is_object()) {
        problems_.add(path_of(key), "must be an object");
        return nullptr;
    }
    return v;
}

const nlohmann::json* ObjectReader::array(const std::string& key, bool required, std::size_t max_items) {
    const auto* v = get(key, required);
    if (v && !v->is_array()) {
        problems_.add(path_of(key), "must be a list");
        return nullptr;
    }
    if (v && v->size() > max_items) {
        problems_.add(path_of(key), "has more than " + std::to_string(max_items) + " items");
        return nullptr;
    }
    return v;
}

std::optional<std::chrono::year_month_day> ObjectReader::date(const std::string& key, bool required) {
    const auto text = string(key, required, 32);
    if (!text) {
        return std::nullopt;
    }
    try {
        return parse_date(*text);
    } catch (const std::invalid_argument&) {
        problems_.add(path_of(key), "must be a date written YYYY-MM-DD");
        return std::nullopt;
    }
}

std::optional<std::string> ObjectReader::choice(const std::string& key,
                                                std::initializer_list<const char*> words, bool required) {
    const auto text = string(key, required, 64);
    if (!text) {
        return std::nullopt;
    }
    std::string allowed;
    for (const char* w : words) {
        if (*text == w) {
            return text;
        }
        allowed += allowed.empty() ? std::string(w) : std::string(", ") + w;
    }
    problems_.add(path_of(key), "must be one of: " + allowed);
    return std::nullopt;
}

std::string index_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

}  // namespace detail

namespace {

using detail::ObjectReader;
using detail::Problems;

constexpr std::int64_t kMaxMoney = 1'000'000'000'000;  // 10^12 minor units
constexpr std::int64_t kMaxPoints = 1'000'000'000;
constexpr std::int64_t kMaxDays = 36600;  // a hundred years

BasisPoints percent_bp(ObjectReader& r, const std::string& key, std::int64_t fallback = 0,
                       bool required = false) {
    const auto v = r.integer(key, 0, 10000, required);
    return BasisPoints::bp(v.value_or(fallback));
}

Money money(ObjectReader& r, const std::string& key, bool required = false, std::int64_t min = 0) {
    return Money::minor(r.integer(key, min, kMaxMoney, required).value_or(0));
}

std::optional<int> optional_days(ObjectReader& r, const std::string& key) {
    const auto v = r.integer(key, 1, kMaxDays);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

// {"type": "...", ...}: the effect types each program kind accepts.
template <typename Variant>
std::optional<Variant> read_effect(const nlohmann::json* value, const std::string& path, Problems& problems,
                                   std::initializer_list<const char*> allowed) {
    if (!value) {
        return std::nullopt;
    }
    ObjectReader r(*value, path, problems);
    if (!r.valid()) {
        return std::nullopt;
    }
    const auto type = r.choice("type", allowed, true);
    if (!type) {
        // Mark the other fields as read so the one real problem is not buried under "unknown field".
        for (const char* k : {"percent_bp", "amount", "unit_price", "buy", "get", "items", "price", "sku",
                              "name", "multiplier_bp", "points", "expiry_days"}) {
            r.accept(k);
        }
        return std::nullopt;
    }
    if constexpr (std::is_constructible_v<Variant, PercentOff>) {
        if (*type == "percent_off") {
            return Variant{PercentOff{BasisPoints::bp(r.integer("percent_bp", 1, 10000, true).value_or(0))}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, AmountOff>) {
        if (*type == "amount_off") {
            return Variant{AmountOff{Money::minor(r.integer("amount", 1, kMaxMoney, true).value_or(0))}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, FreeItem>) {
        if (*type == "free_item") {
            return Variant{FreeItem{}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, FixedPrice>) {
        if (*type == "fixed_price") {
            return Variant{FixedPrice{money(r, "unit_price", true)}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, BuyNGetM>) {
        if (*type == "buy_n_get_m") {
            BuyNGetM e;
            e.buy = r.integer("buy", 1, 1000, true).value_or(1);
            e.get = r.integer("get", 1, 1000, true).value_or(1);
            return Variant{e};
        }
    }
    if constexpr (std::is_constructible_v<Variant, BundlePrice>) {
        if (*type == "bundle_price") {
            BundlePrice e;
            e.price = money(r, "price", true);
            if (const auto* items = r.array("items", true, 50)) {
                for (std::size_t i = 0; i < items->size(); ++i) {
                    ObjectReader item((*items)[i], detail::index_path(r.path_of("items"), i), problems);
                    BundleItem b;
                    b.skus = item.strings("skus");
                    b.categories = item.strings("categories");
                    b.pieces = item.integer_or("pieces", 1, 1, 1000);
                    if (item.valid() && b.skus.empty() && b.categories.empty()) {
                        problems.add(detail::index_path(r.path_of("items"), i), "name skus or categories");
                    }
                    e.items.push_back(std::move(b));
                }
            }
            return Variant{e};
        }
    }
    if constexpr (std::is_constructible_v<Variant, GiftItem>) {
        if (*type == "gift_item") {
            GiftItem e;
            e.sku = r.string("sku", true).value_or("");
            e.name = r.string("name").value_or("");
            return Variant{e};
        }
    }
    if constexpr (std::is_constructible_v<Variant, PointsMultiplier>) {
        if (*type == "points_multiplier") {
            return Variant{PointsMultiplier{
                BasisPoints::bp(r.integer("multiplier_bp", 10000, 1'000'000, true).value_or(10000))}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, ExtraPoints>) {
        if (*type == "extra_points") {
            ExtraPoints e;
            e.points = Points::of(r.integer("points", 1, kMaxPoints, true).value_or(0));
            e.expiry_days = optional_days(r, "expiry_days");
            return Variant{e};
        }
    }
    return std::nullopt;
}

BonusSettings read_bonus(ObjectReader& r) {
    BonusSettings b;
    b.accrual_rate = percent_bp(r, "accrual_bp", 0, true);
    if (const auto* rates = r.object("category_rates")) {
        for (const auto& [category, value] : rates->items()) {
            const std::string path = r.path_of("category_rates") + "." + category;
            if (!value.is_number_integer() || value.get<std::int64_t>() < 0 ||
                value.get<std::int64_t>() > 10000) {
                r.problems().add(path, "must be between 0 and 10000");
                continue;
            }
            b.category_rates.emplace_back(category, BasisPoints::bp(value.get<std::int64_t>()));
        }
    }
    b.excluded_categories = r.strings("excluded_categories");
    b.redeem_cap = percent_bp(r, "redeem_cap_bp", 10000);
    b.min_redeem = Points::of(r.integer_or("min_redeem_points", 0, 0, kMaxPoints));
    b.point_value = Money::minor(r.integer_or("point_value", 1, 1, 1'000'000));
    b.hold_days = static_cast<int>(r.integer_or("hold_days", 0, 0, 365));
    b.expiry_days = optional_days(r, "expiry_days");
    b.welcome_points = Points::of(r.integer_or("welcome_points", 0, 0, kMaxPoints));
    b.accrue_on_redeemed = r.boolean_or("accrue_on_redeemed", false);
    b.accrue_on_discounted = r.boolean_or("accrue_on_discounted", true);
    if (const auto mode = r.choice("rounding", {"floor_per_receipt", "per_full_units"})) {
        b.rounding =
            *mode == "per_full_units" ? PointsRounding::per_full_units : PointsRounding::floor_per_receipt;
    }
    b.rounding_unit = Money::minor(r.integer_or("rounding_unit", 100, 1, kMaxMoney));
    return b;
}

TierSettings read_tiers(ObjectReader& r) {
    TierSettings t;
    if (const auto basis = r.choice("basis", {"lifetime", "rolling"})) {
        t.basis = *basis == "rolling" ? SpendBasis::rolling : SpendBasis::lifetime;
    }
    t.window_days = static_cast<int>(r.integer_or("window_days", 365, 1, kMaxDays));
    if (const auto* levels = r.array("levels", true, 20)) {
        for (std::size_t i = 0; i < levels->size(); ++i) {
            ObjectReader l((*levels)[i], detail::index_path(r.path_of("levels"), i), r.problems());
            TierLevel level;
            level.name = l.string("name", true, 60).value_or("");
            level.min_spend = money(l, "min_spend", true);
            level.discount = percent_bp(l, "discount_bp");
            level.extra_accrual = percent_bp(l, "extra_accrual_bp");
            t.levels.push_back(std::move(level));
        }
    }
    return t;
}

Conditions read_conditions(const nlohmann::json* value, const std::string& path, Problems& problems) {
    Conditions c;
    if (!value) {
        return c;
    }
    ObjectReader r(*value, path, problems);
    if (const auto* days = r.array("weekdays", false, 7)) {
        for (std::size_t i = 0; i < days->size(); ++i) {
            const auto& d = (*days)[i];
            if (!d.is_number_integer() || d.get<std::int64_t>() < 1 || d.get<std::int64_t>() > 7) {
                problems.add(detail::index_path(r.path_of("weekdays"), i),
                             "must be 1 (Monday) to 7 (Sunday)");
                continue;
            }
            c.weekdays.push_back(static_cast<unsigned>(d.get<std::int64_t>()));
        }
    }
    if (const auto* hours = r.object("hours")) {
        ObjectReader h(*hours, r.path_of("hours"), problems);
        for (const char* key : {"from", "to"}) {
            const auto text = h.string(key, true, 8);
            if (!text) {
                continue;
            }
            try {
                (std::string(key) == "from" ? c.hours_from : c.hours_to) = parse_time_of_day(*text);
            } catch (const std::invalid_argument& e) {
                problems.add(h.path_of(key), e.what());
            }
        }
        if (c.hours_from && c.hours_to && *c.hours_from == *c.hours_to) {
            problems.add(r.path_of("hours"), "from and to must differ");
        }
    }
    c.segments = r.strings("segments");
    c.cardholders_only = r.boolean_or("cardholders_only", false);
    c.min_basket = money(r, "min_basket");
    c.products = r.strings("products");
    c.categories = r.strings("categories");
    c.min_qty = Quantity::thousandths(r.integer_or("min_qty", 0, 0, 1'000'000'000));
    return c;
}

std::optional<Program> read_program(const nlohmann::json& value, const std::string& path,
                                    Problems& problems) {
    ObjectReader r(value, path, problems);
    if (!r.valid()) {
        return std::nullopt;
    }
    Program p;
    p.id = r.string("id", true, 64).value_or("");
    p.name = r.string("name", false, 120).value_or(p.id);
    p.active = r.boolean_or("active", true);
    p.valid_from = r.date("valid_from");
    p.valid_to = r.date("valid_to");
    p.priority = static_cast<int>(r.integer_or("priority", 100, -1'000'000, 1'000'000));
    if (const auto stacking = r.choice("stacking", {"exclusive", "combinable"})) {
        p.stacking = *stacking == "combinable" ? Stacking::combinable : Stacking::exclusive;
    }
    const auto type_text = r.choice("type",
                                    {"bonus", "tiers", "fixed_discount", "stamps", "coupon", "promotion",
                                     "birthday", "welcome", "referral", "reactivation", "next_order_coupon"},
                                    true);
    if (!type_text) {
        // Without a type the other fields cannot be judged; do not report them as unknown.
        for (const auto& [key, _] : value.items()) {
            r.accept(key);
        }
        return std::nullopt;
    }
    const ProgramType type = *program_type_from_string(*type_text);
    const std::size_t before = problems.size();
    switch (type) {
        case ProgramType::bonus:
            p.settings = read_bonus(r);
            break;
        case ProgramType::tiers:
            p.settings = read_tiers(r);
            break;
        case ProgramType::fixed_discount: {
            FixedDiscountSettings f;
            f.discount = percent_bp(r, "discount_bp", 0, true);
            f.segments = r.strings("segments");
            f.categories = r.strings("categories");
            p.settings = f;
            break;
        }
        case ProgramType::stamps: {
            StampSettings s;
            s.goal = static_cast<int>(r.integer("goal", 1, 1000, true).value_or(1));
            s.min_amount = money(r, "min_amount");
            s.categories = r.strings("categories");
            s.reward_name = r.string("reward_name", false, 120).value_or("");
            if (auto e = read_effect<RewardEffect>(r.object("reward", true), r.path_of("reward"), problems,
                                                   {"free_item", "percent_off", "amount_off"})) {
                s.reward = *e;
            }
            p.settings = s;
            break;
        }
        case ProgramType::coupon: {
            CouponSettings c;
            c.codes = r.strings("codes", 100000);
            c.public_code = r.string("public_code", false, 64).value_or("");
            c.min_basket = money(r, "min_basket");
            c.categories = r.strings("categories");
            c.stackable = r.boolean_or("stackable", true);
            if (auto e = read_effect<RewardEffect>(r.object("effect", true), r.path_of("effect"), problems,
                                                   {"percent_off", "amount_off", "free_item"})) {
                c.effect = *e;
            }
            p.settings = c;
            break;
        }
        case ProgramType::promotion: {
            PromotionSettings s;
            s.conditions = read_conditions(r.object("conditions"), r.path_of("conditions"), problems);
            if (auto e =
                    read_effect<PromotionEffect>(r.object("effect", true), r.path_of("effect"), problems,
                                                 {"percent_off", "fixed_price", "buy_n_get_m", "bundle_price",
                                                  "gift_item", "points_multiplier", "extra_points"})) {
                s.effect = *e;
            }
            s.reason = r.string("reason", false, 500).value_or("");
            s.slogan = r.string("slogan", false, 200).value_or("");
            s.announce_days_before = static_cast<int>(r.integer_or("announce_days_before", 0, 0, 365));
            p.settings = s;
            break;
        }
        case ProgramType::birthday: {
            BirthdaySettings b;
            b.days_before = static_cast<int>(r.integer_or("days_before", 0, 0, 60));
            b.days_after = static_cast<int>(r.integer_or("days_after", 0, 0, 60));
            if (const auto f = r.choice("frequency", {"once_a_year", "every_purchase"})) {
                b.frequency = *f == "every_purchase" ? BirthdayFrequency::every_purchase
                                                     : BirthdayFrequency::once_a_year;
            }
            if (auto e = read_effect<PersonalEffect>(r.object("effect", true), r.path_of("effect"), problems,
                                                     {"percent_off", "points_multiplier", "extra_points"})) {
                b.effect = *e;
            }
            p.settings = b;
            break;
        }
        case ProgramType::welcome: {
            WelcomeSettings w;
            if (auto e = read_effect<PersonalEffect>(r.object("effect", true), r.path_of("effect"), problems,
                                                     {"percent_off", "points_multiplier", "extra_points"})) {
                w.effect = *e;
            }
            p.settings = w;
            break;
        }
        case ProgramType::referral: {
            ReferralSettings s;
            s.referrer_points = Points::of(r.integer_or("referrer_points", 0, 0, kMaxPoints));
            s.new_customer_points = Points::of(r.integer_or("new_customer_points", 0, 0, kMaxPoints));
            s.expiry_days = optional_days(r, "expiry_days");
            p.settings = s;
            break;
        }
        case ProgramType::reactivation: {
            ReactivationSettings s;
            s.dormant_days = static_cast<int>(r.integer("dormant_days", 1, kMaxDays, true).value_or(90));
            s.points = Points::of(r.integer("points", 1, kMaxPoints, true).value_or(0));
            s.expiry_days = static_cast<int>(r.integer_or("expiry_days", 14, 1, kMaxDays));
            p.settings = s;
            break;
        }
        case ProgramType::next_order_coupon: {
            NextOrderCouponSettings s;
            s.threshold = money(r, "threshold", true);
            s.valid_days = static_cast<int>(r.integer_or("valid_days", 30, 1, kMaxDays));
            s.min_basket = money(r, "min_basket");
            s.categories = r.strings("categories");
            s.stackable = r.boolean_or("stackable", true);
            if (auto e = read_effect<RewardEffect>(r.object("effect", true), r.path_of("effect"), problems,
                                                   {"percent_off", "amount_off", "free_item"})) {
                s.effect = *e;
            }
            p.settings = s;
            break;
        }
    }
    if (problems.size() != before) {
        return std::nullopt;
    }
    return p;
}

}  // namespace

RulesReadResult read_rules(const nlohmann::json& document, const std::string& path_prefix) {
    Problems problems;
    Rules rules;
    std::vector<RuleError> semantic;
    {
        ObjectReader r(document, path_prefix.empty() ? "" : path_prefix.substr(0, path_prefix.size() - 1),
                       problems);
        if (r.valid()) {
            rules.version = static_cast<int>(r.integer("version", 1, 1, true).value_or(1));
            if (const auto currency = r.string("currency", true, 3)) {
                rules.currency = *currency;
                if (!currency_minor_digits(*currency)) {
                    problems.add(r.path_of("currency"),
                                 "'" + *currency + "' is not an ISO 4217 currency code");
                }
            }
            rules.time_zone = r.string("time_zone", false, 64).value_or("");
            if (const auto lang = r.choice("language", {"en", "ru", "et"})) {
                rules.language = *language_from_string(*lang);
            }
            if (const auto* programs = r.array("programs", true, 1000)) {
                for (std::size_t i = 0; i < programs->size(); ++i) {
                    if (auto p = read_program((*programs)[i], detail::index_path(r.path_of("programs"), i),
                                              problems)) {
                        rules.programs.push_back(std::move(*p));
                    }
                }
                // Cross-field checks only make sense on a structurally sound document: program indexes in
                // their paths would not line up otherwise.
                if (problems.empty()) {
                    semantic = validate(rules);
                }
            }
        }
    }
    RulesReadResult result;
    result.errors = std::move(problems.list());
    for (auto& e : semantic) {
        e.path = path_prefix + e.path;
        result.errors.push_back(std::move(e));
    }
    if (result.errors.empty()) {
        result.rules = std::move(rules);
    }
    return result;
}

std::string describe(const std::vector<RuleError>& errors) {
    std::string text;
    for (const auto& e : errors) {
        if (!text.empty()) {
            text += "; ";
        }
        text += e.path + ": " + e.reason;
    }
    return text;
}

}  // namespace kassa::json
