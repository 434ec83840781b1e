#pragma once
// The shop's store: everything the till knows, in one SQLite file. The only place in Kassa with SQL.
// It persists what kassa::core computes: a sale is quoted by the engine inside the store's transaction and
// written with its receipt, lines, payments, ledger entries, lots, stamps and coupons in one commit.
//
// Threading: a Store wraps one connection and is used by one thread at a time (the till's store thread, or
// one kassactl command). Open a second Store for another thread; WAL lets them work side by side.

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kassa/core/quote.hpp"
#include "kassa/core/vat.hpp"
#include "kassa/store/database.hpp"
#include "kassa/store/ids.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/whatif.hpp"

namespace kassa::store {

struct ShopSettings {
    std::string name = "Kassa demo shop";
    std::string currency = "EUR";
    std::string time_zone = "Europe/Tallinn";
    std::string phone_country = "EE";  // ISO 3166 region for phone numbers typed without +
    std::string language = "en";
    std::string receipt_header;
    // Cash put in or taken out of the drawer above this needs the owner's PIN (minor units; 0: always).
    Money cash_movement_limit = Money::minor(5000);
    // The receipt printer (docs/printing.md): tcp://HOST[:PORT] or usb:VID:PID; empty: no receipt printer
    // (the receipt preview prints through the desktop's printer dialog). The profile names the model's code
    // pages and paper; the logo is a PNG printed at the top; the drawer hangs on kick-port pin 2 or 5.
    std::string printer_url;
    std::string printer_profile = "generic_80";
    std::string receipt_logo;
    std::string drawer_pin = "2";
};

// What is wrong with shop settings the owner typed; the screen says it in the owner's language.
struct SettingsIssue {
    enum class Problem {
        name_empty,               // the shop needs a name for the receipt
        time_zone_unknown,        // value: the zone typed; this computer has no such zone
        phone_country_unknown,    // value: the region typed; libphonenumber does not know it
        language_unknown,         // value: not en, ru or et
        receipt_header_too_long,  // value: the longest line; an 80 mm receipt prints 42 characters a line
        cash_limit_invalid,       // value: the amount in minor units; below zero or above any drawer
        printer_url_unusable      // value: the address; neither tcp://HOST[:PORT] nor usb:VID:PID
    };
    Problem problem;
    std::string value;
};

// Store::save_settings refuses settings with a printer address no printer port reads: kept in the file, the
// till would queue every receipt for a printer it can never reach. (The other issues are the screens' to
// show before saving: refusing them here would also stop, say, a change of printer on a computer that lacks
// the shop's time zone.) what() is English for logs; screens and kassactl word issues() themselves.
class SettingsError : public StoreError {
  public:
    explicit SettingsError(std::vector<SettingsIssue> issues);
    [[nodiscard]] const std::vector<SettingsIssue>& issues() const { return issues_; }

