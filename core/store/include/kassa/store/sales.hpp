#pragma once
// Sales, returns with and without a receipt, and the receipts they make.
// Reached through Store (store.hpp) over the shop file's one connection.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>
#include "kassa/core/quote.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/vat.hpp"

#include "kassa/store/store.hpp"

namespace kassa::store {

struct PaymentLine {
    enum class Method { cash, card, other } method = Method::cash;
    Money amount;
};

struct SaleLine {
    std::string sku;
    std::string name;
    std::string category;
    Money unit_price;
    Quantity qty;
    std::optional<Money> min_price;
    bool by_weight = false;
};

struct Sale {
    std::string receipt_id;   // made by the till when the basket starts: a retry after a crash reuses it
    std::string customer_id;  // empty for an anonymous sale
    std::string card_number;
    std::string cashier_id;
    Instant at;
    std::vector<SaleLine> lines;
    std::vector<std::string> coupon_codes;
    RedeemRequest redeem;
    std::vector<PaymentLine> payments;
    // The rules version that priced the sale (the one the till loaded); unset: the newest saved one.
    std::optional<std::int64_t> rules_version;
    // The till's open shift (shifts.hpp); empty for a sale recorded outside a shift (scripts, the demo).
    // A shift that is closed refuses the sale with ShiftError(shift_closed).
    std::string shift_id;
    // Queue the receipt for the receipt printer in the sale's transaction (print_queue.hpp), pulsing the
    // drawer with it when cash was taken.
    bool queue_receipt = false;
};

// Points a redemption took from one lot of the customer's ledger (earliest-expiring lot first).
struct LotRedeemed {
    std::string lot_id;  // the ledger entry that made the lot
    Points points;
    friend bool operator==(const LotRedeemed&, const LotRedeemed&) = default;
};

struct SaleResult {
    std::string receipt_id;
    std::int64_t receipt_number = 0;
    bool already_committed = false;  // the same receipt id was committed before: nothing was written now
    // The totals always; for a sale committed before, the lines as stored (without the rest of the quote).
    QuoteResult quote;
    std::vector<std::string> coupon_codes_issued;
    Money change;
    // The lots the points paid with came from, in the order they were taken; empty without a redemption.
    std::vector<LotRedeemed> lots_redeemed;
};
// ---- receipts, for returns and reprints ----
struct ReceiptLineView {
    int line_no = 0;
    std::string sku;
    std::string name;
    std::string category;
    Money unit_price;
    Quantity qty;
    Quantity refunded_qty;  // by every return against this receipt so far
    Money gross;
    Money discount;
    Money net;
    Points points;
    std::vector<LineDiscount> discounts;
    // The rate the line was sold at and its share of the receipt's VAT; unset on receipts made before VAT
    // was kept (docs/vat.md).
    std::optional<VatRate> vat_rate;
    std::optional<Money> vat;
    Money redeemed;  // points paid for the line, as money
};

struct ReceiptView {
    std::string id;
    std::int64_t number = 0;
    Instant at;
    std::string customer_id;    // empty for an anonymous sale
    std::string customer_name;  // empty when anonymous or erased
    std::string card_number;
    std::string cashier_id;
    QuoteTotals totals;
    Money change;
    std::vector<ReceiptLineView> lines;
    std::vector<PaymentLine> payments;
    std::vector<std::string> coupon_codes_issued;
    bool fully_refunded = false;
    // The receipt's VAT by rate, from its lines; empty for a receipt made before VAT was kept.
    [[nodiscard]] std::vector<VatRateTotal> vat_by_rate() const;
};

// Threading: like the Store it works on, one thread at a time.
class Sales {
  public:
    explicit Sales(Store& store) : store_(store) {}

