#pragma once
// Internal to kassa::store: writing ledger entries and lots, shared by sales, refunds, expiry and owner
// corrections so the ledger has one writer. Callers hold the transaction.

#include <optional>
#include <string>
#include <vector>

#include "kassa/core/ledger.hpp"

namespace kassa::store::detail {

class Connection;

// The reasons Kassa itself writes in the ledger, kept in the file as these words (kassactl and the exports
// show them); PersonalService::customer_history reads them back as LedgerReason for the screens. Matched
// together with the entry's kind, so an owner's correction that says "purchase" stays her own words.
inline constexpr const char* kReasonPurchase = "purchase";                              // accrue
inline constexpr const char* kReasonPaidWithPoints = "paid with points";                // redeem
inline constexpr const char* kReasonPointsExpired = "points expired";                   // expire
inline constexpr const char* kReasonGoodsReturned = "goods returned";                   // refund_reverse
inline constexpr const char* kReasonPointsGivenBack = "points paid on returned goods";  // refund_restore
inline constexpr const char* kReasonImported = "import";                                // adjust
// The actor of the welcome points credited at enrolment (their reason is the rules' message, written in the
// shop's language of that day, so the entry is known by its actor).
inline constexpr const char* kActorEnrolment = "enrolment";

// Instants as stored in text columns: ISO 8601 in UTC.
std::string iso(Instant t);

// Appends an entry; returns its id. `receipt` may be empty. The entry's seq is written to `seq_out`.
std::string add_ledger_entry(Connection& db, const std::string& customer, const char* kind,
                             std::int64_t points, const std::string& receipt, const std::string& program,
                             const std::string& reason, const std::string& actor, Instant at,
                             std::int64_t* seq_out = nullptr);

// Appends a positive entry of `kind` and the lot it creates; returns the entry's id (the lot's too).
std::string add_lot(Connection& db, const std::string& customer, const char* kind, std::int64_t points,
                    Instant available, std::optional<Instant> expires, const std::string& receipt,
                    const std::string& program, const std::string& reason, const std::string& actor,
                    Instant at);

// Records that ledger entry `entry` moved `points` (negative: taken) on lot `lot`, and applies it.
void move_lot(Connection& db, const std::string& entry, const std::string& lot, std::int64_t points);

// The customer's lots with points left, in ledger order, as the engine sees them.
std::vector<Lot> open_lots(Connection& db, const std::string& customer);

// Appends a line to the audit log: who did what to which subject, and when.
void audit(Connection& db, Instant at, const std::string& actor, const std::string& action,
           const std::string& subject, const std::string& details);

// Sets the cached balance to the ledger sum.
void refresh_balance(Connection& db, const std::string& customer);

}  // namespace kassa::store::detail
