#pragma once
// The units every figure in Kassa is counted in: money in minor units, quantities in thousandths,
// rates in basis points and whole loyalty points. All are integers; there is no floating point in any
// figure a cashier, owner or accountant checks by hand.

#include <compare>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace kassa {

// 128-bit intermediates keep products like base x rate x multiplier exact (they pass 2^63 quickly).
__extension__ using Int128 = __int128;

// Thrown when a figure leaves the range the engine can represent; inputs are bounded long before.
class ArithmeticOverflow : public std::overflow_error {
  public:
    using std::overflow_error::overflow_error;
};

// Checked narrowing from a 128-bit intermediate back to a 64-bit figure.
std::int64_t narrow_checked(Int128 value);

// Rounds numerator / denominator half up (away from zero on .5 for positives; towards +inf for negatives
// on exact halves, which never happens with the non-negative figures the engine feeds it).
// Denominator must be positive.
std::int64_t div_round_half_up(Int128 numerator, Int128 denominator);

// Floor division for a positive denominator (C++ division truncates towards zero).
std::int64_t div_floor(Int128 numerator, Int128 denominator);

// A sum of money in the shop's currency, counted in minor units (cents, kopecks).
// A shop has exactly one currency (the rules document declares it), so Money does not carry it; input in
// another currency is refused at the boundary before it becomes Money.
class Money {
  public:
    constexpr Money() = default;
    static constexpr Money minor(std::int64_t units) { return Money(units); }
    static constexpr Money zero() { return Money(0); }

    [[nodiscard]] constexpr std::int64_t minor_units() const { return units_; }
    [[nodiscard]] constexpr bool is_zero() const { return units_ == 0; }

    constexpr auto operator<=>(const Money&) const = default;

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    constexpr Money operator-() const { return Money(-units_); }

  private:
    constexpr explicit Money(std::int64_t units) : units_(units) {}
    std::int64_t units_ = 0;
};

// A quantity in thousandths: one piece is 1000, 250 g of a product sold by the kilogram is 250.
class Quantity {
  public:
    static constexpr std::int64_t kOnePiece = 1000;

    constexpr Quantity() = default;
    static constexpr Quantity thousandths(std::int64_t value) { return Quantity(value); }
    static constexpr Quantity pieces(std::int64_t count) { return Quantity(count * kOnePiece); }

    [[nodiscard]] constexpr std::int64_t thousandths() const { return value_; }
    // A line takes part in piece-based promotions only when it holds whole pieces.
    [[nodiscard]] constexpr bool is_whole_pieces() const { return value_ % kOnePiece == 0; }
    [[nodiscard]] constexpr std::int64_t whole_pieces() const { return value_ / kOnePiece; }

    constexpr auto operator<=>(const Quantity&) const = default;

  private:
    constexpr explicit Quantity(std::int64_t value) : value_(value) {}
    std::int64_t value_ = 0;
};

// A rate in basis points: 1% = 100 bp, 100% = 10000 bp. Also used for multipliers (10000 = x1).
class BasisPoints {
  public:
    static constexpr std::int64_t kWhole = 10000;

    constexpr BasisPoints() = default;
    static constexpr BasisPoints bp(std::int64_t value) { return BasisPoints(value); }
    [[nodiscard]] constexpr std::int64_t value() const { return value_; }
    constexpr auto operator<=>(const BasisPoints&) const = default;

  private:
    constexpr explicit BasisPoints(std::int64_t value) : value_(value) {}
    std::int64_t value_ = 0;
};

// Whole loyalty points. One point is worth the bonus program's point_value in minor units.
class Points {
  public:
    constexpr Points() = default;
    static constexpr Points of(std::int64_t value) { return Points(value); }
    static constexpr Points zero() { return Points(0); }
    [[nodiscard]] constexpr std::int64_t value() const { return value_; }
    [[nodiscard]] constexpr bool is_zero() const { return value_ == 0; }

    constexpr auto operator<=>(const Points&) const = default;
    Points operator+(Points other) const;
    Points operator-(Points other) const;
    Points& operator+=(Points other) { return *this = *this + other; }
    Points& operator-=(Points other) { return *this = *this - other; }

  private:
    constexpr explicit Points(std::int64_t value) : value_(value) {}
    std::int64_t value_ = 0;
};

// Money of a line: round_half_up(unit_price x qty / 1000).
Money line_gross(Money unit_price, Quantity quantity);

// Share of an amount at a rate, rounded half up once: round_half_up(amount x rate / 10000).
Money percent_of(Money amount, BasisPoints rate);

// The cumulative share of `amount` for `part` of `whole` (returned of sold), rounded half up; the whole gives
// all of it. Returns take cumulative shares minus what earlier returns took, so the parts of any sequence of
// returns add up to exactly `amount`. `whole` must be positive.
std::int64_t cumulative_share(std::int64_t amount, std::int64_t part, std::int64_t whole);

// Splits a non-negative total over non-negative weights by the largest-remainder method:
// quota = total x weight / sum of weights, floor each, then hand the units left one by one to the largest
// fractional remainders, ties to the earlier index. The parts sum exactly to the total.
// When every weight is zero the total goes to nobody and an empty-ish all-zero vector is returned; callers
// check the sum of weights first.
std::vector<std::int64_t> split_largest_remainder(std::int64_t total,
                                                  const std::vector<std::int64_t>& weights);

// Same method when the quotas are exact fractions quota_i = numerators_i / denominator and the total is
// floor(sum of quotas) or less (used for points: the exact line values are the quotas).
std::vector<std::int64_t> split_exact_quotas(std::int64_t total, const std::vector<Int128>& numerators,
                                             Int128 denominator);

}  // namespace kassa
