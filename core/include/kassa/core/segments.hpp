#pragma once
// Customer segments the shop computes (loyalty.md, "Customers"): new, regular, periodic, dormant and vip.
// Owner-defined segments (staff, partner, ...) are set by hand and never touched by this computation.

#include <optional>
#include <string>
#include <vector>

#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa {

struct SegmentSettings {
    int new_days = 30;             // enrolled this recently: "new"
    int regular_window_days = 90;  // "regular": at least regular_min_purchases in this window
    int regular_min_purchases = 3;
    int dormant_days = 90;         // "dormant": bought before, but not in this many days
    int vip_share_bp = 2000;       // "vip": the top 20% of buyers by 12-month spend
};

// What the store knows about one customer at the time of computing.
struct SegmentFacts {
    Instant enrolled_at;
    std::optional<Instant> last_purchase_at;
    std::int64_t purchases_in_regular_window = 0;
    std::int64_t purchases_in_year = 0;
    Money spend_in_year;
};

// The segment names computed for the customer, sorted: a subset of computed_segment_names().
// `vip_threshold` is the 12-month spend that puts a buyer in the top share (see vip_threshold()).
std::vector<std::string> compute_segments(const SegmentFacts& facts, const SegmentSettings& settings, Instant now,
                                          std::optional<Money> vip_threshold);

// The smallest 12-month spend among the top `vip_share_bp` of buyers (spend above zero); nullopt without buyers.
std::optional<Money> vip_threshold(std::vector<Money> yearly_spends, const SegmentSettings& settings);

// The names this computation owns; any other segment of a customer was given by the owner.
const std::vector<std::string>& computed_segment_names();

}  // namespace kassa
