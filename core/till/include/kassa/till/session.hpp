#pragma once
// The till session: everything the cashier's screen does between two receipts, without a window. It
// decides what a scan is (a product, a loyalty card, a receipt for a return), keeps the basket, asks the
// engine for a fresh quote after every change, and hands payment and enrolment to the store. The two returns
// are flows of their own (returns.hpp) that the session owns and hands out. The Qt screen in ui/ only shows
// its state and forwards the cashier's keys; tests drive it directly.
//
// The open basket is written to the store after every change, so a crash, a kill -9 or a power cut in the
// middle of a sale loses nothing: the next start resumes it (recover()).
//
// Threading: a TillSession is used by one thread at a time (the till's GUI thread) and owns nothing shared;
// its Store must not be used by another thread meanwhile. The clock may be read from any thread.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/core/quote.hpp"
#include "kassa/core/time.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/staff.hpp"

namespace kassa::till {

// Where a scanned or typed text came from: a card reader's swipe is always a card; a typed text may be a
// barcode, a card number or a phone number.
enum class ScanSource { scanner, card_reader, camera, typed };

// What an action did, for the screen to say in the cashier's language. The UI owns the sentences (tr());
// `detail` carries the argument (a barcode, a name) or a sentence that already comes translated from the
// engine (a rejected coupon) or from the store (why a sale could not be saved).
enum class Outcome {
    ok,
    product_added,
    quantity_changed,
    line_removed,
    unknown_barcode,      // detail: what was scanned
    product_inactive,     // detail: product name
    invalid_quantity,     // zero, negative, fractional pieces, an absurd weight
    weight_needed,        // a by-weight product scanned without a weight: ask for it (detail: product name)
    customer_identified,  // detail: first name
    customer_not_found,   // detail: what was scanned or typed
    card_blocked,         // the card is blocked or lost
    bank_card,            // a payment card was swiped or scanned: nothing of it is kept
    customer_removed,
    coupon_added,     // detail: code
    coupon_rejected,  // detail: the engine's sentence
    coupon_removed,
    redeem_set,
    redeem_refused,   // detail: the engine's explanation (below minimum, over the cap, no customer)
    needs_owner,      // the action needs the owner's PIN
    owner_pin_wrong,  // detail: the store's sentence (attempts left, locked until)
    payment_added,
    payment_short,    // detail: formatted remaining amount
    card_over_total,  // a card payment larger than what is left to pay
    sale_committed,
    store_failed,  // detail: the store's sentence; `failure` tells which
    basket_empty,
    basket_held,
    basket_resumed,
    basket_cancelled,
    receipt_not_found,  // detail: what was scanned or typed
    receipt_opened,     // a return was started from it
    return_refused,     // detail: the store's sentence (nothing left to return, ...)
    return_committed,
    customer_enrolled,  // detail: first name
    enrolment_refused,  // detail: the store's sentence (phone unreadable, card in use, ...)
    not_logged_in,
    logged_in,
    login_refused,        // detail: the store's sentence
    payment_in_progress,  // the basket cannot change while payments are being taken
    basket_not_empty,     // resume or a return needs an empty basket: finish, hold or cancel it first
    held_basket_gone,     // another till resumed it meanwhile
    reason_needed,        // cancelling a basket needs a reason
    no_such_line,
    customer_needed,           // redeeming points needs an identified customer
    receipt_fully_returned,    // detail: the receipt number
    basket_recovered,          // the basket on the screen when the till stopped is back
    no_receipt_return_opened,  // the owner approved a return without a receipt; detail: the owner's id
    invalid_price,             // a unit price below zero (detail: product name)
    return_reason_needed,      // a return without a receipt needs a reason
    shift_needed,              // a sale or a return needs an open shift: open one with the counted float
    shift_opened,
    shift_refused,  // `shift_problem` says why; detail: the figure it names (reason_too_long: the limit)
    cash_moved,     // cash in or out recorded
    shift_closed,   // detail: the Z number
    drawer_opened,  // "no sale": the drawer opened on the owner's approval
    // A newer rules version (saved by the owner here or at another till and brought by the office sync)
    // prices this basket: the till takes it up when a basket starts, never in the middle of one. detail: the
    // version's number in this file. Given by take_rules_notice(), not by the action that started the basket.
    rules_taken_up,
    // A newer version arrived that this Kassa cannot use (it does not read or compile here, or it is in
    // another currency): the till keeps pricing with the rules it has. detail: the version's number.
    rules_not_taken_up,
};

// The stable machine name of an outcome ("sale_committed"), for the till's log and its end-to-end test.
std::string_view outcome_name(Outcome outcome);

struct Notice {
    // A constructor rather than an aggregate: most notices name only the outcome and perhaps a detail.
    Notice(Outcome what = Outcome::ok, std::string said = {}, std::optional<store::FailureKind> failed = {},
           std::optional<store::ShiftProblem> shift_refusal = {})
        : outcome(what), detail(std::move(said)), failure(failed), shift_problem(shift_refusal) {}

