#pragma once
// Personal service at the till (issue 9): what the cashier sees on the customer card (notes, owner-defined
// attributes, complaints, the points ledger with reasons), "often bought together" suggestions, and purchase
// cycles. The Store methods are declared in store.hpp; the values they return are here.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kassa/core/personal.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

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
struct LedgerLine {
    std::int64_t seq = 0;
    std::string kind;  // accrue, redeem, expire, adjust, refund_reverse, refund_restore
    Points points;
    std::string receipt_id;
    std::string program;
    std::string reason;
    std::string actor;
    Instant at;
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

}  // namespace kassa::store
