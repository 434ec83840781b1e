#include "kassa/ui/notice_text.hpp"

#include <QDate>
#include <QLocale>
#include <QTime>

#include "kassa/store/shifts.hpp"

namespace kassa::ui {

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// The written form of an amount in the default locale's digits ("12,50" in Russian and Estonian).
QString amount_text(const store::ProblemAmount& amount) {
    const QLocale locale;
    std::int64_t units = amount.money.minor_units();
    QString sign;
    if (units < 0) {
        sign = locale.negativeSign();
        units = -units;
    }
    std::int64_t scale = 1;
    for (int i = 0; i < amount.digits; ++i) {
        scale *= 10;
    }
    QString text = sign + locale.toString(static_cast<qlonglong>(units / scale));
    if (amount.digits > 0) {
        text += locale.decimalPoint() +
                QString::number(units % scale).rightJustified(amount.digits, QLatin1Char('0'));
    }
    return text;
}

QString date_text(std::chrono::year_month_day date) {
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A four-digit year, as the till's Formatter writes dates.
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return locale.toString(
        QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
              static_cast<int>(static_cast<unsigned>(date.day()))),
        format);
}

}  // namespace

QString NoticeText::failure(store::FailureKind kind) {
    using store::FailureKind;
    switch (kind) {
        case FailureKind::disk_full:
            return tr("The disk is full: the sale could not be saved.");
        case FailureKind::read_only:
            return tr("The shop file is read-only: nothing can be saved.");
        case FailureKind::busy:
            return tr("The shop file is busy; try again in a moment.");
        case FailureKind::corrupt:
            return tr("The shop file is damaged; call the owner.");
        case FailureKind::missing:
            return tr("The shop file is missing.");
        case FailureKind::not_a_shop:
            return tr("This file is not a Kassa shop.");
        case FailureKind::newer_schema:
            return tr("The shop file was written by a newer Kassa; update this till.");
        case FailureKind::invalid:
            return tr("The store refused the data.");
        case FailureKind::other:
            break;
    }
    return tr("The store failed; try again.");
}

