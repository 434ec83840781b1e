// Edits that travel to the other tills (docs/sync.md, "Edits"): every writer of a customer's personal
// fields, consent flags and erasure, and of a card's status, records a change row stamped by the till's
// hybrid logical clock and queued for the push; a pulled change is applied by field, the greatest stamp
// winning in whatever order they arrive, a concurrent loser kept in the audit and listed; the erasure wins.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "boutique_shop.hpp"
#include "kassa/core/hlc.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/import.hpp"
#include "kassa/store/sync_log.hpp"

using namespace kassa;
using namespace kassa::store;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");
const std::string kTillHere = "0190a000-0000-7000-8000-000000000001";
const std::string kTillThere = "0190a000-0000-7000-8000-000000000002";

void join(BoutiqueShop& shop) {
    SyncLog(shop.store)
        .join(Membership{"postgresql://kassa@office/kassa", "", "company", "shop", kTillHere, "till 1", 0},
              kNow);
    // The history the join queued is acknowledged, as after a first push.
    SyncLog log(shop.store);
    log.acknowledge(log.next_batch(100000).last_seq, kNow);
}

std::string one(BoutiqueShop& shop, const std::string& sql) {
    const auto column = shop.store.database().sql().execAndGet(sql);
    return column.isNull() ? "NULL" : column.getString();
}

std::int64_t count(BoutiqueShop& shop, const std::string& sql) {
    return shop.store.database().sql().execAndGet(sql).getInt64();
}

// A change another till made, as the central returns it.
PulledRow change(const std::string& id, const std::string& customer, const char* field,
                 const nlohmann::json& value, const HlcStamp& stamp, const nlohmann::json& prior = nullptr,
                 const char* entity = "customer", const std::string& key = {}) {
    nlohmann::json row = {{"id", id},
                          {"entity", entity},
                          {"key", key.empty() ? customer : key},
                          {"customer_id", customer},
                          {"field", field},
                          {"value", value},
                          {"hlc", format_hlc(stamp)},
                          {"prior", prior},
                          {"actor", "anna"},
                          {"at", "2026-11-25T14:00:00Z"},
                          {"till_id", stamp.till}};
    return PulledRow{"field_changes", row.dump(), stamp.till};
}

CustomerDetails details_of(const Customer& c) {
    return CustomerDetails{c.first_name, c.last_name, c.phone, c.email, c.birthday};
}

}  // namespace

TEST_CASE("A file that is no member edits without recording anything", "[store][sync][edits]") {
    BoutiqueShop shop;
    auto d = details_of(*shop.store.customers().customer(shop.olga));
    d.first_name = "Olya";
    shop.store.customers().update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
    CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olya");
    CHECK(count(shop, "SELECT count(*) FROM field_changes") == 0);
    CHECK(one(shop, "SELECT details FROM audit_log WHERE action = 'customer.edit'") == "first_name");
}

TEST_CASE("Every edit of a member's customer or card is recorded with a growing stamp and queued",
          "[store][sync][edits]") {
    BoutiqueShop shop;
    join(shop);
    auto customers = shop.store.customers();
    auto d = details_of(*customers.customer(shop.olga));
    d.first_name = "Olya";
    d.email = "olga@example.ee";
    customers.update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
    // The same details again change nothing and record nothing.
    customers.update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
    customers.record_consent(CustomerId{shop.olga}, ConsentKind::sms, false, "till", kNow);
    customers.block_card(testing::kOlgaCard, CardStatus::blocked, Actor{"maria"}, kNow);
    customers.replace_card(testing::kOlgaCard, "2000000000022", Actor{"maria"}, kNow);

    CHECK(one(shop,
              "SELECT group_concat(field || '=' || coalesce(value, 'NULL'), ' ') FROM (SELECT * FROM "
              "field_changes ORDER BY hlc)") ==
          "first_name=Olya email=olga@example.ee sms_consent=0 status=blocked replaced_by=2000000000022");
    // The clock stood still (one kNow for all): the counter orders them, this till's id breaks no tie.
    CHECK(one(shop, "SELECT group_concat(hlc, ' ') FROM (SELECT hlc FROM field_changes ORDER BY rowid)") ==
          one(shop, "SELECT group_concat(hlc, ' ') FROM (SELECT hlc FROM field_changes ORDER BY hlc)"));
    CHECK(count(shop, "SELECT count(DISTINCT hlc) FROM field_changes") == 5);
    CHECK(one(shop, "SELECT min(hlc) FROM field_changes") ==
          format_hlc(HlcStamp{kNow.unix_seconds, 0, kTillHere}));
    CHECK(count(shop, "SELECT count(*) FROM field_changes WHERE till_id = '" + kTillHere + "'") == 5);

    SyncLog log(shop.store);
    const auto batch = log.next_batch(100);
    const auto changes = std::find_if(batch.tables.begin(), batch.tables.end(),
                                      [](const auto& t) { return t.first == "field_changes"; });
    REQUIRE(changes != batch.tables.end());
    const auto rows = nlohmann::json::parse(changes->second);
    CHECK(rows.size() == 5);
    CHECK_FALSE(rows[0].contains("till_id"));
    CHECK(rows[0]["field"] == "first_name");
    CHECK(rows[0]["actor"] == "anna");

    SECTION("a second edit of a field names the one it saw") {
        d.first_name = "Olga";
        customers.update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
        CHECK(one(shop,
                  "SELECT prior FROM field_changes WHERE field = 'first_name' ORDER BY hlc DESC LIMIT 1") ==
              one(shop, "SELECT id FROM field_changes WHERE field = 'first_name' ORDER BY hlc LIMIT 1"));
    }
    SECTION("an import that fills an empty e-mail records it") {
        d.email.clear();
        customers.update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
        std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/tests/store/fixtures/customers_duplicates.csv",
                           std::ios::binary);
        REQUIRE(file);
        ImportOptions options;
        options.at = kNow;
        import_customers(shop.store,
                         std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()),
                         options);
        CHECK(shop.store.customers().customer(shop.olga)->email == "olga@example.ee");
        CHECK(
            one(shop,
                "SELECT value || ' ' || actor FROM field_changes WHERE field = 'email' AND customer_id = '" +
                    shop.olga + "' ORDER BY hlc DESC LIMIT 1") == "olga@example.ee import");
    }
}

