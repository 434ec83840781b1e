#pragma once
// The rules document in memory: every program type of the loyalty program (docs/rules.md describes the JSON
// form). A Rules value is plain data; validate() checks it and compile() turns it into the shape the engine
// quotes from. Immutable once compiled, so one compiled rules object may serve any number of threads.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "kassa/core/units.hpp"

namespace kassa {

enum class Language { en, ru, et };

enum class Stacking { exclusive, combinable };

enum class ProgramType {
    bonus,
    tiers,
    fixed_discount,
    stamps,
    coupon,
    promotion,
    birthday,
    welcome,
    referral,
    reactivation,
    next_order_coupon,
};

std::string_view to_string(ProgramType type);
std::optional<ProgramType> program_type_from_string(std::string_view text);

// ---- effects ----------------------------------------------------------------------------------------------

struct PercentOff {
    BasisPoints percent;
};
struct AmountOff {
    Money amount;
};
struct FixedPrice {  // the unit price a qualifying line is sold at
    Money unit_price;
};
struct BuyNGetM {
    std::int64_t buy = 0;
    std::int64_t get = 0;
};
struct BundleItem {
    std::vector<std::string> skus;        // any of these products ...
    std::vector<std::string> categories;  // ... or any product of these categories
    std::int64_t pieces = 1;
};
struct BundlePrice {
    std::vector<BundleItem> items;
    Money price;  // for one complete set
};
struct FreeItem {};  // the cheapest qualifying unit is free (rule 15)
struct GiftItem {
    std::string sku;
    std::string name;
};
struct PointsMultiplier {
    BasisPoints multiplier;  // 20000 = x2
};
struct ExtraPoints {
    Points points;
    std::optional<int> expiry_days;  // own expiry; the bonus program's when absent
};

// What an item or segment promotion does.
using PromotionEffect =
    std::variant<PercentOff, FixedPrice, BuyNGetM, BundlePrice, GiftItem, PointsMultiplier, ExtraPoints>;
// What a coupon, stamp reward or next-order coupon gives.
using RewardEffect = std::variant<PercentOff, AmountOff, FreeItem>;
// What a birthday or welcome program gives.
using PersonalEffect = std::variant<PercentOff, PointsMultiplier, ExtraPoints>;

// ---- program settings ------------------------------------------------------------------------------------

enum class PointsRounding { floor_per_receipt, per_full_units };

struct BonusSettings {
    BasisPoints accrual_rate = BasisPoints::bp(0);
    std::vector<std::pair<std::string, BasisPoints>> category_rates;
    std::vector<std::string> excluded_categories;
    BasisPoints redeem_cap = BasisPoints::bp(10000);
    Points min_redeem = Points::of(0);
    Money point_value = Money::minor(1);
    int hold_days = 0;
    std::optional<int> expiry_days;  // none: points never expire
    Points welcome_points = Points::of(0);
    bool accrue_on_redeemed = false;
    bool accrue_on_discounted = true;
    PointsRounding rounding = PointsRounding::floor_per_receipt;
    Money rounding_unit = Money::minor(100);  // N for "one point per full N"
};

enum class SpendBasis { lifetime, rolling };

struct TierLevel {
    std::string name;
    Money min_spend;
    BasisPoints discount = BasisPoints::bp(0);
    BasisPoints extra_accrual = BasisPoints::bp(0);
};

struct TierSettings {
    SpendBasis basis = SpendBasis::lifetime;
    int window_days = 365;
    std::vector<TierLevel> levels;  // ascending min_spend
};

struct FixedDiscountSettings {
    BasisPoints discount;
    std::vector<std::string> segments;    // customers of these segments hold the card
    std::vector<std::string> categories;  // empty: every non-excluded line
};

struct StampSettings {
    int goal = 10;
    Money min_amount;
    std::vector<std::string> categories;  // empty: every non-excluded line qualifies
    RewardEffect reward = FreeItem{};
    std::string reward_name;  // "a free coffee", for hints
};

struct CouponSettings {
    std::vector<std::string> codes;  // single-use unique codes
    std::string public_code;         // one code for everybody
    RewardEffect effect = PercentOff{};
    Money min_basket;
    std::vector<std::string> categories;  // empty: every non-excluded line
    bool stackable = true;
};

struct Conditions {
    std::vector<unsigned> weekdays;          // ISO 1..7, empty: every day
    std::optional<std::int32_t> hours_from;  // local seconds of day, [from, to)
    std::optional<std::int32_t> hours_to;
    std::vector<std::string> segments;
    bool cardholders_only = false;
    Money min_basket;
    std::vector<std::string> products;
    std::vector<std::string> categories;
    Quantity min_qty;
};

struct PromotionSettings {
    Conditions conditions;
    PromotionEffect effect = PercentOff{};
    std::string reason;
    std::string slogan;
    int announce_days_before = 0;
};

enum class BirthdayFrequency { once_a_year, every_purchase };

struct BirthdaySettings {
    int days_before = 0;
    int days_after = 0;
    PersonalEffect effect = PercentOff{};
    BirthdayFrequency frequency = BirthdayFrequency::once_a_year;
};

struct WelcomeSettings {
    PersonalEffect effect = PercentOff{};
};

struct ReferralSettings {
    Points referrer_points;
    Points new_customer_points;
    std::optional<int> expiry_days;
};

struct ReactivationSettings {
    int dormant_days = 90;
    Points points;
    int expiry_days = 14;
};

struct NextOrderCouponSettings {
    Money threshold;
    RewardEffect effect = AmountOff{};
    int valid_days = 30;
    Money min_basket;
    std::vector<std::string> categories;
    bool stackable = true;
};

using ProgramSettings = std::variant<BonusSettings, TierSettings, FixedDiscountSettings, StampSettings,
                                     CouponSettings, PromotionSettings, BirthdaySettings, WelcomeSettings,
                                     ReferralSettings, ReactivationSettings, NextOrderCouponSettings>;

struct Program {
    std::string id;
    std::string name;
    bool active = true;
    std::optional<std::chrono::year_month_day> valid_from;  // local date, inclusive
    std::optional<std::chrono::year_month_day> valid_to;    // local date, inclusive
    int priority = 100;                                     // lower applies first and wins ties of worth
    Stacking stacking = Stacking::exclusive;
    ProgramSettings settings;