QString NoticeText::sentence(const till::Notice& notice) {
    using till::Outcome;
    const QString detail = q(notice.detail);
    switch (notice.outcome) {
        case Outcome::ok:
            return {};
        case Outcome::product_added:
            return detail.isEmpty() ? tr("Added to the basket.") : tr("%1 added.").arg(detail);
        case Outcome::quantity_changed:
            return detail.isEmpty() ? tr("Quantity changed.") : tr("Quantity of %1 changed.").arg(detail);
        case Outcome::line_removed:
            return tr("Line removed.");
        case Outcome::unknown_barcode:
            return tr("Nothing is known under \"%1\": not a product, card, phone or receipt.").arg(detail);
        case Outcome::product_inactive:
            return tr("%1 is no longer sold.").arg(detail);
        case Outcome::invalid_quantity:
            return tr(
                "That quantity cannot be used: pieces are whole numbers above zero, weights are in kg.");
        case Outcome::weight_needed:
            return tr("%1 is sold by weight: enter the weight.").arg(detail);
        case Outcome::customer_identified:
            return tr("Customer %1 identified.").arg(detail);
        case Outcome::customer_not_found:
            return tr("No customer found for \"%1\".").arg(detail);
        case Outcome::card_blocked:
            return tr("This card is blocked or reported lost: it cannot be used.");
        case Outcome::bank_card:
            return tr("This is a bank card, not a loyalty card. Nothing of it was kept.");
        case Outcome::customer_removed:
            return tr("Customer removed from the basket.");
        case Outcome::coupon_added:
            return tr("Coupon %1 added.").arg(detail);
        case Outcome::coupon_rejected:
            return detail.isEmpty() ? tr("The coupon was not accepted.") : detail;
        case Outcome::coupon_removed:
            return tr("Coupon removed.");
        case Outcome::redeem_set:
            return tr("Points payment set.");
        case Outcome::redeem_refused:
            return detail.isEmpty() ? tr("Points cannot be used for this purchase.") : detail;
        case Outcome::needs_owner:
            return tr("This needs the owner's PIN.");
        case Outcome::owner_pin_wrong:
            return notice.refusal ? tr("Wrong owner PIN: %1").arg(store_problem(*notice.refusal))
                                  : tr("Wrong owner PIN.");
        case Outcome::payment_added:
            return detail.isEmpty() ? tr("Payment added.") : tr("Payment of %1 added.").arg(detail);
        case Outcome::payment_short:
            return tr("Not paid in full yet: %1 still to pay.").arg(detail);
        case Outcome::card_over_total:
            return tr("A card payment cannot be more than what is left to pay (%1).").arg(detail);
        case Outcome::sale_committed:
            return detail.isEmpty() ? tr("Sale saved. Thank you!")
                                    : tr("Receipt %1 saved. Thank you!").arg(detail);
        case Outcome::store_failed:
            if (notice.refusal) {
                return tr("Not saved: %1").arg(store_problem(*notice.refusal));
            }
            return failure(notice.failure.value_or(store::FailureKind::other));
        case Outcome::basket_empty:
            return tr("The basket is empty.");
        case Outcome::basket_held:
            return detail.isEmpty() ? tr("Basket put on hold.")
                                    : tr("Basket \"%1\" put on hold.").arg(detail);
        case Outcome::basket_resumed:
            return detail.isEmpty() ? tr("Held basket resumed.") : tr("Basket \"%1\" resumed.").arg(detail);
        case Outcome::basket_cancelled:
            return tr("Basket cancelled.");
        case Outcome::receipt_not_found:
            return tr("No receipt found for \"%1\".").arg(detail);
        case Outcome::receipt_opened:
            return tr("Receipt %1 opened for a return.").arg(detail);
        case Outcome::return_refused:
            return notice.refusal ? tr("Return refused: %1").arg(store_problem(*notice.refusal))
                                  : tr("This return cannot be made.");
        case Outcome::return_committed:
            return tr("Return saved.");
        case Outcome::customer_enrolled:
            return tr("Welcome, %1! The customer is enrolled.").arg(detail);
        case Outcome::enrolment_refused:
            return notice.refusal ? tr("Not enrolled: %1").arg(store_problem(*notice.refusal))
                                  : tr("The customer could not be enrolled.");
        case Outcome::not_logged_in:
            return tr("Log in first.");
        case Outcome::logged_in:
            return detail.isEmpty() ? tr("Logged in.") : tr("Hello, %1! You are logged in.").arg(detail);
        case Outcome::login_refused:
            return notice.refusal ? store_problem(*notice.refusal) : tr("Wrong PIN.");
        case Outcome::payment_in_progress:
            return tr("Payment has started: the basket cannot change now. Clear the payments first.");
        case Outcome::basket_not_empty:
            return tr("Finish, hold or cancel the basket on the screen first.");
        case Outcome::held_basket_gone:
            return tr("That basket was already resumed at another till.");
        case Outcome::reason_needed:
            return tr("Give a reason for cancelling the basket.");
        case Outcome::no_such_line:
            return tr("Choose a line first.");
        case Outcome::customer_needed:
            return tr("Points need a loyalty card: identify the customer first.");
        case Outcome::receipt_fully_returned:
            return tr("Receipt %1 has already been returned in full.").arg(detail);
        case Outcome::basket_recovered:
            return tr("The basket that was on the screen when the till stopped is back.");
        case Outcome::no_receipt_return_opened:
            return tr("Return without a receipt approved by the owner.");
        case Outcome::invalid_price:
            return tr("That price cannot be used for \"%1\".").arg(detail);
        case Outcome::return_reason_needed:
            return tr("Type the reason for the return.");
        case Outcome::shift_needed:
            return tr("No shift is open: open it with the cash counted in the drawer (Ctrl+F10).");
        case Outcome::shift_opened:
            return tr("Shift opened.");
        case Outcome::shift_refused:
            return notice.shift_problem ? shift_problem(*notice.shift_problem, detail)
                                        : tr("The shift refused it.");
        case Outcome::cash_moved:
            return tr("Recorded.");
        case Outcome::shift_closed:
            return tr("Shift closed with Z report %1.").arg(detail);
        case Outcome::drawer_opened:
            return tr("The drawer is open (no sale).");
        case Outcome::rules_taken_up:
            return tr("New loyalty rules from the office apply from this sale.");
        case Outcome::rules_not_taken_up:
            return tr(
                "New loyalty rules arrived that this till cannot use; it keeps the current ones. "
                "Tell the owner.");
    }
    return {};
}

