// The store on real SQLite files: schema and settings, customers and cards, sales that commit whole and
// once, checks, backups, and the sentences a cashier gets when the disk says no.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

CompiledRules boutique_rules() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    auto read = json::read_rules(nlohmann::json::parse(file));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

Enrolment olga() {
    Enrolment e;
    e.first_name = "Olga";
    e.last_name = "Ivanova";
    e.phone = "5123 4567";
    e.birthday = parse_date("1988-11-27");
    e.consents = Consents{true, true, false};
    e.card_number = "2000000000015";
    return e;
}

SaleLine dress() {
    return SaleLine{"DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1),
                    {},           false};
}

Sale sale_for(const std::string& customer, const char* when = "2026-11-25T15:30:00+02:00") {
    Sale s;
    s.receipt_id = new_id();
    s.customer_id = customer;
    s.cashier_id = "anna";
    s.at = at(when);
    s.lines = {dress()};
    s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(10000)}};
    return s;
}

std::int64_t count(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

}  // namespace

TEST_CASE("a new shop file has the current schema, WAL and foreign keys", "[store][schema]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    CHECK(store.database().schema_version() == Database::current_schema_version());
    CHECK(store.database().sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(store.database().sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(store.database().sql().execAndGet("PRAGMA synchronous").getInt() == 2);  // FULL
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("a new shop file and its WAL are readable by their owner only, whatever the umask",
          "[store][schema]") {
    testing::TempDir dir;
    const mode_t previous = ::umask(022);  // a common default that would leave the file world-readable
    {
        Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
        store.shop().save_settings(ShopSettings{});  // a write, so the WAL exists
        const auto mode = [](const std::string& file) {
            return std::filesystem::status(file).permissions() & std::filesystem::perms::all;
        };
        using std::filesystem::perms;
        CHECK(mode(dir.file("shop.db")) == (perms::owner_read | perms::owner_write));
        REQUIRE(std::filesystem::exists(dir.file("shop.db-wal")));
        CHECK(mode(dir.file("shop.db-wal")) == (perms::owner_read | perms::owner_write));
    }
    ::umask(previous);
}

TEST_CASE("the schema migrates forward from every earlier version", "[store][schema]") {
    for (int from = 0; from < Database::current_schema_version(); ++from) {
        testing::TempDir dir;
        {
            SQLite::Database raw(dir.file("shop.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            migrate(raw, from);
            // A number no migration has (a gap another branch's migration fills at merge) stops at the one
            // before it.
            const int reached = raw.execAndGet("PRAGMA user_version").getInt();
            CHECK(reached <= from);
            CHECK(reached >= from - 1);
        }
        Store store(dir.file("shop.db"), Database::Mode::open_existing);
        CHECK(store.database().schema_version() == Database::current_schema_version());
        CHECK(store.maintenance().check().empty());
    }
}

TEST_CASE("files that are not this Kassa's shop are refused with a sentence", "[store][schema]") {
    testing::TempDir dir;
    {
        SQLite::Database other(dir.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE notes(x)");
    }
    try {
        Store store(dir.file("other.db"), Database::Mode::open_existing);
        FAIL("opened a foreign database");
    } catch (const StoreError& e) {
        CHECK(e.kind() == FailureKind::not_a_shop);
    }
    {
        SQLite::Database newer(dir.file("newer.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        newer.exec("PRAGMA user_version = 999");
    }
    CHECK_THROWS_WITH(Store(dir.file("newer.db"), Database::Mode::open_existing),
                      Catch::Contains("newer Kassa"));
    try {
        Store store(dir.file("newer.db"), Database::Mode::open_existing);
        FAIL("opened a newer shop");
    } catch (const NewerSchemaError& e) {
        CHECK(e.kind() == FailureKind::newer_schema);
        CHECK(e.found() == 999);
        CHECK(e.known() == Database::current_schema_version());
    }
    CHECK_THROWS_AS(Store(dir.file("missing.db"), Database::Mode::open_existing), StoreError);
    // Not an SQLite file at all (the wrong path typed): not a shop, rather than a damaged one.
    {
        std::ofstream garbage(dir.file("notes.txt"), std::ios::binary);
        garbage << std::string(4096, 'x');
    }
    try {
        Store store(dir.file("notes.txt"), Database::Mode::open_existing);
        FAIL("opened a text file");
    } catch (const StoreError& e) {
        CHECK(e.kind() == FailureKind::not_a_shop);
    }
}

TEST_CASE("settings and rules versions are kept", "[store][settings]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    ShopSettings s;
    s.name = "Boutique Liis";
    s.language = "et";
    store.shop().save_settings(s);
    CHECK(store.shop().settings().name == "Boutique Liis");
    CHECK(store.shop().settings().language == "et");
    CHECK_FALSE(store.rules().current_rules());
    const auto v1 =
        store.rules().save_rules("{\"version\":1}", Actor{"owner"}, "first", at("2026-11-01T10:00:00Z"));
    const auto v2 = store.rules().save_rules("{\"version\":1,\"x\":2}", Actor{"owner"}, "second",
                                             at("2026-11-02T10:00:00Z"));
    CHECK(v2 > v1);
    CHECK(store.rules().current_rules()->first == v2);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action = 'rules.save'") == 2);
}

TEST_CASE("a customer is found by card in any scanner format, by phone and by name", "[store][customers]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    Enrolment alyona;
    alyona.first_name = "Алёна";
    alyona.last_name = "Соколова";
    alyona.phone = "+372 5555 0101";
    alyona.consents.personal_data = true;
    store.customers().enrol(alyona, at("2026-11-01T10:00:00+02:00"));

    for (const char* scanned :
         {"2000000000015", " 2000000000015\r\n", "]E02000000000015", ";2000000000015=2912?"}) {
        const auto found = store.customers().find_by_card(scanned);
        INFO(scanned);
        REQUIRE(found.customer);
        CHECK(found.customer->id == id);
    }
    const auto by_phone = store.customers().find_by_phone("+372 5123 4567");
    REQUIRE(by_phone.customer);
    CHECK(by_phone.customer->first_name == "Olga");
    CHECK(store.customers().find_by_phone("5123-4567").customer->id == id);  // the shop's country is assumed
    CHECK(store.customers().find_by_phone("hello").failure == LookupFailure::invalid_input);
    CHECK(store.customers().find_by_phone("5999 9999").failure == LookupFailure::not_found);

    CHECK(store.customers().search_by_name("olg").size() == 1);
    CHECK(store.customers().search_by_name("IVAN").size() == 1);
    // Russian е and ё fold together, in either direction, any case.
    CHECK(store.customers().search_by_name("Алена").size() == 1);
    CHECK(store.customers().search_by_name("АЛЁ").size() == 1);
    CHECK(store.customers().search_by_name("сок").size() == 1);
    CHECK(store.customers().search_by_name("x").empty());
}

TEST_CASE("a bank card is refused and never stored", "[store][customers][bank_card]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    Enrolment e = olga();
    e.card_number = "4111 1111 1111 1111";
    try {
        store.customers().enrol(e, at("2026-11-01T10:00:00Z"));
        FAIL("a bank card was accepted");
    } catch (const StoreError& error) {
        CHECK(error.problem() == StoreProblem::bank_card);
        CHECK(error.refusal().values.empty());  // no digit of it travels with the refusal
        CHECK(std::string(error.what()) == "This is a bank card, not a loyalty card.");
    }
    const auto lookup = store.customers().find_by_card("4111111111111111");
    CHECK(lookup.failure == LookupFailure::bank_card);
    CHECK(lookup.sentence.find("4111") == std::string::npos);
    CHECK(count(store, "SELECT count(*) FROM cards") == 0);
    CHECK(count(store, "SELECT count(*) FROM customers") == 0);  // the whole enrolment rolled back
}

TEST_CASE("personal details need consent, an anonymous card does not", "[store][customers][consent]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    Enrolment e = olga();
    e.consents.personal_data = false;
    CHECK_THROWS_WITH(store.customers().enrol(e, at("2026-11-01T10:00:00Z")), Catch::Contains("consent"));
    Enrolment anonymous;
    anonymous.card_number = "2000000000022";
    const auto id = store.customers().enrol(anonymous, at("2026-11-01T10:00:00Z"));
    CHECK(store.customers().find_by_card("2000000000022").customer->id == id);
    CHECK(count(store, "SELECT count(*) FROM consents WHERE customer_id = '" + id + "' AND given = 0") == 3);
}

TEST_CASE("a blocked card is refused, its replacement keeps the customer and the balance", "[store][cards]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    const auto balance = store.customers().customer(id)->balance;
    CHECK(balance.value() > 0);
    store.customers().replace_card("2000000000015", "2000000000039", Actor{"owner"},
                                   at("2026-11-26T10:00:00Z"));
    const auto old_card = store.customers().find_by_card("2000000000015");
    CHECK(old_card.failure == LookupFailure::card_blocked);
    const auto new_card = store.customers().find_by_card("2000000000039");
    REQUIRE(new_card.customer);
    CHECK(new_card.customer->id == id);
    CHECK(new_card.customer->balance == balance);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action = 'card.replace'") == 1);
}

TEST_CASE("a sale commits receipt, lines, payments, ledger, lots and counters together", "[store][sales]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    const auto result = store.sales().commit_sale(sale_for(id), rules);
    CHECK_FALSE(result.already_committed);
    CHECK(result.receipt_number == 1);
    // Birthday week: 7990 - 10% = 7191; 5% bonus = 359 points (Wednesday x2 needs the regular segment).
    CHECK(result.quote.totals.payable.minor_units() == 7191);
    CHECK(result.change.minor_units() == 10000 - 7191);
    CHECK(result.quote.totals.points_earned.value() == 359);
    const auto c = store.customers().customer(id);
    CHECK(c->purchases_count == 1);
    CHECK(c->spend_lifetime.minor_units() == 7191);
    CHECK(c->balance.value() == 359);
    CHECK(c->birthday_used_year == 2026);
    CHECK(count(store, "SELECT count(*) FROM receipt_lines") == 1);
    CHECK(count(store, "SELECT count(*) FROM payments") == 1);
    CHECK(count(store, "SELECT count(*) FROM lots") == 1);
    CHECK(count(store, "SELECT available_at FROM lots") == at("2026-12-09T15:30:00+02:00").unix_seconds);
    // The receipt keeps the engine's answer without its lines, which receipt_lines holds once.
    CHECK(count(store,
                "SELECT json_type(quote, '$.lines') IS NULL AND json_type(quote, '$.totals') = 'object' AND "
                "json_type(quote, '$.stamps') = 'array' FROM receipts") == 1);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("committing the same receipt twice writes nothing the second time", "[store][sales][idempotent]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    const Sale sale = sale_for(id);
    const auto first = store.sales().commit_sale(sale, rules);
    const auto again = store.sales().commit_sale(sale, rules);
    CHECK(again.already_committed);
    CHECK(again.receipt_number == first.receipt_number);
    CHECK(again.quote.totals.payable == first.quote.totals.payable);
    CHECK(again.quote.lines.at(0).discounts.at(0).text == first.quote.lines.at(0).discounts.at(0).text);
    CHECK(again.change == first.change);
    CHECK(count(store, "SELECT count(*) FROM receipts") == 1);
    CHECK(count(store, "SELECT count(*) FROM ledger") == 1);
    CHECK(store.customers().customer(id)->purchases_count == 1);
}

TEST_CASE("points paid are taken from the earliest-expiring lots and the balance follows",
          "[store][sales][ledger]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    // Two earlier purchases give two lots (birthday discount only in November).
    store.sales().commit_sale(sale_for(id, "2026-03-02T12:00:00+02:00"), rules);
    store.sales().commit_sale(sale_for(id, "2026-05-04T12:00:00+03:00"), rules);
    CHECK(store.customers().customer(id)->balance.value() == 399 * 2);
    Sale pay = sale_for(id, "2026-06-01T12:00:00+03:00");
    pay.redeem = RedeemRequest{RedeemRequest::Kind::points, Points::of(500)};
    const auto r = store.sales().commit_sale(pay, rules);
    CHECK(r.quote.totals.redeemed_points.value() == 500);
    CHECK(count(store, "SELECT remaining FROM lots ORDER BY ledger_seq LIMIT 1") == 0);
    CHECK(count(store, "SELECT remaining FROM lots ORDER BY ledger_seq LIMIT 1 OFFSET 1") == 298);
    CHECK(store.customers().customer(id)->balance.value() ==
          798 - 500 + r.quote.totals.points_earned.value());
    CHECK(store.maintenance().check().empty());
    // The result names the lots and their points, the first sale's lot whole and 101 of the second's; the
    // same sale committed again reads them back from the ledger.
    std::vector<std::string> lot_ids;
    {
        SQLite::Statement q(store.database().sql(), "SELECT id FROM lots ORDER BY ledger_seq LIMIT 2");
        while (q.executeStep()) {
            lot_ids.push_back(q.getColumn(0).getString());
        }
    }
    REQUIRE(lot_ids.size() == 2);
    const std::vector<LotRedeemed> expected{{lot_ids[0], Points::of(399)}, {lot_ids[1], Points::of(101)}};
    CHECK(r.lots_redeemed == expected);
    const auto again = store.sales().commit_sale(pay, rules);
    CHECK(again.already_committed);
    CHECK(again.lots_redeemed == expected);
    CHECK(store.sales().commit_sale(sale_for(id, "2026-06-02T12:00:00+03:00"), rules).lots_redeemed.empty());
}

TEST_CASE("a sale the payments do not cover is refused and nothing is written", "[store][sales]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    Sale s = sale_for("");
    s.payments = {PaymentLine{PaymentLine::Method::card, Money::minor(5000)}};
    CHECK_THROWS_WITH(store.sales().commit_sale(s, rules), "The payments are 29.90 short of the total.");
    s.payments = {PaymentLine{PaymentLine::Method::card, Money::minor(9000)}};
    CHECK_THROWS_WITH(store.sales().commit_sale(s, rules), Catch::Contains("Only cash can give change"));
    CHECK(count(store, "SELECT count(*) FROM receipts") == 0);
}

TEST_CASE("a full disk fails the sale with a sentence and damages nothing", "[store][sales][failure]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    // Cap the file at its current size: the next write has nowhere to go, as on a full disk.
    const auto pages = count(store, "PRAGMA page_count");
    store.database().sql().exec("PRAGMA max_page_count = " + std::to_string(pages));
    Sale big = sale_for(id);
    for (int i = 0; i < 200; ++i) {
        big.lines.push_back(SaleLine{"SKU-" + std::to_string(i),
                                     std::string(200, 'x'),
                                     "tops",
                                     Money::minor(100),
                                     Quantity::pieces(1),
                                     {},
                                     false});
    }
    big.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(1'000'000)}};
    try {
        store.sales().commit_sale(big, rules);
        FAIL("the sale was written past the size limit");
    } catch (const StoreError& e) {
        CHECK(e.kind() == FailureKind::disk_full);
        CHECK(std::string(e.what()).find("the basket is kept") != std::string::npos);
    }
    CHECK(count(store, "SELECT count(*) FROM receipts") == 1);
    CHECK(store.customers().customer(id)->purchases_count == 1);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("db check finds a cached balance that disagrees with the ledger", "[store][check]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    store.database().sql().exec("UPDATE customers SET balance_cached = balance_cached + 7");
    const auto problems = store.maintenance().check();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("the ledger sums to 359") != std::string::npos);
}

TEST_CASE("the cards and segments kept with a customer's row follow every change, and db check compares them",
          "[store][check][lookup]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.customers().replace_card("2000000000015", "2000000000022", Actor{"maria"},
                                   at("2026-11-02T10:00:00+02:00"));
    store.customers().set_owner_segment(CustomerId{id}, "neighbours", true, Actor{"maria"},
                                        at("2026-11-02T10:00:00+02:00"));
    store.customers().set_owner_segment(CustomerId{id}, "bridal", true, Actor{"maria"},
                                        at("2026-11-02T10:00:00+02:00"));
    store.customers().set_owner_segment(CustomerId{id}, "neighbours", false, Actor{"maria"},
                                        at("2026-11-03T10:00:00+02:00"));
    // Read back from the row alone: the old card, then its replacement; the segments by name.
    const Lookup found = store.customers().find_by_card("2000000000022");
    REQUIRE(found.customer.has_value());
    REQUIRE(found.customer->cards.size() == 2);
    CHECK(found.customer->cards[0].number == "2000000000015");
    CHECK(found.customer->cards[0].status == CardStatus::lost);
    CHECK(found.customer->cards[1].number == "2000000000022");
    CHECK(found.customer->cards[1].status == CardStatus::active);
    CHECK(found.customer->segments == std::vector<std::string>{"bridal"});
    CHECK(store.maintenance().check().empty());
    // A card written by hand behind the triggers' back is what db check is for.
    store.database().sql().exec("DROP TRIGGER cards_fold_insert");
    store.database().sql().exec(
        "INSERT INTO cards(number, customer_id, issued_at) VALUES ('2000000000039', '" + id +
        "', '2026-11-04T08:00:00Z')");
    store.database().sql().exec("UPDATE customers SET segments_folded = 'vip' WHERE id = '" + id + "'");
    const auto problems = store.maintenance().check();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "customer " + id + ": the cards kept with her row differ from the cards table");
    CHECK(problems[1] ==
          "customer " + id + ": the segments kept with her row differ from the segments table");
}

TEST_CASE("a backup is a verified, self-contained copy", "[store][backup]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    store.maintenance().backup(dir.file("backup.db"));
    CHECK_FALSE(std::filesystem::exists(dir.file("backup.db.partial")));
    Store copy(dir.file("backup.db"), Database::Mode::open_existing);
    CHECK(copy.customers().customer(id)->balance.value() == 359);
    CHECK(copy.maintenance().check().empty());
    CHECK_THROWS_AS(store.maintenance().backup(dir.file("no/such/folder/backup.db")), StoreError);
}

TEST_CASE("the expiry run turns expired remainders into expire entries, once", "[store][points][expiry]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2025-01-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id, "2025-03-03T12:00:00+02:00"),
                              rules);  // 399 points, expire 2026-03-17
    CHECK(store.maintenance().run_expiry(at("2026-03-17T11:59:59+02:00")).lots == 0);
    const auto run = store.maintenance().run_expiry(at("2026-03-17T12:00:00+02:00"));
    CHECK(run.lots == 1);
    CHECK(run.customers == 1);
    CHECK(run.points.value() == 399);
    CHECK(store.customers().customer(id)->balance.value() == 0);
    CHECK(store.maintenance().run_expiry(at("2026-04-01T12:00:00+03:00")).lots ==
          0);  // nothing left to expire
    CHECK(count(store, "SELECT count(*) FROM ledger WHERE kind = 'expire'") == 1);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("an owner's points correction needs a reason, is audited and cannot overdraw",
          "[store][points][adjust]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    const Instant now = at("2026-11-20T10:00:00+02:00");
    CHECK_THROWS_WITH(
        store.customers().adjust_points(CustomerId{id}, Points::of(100), "", Actor{"owner"}, now),
        Catch::Contains("needs a reason"));
    store.customers().adjust_points(CustomerId{id}, Points::of(100), "goodwill: late delivery",
                                    Actor{"owner"}, now);
    CHECK(store.customers().customer(id)->balance.value() == 100);
    store.customers().adjust_points(CustomerId{id}, Points::of(-40), "entered twice by mistake",
                                    Actor{"owner"}, now);
    CHECK(store.customers().customer(id)->balance.value() == 60);
    CHECK_THROWS_WITH(
        store.customers().adjust_points(CustomerId{id}, Points::of(-61), "too much", Actor{"owner"}, now),
        "The customer has only 60 spendable points; nothing was taken.");
    CHECK(store.customers().customer(id)->balance.value() == 60);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action = 'points.adjust'") == 2);
    CHECK(store.maintenance().check().empty());
}

namespace {

Sale two_line_sale(const std::string& customer, const char* when) {
    Sale s = sale_for(customer, when);
    s.lines = {
        SaleLine{"TOP-1", "Silk top", "tops", Money::minor(3000), Quantity::pieces(3), {}, false},
        SaleLine{"GIFT-25", "Gift card", "gift_cards", Money::minor(2500), Quantity::pieces(1), {}, false}};
    s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(20000)}};
    return s;
}

Sales::RefundRequest return_of(const std::string& receipt, std::vector<std::pair<int, Quantity>> lines,
                               const char* when) {
    Sales::RefundRequest r;
    r.refund_id = new_id();
    r.receipt_id = receipt;
    r.lines = std::move(lines);
    r.cashier_id = "anna";
    r.reason = "did not fit";
    r.at = at(when);
    return r;
}

}  // namespace

TEST_CASE("returns by quantity give back exactly what was paid, points and spend follow",
          "[store][refunds]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id, "2026-03-02T12:00:00+02:00"), rules);  // 399 points to spend
    Sale s = two_line_sale(id, "2026-04-06T12:00:00+03:00");
    s.redeem = RedeemRequest{RedeemRequest::Kind::points, Points::of(300)};
    const auto sale = store.sales().commit_sale(s, rules);
    // Tops 9000 pay 300 in points: line 1 net 9000, redeemed 300, paid 8700; 5% of 8700 = 435 points.
    REQUIRE(sale.quote.totals.redeemed_points.value() == 300);
    REQUIRE(sale.quote.lines[0].points.value() == 435);
    const auto spend_after_sale = store.customers().customer(id)->spend_lifetime;

    const auto first = store.sales().refund(
        return_of(s.receipt_id, {{1, Quantity::pieces(1)}}, "2026-04-07T12:00:00+03:00"), rules);
    CHECK(first.money_back.minor_units() == 2900);  // a third of 8700
    CHECK(first.points_reversed.value() == 145);    // a third of 435
    CHECK(first.points_restored.value() == 100);    // a third of 300 redeemed
    CHECK_FALSE(first.receipt_fully_refunded);
    const auto rest =
        store.sales().refund(return_of(s.receipt_id, {{1, Quantity::pieces(2)}, {2, Quantity::pieces(1)}},
                                       "2026-04-08T12:00:00+03:00"),
                             rules);
    CHECK(first.money_back.minor_units() + rest.money_back.minor_units() ==
          sale.quote.totals.payable.minor_units());
    CHECK(first.points_restored.value() + rest.points_restored.value() == 300);
    CHECK(first.points_reversed.value() + rest.points_reversed.value() == 435);
    CHECK(rest.receipt_fully_refunded);
    // Tier spend loses the tops' paid share only: the gift card never counted.
    CHECK(store.customers().customer(id)->spend_lifetime.minor_units() ==
          spend_after_sale.minor_units() - 8700);
    // Back to the balance before the sale (399), with the restored points in a new lot.
    CHECK(store.customers().customer(id)->balance.value() == 399);
    CHECK(store.maintenance().check().empty());
    // Nothing is left to return.
    CHECK_THROWS_WITH(
        store.sales().refund(return_of(s.receipt_id, {{1, Quantity::pieces(1)}}, "2026-04-09T12:00:00+03:00"),
                             rules),
        Catch::Contains("more returned than was sold"));
}

TEST_CASE("the same return twice writes nothing the second time", "[store][refunds][idempotent]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    const Sale s = two_line_sale(id, "2026-04-06T12:00:00+03:00");
    store.sales().commit_sale(s, rules);
    const auto request = return_of(s.receipt_id, {{1, Quantity::pieces(1)}}, "2026-04-07T12:00:00+03:00");
    const auto first = store.sales().refund(request, rules);
    const auto again = store.sales().refund(request, rules);
    CHECK(again.already_committed);
    CHECK(again.money_back == first.money_back);
    CHECK(count(store, "SELECT count(*) FROM refunds") == 1);
    CHECK(count(store, "SELECT count(*) FROM ledger WHERE kind = 'refund_reverse'") == 1);
}

TEST_CASE("points already spent make the balance negative, and the next quote sees it",
          "[store][refunds][negative]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    const Sale first = sale_for(id, "2026-03-02T12:00:00+02:00");  // 399 points
    store.sales().commit_sale(first, rules);
    Sale spend = sale_for(id, "2026-04-06T12:00:00+03:00");
    spend.redeem = RedeemRequest{RedeemRequest::Kind::max, {}};
    store.sales().commit_sale(spend, rules);  // spends the 399
    const auto r = store.sales().refund(
        return_of(first.receipt_id, {{1, Quantity::pieces(1)}}, "2026-04-07T12:00:00+03:00"), rules);
    CHECK(r.points_reversed.value() == 399);
    // 399 + 379 earned, 399 spent, 399 taken back: the second purchase's 379 cannot cover it all.
    const auto balance = store.customers().customer(id)->balance.value();
    CHECK(balance == -20);
    CHECK(store.maintenance().check().empty());
    // The next quote sees the debt: nothing to redeem until new points cover it.
    const auto state = store.customers().quote_state(id, at("2026-06-01T12:00:00+03:00"), rules.rules());
    CHECK(available_balance(state.lots, at("2026-06-01T12:00:00+03:00")).value() == -20);
}

TEST_CASE("a fully returned receipt gives back its stamp and its coupon", "[store][refunds][stamps]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    const Sale s = sale_for(id, "2026-03-02T12:00:00+02:00");
    store.sales().commit_sale(s, rules);
    CHECK(count(store, "SELECT count FROM stamps") == 1);
    store.sales().refund(return_of(s.receipt_id, {{1, Quantity::pieces(1)}}, "2026-03-03T12:00:00+02:00"),
                         rules);
    CHECK(count(store, "SELECT count FROM stamps") == 0);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("returns refuse lines that are not on the receipt", "[store][refunds]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const Sale s = sale_for("", "2026-03-02T12:00:00+02:00");
    store.sales().commit_sale(s, rules);
    CHECK_THROWS_WITH(
        store.sales().refund(return_of(s.receipt_id, {{5, Quantity::pieces(1)}}, "2026-03-03T12:00:00+02:00"),
                             rules),
        "Receipt line 5 does not exist.");
    CHECK_THROWS_WITH(store.sales().refund(
                          return_of("nope", {{1, Quantity::pieces(1)}}, "2026-03-03T12:00:00+02:00"), rules),
                      "There is no such receipt.");
    const auto anonymous = store.sales().refund(
        return_of(s.receipt_id, {{1, Quantity::pieces(1)}}, "2026-03-03T12:00:00+02:00"), rules);
    CHECK(anonymous.money_back.minor_units() == 7990);
}

TEST_CASE("segments are computed nightly and after each sale, owner segments stay", "[store][segments]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string olga_id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    Enrolment e;
    e.first_name = "Mari";
    e.consents.personal_data = true;
    const std::string mari = store.customers().enrol(e, at("2026-01-01T10:00:00+02:00"));
    store.customers().set_owner_segment(CustomerId{mari}, "staff", true, Actor{"owner"},
                                        at("2026-01-02T10:00:00+02:00"));
    CHECK_THROWS_WITH(store.customers().set_owner_segment(CustomerId{mari}, "vip", true, Actor{"owner"},
                                                          at("2026-01-02T10:00:00+02:00")),
                      Catch::Contains("computed by Kassa"));
    for (const char* when :
         {"2026-03-02T12:00:00+02:00", "2026-03-20T12:00:00+02:00", "2026-04-06T12:00:00+03:00"}) {
        store.sales().commit_sale(sale_for(olga_id, when), rules);
    }
    // The third purchase in 90 days makes Olga a regular at once, before any nightly run.
    CHECK(store.customers().customer(olga_id)->segments == std::vector<std::string>{"regular"});
    const auto run = store.maintenance().recompute_segments(at("2026-04-07T03:00:00+03:00"));
    CHECK(run.customers == 2);
    CHECK(store.customers().customer(olga_id)->segments == std::vector<std::string>{"regular", "vip"});
    CHECK(store.customers().customer(mari)->segments == std::vector<std::string>{"staff"});
    // Three months later without a purchase Olga is dormant; Mari keeps her staff card.
    store.maintenance().recompute_segments(at("2026-07-06T03:00:00+03:00"));
    CHECK(store.customers().customer(olga_id)->segments == std::vector<std::string>{"dormant", "vip"});
    CHECK(store.customers().customer(mari)->segments == std::vector<std::string>{"staff"});
}

TEST_CASE("a read-only database fails the sale with a sentence and keeps what was there",
          "[store][sales][failure]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    // query_only makes SQLite answer every write with SQLITE_READONLY, as a read-only file does (tests run
    // as root here, where file permissions would not stop a write).
    store.database().sql().exec("PRAGMA query_only = ON");
    try {
        store.sales().commit_sale(sale_for(id), rules);
        FAIL("wrote to a read-only database");
    } catch (const StoreError& e) {
        CHECK(e.kind() == FailureKind::read_only);
        CHECK(std::string(e.what()) ==
              "The shop's database cannot be written to: nothing was saved. Check the disk and its "
              "permissions. The "
              "sale was not saved; the basket is kept: try again.");
    }
    store.database().sql().exec("PRAGMA query_only = OFF");
    CHECK(count(store, "SELECT count(*) FROM receipts") == 1);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("a database locked by another program fails the sale with a sentence, a retry succeeds",
          "[store][sales][failure]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.database().sql().setBusyTimeout(50);  // the till waits 5 s; the test need not
    const Sale sale = sale_for(id);
    {
        SQLite::Database other(dir.file("shop.db"), SQLite::OPEN_READWRITE);
        SQLite::Transaction writer(other, SQLite::TransactionBehavior::IMMEDIATE);
        try {
            store.sales().commit_sale(sale, rules);
            FAIL("committed while another writer held the lock");
        } catch (const StoreError& e) {
            CHECK(e.kind() == FailureKind::busy);
            CHECK(std::string(e.what()).find("busy with another program") != std::string::npos);
        }
    }
    // The basket the till kept is committed by the retry, once.
    CHECK(store.sales().commit_sale(sale, rules).receipt_number == 1);
    CHECK(count(store, "SELECT count(*) FROM receipts") == 1);
}

TEST_CASE("a reader in the middle of an export neither blocks a sale nor sees half of it", "[store][wal]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    Store night(dir.file("shop.db"), Database::Mode::open_existing);
    night.database().sql().setBusyTimeout(0);  // a reader that waited would hide a lock
    store.database().sql().setBusyTimeout(0);
    SQLite::Transaction export_snapshot(night.database().sql(), SQLite::TransactionBehavior::DEFERRED);
    CHECK(count(night, "SELECT count(*) FROM receipts") == 1);
    // While the export reads, the till commits two more sales without waiting.
    store.sales().commit_sale(sale_for(id), rules);
    store.sales().commit_sale(sale_for(id), rules);
    // The export still sees the day as it was when it started: whole receipts only.
    CHECK(count(night, "SELECT count(*) FROM receipts") == 1);
    CHECK(count(night, "SELECT count(*) FROM receipt_lines") == 1);
    export_snapshot.commit();
    CHECK(count(night, "SELECT count(*) FROM receipts") == 3);
    CHECK(night.maintenance().check().empty());
}

TEST_CASE("a customer's data is exported whole and erased without touching the books", "[store][privacy]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"));
    store.sales().commit_sale(sale_for(id), rules);
    const auto exported = nlohmann::json::parse(store.customers().export_customer(id));
    CHECK(exported["customer"]["first_name"] == "Olga");
    CHECK(exported["customer"]["phone"] == "+37251234567");
    CHECK(exported["cards"].size() == 1);
    CHECK(exported["consents"].size() == 3);
    CHECK(exported["receipts"].size() == 1);
    CHECK(exported["points_ledger"].size() == 1);

    store.customers().erase_customer(CustomerId{id}, Actor{"owner"}, at("2026-11-30T10:00:00+02:00"));
    const auto c = store.customers().customer(id);
    CHECK(c->first_name.empty());
    CHECK(c->phone.empty());
    CHECK_FALSE(c->birthday);
    CHECK_FALSE(c->consents.personal_data);
    CHECK(store.customers().find_by_phone("5123 4567").failure == LookupFailure::not_found);
    CHECK(store.customers().search_by_name("olga").empty());
    CHECK(store.customers().find_by_card("2000000000015").failure == LookupFailure::card_blocked);
    // The sale and the points stay, anonymised.
    CHECK(count(store, "SELECT count(*) FROM receipts WHERE customer_id = '" + id + "'") == 1);
    CHECK(c->balance.value() == 359);
    CHECK(count(store, "SELECT count(*) FROM consents WHERE customer_id = '" + id +
                           "' AND source = 'erasure'") == 3);
    CHECK_THROWS_WITH(
        store.customers().erase_customer(CustomerId{id}, Actor{"owner"}, at("2026-12-01T10:00:00+02:00")),
        Catch::Contains("already erased"));
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("enrolment credits the bonus program's welcome points as a held lot",
          "[store][customers][welcome]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();  // welcome_points 500, hold 14 days, expiry 365 days
    const std::string id = store.customers().enrol(olga(), at("2026-11-01T10:00:00+02:00"), &rules);
    CHECK(store.customers().customer(id)->balance.value() == 500);
    const auto state = store.customers().quote_state(id, at("2026-11-02T10:00:00+02:00"), rules.rules());
    CHECK(available_balance(state.lots, at("2026-11-02T10:00:00+02:00")).value() == 0);  // on hold
    CHECK(available_balance(state.lots, at("2026-11-15T10:00:00+02:00")).value() == 500);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("a public coupon code serves every customer, a single-use code serves once",
          "[store][sales][coupons]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    auto document = nlohmann::json::parse(file);
    document["programs"].push_back({{"id", "autumn"},
                                    {"type", "coupon"},
                                    {"public_code", "AUTUMN10"},
                                    {"codes", {"ONCE-1"}},
                                    {"effect", {{"type", "percent_off"}, {"percent_bp", 1000}}}});
    auto read = json::read_rules(document);
    REQUIRE(read.errors.empty());
    const CompiledRules rules(*read.rules, sys::load_time_zone(read.rules->time_zone));
    for (int i = 0; i < 2; ++i) {
        Sale s = sale_for("", "2026-10-05T12:00:00+03:00");
        s.coupon_codes = {"autumn10"};
        CHECK(store.sales().commit_sale(s, rules).quote.coupons_applied.size() == 1);
    }
    Sale once = sale_for("", "2026-10-05T12:00:00+03:00");
    once.coupon_codes = {"ONCE-1"};
    CHECK(store.sales().commit_sale(once, rules).quote.coupons_applied.size() == 1);
    Sale twice = sale_for("", "2026-10-05T12:00:00+03:00");
    twice.coupon_codes = {"ONCE-1"};
    const auto r = store.sales().commit_sale(twice, rules);
    CHECK(r.quote.coupons_applied.empty());
    REQUIRE(r.quote.rejected.size() == 1);
    CHECK(r.quote.rejected[0].reason == RejectReason::already_used);
}