    Outcome outcome = Outcome::ok;
    std::string detail;
    std::optional<store::FailureKind> failure;         // with store_failed
    std::optional<store::ShiftProblem> shift_problem;  // with shift_refused
    // Why the store refused, with its values (a card number, attempts left): with store_failed,
    // enrolment_refused, return_refused, login_refused and owner_pin_wrong. The screen words it.
    std::optional<store::StoreRefusal> refusal;

    [[nodiscard]] bool ok() const;  // not a refusal or a failure
};

// A notice for `outcome` carrying the store's reason; a refusal without a reason of its own yet
// (StoreProblem::other) leaves `refusal` empty, so the screen says its general sentence for the outcome.
Notice refused_by_store(Outcome outcome, const store::StoreRefusal& refusal);
// store_failed with the failure's kind and, for a refused request, its reason.
Notice store_failure(const store::StoreError& e);

struct BasketLine {
    std::string sku;
    std::string name;
    std::string category;
    Money unit_price;
    Quantity qty;
    std::optional<Money> min_price;
    bool by_weight = false;
};

// A product to offer with the last line (issue 9), and what the shop's promotions would give if it were
// added.
struct TillSuggestion {
    store::Suggestion product;
    std::vector<LineDiscount>
        discounts;         // the discounts the added line itself would get, with their sentences
    Money extra_discount;  // how much the whole basket's discount would grow
};

// The part of the day, for "Good morning/afternoon/evening, Olga!" in the shop's time zone.
enum class DayPart { morning, afternoon, evening };

struct StampCard {
    std::string program;
    std::string name;         // the programme's name
    std::string reward_name;  // "a free coffee"
    std::int64_t held = 0;
    std::int64_t goal = 0;
};

// What the customer panel shows about the identified customer.
struct CustomerPanel {
    store::Customer customer;
    DayPart day_part = DayPart::morning;
    Points balance;                               // spendable now
    Points pending;                               // earned, still on hold (the return window)
    std::optional<Instant> pending_available_at;  // when the earliest held points become spendable
    Points expiring_soon;                         // spendable points expiring in the next 30 days
    std::optional<Instant> expiring_soon_at;      // the earliest of those expiry moments
    std::optional<TierProgress> tier;             // from the current quote
    std::vector<StampCard> stamps;
    bool birthday_window = false;  // today lies in the birthday programme's window
    std::string card_number;       // the card that identified them, if any
    // What the shop wants remembered at her next visit: the owner's attributes ("size: 38") and her newest
    // notes, for the cashier to see without opening the card.
    std::vector<std::string> remember;
};

struct Payment {
    store::PaymentLine::Method method = store::PaymentLine::Method::cash;
    Money amount;
};

// The receipt as printed: 80 mm paper is 42 columns of a monospaced font.
struct PrintedReceipt {
    std::vector<std::string> lines;
    std::string barcode;  // the text of the receipt's barcode, scanned back for a return
};

// The words on a printed receipt, in the shop's language: the UI fills them with its translations.
struct ReceiptLabels {
    std::string receipt = "Receipt";
    std::string cashier = "Cashier";
    std::string subtotal = "Subtotal";
    std::string discount = "Discount";
    std::string points_redeemed = "Points redeemed";
    std::string total = "TOTAL";
    std::string cash = "Cash";
    std::string card = "Card";
    std::string other = "Other";
    std::string change = "Change";
    std::string customer = "Customer";
    std::string points_earned = "Points earned";
    std::string points_balance = "Points balance";
    std::string to_next_level = "To %1";  // %1: the next tier's name
    std::string coupon_for_next_visit = "Coupon for your next visit";
    std::string thank_you = "Thank you!";
    std::string vat_row = "VAT %1 of %2";  // %1: the rate ("24%"), %2: the amount it is included in
    std::string vat_exempt = "exempt";
};

struct SessionSettings {
    std::string till_id = "till-1";
    Language language = Language::en;
    int currency_digits = 2;
    std::string currency = "EUR";
    std::string shop_name;
    std::string receipt_header;
    int expiring_soon_days = 30;
    // The saved rules version this till loaded (receipts name it); unset: the newest saved one.
    std::optional<std::int64_t> rules_version;
    // A receipt printer is set up: every sale and return queues its receipt in its own transaction.
    bool queue_receipts = false;
};

class CustomerCard;
class ReturnFlow;
class ReceiptReturn;
class NoReceiptReturn;

class TillSession {
  public:
    // `rules` and `clock` must outlive the session; the rules may be replaced with set_rules().
    TillSession(store::Store& store, const CompiledRules& rules, const Clock& clock,
                SessionSettings settings);
    // Not copied or moved: the return flows and customer cards it hands out refer to it.
    TillSession(const TillSession&) = delete;
    TillSession& operator=(const TillSession&) = delete;
    ~TillSession();