QString NoticeText::shift_problem(store::ShiftProblem problem, const QString& detail) {
    switch (problem) {
        case store::ShiftProblem::no_open_shift:
            return tr("No shift is open: open it with the cash counted in the drawer (Ctrl+F10).");
        case store::ShiftProblem::already_open:
            return tr("A shift is already open: close it with a Z report first.");
        case store::ShiftProblem::shift_closed:
            return tr("The shift was closed meanwhile: open a new shift, then finish the sale.");
        case store::ShiftProblem::negative_amount:
            return tr("Type an amount above zero.");
        case store::ShiftProblem::amount_too_large:
            return tr("That is more than any drawer holds: check the amount.");
        case store::ShiftProblem::reason_missing:
            return tr("Say why the cash goes in or out.");
        case store::ShiftProblem::reason_too_long:
            return tr("The reason is too long: write it in at most %1 characters.")
                .arg(detail.isEmpty() ? QString::number(store::kMaxCashReasonChars) : detail);
        case store::ShiftProblem::left_more_than_counted:
            return tr("The float left in the drawer cannot be more than the cash counted.");
        case store::ShiftProblem::unknown_z:
            return tr("There is no such Z report.");
    }
    return {};
}

QString NoticeText::text_field_name(store::TextField field) {
    using F = store::TextField;
    switch (field) {
        case F::first_name:
            return tr("first name");
        case F::last_name:
            return tr("last name");
        case F::email:
            return tr("e-mail address");
        case F::phone:
            return tr("phone number");
        case F::card_number:
            return tr("card number");
        case F::note:
            return tr("note");
        case F::attribute_name:
            return tr("attribute name");
        case F::attribute_value:
            return tr("attribute value");
        case F::complaint_reason:
            return tr("complaint");
        case F::return_reason:
            return tr("return reason");
        case F::cancel_reason:
            return tr("reason for cancelling");
        case F::cash_reason:
            return tr("cash movement's reason");
        case F::correction_reason:
            return tr("correction's reason");
        case F::call_note:
            return tr("call note");
        case F::cashier_name:
            return tr("cashier's name");
        case F::actor:
            return tr("name of who did it");
        case F::product_sku:
            return tr("SKU");
        case F::product_name:
            return tr("product name");
        case F::product_category:
            return tr("category");
        case F::barcode:
            return tr("barcode");
        case F::shop_name:
            return tr("shop name");
        case F::receipt_header:
            return tr("receipt header");
        case F::setting_code:
            return tr("setting");
        case F::printer_url:
            return tr("printer address");
        case F::receipt_logo:
            return tr("logo file");
        case F::printer_profile:
            return tr("printer model");
        case F::coupon_code:
            return tr("coupon code");
        case F::basket_label:
            return tr("basket's label");
        case F::segment_name:
            return tr("segment");
        case F::central_url:
            return tr("office database address");
        case F::password_file:
            return tr("password file");
        case F::till_name:
            return tr("till name");
        case F::last_:
            break;
    }
    return tr("text");
}

QString NoticeText::problem_value(const store::ProblemValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return q(*text);
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return QLocale().toString(static_cast<qlonglong>(*number));
    }
    if (const auto* amount = std::get_if<store::ProblemAmount>(&value)) {
        return amount_text(*amount);
    }
    if (const auto* date = std::get_if<std::chrono::year_month_day>(&value)) {
        return date_text(*date);
    }
    if (const auto* field = std::get_if<store::TextField>(&value)) {
        return text_field_name(*field);
    }
    const auto& clock = std::get<store::ProblemClock>(value);
    return QTime(clock.hour, clock.minute).toString(QStringLiteral("HH:mm"));
}

QString NoticeText::store_error(const store::StoreError& error) {
    if (const auto* shift = dynamic_cast<const store::ShiftError*>(&error)) {
        // The figure the reason names (reason_too_long's limit); 0 when it names none.
        return shift_problem(
            shift->problem(),
            shift->value() == 0 ? QString() : QLocale().toString(static_cast<qlonglong>(shift->value())));
    }
    if (error.problem() != store::StoreProblem::other) {
        return store_problem(error.refusal());
    }
    return failure(error.kind());
}