    [[nodiscard]] ProgramType type() const;
};

struct Rules {
    int version = 1;
    std::string currency = "EUR";
    std::string time_zone;  // IANA name; empty: the offset of `now`
    Language language = Language::en;
    std::vector<Program> programs;
};

// What is wrong with a value of a rules document. The owner's screen words it in its own language from this
// and the values of RuleError; the English `reason` is for the command line, the logs and the quote's JSON.
enum class RuleProblem : std::uint8_t {
    // the shape of the document
    not_an_object,
    unknown_field,
    required,
    not_a_whole_number,  // a number with decimals where minor units or basis points are wanted
    not_a_number,
    out_of_range,  // low..high
    not_text,
    too_long,  // high: the most characters
    not_true_or_false,
    not_a_text_list,
    too_many_items,  // high: the most items
    empty_text,
    not_a_list,
    not_a_date,
    not_a_choice,  // value: the allowed words, comma-separated
    not_a_weekday,
    not_a_time_of_day,
    hours_equal,
    bundle_item_empty,
    not_a_currency,     // value: the code
    unknown_time_zone,  // value: the name (checked where the zone database is, not by the reader)
    // across fields (validate)
    wrong_version,
    empty_id,
    id_taken,                     // value: the id
    ends_before_start,            // valid_to before valid_from
    per_full_units_without_rate,  // rounding per_full_units with accrual 0
    rate_of_excluded_category,    // value: the category
    no_levels,
    level_spend_not_rising,
    level_name_taken,  // value: the level's name
    coupon_without_codes,
    code_taken,  // value: the code
    bundle_without_items,
    no_segments,
    category_excluded,  // value: the category
    second_bonus,
    second_tiers,
    points_without_bonus,
    // a quote input's own checks (kassactl quote, sale commit): read by scripts in English, never on a screen
    quote_input,
};
// The problems an owner's screen can show: every one before quote_input (the editor's test walks them all).
inline constexpr std::size_t kScreenRuleProblemCount = static_cast<std::size_t>(RuleProblem::quote_input);

// A problem found in a rules document, with the JSON path it is at, a plain English reason and the typed
// problem with its values.
struct RuleError {
    // Without a type it is one no screen words: a check of the command line's own, a test's expectation.
    RuleError(std::string path_, std::string reason_, RuleProblem problem_ = RuleProblem::quote_input,
              std::string value_ = {}, std::int64_t low_ = 0, std::int64_t high_ = 0)
        : path(std::move(path_)),
          reason(std::move(reason_)),
          problem(problem_),
          value(std::move(value_)),
          low(low_),
          high(high_) {}

    std::string path;    // programs[3].levels[1].discount_bp
    std::string reason;  // must be between 0 and 10000
    RuleProblem problem;
    std::string value;  // see RuleProblem
    std::int64_t low;
    std::int64_t high;
};

// Cross-field checks on a rules value (ranges are checked when the document is read). Empty when valid.
std::vector<RuleError> validate(const Rules& rules);

// A coupon code as the engine compares it: upper case, without spaces, tabs and dashes, so "nl-7q2k" typed at
// the till finds NL7Q2K.
std::string normalise_coupon_code(std::string_view code);

// ISO 4217 code and its minor-unit digits; nullopt for a code that is not a currency.
std::optional<int> currency_minor_digits(std::string_view code);

}  // namespace kassa
