#pragma once
// The two returns at the till, each its own flow over the till session (docs/till.md, "Returns"):
// - ReceiptReturn: open from a receipt's barcode or number, choose what comes back line by line, see the
//   store's preview (money back, points taken back or given back), say why and how the money goes back,
//   confirm;
// - NoReceiptReturn: opened on the owner's approval, the goods scanned or found, their unit prices as the
//   owner confirms them, the customer when she wants it on her record, why, how the money goes back, confirm.
// What both share is ReturnFlow: the reason (needed by both), the tender, the open shift checked before the
// store is asked, the refund id made when the draft opens and reused by every retry of its confirm (so a
// retry after a store failure or a crash writes the return once), and the last committed refund.
//
// The session owns one flow of each kind for its whole life and hands them out
// (TillSession::receipt_return(), no_receipt_return()), so a screen may keep a reference. What ties a flow to
// the session stays there: a return needs an empty basket and no other return open
// (TillSession::return_refused), it is made by the logged-in cashier, and logging out drops an open return
// without a receipt.
//
// Threading: like the session, used by one thread at a time (the till's GUI thread).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/till/session.hpp"

namespace kassa::till {

// What every return draft carries: why the goods come back and how the money goes back.
struct ReturnTerms {
    std::string reason;
    store::PaymentLine::Method tender = store::PaymentLine::Method::cash;
};

// A return being prepared: the original receipt, what is chosen, and the store's computation of it.
struct ReturnDraft : ReturnTerms {
    store::ReceiptView receipt;
    std::vector<Quantity> chosen;                        // per receipt line, what the customer brings back
    std::optional<store::Sales::RefundOutcome> preview;  // refreshed after each change; empty: nothing chosen
};

// One kind of goods brought back without a receipt.
struct NoReceiptReturnLine {
    std::string sku;
    std::string name;
    bool by_weight = false;
    Quantity qty;
    Money catalog_price;  // what the catalog says now, offered as the unit price
    Money unit_price;     // what one unit is refunded at: the catalog price unless the owner changed it
    Money money_back;     // line_gross(unit_price, qty), as the store computes it
};

// A return without a receipt being prepared: approved by an owner when it was opened, the goods, how the
// money goes back, why, and the customer when she is known. Points are never touched by it (docs/till.md).
struct NoReceiptReturnDraft : ReturnTerms {
    std::string approved_by;  // the owner whose PIN opened it (or the owner logged in)
    std::vector<NoReceiptReturnLine> lines;
    std::optional<store::Customer> customer;
    Money money_back;  // the store's preview; zero with no lines
};

// A receipt does not say which of its lines were weighed: a quantity that is not whole pieces was.
[[nodiscard]] bool sold_by_weight(const store::ReceiptLineView& line);

// What the two returns share; the screens drive either through it (the reason, the tender, confirm, close).
class ReturnFlow {
  public:
    ReturnFlow(const ReturnFlow&) = delete;
    ReturnFlow& operator=(const ReturnFlow&) = delete;
    virtual ~ReturnFlow() = default;

    [[nodiscard]] bool is_open() const { return terms() != nullptr; }
    // The open draft's reason, as kept (trimmed); empty when none is open.
    [[nodiscard]] const std::string& reason() const;
    // no_such_line when no return is open.
    Notice set_reason(const std::string& reason);
    // How the money goes back: cash unless the cashier says otherwise (cash when none is open).
    [[nodiscard]] store::PaymentLine::Method tender() const;
    void set_tender(store::PaymentLine::Method tender);
    // Commits the open return as the logged-in cashier in the open shift. Refused, with nothing written:
    // no_such_line (none open), not_logged_in, invalid_quantity (nothing chosen), return_reason_needed,
    // shift_needed / shift_refused, return_refused (the store's reason: e.g. another till returned the same
    // goods meanwhile); store_failed when the file fails. On return_committed (`detail`: the money back,
    // formatted) last_refund() has the figures and the draft is closed; after a refusal or a failure the
    // draft stays, and a retry commits it under the same refund id.
    Notice confirm();
    // Drops the open draft, if any; nothing is written.
    void close();
    // The id the store records the open return under: made when the draft opens, the same for every retry.
    [[nodiscard]] const std::string& refund_id() const { return refund_id_; }
    // The last return this flow committed.
    [[nodiscard]] const std::optional<store::Sales::RefundOutcome>& last_refund() const {
        return last_refund_;
    }

