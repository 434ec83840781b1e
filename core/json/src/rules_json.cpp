#include "kassa/core_json/rules_json.hpp"

#include <nlohmann/json.hpp>

#include "kassa/core/messages.hpp"
#include "kassa/core_json/programme_fields.hpp"
#include "object_reader.hpp"

namespace kassa::json {

namespace detail {

ObjectReader::ObjectReader(const nlohmann::json& value, std::string path, Problems& problems)
    : path_(std::move(path)), problems_(problems) {
    if (value.is_object()) {
        object_ = &value;
    } else {
        problems_.add(path_.empty() ? "(document)" : path_, RuleProblem::not_an_object, "must be an object");
    }
}

ObjectReader::~ObjectReader() {
    if (!object_) {
        return;
    }
    for (const auto& [key, _] : object_->items()) {
        if (!seen_.count(key)) {
            problems_.add(path_of(key), RuleProblem::unknown_field, "unknown field");
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
            problems_.add(path_of(key), RuleProblem::required, "is required");
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
        if (v->is_number()) {
            problems_.add(path_of(key), RuleProblem::not_a_whole_number,
                          "must be a whole number (money in minor units, no decimals)");
        } else {
            problems_.add(path_of(key), RuleProblem::not_a_number, "must be a number");
        }
        return std::nullopt;
    }
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
        problems_.out_of_range(path_of(key), min, max);
        return std::nullopt;
    }
    const auto n = v->get<std::int64_t>();
    if (n < min || n > max) {
        problems_.out_of_range(path_of(key), min, max);
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
        problems_.add(path_of(key), RuleProblem::not_text, "must be text");
        return std::nullopt;
    }
    auto s = v->get<std::string>();
    if (s.size() > max_length) {
        problems_.add(path_of(key), RuleProblem::too_long,
                      "is longer than " + std::to_string(max_length) + " characters", {}, 0,
                      static_cast<std::int64_t>(max_length));
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
        problems_.add(path_of(key), RuleProblem::not_true_or_false, "must be true or false");
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
        problems_.add(path_of(key), RuleProblem::not_a_text_list, "must be a list of texts");
        return out;
    }
    if (v->size() > max_items) {
        problems_.add(path_of(key), RuleProblem::too_many_items,
                      "has more than " + std::to_string(max_items) + " items", {}, 0,
                      static_cast<std::int64_t>(max_items));
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto& item = (*v)[i];
        if (!item.is_string() || item.get<std::string>().empty()) {
            problems_.add(index_path(path_of(key), i), RuleProblem::empty_text, "must be non-empty text");
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const nlohmann::json* ObjectReader::object(const std::string& key, bool required) {
    const auto* v = get(key, required);
    if (v && !v->is_object()) {
        problems_.add(path_of(key), RuleProblem::not_an_object, "must be an object");
        return nullptr;
    }
    return v;
}

const nlohmann::json* ObjectReader::array(const std::string& key, bool required, std::size_t max_items) {
    const auto* v = get(key, required);
    if (v && !v->is_array()) {
        problems_.add(path_of(key), RuleProblem::not_a_list, "must be a list");
        return nullptr;
    }
    if (v && v->size() > max_items) {
        problems_.add(path_of(key), RuleProblem::too_many_items,
                      "has more than " + std::to_string(max_items) + " items", {}, 0,
                      static_cast<std::int64_t>(max_items));
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
        problems_.add(path_of(key), RuleProblem::not_a_date, "must be a date written YYYY-MM-DD");
        return std::nullopt;
    }
}

std::optional<std::string> ObjectReader::choice(const std::string& key,
                                                std::initializer_list<const char*> words, bool required) {
    return choice(key, std::vector<std::string>(words.begin(), words.end()), required);
}

std::optional<std::string> ObjectReader::choice(const std::string& key, const std::vector<std::string>& words,
                                                bool required) {
    const auto text = string(key, required, 64);
    if (!text) {
        return std::nullopt;
    }
    std::string allowed;
    for (const std::string& w : words) {
        if (*text == w) {
            return text;
        }
        allowed += allowed.empty() ? w : ", " + w;
    }
    problems_.add(path_of(key), RuleProblem::not_a_choice, "must be one of: " + allowed, allowed);
    return std::nullopt;
}

std::string index_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

}  // namespace detail

namespace {

using detail::ObjectReader;
using detail::Problems;

// One object of a programme read by the keys and bounds of the field table (programme_fields.hpp): `table`
// holds the fields of the object `r` reads, `prefix` their path inside the programme ("conditions.").
class TableReader {
  public:
    TableReader(ObjectReader& r, const std::vector<FieldSpec>& table, std::string prefix = "")
        : r_(r), table_(table), prefix_(std::move(prefix)) {}

    [[nodiscard]] ObjectReader& reader() { return r_; }
    [[nodiscard]] const FieldSpec& spec(std::string_view key) const {
        return field(table_, prefix_ + std::string(key));
    }

    // An integer field: nullopt when left out (or wrong: reported).
    std::optional<std::int64_t> optional_integer(std::string_view key) {
        const FieldSpec& f = spec(key);
        return r_.integer(std::string(key), f.min, f.max, f.required);
    }
    // An integer field, its fallback when left out (0 for a required one: its absence is reported).
    std::int64_t integer(std::string_view key) {
        return optional_integer(key).value_or(spec(key).fallback.value_or(0));
    }
    int whole(std::string_view key) { return static_cast<int>(integer(key)); }
    std::optional<int> optional_whole(std::string_view key) {
        const auto v = optional_integer(key);
        return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    }
    Money money(std::string_view key) { return Money::minor(integer(key)); }
    BasisPoints basis_points(std::string_view key) { return BasisPoints::bp(integer(key)); }
    Points points(std::string_view key) { return Points::of(integer(key)); }
    bool flag(std::string_view key) {
        return r_.boolean_or(std::string(key), spec(key).fallback.value_or(0) != 0);
    }
    std::optional<std::string> text(std::string_view key) {
        const FieldSpec& f = spec(key);
        return r_.string(std::string(key), f.required, f.max_length);
    }
    std::optional<std::string> choice(std::string_view key) {
        const FieldSpec& f = spec(key);
        return r_.choice(std::string(key), f.words, f.required);
    }
    std::optional<std::chrono::year_month_day> date(std::string_view key) {
        return r_.date(std::string(key), spec(key).required);
    }
    std::vector<std::string> strings(std::string_view key) {
        return r_.strings(std::string(key), spec(key).max_length);
    }
    const nlohmann::json* array(std::string_view key) {
        const FieldSpec& f = spec(key);
        return r_.array(std::string(key), f.required, f.max_length);
    }
    const nlohmann::json* object(std::string_view key) {
        return r_.object(std::string(key), spec(key).required);
    }

  private:
    ObjectReader& r_;
    const std::vector<FieldSpec>& table_;
    std::string prefix_;
};

// {"type": "...", ...}: the effect `spec` names, of one of the types it allows.
template <typename Variant>
std::optional<Variant> read_effect(TableReader& programme, std::string_view key, Problems& problems) {
    const FieldSpec& spec = programme.spec(key);
    const nlohmann::json* value = programme.object(key);
    if (!value) {
        return std::nullopt;
    }
    ObjectReader r(*value, programme.reader().path_of(std::string(key)), problems);
    if (!r.valid()) {
        return std::nullopt;
    }
    const auto type = r.choice("type", spec.words, true);
    if (!type) {
        // Mark the other fields as read so the one real problem is not buried under "unknown field".
        for (const std::string& other : effect_types()) {
            for (const FieldSpec& f : effect_fields(other)) {
                r.accept(f.key);
            }
        }
        return std::nullopt;
    }
    TableReader e(r, effect_fields(*type));
    if constexpr (std::is_constructible_v<Variant, PercentOff>) {
        if (*type == "percent_off") {
            return Variant{PercentOff{e.basis_points("percent_bp")}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, AmountOff>) {
        if (*type == "amount_off") {
            return Variant{AmountOff{e.money("amount")}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, FreeItem>) {
        if (*type == "free_item") {
            return Variant{FreeItem{}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, FixedPrice>) {
        if (*type == "fixed_price") {
            return Variant{FixedPrice{e.money("unit_price")}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, BuyNGetM>) {
        if (*type == "buy_n_get_m") {
            BuyNGetM out;
            out.buy = e.optional_integer("buy").value_or(1);
            out.get = e.optional_integer("get").value_or(1);
            return Variant{out};
        }
    }
    if constexpr (std::is_constructible_v<Variant, BundlePrice>) {
        if (*type == "bundle_price") {
            BundlePrice out;
            out.price = e.money("price");
            if (const auto* items = e.array("items")) {
                for (std::size_t i = 0; i < items->size(); ++i) {
                    ObjectReader item((*items)[i], detail::index_path(r.path_of("items"), i), problems);
                    TableReader columns(item, e.spec("items").columns);
                    BundleItem b;
                    b.skus = columns.strings("skus");
                    b.categories = columns.strings("categories");
                    b.pieces = columns.integer("pieces");
                    if (item.valid() && b.skus.empty() && b.categories.empty()) {
                        problems.add(detail::index_path(r.path_of("items"), i),
                                     RuleProblem::bundle_item_empty, "name skus or categories");
                    }
                    out.items.push_back(std::move(b));
                }
            }
            return Variant{out};
        }
    }
    if constexpr (std::is_constructible_v<Variant, GiftItem>) {
        if (*type == "gift_item") {
            GiftItem out;
            out.sku = e.text("sku").value_or("");
            out.name = e.text("name").value_or("");
            return Variant{out};
        }
    }
    if constexpr (std::is_constructible_v<Variant, PointsMultiplier>) {
        if (*type == "points_multiplier") {
            return Variant{
                PointsMultiplier{BasisPoints::bp(e.optional_integer("multiplier_bp").value_or(10000))}};
        }
    }
    if constexpr (std::is_constructible_v<Variant, ExtraPoints>) {
        if (*type == "extra_points") {
            ExtraPoints out;
            out.points = e.points("points");
            out.expiry_days = e.optional_whole("expiry_days");
            return Variant{out};
        }
    }
    return std::nullopt;
}

BonusSettings read_bonus(TableReader& t) {
    ObjectReader& r = t.reader();
    BonusSettings b;
    b.accrual_rate = t.basis_points("accrual_bp");
    if (const auto* rates = t.object("category_rates")) {
        const FieldSpec& rate = t.spec("category_rates").columns.at(1);
        for (const auto& [category, value] : rates->items()) {
            const std::string path = r.path_of("category_rates") + "." + category;
            if (!value.is_number_integer() || value.get<std::int64_t>() < rate.min ||
                value.get<std::int64_t>() > rate.max) {
                r.problems().out_of_range(path, rate.min, rate.max);
                continue;
            }
            b.category_rates.emplace_back(category, BasisPoints::bp(value.get<std::int64_t>()));
        }
    }
    b.excluded_categories = t.strings("excluded_categories");
    b.redeem_cap = t.basis_points("redeem_cap_bp");
    b.min_redeem = t.points("min_redeem_points");
    b.point_value = t.money("point_value");
    b.hold_days = t.whole("hold_days");
    b.expiry_days = t.optional_whole("expiry_days");
    b.welcome_points = t.points("welcome_points");
    b.accrue_on_redeemed = t.flag("accrue_on_redeemed");
    b.accrue_on_discounted = t.flag("accrue_on_discounted");
    if (const auto mode = t.choice("rounding")) {
        b.rounding =
            *mode == "per_full_units" ? PointsRounding::per_full_units : PointsRounding::floor_per_receipt;
    }
    b.rounding_unit = t.money("rounding_unit");
    return b;
}

TierSettings read_tiers(TableReader& t) {
    ObjectReader& r = t.reader();
    TierSettings out;
    if (const auto basis = t.choice("basis")) {
        out.basis = *basis == "rolling" ? SpendBasis::rolling : SpendBasis::lifetime;
    }
    out.window_days = t.whole("window_days");
    if (const auto* levels = t.array("levels")) {
        for (std::size_t i = 0; i < levels->size(); ++i) {
            ObjectReader l((*levels)[i], detail::index_path(r.path_of("levels"), i), r.problems());
            TableReader columns(l, t.spec("levels").columns);
            TierLevel level;
            level.name = columns.text("name").value_or("");
            level.min_spend = columns.money("min_spend");
            level.discount = columns.basis_points("discount_bp");
            level.extra_accrual = columns.basis_points("extra_accrual_bp");
            out.levels.push_back(std::move(level));
        }
    }
    return out;
}

Conditions read_conditions(TableReader& programme, Problems& problems) {
    Conditions c;
    const nlohmann::json* value = programme.reader().object("conditions");
    if (!value) {
        return c;
    }
    ObjectReader r(*value, programme.reader().path_of("conditions"), problems);
    TableReader t(r, programme_fields(ProgramType::promotion), "conditions.");
    if (const auto* days = t.array("weekdays")) {
        const FieldSpec& spec = t.spec("weekdays");
        for (std::size_t i = 0; i < days->size(); ++i) {
            const auto& d = (*days)[i];
            if (!d.is_number_integer() || d.get<std::int64_t>() < spec.min ||
                d.get<std::int64_t>() > spec.max) {
                problems.add(detail::index_path(r.path_of("weekdays"), i), RuleProblem::not_a_weekday,
                             "must be 1 (Monday) to 7 (Sunday)", {}, spec.min, spec.max);
                continue;
            }
            c.weekdays.push_back(static_cast<unsigned>(d.get<std::int64_t>()));
        }
    }
    if (const auto* hours = t.object("hours")) {
        // An hours value is {"from", "to"}, each HH:MM (its kind in the table).
        ObjectReader h(*hours, r.path_of("hours"), problems);
        for (const char* key : {"from", "to"}) {
            const auto text = h.string(key, true, 8);
            if (!text) {
                continue;
            }
            try {
                (std::string(key) == "from" ? c.hours_from : c.hours_to) = parse_time_of_day(*text);
            } catch (const std::invalid_argument& e) {
                problems.add(h.path_of(key), RuleProblem::not_a_time_of_day, e.what(), *text);
            }
        }
        if (c.hours_from && c.hours_to && *c.hours_from == *c.hours_to) {
            problems.add(r.path_of("hours"), RuleProblem::hours_equal, "from and to must differ");
        }
    }
    c.segments = t.strings("segments");
    c.cardholders_only = t.flag("cardholders_only");
    c.min_basket = t.money("min_basket");
    c.products = t.strings("products");
    c.categories = t.strings("categories");
    c.min_qty = Quantity::thousandths(t.integer("min_qty"));
    return c;
}

std::vector<std::string> programme_type_words() {
    std::vector<std::string> words;
    for (const ProgrammeSpec& spec : programme_table()) {
        words.emplace_back(to_string(spec.type));
    }
    return words;
}

std::optional<Program> read_program(const nlohmann::json& value, const std::string& path,
                                    Problems& problems) {
    ObjectReader r(value, path, problems);
    if (!r.valid()) {
        return std::nullopt;
    }
    TableReader common(r, common_fields());
    Program p;
    p.id = common.text("id").value_or("");
    p.name = common.text("name").value_or(p.id);
    p.active = common.flag("active");
    p.valid_from = common.date("valid_from");
    p.valid_to = common.date("valid_to");
    p.priority = common.whole("priority");
    if (const auto stacking = common.choice("stacking")) {
        p.stacking = *stacking == "combinable" ? Stacking::combinable : Stacking::exclusive;
    }
    static const std::vector<std::string> types = programme_type_words();
    const auto type_text = r.choice("type", types, true);
    if (!type_text) {
        // Without a type the other fields cannot be judged; do not report them as unknown.
        for (const auto& [key, _] : value.items()) {
            r.accept(key);
        }
        return std::nullopt;
    }
    const ProgramType type = *program_type_from_string(*type_text);
    TableReader t(r, programme_fields(type));
    const std::size_t before = problems.size();
    switch (type) {
        case ProgramType::bonus:
            p.settings = read_bonus(t);
            break;
        case ProgramType::tiers:
            p.settings = read_tiers(t);
            break;
        case ProgramType::fixed_discount: {
            FixedDiscountSettings f;
            f.discount = t.basis_points("discount_bp");
            f.segments = t.strings("segments");
            f.categories = t.strings("categories");
            p.settings = f;
            break;
        }
        case ProgramType::stamps: {
            StampSettings s;
            s.goal = static_cast<int>(t.optional_integer("goal").value_or(1));
            s.min_amount = t.money("min_amount");
            s.categories = t.strings("categories");
            s.reward_name = t.text("reward_name").value_or("");
            if (auto e = read_effect<RewardEffect>(t, "reward", problems)) {
                s.reward = *e;
            }
            p.settings = s;
            break;
        }
        case ProgramType::coupon: {
            CouponSettings c;
            c.codes = t.strings("codes");
            c.public_code = t.text("public_code").value_or("");
            c.min_basket = t.money("min_basket");
            c.categories = t.strings("categories");
            c.stackable = t.flag("stackable");
            if (auto e = read_effect<RewardEffect>(t, "effect", problems)) {
                c.effect = *e;
            }
            p.settings = c;
            break;
        }
        case ProgramType::promotion: {
            PromotionSettings s;
            s.conditions = read_conditions(t, problems);
            if (auto e = read_effect<PromotionEffect>(t, "effect", problems)) {
                s.effect = *e;
            }
            s.reason = t.text("reason").value_or("");
            s.slogan = t.text("slogan").value_or("");
            s.announce_days_before = t.whole("announce_days_before");
            p.settings = s;
            break;
        }
        case ProgramType::birthday: {
            BirthdaySettings b;
            b.days_before = t.whole("days_before");
            b.days_after = t.whole("days_after");
            if (const auto f = t.choice("frequency")) {
                b.frequency = *f == "every_purchase" ? BirthdayFrequency::every_purchase
                                                     : BirthdayFrequency::once_a_year;
            }
            if (auto e = read_effect<PersonalEffect>(t, "effect", problems)) {
                b.effect = *e;
            }
            p.settings = b;
            break;
        }
        case ProgramType::welcome: {
            WelcomeSettings w;
            if (auto e = read_effect<PersonalEffect>(t, "effect", problems)) {
                w.effect = *e;
            }
            p.settings = w;
            break;
        }
        case ProgramType::referral: {
            ReferralSettings s;
            s.referrer_points = t.points("referrer_points");
            s.new_customer_points = t.points("new_customer_points");
            s.expiry_days = t.optional_whole("expiry_days");
            p.settings = s;
            break;
        }
        case ProgramType::reactivation: {
            ReactivationSettings s;
            s.dormant_days = static_cast<int>(t.optional_integer("dormant_days").value_or(90));
            s.points = t.points("points");
            s.expiry_days = t.whole("expiry_days");
            p.settings = s;
            break;
        }
        case ProgramType::next_order_coupon: {
            NextOrderCouponSettings s;
            s.threshold = t.money("threshold");
            s.valid_days = t.whole("valid_days");
            s.min_basket = t.money("min_basket");
            s.categories = t.strings("categories");
            s.stackable = t.flag("stackable");
            if (auto e = read_effect<RewardEffect>(t, "effect", problems)) {
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
                    problems.add(r.path_of("currency"), RuleProblem::not_a_currency,
                                 "'" + *currency + "' is not an ISO 4217 currency code", *currency);
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
