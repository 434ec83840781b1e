#include <catch2/catch.hpp>

#include <numeric>
#include <optional>
#include <random>
#include <stdexcept>
#include <vector>

#include "kassa/core/ledger.hpp"
#include "kassa/core/time.hpp"

using namespace kassa;

namespace {

constexpr std::int64_t kDay = 86400;

const PosixTimeZone& tallinn() {
    static const PosixTimeZone zone("Europe/Tallinn", "EET-2EEST,M3.5.0/3,M10.5.0/4");
    return zone;
}

Instant ts(const char* text) {
    return parse_timestamp(text).instant;
}

RefundableLine sold_line(std::int64_t qty, std::int64_t net, std::int64_t redeemed, std::int64_t points) {
    RefundableLine l;
    l.sold = Quantity::thousandths(qty);
    l.net = Money::minor(net);
    l.redeemed = Money::minor(redeemed);
    l.points = Points::of(points);
    return l;
}

RefundPolicy policy(std::int64_t point_value = 1,
                    NegativeBalancePolicy negative = NegativeBalancePolicy::allow_negative) {
    RefundPolicy p;
    p.point_value = Money::minor(point_value);
    p.negative_balance = negative;
    return p;
}

// What the store does after a refund: remember what went back so the next refund continues from there.
void record(std::vector<RefundableLine>& lines, const RefundResult& result) {
    for (const auto& r : result.lines) {
        RefundableLine& l = lines[r.line_index];
        l.already_returned =
            Quantity::thousandths(l.already_returned.thousandths() + r.quantity.thousandths());
        l.already_refunded += r.money_back;
        l.already_reversed_points += r.points_reversed;
        l.already_restored_redeemed += r.redeemed_back;
    }
}

struct Totals {
    std::int64_t money = 0;
    std::int64_t restored = 0;
    std::int64_t reversed = 0;
};

// Runs a sequence of refunds on a receipt, one request per step, and adds up what went back.
Totals run(std::vector<RefundableLine> lines, const std::vector<std::vector<RefundRequestLine>>& steps,
           const RefundPolicy& p, Instant now) {
    Totals t;
    for (const auto& step : steps) {
        const auto result =
            compute_refund(lines, step, p, now, tallinn(), std::nullopt, Points::of(1'000'000));
        t.money += result.money_back.minor_units();
        t.restored += result.points_restored.value();
        t.reversed += result.points_reversed.value();
        record(lines, result);
    }
    return t;
}

const Instant kNow = ts("2026-03-10T12:00:00+02:00");

}  // namespace

TEST_CASE("returning a line piece by piece gives back exactly what was paid", "[core][refund]") {
    // 3 pieces, net 10.00, 1.01 of it paid with points: 8.99 was paid in money, 45 points were earned.
    std::vector<RefundableLine> lines{sold_line(3000, 1000, 101, 45)};
    const auto p = policy();

    const auto first =
        compute_refund(lines, {{0, Quantity::pieces(1)}}, p, kNow, tallinn(), std::nullopt, Points::of(1000));
    REQUIRE(first.lines.size() == 1);
    CHECK(first.money_back == Money::minor(300));             // 899 / 3 = 299.67 -> 300
    CHECK(first.lines[0].redeemed_back == Money::minor(34));  // 101 / 3 = 33.67 -> 34
    CHECK(first.points_restored == Points::of(34));
    CHECK(first.points_reversed == Points::of(15));
    record(lines, first);

    const auto second =
        compute_refund(lines, {{0, Quantity::pieces(1)}}, p, kNow, tallinn(), std::nullopt, Points::of(1000));
    CHECK(second.money_back == Money::minor(299));  // cumulative 599.33 -> 599, less the 300 already back
    CHECK(second.lines[0].redeemed_back == Money::minor(33));
    CHECK(second.points_restored == Points::of(33));
    CHECK(second.points_reversed == Points::of(15));
    record(lines, second);

    // The last unit returns exactly what is left.
    const auto last =
        compute_refund(lines, {{0, Quantity::pieces(1)}}, p, kNow, tallinn(), std::nullopt, Points::of(1000));
    CHECK(last.money_back == Money::minor(899 - 300 - 299));
    CHECK(last.lines[0].redeemed_back == Money::minor(101 - 34 - 33));
    CHECK(last.points_restored == Points::of(101 - 34 - 33));
    CHECK(last.points_reversed == Points::of(45 - 15 - 15));
    record(lines, last);

    // Nothing is left to return.
    CHECK_THROWS_AS(compute_refund(lines, {{0, Quantity::thousandths(1)}}, p, kNow, tallinn(), std::nullopt,
                                   Points::of(0)),
                    std::invalid_argument);
}

