// Faults in the middle of a sync round (docs/sync.md, "Failures"): the central restarted or the till's
// connection ended in the middle of a batch, `kassactl sync` killed with SIGKILL mid-push and mid-pull, a
// full disk at the till during a pull, a central upgraded by a newer Kassa, a till presenting another
// company's ids. Each is refused with its typed problem and sentence (or simply dies), and the next sync
// resumes with nothing lost and nothing doubled: the central holds each row once, both tills end equal.
#include <catch2/catch.hpp>

#include "central_support.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::CentralProbe;
using kassa::testing::PostgresServer;
using kassa::testing::SyncChild;
using kassa::testing::TillFile;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");
constexpr int kBatch = 5;  // rows per batch: a round of a busy day has many batches

// The company "Liis OÜ" with the shop "Tallinn" and two tills joined; till 1 had a busy day (four customers
// enrolled with their welcome points, each sold a dress): about forty rows wait, eight batches of five.
struct Shop {
    PostgresServer server;
    testing::TempDir dir;
    TillFile till1{dir.file("till1.kassa")};
    TillFile till2{dir.file("till2.kassa")};
    CompiledRules rules = testing::compile(testing::boutique_document());
    std::vector<std::string> customers;
    std::string company;

    Shop() {
        central::Central admin(testing::central_address(server));
        admin.init();
        company = admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        central::join(*till1.store, testing::central_address(server), "Tallinn", "till 1", kNow);
        central::join(*till2.store, testing::central_address(server), "Tallinn", "till 2", kNow);
        for (int i = 0; i < 4; ++i) {
            store::Enrolment e;
            e.first_name = "Customer " + std::to_string(i);
            e.phone = "5100 000" + std::to_string(i);
            e.consents = store::Consents{true, true, false};
            e.card_number = "LIIS0000" + std::to_string(i);
            customers.push_back(till1.store->customers().enrol(e, kNow, &rules));
            sell(till1, customers.back());
        }
    }

    void sell(TillFile& till, const std::string& customer) const {
        store::Sale sale;
        sale.receipt_id = store::new_id();
        sale.customer_id = customer;
        sale.cashier_id = till.cashier;
        sale.at = kNow;
        sale.lines = {store::SaleLine{
            "DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false}};
        sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10000)}};
        till.store->sales().commit_sale(sale, rules);
    }

    std::int64_t waiting(TillFile& till) const { return store::SyncLog(*till.store).waiting(); }
    std::int64_t cursor(TillFile& till) const {
        return store::SyncLog(*till.store).membership()->pull_cursor;
    }

    // Both tills and the central agree: every row of till 1 is at the central once, till 2 has every
    // customer, ledger entry and lot of till 1 with the same balances, and both files pass db check.
    void check_converged() {
        CentralProbe probe(server);
        CHECK(waiting(till1) == 0);
        CHECK(waiting(till2) == 0);
        for (const char* table : {"customers", "cards", "receipts", "ledger", "lots", "lot_movements"}) {
            INFO(table);
            CHECK(probe.number(std::string("SELECT count(*) FROM ") + table) ==
                  till1.number(std::string("SELECT count(*) FROM ") + table));
        }
        CHECK(probe.number("SELECT count(*) FROM receipt_lines") ==
              till1.number("SELECT count(*) FROM receipt_lines"));
        for (const char* table : {"customers", "cards", "ledger", "lots"}) {
            INFO(table);
            CHECK(till2.number(std::string("SELECT count(*) FROM ") + table) ==
                  till1.number(std::string("SELECT count(*) FROM ") + table));
        }
        const char* balances =
            "SELECT group_concat(id || ':' || balance_cached, ',') FROM (SELECT id, "
            "balance_cached FROM customers ORDER BY id)";
        CHECK(till1.text(balances) == till2.text(balances));
        const char* lots =
            "SELECT group_concat(id || ':' || remaining, ',') FROM (SELECT id, remaining FROM lots ORDER BY "
            "id)";
        CHECK(till1.text(lots) == till2.text(lots));
        CHECK(probe.number("SELECT coalesce(sum(points), 0) FROM ledger") ==
              till2.number("SELECT coalesce(sum(points), 0) FROM ledger"));
        CHECK(till1.store->maintenance().check().empty());
        CHECK(till2.store->maintenance().check().empty());
    }

    // One round at each till, in process: till 1 sends, till 2 receives.
    void sync_both() {
        central::sync(*till1.store, kNow);
        central::sync(*till2.store, kNow);
    }
};

