#pragma once
// Pure points-ledger arithmetic: lots, available balance, FIFO consumption, expiry and refunds.
// The store persists exactly what these functions compute; nothing here touches a database.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa {

// An accrual lot: points earned together, spendable from available_at, gone at expires_at (if any).
struct Lot {
    std::string id;  // the ledger entry that created it; empty in a stateless quote
    Points points;   // remaining points
    Instant available_at;
    std::optional<Instant> expires_at;
    std::int64_t ledger_order = 0;  // position in the ledger, the last FIFO tie-break

    // A lot counts iff available_at <= t < expires_at.
    [[nodiscard]] bool spendable_at(Instant t) const {
        return available_at <= t && (!expires_at || t < *expires_at);
    }
    [[nodiscard]] bool expired_at(Instant t) const { return expires_at && *expires_at <= t; }
};

// Remaining points of the lots spendable at t.
Points available_balance(const std::vector<Lot>& lots, Instant t);
// Points earned but still on hold (the return window) at t.
Points pending_balance(const std::vector<Lot>& lots, Instant t);
// Points of spendable lots that expire in [t, until).
Points expiring_between(const std::vector<Lot>& lots, Instant t, Instant until);

// Orders lots for spending: expires_at (none last), then available_at, then ledger order.
void sort_fifo(std::vector<Lot>& lots);

struct LotConsumption {
    std::size_t lot_index = 0;  // into the lots vector as given
    Points points;
};

// Which lots a redemption of `points` consumes at t, earliest-expiring first. Throws std::invalid_argument
// when the spendable balance is smaller than asked: callers quote first.
std::vector<LotConsumption> consume_fifo(const std::vector<Lot>& lots, Points points, Instant t);

struct LotExpiry {
    std::size_t lot_index = 0;
    Points points;  // the remainder that expires
};
// The remainders of lots whose expires_at <= t (the nightly expiry, and on demand before a quote).
std::vector<LotExpiry> expire_lots(const std::vector<Lot>& lots, Instant t);

// ---- refunds -------------------------------------------------------------------------------------------

// What one original receipt line looked like, and what has already been returned from it.
struct RefundableLine {
    Quantity sold;
    Money net;       // line net after discounts
    Money redeemed;  // the line's share of points redemption money
    Points points;   // points the line earned
    Quantity already_returned;
    Money already_refunded;           // money already given back for this line
    Points already_reversed_points;   // earned points already taken back
    Money already_restored_redeemed;  // redemption money already given back as points
};

struct RefundRequestLine {
    std::size_t line_index = 0;
    Quantity quantity;
};

enum class NegativeBalancePolicy { allow_negative, keep_from_cash };

struct RefundPolicy {
    NegativeBalancePolicy negative_balance = NegativeBalancePolicy::allow_negative;
    Money point_value = Money::minor(1);
    int restore_min_days = 30;
};

struct RefundLineResult {
    std::size_t line_index = 0;
    Quantity quantity;
    Money money_back;        // cash/card given back for this part (before keep_from_cash)
    Money redeemed_back;     // the redemption money of this part, given back as points
    Points points_reversed;  // earned points taken back
};

struct RefundResult {
    std::vector<RefundLineResult> lines;
    Money money_back;             // to pay out after any deduction
    Money kept_for_spent_points;  // keep_from_cash: value of reversed points the customer already spent
    Points points_reversed;       // taken from the balance (may make it negative with allow_negative)
    Points points_restored;       // a new lot with the consumed lots' expiry, at least restore_min_days
    Instant restored_available_at;
    std::optional<Instant> restored_expires_at;
};

// The refund of some quantities of a receipt. `consumed_expiry` is the latest expiry among the lots the
// original redemption consumed (nullopt: they never expired); `balance_now` is the customer's points that
// can still be taken back, spendable and on hold alike (the receipt's own points are often still on hold),
// used by keep_from_cash. Throws std::invalid_argument when asked to return more than is left.
RefundResult compute_refund(const std::vector<RefundableLine>& lines,
                            const std::vector<RefundRequestLine>& request, const RefundPolicy& policy,
                            Instant now, const TimeZone& zone, std::optional<Instant> consumed_expiry,
                            Points balance_now);

}  // namespace kassa