    void set_rules(const CompiledRules& rules);
    [[nodiscard]] const CompiledRules& rules() const { return *rules_; }
    [[nodiscard]] const Clock& clock() const { return clock_; }
    [[nodiscard]] store::Store& store() { return store_; }
    [[nodiscard]] const SessionSettings& settings() const { return settings_; }
    // The rules version the session prices with has changed since the last call: what the sale screen tells
    // the cashier (rules_taken_up or rules_not_taken_up), once. The session looks for a newer version when a
    // basket starts (the first product, customer or coupon of an empty basket, or a held basket resumed), so
    // a basket is priced under one version from its first line to its receipt.
    std::optional<Notice> take_rules_notice();
    // The owner switched the till's language: the engine's sentences (discounts, hints) follow at once.
    void set_language(Language language);

    // ---- who is at the till ----
    Notice log_in(const std::string& cashier_id, const std::string& pin);
    // Drops an open return without a receipt: the owner approved it for the cashier at the till, not for
    // whoever logs in next.
    void log_out();
    [[nodiscard]] const std::optional<store::Cashier>& cashier() const { return cashier_; }
    [[nodiscard]] bool is_owner() const;

    // ---- the basket ----
    // A scanned or typed text: a receipt barcode opens a return, a product barcode or SKU adds a line, a card
    // number identifies the customer, a phone number typed at the till too. A card reader's swipe is a card.
    Notice scan(const std::string& text, ScanSource source);
    Notice add_product(const store::Product& product, Quantity qty);
    // By-weight lines take thousandths of the product's unit (kg), pieces take whole numbers.
    Notice set_quantity(std::size_t line, Quantity qty);
    // Before payment starts a cashier may remove a line; after that it needs the owner's PIN.
    Notice remove_line(std::size_t line, const std::string& owner_pin = {});
    [[nodiscard]] const std::vector<BasketLine>& lines() const { return lines_; }
    [[nodiscard]] const QuoteResult& quote() const { return quote_; }
    [[nodiscard]] std::vector<store::Product> search_products(const std::string& text) const;
    // Up to `limit` products to offer with the last line added (the owner's bundles, then "often bought
    // together"; in stock and not in the basket), each with the promotion it would trigger, quoted as if one
    // piece were added. Recorded as shown in this basket, so adding one later counts as followed. Empty when
    // the basket is empty or the store cannot answer: a suggestion never stands in the way of a sale.
    std::vector<TillSuggestion> suggestions_for_last_line(int limit = 3);

    // ---- the customer ----
    Notice identify_by_card(const std::string& scanned);
    Notice identify_by_phone(const std::string& typed);
    Notice choose_customer(const std::string& customer_id);
    Notice remove_customer();
    [[nodiscard]] std::vector<store::Customer> search_customers(const std::string& name) const;
    [[nodiscard]] const std::optional<CustomerPanel>& customer() const { return panel_; }
    // Enrols a customer with consent and attaches them to the basket (a card number binds that card).
    Notice enrol(const store::Enrolment& enrolment);

    // ---- coupons and points ----
    Notice add_coupon(const std::string& code);
    Notice remove_coupon(const std::string& code);
    [[nodiscard]] const std::vector<std::string>& coupons() const { return coupon_codes_; }
    Notice redeem(RedeemRequest request);
    [[nodiscard]] const RedeemRequest& redeem_request() const { return redeem_; }

    // ---- payment ----
    [[nodiscard]] Money payable() const { return quote_.totals.payable; }
    [[nodiscard]] Money paid() const;
    [[nodiscard]] Money remaining() const;  // payable - paid, never below zero
    [[nodiscard]] Money change() const;     // paid - payable, never below zero
    [[nodiscard]] const std::vector<Payment>& payments() const { return payments_; }
    [[nodiscard]] bool payment_started() const { return !payments_.empty(); }
    // A card payment of zero (or more than remains) means "the rest"; cash may exceed what remains (change).
    Notice add_payment(store::PaymentLine::Method method, Money amount);
    void clear_payments();
    // Commits the sale when the payments cover the total; on success the screen shows the receipt and the
    // session starts a new basket. On a store failure the basket and payments stay for a retry.
    Notice finish();
    [[nodiscard]] const std::optional<store::SaleResult>& last_sale() const { return last_sale_; }
    [[nodiscard]] std::optional<PrintedReceipt> last_receipt(const ReceiptLabels& labels = {}) const;
    // Any committed receipt, rendered as printed (reprint).
    [[nodiscard]] PrintedReceipt render_receipt(const store::ReceiptView& receipt,
                                                const ReceiptLabels& labels = {}) const;

