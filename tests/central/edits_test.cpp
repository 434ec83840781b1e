// Edits made after a row was pushed travel through a real PostgreSQL (docs/sync.md, "Edits"): a name edited
// at one till reaches the other; the same field edited at two tills offline ends with the later stamp's
// value at both whatever order they sync in, the other value in the audit and the conflict listed at both; a
// card blocked at one till is refused at the other; an erasure wins over an edit made later elsewhere.
#include <SQLiteCpp/SQLiteCpp.h>
#include <libpq-fe.h>

#include <catch2/catch.hpp>
#include <memory>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/customers.hpp"
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

std::string central_text(const PostgresServer& server, const std::string& sql) {
    const std::string password = PostgresServer::password();
    const std::string url = server.url();
    const char* keywords[] = {"dbname", "password", nullptr};
    const char* values[] = {url.c_str(), password.c_str(), nullptr};
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdbParams(keywords, values, 1), &PQfinish);
    REQUIRE(PQstatus(conn.get()) == CONNECTION_OK);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
    INFO(sql << ": " << PQerrorMessage(conn.get()));
    REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
    return PQgetisnull(result.get(), 0, 0) ? std::string() : PQgetvalue(result.get(), 0, 0);
}

std::int64_t count(store::Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

// Olga enrolled at till 1; both tills joined and synced once, so till 2 knows her.
struct TwoTills {
    PostgresServer server;
    BoutiqueShop till1;
    EmptyTill till2;

    TwoTills() {
        central::Central admin(address(server));
        REQUIRE(admin.init() == central::Central::current_schema_version());
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        central::join(till1.store, address(server), "Tallinn", "till 1", kNow);
        central::join(till2.store, address(server), "Tallinn", "till 2", kNow);
        central::sync(till1.store, kNow);
        central::sync(till2.store, kNow);
        REQUIRE(till2.store.customers().customer(till1.olga));
    }

    store::Customer olga(store::Store& store) { return *store.customers().customer(till1.olga); }

    void rename(store::Store& store, const std::string& first_name, Instant when) {
        const auto c = olga(store);
        store.customers().update_details(
            store::CustomerId{c.id},
            store::CustomerDetails{first_name, c.last_name, c.phone, c.email, c.birthday},
            store::Actor{"anna"}, when);
    }
};

}  // namespace

TEST_CASE("A name edited at till 1 after the first sync reaches till 2 and a till that joins later",
          "[sync][edits]") {
    TwoTills t;
    t.rename(t.till1.store, "Olya", later(60));
    t.till1.store.customers().record_consent(store::CustomerId{t.till1.olga}, store::ConsentKind::sms, false,
                                             "till", later(60));
    CHECK(central::sync(t.till1.store, later(60)).pushed > 0);
    const auto round = central::sync(t.till2.store, later(120));
    CHECK(round.pulled > 0);
    CHECK(round.conflicts == 0);
    const auto at_till2 = t.olga(t.till2.store);
    CHECK(at_till2.first_name == "Olya");
    CHECK_FALSE(at_till2.consents.sms);
    CHECK(t.till2.store.customers().search_by_name("Olya").size() == 1);
    // Nothing comes back: the pulled edits were not queued at till 2.
    CHECK(central::sync(t.till2.store, later(120)).pushed == 0);
    CHECK(central::sync(t.till1.store, later(120)).pulled == 0);

    // A till that joins now receives her row as it was pushed, then the edits: the same Olga.
    EmptyTill till3;
    central::join(till3.store, address(t.server), "Tallinn", "till 3", later(180));
    central::sync(till3.store, later(180));
    const auto at_till3 = *till3.store.customers().customer(t.till1.olga);
    CHECK(at_till3.first_name == "Olya");
    CHECK_FALSE(at_till3.consents.sms);
}

