// Notes, attributes and complaints cross tills through a real PostgreSQL (docs/sync.md, "Notes, attributes,
// complaints and the audit log"): written once and pulled by the other tills and a till that joins later; an
// attribute set at two tills offline ends with the later stamp's value at both in either sync order; a merge
// moves them at every till; an erasure at one till blanks them at the central.
#include <SQLiteCpp/SQLiteCpp.h>
#include <libpq-fe.h>

#include <catch2/catch.hpp>
#include <memory>

#include "boutique_shop.hpp"
#include "kassa/central/central.hpp"
#include "kassa/central/sync.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/merges.hpp"
#include "kassa/store/personal.hpp"
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

// Olga enrolled at till 1 with a note and an attribute written before the join; both tills joined and
// synced, so till 2 knows her.
struct TwoTills {
    PostgresServer server;
    BoutiqueShop till1;
    EmptyTill till2;

    TwoTills() {
        till1.store.personal().add_note(store::CustomerId{till1.olga}, "prefers linen", store::Actor{"maria"},
                                        kNow);
        till1.store.personal().set_attribute(store::CustomerId{till1.olga}, "size", "38",
                                             store::Actor{"maria"}, kNow);
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

    std::string size_at(store::Store& s) {
        for (const auto& a : s.personal().attributes(till1.olga)) {
            if (a.key == "size") {
                return a.value;
            }
        }
        return "(none)";
    }
};

}  // namespace

TEST_CASE("Notes attributes and complaints written at till 1 reach till 2 and a till that joins later",
          "[sync][personal]") {
    TwoTills t;
    // The history went with the join.
    REQUIRE(t.till2.store.personal().notes(t.till1.olga).size() == 1);
    CHECK(t.till2.store.personal().notes(t.till1.olga)[0].text == "prefers linen");
    CHECK(t.size_at(t.till2.store) == "38");

    t.till1.store.personal().add_note(store::CustomerId{t.till1.olga}, "allergic to wool",
                                      store::Actor{"anna"}, later(60));
    t.till1.store.personal().set_attribute(store::CustomerId{t.till1.olga}, "colour", "navy",
                                           store::Actor{"maria"}, later(60));
    store::ComplaintRequest complaint;
    complaint.customer_id = t.till1.olga;
    complaint.reason = "a loose button";
    complaint.resolution = store::ComplaintResolution::points_credited;
    complaint.points = Points::of(50);
    complaint.actor = "maria";
    complaint.at = later(60);
    const std::string complaint_id = t.till1.store.personal().record_complaint(complaint);
    const std::int64_t balance = t.till1.store.customers().customer(t.till1.olga)->balance.value();
    central::sync(t.till1.store, later(60));
    const auto round = central::sync(t.till2.store, later(120));
    CHECK(round.conflicts == 0);
    CHECK(round.pushed == 0);
    for (store::Store* s : {&t.till2.store}) {
        const auto notes = s->personal().notes(t.till1.olga);
        REQUIRE(notes.size() == 2);
        CHECK(notes[0].text == "allergic to wool");
        CHECK(notes[0].author == "anna");
        const auto complaints = s->personal().complaints_of(t.till1.olga);
        REQUIRE(complaints.size() == 1);
        CHECK(complaints[0].id == complaint_id);
        CHECK(complaints[0].points.value() == 50);
        CHECK(s->customers().customer(t.till1.olga)->balance.value() == balance);
        CHECK(s->maintenance().check().empty());
    }
    CHECK(central_text(t.server, "SELECT count(*) FROM customer_notes") == "2");
    CHECK(central_text(t.server, "SELECT count(*) FROM complaints") == "1");
    // Nothing comes back, nothing is written twice.
    CHECK(central::sync(t.till2.store, later(120)).pushed == 0);
    CHECK(central::sync(t.till1.store, later(120)).pulled == 0);

    EmptyTill till3;
    central::join(till3.store, address(t.server), "Tallinn", "till 3", later(180));
    central::sync(till3.store, later(180));
    CHECK(till3.store.personal().notes(t.till1.olga).size() == 2);
    CHECK(till3.store.personal().complaints_of(t.till1.olga).size() == 1);
    CHECK(till3.store.personal().attributes(t.till1.olga).size() == 2);
}

TEST_CASE("An attribute set at two tills offline ends with the later value at both in any sync order",
          "[sync][personal]") {
    TwoTills t;
    t.till1.store.personal().set_attribute(store::CustomerId{t.till1.olga}, "size", "40",
                                           store::Actor{"maria"}, later(60));
    t.till2.store.personal().set_attribute(store::CustomerId{t.till1.olga}, "size", "42",
                                           store::Actor{"anna"}, later(120));
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
    CHECK(t.size_at(t.till1.store) == "42");
    CHECK(t.size_at(t.till2.store) == "42");
    // Removed at till 1 after seeing it: removed everywhere.
    t.till1.store.personal().set_attribute(store::CustomerId{t.till1.olga}, "size", "", store::Actor{"maria"},
                                           later(240));
    central::sync(t.till1.store, later(240));
    central::sync(t.till2.store, later(240));
    CHECK(t.size_at(t.till2.store) == "(none)");
}

TEST_CASE("An erasure at till 1 deletes her notes and attributes at till 2 and blanks them at the central",
          "[sync][personal]") {
    TwoTills t;
    t.till1.store.customers().erase_customer(store::CustomerId{t.till1.olga}, store::Actor{"maria"},
                                             later(60));
    // Till 2, not knowing yet, writes a note on her.
    t.till2.store.personal().add_note(store::CustomerId{t.till1.olga}, "asked about the sale",
                                      store::Actor{"anna"}, later(90));
    central::sync(t.till1.store, later(120));
    central::sync(t.till2.store, later(120));
    central::sync(t.till1.store, later(120));
    for (store::Store* s : {&t.till1.store, &t.till2.store}) {
        CHECK(s->personal().notes(t.till1.olga).empty());
        CHECK(s->personal().attributes(t.till1.olga).empty());
    }
    CHECK(central_text(t.server, "SELECT count(*) FROM customer_notes WHERE text <> ''") == "0");
    CHECK(central_text(t.server, "SELECT count(*) FROM attribute_changes WHERE value IS NOT NULL") == "0");
}