  private:
    std::vector<SettingsIssue> issues_;
};
constexpr int kReceiptHeaderLineWidth = 42;
constexpr int kReceiptHeaderMaxLines = 4;
// Empty when the settings can be saved. The currency is not checked here: it is the rules document's.
std::vector<SettingsIssue> check_settings(const ShopSettings& settings);
// A printer address a printer port reads (parse_printer_url), or none at all.
bool printer_url_usable(const std::string& url);

struct Product {
    std::int64_t id = 0;
    std::string sku;
    std::string name;
    std::string category;
    Money price;
    std::optional<Money> min_price;
    bool by_weight = false;
    // Null when the shop does not count this product. Whole pieces; for a product sold by weight, thousandths
    // of its unit (grams of a product sold by the kg), like Quantity. A sale takes it down and a return puts
    // it back in the same transaction; it may go below zero (the shelf had more than the count said).
    std::optional<std::int64_t> stock;
    bool active = true;
    std::vector<std::string> barcodes;
};

enum class ConsentKind { personal_data, sms, email };

struct Consents {
    bool personal_data = false;
    bool sms = false;
    bool email = false;
};

struct Enrolment {
    std::string first_name;
    std::string last_name;
    std::string phone;  // as typed; normalised to E.164
    std::string email;
    std::optional<std::chrono::year_month_day> birthday;
    Consents consents;
    std::string consent_source = "till";  // where consent was recorded (till, import, web)
    std::string card_number;              // optional: bind a card at once
    std::string referred_by;              // optional: the referrer's customer id
};

enum class CardStatus { active, blocked, lost };

struct Card {
    std::string number;
    CardStatus status = CardStatus::active;
    std::string issued_at;
};

struct Customer {
    std::string id;
    std::string first_name;
    std::string last_name;
    std::string phone;
    std::string email;
    std::optional<std::chrono::year_month_day> birthday;
    Consents consents;
    std::int64_t purchases_count = 0;
    Money spend_lifetime;
    std::optional<Instant> last_purchase_at;
    Points balance;  // cached; always equal to the ledger sum (db check)
    std::optional<int> birthday_used_year;
    std::vector<std::string> segments;
    std::vector<Card> cards;
};

// How a lookup ended when it did not find a customer, so the till can say the right sentence.
enum class LookupFailure { not_found, card_blocked, bank_card, invalid_input };

struct Lookup {
    std::optional<Customer> customer;
    std::optional<LookupFailure> failure;
    std::string sentence;  // for the cashier when customer is empty
};

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

struct SaleResult {
    std::string receipt_id;
    std::int64_t receipt_number = 0;
    bool already_committed = false;  // the same receipt id was committed before: nothing was written now
    QuoteResult quote;
    std::vector<std::string> coupon_codes_issued;
    Money change;
};

// ---- cashiers ----
enum class Role { cashier, owner };

struct Cashier {
    std::string id;
    std::string name;
    Role role = Role::cashier;
    bool active = true;
};

struct PinCheck {
    enum class Outcome { ok, wrong, locked, unknown } outcome = Outcome::unknown;
    std::optional<Cashier> cashier;
    int attempts_left = 0;                // after a wrong PIN
    std::optional<Instant> locked_until;  // when locked
    // Why not ok, with its values (attempts left; the lock's end on the shop's wall clock): the screen words
    // it in its language.
    StoreRefusal refusal;
    // The same in English, for the audit log and kassactl ("Wrong PIN: 2 attempts left.").
    std::string sentence;
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

// ---- a basket put aside at the till ----
struct HeldBasket {
    std::string id;
    std::string label;
    std::string cashier_id;
    Instant held_at;
    std::string document;  // opaque JSON text made by the till
};

// ---- one saved version of the rules document ----
struct RulesVersion {
    std::int64_t id = 0;
    Instant saved_at;
    std::string author;
    std::string summary;
};

// The names a rules document may speak of, for the owner's pickers: the catalog's categories, its products
// (SKU and name) and the customer segments in use, each sorted.
struct RulesVocabulary {
    struct ProductName {
        std::string sku;
        std::string name;
        std::string category;
    };
    std::vector<std::string> categories;
    std::vector<ProductName> products;
    std::vector<std::string> segments;
};

// ---- a "called" tick on one of the owner's outreach lists ----
struct OutreachContact {
    std::string customer_id;
    Instant at;
    std::string actor;  // the cashier or owner who called
    std::string note;
};

class Store {
  public:
    // Opens (or creates) the shop's file. `zone` is loaded by the caller from the shop's time zone.
    Store(const std::string& path, Database::Mode mode);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& database() { return *db_; }

    // synchronous=FULL (the default) makes every committed sale survive a power cut. Generating a demo shop's
    // year of history may turn it down to NORMAL (WAL still never corrupts; the last commits may roll back).
    void set_full_durability(bool full);

    // Where new ids (customers, ledger entries and lots, coupon codes, cashiers, held baskets) and PIN salts
    // come from; the system's random source unless replaced (the demo shop uses a seeded one).
    void set_id_source(std::unique_ptr<IdSource> source);

