// Several tills of one business sync through a real PostgreSQL (docs/sync.md): a customer enrolled at one
// till is found at the other, her points count everywhere, a batch sent twice changes nothing, another
// company sees nothing, a sync with the server down says so, loses nothing and the next one resumes.
#include <SQLiteCpp/SQLiteCpp.h>
#include <libpq-fe.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <memory>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/sync_log.hpp"
#include "postgres_server.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;
using kassa::testing::PostgresServer;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

// A second till of the boutique: its own shop file with the same settings and rules, and nobody enrolled.
struct SecondTill {
    testing::TempDir dir;
    std::string path = dir.file("till2.kassa");
    store::Store store{path, store::Database::Mode::create_if_missing};
    CompiledRules rules = testing::compile(testing::boutique_document());

    SecondTill() {
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store.shop().save_settings(settings);
        store.rules().save_rules(testing::boutique_document(), store::Actor{"maria"}, "first rules",
                                 at("2026-01-01T10:00:00Z"));
    }
};

// The central database as the test's own client sees it (the fixture's superuser), for counting rows.
class Probe {
  public:
    explicit Probe(const PostgresServer& server) {
        const std::string password = PostgresServer::password();
        const std::string url = server.url();
        const char* keywords[] = {"dbname", "password", nullptr};
        const char* values[] = {url.c_str(), password.c_str(), nullptr};
        conn_.reset(PQconnectdbParams(keywords, values, 1));
        REQUIRE(PQstatus(conn_.get()) == CONNECTION_OK);
    }
    std::string text(const std::string& sql) {
        std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn_.get(), sql.c_str()), &PQclear);
        INFO(sql << ": " << PQerrorMessage(conn_.get()));
        REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
        return PQgetisnull(result.get(), 0, 0) ? std::string() : PQgetvalue(result.get(), 0, 0);
    }
    std::int64_t number(const std::string& sql) { return std::stoll(text(sql)); }
    // Every row of every table the tills write, in key order: equal digests, equal data.
    std::string digest() {
        std::string out;
        for (const char* table : {"customers", "cards", "consents", "receipts", "receipt_lines", "payments",
                                  "ledger", "lots", "lot_movements", "refunds", "refund_lines"}) {
            out += text(std::string("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY "
                                    "t::text)), '') FROM ") +
                        table + " t") +
                   "\n";
        }
        return out;
    }

  private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn_{nullptr, &PQfinish};
};

central::Address address(const PostgresServer& server) {
    return central::Address{server.url(), server.password_file()};
}

std::int64_t ledger_sum(store::Store& store, const std::string& customer) {
    SQLite::Statement q(store.database().sql(),
                        "SELECT coalesce(sum(points), 0) FROM ledger WHERE customer_id = ?");
    q.bind(1, customer);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

std::int64_t balance(store::Store& store, const std::string& customer) {
    const auto c = store.customers().customer(customer);
    REQUIRE(c);
    return c->balance.value();
}

// A linen dress for Olga at till 1, paid in cash: the boutique's rules give her points for it.
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
    const auto result = shop.store.sales().commit_sale(sale, shop.rules);
    REQUIRE(result.quote.totals.points_earned.value() > 0);
}

// The company "Liis OÜ" with the shop "Tallinn", and both tills joined.
struct TwoTills {
    PostgresServer server;
    BoutiqueShop till1;
    SecondTill till2;

    TwoTills() {
        central::Central admin(address(server));
        REQUIRE(admin.init() == central::Central::current_schema_version());
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        central::join(till1.store, address(server), "Tallinn", "till 1", kNow);
        central::join(till2.store, address(server), "Tallinn", "till 2", kNow);
    }
};

}  // namespace

