#include "kassa/core/ledger.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace kassa {

Points available_balance(const std::vector<Lot>& lots, Instant t) {
    Points sum;
    for (const auto& lot : lots) {
        if (lot.spendable_at(t)) {
            sum += lot.points;
        }
    }
    return sum;
}

Points pending_balance(const std::vector<Lot>& lots, Instant t) {
    Points sum;
    for (const auto& lot : lots) {
        if (t < lot.available_at && !lot.expired_at(t)) {
            sum += lot.points;
        }
    }
    return sum;
}

Points expiring_between(const std::vector<Lot>& lots, Instant t, Instant until) {
    Points sum;
    for (const auto& lot : lots) {
        if (lot.spendable_at(t) && lot.expires_at && *lot.expires_at < until) {
            sum += lot.points;
        }
    }
    return sum;
}

namespace {

// Rule 18: expires_at (none last), then available_at, then ledger order.
bool fifo_before(const Lot& a, const Lot& b) {
    if (a.expires_at.has_value() != b.expires_at.has_value()) {
        return a.expires_at.has_value();
    }
    if (a.expires_at && *a.expires_at != *b.expires_at) {
        return *a.expires_at < *b.expires_at;
    }
    if (a.available_at != b.available_at) {
        return a.available_at < b.available_at;
    }
    return a.ledger_order < b.ledger_order;
}

}  // namespace

void sort_fifo(std::vector<Lot>& lots) {
    std::stable_sort(lots.begin(), lots.end(), fifo_before);
}

std::vector<LotConsumption> consume_fifo(const std::vector<Lot>& lots, Points points, Instant t) {
    if (points.value() < 0) {
        throw std::invalid_argument("cannot redeem a negative number of points");
    }
    if (available_balance(lots, t) < points) {
        throw std::invalid_argument("the balance is smaller than the points to redeem");
    }
    std::vector<std::size_t> order(lots.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return fifo_before(lots[a], lots[b]); });
    std::vector<LotConsumption> result;
    std::int64_t left = points.value();
    for (std::size_t i : order) {
        if (left == 0) {
            break;
        }
        const Lot& lot = lots[i];
        if (!lot.spendable_at(t) || lot.points.value() <= 0) {
            continue;
        }
        const std::int64_t take = std::min(left, lot.points.value());
        result.push_back(LotConsumption{i, Points::of(take)});
        left -= take;
    }
    return result;
}

std::vector<LotExpiry> expire_lots(const std::vector<Lot>& lots, Instant t) {
    std::vector<LotExpiry> result;
    for (std::size_t i = 0; i < lots.size(); ++i) {
        if (lots[i].expired_at(t) && lots[i].points.value() > 0) {
            result.push_back(LotExpiry{i, lots[i].points});
        }
    }
    return result;
}

RefundResult compute_refund(const std::vector<RefundableLine>& lines,
                            const std::vector<RefundRequestLine>& request, const RefundPolicy& policy,
                            Instant now, const TimeZone& zone, std::optional<Instant> consumed_expiry,
                            Points balance_now) {
    RefundResult result;
    const std::int64_t pv = policy.point_value.minor_units();
    if (pv <= 0) {
        throw std::invalid_argument("point value must be positive");
    }
    std::vector<std::int64_t> asked(lines.size(), 0);
    for (const auto& r : request) {
        if (r.line_index >= lines.size()) {
            throw std::invalid_argument("the receipt has no line " + std::to_string(r.line_index + 1));
        }
        if (r.quantity.thousandths() <= 0) {
            throw std::invalid_argument("a returned quantity must be above 0");
        }
        asked[r.line_index] += r.quantity.thousandths();
    }
    std::int64_t redeemed_total = 0;
    std::int64_t restored_before = 0;
    std::int64_t restored_after = 0;
    bool everything_back = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const RefundableLine& line = lines[i];
        const std::int64_t sold = line.sold.thousandths();
        const std::int64_t before = line.already_returned.thousandths();
        const std::int64_t after = before + asked[i];
        if (after > sold) {
            throw std::invalid_argument("line " + std::to_string(i + 1) + ": more returned than was sold");
        }
        redeemed_total += line.redeemed.minor_units();
        restored_before += line.already_restored_redeemed.minor_units();
        const std::int64_t redeemed_cum = cumulative_share(line.redeemed.minor_units(), after, sold);
        restored_after += redeemed_cum;
        everything_back = everything_back && after == sold;
        if (asked[i] == 0) {
            continue;
        }
        // Money back is the returned share of what was paid for the line (net less its redemption share);
        // the last unit gives back exactly what is left.
        const std::int64_t paid = line.net.minor_units() - line.redeemed.minor_units();
        RefundLineResult r;
        r.line_index = i;
        r.quantity = Quantity::thousandths(asked[i]);
        r.money_back =
            Money::minor(cumulative_share(paid, after, sold) - line.already_refunded.minor_units());
        r.redeemed_back = Money::minor(redeemed_cum - line.already_restored_redeemed.minor_units());
        r.points_reversed = Points::of(cumulative_share(line.points.value(), after, sold) -
                                       line.already_reversed_points.value());
        result.money_back += r.money_back;
        result.points_reversed += r.points_reversed;
        result.lines.push_back(r);
    }
    // Redeemed points come back whole: floor of the cumulative money, the last return gives the rest.
    const std::int64_t points_before =
        restored_before >= redeemed_total ? redeemed_total / pv : restored_before / pv;
    const std::int64_t points_after = everything_back ? redeemed_total / pv : restored_after / pv;
    result.points_restored = Points::of(points_after - points_before);
    result.restored_available_at = now;
    if (consumed_expiry) {
        const Instant floor_expiry = add_calendar_days(now, policy.restore_min_days, zone);
        result.restored_expires_at = std::max(*consumed_expiry, floor_expiry);
    }
    if (policy.negative_balance == NegativeBalancePolicy::keep_from_cash) {
        // Earned points already spent are paid for from the cash refund instead of a negative balance.
        const std::int64_t covered = balance_now.value() + result.points_restored.value();
        const std::int64_t uncovered =
            std::max<std::int64_t>(0, result.points_reversed.value() - std::max<std::int64_t>(0, covered));
        const std::int64_t keep =
            std::min(result.money_back.minor_units(), narrow_checked(Int128{uncovered} * pv));
        const std::int64_t points_paid = keep / pv;
        result.kept_for_spent_points = Money::minor(points_paid * pv);
        result.money_back -= result.kept_for_spent_points;
        result.points_reversed -= Points::of(points_paid);
    }
    return result;
}

}  // namespace kassa