central::SyncOptions small_batches() {
    central::SyncOptions options;
    options.batch_rows = kBatch;
    return options;
}

// The problem the call throws, with its sentence checked for the password.
template <typename Call>
central::CentralError central_failure(const Call& call) {
    try {
        call();
    } catch (const central::CentralError& e) {
        CHECK(std::string(e.what()).find(PostgresServer::password()) == std::string::npos);
        return e;
    }
    FAIL("the round did not fail");
    return central::CentralError(central::CentralProblem::server_refused, {});
}

}  // namespace

TEST_CASE("A PostgreSQL restart in the middle of a pushed batch loses nothing and the next sync resumes",
          "[sync][fault]") {
    Shop s;
    const std::int64_t rows = s.waiting(s.till1);
    REQUIRE(rows > 3 * kBatch);
    auto options = small_batches();
    options.on_step = [&](central::SyncStep step, int batch) {
        if (step == central::SyncStep::push_sent && batch == 2) {
            s.server.stop();  // the batch is written but not committed: the server's restart rolls it back
        }
    };
    const auto e = central_failure([&] { central::sync(*s.till1.store, kNow, options); });
    CHECK(e.problem() == central::CentralProblem::unreachable);
    CHECK(std::string(e.what()).find("does not answer: nothing was lost") != std::string::npos);
    CHECK(s.waiting(s.till1) == rows - kBatch);  // the first batch went, the second stayed
    s.server.start();
    {
        CentralProbe probe(s.server);
        CHECK(probe.number("SELECT last_seq FROM companies") == kBatch);
    }
    const auto resumed = central::sync(*s.till1.store, kNow, small_batches());
    CHECK(resumed.pushed == rows - kBatch);
    central::sync(*s.till2.store, kNow);
    s.check_converged();
}

TEST_CASE("A PostgreSQL restart in the middle of a pull keeps the windows already written", "[sync][fault]") {
    Shop s;
    central::sync(*s.till1.store, kNow);
    auto options = small_batches();
    options.on_step = [&](central::SyncStep step, int batch) {
        if (step == central::SyncStep::pull_applied && batch == 2) {
            s.server.stop();
        }
    };
    const auto e = central_failure([&] { central::sync(*s.till2.store, kNow, options); });
    CHECK(e.problem() == central::CentralProblem::unreachable);
    CHECK(s.cursor(s.till2) == 2 * kBatch);
    CHECK(s.till2.store->maintenance().check().empty());
    s.server.start();
    central::sync(*s.till2.store, kNow, small_batches());
    s.check_converged();
}

TEST_CASE("The till's connection ended by the server in the middle of a batch is unreachable and resumes",
          "[sync][fault]") {
    Shop s;
    const std::int64_t rows = s.waiting(s.till1);
    CentralProbe admin(s.server);
    auto options = small_batches();
    options.on_step = [&](central::SyncStep step, int batch) {
        if (step == central::SyncStep::push_sent && batch == 3) {
            // An administrator (or the server's own watchdog) ends the till's session from another one.
            CHECK(admin
                      .column("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name "
                              "= 'kassa' AND pid <> pg_backend_pid()")
                      .size() == 1);
        }
    };
    const auto e = central_failure([&] { central::sync(*s.till1.store, kNow, options); });
    CHECK(e.problem() == central::CentralProblem::unreachable);
    CHECK(s.waiting(s.till1) == rows - 2 * kBatch);
    CHECK(admin.number("SELECT count(*) FROM customers") + admin.number("SELECT count(*) FROM ledger") <=
          2 * kBatch);
    central::sync(*s.till1.store, kNow, small_batches());
    central::sync(*s.till2.store, kNow);
    s.check_converged();
}

