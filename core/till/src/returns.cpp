#include "kassa/till/returns.hpp"

#include <algorithm>
#include <cctype>
#include <utility>
#include <variant>

#include "kassa/core/cards.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/store.hpp"
#include "till_checks.hpp"

namespace kassa::till {

using detail::acceptable_quantity;
using detail::trimmed;

bool sold_by_weight(const store::ReceiptLineView& line) {
    return !line.qty.is_whole_pieces();
}

// ---- what both returns share ----------------------------------------------------------------------------

const std::string& ReturnFlow::reason() const {
    static const std::string none;
    const ReturnTerms* open = terms();
    return open ? open->reason : none;
}

Notice ReturnFlow::set_reason(const std::string& reason) {
    ReturnTerms* open = terms();
    if (!open) {
        return {Outcome::no_such_line, {}, {}};
    }
    open->reason = trimmed(reason);
    return {Outcome::ok, {}, {}};
}

store::PaymentLine::Method ReturnFlow::tender() const {
    const ReturnTerms* open = terms();
    return open ? open->tender : ReturnTerms{}.tender;
}

void ReturnFlow::set_tender(store::PaymentLine::Method tender) {
    if (ReturnTerms* open = terms()) {
        open->tender = tender;
    }
}

void ReturnFlow::begin() {
    refund_id_ = store::new_id();
}

std::string ReturnFlow::cashier_id() const {
    return session_.cashier() ? session_.cashier()->id : std::string{};
}

Notice ReturnFlow::confirm() {
    const ReturnTerms* open = terms();
    if (!open) {
        return {Outcome::no_such_line, {}, {}};
    }
    if (!session_.cashier()) {
        return {Outcome::not_logged_in, {}, {}};
    }
    if (nothing_chosen()) {
        return {Outcome::invalid_quantity, {}, {}};
    }
    // Money leaves the drawer: the shop wants to know why, for either kind of return.
    if (open->reason.empty()) {
        return {Outcome::return_reason_needed, {}, {}};
    }
    auto shift = detail::open_shift_id(session_.store());
    if (auto* refusal = std::get_if<Notice>(&shift)) {
        return *refusal;
    }
    try {
        last_refund_ = commit(std::get<std::string>(shift));
    } catch (const store::ShiftError& e) {
        return {Outcome::shift_refused, {}, {}, e.problem()};
    } catch (const store::StoreError& e) {
        if (e.kind() == store::FailureKind::invalid) {
            return refused_by_store(Outcome::return_refused, e.refusal());
        }
        return store_failure(e);  // the draft stays: a retry commits it under the same refund id
    }
    drop();
    const SessionSettings& settings = session_.settings();
    return {Outcome::return_committed,
            format_money(last_refund_->money_back, settings.currency_digits, settings.language),
            {}};
}

void ReturnFlow::close() {
    if (terms()) {
        drop();
    }
}

// ---- a return against a receipt -------------------------------------------------------------------------

Notice ReceiptReturn::open(const std::string& receipt_text) {
    if (auto refusal = session_.return_refused(*this)) {
        return *refusal;
    }
    const std::string text = trimmed(receipt_text);
    try {
        store::Sales sales = session_.store().sales();
        std::optional<store::ReceiptView> receipt;
        if (const auto number = parse_receipt_barcode(text)) {
            receipt = sales.receipt_by_number(*number);
        } else if (!text.empty() &&
                   std::all_of(text.begin(), text.end(),
                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
                   text.size() < 19) {
            receipt = sales.receipt_by_number(std::stoll(text));
        } else if (!text.empty()) {
            receipt = sales.receipt(text);
        }
        if (!receipt) {
            return {Outcome::receipt_not_found, text, {}};
        }
        if (receipt->fully_refunded) {
            return {Outcome::receipt_fully_returned, std::to_string(receipt->number), {}};
        }
        ReturnDraft draft;
        draft.chosen.assign(receipt->lines.size(), Quantity{});
        draft.receipt = std::move(*receipt);
        draft_ = std::move(draft);
        begin();
        return {Outcome::receipt_opened, std::to_string(draft_->receipt.number), {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Quantity ReceiptReturn::returnable(std::size_t receipt_line) const {
    if (!draft_ || receipt_line >= draft_->receipt.lines.size()) {
        return Quantity{};
    }
    const store::ReceiptLineView& line = draft_->receipt.lines[receipt_line];
    return Quantity::thousandths(line.qty.thousandths() - line.refunded_qty.thousandths());
}

Notice ReceiptReturn::set_quantity(std::size_t receipt_line, Quantity qty) {
    if (!draft_ || receipt_line >= draft_->chosen.size()) {
        return {Outcome::no_such_line, {}, {}};
    }
    const auto& line = draft_->receipt.lines[receipt_line];
    if (qty.thousandths() < 0 || qty.thousandths() > returnable(receipt_line).thousandths() ||
        (!sold_by_weight(line) && !qty.is_whole_pieces())) {
        return {Outcome::invalid_quantity, line.name, {}};
    }
    draft_->chosen[receipt_line] = qty;
    refresh_preview();
    return {Outcome::quantity_changed, line.name, {}};
}

Notice ReceiptReturn::choose_everything() {
    if (!draft_) {
        return {Outcome::no_such_line, {}, {}};
    }
    Notice last{Outcome::ok, {}, {}};
    for (std::size_t i = 0; i < draft_->receipt.lines.size(); ++i) {
        const Quantity left = returnable(i);
        if (left.thousandths() > 0) {
            last = set_quantity(i, left);
        }
    }
    return last;
}

bool ReceiptReturn::nothing_chosen() const {
    return std::none_of(draft_->chosen.begin(), draft_->chosen.end(),
                        [](Quantity q) { return q.thousandths() > 0; });
}

store::Sales::RefundRequest ReceiptReturn::request() const {
    store::Sales::RefundRequest request;
    request.refund_id = refund_id();
    request.receipt_id = draft_->receipt.id;
    for (std::size_t i = 0; i < draft_->chosen.size(); ++i) {
        if (draft_->chosen[i].thousandths() > 0) {
            request.lines.emplace_back(draft_->receipt.lines[i].line_no, draft_->chosen[i]);
        }
    }
    request.cashier_id = cashier_id();
    request.reason = draft_->reason;
    request.tender = draft_->tender;
    request.at = session_.clock().now();
    return request;
}

void ReceiptReturn::refresh_preview() {
    const store::Sales::RefundRequest asked = request();
    draft_->preview.reset();
    if (asked.lines.empty()) {
        return;
    }
    try {
        draft_->preview = session_.store().sales().preview_refund(asked, session_.rules());
    } catch (const store::StoreError&) {
        // confirm() says why; the screen shows no figures for a request the store refuses.
    }
}

store::Sales::RefundOutcome ReceiptReturn::commit(const std::string& shift_id) {
    store::Sales::RefundRequest asked = request();
    asked.shift_id = shift_id;
    asked.queue_receipt = session_.settings().queue_receipts;
    return session_.store().sales().refund(asked, session_.rules());
}

// ---- a return without a receipt -------------------------------------------------------------------------

Notice NoReceiptReturn::open(const std::string& owner_pin) {
    if (!session_.cashier()) {
        return {Outcome::not_logged_in, {}, {}};
    }
    if (auto refusal = session_.return_refused(*this)) {
        return *refusal;
    }
    // Money leaves the till with nothing to show it was ever paid: the owner's decision, every time.
    const Notice approval =
        session_.owner_approval(owner_pin, "return_without_receipt", "till " + session_.settings().till_id);
    if (approval.outcome != Outcome::ok) {
        return approval;
    }
    draft_ = NoReceiptReturnDraft{};
    draft_->approved_by = approval.detail;
    begin();
    return {Outcome::no_receipt_return_opened, approval.detail, {}};
}

Notice NoReceiptReturn::scan(const std::string& raw) {
    if (!draft_) {
        return {Outcome::no_such_line, {}, {}};
    }
    const std::string text = trimmed(raw);
    if (text.empty()) {
        return {Outcome::unknown_barcode, {}, {}};
    }
    try {
        store::Catalog catalog = session_.store().catalog();
        std::optional<store::Product> product = catalog.product_by_barcode(text);
        if (!product) {
            product = catalog.product_by_sku(text);
        }
        if (!product) {
            return {carries_payment_card(text) ? Outcome::bank_card : Outcome::unknown_barcode, text, {}};
        }
        if (product->by_weight) {
            return {Outcome::weight_needed, product->name, {}};
        }
        return add(*product, Quantity::pieces(1));
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

Notice NoReceiptReturn::add(const store::Product& product, Quantity qty) {
    if (!draft_) {
        return {Outcome::no_such_line, {}, {}};
    }
    if (!acceptable_quantity(product.by_weight, qty)) {
        return {Outcome::invalid_quantity, product.name, {}};
    }
    auto same = std::find_if(draft_->lines.begin(), draft_->lines.end(), [&](const NoReceiptReturnLine& l) {
        return !l.by_weight && !product.by_weight && l.sku == product.sku;
    });
    if (same != draft_->lines.end()) {
        same->qty = Quantity::thousandths(same->qty.thousandths() + qty.thousandths());
    } else {
        draft_->lines.push_back(NoReceiptReturnLine{
            product.sku, product.name, product.by_weight, qty, product.price, product.price, {}});
    }
    refresh_preview();
    return {Outcome::product_added, product.name, {}};
}

Notice NoReceiptReturn::set_quantity(std::size_t line, Quantity qty) {
    if (!draft_ || line >= draft_->lines.size()) {
        return {Outcome::no_such_line, {}, {}};
    }
    NoReceiptReturnLine& l = draft_->lines[line];
    if (qty.thousandths() == 0) {
        const std::string name = l.name;
        draft_->lines.erase(draft_->lines.begin() + static_cast<std::ptrdiff_t>(line));
        refresh_preview();
        return {Outcome::line_removed, name, {}};
    }
    if (!acceptable_quantity(l.by_weight, qty)) {
        return {Outcome::invalid_quantity, l.name, {}};
    }
    l.qty = qty;
    refresh_preview();
    return {Outcome::quantity_changed, l.name, {}};
}

Notice NoReceiptReturn::set_price(std::size_t line, Money unit_price) {
    if (!draft_ || line >= draft_->lines.size()) {
        return {Outcome::no_such_line, {}, {}};
    }
    NoReceiptReturnLine& l = draft_->lines[line];
    if (unit_price.minor_units() < 0) {
        return {Outcome::invalid_price, l.name, {}};
    }
    l.unit_price = unit_price;
    refresh_preview();
    return {Outcome::ok, l.name, {}};
}

Notice NoReceiptReturn::set_customer(const std::string& raw) {
    if (!draft_) {
        return {Outcome::no_such_line, {}, {}};
    }
    const std::string text = trimmed(raw);
    if (text.empty()) {
        draft_->customer.reset();
        return {Outcome::customer_removed, {}, {}};
    }
    try {
        store::Customers customers = session_.store().customers();
        store::Lookup found = customers.find_by_card(text);
        if (!found.customer && (!found.failure || *found.failure == store::LookupFailure::not_found ||
                                *found.failure == store::LookupFailure::invalid_input)) {
            found = customers.find_by_phone(text);
        }
        if (!found.customer) {
            if (found.failure == store::LookupFailure::bank_card || carries_payment_card(text)) {
                return {Outcome::bank_card, {}, {}};
            }
            if (found.failure == store::LookupFailure::card_blocked) {
                return {Outcome::card_blocked, {}, {}};
            }
            return {Outcome::customer_not_found, text, {}};
        }
        draft_->customer = std::move(found.customer);
        return {Outcome::customer_identified, draft_->customer->first_name, {}};
    } catch (const store::StoreError& e) {
        return store_failure(e);
    }
}

store::Sales::NoReceiptRefundRequest NoReceiptReturn::request() const {
    store::Sales::NoReceiptRefundRequest request;
    request.refund_id = refund_id();
    for (const auto& l : draft_->lines) {
        request.lines.push_back({l.sku, l.qty, l.unit_price});
    }
    request.tender = draft_->tender;
    request.reason = draft_->reason;
    request.cashier_id = cashier_id();
    request.approved_by = draft_->approved_by;
    request.customer_id = draft_->customer ? draft_->customer->id : std::string{};
    request.at = session_.clock().now();
    return request;
}

void NoReceiptReturn::refresh_preview() {
    for (auto& l : draft_->lines) {
        l.money_back = line_gross(l.unit_price, l.qty);
    }
    draft_->money_back = Money{};
    if (draft_->lines.empty()) {
        return;
    }
    try {
        draft_->money_back = session_.store().sales().preview_refund_without_receipt(request()).money_back;
    } catch (const store::StoreError&) {
        // confirm() says why; the screen shows no total for goods the store refuses.
    }
}

store::Sales::RefundOutcome NoReceiptReturn::commit(const std::string& shift_id) {
    store::Sales::NoReceiptRefundRequest asked = request();
    asked.shift_id = shift_id;
    asked.queue_receipt = session_.settings().queue_receipts;
    return session_.store().sales().refund_without_receipt(asked);
}

}  // namespace kassa::till
