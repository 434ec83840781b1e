#include "kassa/store/problem.hpp"

#include <array>
#include <cstdio>

#include "kassa/core/messages.hpp"
#include "kassa/core/time.hpp"

namespace kassa::store {

namespace {

// One row per problem: its name, its English sentence (%1.. stand for the values) and the kinds of its
// values as letters (t text, n number, a amount, d date, c clock, f text field), so the sentence, the values
// a refusal must carry and the test that walks every problem read the same row.
struct Shape {
    std::string_view name;
    std::string_view english;
    std::string_view kinds;
};

Shape shape(StoreProblem problem) {
    using P = StoreProblem;
    switch (problem) {
        case P::other:
            return {"other", "The store refused the request.", ""};
        case P::pin_format:
            return {"pin_format", "A PIN is 4 to 8 digits.", ""};
        case P::cashier_name_missing:
            return {"cashier_name_missing", "A cashier needs a name.", ""};
        case P::no_such_cashier:
            return {"no_such_cashier", "There is no such cashier.", ""};
        case P::audit_entry_incomplete:
            return {"audit_entry_incomplete", "An audit entry needs who did it and what was done.", ""};
        case P::pin_wrong:
            return {"pin_wrong", "Wrong PIN: %1 attempts left.", "n"};
        case P::pin_locked:
            return {"pin_locked", "Locked until %1 after %2 wrong PINs.", "cn"};
        case P::cashier_switched_off:
            return {"cashier_switched_off", "This cashier's account is switched off: ask the owner.", ""};
        case P::cashier_unknown:
            return {"cashier_unknown", "This cashier is not known here: ask the owner.", ""};
        case P::no_owner:
            return {"no_owner", "No owner is set up at this shop: the owner must be added first.", ""};
        case P::log_in_first:
            return {"log_in_first", "Log in first: every change on the card names who made it.", ""};
        case P::sale_id_missing:
            return {"sale_id_missing", "A sale needs a receipt id.", ""};
        case P::basket_empty:
            return {"basket_empty", "The basket is empty.", ""};
        case P::payment_negative:
            return {"payment_negative", "A payment cannot be negative.", ""};
        case P::payments_short:
            return {"payments_short", "The payments are %1 short of the total.", "a"};
        case P::change_without_cash:
            return {"change_without_cash",
                    "Only cash can give change: the card payment is more than the total.", ""};
        case P::basket_not_priceable:
            return {"basket_not_priceable", "The basket cannot be priced as it is.", ""};
        case P::no_such_customer:
            return {"no_such_customer", "No such customer.", ""};
        case P::customer_gone_or_erased:
            return {"customer_gone_or_erased", "No such customer, or the data was already erased.", ""};
        case P::bank_card:
            return {"bank_card", "This is a bank card, not a loyalty card.", ""};
        case P::card_taken:
            return {"card_taken", "Card %1 already belongs to a customer.", "t"};
        case P::card_not_registered:
            return {"card_not_registered", "Card %1 is not registered.", "t"};
        case P::not_a_phone:
            return {"not_a_phone", "\"%1\" is not a phone number.", "t"};
        case P::phone_taken:
            return {"phone_taken", "A customer with phone %1 is already enrolled.", "t"};
        case P::consent_needed:
            return {"consent_needed", "Personal details need the customer's consent to keep personal data.",
                    ""};
        case P::personal_consent_missing:
            return {
                "personal_consent_missing",
                "The customer has not agreed to the shop keeping personal data, so notes and details cannot "
                "be saved.",
                ""};
        case P::merge_with_herself:
            return {"merge_with_herself", "A customer cannot be merged into herself.", ""};
        case P::customer_already_merged:
            return {"customer_already_merged", "This customer was already merged into another.", ""};
        case P::no_such_conflict:
            return {"no_such_conflict", "There is no open conflict %1.", "n"};
        case P::no_such_product:
            return {"no_such_product", "There is no product with SKU %1.", "t"};
        case P::product_sku_missing:
            return {"product_sku_missing", "A product needs a SKU.", ""};
        case P::product_price_invalid:
            return {"product_price_invalid",
                    "Product %1: the price must not be negative and the minimum price not above it.", "t"};
        case P::note_empty:
            return {"note_empty", "A note needs some text.", ""};
        case P::attribute_name_missing:
            return {"attribute_name_missing", "An attribute needs a name (size, colours, ...).", ""};
        case P::complaint_reason_missing:
            return {"complaint_reason_missing", "A complaint needs a reason.", ""};
        case P::complaint_author_missing:
            return {"complaint_author_missing", "A complaint needs the name of who recorded it.", ""};
        case P::credit_not_positive:
            return {"credit_not_positive", "A points credit needs a number of points above 0.", ""};
        case P::points_only_with_credit:
            return {"points_only_with_credit", "Points are only given with the resolution points_credited.",
                    ""};
        case P::complaint_subject_missing:
            return {"complaint_subject_missing", "A complaint is recorded against a receipt or a customer.",
                    ""};
        case P::credit_needs_customer:
            return {"credit_needs_customer",
                    "Points can only be credited to a customer; the receipt was an anonymous sale.", ""};
        case P::receipt_of_another_customer:
            return {"receipt_of_another_customer", "That receipt belongs to another customer.", ""};
        case P::not_a_month:
            return {"not_a_month", "That is not a month.", ""};
        case P::suggested_with_itself:
            return {"suggested_with_itself", "A product cannot be suggested with itself.", ""};
        case P::window_too_short:
            return {"window_too_short", "The window needs at least one day.", ""};
        case P::segment_computed:
            return {"segment_computed", "'%1' is computed by Kassa and cannot be set by hand.", "t"};
        case P::coupon_code_count:
            return {"coupon_code_count", "Kassa makes 1 to 10,000 coupon codes at a time.", ""};
        case P::correction_reason_missing:
            return {"correction_reason_missing", "A points correction needs a reason.", ""};
        case P::correction_zero:
            return {"correction_zero", "A points correction of 0 changes nothing.", ""};
        case P::not_enough_points:
            return {"not_enough_points", "The customer has only %1 spendable points; nothing was taken.",
                    "n"};
        case P::till_name_missing:
            return {"till_name_missing", "The basket cannot be kept: this till has no name in its settings.",
                    ""};
        case P::basket_document_empty:
            return {"basket_document_empty", "An empty basket document cannot be kept.", ""};
        case P::held_basket_empty:
            return {"held_basket_empty", "An empty basket cannot be held.", ""};
        case P::return_ids_missing:
            return {"return_ids_missing", "A return needs its own id and the receipt it returns against.",
                    ""};
        case P::return_id_missing:
            return {"return_id_missing", "A return needs its own id.", ""};
        case P::return_nothing_chosen:
            return {"return_nothing_chosen", "Choose what is returned.", ""};
        case P::return_id_reused:
            return {"return_id_reused", "This return id was already used for another receipt.", ""};
        case P::return_id_reused_with_receipt:
            return {"return_id_reused_with_receipt",
                    "This return id was already used for a return against a receipt.", ""};
        case P::no_such_receipt:
            return {"no_such_receipt", "There is no such receipt.", ""};
        case P::no_such_receipt_line:
            return {"no_such_receipt_line", "Receipt line %1 does not exist.", "n"};
        case P::return_does_not_fit:
            return {"return_does_not_fit", "The return does not fit the receipt.", ""};
        case P::return_quantity_invalid:
            return {"return_quantity_invalid", "The quantity of %1 is not one that can be returned.", "t"};
        case P::return_price_negative:
            return {"return_price_negative", "The price of %1 cannot be below zero.", "t"};
        case P::return_reason_missing:
            return {"return_reason_missing", "A return without a receipt needs a reason.", ""};
        case P::return_cashier_missing:
            return {"return_cashier_missing", "A return needs the cashier who makes it.", ""};
        case P::return_needs_owner:
            return {"return_needs_owner", "A return without a receipt needs the owner's approval.", ""};
        case P::unknown_time_zone:
            return {
                "unknown_time_zone",
                "The shop's time zone \"%1\" is not known to this computer, so its business days cannot be "
                "told apart.",
                "t"};
        case P::scanner_timing_out_of_range:
            return {"scanner_timing_out_of_range",
                    "The scanner timing is out of range: the pause between keys must be %1-%2 ms and the "
                    "shortest "
                    "scan %3-%4 characters.",
                    "nnnn"};
        case P::client_day_program_missing:
            return {"client_day_program_missing", "The client-day list needs the promotion: --program ID.",
                    ""};
        case P::no_such_promotion:
            return {"no_such_promotion", "The current rules have no promotion \"%1\".", "t"};
        case P::no_such_report:
            return {"no_such_report", "There is no report \"%1\".", "t"};
        case P::period_reversed:
            return {"period_reversed", "The period ends (%2) before it starts (%1).", "dd"};
        case P::no_such_list:
            return {"no_such_list", "There is no list \"%1\".", "t"};
        case P::negative_days:
            return {"negative_days", "The number of days cannot be negative.", ""};
        case P::due_margin_too_small:
            return {"due_margin_too_small",
                    "The margin of the due list is at least 100% of the customer's cycle.", ""};
        case P::call_author_missing:
            return {"call_author_missing", "A call on the list needs who made it.", ""};
        case P::rules_have_problems:
            return {"rules_have_problems", "The draft cannot be saved while it has problems.", ""};
        case P::rules_fail_checks:
            return {"rules_fail_checks", "These rules do not pass today's checks.", ""};
        case P::rules_unknown_zone:
            return {"rules_unknown_zone",
                    "The rules are in the time zone \"%1\", which this computer does not know.", "t"};
        case P::rules_other_currency:
            return {"rules_other_currency", "These rules are in another currency (%1) than the shop's.", "t"};
        case P::rules_unchanged:
            return {"rules_unchanged", "Nothing has changed since the saved version.", ""};
        case P::no_such_rules_version:
            return {"no_such_rules_version", "There is no rules version %1.", "n"};
        case P::shop_rules_need_office:
            return {"shop_rules_need_office",
                    "A shop's own rules need a till that has joined the office database; save them for the "
                    "whole company instead.",
                    ""};
        case P::text_too_long:
            return {"text_too_long", "The %1 is longer than %2 characters.", "fn"};
        case P::last_:
            break;
    }
    return {"other", "The store refused the request.", ""};
}

ProblemValueKind kind_of(char letter) {
    switch (letter) {
        case 'n':
            return ProblemValueKind::number;
        case 'a':
            return ProblemValueKind::amount;
        case 'd':
            return ProblemValueKind::date;
        case 'c':
            return ProblemValueKind::clock;
        case 'f':
            return ProblemValueKind::field;
        default:
            return ProblemValueKind::text;
    }
}

std::string english_value(const ProblemValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*number);
    }
    if (const auto* amount = std::get_if<ProblemAmount>(&value)) {
        return format_money(amount->money, amount->digits, Language::en);
    }
    if (const auto* date = std::get_if<std::chrono::year_month_day>(&value)) {
        return format_date(*date);
    }
    if (const auto* field = std::get_if<TextField>(&value)) {
        return *field < TextField::last_ ? std::string(text_limit_row(*field).english) : "text";
    }
    const auto& clock = std::get<ProblemClock>(value);
    std::array<char, 8> buf{};
    std::snprintf(buf.data(), buf.size(), "%02d:%02d", clock.hour % 100, clock.minute % 100);
    return buf.data();
}

}  // namespace

std::string_view store_problem_name(StoreProblem problem) {
    return shape(problem).name;
}

std::vector<ProblemValueKind> store_problem_values(StoreProblem problem) {
    std::vector<ProblemValueKind> kinds;
    for (const char letter : shape(problem).kinds) {
        kinds.push_back(kind_of(letter));
    }
    return kinds;
}

std::string english_sentence(const StoreRefusal& refusal) {
    // One attempt is singular in English; the screen's languages have their own plurals in ui/.
    if (refusal.problem == StoreProblem::pin_wrong && refusal.values.size() == 1 &&
        refusal.values[0] == ProblemValue(std::int64_t{1})) {
        return "Wrong PIN: 1 attempt left.";
    }
    const std::string_view english = shape(refusal.problem).english;
    std::string out;
    for (std::size_t i = 0; i < english.size(); ++i) {
        const char c = english[i];
        if (c == '%' && i + 1 < english.size() && english[i + 1] >= '1' && english[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(english[i + 1] - '1');
            if (index < refusal.values.size()) {
                out += english_value(refusal.values[index]);
            }
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace kassa::store