TEST_CASE("kassactl sync killed with SIGKILL mid-push sends the batch again and the central keeps it once",
          "[sync][fault]") {
    Shop s;
    const std::int64_t rows = s.waiting(s.till1);
    CentralProbe probe(s.server);
    SECTION("after the central committed the batch and before the till acknowledged it") {
        SyncChild child(s.till1.path, kBatch);
        REQUIRE(child.kill_at("push_committed 2"));
        CHECK(probe.number("SELECT last_seq FROM companies") == 2 * kBatch);
        CHECK(s.waiting(s.till1) == rows - kBatch);  // the second batch is still in the outbox
        const std::string digest = probe.digest();
        // The resent batch changes nothing at the central: the same rows, the same bytes.
        SyncChild again(s.till1.path, kBatch);
        REQUIRE(again.kill_at("push_committed 1"));
        CHECK(probe.digest().substr(0, probe.digest().rfind("companies")) ==
              digest.substr(0, digest.rfind("companies")));
    }
    SECTION("inside the central's transaction") {
        SyncChild child(s.till1.path, kBatch);
        REQUIRE(child.kill_at("push_sent 3"));
        CHECK(s.waiting(s.till1) == rows - 2 * kBatch);
        // The server notices the dead client and rolls its transaction back: the company's row is free again,
        // so the next round is not kept waiting.
    }
    SECTION("after the acknowledgement") {
        SyncChild child(s.till1.path, kBatch);
        REQUIRE(child.kill_at("push_acknowledged 4"));
        CHECK(s.waiting(s.till1) == rows - 4 * kBatch);
    }
    SyncChild rest(s.till1.path, kBatch);
    const int status = rest.finish();
    INFO(rest.output());
    CHECK(status == 0);
    central::sync(*s.till2.store, kNow);
    s.check_converged();
    CHECK(probe.number("SELECT count(*) FROM (SELECT id FROM ledger GROUP BY id HAVING count(*) > 1) d") ==
          0);
}

TEST_CASE("kassactl sync killed with SIGKILL mid-pull pulls the window again and writes each row once",
          "[sync][fault]") {
    Shop s;
    central::sync(*s.till1.store, kNow);
    SECTION("with the window read and not yet written") {
        SyncChild child(s.till2.path, kBatch);
        REQUIRE(child.kill_at("pull_fetched 3"));
        CHECK(s.cursor(s.till2) == 2 * kBatch);
    }
    SECTION("with the window written") {
        SyncChild child(s.till2.path, kBatch);
        REQUIRE(child.kill_at("pull_applied 3"));
        CHECK(s.cursor(s.till2) == 3 * kBatch);
    }
    CHECK(s.till2.store->maintenance().check().empty());
    CHECK(s.waiting(s.till2) == 0);  // pulled rows are never queued to go back
    SyncChild rest(s.till2.path, kBatch);
    const int status = rest.finish();
    INFO(rest.output());
    CHECK(status == 0);
    s.check_converged();
}