  protected:
    // `session` must outlive the flow (the session owns it).
    explicit ReturnFlow(TillSession& session) : session_(session) {}
    // A new draft was opened: a new refund id.
    void begin();
    // The logged-in cashier's id, or empty (a preview may be asked before anyone logs in).
    [[nodiscard]] std::string cashier_id() const;

    TillSession& session_;

  private:
    // The open draft's shared part; nullptr when none is open.
    [[nodiscard]] virtual const ReturnTerms* terms() const = 0;
    virtual ReturnTerms* terms() = 0;
    [[nodiscard]] virtual bool nothing_chosen() const = 0;
    // Asks the store to write the open draft in `shift_id`; throws StoreError as the store does.
    virtual store::Sales::RefundOutcome commit(const std::string& shift_id) = 0;
    virtual void drop() = 0;

    std::string refund_id_;
    std::optional<store::Sales::RefundOutcome> last_refund_;
};

// A return against a receipt.
class ReceiptReturn final : public ReturnFlow {
  public:
    explicit ReceiptReturn(TillSession& session) : ReturnFlow(session) {}

    // By the receipt's barcode (R and its number), its number or its id, as scanned or typed. Refused with
    // basket_not_empty (see TillSession::return_refused), receipt_not_found or receipt_fully_returned; on
    // receipt_opened (`detail`: the receipt's number) a new draft replaces the one open before, if any.
    Notice open(const std::string& receipt_text);
    [[nodiscard]] const std::optional<ReturnDraft>& draft() const { return draft_; }
    // What comes back of a receipt line: zero up to what is left of it, whole pieces unless it was weighed.
    // Refreshes the store's preview.
    Notice set_quantity(std::size_t receipt_line, Quantity qty);
    // Everything still left on the receipt comes back; the last line's answer.
    Notice choose_everything();
    // What is left to return of a receipt line (bought less returned before); zero for no such line.
    [[nodiscard]] Quantity returnable(std::size_t receipt_line) const;

  private:
    [[nodiscard]] const ReturnTerms* terms() const override { return draft_ ? &*draft_ : nullptr; }
    ReturnTerms* terms() override { return draft_ ? &*draft_ : nullptr; }
    [[nodiscard]] bool nothing_chosen() const override;
    store::Sales::RefundOutcome commit(const std::string& shift_id) override;
    void drop() override { draft_.reset(); }
    [[nodiscard]] store::Sales::RefundRequest request() const;
    void refresh_preview();

    std::optional<ReturnDraft> draft_;
};

// A return without a receipt (owner-only).
class NoReceiptReturn final : public ReturnFlow {
  public:
    explicit NoReceiptReturn(TillSession& session) : ReturnFlow(session) {}

    // Opens one with the owner's approval (a logged-in owner needs no PIN): not_logged_in, basket_not_empty
    // (see TillSession::return_refused), then needs_owner / owner_pin_wrong until the owner's PIN is given.
    // Audited as `return_without_receipt` when approved, and the committed return again by the store. On
    // no_receipt_return_opened `detail` is the approving owner's id.
    Notice open(const std::string& owner_pin = {});
    [[nodiscard]] const std::optional<NoReceiptReturnDraft>& draft() const { return draft_; }
    // A product barcode or SKU, as scanned or typed: one more piece of it (a product sold by weight answers
    // weight_needed, then add() with the weight).
    Notice scan(const std::string& text);
    // Inactive products are taken too: a product no longer sold can still come back.
    Notice add(const store::Product& product, Quantity qty);
    // Zero removes the line.
    Notice set_quantity(std::size_t line, Quantity qty);
    // The unit price the owner confirms (the catalog price is offered).
    Notice set_price(std::size_t line, Money unit_price);
    // The customer's card or phone, when she wants the return on her record; empty text forgets her.
    Notice set_customer(const std::string& card_or_phone);

  private:
    [[nodiscard]] const ReturnTerms* terms() const override { return draft_ ? &*draft_ : nullptr; }
    ReturnTerms* terms() override { return draft_ ? &*draft_ : nullptr; }
    [[nodiscard]] bool nothing_chosen() const override { return draft_->lines.empty(); }
    store::Sales::RefundOutcome commit(const std::string& shift_id) override;
    void drop() override { draft_.reset(); }
    [[nodiscard]] store::Sales::NoReceiptRefundRequest request() const;
    void refresh_preview();

    std::optional<NoReceiptReturnDraft> draft_;
};

}  // namespace kassa::till
