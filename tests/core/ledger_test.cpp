#include <catch2/catch.hpp>

#include <optional>
#include <random>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "kassa/core/ledger.hpp"

using namespace kassa;

namespace {

constexpr std::int64_t kDay = 86400;
// 2026-11-24T08:15:00Z: an ordinary Tuesday; the ledger arithmetic is zone-free.
constexpr Instant kNow{1795508100};

Instant days_from_now(std::int64_t days) {
    return Instant{kNow.unix_seconds + days * kDay};
}
Instant seconds_from_now(std::int64_t seconds) {
    return Instant{kNow.unix_seconds + seconds};
}

Lot lot(std::int64_t points, Instant available_at, std::optional<Instant> expires_at,
        std::int64_t ledger_order = 0) {
    Lot l;
    l.id = "lot-" + std::to_string(ledger_order);
    l.points = Points::of(points);
    l.available_at = available_at;
    l.expires_at = expires_at;
    l.ledger_order = ledger_order;
    return l;
}

// Index of lots by what they are, so expectations read as words.
struct Wallet {
    std::vector<Lot> lots;
    static constexpr std::size_t kSpendable = 0;     // 100, spendable, expires in 5 days
    static constexpr std::size_t kOnHold = 1;        // 50, becomes spendable in 3 days
    static constexpr std::size_t kExpiresNow = 2;    // 30, expires exactly now
    static constexpr std::size_t kAvailableNow = 3;  // 20, spendable from exactly now, never expires
    static constexpr std::size_t kLongExpired = 4;   // 7, expired a month ago
};

Wallet wallet() {
    Wallet w;
    w.lots = {
        lot(100, days_from_now(-10), days_from_now(5), 0),
        lot(50, days_from_now(3), days_from_now(100), 1),
        lot(30, days_from_now(-100), kNow, 2),
        lot(20, kNow, std::nullopt, 3),
        lot(7, days_from_now(-400), days_from_now(-30), 4),
    };
    return w;
}

// Rule 18 as a sortable key: expiry (none last), then available_at, then ledger order.
std::tuple<bool, std::int64_t, std::int64_t, std::int64_t> fifo_key(const Lot& l) {
    return {!l.expires_at.has_value(), l.expires_at ? l.expires_at->unix_seconds : 0,
            l.available_at.unix_seconds, l.ledger_order};
}

std::int64_t sum_of(const std::vector<LotConsumption>& consumed) {
    std::int64_t sum = 0;
    for (const auto& c : consumed) {
        sum += c.points.value();
    }
    return sum;
}

}  // namespace

TEST_CASE("available balance counts lots with available_at <= t < expires_at", "[core][ledger]") {
    const auto w = wallet();
    // At now: the 30-point lot has just expired and the 20-point lot has just become spendable.
    CHECK(available_balance(w.lots, kNow) == Points::of(100 + 20));
    // One second earlier the boundaries flip.
    CHECK(available_balance(w.lots, seconds_from_now(-1)) == Points::of(100 + 30));
    // When the hold ends the 50 points join; when the first lot expires they are gone.
    CHECK(available_balance(w.lots, days_from_now(3)) == Points::of(100 + 50 + 20));
    CHECK(available_balance(w.lots, seconds_from_now(5 * kDay - 1)) == Points::of(100 + 50 + 20));
    CHECK(available_balance(w.lots, days_from_now(5)) == Points::of(50 + 20));
    CHECK(available_balance(w.lots, days_from_now(100)) == Points::of(20));
    CHECK(available_balance({}, kNow) == Points::zero());

    CHECK(w.lots[Wallet::kSpendable].spendable_at(kNow));
    CHECK_FALSE(w.lots[Wallet::kOnHold].spendable_at(kNow));
    CHECK_FALSE(w.lots[Wallet::kExpiresNow].spendable_at(kNow));
    CHECK(w.lots[Wallet::kExpiresNow].expired_at(kNow));
    CHECK(w.lots[Wallet::kAvailableNow].spendable_at(kNow));
    CHECK_FALSE(w.lots[Wallet::kAvailableNow].expired_at(days_from_now(100000)));
}