TEST_CASE(
    "A customer enrolled at one till is found at the other after both sync and her points count at both",
    "[sync]") {
    TwoTills t;
    sell_dress(t.till1);
    const auto first = central::sync(t.till1.store, kNow);
    CHECK(first.pushed > 0);
    CHECK(first.waiting == 0);
    const auto second = central::sync(t.till2.store, kNow);
    CHECK(second.pulled > 0);
    CHECK(second.conflicts == 0);

    const auto by_card = t.till2.store.customers().find_by_card(testing::kOlgaCard);
    REQUIRE(by_card.customer);
    CHECK(by_card.customer->id == t.till1.olga);
    CHECK(by_card.customer->first_name == "Olga");
    const auto by_phone = t.till2.store.customers().find_by_phone("5123 4567");
    REQUIRE(by_phone.customer);
    CHECK(by_phone.customer->id == t.till1.olga);
    CHECK(by_phone.customer->consents.sms);

    const std::int64_t points = balance(t.till1.store, t.till1.olga);
    CHECK(points > 0);
    CHECK(balance(t.till2.store, t.till1.olga) == points);
    CHECK(ledger_sum(t.till2.store, t.till1.olga) == points);
    Probe probe(t.server);
    CHECK(probe.number("SELECT sum(points) FROM ledger") == points);
    CHECK(probe.number("SELECT count(*) FROM receipts") == 1);
    CHECK(probe.number("SELECT count(*) FROM receipt_lines") == 1);

    // Till 2 spends some of them; after both sync, both tills agree, lot by lot.
    t.till2.store.customers().adjust_points(store::CustomerId{t.till1.olga}, Points::of(-10), "gift wrapping",
                                            store::Actor{"maria"}, kNow);
    CHECK(central::sync(t.till2.store, kNow).pushed > 0);
    CHECK(central::sync(t.till1.store, kNow).pulled > 0);
    CHECK(balance(t.till1.store, t.till1.olga) == points - 10);
    CHECK(balance(t.till2.store, t.till1.olga) == points - 10);
    CHECK(ledger_sum(t.till1.store, t.till1.olga) == points - 10);
    const char* lots =
        "SELECT group_concat(id || ':' || remaining, ',') FROM (SELECT id, remaining FROM lots ORDER BY id)";
    CHECK(t.till1.store.database().sql().execAndGet(lots).getString() ==
          t.till2.store.database().sql().execAndGet(lots).getString());
    CHECK(probe.number("SELECT sum(points) FROM ledger") == points - 10);
    // Nothing went back and forth: a round with nothing new sends and receives nothing.
    const auto quiet = central::sync(t.till1.store, kNow);
    CHECK(quiet.pushed == 0);
    CHECK(quiet.pulled == 0);
    CHECK(store::SyncLog(t.till2.store).conflicts().empty());
}

TEST_CASE("A batch pushed twice after a crash before its acknowledgement changes nothing", "[sync]") {
    TwoTills t;
    sell_dress(t.till1);
    // The shop file as it was before the sync: the batch is still waiting in its outbox, as after a crash
    // between the central's commit and the till's acknowledgement.
    const std::string before = t.till1.dir.file("before.kassa");
    t.till1.store.database().sql().exec("VACUUM INTO '" + before + "'");
    const auto first = central::sync(t.till1.store, kNow);
    REQUIRE(first.pushed > 0);
    Probe probe(t.server);
    const std::string digest = probe.digest();

    store::Store crashed(before, store::Database::Mode::open_existing);
    CHECK(store::SyncLog(crashed).waiting() == first.pushed);
    const auto again = central::sync(crashed, kNow);
    CHECK(again.pushed == first.pushed);
    CHECK(again.waiting == 0);
    CHECK(probe.digest() == digest);
    // The other till still receives each row once.
    central::sync(t.till2.store, kNow);
    CHECK(balance(t.till2.store, t.till1.olga) == balance(t.till1.store, t.till1.olga));
    CHECK(t.till2.store.database().sql().execAndGet("SELECT count(*) FROM customers").getInt64() == 1);
}

TEST_CASE("A till of another company sees nothing of the first company", "[sync]") {
    TwoTills t;
    sell_dress(t.till1);
    central::sync(t.till1.store, kNow);
    {
        central::Central admin(address(t.server));
        admin.add_company("Other Shoes AS");
        admin.add_shop("Other Shoes AS", "Tartu");
    }
    SecondTill other;
    central::join(other.store, address(t.server), "Tartu", "till 1", kNow);
    const auto round = central::sync(other.store, kNow);
    CHECK(round.pulled == 0);
    CHECK(other.store.database().sql().execAndGet("SELECT count(*) FROM customers").getInt64() == 0);
    CHECK(other.store.database().sql().execAndGet("SELECT count(*) FROM ledger").getInt64() == 0);
    CHECK_FALSE(other.store.customers().find_by_card(testing::kOlgaCard).customer);

    // Its own customer stays in its company: the boutique's tills never see her.
    store::Enrolment e;
    e.first_name = "Mari";
    e.phone = "5555 0101";
    e.consents = store::Consents{true, false, false};
    other.store.customers().enrol(e, kNow);
    CHECK(central::sync(other.store, kNow).pushed > 0);
    CHECK(central::sync(t.till2.store, kNow).pulled > 0);  // Olga and her points
    CHECK_FALSE(t.till2.store.customers().find_by_phone("5555 0101").customer);
    Probe probe(t.server);
    CHECK(probe.number("SELECT count(*) FROM customers c JOIN companies o ON o.id = c.company_id "
                       "WHERE o.name = 'Other Shoes AS'") == 1);
}