    // ---- settings and rules ----
    ShopSettings settings();
    // Throws SettingsError (printer_url_unusable) for a printer address no port reads.
    void save_settings(const ShopSettings& settings);
    // The same, audited as `settings_changed` by `actor` with `details` in the same transaction: the owner's
    // change is saved and audited together or not at all.
    void save_settings(const ShopSettings& settings, const std::string& actor, const std::string& details,
                       Instant at);
    // The current rules document (JSON text) and its version id; nullopt before any was saved.
    std::optional<std::pair<std::int64_t, std::string>> current_rules();
    std::int64_t save_rules(const std::string& document, const std::string& author,
                            const std::string& summary, Instant at);
    // Every saved version, newest first (without the documents).
    std::vector<RulesVersion> rules_history();
    // One version's document; nullopt for a version that was never saved.
    std::optional<std::string> rules_document(std::int64_t version);
    // Categories, active products and segments (those computed by the store, and every owner-defined one in
    // use) for the rules editor's pickers.
    RulesVocabulary rules_vocabulary();
    // `count` fresh single-use coupon codes for the owner to print ("7KQ2-MX4P": eight letters and digits a
    // customer can read out, without 0/O and 1/I), from the store's random source; none equals (normalised)
    // one in `taken` or one the store already issued. Throws StoreError(invalid) for a count outside 1-10000.
    std::vector<std::string> new_coupon_codes(int count, const std::set<std::string>& taken);

    // ---- catalog ----
    std::int64_t upsert_product(const Product& product);
    std::optional<Product> product_by_barcode(const std::string& barcode);
    std::optional<Product> product_by_sku(const std::string& sku);
    // The till's manual search: products whose SKU starts with `text`, or whose name has a word starting with
    // `text` (folded like fold_name, so case, е/ё and the words after it do not matter), active only, at most
    // `limit`, by name.
    std::vector<Product> search_products(const std::string& text, int limit = 20);

    // ---- customers and cards ----
    // Throws StoreError(invalid) with a sentence for bad input (a bank card number, an unreadable phone,
    // a card already in use).
    // With `rules`, the bonus program's welcome points are credited as the customer's first lot.
    std::string enrol(const Enrolment& enrolment, Instant at, const CompiledRules* rules = nullptr);
    Lookup find_by_card(const std::string& scanned);
    Lookup find_by_phone(const std::string& typed);
    // Customers whose folded first or last name starts with `prefix`, at most `limit`: surname matches
    // first (by surname, then first name), then first-name matches (by first name, then surname).
    std::vector<Customer> search_by_name(const std::string& prefix, int limit = 20);
    std::optional<Customer> customer(const std::string& id);
    void bind_card(const std::string& customer_id, const std::string& card_number, Instant at);
    // The same, audited as `card.bind` by `actor` in the same transaction.
    void bind_card(const std::string& customer_id, const std::string& card_number, const std::string& actor,
                   Instant at);
    void block_card(const std::string& card_number, CardStatus status, const std::string& actor, Instant at);
    // A lost or blocked card's replacement: the new card belongs to the same customer and keeps the balance.
    void replace_card(const std::string& old_number, const std::string& new_number, const std::string& actor,
                      Instant at);
    void record_consent(const std::string& customer_id, ConsentKind kind, bool given,
                        const std::string& source, Instant at);

    // Everything the shop keeps about one customer, as a JSON document for the customer to take away:
    // personal data, consents with their history, cards, segments, the points ledger and the receipts.
    std::string export_customer(const std::string& customer_id);
    // Erases one customer's personal data (names, phone, email, birthday), withdraws every consent and
    // blocks the cards; sales and points stay, attached to the now anonymous customer. Audited.
    void erase_customer(const std::string& customer_id, const std::string& actor, Instant at);

    // What the engine needs about a customer for a quote at `now`.
    CustomerState quote_state(const std::string& customer_id, Instant now, const Rules& rules);

    // ---- sales ----
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

