#include "kassa/core/units.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace kassa {

std::int64_t narrow_checked(Int128 value) {
    if (value > std::numeric_limits<std::int64_t>::max() ||
        value < std::numeric_limits<std::int64_t>::min()) {
        throw ArithmeticOverflow("figure out of range");
    }
    return static_cast<std::int64_t>(value);
}

std::int64_t div_floor(Int128 numerator, Int128 denominator) {
    // Most figures fit in 64 bits, where division is several times cheaper than the 128-bit library call.
    constexpr Int128 kFast = Int128{1} << 62;
    if (numerator < kFast && numerator > -kFast && denominator < kFast) {
        const auto n = static_cast<std::int64_t>(numerator);
        const auto d = static_cast<std::int64_t>(denominator);
        std::int64_t q64 = n / d;
        if ((n % d != 0) && ((n < 0) != (d < 0))) {
            --q64;
        }
        return q64;
    }
    Int128 q = numerator / denominator;
    if ((numerator % denominator != 0) && ((numerator < 0) != (denominator < 0))) {
        --q;
    }
    return narrow_checked(q);
}

std::int64_t div_round_half_up(Int128 numerator, Int128 denominator) {
    // floor((2n + d) / 2d) rounds halves upwards for a positive denominator.
    return div_floor(2 * numerator + denominator, 2 * denominator);
}

Money Money::operator+(Money other) const {
    return Money(narrow_checked(Int128{units_} + other.units_));
}
Money Money::operator-(Money other) const {
    return Money(narrow_checked(Int128{units_} - other.units_));
}

Points Points::operator+(Points other) const {
    return Points(narrow_checked(Int128{value_} + other.value_));
}
Points Points::operator-(Points other) const {
    return Points(narrow_checked(Int128{value_} - other.value_));
}

Money line_gross(Money unit_price, Quantity quantity) {
    return Money::minor(
        div_round_half_up(Int128{unit_price.minor_units()} * quantity.thousandths(), Quantity::kOnePiece));
}

Money percent_of(Money amount, BasisPoints rate) {
    return Money::minor(div_round_half_up(Int128{amount.minor_units()} * rate.value(), BasisPoints::kWhole));
}

std::int64_t cumulative_share(std::int64_t amount, std::int64_t part, std::int64_t whole) {
    if (part >= whole) {
        return amount;
    }
    return div_round_half_up(Int128{amount} * part, whole);
}

namespace {

// Hands `left` units to the indexes with the largest remainders (ties to the earlier index).
template <typename Remainder>
void hand_out_remainders(std::vector<std::int64_t>& parts, const std::vector<Remainder>& remainders,
                         std::int64_t left) {
    if (left <= 0) {
        return;
    }
    std::vector<std::size_t> order(parts.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t i = 0; i < order.size() && left > 0; ++i, --left) {
        ++parts[order[i]];
    }
}

}  // namespace

std::vector<std::int64_t> split_largest_remainder(std::int64_t total,
                                                  const std::vector<std::int64_t>& weights) {
    std::vector<std::int64_t> parts(weights.size(), 0);
    Int128 sum = 0;
    for (auto w : weights) {
        sum += w;
    }
    if (sum <= 0 || total == 0) {
        return parts;
    }
    std::vector<Int128> remainders(weights.size(), 0);
    std::int64_t placed = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Int128 scaled = Int128{total} * weights[i];
        parts[i] = narrow_checked(scaled / sum);
        remainders[i] = scaled % sum;
        placed += parts[i];
    }
    hand_out_remainders(parts, remainders, total - placed);
    return parts;
}

std::vector<std::int64_t> split_exact_quotas(std::int64_t total, const std::vector<Int128>& numerators,
                                             Int128 denominator) {
    std::vector<std::int64_t> parts(numerators.size(), 0);
    std::vector<Int128> remainders(numerators.size(), 0);
    std::int64_t placed = 0;
    for (std::size_t i = 0; i < numerators.size(); ++i) {
        parts[i] = narrow_checked(numerators[i] / denominator);
        remainders[i] = numerators[i] % denominator;
        placed += parts[i];
    }
    // The engine asks for total = floor(sum of quotas), so 0 <= total - placed < number of parts.
    hand_out_remainders(parts, remainders, total - placed);
    return parts;
}

}  // namespace kassa