TEST_CASE("An edit of a travelling field that was not recorded is refused while the file is a member",
          "[store][sync][edits]") {
    BoutiqueShop shop;
    join(shop);
    auto& db = shop.store.database().sql();
    CHECK_THROWS_WITH(db.exec("UPDATE customers SET first_name = 'Olya' WHERE id = '" + shop.olga + "'"),
                      Catch::Contains("was not recorded"));
    CHECK_THROWS_WITH(db.exec("UPDATE cards SET status = 'lost'"), Catch::Contains("was not recorded"));
    // What does not travel is not watched.
    db.exec("UPDATE customers SET purchases_count = 7 WHERE id = '" + shop.olga + "'");
    CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olga");
}

TEST_CASE("A pulled edit with the greater stamp wins in either order and the concurrent loser is audited",
          "[store][sync][edits]") {
    BoutiqueShop shop;
    join(shop);
    auto d = details_of(*shop.store.customers().customer(shop.olga));
    d.first_name = "Olya";
    shop.store.customers().update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
    SyncLog log(shop.store);
    const std::int64_t waiting = log.waiting();

    SECTION("a later concurrent edit from the other till wins") {
        const auto applied = log.apply_pulled({change("c-there", shop.olga, "first_name", "Olenka",
                                                      HlcStamp{kNow.unix_seconds + 60, 0, kTillThere})},
                                              1, kNow);
        CHECK(applied.rows == 1);
        CHECK(applied.conflicts == 1);
        CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olenka");
        CHECK(shop.store.customers().search_by_name("olen").size() == 1);
        const auto conflicts = log.conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].kind == SyncConflictKind::concurrent_edit);
        CHECK(conflicts[0].subject == shop.olga);
        CHECK(conflicts[0].other == "first_name");
        CHECK(conflicts[0].kept == "Olenka");
        CHECK(conflicts[0].lost == "Olya");
        const auto lost =
            nlohmann::json::parse(one(shop, "SELECT details FROM audit_log WHERE action = 'sync.edit_lost'"));
        CHECK(lost["value"] == "Olya");
        CHECK(lost["till"] == kTillHere);
        // The pulled change is not queued back; the clock moved past it.
        CHECK(log.waiting() == waiting);
        d.first_name = "Olga";
        shop.store.customers().update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
        CHECK(one(shop, "SELECT hlc FROM field_changes ORDER BY hlc DESC LIMIT 1") ==
              format_hlc(HlcStamp{kNow.unix_seconds + 60, 2, kTillHere}));
        CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olga");
    }
    SECTION("an earlier concurrent edit loses here too and is kept") {
        const auto applied = log.apply_pulled({change("c-there", shop.olga, "first_name", "Olenka",
                                                      HlcStamp{kNow.unix_seconds - 60, 0, kTillThere})},
                                              1, kNow);
        CHECK(applied.conflicts == 1);
        CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olya");
        REQUIRE(log.conflicts().size() == 1);
        CHECK(log.conflicts()[0].kept == "Olya");
        CHECK(log.conflicts()[0].lost == "Olenka");
        CHECK(count(shop, "SELECT count(*) FROM field_changes WHERE value = 'Olenka'") == 1);
    }
    SECTION("an edit made after seeing this till's is no conflict") {
        const std::string mine = one(shop, "SELECT id FROM field_changes");
        log.apply_pulled({change("c-there", shop.olga, "first_name", "Olenka",
                                 HlcStamp{kNow.unix_seconds + 5, 0, kTillThere}, mine)},
                         1, kNow);
        CHECK(shop.store.customers().customer(shop.olga)->first_name == "Olenka");
        CHECK(log.conflicts().empty());
        CHECK(count(shop, "SELECT count(*) FROM audit_log WHERE action = 'sync.edit_lost'") == 0);
    }
    SECTION("the same change pulled twice is applied once") {
        const auto c = change("c-there", shop.olga, "first_name", "Olenka",
                              HlcStamp{kNow.unix_seconds + 60, 0, kTillThere});
        log.apply_pulled({c}, 1, kNow);
        CHECK(log.apply_pulled({c}, 2, kNow).rows == 0);
        CHECK(log.conflicts().size() == 1);
    }
}