TEST_CASE("a weighed line returned in uneven parts sums to what was paid", "[core][refund]") {
    // 1.250 kg sold for 7.77 with no points: return 0.333, 0.500 and the rest.
    const std::vector<RefundableLine> lines{sold_line(1250, 777, 0, 38)};
    const auto t = run(lines,
                       {{{0, Quantity::thousandths(333)}},
                        {{0, Quantity::thousandths(500)}},
                        {{0, Quantity::thousandths(417)}}},
                       policy(), kNow);
    CHECK(t.money == 777);
    CHECK(t.reversed == 38);
    CHECK(t.restored == 0);
}

TEST_CASE("random partial refunds always add up to exactly what was paid", "[core][refund][property]") {
    std::mt19937_64 rng(0x5EF0D);
    for (int round = 0; round < 2000; ++round) {
        CAPTURE(round);
        const auto point_value = static_cast<std::int64_t>(rng() % 5 + 1);
        const auto line_count = static_cast<std::size_t>(rng() % 4 + 1);
        std::vector<RefundableLine> lines;
        std::int64_t paid = 0;
        std::int64_t earned = 0;
        std::vector<std::int64_t> nets;
        for (std::size_t i = 0; i < line_count; ++i) {
            const bool weighed = rng() % 3 == 0;
            const auto qty = weighed ? static_cast<std::int64_t>(rng() % 3000 + 1)
                                     : static_cast<std::int64_t>(rng() % 6 + 1) * 1000;
            const auto net = static_cast<std::int64_t>(rng() % 50000);
            const auto points = static_cast<std::int64_t>(rng() % 500);
            lines.push_back(sold_line(qty, net, 0, points));
            nets.push_back(net);
            earned += points;
        }
        // Redemption money is whole points split over the lines, never more than a line's net.
        const std::int64_t total_net = std::accumulate(nets.begin(), nets.end(), std::int64_t{0});
        const std::int64_t redeemed_points =
            total_net / point_value == 0
                ? 0
                : static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(total_net / point_value + 1));
        const auto shares = split_largest_remainder(redeemed_points * point_value, nets);
        for (std::size_t i = 0; i < line_count; ++i) {
            lines[i].redeemed = Money::minor(shares[i]);
            paid += nets[i] - shares[i];
        }

        // Return every line in random slices, lines interleaved, until everything is back.
        std::vector<std::vector<RefundRequestLine>> steps;
        std::vector<std::int64_t> left;
        for (const auto& l : lines) {
            left.push_back(l.sold.thousandths());
        }
        while (std::accumulate(left.begin(), left.end(), std::int64_t{0}) > 0) {
            std::vector<RefundRequestLine> step;
            for (std::size_t i = 0; i < line_count; ++i) {
                if (left[i] == 0 || rng() % 2 == 0) {
                    continue;
                }
                const bool pieces = lines[i].sold.is_whole_pieces();
                std::int64_t take =
                    pieces
                        ? static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(left[i] / 1000) + 1) *
                              1000
                        : static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(left[i]) + 1);
                take = std::min(take, left[i]);
                step.push_back({i, Quantity::thousandths(take)});
                left[i] -= take;
            }
            if (!step.empty()) {
                steps.push_back(std::move(step));
            }
        }
        const auto t = run(lines, steps, policy(point_value), kNow);
        CHECK(t.money == paid);
        CHECK(t.restored == redeemed_points);
        CHECK(t.reversed == earned);
    }
}

TEST_CASE("a whole refund restores exactly the redeemed points", "[core][refund]") {
    // 20 points worth 5 each paid 1.00 of two lines (split 67 / 33); 12 points earned.
    const std::vector<RefundableLine> lines{sold_line(2000, 2000, 67, 8), sold_line(1000, 1000, 33, 4)};
    const auto p = policy(5);
    const auto whole = compute_refund(lines, {{0, Quantity::pieces(2)}, {1, Quantity::pieces(1)}}, p, kNow,
                                      tallinn(), std::nullopt, Points::of(100));
    CHECK(whole.money_back == Money::minor(2000 - 67 + 1000 - 33));
    CHECK(whole.points_restored == Points::of(20));
    CHECK(whole.points_reversed == Points::of(12));
    CHECK(whole.kept_for_spent_points == Money::zero());

    // The same receipt returned line by line restores the same 20 points in whole points.
    const auto t = run(
        lines, {{{1, Quantity::pieces(1)}}, {{0, Quantity::pieces(1)}}, {{0, Quantity::pieces(1)}}}, p, kNow);
    CHECK(t.restored == 20);
    CHECK(t.money == 2900);
    CHECK(t.reversed == 12);
}

