// The quote pipeline step by step, on small hand-checked baskets built in C++ (the golden scenarios cover
// the same ground through JSON and kassactl).
#include <catch2/catch.hpp>

#include "kassa/core/quote.hpp"

using namespace kassa;

namespace {

struct Shop {
    Rules rules;

    Program& add(const std::string& id, ProgramSettings settings, Stacking stacking = Stacking::exclusive,
                 int priority = 100) {
        Program p;
        p.id = id;
        p.name = id;
        p.settings = std::move(settings);
        p.stacking = stacking;
        p.priority = priority;
        rules.programs.push_back(std::move(p));
        return rules.programs.back();
    }

    QuoteResult quote(const QuoteInput& input) const {
        const CompiledRules compiled(rules, std::make_shared<FixedOffsetZone>(7200));
        return kassa::quote(compiled, input);
    }
};

QuoteLine line(const std::string& sku, const std::string& category, std::int64_t price,
               std::int64_t qty = 1000, std::optional<std::int64_t> min_price = std::nullopt) {
    QuoteLine l;
    l.sku = sku;
    l.category = category;
    l.unit_price = Money::minor(price);
    l.qty = Quantity::thousandths(qty);
    if (min_price) {
        l.min_price = Money::minor(*min_price);
    }
    return l;
}

// 2026-11-25 is a Wednesday.
QuoteInput basket(std::vector<QuoteLine> lines, std::optional<CustomerState> customer = std::nullopt,
                  const char* now = "2026-11-25T12:00:00+02:00") {
    QuoteInput in;
    const auto parsed = parse_timestamp(now);
    in.now = parsed.instant;
    in.now_offset_seconds = parsed.offset_seconds;
    in.lines = std::move(lines);
    in.customer = std::move(customer);
    return in;
}

CustomerState customer(std::vector<std::string> segments = {}, std::int64_t spend = 0) {
    CustomerState c;
    c.id = "c1";
    c.segments = std::move(segments);
    c.purchases_count = 5;
    c.spend_lifetime = Money::minor(spend);
    return c;
}

PromotionSettings promo(PromotionEffect effect, std::vector<std::string> categories = {}) {
    PromotionSettings s;
    s.effect = std::move(effect);
    s.conditions.categories = std::move(categories);
    return s;
}

BonusSettings bonus(std::int64_t rate_bp) {
    BonusSettings b;
    b.accrual_rate = BasisPoints::bp(rate_bp);
    return b;
}

Lot lot(std::int64_t points) {
    return Lot{"", Points::of(points), parse_timestamp("2026-01-01T00:00:00Z").instant, std::nullopt, 0};
}

std::int64_t net(const QuoteResult& r, std::size_t i) {
    return r.lines[i].net.minor_units();
}

}  // namespace

TEST_CASE("step 1: percent off and fixed price on their scope only", "[core][quote][step1]") {
    Shop shop;
    shop.add("tops20", promo(PercentOff{BasisPoints::bp(2000)}, {"tops"}));
    PromotionSettings fixed = promo(FixedPrice{Money::minor(990)});
    fixed.conditions.products = {"SOCKS"};
    shop.add("socks", fixed);
    const auto r = shop.quote(
        basket({line("T1", "tops", 2999), line("SOCKS", "hosiery", 1490, 3000), line("J", "jeans", 5000)}));
    CHECK(net(r, 0) == 2399);  // 2999 x 20% = 599.8 -> 600
    CHECK(net(r, 1) == 2970);  // 3 x 9.90
    CHECK(net(r, 2) == 5000);
    CHECK(r.lines[0].discounts.at(0).text == "tops20 -20%");
    CHECK(r.lines[1].discounts.at(0).text == "socks: 9.90 each");
}