TEST_CASE("pending balance is what is still on hold", "[core][ledger]") {
    const auto w = wallet();
    CHECK(pending_balance(w.lots, kNow) == Points::of(50));
    CHECK(pending_balance(w.lots, seconds_from_now(-1)) == Points::of(50 + 20));
    CHECK(pending_balance(w.lots, days_from_now(3)) == Points::zero());

    // A lot that would expire before its hold ends is not pending once its expiry has passed.
    const std::vector<Lot> odd{lot(9, days_from_now(10), days_from_now(2))};
    CHECK(pending_balance(odd, kNow) == Points::of(9));
    CHECK(pending_balance(odd, days_from_now(2)) == Points::zero());
    CHECK(available_balance(odd, days_from_now(5)) == Points::zero());
}

TEST_CASE("expiring_between counts spendable lots expiring from t up to, not including, until",
          "[core][ledger]") {
    const auto w = wallet();
    // The 100-point lot expires exactly at now + 5 days: outside [now, now + 5 days), inside one second
    // later.
    CHECK(expiring_between(w.lots, kNow, days_from_now(5)) == Points::zero());
    CHECK(expiring_between(w.lots, kNow, seconds_from_now(5 * kDay + 1)) == Points::of(100));
    // Lots that never expire, are on hold or have already expired are never "expiring".
    CHECK(expiring_between(w.lots, kNow, days_from_now(100000)) == Points::of(100));
    // Once the hold is over the 50 points count too.
    CHECK(expiring_between(w.lots, days_from_now(4), days_from_now(200)) == Points::of(100 + 50));
    // Seen from just before now, the lot expiring at now is within the next second.
    CHECK(expiring_between(w.lots, seconds_from_now(-1), seconds_from_now(1)) == Points::of(30));
}

TEST_CASE("FIFO order: earliest expiry, no expiry last, then available_at, then ledger order",
          "[core][ledger]") {
    // Given deliberately out of order; ledger_order is not the vector position.
    const std::vector<Lot> lots{
        lot(10, days_from_now(-50), std::nullopt, 0),       // 0: never expires -> last
        lot(10, days_from_now(-5), days_from_now(30), 1),   // 1: same expiry as 3 and 4, newest
        lot(10, days_from_now(-20), days_from_now(10), 2),  // 2: earliest expiry -> first
        lot(10, days_from_now(-10), days_from_now(30), 7),  // 3: ties with 4 on both dates, later ledger
        lot(10, days_from_now(-10), days_from_now(30), 4),  // 4: ties with 3, earlier ledger
        lot(10, days_from_now(1), days_from_now(2), 5),     // 5: expires soonest but on hold
        lot(10, days_from_now(-90), days_from_now(-1), 6),  // 6: already expired
        lot(0, days_from_now(-90), days_from_now(3), 8),    // 7: spent, nothing left
        lot(10, days_from_now(-60), std::nullopt, 9),       // 8: never expires, newer than 0
    };
    REQUIRE(available_balance(lots, kNow) == Points::of(60));

    const auto all = consume_fifo(lots, Points::of(60), kNow);
    std::vector<std::size_t> order;
    for (const auto& c : all) {
        order.push_back(c.lot_index);
        CHECK(c.points == Points::of(10));
    }
    CHECK(order == std::vector<std::size_t>{2, 4, 3, 1, 8, 0});

    // A partial redemption takes the rest from the next lot in line.
    const auto part = consume_fifo(lots, Points::of(25), kNow);
    REQUIRE(part.size() == 3);
    CHECK(part[0].lot_index == 2);
    CHECK(part[0].points == Points::of(10));
    CHECK(part[1].lot_index == 4);
    CHECK(part[1].points == Points::of(10));
    CHECK(part[2].lot_index == 3);
    CHECK(part[2].points == Points::of(5));

    CHECK(consume_fifo(lots, Points::zero(), kNow).empty());

    // sort_fifo puts the same rule on the lots themselves.
    auto sorted = lots;
    sort_fifo(sorted);
    std::vector<std::int64_t> sorted_orders;
    for (const auto& l : sorted) {
        sorted_orders.push_back(l.ledger_order);
    }
    // 6 (expired -1d), 5 (+2d), 8 (+3d, 0 points), 2 (+10d), then the +30d lots by available_at and ledger
    // order, then the never-expiring lots by available_at.
    CHECK(sorted_orders == std::vector<std::int64_t>{6, 5, 8, 2, 4, 7, 1, 9, 0});
}