TEST_CASE("A sync with the central database down says so and loses nothing and the next sync resumes",
          "[sync]") {
    TwoTills t;
    central::sync(t.till1.store, kNow);
    sell_dress(t.till1);
    const std::int64_t waiting = store::SyncLog(t.till1.store).waiting();
    REQUIRE(waiting > 0);
    t.server.stop();
    try {
        central::sync(t.till1.store, kNow);
        FAIL("a sync with the server down returned");
    } catch (const central::CentralError& e) {
        CHECK(e.problem() == central::CentralProblem::unreachable);
        CHECK(e.value() == t.server.dir());
        CHECK(std::string(e.what()).find(PostgresServer::password()) == std::string::npos);
    }
    CHECK(store::SyncLog(t.till1.store).waiting() == waiting);
    // The till sells on.
    sell_dress(t.till1);
    t.server.start();
    const auto resumed = central::sync(t.till1.store, kNow);
    CHECK(resumed.pushed > waiting);
    CHECK(resumed.waiting == 0);
    central::sync(t.till2.store, kNow);
    CHECK(balance(t.till2.store, t.till1.olga) == balance(t.till1.store, t.till1.olga));
    Probe probe(t.server);
    CHECK(probe.number("SELECT count(*) FROM receipts") == 2);
}

TEST_CASE(
    "Points taken at two tills that did not see each other are kept in the ledger and listed as a conflict",
    "[sync]") {
    TwoTills t;
    central::sync(t.till1.store, kNow);
    central::sync(t.till2.store, kNow);
    const std::int64_t points = balance(t.till1.store, t.till1.olga);
    REQUIRE(points > 0);
    REQUIRE(balance(t.till2.store, t.till1.olga) == points);
    // Both tills offline: each spends all of her points.
    t.till1.store.customers().adjust_points(store::CustomerId{t.till1.olga}, Points::of(-points),
                                            "spent at till 1", store::Actor{"anna"}, kNow);
    t.till2.store.customers().adjust_points(store::CustomerId{t.till1.olga}, Points::of(-points),
                                            "spent at till 2", store::Actor{"anna"}, kNow);
    central::sync(t.till1.store, kNow);
    central::sync(t.till2.store, kNow);
    central::sync(t.till1.store, kNow);
    for (store::Store* s : {&t.till1.store, &t.till2.store}) {
        CHECK(balance(*s, t.till1.olga) == -points);
        CHECK(ledger_sum(*s, t.till1.olga) == -points);
        const auto conflicts = store::SyncLog(*s).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.front().kind == store::SyncConflictKind::overdrawn_lot);
        CHECK(conflicts.front().points == points);
    }
}

TEST_CASE("Joining and syncing refuse bad input with a typed problem and change nothing", "[sync]") {
    PostgresServer server;
    BoutiqueShop till;
    const auto problem = [](const auto& call) {
        try {
            call();
        } catch (const central::CentralError& e) {
            CHECK(std::string(e.what()).find(PostgresServer::password()) == std::string::npos);
            return e.problem();
        }
        FAIL("no problem");
        return central::CentralProblem::server_refused;
    };
    using P = central::CentralProblem;
    CHECK(problem([&] { central::sync(till.store, kNow); }) == P::not_a_member);
    CHECK(problem([&] { central::join(till.store, address(server), "Tallinn", "till 1", kNow); }) ==
          P::not_initialised);
    {
        central::Central admin(address(server));
        admin.init();
        CHECK(admin.init() == central::Central::current_schema_version());  // twice: nothing to do
        admin.add_company("Liis OÜ");
        CHECK(problem([&] { admin.add_company("Liis OÜ"); }) == P::company_exists);
        CHECK(problem([&] { admin.add_company(""); }) == P::name_invalid);
        CHECK(problem([&] { admin.add_shop("Nobody", "Tallinn"); }) == P::no_such_company);
        admin.add_shop("Liis OÜ", "Tallinn");
        CHECK(problem([&] { admin.add_shop("Liis OÜ", "Tallinn"); }) == P::shop_exists);
    }
    const std::string with_password =
        "postgresql://kassa:" + PostgresServer::password() + "@/postgres?host=" + server.dir();
    CHECK(problem([&] { central::Central c(central::Address{with_password, {}}); }) == P::password_in_url);
    CHECK(problem([&] { central::Central c(central::Address{"postgresql://[nonsense", {}}); }) == P::bad_url);
    CHECK(problem([&] {
              central::Central c(central::Address{server.url(), server.dir() + "/missing"});
          }) == P::password_file_unreadable);
    const std::string open_file = till.dir.file("open.pw");
    std::ofstream(open_file) << PostgresServer::password() << '\n';
    ::chmod(open_file.c_str(), 0644);
    CHECK(problem([&] {
              central::Central c(central::Address{server.url(), open_file});
          }) == P::password_file_open_to_others);
    const std::string wrong = till.dir.file("wrong.pw");
    std::ofstream(wrong) << "not-the-password\n";
    ::chmod(wrong.c_str(), 0600);
    CHECK(problem([&] { central::Central c(central::Address{server.url(), wrong}); }) == P::login_refused);
    CHECK(problem([&] { central::join(till.store, address(server), "Tartu", "till 1", kNow); }) ==
          P::no_such_shop);
    CHECK_FALSE(store::SyncLog(till.store).membership());

    central::join(till.store, address(server), "Tallinn", "till 1", kNow);
    central::join(till.store, address(server), "Tallinn", "till 1", kNow);  // again: nothing changes
    SecondTill other;
    CHECK(problem([&] { central::join(other.store, address(server), "Tallinn", "till 1", kNow); }) ==
          P::till_taken);
    CHECK_FALSE(store::SyncLog(other.store).membership());
    CHECK(problem([&] { central::join(till.store, address(server), "Tallinn", "till 9", kNow); }) ==
          P::already_member);
    CHECK(store::SyncLog(till.store).membership()->till_name == "till 1");
}