    // ---- cashiers (PINs hashed with Argon2id, libsodium's interactive limits; never stored or logged) ----
    // The same names in the class, so Store::Role and kassa::store::Role are one type.
    using Role = kassa::store::Role;
    using Cashier = kassa::store::Cashier;
    using PinCheck = kassa::store::PinCheck;
    // PIN: 4 to 8 digits, else StoreError(invalid) with a sentence. Audited.
    std::string add_cashier(const std::string& name, Role role, const std::string& pin,
                            const std::string& actor, Instant at);
    void set_pin(const std::string& cashier_id, const std::string& pin, const std::string& actor, Instant at);
    std::vector<Cashier> cashiers();  // active ones, owners first then by name
    // 5 wrong PINs in a row lock the account for 5 minutes (from `at`); a right PIN resets the count; a
    // locked account refuses even the right PIN until then. Every outcome is audited (no PIN in the audit).
    PinCheck check_pin(const std::string& cashier_id, const std::string& pin, Instant at);
    // The owner's approval for an owner-only action: any active owner whose PIN matches (same lockout per
    // owner: a wrong PIN counts against every owner it was tried on).
    PinCheck check_owner_pin(const std::string& pin, Instant at);
    // An audit entry for an action the till approved (owner-approved line removal, return without receipt,
    // cancelled basket with its reason, settings).
    void audit(const std::string& actor, const std::string& action, const std::string& subject,
               const std::string& detail, Instant at);

    // ---- the basket on the screen, so a kill -9 or a power cut mid-sale loses nothing, and held baskets
    // ---- The document is opaque JSON text made by the till; one open basket per till id; saving replaces
    // it.
    void save_open_basket(const std::string& till_id, const std::string& document, Instant at);
    std::optional<std::string> open_basket(const std::string& till_id);
    void clear_open_basket(const std::string& till_id);
    using HeldBasket = kassa::store::HeldBasket;
    std::string hold_basket(const std::string& label, const std::string& cashier_id,
                            const std::string& document, Instant at);
    std::vector<HeldBasket> held_baskets();  // oldest first
    // Removes and returns it; nullopt when another till took it already.
    std::optional<HeldBasket> take_held_basket(const std::string& id);

    // ---- points ----
    struct ExpiryRun {
        std::int64_t lots = 0;
        std::int64_t customers = 0;
        Points points;
    };
    // Turns the remainders of lots expired at `now` into expire entries (the nightly job; also safe to run
    // again: an expired lot has nothing left to expire).
    ExpiryRun run_expiry(Instant now);
    // An owner's correction with a reason, audited. Positive points become a lot available at once (expiring
    // at `expires_at` when given); negative points are taken earliest-expiring first and are refused with a
    // sentence when the customer has fewer spendable points.
    void adjust_points(const std::string& customer_id, Points points, const std::string& reason,
                       const std::string& actor, Instant at,
                       std::optional<Instant> expires_at = std::nullopt);

    // ---- segments ----
    struct SegmentRun {
        std::int64_t customers = 0;
        std::map<std::string, std::int64_t> counts;  // segment -> customers in it
    };
    // Recomputes every customer's computed segments (new, regular, periodic, dormant, vip) and the VIP
    // threshold; owner-defined segments stay. A sale refreshes its customer's segments on its own.
    SegmentRun recompute_segments(Instant now);
    // Puts a customer in or out of an owner-defined segment (staff, partner, ...), audited.
    void set_owner_segment(const std::string& customer_id, const std::string& segment, bool member,
                           const std::string& actor, Instant at);

    // ---- the rules editor's preview (whatif.hpp) ----
    // The receipts created in [from, to] quoted with `current` and with `draft`. Reads only; throws
    // StoreError with a sentence when the file fails.
    WhatIf what_if(const CompiledRules& current, const CompiledRules& draft, Instant from, Instant to);

