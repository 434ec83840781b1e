// The till's background sync (docs/sync.md, "Background sync in the till") against a real PostgreSQL: the
// runner syncs at start, on its interval and at once when woken; with the server stopped it says offline
// since the first failed round with the sales and other rows waiting, and it recovers when the server comes
// back; a refused login is its own state; the till's commits never meet a busy file while it runs. Every
// wait is on the runner's status with a deadline; nothing sleeps.
#include <libpq-fe.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <memory>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/central/sync_runner.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/sync_log.hpp"
#include "postgres_server.hpp"

using namespace kassa;
using namespace std::chrono_literals;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;
using kassa::testing::PostgresServer;

namespace {

const Instant kNow = at("2026-11-25T10:30:00+02:00");
constexpr auto kDeadline = 60s;  // generous for a loaded machine under ASan; a pass takes well under a second

// A clock the test moves while the runner's thread reads it.
class SharedClock final : public Clock {
  public:
    explicit SharedClock(Instant start) : seconds_(start.unix_seconds) {}
    [[nodiscard]] Instant now() const override { return Instant{seconds_.load()}; }
    void set(Instant instant) { seconds_.store(instant.unix_seconds); }

  private:
    std::atomic<std::int64_t> seconds_;
};

// A second till of the boutique: its own shop file with the same settings and rules, and nobody enrolled.
struct SecondTill {
    testing::TempDir dir;
    std::string path = dir.file("till2.kassa");
    store::Store store{path, store::Database::Mode::create_if_missing};

    SecondTill() {
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store.shop().save_settings(settings);
        store.rules().save_rules(testing::boutique_document(), store::Actor{"maria"}, "first rules",
                                 at("2026-01-01T10:00:00Z"));
    }
};

central::Address address(const PostgresServer& server) {
    return central::Address{server.url(), server.password_file()};
}

struct TwoTills {
    PostgresServer server;
    BoutiqueShop till1;
    SecondTill till2;

    TwoTills() {
        central::Central admin(address(server));
        admin.init();
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        central::join(till1.store, address(server), "Tallinn", "till 1", kNow);
        central::join(till2.store, address(server), "Tallinn", "till 2", kNow);
    }
};

// Rows at the central, counted as the fixture's superuser.
std::int64_t central_count(const PostgresServer& server, const char* table) {
    const std::string password = PostgresServer::password();
    const std::string url = server.url();
    const char* keywords[] = {"dbname", "password", nullptr};
    const char* values[] = {url.c_str(), password.c_str(), nullptr};
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdbParams(keywords, values, 1), &PQfinish);
    REQUIRE(PQstatus(conn.get()) == CONNECTION_OK);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(conn.get(), (std::string("SELECT count(*) FROM ") + table).c_str()), &PQclear);
    REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
    return std::stoll(PQgetvalue(result.get(), 0, 0));
}

void sell_dress(BoutiqueShop& shop) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = shop.olga;
    sale.card_number = testing::kOlgaCard;
    sale.cashier_id = shop.anna;
    sale.at = kNow;
    sale.shift_id = shop.shift;
    sale.lines = {store::SaleLine{
        "DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false}};
    sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10000)}};
    shop.store.sales().commit_sale(sale, shop.rules);
}

std::int64_t balance(store::Store& store, const std::string& customer) {
    const auto c = store.customers().customer(customer);
    REQUIRE(c);
    return c->balance.value();
}

central::SyncRunnerOptions every(std::chrono::milliseconds interval) {
    central::SyncRunnerOptions options;
    options.interval = interval;
    return options;
}

bool in_sync_after(const central::SyncStatus& s, std::int64_t rounds) {
    return s.rounds > rounds && s.state == central::SyncState::in_sync;
}

}  // namespace

TEST_CASE("The background runner syncs at start and at once when woken after a sale and stops at once",
          "[sync][runner]") {
    TwoTills t;
    SharedClock clock(kNow);
    // An hour between rounds: every round after the first one below comes from a wake-up.
    central::SyncRunner runner(t.till1.path, clock, every(1h));
    REQUIRE(runner.start());
    REQUIRE(runner.wait_for([](const central::SyncStatus& s) { return s.rounds >= 1; }, kDeadline));
    auto status = runner.status();
    CHECK(status.state == central::SyncState::in_sync);
    CHECK(status.last_synced == kNow);
    CHECK_FALSE(status.failing_since);
    CHECK(status.sales_waiting == 0);
    CHECK(status.other_waiting == 0);
    CHECK(store::SyncLog(t.till1.store).waiting() == 0);  // the history the join queued went

    // A sale on the till's own connection while the runner keeps its own; the till wakes the runner.
    sell_dress(t.till1);
    CHECK(store::SyncLog(t.till1.store).waiting_by_kind().sales == 1);
    const std::int64_t before = runner.status().rounds;
    runner.wake();
    REQUIRE(runner.wait_for(
        [&](const central::SyncStatus& s) { return in_sync_after(s, before) && s.sales_waiting == 0; },
        kDeadline));
    CHECK(store::SyncLog(t.till1.store).waiting() == 0);
    CHECK(central_count(t.server, "receipts") == 1);
    central::sync(t.till2.store, kNow);
    CHECK(balance(t.till2.store, t.till1.olga) == balance(t.till1.store, t.till1.olga));

    // Stopping wakes the thread from its hour's wait instead of waiting it out.
    const auto stop_began = std::chrono::steady_clock::now();
    runner.stop();
    CHECK(std::chrono::steady_clock::now() - stop_began < 10s);
    runner.stop();  // again: nothing to do
}

