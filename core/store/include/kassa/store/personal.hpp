#pragma once
// Personal service at the till (issue 9): what the cashier sees on the customer card (notes, owner-defined
// attributes, complaints, the points ledger with reasons), "often bought together" suggestions, and purchase
// cycles. PersonalService keeps them; the values it returns are here.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kassa/core/personal.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"
#include "kassa/store/store.hpp"

namespace kassa::store {

struct CustomerNote {
    std::int64_t id = 0;
    std::string text;
    std::string author;
    Instant at;
};

// An owner-defined attribute of a customer ("size" -> "38", "colours" -> "navy, green").
struct CustomerAttribute {
    std::string key;
    std::string value;
    std::string actor;
    Instant updated_at;
};

enum class ComplaintResolution { replaced, refunded, points_credited, other };

// "replaced", "refunded", "points_credited", "other"; and back (nullopt for anything else).
const char* resolution_name(ComplaintResolution resolution);
std::optional<ComplaintResolution> parse_resolution(const std::string& name);

struct ComplaintRequest {
    std::string customer_id;  // may be empty when the receipt names the customer or was anonymous
    std::string receipt_id;   // optional
    std::string reason;
    ComplaintResolution resolution = ComplaintResolution::other;
    Points points;      // points_credited only: the goodwill credit, > 0
    std::string actor;  // who recorded it (the owner who approved a credit with a PIN at the till)
    Instant at;
};

struct Complaint {
    std::string id;
    std::string customer_id;  // empty for an anonymous receipt's complaint
    std::string receipt_id;
    std::string reason;
    ComplaintResolution resolution = ComplaintResolution::other;
    Points points;
    std::string ledger_id;  // the adjust entry of a points credit
    std::string actor;
    Instant at;
};

// One line of a customer's points history, as the card shows it.
// What a ledger entry did to the points: the ledger's `kind` keys (its CHECK), typed for the screens.
enum class LedgerKind { accrue, redeem, expire, adjust, refund_reverse, refund_restore };

// "accrue", "redeem", ...; and back (nullopt for anything else).
const char* ledger_kind_name(LedgerKind kind);
std::optional<LedgerKind> parse_ledger_kind(std::string_view name);

// Why an entry was written. Kassa's own reasons are typed so a screen words them in its language; `own_words`
// is a reason a person gave (an owner's correction) or the rules did (a programme's message, written in the
// shop's language when the sale was made), shown as it is.
enum class LedgerReason {
    own_words,
    purchase,          // points earned on a purchase
    welcome_points,    // the bonus programme's points for joining, credited at enrolment
    paid_with_points,  // points spent at the till
    points_expired,
    goods_returned,     // points earned on goods that were returned, taken back
    points_given_back,  // points paid for goods that were returned, given back
    imported,           // the balance brought from the shop's old system (kassactl import)
    complaint_credit,   // a goodwill credit for a complaint; `why_words` is the complaint's reason
};

struct LedgerLine {
    std::int64_t seq = 0;
    std::string kind;  // accrue, redeem, expire, adjust, refund_reverse, refund_restore (parse_ledger_kind)
    Points points;
    std::string receipt_id;
    std::string program;
    std::string reason;  // as the ledger keeps it (kassactl prints it; screens read `why`)
    std::string actor;
    Instant at;
    LedgerReason why = LedgerReason::own_words;
    // own_words: the reason; complaint_credit: the complaint's own reason; empty for Kassa's other reasons.
    std::string why_words;
};

// Everything the card shows beyond the Customer itself (recent receipts come from Store::recent_receipts).
struct CustomerHistory {
    std::vector<CustomerNote> notes;             // newest first
    std::vector<CustomerAttribute> attributes;   // by key
    std::vector<Complaint> complaints;           // newest first
    std::vector<LedgerLine> ledger;              // newest first, at most the limit asked for
    std::map<std::string, std::int64_t> stamps;  // program -> stamps collected
    std::vector<std::string> open_coupons;       // codes not used yet
};

struct CooccurrenceOptions {
    int days = 90;                  // receipts of the last `days` days before now
    std::int64_t min_together = 3;  // pairs bought together fewer times are noise
};

struct CooccurrenceRun {
    std::int64_t receipts = 0;  // in the window
    std::int64_t pairs = 0;     // kept (ordered both ways counts once)
};

struct Suggestion {
    enum class Source { bundle, cooccurrence };
    std::int64_t product_id = 0;
    std::string sku;
    std::string name;
    Money price;
    Source source = Source::bundle;
    std::int64_t together = 0;    // cooccurrence: receipts with both in the window
    std::int64_t lift_milli = 0;  // cooccurrence: lift in thousandths
};

// A customer's purchase cycle: the median gap between purchase days (kassa::median_gap_days).
struct PurchaseCycle {
    std::int64_t purchase_days = 0;
    std::optional<std::int64_t> cycle_days;  // nullopt: not enough history (fewer than 3 purchase days)
    std::optional<std::chrono::year_month_day> last_purchase;
};

// The shop-wide cycle of a category: the median of the cycles of the customers with enough history in it.
struct CategoryCycle {
    std::string category;
    std::int64_t customers = 0;  // with 3 or more purchase days in the category
    std::optional<std::int64_t> cycle_days;
};

// ---- a "called" tick on one of the owner's outreach lists ----
struct OutreachContact {
    std::string customer_id;
    Instant at;
    std::string actor;  // the cashier or owner who called
    std::string note;
};

// Threading: like the Store it works on, one thread at a time.
class PersonalService {
  public:
    explicit PersonalService(Store& store) : store_(store) {}

    // ---- outreach ticks (list names as reports.hpp's list_names()) ----
    // Records that `actor` called or messaged the customer from `list`. Throws StoreError (invalid) for an
    // unknown list or customer.
    void mark_contacted(const std::string& list, const CustomerId& customer_id, const Actor& actor,
                        Instant at, const std::string& note = {});
    // Takes back the ticks of that customer on that list made since `since` (a tick set by mistake).
    void unmark_contacted(const std::string& list, const CustomerId& customer_id, Instant since);
    // The ticks on `list` since `since`, oldest first.
    std::vector<OutreachContact> contacts(const std::string& list, Instant since);
    // ---- personal service (issue 9; the values are in personal.hpp) ----
    // Notes and attributes are personal data: refused with StoreError(invalid) and a sentence when the
    // customer has not consented to keeping personal data (or was erased). An empty attribute value removes
    // the attribute. Both are audited without their text.
    std::int64_t add_note(const CustomerId& customer_id, const std::string& text, const Actor& author,
                          Instant at);
    std::vector<CustomerNote> notes(const std::string& customer_id);  // newest first
    void set_attribute(const CustomerId& customer_id, const std::string& key, const std::string& value,
                       const Actor& actor, Instant at);
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

  private:
    Store& store_;
};

}  // namespace kassa::store