    // ---- hold, resume, cancel ----
    Notice hold(const std::string& label);
    [[nodiscard]] std::vector<store::HeldBasket> held() const;
    Notice resume(const std::string& held_id);
    // Cancelling a basket with lines needs a reason; after payment started also the owner's PIN. Audited.
    Notice cancel(const std::string& reason, const std::string& owner_pin = {});
    // The owner's screens (settings, outreach lists, reports): the owner logged in, or the owner's PIN. On ok
    // `detail` is the approving owner's id (for OwnerDesk). Audited.
    Notice open_owner_desk(const std::string& owner_pin = {});
    // Any owner-only action outside the basket (a goodwill credit on the customer card): ok at once for a
    // logged-in owner, else needs_owner / owner_pin_wrong until the owner's PIN is given. On ok `detail` is
    // the approving owner's id. Audited as `action` on `subject`.
    Notice owner_approval(const std::string& owner_pin, const std::string& action,
                          const std::string& subject);
    // The card of the customer on the panel; nullptr when nobody is identified.
    std::unique_ptr<CustomerCard> customer_card();
    // Reads the panel's "remember" lines again (after the card was edited).
    void refresh_remember();
    // Restores the basket that was on the screen when the till last stopped (crash, power cut). True when one
    // was found.
    bool recover();

    // ---- returns (returns.hpp) ----
    // The two returns, one flow of each kind living as long as the session: the screens drive them directly
    // (a reference stays valid). A receipt's barcode scanned at the sale screen opens the receipt's return.
    [[nodiscard]] ReceiptReturn& receipt_return() { return *receipt_return_; }
    [[nodiscard]] NoReceiptReturn& no_receipt_return() { return *no_receipt_return_; }
    [[nodiscard]] bool return_open() const;
    // Why `opening` may not open now, asked by the flows before they do: basket_not_empty while the basket
    // has lines or payments, or while the other return is open, or while a return without a receipt is open
    // (it was approved once: a second needs its own approval). A receipt's return opened again takes the
    // next receipt. Empty: it may open.
    [[nodiscard]] std::optional<Notice> return_refused(const ReturnFlow& opening) const;

  private:
    void requote();
    [[nodiscard]] QuoteResult quote_of(const std::vector<BasketLine>& lines) const;
    void persist();
    void start_new_basket();
    // When the basket is empty: takes up the newest saved rules version if it is not the one in use.
    void begin_basket();
    void refresh_panel();
    Notice attach(const store::Lookup& lookup, const std::string& what, const std::string& card_number);
    Notice require_owner(const std::string& owner_pin, const std::string& action, const std::string& subject);
    [[nodiscard]] bool basket_locked() const { return payment_started(); }
    [[nodiscard]] store::Sale make_sale() const;
    [[nodiscard]] std::string basket_document() const;
    void load_basket_document(const std::string& document);
    [[nodiscard]] PrintedReceipt render(const store::ReceiptView& receipt, const ReceiptLabels& labels,
                                        const QuoteResult* quote) const;

    store::Store& store_;
    const CompiledRules* rules_;
    // A version taken up at a basket's start (rules_ points at it then): the caller's rules stay the
    // caller's.
    std::unique_ptr<const CompiledRules> own_rules_;
    std::optional<std::int64_t> rules_refused_;  // a newer version that could not be used: not tried again
    std::optional<Notice> rules_notice_;
    const Clock& clock_;
    SessionSettings settings_;

    std::optional<store::Cashier> cashier_;
    std::string receipt_id_;  // made when the basket starts: a retry after a crash commits the same receipt
    std::vector<BasketLine> lines_;
    std::string customer_id_;
    std::string card_number_;
    std::vector<std::string> coupon_codes_;
    RedeemRequest redeem_;
    std::vector<Payment> payments_;
    QuoteResult quote_;
    std::optional<CustomerState> customer_state_;  // read once when the customer is identified
    std::vector<CouponRef> coupon_refs_;
    std::optional<CustomerPanel> panel_;
    std::optional<store::SaleResult> last_sale_;
    // Owned here, for the session's life: each holds a reference back to the session.
    std::unique_ptr<ReceiptReturn> receipt_return_;
    std::unique_ptr<NoReceiptReturn> no_receipt_return_;
    std::vector<std::int64_t> suggested_;  // product ids shown in this basket, to mark the ones followed
};

// The receipt's barcode text for a receipt number ("R" and the number), and back.
std::string receipt_barcode(std::int64_t number);
std::optional<std::int64_t> parse_receipt_barcode(const std::string& text);

}  // namespace kassa::till