TEST_CASE("The background runner pulls on its own every interval without being woken", "[sync][runner]") {
    TwoTills t;
    SharedClock clock(kNow);
    central::SyncRunner runner(t.till2.path, clock, every(50ms));
    REQUIRE(runner.start());
    REQUIRE(runner.wait_for([](const central::SyncStatus& s) { return s.rounds >= 1; }, kDeadline));
    // Till 1 sells and sends; till 2's runner is never woken.
    sell_dress(t.till1);
    REQUIRE(central::sync(t.till1.store, kNow).pushed > 0);
    const std::int64_t after_push = runner.status().rounds;
    // The round in flight may have read the central before the push: two more rounds, and one of them began
    // after it.
    REQUIRE(runner.wait_for([&](const central::SyncStatus& s) { return in_sync_after(s, after_push + 1); },
                            kDeadline));
    const auto olga = t.till2.store.customers().find_by_card(testing::kOlgaCard);
    REQUIRE(olga.customer);
    CHECK(balance(t.till2.store, t.till1.olga) == balance(t.till1.store, t.till1.olga));
    CHECK(balance(t.till2.store, t.till1.olga) > 0);
}

TEST_CASE("The owner's new sync interval applies at once to a running runner", "[sync][runner]") {
    TwoTills t;
    SharedClock clock(kNow);
    central::SyncRunner runner(t.till2.path, clock, every(std::chrono::hours(1)));
    REQUIRE(runner.start());
    REQUIRE(runner.wait_for([](const central::SyncStatus& s) { return s.rounds >= 1; }, kDeadline));
    // An hour between rounds: nothing more would happen within the test's deadline...
    runner.set_interval(50ms);
    // ...but a round now, and then one every 50 ms.
    CHECK(runner.wait_for([](const central::SyncStatus& s) { return s.rounds >= 4; }, kDeadline));
}

TEST_CASE(
    "The background runner says offline since the first failed round with the sales to send and recovers",
    "[sync][runner]") {
    TwoTills t;
    SharedClock clock(kNow);
    central::SyncRunner runner(t.till1.path, clock, every(1h));
    REQUIRE(runner.start());
    REQUIRE(runner.wait_for([](const central::SyncStatus& s) { return in_sync_after(s, 0); }, kDeadline));

    t.server.stop();
    const Instant first_failure = at("2026-11-25T10:42:00+02:00");
    clock.set(first_failure);
    sell_dress(t.till1);
    sell_dress(t.till1);
    std::int64_t rounds = runner.status().rounds;
    runner.wake();
    REQUIRE(runner.wait_for([&](const central::SyncStatus& s) { return s.rounds > rounds; }, kDeadline));
    auto status = runner.status();
    CHECK(status.state == central::SyncState::offline);
    CHECK(status.problem == central::CentralProblem::unreachable);
    CHECK(status.value == t.server.dir());
    CHECK(status.failing_since == first_failure);
    CHECK(status.last_synced == kNow);
    CHECK(status.sales_waiting == 2);
    CHECK(status.other_waiting == store::SyncLog(t.till1.store).waiting() - 2);
    CHECK(status.other_waiting > 0);  // the points of the two sales

    // Still offline later, one more sale: the time stays the first failure's, the count grows.
    clock.set(at("2026-11-25T10:50:00+02:00"));
    sell_dress(t.till1);
    rounds = status.rounds;
    runner.wake();
    REQUIRE(runner.wait_for([&](const central::SyncStatus& s) { return s.rounds > rounds; }, kDeadline));
    status = runner.status();
    CHECK(status.state == central::SyncState::offline);
    CHECK(status.failing_since == first_failure);
    CHECK(status.checked_at == at("2026-11-25T10:50:00+02:00"));
    CHECK(status.sales_waiting == 3);

    // The server is back: the next round (here woken; the interval would do it too) sends everything.
    t.server.start();
    const Instant back = at("2026-11-25T10:55:00+02:00");
    clock.set(back);
    rounds = status.rounds;
    runner.wake();
    REQUIRE(
        runner.wait_for([&](const central::SyncStatus& s) { return in_sync_after(s, rounds); }, kDeadline));
    status = runner.status();
    CHECK_FALSE(status.failing_since);
    CHECK(status.last_synced == back);
    CHECK(status.sales_waiting == 0);
    CHECK(status.other_waiting == 0);
    CHECK(central_count(t.server, "receipts") == 3);
}