TEST_CASE("restored points keep the consumed lots' expiry but at least 30 days", "[core][refund]") {
    const std::vector<RefundableLine> lines{sold_line(1000, 1000, 200, 0)};
    const std::vector<RefundRequestLine> all{{0, Quantity::pieces(1)}};
    const auto p = policy();

    // The consumed lots expired far away: that expiry is kept.
    const Instant far = ts("2026-12-31T23:59:59+02:00");
    const auto keep = compute_refund(lines, all, p, kNow, tallinn(), far, Points::zero());
    CHECK(keep.points_restored == Points::of(200));
    CHECK(keep.restored_available_at == kNow);
    REQUIRE(keep.restored_expires_at);
    CHECK(*keep.restored_expires_at == far);

    // They expire soon (or already have): the customer still gets 30 calendar days, at the same wall time
    // although summer time starts in between (rule 17).
    for (const Instant soon : {ts("2026-03-15T00:00:00+02:00"), ts("2026-01-01T00:00:00+02:00")}) {
        const auto floor = compute_refund(lines, all, p, kNow, tallinn(), soon, Points::zero());
        REQUIRE(floor.restored_expires_at);
        CHECK(format_timestamp(*floor.restored_expires_at, tallinn()) == "2026-04-09T12:00:00+03:00");
        CHECK(floor.restored_expires_at->unix_seconds - kNow.unix_seconds == 30 * kDay - 3600);
    }

    // Exactly on the 30-day floor either way gives the same instant.
    const Instant floor_instant = ts("2026-04-09T12:00:00+03:00");
    CHECK(
        *compute_refund(lines, all, p, kNow, tallinn(), floor_instant, Points::zero()).restored_expires_at ==
        floor_instant);

    // Lots that never expire give a restored lot that never expires.
    const auto never = compute_refund(lines, all, p, kNow, tallinn(), std::nullopt, Points::zero());
    CHECK(never.points_restored == Points::of(200));
    CHECK_FALSE(never.restored_expires_at.has_value());

    // The minimum is a policy setting.
    RefundPolicy longer = p;
    longer.restore_min_days = 90;
    const auto ninety =
        compute_refund(lines, all, longer, kNow, tallinn(), ts("2026-03-15T00:00:00+02:00"), Points::zero());
    REQUIRE(ninety.restored_expires_at);
    CHECK(format_timestamp(*ninety.restored_expires_at, tallinn()) == "2026-06-08T12:00:00+03:00");
    CHECK(*compute_refund(lines, all, longer, kNow, tallinn(), far, Points::zero()).restored_expires_at ==
          far);
}

TEST_CASE("earned points already spent: negative balance or kept from the cash refund", "[core][refund]") {
    // 10.00 paid, 50 points earned, of which the customer has spent 30 (20 left on the card).
    const std::vector<RefundableLine> lines{sold_line(1000, 1000, 0, 50)};
    const std::vector<RefundRequestLine> all{{0, Quantity::pieces(1)}};

    SECTION("allow_negative takes every point back and pays the money in full") {
        const auto r = compute_refund(lines, all, policy(1, NegativeBalancePolicy::allow_negative), kNow,
                                      tallinn(), std::nullopt, Points::of(20));
        CHECK(r.money_back == Money::minor(1000));
        CHECK(r.points_reversed == Points::of(50));
        CHECK(r.kept_for_spent_points == Money::zero());
    }
    SECTION("keep_from_cash keeps the value of the 30 spent points from the money") {
        const auto r = compute_refund(lines, all, policy(1, NegativeBalancePolicy::keep_from_cash), kNow,
                                      tallinn(), std::nullopt, Points::of(20));
        CHECK(r.kept_for_spent_points == Money::minor(30));
        CHECK(r.money_back == Money::minor(970));
        CHECK(r.points_reversed == Points::of(20));  // the balance ends at 0, not -30
        REQUIRE(r.lines.size() == 1);
        CHECK(r.lines[0].money_back == Money::minor(1000));  // the line figure is before the deduction
    }
    SECTION("keep_from_cash at a point value of 2 keeps 2 per spent point") {
        const auto r = compute_refund(lines, all, policy(2, NegativeBalancePolicy::keep_from_cash), kNow,
                                      tallinn(), std::nullopt, Points::of(20));
        CHECK(r.kept_for_spent_points == Money::minor(60));
        CHECK(r.money_back == Money::minor(940));
        CHECK(r.points_reversed == Points::of(20));
    }
    SECTION("keep_from_cash keeps nothing while the balance still covers the points") {
        const auto r = compute_refund(lines, all, policy(1, NegativeBalancePolicy::keep_from_cash), kNow,
                                      tallinn(), std::nullopt, Points::of(50));
        CHECK(r.kept_for_spent_points == Money::zero());
        CHECK(r.money_back == Money::minor(1000));
        CHECK(r.points_reversed == Points::of(50));
    }
}

