#include <catch2/catch.hpp>
#include <numeric>
#include <random>

#include "kassa/core/units.hpp"

using namespace kassa;

TEST_CASE("line gross rounds half up once", "[core][units]") {
    CHECK(line_gross(Money::minor(199), Quantity::thousandths(250)).minor_units() == 50);    // 49.75 -> 50
    CHECK(line_gross(Money::minor(199), Quantity::thousandths(2500)).minor_units() == 498);  // 497.5 -> 498
    CHECK(line_gross(Money::minor(333), Quantity::thousandths(1000)).minor_units() == 333);
    CHECK(line_gross(Money::minor(1), Quantity::thousandths(499)).minor_units() == 0);  // 0.499 -> 0
    CHECK(line_gross(Money::minor(1), Quantity::thousandths(500)).minor_units() == 1);  // 0.5 -> 1
}

TEST_CASE("percent_of rounds half up", "[core][units]") {
    CHECK(percent_of(Money::minor(7990), BasisPoints::bp(1000)).minor_units() == 799);
    CHECK(percent_of(Money::minor(1995), BasisPoints::bp(1000)).minor_units() == 200);  // 199.5 -> 200
    CHECK(percent_of(Money::minor(1985), BasisPoints::bp(1000)).minor_units() == 199);  // 198.5 -> 199
    CHECK(percent_of(Money::minor(0), BasisPoints::bp(1000)).minor_units() == 0);
}

TEST_CASE("largest remainder split sums exactly and ties go to the earlier line", "[core][units]") {
    CHECK(split_largest_remainder(100, {1, 1, 1}) == std::vector<std::int64_t>{34, 33, 33});
    CHECK(split_largest_remainder(2, {1, 1, 1}) == std::vector<std::int64_t>{1, 1, 0});
    CHECK(split_largest_remainder(10, {0, 5, 5}) == std::vector<std::int64_t>{0, 5, 5});
    CHECK(split_largest_remainder(10, {0, 0}) == std::vector<std::int64_t>{0, 0});
    // 800 over 7191 and 3582: 534.00 and 265.99 -> 534 and 266.
    CHECK(split_largest_remainder(800, {7191, 3582}) == std::vector<std::int64_t>{534, 266});
}

TEST_CASE("largest remainder split never loses a unit on random input", "[core][units][property]") {
    std::mt19937_64 rng(20261124);
    for (int round = 0; round < 5000; ++round) {
        const auto n = static_cast<std::size_t>(rng() % 12 + 1);
        std::vector<std::int64_t> weights(n);
        for (auto& w : weights) {
            w = static_cast<std::int64_t>(rng() % 100000);
        }
        const auto sum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
        const auto total = static_cast<std::int64_t>(rng() % 1000000);
        const auto parts = split_largest_remainder(total, weights);
        if (sum == 0) {
            CHECK(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}) == 0);
            continue;
        }
        REQUIRE(std::accumulate(parts.begin(), parts.end(), std::int64_t{0}) == total);
        for (std::size_t i = 0; i < n; ++i) {
            // Each part is its quota rounded down or up by one unit at most.
            const Int128 scaled = Int128{total} * weights[i];
            CHECK(Int128{parts[i]} * sum >= scaled - sum);
            CHECK(Int128{parts[i]} * sum <= scaled + sum);
        }
    }
}

TEST_CASE("exact quota split hands out floor of the exact sum", "[core][units]") {
    // quotas 1.5, 1.5, 1.2 -> floor sum 4; floors 1,1,1 and one unit to the earlier .5
    const std::vector<Int128> numerators{15, 15, 12};
    CHECK(split_exact_quotas(4, numerators, 10) == std::vector<std::int64_t>{2, 1, 1});
}

TEST_CASE("money arithmetic is checked", "[core][units]") {
    const Money big = Money::minor(std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(big + Money::minor(1), ArithmeticOverflow);
    CHECK((Money::minor(5) - Money::minor(7)).minor_units() == -2);
    CHECK(div_round_half_up(-5, 10) == 0);  // -0.5 rounds up to 0
    CHECK(div_floor(-5, 10) == -1);
}

TEST_CASE("cumulative shares round half up and the whole gives all of it", "[core][units]") {
    // 1.00 over three returns: 33.3 -> 33, 66.7 -> 67, then exactly 100, so the parts are 33, 34, 33.
    CHECK(cumulative_share(100, 1, 3) == 33);
    CHECK(cumulative_share(100, 2, 3) == 67);
    CHECK(cumulative_share(100, 3, 3) == 100);
    CHECK(cumulative_share(5, 1, 2) == 3);  // 2.5 rounds up
    CHECK(cumulative_share(7, 0, 4) == 0);
    // A quantity that would round above the amount still stops at it: the last part takes what is left.
    CHECK(cumulative_share(1, 999, 1000) == 1);
    CHECK(cumulative_share(1, 1000, 1000) == 1);
}
