#pragma once
// Why the store refused a request, as a typed reason with its values: the screen words it in its own
// language (ui/NoticeText), kassactl and the logs read the English sentence the store also makes. No
// sentence a cashier reads is built here.
//
// Threading: plain values and pure functions; any thread.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kassa/core/units.hpp"
#include "kassa/store/text_limits.hpp"

namespace kassa::store {

// One value per distinct refusal. Keep `other` first and `last_` after the last real value: tests walk
// every value from 0 to kStoreProblemCount, so a new refusal cannot go without its sentences.
enum class StoreProblem : std::uint8_t {
    other,  // a refusal not yet given a reason of its own (its English sentence is in what())
    // cashiers and PINs
    pin_format,
    cashier_name_missing,
    no_such_cashier,
    audit_entry_incomplete,
    pin_wrong,   // attempts left
    pin_locked,  // until (clock), after how many wrong PINs
    cashier_switched_off,
    cashier_unknown,
    no_owner,
    log_in_first,
    // sales
    sale_id_missing,
    basket_empty,
    payment_negative,
    payments_short,  // the amount missing
    change_without_cash,
    basket_not_priceable,
    // customers, cards, phones
    no_such_customer,
    customer_gone_or_erased,
    bank_card,
    card_taken,           // the card number
    card_not_registered,  // the card number
    not_a_phone,          // what was typed
    phone_taken,          // the phone
    consent_needed,
    personal_consent_missing,
    // merging two customers and the sync's conflicts (docs/sync.md)
    merge_with_herself,
    customer_already_merged,
    no_such_conflict,  // the conflict's number
    // catalog
    no_such_product,  // the SKU
    product_sku_missing,
    product_price_invalid,  // the SKU
    // personal service
    note_empty,
    attribute_name_missing,
    complaint_reason_missing,
    complaint_author_missing,
    credit_not_positive,
    points_only_with_credit,
    complaint_subject_missing,
    credit_needs_customer,
    receipt_of_another_customer,
    not_a_month,
    suggested_with_itself,
    window_too_short,
    segment_computed,  // the segment
    coupon_code_count,
    // points
    correction_reason_missing,
    correction_zero,
    not_enough_points,  // the spendable points
    // baskets
    till_name_missing,
    basket_document_empty,
    held_basket_empty,
    // returns
    return_ids_missing,
    return_id_missing,
    return_nothing_chosen,
    return_id_reused,
    return_id_reused_with_receipt,
    no_such_receipt,
    no_such_receipt_line,  // the line number
    return_does_not_fit,
    return_quantity_invalid,  // the product's name
    return_price_negative,    // the product's name
    return_reason_missing,
    return_cashier_missing,
    return_needs_owner,
    // settings, reports and lists
    unknown_time_zone,            // the zone's name
    scanner_timing_out_of_range,  // lowest and highest pause (ms), shortest and longest scan (characters)
    client_day_program_missing,
    no_such_promotion,  // the programme's id
    no_such_report,     // the report's name
    period_reversed,    // from, to
    no_such_list,       // the list's name
    negative_days,
    due_margin_too_small,
    call_author_missing,
    // the rules, checked by the till before they are saved or restored
    rules_have_problems,
    rules_fail_checks,
    rules_unknown_zone,    // the zone's name
    rules_other_currency,  // the currency
    rules_unchanged,
    no_such_rules_version,   // the version
    shop_rules_need_office,  // a shop's own rules saved in a file that has not joined an office database
    // any text the store keeps (text_limits.hpp)
    text_too_long,  // the field, its limit in characters
    last_,
};

inline constexpr std::size_t kStoreProblemCount = static_cast<std::size_t>(StoreProblem::last_);

// An amount with the currency's minor digits, so any reader can write it (2 for the euro).
struct ProblemAmount {
    Money money;
    int digits = 2;
    friend bool operator==(const ProblemAmount&, const ProblemAmount&) = default;
};

// A time on the shop's wall clock ("locked until 14:05").
struct ProblemClock {
    int hour = 0;
    int minute = 0;
    friend bool operator==(const ProblemClock&, const ProblemClock&) = default;
};

// A value a refusal names: what the person typed or scanned (a card, a SKU, a phone, a name), a whole
// number, an amount of money, a date, a time of day or a text field (the screen says the field's name). The
// screen formats each in its own language.
using ProblemValue = std::variant<std::string, std::int64_t, ProblemAmount, std::chrono::year_month_day,
                                  ProblemClock, TextField>;

// The kinds of ProblemValue, in the variant's order.
enum class ProblemValueKind : std::uint8_t { text, number, amount, date, clock, field };

struct StoreRefusal {
    StoreProblem problem = StoreProblem::other;
    std::vector<ProblemValue> values;
    friend bool operator==(const StoreRefusal&, const StoreRefusal&) = default;
};

// "card_taken": for logs and tests.
std::string_view store_problem_name(StoreProblem problem);
// The kinds of the values a problem carries, in their order (the store checks every refusal against it).
std::vector<ProblemValueKind> store_problem_values(StoreProblem problem);
// The English sentence with the values in it, for what(), kassactl and the logs.
std::string english_sentence(const StoreRefusal& refusal);

}  // namespace kassa::store