TEST_CASE("The same field edited at two tills offline ends with the later value at both in any sync order",
          "[sync][edits]") {
    TwoTills t;
    // Both offline: till 1 renames her first, till 2 a minute later.
    t.rename(t.till1.store, "Olya", later(60));
    t.rename(t.till2.store, "Olenka", later(120));

    SECTION("till 1 syncs first") {
        central::sync(t.till1.store, later(180));
        central::sync(t.till2.store, later(180));
        central::sync(t.till1.store, later(180));
    }
    SECTION("till 2 syncs first") {
        central::sync(t.till2.store, later(180));
        central::sync(t.till1.store, later(180));
        central::sync(t.till2.store, later(180));
    }
    for (store::Store* s : {&t.till1.store, &t.till2.store}) {
        CHECK(t.olga(*s).first_name == "Olenka");
        const auto conflicts = store::SyncLog(*s).conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].kind == store::SyncConflictKind::concurrent_edit);
        CHECK(conflicts[0].subject == t.till1.olga);
        CHECK(conflicts[0].other == "first_name");
        CHECK(conflicts[0].kept == "Olenka");
        CHECK(conflicts[0].lost == "Olya");
        CHECK(count(*s,
                    "SELECT count(*) FROM audit_log WHERE action = 'sync.edit_lost' AND details LIKE "
                    "'%\"Olya\"%'") == 1);
        CHECK(count(*s, "SELECT count(*) FROM field_changes") == 2);
    }
    // An edit made after both saw each other's is no conflict and wins everywhere.
    t.rename(t.till1.store, "Olga", later(240));
    central::sync(t.till1.store, later(240));
    central::sync(t.till2.store, later(240));
    CHECK(t.olga(t.till2.store).first_name == "Olga");
    CHECK(store::SyncLog(t.till2.store).conflicts().size() == 1);
}

TEST_CASE("A till whose clock is behind still wins with an edit made after it saw the other",
          "[sync][edits]") {
    TwoTills t;
    // Till 1's clock is an hour ahead.
    t.rename(t.till1.store, "Olya", later(3600));
    central::sync(t.till1.store, later(3600));
    central::sync(t.till2.store, later(60));
    REQUIRE(t.olga(t.till2.store).first_name == "Olya");
    // Till 2 corrects it on its own slow clock: its stamp is past what it saw.
    t.rename(t.till2.store, "Olga", later(120));
    central::sync(t.till2.store, later(120));
    central::sync(t.till1.store, later(3700));
    CHECK(t.olga(t.till1.store).first_name == "Olga");
    CHECK(store::SyncLog(t.till1.store).conflicts().empty());
}

TEST_CASE("A card blocked at till 1 is refused at till 2 after the sync", "[sync][edits]") {
    TwoTills t;
    REQUIRE(t.till2.store.customers().find_by_card(testing::kOlgaCard).customer);
    t.till1.store.customers().block_card(testing::kOlgaCard, store::CardStatus::blocked,
                                         store::Actor{"maria"}, later(60));
    central::sync(t.till1.store, later(60));
    central::sync(t.till2.store, later(60));
    const auto lookup = t.till2.store.customers().find_by_card(testing::kOlgaCard);
    CHECK_FALSE(lookup.customer);
    CHECK(lookup.failure == store::LookupFailure::card_blocked);
}

TEST_CASE("An erasure at till 1 wins over a later edit at till 2 at both tills and at the central",
          "[sync][edits]") {
    TwoTills t;
    t.till1.store.customers().erase_customer(store::CustomerId{t.till1.olga}, store::Actor{"maria"},
                                             later(60));
    // Till 2 has not heard of it and renames her an hour later.
    t.rename(t.till2.store, "Olenka", later(3600));

    SECTION("the erasure reaches the central first") {
        central::sync(t.till1.store, later(3600));
        central::sync(t.till2.store, later(3600));
        central::sync(t.till1.store, later(3600));
    }
    SECTION("the edit reaches the central first") {
        central::sync(t.till2.store, later(3600));
        central::sync(t.till1.store, later(3600));
        central::sync(t.till2.store, later(3600));
    }
    for (store::Store* s : {&t.till1.store, &t.till2.store}) {
        const auto olga = t.olga(*s);
        CHECK(olga.first_name.empty());
        CHECK(olga.last_name.empty());
        CHECK(olga.phone.empty());
        CHECK_FALSE(olga.birthday);
        CHECK(olga.cards.at(0).status == store::CardStatus::blocked);
        CHECK(count(*s, "SELECT count(*) FROM customers WHERE erased_at IS NOT NULL") == 1);
        CHECK(count(*s, "SELECT count(*) FROM field_changes WHERE value = 'Olenka'") == 0);
        CHECK(count(*s, "SELECT count(*) FROM customers WHERE first_folded <> ''") == 0);
    }
    CHECK_FALSE(t.till2.store.customers().find_by_card(testing::kOlgaCard).customer);
    // The central keeps no personal value of hers either.
    CHECK(central_text(t.server, "SELECT count(*) FROM field_changes WHERE value = 'Olenka'") == "0");
    CHECK(central_text(t.server,
                       "SELECT first_name || '|' || coalesce(phone, '') || '|' || "
                       "(erased_at IS NOT NULL) FROM customers") == "||true");
}