TEST_CASE("redeeming more than the spendable balance throws", "[core][ledger]") {
    const auto w = wallet();
    REQUIRE(available_balance(w.lots, kNow) == Points::of(120));
    CHECK(sum_of(consume_fifo(w.lots, Points::of(120), kNow)) == 120);
    // Points on hold or expired do not make up the difference.
    CHECK_THROWS_AS(consume_fifo(w.lots, Points::of(121), kNow), std::invalid_argument);
    CHECK_THROWS_AS(consume_fifo(w.lots, Points::of(-1), kNow), std::invalid_argument);
    CHECK_THROWS_AS(consume_fifo({}, Points::of(1), kNow), std::invalid_argument);
}

TEST_CASE("FIFO consumption on random wallets takes exactly what was asked from spendable lots",
          "[core][ledger]") {
    std::mt19937_64 rng(0x1ED6E7);
    for (int round = 0; round < 2000; ++round) {
        CAPTURE(round);
        std::vector<Lot> lots;
        const auto n = static_cast<std::int64_t>(rng() % 8);
        for (std::int64_t i = 0; i < n; ++i) {
            const auto available = days_from_now(static_cast<std::int64_t>(rng() % 20) - 15);
            std::optional<Instant> expires;
            if (rng() % 3 != 0) {
                expires = Instant{available.unix_seconds + static_cast<std::int64_t>(rng() % 30 + 1) * kDay};
            }
            lots.push_back(lot(static_cast<std::int64_t>(rng() % 200), available, expires, i));
        }
        const std::int64_t balance = available_balance(lots, kNow).value();
        const std::int64_t ask =
            balance == 0 ? 0 : static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(balance + 1));
        const auto consumed = consume_fifo(lots, Points::of(ask), kNow);
        CHECK(sum_of(consumed) == ask);
        std::vector<bool> used(lots.size(), false);
        for (std::size_t k = 0; k < consumed.size(); ++k) {
            const Lot& l = lots[consumed[k].lot_index];
            CHECK(l.spendable_at(kNow));
            CHECK(consumed[k].points.value() > 0);
            CHECK(consumed[k].points <= l.points);
            CHECK_FALSE(used[consumed[k].lot_index]);
            used[consumed[k].lot_index] = true;
            // Only the last lot touched may be left partly full, and lots are taken in rule 18 order.
            if (k + 1 < consumed.size()) {
                CHECK(consumed[k].points == l.points);
                CHECK(fifo_key(l) < fifo_key(lots[consumed[k + 1].lot_index]));
            }
        }
        // No spendable lot that comes earlier in that order than the last one touched was passed over.
        if (!consumed.empty()) {
            const auto last = fifo_key(lots[consumed.back().lot_index]);
            for (std::size_t i = 0; i < lots.size(); ++i) {
                if (lots[i].spendable_at(kNow) && lots[i].points.value() > 0 && fifo_key(lots[i]) < last) {
                    CHECK(used[i]);
                }
            }
        }
        CHECK_THROWS_AS(consume_fifo(lots, Points::of(balance + 1), kNow), std::invalid_argument);
    }
}

TEST_CASE("expire_lots turns the remainders of lots with expires_at <= t into expiries", "[core][ledger]") {
    const auto w = wallet();
    const auto now = expire_lots(w.lots, kNow);
    REQUIRE(now.size() == 2);
    CHECK(now[0].lot_index == Wallet::kExpiresNow);
    CHECK(now[0].points == Points::of(30));
    CHECK(now[1].lot_index == Wallet::kLongExpired);
    CHECK(now[1].points == Points::of(7));

    // One second earlier the lot expiring at now is still alive.
    const auto before = expire_lots(w.lots, seconds_from_now(-1));
    REQUIRE(before.size() == 1);
    CHECK(before[0].lot_index == Wallet::kLongExpired);

    // Far in the future every lot with an expiry has gone; the one without never does.
    const auto later = expire_lots(w.lots, days_from_now(1000));
    std::int64_t expired = 0;
    for (const auto& e : later) {
        CHECK(e.lot_index != Wallet::kAvailableNow);
        expired += e.points.value();
    }
    CHECK(expired == 100 + 50 + 30 + 7);

    // A fully spent lot leaves nothing to expire.
    const std::vector<Lot> spent{lot(0, days_from_now(-10), days_from_now(-1))};
    CHECK(expire_lots(spent, kNow).empty());

    // After the expiry runs the balance is unchanged: expired remainders were never counted.
    auto after = w.lots;
    for (const auto& e : now) {
        after[e.lot_index].points -= e.points;
    }
    CHECK(available_balance(after, kNow) == available_balance(w.lots, kNow));
}
