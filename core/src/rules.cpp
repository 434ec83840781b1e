#include "kassa/core/rules.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace kassa {

namespace {

constexpr std::array<std::pair<ProgramType, std::string_view>, 11> kTypeNames{{
    {ProgramType::bonus, "bonus"},
    {ProgramType::tiers, "tiers"},
    {ProgramType::fixed_discount, "fixed_discount"},
    {ProgramType::stamps, "stamps"},
    {ProgramType::coupon, "coupon"},
    {ProgramType::promotion, "promotion"},
    {ProgramType::birthday, "birthday"},
    {ProgramType::welcome, "welcome"},
    {ProgramType::referral, "referral"},
    {ProgramType::reactivation, "reactivation"},
    {ProgramType::next_order_coupon, "next_order_coupon"},
}};

// ISO 4217 active codes with their minor-unit digits.
constexpr std::array<std::pair<std::string_view, int>, 84> kCurrencies{{
    {"AED", 2}, {"AMD", 2}, {"ARS", 2}, {"AUD", 2}, {"AZN", 2}, {"BAM", 2}, {"BGN", 2}, {"BHD", 3},
    {"BRL", 2}, {"BYN", 2}, {"CAD", 2}, {"CHF", 2}, {"CLP", 0}, {"CNY", 2}, {"COP", 2}, {"CZK", 2},
    {"DKK", 2}, {"DZD", 2}, {"EGP", 2}, {"EUR", 2}, {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"HKD", 2},
    {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"ISK", 0}, {"JOD", 3}, {"JPY", 0},
    {"KES", 2}, {"KGS", 2}, {"KRW", 0}, {"KWD", 3}, {"KZT", 2}, {"LBP", 2}, {"LKR", 2}, {"LYD", 3},
    {"MAD", 2}, {"MDL", 2}, {"MKD", 2}, {"MNT", 2}, {"MXN", 2}, {"MYR", 2}, {"NGN", 2}, {"NOK", 2},
    {"NZD", 2}, {"OMR", 3}, {"PEN", 2}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"QAR", 2}, {"RON", 2},
    {"RSD", 2}, {"RUB", 2}, {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2}, {"TJS", 2}, {"TMT", 2},
    {"TND", 3}, {"TRY", 2}, {"TWD", 2}, {"UAH", 2}, {"UGX", 0}, {"USD", 2}, {"UYU", 2}, {"UZS", 2},
    {"VND", 0}, {"XAF", 0}, {"XOF", 0}, {"ZAR", 2}, {"ALL", 2}, {"BDT", 2}, {"BOB", 2}, {"CRC", 2},
    {"DOP", 2}, {"ETB", 2}, {"GTQ", 2}, {"HNL", 2},
}};

std::string program_path(std::size_t index) {
    return "programs[" + std::to_string(index) + "]";
}

}  // namespace

std::string_view to_string(ProgramType type) {
    for (const auto& [t, name] : kTypeNames) {
        if (t == type) {
            return name;
        }
    }
    return "unknown";
}

std::optional<ProgramType> program_type_from_string(std::string_view text) {
    for (const auto& [t, name] : kTypeNames) {
        if (name == text) {
            return t;
        }
    }
    return std::nullopt;
}

ProgramType Program::type() const {
    return static_cast<ProgramType>(settings.index());
}

std::optional<int> currency_minor_digits(std::string_view code) {
    for (const auto& [c, digits] : kCurrencies) {
        if (c == code) {
            return digits;
        }
    }
    return std::nullopt;
}