TEST_CASE("A pulled phone another customer has here is a conflict and not a failure",
          "[store][sync][edits]") {
    BoutiqueShop shop;
    join(shop);
    Enrolment e;
    e.first_name = "Mari";
    e.phone = "5555 0101";
    e.consents = Consents{true, false, false};
    const std::string mari = shop.store.customers().enrol(e, kNow);
    SyncLog log(shop.store);
    const auto applied = log.apply_pulled(
        {change("c-phone", shop.olga, "phone", "+37255550101", HlcStamp{kNow.unix_seconds, 0, kTillThere})},
        1, kNow);
    CHECK(applied.conflicts == 1);
    CHECK(shop.store.customers().customer(shop.olga)->phone.empty());
    CHECK(shop.store.customers().customer(mari)->phone == "+37255550101");
    REQUIRE(log.conflicts().size() == 1);
    CHECK(log.conflicts()[0].kind == SyncConflictKind::phone_taken);
    CHECK(log.conflicts()[0].other == shop.olga);
}

TEST_CASE("An erasure wins over every edit whichever arrives first", "[store][sync][edits]") {
    BoutiqueShop shop;
    join(shop);
    SyncLog log(shop.store);
    const HlcStamp later{kNow.unix_seconds + 3600, 0, kTillThere};

    SECTION("erased here: a later edit from the other till is kept without its value and not applied") {
        shop.store.customers().erase_customer(CustomerId{shop.olga}, Actor{"maria"}, kNow);
        CHECK(one(shop, "SELECT field FROM field_changes") == "erased");
        log.apply_pulled(
            {change("c-name", shop.olga, "first_name", "Olenka", later),
             change("c-sms", shop.olga, "sms_consent", "1", later),
             change("c-card", shop.olga, "status", "active", later, nullptr, "card", testing::kOlgaCard)},
            1, kNow);
        const auto olga = shop.store.customers().customer(shop.olga);
        CHECK(olga->first_name.empty());
        CHECK_FALSE(olga->consents.sms);
        CHECK(olga->cards.at(0).status == CardStatus::blocked);
        CHECK(count(shop, "SELECT count(*) FROM field_changes WHERE value = 'Olenka'") == 0);
        CHECK(count(shop, "SELECT count(*) FROM field_changes") == 4);
        CHECK(log.conflicts().empty());
        // And no edit of her is made here after.
        CHECK_THROWS_AS(shop.store.customers().record_consent(CustomerId{shop.olga}, ConsentKind::sms, true,
                                                              "till", kNow),
                        StoreError);
    }
    SECTION("erased there: her edits here lose their values and she is erased here") {
        auto d = details_of(*shop.store.customers().customer(shop.olga));
        d.first_name = "Olya";
        shop.store.customers().update_details(CustomerId{shop.olga}, d, Actor{"anna"}, kNow);
        log.apply_pulled({change("c-erase", shop.olga, "erased", "2026-11-25T13:00:00Z",
                                 HlcStamp{kNow.unix_seconds - 3600, 0, kTillThere})},
                         1, kNow);
        const auto olga = shop.store.customers().customer(shop.olga);
        CHECK(olga->first_name.empty());
        CHECK(olga->phone.empty());
        CHECK_FALSE(olga->birthday);
        CHECK(olga->cards.at(0).status == CardStatus::blocked);
        CHECK(one(shop, "SELECT erased_at FROM customers WHERE id = '" + shop.olga + "'") ==
              "2026-11-25T13:00:00Z");
        CHECK(count(shop, "SELECT count(*) FROM field_changes WHERE value = 'Olya'") == 0);
        CHECK(count(shop, "SELECT count(*) FROM audit_log WHERE action = 'customer.erase'") == 1);
        CHECK(log.waiting() == 1);  // only her edit made here waits; the erasure is not sent back
    }
}