    // ---- outreach ticks (list names as reports.hpp's list_names()) ----
    // Records that `actor` called or messaged the customer from `list`. Throws StoreError (invalid) for an
    // unknown list or customer.
    void mark_contacted(const std::string& list, const std::string& customer_id, const std::string& actor,
                        Instant at, const std::string& note = {});
    // Takes back the ticks of that customer on that list made since `since` (a tick set by mistake).
    void unmark_contacted(const std::string& list, const std::string& customer_id, Instant since);
    // The ticks on `list` since `since`, oldest first.
    std::vector<OutreachContact> contacts(const std::string& list, Instant since);
    // ---- personal service (issue 9; the values are in personal.hpp) ----
    // Notes and attributes are personal data: refused with StoreError(invalid) and a sentence when the
    // customer has not consented to keeping personal data (or was erased). An empty attribute value removes
    // the attribute. Both are audited without their text.
    std::int64_t add_note(const std::string& customer_id, const std::string& text, const std::string& author,
                          Instant at);
    std::vector<CustomerNote> notes(const std::string& customer_id);  // newest first
    void set_attribute(const std::string& customer_id, const std::string& key, const std::string& value,
                       const std::string& actor, Instant at);
    std::vector<CustomerAttribute> attributes(const std::string& customer_id);  // by key
    // Records a complaint against a receipt or a customer (the receipt's customer when only the receipt is
    // given). points_credited writes the goodwill credit as a ledger adjust entry whose reason names the
    // complaint, through the same writer as adjust_points, so db check stays green. The owner's PIN is the
    // till's check; the store records the actor. Returns the complaint's id.
    std::string record_complaint(const ComplaintRequest& request);
    std::vector<Complaint> complaints_of(const std::string& customer_id);  // newest first
    // The complaints recorded in a month of the shop's calendar, oldest first.
    std::vector<Complaint> complaints_in_month(std::chrono::year_month month);
    // The card's history: notes, attributes, complaints, the newest `ledger_limit` ledger lines with their
    // reasons, stamps and unused coupons.
    CustomerHistory customer_history(const std::string& customer_id, int ledger_limit = 50);

    // The owner's bundle "with this product: that one" (by SKU), suggested before anything computed; `on`
    // false removes it. Audited.
    void set_bundle(const std::string& product_sku, const std::string& suggested_sku, bool on,
                    const std::string& actor, Instant at);
    // Recomputes "often bought together" from the receipts of the last options.days days before `now` and
    // replaces what was stored (the nightly job).
    CooccurrenceRun recompute_cooccurrence(Instant now, const CooccurrenceOptions& options = {});
    // Up to `limit` products to suggest when `added` joins a basket holding `basket`: the owner's bundles
    // first, then pairs by lift; never a product in the basket, an inactive one or one whose counted stock is
    // zero or below (products the shop does not count are taken as in stock). Reads prepared statements on
    // the stored pairs only, so it is cheap enough for the scan path's store thread.
    std::vector<Suggestion> suggestions(const std::vector<std::int64_t>& basket, std::int64_t added,
                                        int limit = 3);
    // The till says what it showed in a basket (basket id = the receipt id the till made), and which
    // products were then added; a shown product added later counts as followed. record_line_added returns
    // whether the product had been shown in that basket.
    void record_suggestions_shown(const std::string& basket_id, const std::vector<Suggestion>& shown,
                                  Instant at);
    bool record_line_added(const std::string& basket_id, std::int64_t product_id);

    // What moved the customer's tier spend: her sales and the returns against them, oldest first
    // (kassa::tier_history turns them into her tier's history).
    std::vector<TierSpendEvent> tier_spend_events(const std::string& customer_id);
    // The customer's purchase cycle over all their receipts (kassa::median_gap_days).
    PurchaseCycle purchase_cycle(const std::string& customer_id);
    // Every category's shop-wide cycle over the receipts of the last `days` days before `now`, by category.
    std::vector<CategoryCycle> category_cycles(Instant now, int days = 365);

    // ---- checks ----
    // integrity_check, foreign keys, cached balances and lot remainders against the ledger. Empty when sound.
    std::vector<std::string> check();
    // An online backup to `destination`, verified by opening it and running integrity_check.
    void backup(const std::string& destination);

  private:
    std::unique_ptr<Database> db_;
};

// Normalises a phone number as typed to E.164 for the shop's region; nullopt when it is not a number.
std::optional<std::string> normalise_phone(const std::string& typed, const std::string& region);
// True when libphonenumber knows the ISO 3166 region ("EE", "LV"), so phones typed without + can be read.
bool phone_region_known(const std::string& region);
// Unicode case folding with Russian е/ё folded together, for name search.
std::string fold_name(const std::string& name);
// The card number in whatever a scanner sent: whitespace, an AIM prefix or track 2 sentinels removed.
std::string normalise_card_number(const std::string& scanned);
// A fresh globally unique id (UUID version 7, lower-case hex): later ids sort after earlier ones.
std::string new_id();

}  // namespace kassa::store