std::string normalise_coupon_code(std::string_view code) {
    std::string out;
    for (char ch : code) {
        if (ch == ' ' || ch == '-' || ch == '\t') {
            continue;
        }
        out += (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    }
    return out;
}

std::vector<RuleError> validate(const Rules& rules) {
    std::vector<RuleError> errors;
    if (rules.version != 1) {
        errors.push_back(
            {"version", "must be 1 (the only version this Kassa reads)", RuleProblem::wrong_version});
    }
    if (!currency_minor_digits(rules.currency)) {
        errors.push_back({"currency", "'" + rules.currency + "' is not an ISO 4217 currency code",
                          RuleProblem::not_a_currency, rules.currency});
    }
    std::set<std::string> ids;
    std::size_t bonus_count = 0;
    std::size_t tiers_count = 0;
    bool gives_points = false;
    std::set<std::string> codes;
    // Rule 5: an excluded category never takes a loyalty discount, so naming one in a discount is a mistake.
    std::vector<std::string> excluded;
    for (const auto& p : rules.programs) {
        if (const auto* b = std::get_if<BonusSettings>(&p.settings)) {
            excluded = b->excluded_categories;
        }
    }
    auto excluded_named = [&](const std::vector<std::string>& categories, const std::string& where) {
        for (std::size_t c = 0; c < categories.size(); ++c) {
            if (std::find(excluded.begin(), excluded.end(), categories[c]) != excluded.end()) {
                errors.push_back({where + "[" + std::to_string(c) + "]",
                                  "'" + categories[c] + "' is excluded from the loyalty program",
                                  RuleProblem::category_excluded, categories[c]});
            }
        }
    };
    for (std::size_t i = 0; i < rules.programs.size(); ++i) {
        const Program& p = rules.programs[i];
        const std::string path = program_path(i);
        if (p.id.empty()) {
            errors.push_back({path + ".id", "must not be empty", RuleProblem::empty_id});
        } else if (!ids.insert(p.id).second) {
            errors.push_back(
                {path + ".id", "'" + p.id + "' is used by another program", RuleProblem::id_taken, p.id});
        }
        if (p.valid_from && p.valid_to && *p.valid_to < *p.valid_from) {
            errors.push_back(
                {path + ".valid_to", "must not be before valid_from", RuleProblem::ends_before_start});
        }
        switch (p.type()) {
            case ProgramType::bonus: {
                ++bonus_count;
                const auto& b = std::get<BonusSettings>(p.settings);
                if (b.rounding == PointsRounding::per_full_units && b.accrual_rate.value() == 0) {
                    errors.push_back({path + ".accrual_bp", "must be above 0 when rounding is per_full_units",
                                      RuleProblem::per_full_units_without_rate});
                }
                for (std::size_t c = 0; c < b.category_rates.size(); ++c) {
                    if (std::find(b.excluded_categories.begin(), b.excluded_categories.end(),
                                  b.category_rates[c].first) != b.excluded_categories.end()) {
                        errors.push_back({path + ".category_rates." + b.category_rates[c].first,
                                          "the category is excluded from the program",
                                          RuleProblem::rate_of_excluded_category, b.category_rates[c].first});
                    }
                }
                break;
            }
            case ProgramType::tiers: {
                ++tiers_count;
                const auto& t = std::get<TierSettings>(p.settings);
                if (t.levels.empty()) {
                    errors.push_back({path + ".levels", "needs at least one level", RuleProblem::no_levels});
                }
                for (std::size_t l = 1; l < t.levels.size(); ++l) {
                    if (t.levels[l].min_spend <= t.levels[l - 1].min_spend) {
                        errors.push_back({path + ".levels[" + std::to_string(l) + "].min_spend",
                                          "must be above the previous level's min_spend",
                                          RuleProblem::level_spend_not_rising});
                    }
                }
                std::set<std::string> names;
                for (std::size_t l = 0; l < t.levels.size(); ++l) {
                    if (!names.insert(t.levels[l].name).second) {
                        errors.push_back({path + ".levels[" + std::to_string(l) + "].name",
                                          "'" + t.levels[l].name + "' names another level too",
                                          RuleProblem::level_name_taken, t.levels[l].name});
                    }
                }
                break;
            }
            case ProgramType::coupon: {
                const auto& c = std::get<CouponSettings>(p.settings);
                if (c.codes.empty() && c.public_code.empty()) {
                    errors.push_back({path + ".codes", "a coupon needs codes or a public_code",
                                      RuleProblem::coupon_without_codes});
                }
                auto add_code = [&](const std::string& code, const std::string& where) {
                    if (!codes.insert(normalise_coupon_code(code)).second) {
                        errors.push_back({where, "code '" + code + "' is used by another coupon",
                                          RuleProblem::code_taken, code});
                    }
                };
                for (std::size_t k = 0; k < c.codes.size(); ++k) {
                    add_code(c.codes[k], path + ".codes[" + std::to_string(k) + "]");
                }
                if (!c.public_code.empty()) {
                    add_code(c.public_code, path + ".public_code");
                }
                excluded_named(c.categories, path + ".categories");
                break;
            }
            case ProgramType::promotion: {
                const auto& pr = std::get<PromotionSettings>(p.settings);
                if (std::holds_alternative<ExtraPoints>(pr.effect) ||
                    std::holds_alternative<PointsMultiplier>(pr.effect)) {
                    gives_points = true;
                }
                if (const auto* bundle = std::get_if<BundlePrice>(&pr.effect);
                    bundle && bundle->items.empty()) {
                    errors.push_back({path + ".effect.items", "a bundle needs at least one item",
                                      RuleProblem::bundle_without_items});
                }
                excluded_named(pr.conditions.categories, path + ".conditions.categories");
                break;
            }
            case ProgramType::birthday: {
                const auto& b = std::get<BirthdaySettings>(p.settings);
                gives_points = gives_points || !std::holds_alternative<PercentOff>(b.effect);
                break;
            }
            case ProgramType::welcome: {
                const auto& w = std::get<WelcomeSettings>(p.settings);
                gives_points = gives_points || !std::holds_alternative<PercentOff>(w.effect);
                break;
            }
            case ProgramType::referral:
            case ProgramType::reactivation:
                gives_points = true;
                break;
            case ProgramType::fixed_discount: {
                const auto& f = std::get<FixedDiscountSettings>(p.settings);
                if (f.segments.empty()) {
                    errors.push_back({path + ".segments", "name the customer segments that hold this card",
                                      RuleProblem::no_segments});
                }
                excluded_named(f.categories, path + ".categories");
                break;
            }
            case ProgramType::stamps:
                excluded_named(std::get<StampSettings>(p.settings).categories, path + ".categories");
                break;
            case ProgramType::next_order_coupon:
                excluded_named(std::get<NextOrderCouponSettings>(p.settings).categories,
                               path + ".categories");
                break;
        }
    }
    if (bonus_count > 1) {
        errors.push_back({"programs", "only one bonus program can run at a time", RuleProblem::second_bonus});
    }
    if (tiers_count > 1) {
        errors.push_back({"programs", "only one tiers program can run at a time", RuleProblem::second_tiers});
    }
    if (gives_points && bonus_count == 0) {
        errors.push_back({"programs",
                          "programs that give points need a bonus program (it sets the point value)",
                          RuleProblem::points_without_bonus});
    }
    return errors;
}

}  // namespace kassa
