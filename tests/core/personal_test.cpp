// The arithmetic of personal service: pair figures for "often bought together" and purchase cycles, on
// numbers worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "kassa/core/personal.hpp"

using namespace kassa;
using std::chrono::days;
using std::chrono::sys_days;

namespace {
sys_days day(int y, unsigned m, unsigned d) {
    return sys_days{
        std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}};
}
}  // namespace

TEST_CASE("pair figures: support and lift by hand", "[core][personal]") {
    // 200 receipts; the dress in 20, the belt in 10, both in 6.
    // support = 6 / 200 = 3% = 300 bp; lift = (6/200) / ((20/200)(10/200)) = 6*200 / (20*10) = 6.000.
    const PairCounts c{6, 20, 10, 200};
    const auto f = pair_figures(c);
    CHECK(f.support_bp == 300);
    CHECK(f.lift_milli == 6000);
    CHECK(pair_qualifies(c, 3));
    CHECK_FALSE(pair_qualifies(c, 7));  // below the minimum: noise

    // 3 receipts of 7 hold both, a in 5, b in 5: lift = 3*7 / 25 = 0.84, rounded 840; less than chance.
    const PairCounts common{3, 5, 5, 7};
    CHECK(pair_figures(common).lift_milli == 840);
    CHECK_FALSE(pair_qualifies(common, 1));

    // Exactly chance (lift 1): 2*10 == 4*5, not suggested.
    CHECK_FALSE(pair_qualifies(PairCounts{2, 4, 5, 10}, 1));
    // 1/3 of a basis point rounds half up: 1 * 10000 / 3 = 3333.33 -> 3333.
    CHECK(pair_figures(PairCounts{1, 1, 1, 3}).support_bp == 3333);
}

TEST_CASE("pair figures refuse counts that cannot happen", "[core][personal]") {
    CHECK_THROWS_AS(pair_figures(PairCounts{5, 4, 10, 20}), std::invalid_argument);
    CHECK_THROWS_AS(pair_figures(PairCounts{1, 30, 10, 20}), std::invalid_argument);
    CHECK(pair_figures(PairCounts{0, 0, 0, 0}).lift_milli == 0);
}

TEST_CASE("purchase cycle is the median gap between purchase days", "[core][personal]") {
    // Gaps 10, 30, 14: sorted 10, 14, 30, median 14.
    CHECK(median_gap_days({day(2026, 1, 1), day(2026, 1, 11), day(2026, 2, 10), day(2026, 2, 24)}) == 14);
    // Order does not matter, and two purchases on one day are one visit: gaps 10 and 20, median 15.
    CHECK(median_gap_days({day(2026, 1, 31), day(2026, 1, 1), day(2026, 1, 11), day(2026, 1, 11)}) == 15);
    // Gaps 7 and 8: 7.5 rounds down to 7.
    CHECK(median_gap_days({day(2026, 3, 1), day(2026, 3, 8), day(2026, 3, 16)}) == 7);
}

TEST_CASE("purchase cycle needs three purchase days", "[core][personal]") {
    CHECK_FALSE(median_gap_days({}).has_value());
    CHECK_FALSE(median_gap_days({day(2026, 1, 1)}).has_value());
    CHECK_FALSE(median_gap_days({day(2026, 1, 1), day(2026, 2, 1)}).has_value());
    // Three receipts, but two on one day: still two visits.
    CHECK_FALSE(median_gap_days({day(2026, 1, 1), day(2026, 2, 1), day(2026, 2, 1)}).has_value());
    CHECK(median_gap_days({day(2026, 1, 1), day(2026, 2, 1)}, 2) == 31);
}

TEST_CASE("a customer is due after the cycle times the margin", "[core][personal]") {
    // Cycle 20 days, margin 1.25: due after 25 days, not on the 25th.
    CHECK_FALSE(purchase_due(25, 20, 12500));
    CHECK(purchase_due(26, 20, 12500));
    CHECK_FALSE(purchase_due(3, 20, 12500));
    CHECK(median(std::vector<std::int64_t>{5, 1, 3}) == 3);
    CHECK(median(std::vector<std::int64_t>{}) == std::nullopt);
}

namespace {

kassa::TierSettings silver_gold(kassa::SpendBasis basis, int window_days = 365) {
    kassa::TierSettings t;
    t.basis = basis;
    t.window_days = window_days;
    t.levels.push_back({"Silver", kassa::Money::minor(50000), kassa::BasisPoints::bp(300), kassa::BasisPoints::bp(0)});
    t.levels.push_back({"Gold", kassa::Money::minor(150000), kassa::BasisPoints::bp(500), kassa::BasisPoints::bp(0)});
    return t;
}

kassa::Instant day(int n) { return kassa::Instant{1'767'225'600 + std::int64_t{n} * 86400}; }  // 2026-01-01 + n

}  // namespace

TEST_CASE("tier history, lifetime: a level from the sale that reaches it, lost by a return, then Gold",
          "[personal][tiers]") {
    using kassa::Money;
    const std::vector<kassa::TierSpendEvent> events{
        {day(1), day(1), Money::minor(30000)},
        {day(5), day(5), Money::minor(30000)},
        {day(9), day(5), Money::minor(-20000)},  // part of the second sale comes back
        {day(20), day(20), Money::minor(150000)},
    };
    const auto steps = kassa::tier_history(silver_gold(kassa::SpendBasis::lifetime), events, day(100));
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].at == day(5));
    CHECK(steps[0].level == std::optional<std::size_t>(0));
    CHECK(steps[0].spend == Money::minor(60000));
    CHECK(steps[1].at == day(9));
    CHECK_FALSE(steps[1].level.has_value());
    CHECK(steps[2].at == day(20));
    CHECK(steps[2].level == std::optional<std::size_t>(1));
    CHECK(steps[2].spend == Money::minor(190000));
    // Nothing after `now` is history yet.
    CHECK(kassa::tier_history(silver_gold(kassa::SpendBasis::lifetime), events, day(19)).size() == 2);
}

TEST_CASE("tier history, rolling: the level goes when the sale that earned it leaves the window",
          "[personal][tiers]") {
    using kassa::Money;
    const std::vector<kassa::TierSpendEvent> events{{day(0), day(0), Money::minor(60000)}};
    const auto steps = kassa::tier_history(silver_gold(kassa::SpendBasis::rolling, 30), events, day(100));
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].at == day(0));
    CHECK(steps[0].level == std::optional<std::size_t>(0));
    CHECK(steps[1].at == day(30));
    CHECK_FALSE(steps[1].level.has_value());
    CHECK(steps[1].spend == Money::zero());
    CHECK(kassa::tier_history(silver_gold(kassa::SpendBasis::rolling, 30), {{day(0), day(0), Money::minor(100)}},
                              day(100))
              .empty());
}