TEST_CASE(
    "A full disk at the till during a pull is a typed problem that writes nothing and the next sync "
    "resumes",
    "[sync][fault]") {
    Shop s;
    central::sync(*s.till1.store, kNow);
    central::sync(*s.till2.store, kNow);  // empty: till 2 has nothing to send from now on
    s.sell(s.till1, s.customers.front());
    for (int i = 0; i < 20; ++i) {
        store::Enrolment e;
        e.first_name = std::string(100, 'x');
        e.last_name = std::string(100, 'y');
        e.consents = store::Consents{true, false, false};
        s.till1.store->customers().enrol(e, kNow, &s.rules);
    }
    central::sync(*s.till1.store, kNow);
    const std::int64_t cursor = s.cursor(s.till2);
    const std::int64_t customers = s.till2.number("SELECT count(*) FROM customers");
    // Cap the file at its size: the pull's writes have nowhere to go, as on a full disk.
    const std::int64_t pages = s.till2.number("PRAGMA page_count");
    s.till2.store->database().sql().exec("PRAGMA max_page_count = " + std::to_string(pages));
    try {
        central::sync(*s.till2.store, kNow);
        FAIL("the pull was written past the size limit");
    } catch (const store::StoreError& e) {
        CHECK(e.kind() == store::FailureKind::disk_full);
        CHECK(std::string(e.what()) ==
              "The disk is full: nothing was saved. Free some space (or call support) and try again.");
    }
    CHECK(s.cursor(s.till2) == cursor);
    CHECK(s.till2.number("SELECT count(*) FROM customers") == customers);
    CHECK(s.till2.number("SELECT recording FROM sync_membership") == 1);
    CHECK(s.waiting(s.till2) == 0);
    CHECK(s.till2.store->maintenance().check().empty());
    // Space again: the next sync writes the whole window.
    s.till2.store->database().sql().exec("PRAGMA max_page_count = 1073741823");
    CHECK(central::sync(*s.till2.store, kNow).pulled > 20);
    s.check_converged();
}

TEST_CASE(
    "A central upgraded by a newer Kassa is refused before a batch changes anything and the sync resumes "
    "after the till is upgraded",
    "[sync][fault]") {
    Shop s;
    CentralProbe probe(s.server);
    const std::int64_t rows = s.waiting(s.till1);
    const std::string newer = std::to_string(central::Central::current_schema_version() + 1);
    SECTION("before the round") {
        probe.exec("UPDATE kassa_schema SET version = " + newer);
        const std::string digest = probe.digest();
        const auto e = central_failure([&] { central::sync(*s.till1.store, kNow); });
        CHECK(e.problem() == central::CentralProblem::newer_schema);
        CHECK(e.value() == newer);
        CHECK(std::string(e.what()) == "The office database was upgraded by a newer Kassa (schema " + newer +
                                           "): install the newer Kassa on this till.");
        CHECK(probe.digest() == digest);
        CHECK(s.waiting(s.till1) == rows);
    }
    SECTION("between two batches of a round") {
        auto options = small_batches();
        options.on_step = [&](central::SyncStep step, int batch) {
            if (step == central::SyncStep::push_acknowledged && batch == 1) {
                probe.exec("UPDATE kassa_schema SET version = " + newer);
            }
        };
        const auto e = central_failure([&] { central::sync(*s.till1.store, kNow, options); });
        CHECK(e.problem() == central::CentralProblem::newer_schema);
        CHECK(probe.number("SELECT last_seq FROM companies") == kBatch);
        CHECK(s.waiting(s.till1) == rows - kBatch);
    }
    SECTION("between two pulled windows") {
        central::sync(*s.till1.store, kNow);
        auto options = small_batches();
        options.on_step = [&](central::SyncStep step, int batch) {
            if (step == central::SyncStep::pull_applied && batch == 1) {
                probe.exec("UPDATE kassa_schema SET version = " + newer);
            }
        };
        const auto e = central_failure([&] { central::sync(*s.till2.store, kNow, options); });
        CHECK(e.problem() == central::CentralProblem::newer_schema);
        CHECK(s.cursor(s.till2) == kBatch);
    }
    // kassactl words it and asks for nothing but the upgrade (exit 2: something to do first).
    {
        SyncChild child(s.till1.path, kBatch);
        const int status = child.finish();
        INFO(child.output());
        CHECK(status == 2);
        CHECK(child.output().find("upgraded by a newer Kassa (schema " + newer + ")") != std::string::npos);
    }
    // The till is upgraded (here: the central goes back to the version this Kassa knows).
    probe.exec("UPDATE kassa_schema SET version = " +
               std::to_string(central::Central::current_schema_version()));
    s.sync_both();
    s.check_converged();
}