TEST_CASE("step 1: buy 2 get 1 pools units and frees the cheapest, weighed lines excluded",
          "[core][quote][step1]") {
    Shop shop;
    shop.add("3for2", promo(BuyNGetM{2, 1}, {"acc"}));
    auto weighed = line("BEADS", "acc", 100, 2500);
    const auto r = shop.quote(basket({line("SCARF", "acc", 1990, 2000), line("BELT", "acc", 1490),
                                      line("HAT", "acc", 2500), line("RING", "acc", 990, 2000), weighed}));
    // Units: 1990, 1990, 1490, 2500, 990, 990 -> 6 units, 2 free: the two rings.
    CHECK(net(r, 3) == 0);
    CHECK(r.lines[3].discounts.at(0).text == "3for2: 2 free");
    CHECK(net(r, 0) == 3980);
    CHECK(net(r, 1) == 1490);
    CHECK(net(r, 4) == 250);  // 2.5 kg at 1.00 is not a piece
}

TEST_CASE("step 1: bundle price splits the saving over the bundled units", "[core][quote][step1]") {
    Shop shop;
    BundlePrice b;
    b.items = {BundleItem{{"DRESS"}, {}, 1}, BundleItem{{}, {"belts"}, 1}};
    b.price = Money::minor(9000);
    shop.add("outfit", promo(b));
    const auto r = shop.quote(
        basket({line("DRESS", "dresses", 7990), line("BELT", "belts", 2010), line("X", "belts", 500)}));
    // 7990 + 2010 = 10000 for 9000: saving 1000 split 799 / 201 by worth.
    CHECK(net(r, 0) == 7191);
    CHECK(net(r, 1) == 1809);
    CHECK(net(r, 2) == 500);
}

TEST_CASE("rule 6: the best exclusive candidate per line, then combinables on what is left",
          "[core][quote][step1]") {
    Shop shop;
    shop.add("a10", promo(PercentOff{BasisPoints::bp(1000)}, {"x"}), Stacking::exclusive, 1);
    shop.add("b15", promo(PercentOff{BasisPoints::bp(1500)}, {"x", "y"}), Stacking::exclusive, 2);
    shop.add("c5", promo(PercentOff{BasisPoints::bp(500)}, {"x"}), Stacking::combinable, 3);
    const auto r = shop.quote(basket({line("X", "x", 10000), line("Y", "y", 10000)}));
    REQUIRE(r.lines[0].discounts.size() == 2);
    CHECK(r.lines[0].discounts[0].program == "b15");
    CHECK(r.lines[0].discounts[0].amount.minor_units() == 1500);
    CHECK(r.lines[0].discounts[1].program == "c5");
    CHECK(r.lines[0].discounts[1].amount.minor_units() == 425);  // 5% of what is left (8500)
    CHECK(net(r, 1) == 8500);
}

TEST_CASE("rule 9: exclusive candidates are compared after the min_price cut, ties go to priority",
          "[core][quote][rule9]") {
    Shop shop;
    shop.add("deep30", promo(PercentOff{BasisPoints::bp(3000)}), Stacking::exclusive, 2);
    shop.add("mild10", promo(PercentOff{BasisPoints::bp(1000)}), Stacking::exclusive, 1);
    const auto r = shop.quote(basket({line("A", "a", 1000, 1000, 900)}));
    // 300 is cut to 100, the same as 10%: the tie goes to the lower priority number.
    REQUIRE(r.lines[0].discounts.size() == 1);
    CHECK(r.lines[0].discounts[0].program == "mild10");
    CHECK(net(r, 0) == 900);
}

TEST_CASE("step 2: a tier discount applies on top of a sale price, as of before the sale",
          "[core][quote][step2]") {
    Shop shop;
    shop.add("sale", promo(PercentOff{BasisPoints::bp(2000)}));
    TierSettings t;
    t.levels = {{"Silver", Money::minor(50000), BasisPoints::bp(500), BasisPoints::bp(0)},
                {"Gold", Money::minor(100000), BasisPoints::bp(1000), BasisPoints::bp(0)}};
    shop.add("club", t);
    // 99000 before the sale: Silver, even though this sale takes her past Gold.
    const auto r = shop.quote(basket({line("A", "a", 10000)}, customer({}, 99000)));
    CHECK(net(r, 0) == 7600);  // 10000 - 2000 = 8000, then 5% = 400
    REQUIRE(r.tier);
    CHECK(r.tier->level_before == "Silver");
    CHECK(r.tier->level_after == "Gold");
    CHECK(r.tier->spend_after.minor_units() == 106600);
}