TEST_CASE("The background runner reports a refused login as refused and not as offline", "[sync][runner]") {
    TwoTills t;
    SharedClock clock(kNow);
    // The till's own password file (join made it; the till never uses the admin's), made wrong.
    const auto membership = store::SyncLog(t.till1.store).membership();
    REQUIRE(membership);
    std::string password;
    {
        std::ifstream file(membership->password_file);
        std::getline(file, password);
    }
    {
        std::ofstream wrong(membership->password_file, std::ios::trunc);  // keeps the file's 0600
        wrong << "not-the-password\n";
    }
    central::SyncRunner runner(t.till1.path, clock, every(1h));
    REQUIRE(runner.start());
    REQUIRE(runner.wait_for([](const central::SyncStatus& s) { return s.rounds >= 1; }, kDeadline));
    auto status = runner.status();
    CHECK(status.state == central::SyncState::refused);
    CHECK(status.problem == central::CentralProblem::login_refused);
    CHECK(status.value.rfind("kassa_till_", 0) == 0);  // the till's own login
    CHECK(status.failing_since == kNow);
    CHECK(status.other_waiting > 0);  // the history the join queued: nothing was lost

    {
        std::ofstream right(membership->password_file, std::ios::trunc);
        right << password << '\n';
    }
    runner.wake();
    REQUIRE(runner.wait_for([](const central::SyncStatus& s) { return in_sync_after(s, 1); }, kDeadline));
    CHECK(runner.status().other_waiting == 0);
}

TEST_CASE("A shop file that did not join starts no background runner", "[sync][runner]") {
    BoutiqueShop till;
    SharedClock clock(kNow);
    central::SyncRunner runner(till.path, clock);
    CHECK_FALSE(runner.start());
    CHECK(runner.status().state == central::SyncState::not_member);
    runner.wake();  // the till wakes it after each sale all the same: nothing happens
    CHECK(runner.status().rounds == 0);
}

TEST_CASE("A shop file that cannot be opened starts no background runner and says so", "[sync][runner]") {
    testing::TempDir dir;
    SharedClock clock(kNow);
    central::SyncRunner runner(dir.file("gone.kassa"), clock);
    CHECK_FALSE(runner.start());
    CHECK(runner.status().state == central::SyncState::shop_file_problem);
    CHECK(runner.status().store_failure == store::FailureKind::missing);
}

TEST_CASE("Sales and enrolments commit while both tills sync in a tight loop and none meets a busy file",
          "[sync][runner]") {
    TwoTills t;
    SharedClock clock(kNow);
    // Rounds back to back: the runners' writes (acknowledgements, pulled rows) meet the tills' commits as
    // often as they can.
    central::SyncRunner runner1(t.till1.path, clock, every(1ms));
    central::SyncRunner runner2(t.till2.path, clock, every(1ms));
    REQUIRE(runner1.start());
    REQUIRE(runner2.start());
    constexpr int kSales = 30;
    for (int i = 0; i < kSales; ++i) {
        sell_dress(t.till1);  // a StoreError (busy) would fail the test here
        runner1.wake();
        store::Enrolment e;
        e.first_name = "Guest " + std::to_string(i);
        e.phone = "5555 " + std::to_string(1000 + i);
        e.consents = store::Consents{true, false, false};
        t.till2.store.customers().enrol(e, kNow);
        runner2.wake();
    }
    const std::int64_t rounds1 = runner1.status().rounds;
    const std::int64_t rounds2 = runner2.status().rounds;
    REQUIRE(runner1.wait_for(
        [&](const central::SyncStatus& s) {
            return in_sync_after(s, rounds1) && s.sales_waiting == 0 && s.other_waiting == 0;
        },
        kDeadline));
    REQUIRE(runner2.wait_for(
        [&](const central::SyncStatus& s) { return in_sync_after(s, rounds2) && s.other_waiting == 0; },
        kDeadline));
    runner1.stop();
    runner2.stop();
    CHECK(central_count(t.server, "receipts") == kSales);
    CHECK(central_count(t.server, "customers") == kSales + 1);  // the guests and Olga
    central::sync(t.till1.store, kNow);
    central::sync(t.till2.store, kNow);
    CHECK(balance(t.till2.store, t.till1.olga) == balance(t.till1.store, t.till1.olga));
    CHECK(t.till1.store.customers().find_by_phone("5555 1029").customer);
}