    // What the store knows of a coupon code (its programme, whether it is used, its own dates); an unknown
    // code comes back with only the code, and the engine rejects it with a sentence.
    CouponRef coupon_ref(const std::string& code);
    // The engine's input for a sale as commit_sale will quote it: the customer's state at `sale.at`, the
    // coupons as the store knows them. The till quotes from it so the total shown is the total committed.
    QuoteInput quote_input(const Sale& sale, const Rules& rules);
    // Quotes the sale with `rules` and writes everything in one transaction. Committing a receipt id that is
    // already committed returns the first result and writes nothing. Throws StoreError with a sentence when
    // the sale cannot be saved (disk full, read-only, busy) or does not add up (payments short).
    SaleResult commit_sale(const Sale& sale, const CompiledRules& rules);
    // ---- refunds ----
    struct RefundRequest {
        std::string refund_id;                        // made by the till: a retry after a crash reuses it
        std::string receipt_id;                       // the original receipt
        std::vector<std::pair<int, Quantity>> lines;  // receipt line number (1-based) and quantity returned
        std::string cashier_id;
        std::string reason;
        Instant at;
        NegativeBalancePolicy policy = NegativeBalancePolicy::allow_negative;
        PaymentLine::Method tender = PaymentLine::Method::cash;  // how the money goes back
        std::string shift_id;                                    // as Sale::shift_id
        bool queue_receipt = false;  // as Sale::queue_receipt (the drawer opens for cash given back)
    };
    struct RefundOutcome {
        std::string refund_id;
        bool already_committed = false;
        Money money_back;             // to pay out
        Money kept_for_spent_points;  // keep_from_cash policy
        Points points_reversed;
        Points points_restored;
        bool receipt_fully_refunded = false;  // never for a return without a receipt
    };
    // Returns goods against a receipt, persisting what kassa::compute_refund computes, in one transaction:
    // money back by value share, earned points taken back (the balance may go negative), redeemed points
    // restored as a new lot, tier spend lowered; a fully refunded receipt also gives back its stamp and its
    // coupon. The same refund id twice writes nothing the second time. Throws StoreError with a sentence.
    RefundOutcome refund(const RefundRequest& request, const CompiledRules& rules);
    // What refund() would do, computed the same way, with nothing written (the same StoreError sentences for
    // a bad request, e.g. returning more than was bought). A refund id already committed gives its outcome.
    RefundOutcome preview_refund(const RefundRequest& request, const CompiledRules& rules);

    // ---- returns without a receipt (owner-approved at the till) ----
    struct NoReceiptLine {
        std::string sku;
        Quantity qty;      // whole pieces, or thousandths of the unit for a product sold by weight
        Money unit_price;  // what one unit is refunded at, as the owner confirmed it (the till offers the
                           // catalog price)
    };
    struct NoReceiptRefundRequest {
        std::string refund_id;  // made by the till: a retry after a crash reuses it
        std::vector<NoReceiptLine> lines;
        PaymentLine::Method tender = PaymentLine::Method::cash;  // how the money goes back
        std::string reason;
        std::string cashier_id;
        std::string approved_by;  // the owner who approved it: an active owner's id
        std::string customer_id;  // optional: the customer, when she is known
        Instant at;
        std::string shift_id;        // as Sale::shift_id
        bool queue_receipt = false;  // as Sale::queue_receipt
    };
    // Takes goods back without a receipt, in one transaction: a refund with no receipt, its lines (goods, the
    // unit price and each line's money, line_gross), the stock back up, and the audit entry
    // `refund_without_receipt` by the approving owner. Points, tier spend, stamps and coupons are never
    // touched, even with a customer: without the receipt nothing says what the goods earned. The same refund
    // id twice writes nothing the second time. Throws StoreError(invalid) with a sentence (no reason, no
    // owner, an unknown product, a fraction of a piece, a refund id used for a receipt's return).
    RefundOutcome refund_without_receipt(const NoReceiptRefundRequest& request);
    // What refund_without_receipt would pay out, with nothing written; the goods are checked, the reason and
    // the approval are not (the till previews before they are given).
    RefundOutcome preview_refund_without_receipt(const NoReceiptRefundRequest& request);

    // ---- receipts, for returns and reprints ----
    std::optional<ReceiptView> receipt(const std::string& id);
    std::optional<ReceiptView> receipt_by_number(std::int64_t number);
    // Newest first; customer_id empty = all customers.
    std::vector<ReceiptView> recent_receipts(const std::string& customer_id, int limit = 20);

  private:
    Store& store_;
};

}  // namespace kassa::store
