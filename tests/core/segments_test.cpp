#include <catch2/catch.hpp>

#include "kassa/core/segments.hpp"

using namespace kassa;

namespace {
constexpr std::int64_t kDay = 86400;
const Instant kNow{1'795'000'000};

SegmentFacts facts(std::int64_t enrolled_days_ago, std::optional<std::int64_t> last_purchase_days_ago,
                   std::int64_t in_window, std::int64_t in_year, std::int64_t spend) {
    SegmentFacts f;
    f.enrolled_at = Instant{kNow.unix_seconds - enrolled_days_ago * kDay};
    if (last_purchase_days_ago) {
        f.last_purchase_at = Instant{kNow.unix_seconds - *last_purchase_days_ago * kDay};
    }
    f.purchases_in_regular_window = in_window;
    f.purchases_in_year = in_year;
    f.spend_in_year = Money::minor(spend);
    return f;
}
}  // namespace

TEST_CASE("segments follow the customer's purchases", "[core][segments]") {
    const SegmentSettings s;
    using V = std::vector<std::string>;
    CHECK(compute_segments(facts(5, std::nullopt, 0, 0, 0), s, kNow, std::nullopt) == V{"new"});
    CHECK(compute_segments(facts(400, 10, 3, 8, 50000), s, kNow, Money::minor(60000)) == V{"regular"});
    CHECK(compute_segments(facts(400, 10, 3, 8, 60000), s, kNow, Money::minor(60000)) == V{"regular", "vip"});
    CHECK(compute_segments(facts(400, 40, 1, 2, 9000), s, kNow, std::nullopt) == V{"periodic"});
    // 90 days without a purchase: dormant, and neither regular nor periodic whatever the year held.
    CHECK(compute_segments(facts(400, 90, 0, 5, 9000), s, kNow, std::nullopt) == V{"dormant"});
    CHECK(compute_segments(facts(400, 89, 1, 1, 9000), s, kNow, std::nullopt).empty());
}

TEST_CASE("the VIP threshold is the smallest spend among the top fifth of buyers", "[core][segments]") {
    const SegmentSettings s;
    std::vector<Money> spends;
    for (int i = 1; i <= 10; ++i) {
        spends.push_back(Money::minor(i * 1000));
    }
    spends.push_back(Money::minor(0));  // enrolled, never bought: not a buyer
    CHECK(vip_threshold(spends, s) == Money::minor(9000));  // top 2 of 10
    CHECK(vip_threshold({Money::minor(500)}, s) == Money::minor(500));  // one buyer is the top fifth
    CHECK_FALSE(vip_threshold({Money::minor(0)}, s));
}
