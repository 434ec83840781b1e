// What the owner settles travels through a real PostgreSQL (docs/sync.md, "Conflicts" and "Merging two
// customers"): a conflict marked as dealt with at one till is settled at the others and at a till that joins
// later; two opposite merges of one pair made at two tills offline end with the same customer kept at every
// till and are listed; an edit made at a till that had not seen a merge lands on the customer who stayed,
// whichever arrives first.
#include <SQLiteCpp/SQLiteCpp.h>
#include <libpq-fe.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/merges.hpp"
#include "kassa/store/sync_log.hpp"
#include "postgres_server.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;
using kassa::testing::PostgresServer;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

Instant later(std::int64_t seconds) {
    return Instant{kNow.unix_seconds + seconds};
}

// Another till of the boutique: its own shop file with the same settings and rules, and nobody enrolled.
struct EmptyTill {
    testing::TempDir dir;
    store::Store store{dir.file("till.kassa"), store::Database::Mode::create_if_missing};

    EmptyTill() {
        store::ShopSettings settings;
        settings.name = "Boutique Liis";
        store.shop().save_settings(settings);
    }
};

central::Address address(const PostgresServer& server) {
    return central::Address{server.url(), server.password_file()};
}

std::int64_t central_number(const PostgresServer& server, const std::string& sql) {
    const std::string password = PostgresServer::password();
    const std::string url = server.url();
    const char* keywords[] = {"dbname", "password", nullptr};
    const char* values[] = {url.c_str(), password.c_str(), nullptr};
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdbParams(keywords, values, 1), &PQfinish);
    REQUIRE(PQstatus(conn.get()) == CONNECTION_OK);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
    INFO(sql << ": " << PQerrorMessage(conn.get()));
    REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
    return std::stoll(PQgetvalue(result.get(), 0, 0));
}