TEST_CASE("step 2: staff card by segment beats a smaller birthday discount", "[core][quote][step2]") {
    Shop shop;
    FixedDiscountSettings staff;
    staff.discount = BasisPoints::bp(1500);
    staff.segments = {"staff"};
    shop.add("staff", staff);
    BirthdaySettings b;
    b.days_before = 3;
    b.days_after = 3;
    b.effect = PercentOff{BasisPoints::bp(1000)};
    shop.add("birthday", b);
    auto c = customer({"staff"});
    c.birthday = parse_date("1990-11-26");
    const auto r = shop.quote(basket({line("A", "a", 2000)}, c));
    CHECK(r.lines[0].discounts.at(0).program == "staff");
    CHECK(net(r, 0) == 1700);
    // The birthday benefit did not apply, so this year's birthday is not used up.
    CHECK_FALSE(r.birthday_used_year);
}

TEST_CASE("step 3: an amount-off coupon cut at a floor is re-split over the other lines",
          "[core][quote][step3]") {
    Shop shop;
    CouponSettings c;
    c.public_code = "TEN";
    c.effect = AmountOff{Money::minor(1000)};
    shop.add("ten", c);
    auto in = basket({line("A", "a", 1000, 1000, 900), line("B", "b", 3000)});
    in.coupons = {CouponRef{"ten", {}, false, {}, {}}};
    const auto r = shop.quote(in);
    // Split 250 / 750; A has room for 100 only, so 150 moves to B.
    CHECK(net(r, 0) == 900);
    CHECK(net(r, 1) == 2100);
    CHECK(r.coupons_applied.at(0).amount.minor_units() == 1000);
}

TEST_CASE("step 3: what cannot be placed above the floors is dropped with a message",
          "[core][quote][step3]") {
    Shop shop;
    CouponSettings c;
    c.public_code = "BIG";
    c.effect = AmountOff{Money::minor(800)};
    shop.add("big", c);
    auto in = basket({line("A", "a", 1000, 1000, 700), line("B", "b", 1000, 1000, 800)});
    in.coupons = {CouponRef{"BIG", {}, false, {}, {}}};
    const auto r = shop.quote(in);
    CHECK(r.totals.net.minor_units() == 1500);
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].text == "3.00 of big could not be given: the items are at their minimum price");
}

TEST_CASE("step 4: redemption is capped, trimmed with a sentence, and refused below the minimum",
          "[core][quote][step4]") {
    Shop shop;
    BonusSettings b = bonus(500);
    b.redeem_cap = BasisPoints::bp(5000);
    b.min_redeem = Points::of(100);
    shop.add("bonus", b);
    auto c = customer();
    c.lots = {lot(5000)};
    auto in = basket({line("A", "a", 3001)}, c);
    in.redeem = RedeemRequest{RedeemRequest::Kind::points, Points::of(2000)};
    auto r = shop.quote(in);
    CHECK(r.totals.redeemed_points.value() == 1500);  // floor(5000 x 3001 / 10000)
    CHECK(r.totals.payable.minor_units() == 1501);
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].text == "2000 points asked, 1500 points can be used (at most 50% of the purchase)");

    c.lots = {lot(80)};
    in.customer = c;
    r = shop.quote(in);
    CHECK(r.totals.redeemed_points.value() == 0);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].reason == RejectReason::below_minimum);
}

TEST_CASE("step 6: points are floored once per receipt and the largest multiplier wins",
          "[core][quote][step6]") {
    Shop shop;
    BonusSettings b = bonus(500);
    b.excluded_categories = {"gift_cards"};
    shop.add("bonus", b);
    PromotionSettings x2 = promo(PointsMultiplier{BasisPoints::bp(20000)});
    shop.add("x2", x2);
    PromotionSettings x3 = promo(PointsMultiplier{BasisPoints::bp(30000)}, {"a"});
    shop.add("x3", x3);
    const auto r = shop.quote(
        basket({line("A", "a", 333), line("B", "b", 333), line("G", "gift_cards", 5000)}, customer()));
    // A: 333 x 5% x 3 = 49.95; B: 333 x 5% x 2 = 33.3; sum 83.25 -> 83; split 50 / 33.
    CHECK(r.totals.points_earned.value() == 83);
    CHECK(r.lines[0].points.value() == 50);
    CHECK(r.lines[1].points.value() == 33);
    CHECK(r.lines[2].points.value() == 0);
}

