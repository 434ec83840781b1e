#include "kassa/ui/notice_text.hpp"

namespace kassa::ui {

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
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
            return detail.isEmpty() ? tr("Wrong owner PIN.") : tr("Wrong owner PIN: %1").arg(detail);
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
            if (!detail.isEmpty()) {
                return tr("Not saved: %1").arg(detail);
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
            return detail.isEmpty() ? tr("This return cannot be made.")
                                    : tr("Return refused: %1").arg(detail);
        case Outcome::return_committed:
            return tr("Return saved.");
        case Outcome::customer_enrolled:
            return tr("Welcome, %1! The customer is enrolled.").arg(detail);
        case Outcome::enrolment_refused:
            return detail.isEmpty() ? tr("The customer could not be enrolled.")
                                    : tr("Not enrolled: %1").arg(detail);
        case Outcome::not_logged_in:
            return tr("Log in first.");
        case Outcome::logged_in:
            return detail.isEmpty() ? tr("Logged in.") : tr("Hello, %1! You are logged in.").arg(detail);
        case Outcome::login_refused:
            return detail.isEmpty() ? tr("Wrong PIN.") : detail;
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

}  // namespace kassa::ui