namespace {

struct Run {
    int status = 0;
    std::string output;  // stdout and stderr
};

Run kassactl(const std::string& arguments) {
    Run run;
    FILE* pipe = ::popen((std::string(KASSACTL) + " " + arguments + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        run.output.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string shell_quoted(const std::string& text) {
    return "'" + text + "'";
}

}  // namespace

TEST_CASE(
    "kassactl sets up the central database joins two tills and syncs them with the password in a file only",
    "[sync]") {
    PostgresServer server;
    BoutiqueShop till1;
    SecondTill till2;
    const std::string office =
        "--url " + shell_quoted(server.url()) + " --password-file " + shell_quoted(server.password_file());

    const Run init = kassactl("central init " + office);
    INFO(init.output);
    CHECK(init.status == 0);
    CHECK(init.output ==
          "ok: central schema version " + std::to_string(central::Central::current_schema_version()) + "\n");
    const Run company = kassactl("central company add " + office + " 'Liis OÜ'");
    CHECK(company.status == 0);
    CHECK(company.output.size() == 37);  // a UUID and the line's end
    CHECK(kassactl("central shop add " + office + " --company 'Liis OÜ' Tallinn").status == 0);
    const Run join = kassactl("central join " + office + " --db " + shell_quoted(till1.path) +
                              " --shop Tallinn --till 'till 1'");
    INFO(join.output);
    CHECK(join.status == 0);
    CHECK(join.output.find("rows wait for the first sync") != std::string::npos);
    CHECK(kassactl("central join " + office + " --db " + shell_quoted(till2.path) +
                   " --shop Tallinn --till 'till 2'")
              .status == 0);
    const Run taken = kassactl("central join " + office + " --db " + shell_quoted(till2.path) +
                               " --shop Tallinn --till 'till 1'");
    CHECK(taken.status == 2);
    CHECK(taken.output.find("already") != std::string::npos);

    const Run sync1 = kassactl("sync --db " + shell_quoted(till1.path));
    INFO(sync1.output);
    CHECK(sync1.status == 0);
    CHECK(sync1.output.rfind("ok: sent ", 0) == 0);
    const Run sync2 = kassactl("sync --db " + shell_quoted(till2.path));
    INFO(sync2.output);
    CHECK(sync2.status == 0);
    CHECK(sync2.output.find("received 0 rows") == std::string::npos);
    const auto olga = till2.store.customers().find_by_card(testing::kOlgaCard);
    REQUIRE(olga.customer);
    CHECK(olga.customer->balance == till1.store.customers().customer(till1.olga)->balance);

    // The password never goes on a command line: an address with one is refused, and not repeated.
    const std::string with_password =
        "postgresql://kassa:" + PostgresServer::password() + "@/postgres?host=" + server.dir();
    const Run refused = kassactl("central init --url " + shell_quoted(with_password));
    CHECK(refused.status == 2);
    CHECK(refused.output.find("without it") != std::string::npos);
    CHECK(refused.output.find(PostgresServer::password()) == std::string::npos);

    server.stop();
    const Run offline = kassactl("sync --db " + shell_quoted(till1.path));
    CHECK(offline.status == 1);
    CHECK(offline.output.find("does not answer") != std::string::npos);
    SecondTill unjoined;
    const Run not_member = kassactl("sync --db " + shell_quoted(unjoined.path));
    CHECK(not_member.status == 2);
    CHECK(not_member.output.find("join it first") != std::string::npos);
}
