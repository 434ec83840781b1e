#include "kassa/core/personal.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "kassa/core/units.hpp"

namespace kassa {

namespace {

void check_counts(const PairCounts& c) {
    if (c.together < 0 || c.with_a < 0 || c.with_b < 0 || c.receipts < 0 || c.together > c.with_a ||
        c.together > c.with_b || c.with_a > c.receipts || c.with_b > c.receipts) {
        throw std::invalid_argument("pair counts do not come from one set of receipts");
    }
}

}  // namespace

PairFigures pair_figures(const PairCounts& counts) {
    check_counts(counts);
    PairFigures f;
    if (counts.receipts == 0 || counts.together == 0) {
        return f;  // no receipts or never together: no support, no lift
    }
    f.support_bp = div_round_half_up(Int128{counts.together} * 10000, counts.receipts);
    f.lift_milli = div_round_half_up(Int128{counts.together} * counts.receipts * 1000,
                                     Int128{counts.with_a} * counts.with_b);
    return f;
}

bool pair_qualifies(const PairCounts& counts, std::int64_t min_together) {
    check_counts(counts);
    // lift > 1  <=>  together / receipts > (with_a / receipts) (with_b / receipts)
    //           <=>  together * receipts > with_a * with_b
    return counts.together >= min_together && counts.together > 0 &&
           Int128{counts.together} * counts.receipts > Int128{counts.with_a} * counts.with_b;
}

std::optional<std::int64_t> median(std::vector<std::int64_t> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    if (values.size() % 2 == 1) {
        return values[mid];
    }
    return div_floor(Int128{values[mid - 1]} + values[mid], 2);
}

std::optional<std::int64_t> median_gap_days(std::vector<std::chrono::sys_days> purchase_days,
                                            std::size_t min_purchases) {
    std::sort(purchase_days.begin(), purchase_days.end());
    purchase_days.erase(std::unique(purchase_days.begin(), purchase_days.end()), purchase_days.end());
    if (purchase_days.size() < std::max<std::size_t>(min_purchases, 2)) {
        return std::nullopt;
    }
    std::vector<std::int64_t> gaps;
    gaps.reserve(purchase_days.size() - 1);
    for (std::size_t i = 1; i < purchase_days.size(); ++i) {
        gaps.push_back((purchase_days[i] - purchase_days[i - 1]).count());
    }
    return median(std::move(gaps));
}

bool purchase_due(std::int64_t days_since_last, std::int64_t cycle_days, std::int64_t margin_bp) {
    return Int128{days_since_last} * 10000 > Int128{cycle_days} * margin_bp;
}

std::vector<TierStep> tier_history(const TierSettings& tiers, std::vector<TierSpendEvent> events,
                                   Instant now) {
    const auto level_of = [&tiers](Money spend) -> std::optional<std::size_t> {
        std::optional<std::size_t> level;
        for (std::size_t i = 0; i < tiers.levels.size(); ++i) {
            if (spend >= tiers.levels[i].min_spend) {
                level = i;
            }
        }
        return level;
    };
    const bool rolling = tiers.basis == SpendBasis::rolling;
    const std::int64_t window = std::int64_t{tiers.window_days} * 86400;
    // The moments the level may change: every sale and return, and for a rolling window every moment one of
    // them leaves it.
    std::vector<Instant> moments;
    for (const TierSpendEvent& e : events) {
        if (e.at <= now) {
            moments.push_back(e.at);
        }
        if (rolling) {
            const Instant leaves{e.counted_from.unix_seconds + window};
            if (leaves <= now) {
                moments.push_back(leaves);
            }
        }
    }
    std::sort(moments.begin(), moments.end());
    moments.erase(std::unique(moments.begin(), moments.end()), moments.end());
    std::vector<TierStep> steps;
    std::optional<std::size_t> current;
    for (const Instant t : moments) {
        Money spend;
        for (const TierSpendEvent& e : events) {
            const bool happened = e.at <= t;
            const bool still_counted = !rolling || t.unix_seconds < e.counted_from.unix_seconds + window;
            if (happened && still_counted) {
                spend += e.amount;
            }
        }
        const auto level = level_of(spend);
        if (level != current) {
            steps.push_back({t, level, spend});
            current = level;
        }
    }
    return steps;
}

}  // namespace kassa
