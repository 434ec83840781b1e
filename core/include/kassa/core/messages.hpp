#pragma once
// Sentences the engine gives a cashier to read aloud, in the shop's language (English, Russian, Estonian).
// core has no Qt, so it carries its own small catalogue; the UI's own strings go through Qt Linguist.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "kassa/core/rules.hpp"
#include "kassa/core/units.hpp"

namespace kassa {

enum class MessageId {
    percent_discount,      // {name} -{percent}
    fixed_price,           // {name}: {price} each
    buy_n_get_m,           // {name}: {count} free
    bundle_price,          // {name}: set price
    tier_discount,         // {level} card -{percent}
    fixed_card_discount,   // {name} -{percent}
    birthday_discount,     // Happy birthday! -{percent}
    welcome_discount,      // Welcome! -{percent}
    stamp_reward,          // {name}: stamp card reward
    coupon_discount,       // Coupon {code}: {name}
    points_redeemed,       // {points} paid with points
    redeem_below_minimum,  // Paying with points starts at {min}; only {allowed} available for this purchase
    redeem_trimmed,        // Asked {asked}, {allowed} can be used ({why})
    redeem_no_customer,    // Points need a loyalty card
    reason_balance,        // the balance
    reason_cap,            // the {percent} limit
    coupon_unknown,        // Coupon {code} is not known
    coupon_expired,        // Coupon {code} has expired
    coupon_used,           // Coupon {code} has already been used
    coupon_min_basket,     // Coupon {code} needs a basket of {amount}
    coupon_not_eligible,   // Coupon {code} does not apply to these items
    coupon_not_stackable,  // Coupon {code} cannot be combined with {other}
    coupon_not_yet_valid,  // Coupon {code} is valid from {date}
    birthday_used,         // The birthday gift was already used this year
    discount_dropped,      // {amount} of {name} could not be placed (minimum prices)
    hint_tier,             // {amount} more for {level}
    hint_stamp_one_more,   // One more stamp for {reward}
    hint_stamp_ready,      // Next visit: {reward}
    hint_next_order,       // Add {amount} to get the {name} coupon
    gift_prompt,           // Gift: add {item} at zero price ({name})
    coupon_issued,         // Next-visit coupon: {name}, valid until {date}
    points_welcome,        // Welcome points: {points}
    points_referral,       // Referral points: {points}
    points_referrer,       // {points} for the friend who recommended
    points_birthday,       // Birthday gift: {points}
    points_reactivation,   // Welcome back! {points}, valid {days} days
    points_extra,          // {name}: {points}
    stamp_earned,          // Stamp earned: {name} ({count} of {goal})
    redeem_asked_below_minimum,  // Paying with points starts at {min}; the request was {asked}
    redeem_no_program,           // The shop does not take points at the moment
};

// A named value substituted into a message template: {name} in the template.
struct MessageArg {
    std::string_view name;
    std::string value;
};

// The sentence for `id` in `language` with the arguments substituted.
std::string message(Language language, MessageId id, std::initializer_list<MessageArg> args);

// "42.10" in English, "42,10" in Russian and Estonian, with the currency's minor digits.
std::string format_money(Money amount, int minor_digits, Language language);
// "5%" / "5 %" / "12.5%": basis points as a percentage.
std::string format_percent(BasisPoints rate, Language language);
// "1 point", "2 балла", "5 punkti": whole points with the language's plural form.
std::string format_points(Points points, Language language);

std::optional<Language> language_from_string(std::string_view code);
std::string_view to_string(Language language);

}  // namespace kassa