TEST_CASE("A till presenting another company's ids is refused and changes nothing at either side",
          "[sync][fault]") {
    Shop s;
    s.sync_both();
    std::string other_company;
    std::string other_shop;
    {
        central::Central admin(testing::central_address(s.server));
        other_company = admin.add_company("Other Shoes AS");
        other_shop = admin.add_shop("Other Shoes AS", "Tartu");
    }
    s.sell(s.till1, s.customers.front());
    CentralProbe probe(s.server);
    const std::string digest = probe.digest();
    const std::int64_t rows = s.waiting(s.till1);
    const std::int64_t cursor = s.cursor(s.till1);
    auto& db = s.till1.store->database().sql();
    const std::string own = "UPDATE sync_membership SET company_id = '" +
                            s.till1.text("SELECT company_id FROM sync_membership") + "', shop_id = '" +
                            s.till1.text("SELECT shop_id FROM sync_membership") + "', till_id = '" +
                            s.till1.text("SELECT till_id FROM sync_membership") + "'";
    // With its ids changed, the till's login no longer matches them: the central does not know a till of
    // that company with that id, or (another company's till id) the login belongs to another till.
    auto problem = central::CentralProblem::unknown_till;
    std::string sentence =
        "The office database does not know this till (till 1): run kassactl central join for it again, with "
        "the office database it joined.";
    std::string phrase = "does not know this till";
    SECTION("the other company's id with its own shop") {
        db.exec("UPDATE sync_membership SET company_id = '" + other_company + "'");
    }
    SECTION("the other company's id and shop") {
        db.exec("UPDATE sync_membership SET company_id = '" + other_company + "', shop_id = '" + other_shop +
                "'");
    }
    SECTION("another company's till") {
        TillFile other(s.dir.file("other.kassa"));
        central::join(*other.store, testing::central_address(s.server), "Tartu", "till 1", kNow);
        db.exec("UPDATE sync_membership SET till_id = '" + other.text("SELECT till_id FROM sync_membership") +
                "'");
        problem = central::CentralProblem::wrong_till_login;
        sentence.clear();
        phrase = "belongs to another till";
    }
    const auto e = central_failure([&] { central::sync(*s.till1.store, kNow); });
    CHECK(e.problem() == problem);
    if (!sentence.empty()) {
        CHECK(std::string(e.what()) == sentence);
    }
    CHECK(std::string(e.what()).find(phrase) != std::string::npos);
    CHECK(probe.digest() == digest);
    CHECK(s.waiting(s.till1) == rows);
    CHECK(s.cursor(s.till1) == cursor);
    {
        SyncChild child(s.till1.path, kBatch);
        CHECK(child.finish() == 2);
        CHECK(child.output().find(phrase) != std::string::npos);
    }
    // Its own ids again: the next sync resumes, and the other company received nothing.
    db.exec(own);
    s.sync_both();
    s.check_converged();
    CHECK(probe.number("SELECT count(*) FROM customers WHERE company_id = '" + other_company + "'") == 0);
    CHECK(probe.number("SELECT count(*) FROM ledger WHERE company_id = '" + other_company + "'") == 0);
}

TEST_CASE("A silently dead link is bounded by TCP keepalives and a user timeout that the URL may change",
          "[sync][fault]") {
    PostgresServer server;
    {
        // Without a word about them in the URL: probes after 15 s idle, 3 of them 5 s apart, and 30 s for
        // sent data to be acknowledged, so a round on a dead link fails within about half a minute.
        central::Central office(testing::central_address(server));
        CHECK(office.connection_setting("keepalives") == "1");
        CHECK(office.connection_setting("keepalives_idle") == "15");
        CHECK(office.connection_setting("keepalives_interval") == "5");
        CHECK(office.connection_setting("keepalives_count") == "3");
        CHECK(office.connection_setting("tcp_user_timeout") == "30000");
        CHECK(office.connection_setting("connect_timeout") == "10");
    }
    // A shop on a slow satellite link asks for more in its URL, and gets it.
    central::Central patient(central::Address{server.url() + "&keepalives_idle=120&tcp_user_timeout=90000",
                                              server.password_file()});
    CHECK(patient.connection_setting("keepalives_idle") == "120");
    CHECK(patient.connection_setting("tcp_user_timeout") == "90000");
    CHECK(patient.connection_setting("keepalives_count") == "3");
}