TEST_CASE("keep_from_cash counts restored points and never loses a point", "[core][refund]") {
    // 0.40 of the 10.00 was paid with 40 points; 50 were earned; the card is empty now.
    const std::vector<RefundableLine> lines{sold_line(1000, 1000, 40, 50)};
    const std::vector<RefundRequestLine> all{{0, Quantity::pieces(1)}};
    const auto r = compute_refund(lines, all, policy(1, NegativeBalancePolicy::keep_from_cash), kNow,
                                  tallinn(), std::nullopt, Points::zero());
    // The 40 restored points cover 40 of the 50 taken back; only 10 are paid from the 9.60 refund.
    CHECK(r.points_restored == Points::of(40));
    CHECK(r.kept_for_spent_points == Money::minor(10));
    CHECK(r.money_back == Money::minor(960 - 10));
    CHECK(r.points_reversed == Points::of(40));

    // When the refund is too small to pay for every spent point, the rest goes negative: every point is
    // either taken back or paid for, whole points only.
    for (const std::int64_t point_value : {1, 3, 7}) {
        CAPTURE(point_value);
        const std::vector<RefundableLine> small{sold_line(1000, 20, 0, 50)};
        const auto s = compute_refund(small, all, policy(point_value, NegativeBalancePolicy::keep_from_cash),
                                      kNow, tallinn(), std::nullopt, Points::zero());
        CHECK(s.kept_for_spent_points.minor_units() % point_value == 0);
        CHECK(s.kept_for_spent_points <= Money::minor(20));
        CHECK(s.money_back + s.kept_for_spent_points == Money::minor(20));
        CHECK(s.points_reversed.value() + s.kept_for_spent_points.minor_units() / point_value == 50);
    }
}

TEST_CASE("returning more than was sold throws", "[core][refund]") {
    const auto p = policy();
    std::vector<RefundableLine> lines{sold_line(2000, 1000, 0, 10), sold_line(500, 300, 0, 1)};
    CHECK_THROWS_AS(
        compute_refund(lines, {{0, Quantity::pieces(3)}}, p, kNow, tallinn(), std::nullopt, Points::zero()),
        std::invalid_argument);
    CHECK_THROWS_AS(compute_refund(lines, {{1, Quantity::thousandths(501)}}, p, kNow, tallinn(), std::nullopt,
                                   Points::zero()),
                    std::invalid_argument);
    // Two request lines for the same receipt line add up.
    CHECK_THROWS_AS(compute_refund(lines, {{0, Quantity::pieces(1)}, {0, Quantity::pieces(2)}}, p, kNow,
                                   tallinn(), std::nullopt, Points::zero()),
                    std::invalid_argument);
    CHECK_THROWS_AS(
        compute_refund(lines, {{2, Quantity::pieces(1)}}, p, kNow, tallinn(), std::nullopt, Points::zero()),
        std::invalid_argument);
    CHECK_THROWS_AS(compute_refund(lines, {{0, Quantity::thousandths(0)}}, p, kNow, tallinn(), std::nullopt,
                                   Points::zero()),
                    std::invalid_argument);
    CHECK_THROWS_AS(compute_refund(lines, {{0, Quantity::thousandths(-1000)}}, p, kNow, tallinn(),
                                   std::nullopt, Points::zero()),
                    std::invalid_argument);

    // What was returned before counts: after one of two pieces, two more is too many but one is fine.
    lines[0].already_returned = Quantity::pieces(1);
    lines[0].already_refunded = Money::minor(500);
    lines[0].already_reversed_points = Points::of(5);
    CHECK_THROWS_AS(
        compute_refund(lines, {{0, Quantity::pieces(2)}}, p, kNow, tallinn(), std::nullopt, Points::zero()),
        std::invalid_argument);
    const auto rest =
        compute_refund(lines, {{0, Quantity::pieces(1)}}, p, kNow, tallinn(), std::nullopt, Points::zero());
    CHECK(rest.money_back == Money::minor(500));
    CHECK(rest.points_reversed == Points::of(5));

    // Two request lines for the same receipt line that fit are one return of their sum.
    const auto split =
        compute_refund({sold_line(3000, 900, 0, 9)}, {{0, Quantity::pieces(1)}, {0, Quantity::pieces(2)}}, p,
                       kNow, tallinn(), std::nullopt, Points::zero());
    CHECK(split.money_back == Money::minor(900));
    CHECK(split.points_reversed == Points::of(9));
}