std::int64_t number(store::Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

std::int64_t ledger_sum(store::Store& store, const std::string& customer) {
    SQLite::Statement q(store.database().sql(),
                        "SELECT coalesce(sum(points), 0) FROM ledger WHERE customer_id = ?");
    q.bind(1, customer);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

// Olga enrolled at till 1 and again, with her phone and another card, at till 2 while the tills had not
// synced: after a sync of each, both list the phone enrolled twice.
struct PhoneTwice {
    PostgresServer server;
    BoutiqueShop till1;
    EmptyTill till2;
    std::string twin;

    PhoneTwice() {
        central::Central admin(address(server));
        REQUIRE(admin.init() == central::Central::current_schema_version());
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        central::join(till1.store, address(server), "Tallinn", "till 1", kNow);
        central::join(till2.store, address(server), "Tallinn", "till 2", kNow);
        store::Enrolment e;
        e.first_name = "Olga";
        e.last_name = "Ivanova";
        e.phone = "5123 4567";
        e.consents = store::Consents{true, false, false};
        e.card_number = "2000000000022";
        twin = till2.store.customers().enrol(e, kNow);
        till2.store.customers().adjust_points(store::CustomerId{twin}, Points::of(25), "welcome gift",
                                              store::Actor{"maria"}, kNow);
        central::sync(till1.store, kNow);
        central::sync(till2.store, kNow);
        central::sync(till1.store, kNow);
        for (store::Store* s : {&till1.store, &till2.store}) {
            REQUIRE(store::SyncLog(*s).conflicts().size() == 1);
        }
    }

    void sync_all(Instant when) {
        for (int round = 0; round < 2; ++round) {
            central::sync(till1.store, when);
            central::sync(till2.store, when);
        }
    }
};

}  // namespace

TEST_CASE("A conflict marked as dealt with at till 1 is settled at till 2 and at a till that joins later",
          "[sync][settle]") {
    PhoneTwice t;
    const auto at1 = store::SyncLog(t.till1.store).conflicts();
    const auto at2 = store::SyncLog(t.till2.store).conflicts();
    // One conflict, one identity, though each till lists its own customer first.
    CHECK(at1[0].identity == at2[0].identity);
    CHECK(at1[0].customer->id != at2[0].customer->id);

    store::SyncLog(t.till1.store).mark_dealt_with(at1[0].id, store::Actor{"maria"}, later(60));
    CHECK(store::SyncLog(t.till1.store).conflicts().empty());
    // Till 2 lists it until it learns the mark.
    CHECK(store::SyncLog(t.till2.store).conflicts().size() == 1);
    CHECK(central::sync(t.till1.store, later(60)).pushed == 1);
    CHECK(central_number(t.server, "SELECT count(*) FROM conflict_marks") == 1);
    const auto round = central::sync(t.till2.store, later(120));
    CHECK(round.pulled == 1);
    CHECK(round.pushed == 0);
    CHECK(store::SyncLog(t.till2.store).conflicts().empty());
    const auto settled = store::SyncLog(t.till2.store).conflicts(true);
    REQUIRE(settled.size() == 1);
    CHECK(settled[0].resolution == store::ConflictResolution::dealt_with);
    CHECK(settled[0].resolved_by == "maria");
    CHECK(settled[0].resolved_at == later(60));
    CHECK(number(t.till2.store,
                 "SELECT count(*) FROM audit_log WHERE action = 'conflict.dealt_with' AND details LIKE "
                 "'phone_taken +37251234567; marked at till %'") == 1);
    // Nothing goes back and forth.
    CHECK(central::sync(t.till2.store, later(120)).pushed == 0);
    CHECK(central::sync(t.till1.store, later(120)).pulled == 0);

    // A till that joins now finds the conflict in the company's history and then the mark.
    EmptyTill till3;
    central::join(till3.store, address(t.server), "Tallinn", "till 3", later(180));
    central::sync(till3.store, later(180));
    CHECK(store::SyncLog(till3.store).conflicts().empty());
    const auto at3 = store::SyncLog(till3.store).conflicts(true);
    REQUIRE(at3.size() == 1);
    CHECK(at3[0].identity == at1[0].identity);
    CHECK(at3[0].resolution == store::ConflictResolution::dealt_with);
}

TEST_CASE("Two opposite merges of one pair made offline at two tills keep the same customer at every till",
          "[sync][settle]") {
    PhoneTwice t;
    // The owner merges them at both tills before either syncs: the twin into Olga at till 1, Olga into the
    // twin at till 2.
    const auto first = store::CustomerMerges(t.till1.store)
                           .merge(store::CustomerId{t.till1.olga}, store::CustomerId{t.twin},
                                  store::Actor{"maria"}, later(60));
    const auto second = store::CustomerMerges(t.till2.store)
                            .merge(store::CustomerId{t.twin}, store::CustomerId{t.till1.olga},
                                   store::Actor{"liis"}, later(61));
    // The merge with the smaller id wins everywhere (UUIDv7: the one made first).
    const bool first_wins = first.merge_id < second.merge_id;
    const std::string kept = first_wins ? t.till1.olga : t.twin;
    const std::string away = first_wins ? t.twin : t.till1.olga;
    const std::int64_t total = ledger_sum(t.till1.store, t.till1.olga) + ledger_sum(t.till1.store, t.twin);

    SECTION("till 1 syncs first") {
        t.sync_all(later(120));
    }
    SECTION("till 2 syncs first") {
        central::sync(t.till2.store, later(120));
        central::sync(t.till1.store, later(120));
        central::sync(t.till2.store, later(120));
    }
    EmptyTill till3;
    central::join(till3.store, address(t.server), "Tallinn", "till 3", later(180));
    central::sync(till3.store, later(180));
    for (store::Store* s : {&t.till1.store, &t.till2.store, &till3.store}) {
        INFO((s == &t.till1.store ? "till 1" : s == &t.till2.store ? "till 2" : "till 3"));
        const auto stayed = s->customers().customer(kept);
        REQUIRE(stayed);
        CHECK(stayed->phone == "+37251234567");
        CHECK(stayed->balance.value() == ledger_sum(*s, kept));
        CHECK(number(*s, "SELECT count(*) FROM customers WHERE merged_into IS NULL AND id IN ('" + kept +
                             "', '" + away + "')") == 1);
        SQLite::Statement q(s->database().sql(), "SELECT merged_into FROM customers WHERE id = ?");
        q.bind(1, away);
        REQUIRE(q.executeStep());
        CHECK(q.getColumn(0).getString() == kept);
        CHECK(number(*s, "SELECT count(*) FROM customer_merges") == 2);
        CHECK(s->maintenance().check().empty());
        // Listed: the merge that won and the one undone.
        const auto open = store::SyncLog(*s).conflicts();
        const auto opposite = std::find_if(open.begin(), open.end(), [](const store::SyncConflict& c) {
            return c.kind == store::SyncConflictKind::opposite_merge;
        });
        REQUIRE(opposite != open.end());
        CHECK(opposite->subject == std::min(first.merge_id, second.merge_id));
        CHECK(opposite->other == std::max(first.merge_id, second.merge_id));
        REQUIRE(opposite->customer);
        CHECK(opposite->customer->id == kept);
    }
    CHECK(ledger_sum(t.till1.store, kept) == ledger_sum(t.till2.store, kept));
    CHECK(ledger_sum(t.till1.store, kept) == total);
}

TEST_CASE("An edit made at a till that had not seen a merge lands on the customer who stayed in any order",
          "[sync][settle]") {
    PhoneTwice t;
    // Till 1 merges the twin into Olga; till 2, not knowing, corrects the twin's first name a minute later.
    store::CustomerMerges(t.till1.store)
        .merge(store::CustomerId{t.till1.olga}, store::CustomerId{t.twin}, store::Actor{"maria"}, later(60));
    const auto twin = *t.till2.store.customers().customer(t.twin);
    t.till2.store.customers().update_details(
        store::CustomerId{t.twin},
        store::CustomerDetails{"Olenka", twin.last_name, twin.phone, twin.email, twin.birthday},
        store::Actor{"anna"}, later(120));

    SECTION("the merge reaches the central first") {
        central::sync(t.till1.store, later(180));
        central::sync(t.till2.store, later(180));
        central::sync(t.till1.store, later(180));
    }
    SECTION("the edit reaches the central first") {
        central::sync(t.till2.store, later(180));
        central::sync(t.till1.store, later(180));
        central::sync(t.till2.store, later(180));
    }
    EmptyTill till3;
    central::join(till3.store, address(t.server), "Tallinn", "till 3", later(240));
    central::sync(till3.store, later(240));
    for (store::Store* s : {&t.till1.store, &t.till2.store, &till3.store}) {
        INFO((s == &t.till1.store ? "till 1" : s == &t.till2.store ? "till 2" : "till 3"));
        const auto olga = s->customers().customer(t.till1.olga);
        REQUIRE(olga);
        CHECK(olga->first_name == "Olenka");
        CHECK(olga->last_name == "Ivanova");
        CHECK(s->customers().search_by_name("Olenka").size() == 1);
        CHECK(s->maintenance().check().empty());
    }
}
