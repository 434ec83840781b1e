#pragma once
// Personal service (issue 9): the arithmetic behind "often bought together" and a customer's purchase cycle.
// The store counts receipts and reads dates; these functions decide. Integers only, like every figure: lift
// in thousandths, support and margins in basis points.

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa {

// One product pair's figures over a window of `receipts` receipts: `together` of them hold both products,
// `with_a` hold a, `with_b` hold b.
struct PairCounts {
    std::int64_t together = 0;
    std::int64_t with_a = 0;
    std::int64_t with_b = 0;
    std::int64_t receipts = 0;
};

struct PairFigures {
    std::int64_t support_bp = 0;  // together / receipts, in basis points, rounded half up
    std::int64_t lift_milli =
        0;  // P(a,b) / (P(a) P(b)) = together * receipts / (with_a * with_b), thousandths
};

// Throws std::invalid_argument when a count is negative, together exceeds with_a or with_b, or either
// exceeds receipts (counts that cannot come from one set of receipts).
PairFigures pair_figures(const PairCounts& counts);

// Whether a pair is worth suggesting: bought together at least `min_together` times (below that it is noise)
// and more often than chance (lift above 1, compared exactly, not on the rounded thousandths).
bool pair_qualifies(const PairCounts& counts, std::int64_t min_together);

// A customer's typical interval between purchases: the median of the gaps in days between consecutive
// purchase days. Several purchases on one day are one visit. nullopt with fewer than `min_purchases`
// distinct days ("not enough history"). With an even number of gaps the two middle ones are averaged and
// rounded down (a cycle of 10.5 days is 10: the customer is asked about half a day early, not late).
std::optional<std::int64_t> median_gap_days(std::vector<std::chrono::sys_days> purchase_days,
                                            std::size_t min_purchases = 3);

// The median of `values` rounded down like median_gap_days; nullopt when empty.
std::optional<std::int64_t> median(std::vector<std::int64_t> values);

// Whether a customer is due: more days since the last purchase than the cycle times the margin
// (`margin_bp` 12500 = 1.25).
bool purchase_due(std::int64_t days_since_last, std::int64_t cycle_days, std::int64_t margin_bp);

// What moved a customer's tier spend: a sale (`amount` > 0 at its moment) or a return (`amount` < 0 at the
// return's moment). `counted_from` is the sale's moment either way: a rolling window counts a sale, and the
// return that takes part of it back, as long as the sale is in the window.
struct TierSpendEvent {
    Instant at;
    Instant counted_from;
    Money amount;
};

// A step of the customer's tier history: from `at` on she was at `level` (an index into the tiers'
// levels; nullopt: below the first) with `spend` counted.
struct TierStep {
    Instant at;
    std::optional<std::size_t> level;
    Money spend;
};

// The customer's tier over time up to `now`, one step per change of level (never two steps in a row at the
// same level). Lifetime tiers change at sales and returns; rolling ones also when a sale leaves the window
// (`window_days` x 24 hours after it, as the till counts it). Empty when she never reached a level.
std::vector<TierStep> tier_history(const TierSettings& tiers, std::vector<TierSpendEvent> events,
                                   Instant now);

}  // namespace kassa