QString NoticeText::store_problem(const store::StoreRefusal& refusal) {
    using P = store::StoreProblem;
    // The values in the order the store gives them (store/problem.hpp); a missing one reads as empty.
    const auto v = [&refusal](std::size_t i) {
        return i < refusal.values.size() ? problem_value(refusal.values[i]) : QString();
    };
    const auto n = [&refusal](std::size_t i) {
        const auto* number =
            i < refusal.values.size() ? std::get_if<std::int64_t>(&refusal.values[i]) : nullptr;
        return number ? static_cast<int>(*number) : 0;
    };
    switch (refusal.problem) {
        case P::other:
        case P::last_:
            break;
        case P::pin_format:
            return tr("A PIN is 4 to 8 digits.");
        case P::cashier_name_missing:
            return tr("A cashier needs a name.");
        case P::no_such_cashier:
            return tr("There is no such cashier.");
        case P::audit_entry_incomplete:
            return tr("An audit entry needs who did it and what was done.");
        case P::pin_wrong:
            return tr("Wrong PIN: %n attempt(s) left.", nullptr, n(0));
        case P::pin_locked:
            return tr("Locked until %1: %2 wrong PINs in a row.").arg(v(0), v(1));
        case P::cashier_switched_off:
            return tr("This cashier's account is switched off: ask the owner.");
        case P::cashier_unknown:
            return tr("This cashier is not known here: ask the owner.");
        case P::no_owner:
            return tr("No owner is set up at this shop: the owner must be added first.");
        case P::log_in_first:
            return tr("Log in first: every change on the card names who made it.");
        case P::sale_id_missing:
            return tr("The sale has no receipt number: start the sale again.");
        case P::basket_empty:
            return tr("The basket is empty.");
        case P::payment_negative:
            return tr("A payment cannot be negative.");
        case P::payments_short:
            return tr("The payments are %1 short of the total.").arg(v(0));
        case P::change_without_cash:
            return tr("Only cash can give change: the card payment is more than the total.");
        case P::basket_not_priceable:
            return tr("The basket cannot be priced as it is: check its lines.");
        case P::no_such_customer:
            return tr("This customer is not in the shop's file.");
        case P::customer_gone_or_erased:
            return tr("This customer is not in the shop's file, or her data was erased.");
        case P::bank_card:
            return tr("This is a bank card, not a loyalty card. Nothing of it was kept.");
        case P::card_taken:
            return tr("Card %1 already belongs to a customer.").arg(v(0));
        case P::card_not_registered:
            return tr("Card %1 is not registered.").arg(v(0));
        case P::not_a_phone:
            return tr("\"%1\" is not a phone number.").arg(v(0));
        case P::phone_taken:
            return tr("A customer with phone %1 is already enrolled.").arg(v(0));
        case P::consent_needed:
            return tr("Personal details need the customer's consent to keep personal data.");
        case P::personal_consent_missing:
            return tr(
                "The customer has not agreed to the shop keeping personal data, so notes and details "
                "cannot be saved.");
        case P::merge_with_herself:
            return tr("A customer cannot be merged into herself: choose two different customers.");
        case P::customer_already_merged:
            return tr("This customer was already merged into another.");
        case P::no_such_conflict:
            return tr("There is no open conflict %1.").arg(v(0));
        case P::no_such_product:
            return tr("There is no product with SKU %1.").arg(v(0));
        case P::product_sku_missing:
            return tr("A product needs a SKU.");
        case P::product_price_invalid:
            return tr("Product %1: the price must not be negative and the minimum price not above it.")
                .arg(v(0));
        case P::note_empty:
            return tr("A note needs some text.");
        case P::attribute_name_missing:
            return tr("An attribute needs a name (size, colours, ...).");
        case P::complaint_reason_missing:
            return tr("A complaint needs a reason.");
        case P::complaint_author_missing:
            return tr("A complaint needs the name of who recorded it.");
        case P::credit_not_positive:
            return tr("A points credit needs a number of points above 0.");
        case P::points_only_with_credit:
            return tr("Points are only given with a goodwill credit.");
        case P::complaint_subject_missing:
            return tr("A complaint is recorded against a receipt or a customer.");
        case P::credit_needs_customer:
            return tr("Points can only be credited to a customer; the receipt was an anonymous sale.");
        case P::receipt_of_another_customer:
            return tr("That receipt belongs to another customer.");
        case P::not_a_month:
            return tr("That is not a month.");
        case P::suggested_with_itself:
            return tr("A product cannot be suggested with itself.");
        case P::window_too_short:
            return tr("The period needs at least one day.");
        case P::segment_computed:
            return tr("\"%1\" is computed by Kassa and cannot be set by hand.").arg(v(0));
        case P::coupon_code_count:
            return tr("Kassa makes 1 to 10,000 coupon codes at a time.");
        case P::correction_reason_missing:
            return tr("A points correction needs a reason.");
        case P::correction_zero:
            return tr("A points correction of 0 changes nothing.");
        case P::not_enough_points:
            return tr("The customer has only %1 spendable points; nothing was taken.").arg(v(0));
        case P::till_name_missing:
            return tr("The basket cannot be kept: this till has no name in its settings.");
        case P::basket_document_empty:
            return tr("An empty basket cannot be kept.");
        case P::held_basket_empty:
            return tr("An empty basket cannot be held.");
        case P::return_ids_missing:
            return tr("A return needs its own number and the receipt it returns against.");
        case P::return_id_missing:
            return tr("A return needs its own number.");
        case P::return_nothing_chosen:
            return tr("Choose what is returned.");
        case P::return_id_reused:
            return tr("This return was already made against another receipt.");
        case P::return_id_reused_with_receipt:
            return tr("This return was already made against a receipt.");
        case P::no_such_receipt:
            return tr("There is no such receipt.");
        case P::no_such_receipt_line:
            return tr("Receipt line %1 does not exist.").arg(v(0));
        case P::return_does_not_fit:
            return tr("The return does not fit the receipt.");
        case P::return_quantity_invalid:
            return tr("The quantity of %1 is not one that can be returned.").arg(v(0));
        case P::return_price_negative:
            return tr("The price of %1 cannot be below zero.").arg(v(0));
        case P::return_reason_missing:
            return tr("A return without a receipt needs a reason.");
        case P::return_cashier_missing:
            return tr("A return needs the cashier who makes it.");
        case P::return_needs_owner:
            return tr("A return without a receipt needs the owner's approval.");
        case P::unknown_time_zone:
            return tr("The shop's time zone \"%1\" is not known to this computer, so its business days "
                      "cannot be "
                      "told apart.")
                .arg(v(0));
        case P::scanner_timing_out_of_range:
            return tr("The scanner timing is out of range: the pause between keys must be %1-%2 ms and the "
                      "shortest scan %3-%4 characters.")
                .arg(v(0), v(1), v(2), v(3));
        case P::client_day_program_missing:
            return tr("The client-day list needs its promotion.");
        case P::no_such_promotion:
            return tr("The current rules have no promotion \"%1\".").arg(v(0));
        case P::no_such_report:
            return tr("There is no report \"%1\".").arg(v(0));
        case P::period_reversed:
            return tr("The period ends (%2) before it starts (%1).").arg(v(0), v(1));
        case P::no_such_list:
            return tr("There is no list \"%1\".").arg(v(0));
        case P::negative_days:
            return tr("The number of days cannot be negative.");
        case P::due_margin_too_small:
            return tr("The margin of the due list is at least 100% of the customer's cycle.");
        case P::call_author_missing:
            return tr("A call on the list needs who made it.");
        case P::rules_have_problems:
            return tr("The draft cannot be saved while it has problems: see the list of checks.");
        case P::rules_fail_checks:
            return tr("These rules do not pass today's checks.");
        case P::rules_unknown_zone:
            return tr("The rules are in the time zone \"%1\", which this computer does not know.").arg(v(0));
        case P::rules_other_currency:
            return tr("These rules are in another currency (%1) than the shop's.").arg(v(0));
        case P::rules_unchanged:
            return tr("Nothing has changed since the saved version.");
        case P::no_such_rules_version:
            return tr("There is no rules version %1.").arg(v(0));
        case P::shop_rules_need_office:
            return tr(
                "A shop's own rules need a till that has joined the office database; save them for the "
                "whole company instead.");
        case P::text_too_long:
            return tr("The %1 is longer than %2 characters.").arg(v(0), v(1));
    }
    return failure(store::FailureKind::invalid);
}

}  // namespace kassa::ui