TEST_CASE("step 6: with accrue_on_discounted off only item promotions and coupons stop accrual",
          "[core][quote][step6]") {
    Shop shop;
    BonusSettings b = bonus(1000);
    b.accrue_on_discounted = false;
    shop.add("bonus", b);
    shop.add("sale", promo(PercentOff{BasisPoints::bp(1000)}, {"a"}));
    TierSettings t;
    t.levels = {{"Silver", Money::minor(0), BasisPoints::bp(500), BasisPoints::bp(0)}};
    shop.add("club", t);
    const auto r = shop.quote(basket({line("A", "a", 1000), line("B", "b", 1000)}, customer()));
    CHECK(r.lines[0].points.value() == 0);   // on sale
    CHECK(r.lines[1].points.value() == 95);  // tier discount only: 950 x 10%
}

TEST_CASE("step 7: hints for the next tier, the last stamp and the next-order coupon",
          "[core][quote][step7]") {
    Shop shop;
    TierSettings t;
    t.levels = {{"Gold", Money::minor(100000), BasisPoints::bp(500), BasisPoints::bp(0)}};
    shop.add("club", t);
    StampSettings s;
    s.goal = 5;
    s.reward_name = "a free coffee";
    shop.add("coffee", s);
    NextOrderCouponSettings n;
    n.threshold = Money::minor(5000);
    shop.add("next", n);
    auto c = customer({}, 95790);
    c.stamps = {{"coffee", 3}};
    const auto r = shop.quote(basket({line("A", "a", 4000)}, c));
    std::vector<std::string> texts;
    for (const auto& m : r.messages) {
        texts.push_back(m.text);
    }
    CHECK(std::find(texts.begin(), texts.end(), "2.10 more for Gold") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "One more stamp for a free coffee") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "Add 10.00 to get the coupon next") != texts.end());
}

TEST_CASE("sentences follow the shop's language", "[core][quote][messages]") {
    Shop shop;
    shop.rules.language = Language::ru;
    TierSettings t;
    t.levels = {{"Gold", Money::minor(100000), BasisPoints::bp(500), BasisPoints::bp(0)}};
    shop.add("club", t);
    shop.add("sale", promo(PercentOff{BasisPoints::bp(1250)}));
    // Spend after the sale: 100 + 875 = 975, so 990.25 is missing for Gold.
    auto r = shop.quote(basket({line("A", "a", 1000)}, customer({}, 100)));
    CHECK(r.lines[0].discounts.at(0).text == "sale -12,5\u00a0%");
    CHECK(r.messages.at(0).text == "Ещё 990,25 до уровня Gold");
    auto in = basket({line("A", "a", 1000)}, customer({}, 100));
    in.language = Language::et;
    r = shop.quote(in);
    CHECK(r.messages.at(0).text == "Veel 990,25 tasemeni Gold");
    CHECK(format_points(Points::of(21), Language::ru) == "21 балл");
    CHECK(format_points(Points::of(12), Language::ru) == "12 баллов");
    CHECK(format_points(Points::of(3), Language::ru) == "3 балла");
}

TEST_CASE("bad input lines are refused with the line named", "[core][quote][input]") {
    Shop shop;
    CHECK_THROWS_WITH(shop.quote(basket({line("A", "a", 1000, -1000)})), Catch::Contains("lines[0].qty"));
    CHECK_THROWS_WITH(shop.quote(basket({line("A", "a", -5)})), Catch::Contains("lines[0].unit_price"));
    CHECK_THROWS_WITH(shop.quote(basket({line("A", "a", 100, 1000, 200)})),
                      Catch::Contains("lines[0].min_price"));
}
