// What the till needs from the store, on real SQLite files (WAL): cashiers and PINs with their lockout, the
// owner's approval and the audit, product search, receipts for returns and reprints, a return previewed
// before it is made, stock that follows sales and returns, and baskets that outlive the till's process.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

Instant at(const char* text) {
    return parse_timestamp(text).instant;
}

Instant plus_seconds(Instant t, std::int64_t s) {
    return Instant{t.unix_seconds + s};
}

CompiledRules boutique_rules() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    auto read = json::read_rules(nlohmann::json::parse(file));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

std::int64_t count(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

std::string text(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getString();
}

Product product(const std::string& sku, const std::string& name, std::int64_t price) {
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = "tops";
    p.price = Money::minor(price);
    return p;
}

Enrolment olga() {
    Enrolment e;
    e.first_name = "Olga";
    e.last_name = "Ivanova";
    e.phone = "5123 4567";
    e.consents = Consents{true, true, false};
    e.card_number = "2000000000015";
    return e;
}

Sale sale_of(const std::string& customer, std::vector<SaleLine> lines, const char* when) {
    Sale s;
    s.receipt_id = new_id();
    s.customer_id = customer;
    s.cashier_id = "anna";
    s.at = at(when);
    s.lines = std::move(lines);
    s.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(1'000'000)}};
    return s;
}

SaleLine line(const std::string& sku, std::int64_t price, Quantity qty, bool by_weight = false) {
    return SaleLine{sku, "Item " + sku, "tops", Money::minor(price), qty, {}, by_weight};
}

Sales::RefundRequest return_of(const std::string& receipt, std::vector<std::pair<int, Quantity>> lines,
                               const char* when) {
    Sales::RefundRequest r;
    r.refund_id = new_id();
    r.receipt_id = receipt;
    r.lines = std::move(lines);
    r.cashier_id = "anna";
    r.reason = "does not fit";
    r.at = at(when);
    return r;
}

void tallinn(Store& store) {
    ShopSettings s;
    s.time_zone = "Europe/Tallinn";
    store.shop().save_settings(s);
}

}  // namespace

// ---- schema ----------------------------------------------------------------------------------------------

TEST_CASE("migration 2 keeps a version 1 shop's catalog and makes it searchable",
          "[store][schema][migration]") {
    testing::TempDir dir;
    {
        SQLite::Database raw(dir.file("shop.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        migrate(raw, 1);
        raw.exec(
            "INSERT INTO products(sku, name, category, price) VALUES ('DRESS-0412', 'Linen dress, blue', "
            "'dresses', 7990)");
        raw.exec("INSERT INTO product_barcodes(barcode, product_id) VALUES ('4740000000017', 1)");
    }
    Store store(dir.file("shop.db"), Database::Mode::open_existing);
    CHECK(store.database().schema_version() == Database::current_schema_version());
    CHECK(store.catalog().product_by_barcode("4740000000017")->sku == "DRESS-0412");
    const auto found = store.catalog().search_products("blu");
    REQUIRE(found.size() == 1);
    CHECK(found[0].sku == "DRESS-0412");
    CHECK(store.catalog().search_products("dress-04").size() == 1);
    CHECK(store.maintenance().check().empty());
}

// ---- cashiers --------------------------------------------------------------------------------------------

TEST_CASE("cashiers are listed owners first then by name, a PIN is 4 to 8 digits", "[store][cashiers]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const Instant now = at("2026-11-25T09:00:00+02:00");
    const auto anna = store.staff().add_cashier("Anna", Role::cashier, "1111", Actor{"setup"}, now);
    store.staff().add_cashier("Maria", Role::owner, "1234", Actor{"setup"}, now);
    store.staff().add_cashier("Bruno", Role::cashier, "87654321", Actor{"setup"}, now);
    const auto list = store.staff().cashiers();
    REQUIRE(list.size() == 3);
    CHECK(list[0].name == "Maria");
    CHECK(list[0].role == Role::owner);
    CHECK(list[1].name == "Anna");
    CHECK(list[1].id == anna);
    CHECK(list[2].name == "Bruno");
    for (const char* bad : {"123", "123456789", "12a4", "", " 1234"}) {
        INFO(bad);
        CHECK_THROWS_WITH(store.staff().add_cashier("Eve", Role::cashier, bad, Actor{"setup"}, now),
                          "A PIN is 4 to 8 digits.");
        CHECK_THROWS_WITH(store.staff().set_pin(CashierId{anna}, bad, Actor{"setup"}, now),
                          "A PIN is 4 to 8 digits.");
    }
    CHECK_THROWS_WITH(store.staff().add_cashier("", Role::cashier, "1234", Actor{"setup"}, now),
                      "A cashier needs a name.");
    CHECK_THROWS_WITH(store.staff().set_pin(CashierId{"nobody"}, "1234", Actor{"setup"}, now),
                      "There is no such cashier.");
    CHECK(count(store, "SELECT count(*) FROM cashiers") == 3);
    // The PIN is kept only as an Argon2id hash in the form crypto_pwhash_str writes, and never in the audit.
    const std::string hash = text(store, "SELECT pin_hash FROM cashiers WHERE name = 'Anna'");
    CHECK(hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
    REQUIRE(sodium_init() >= 0);
    CHECK(crypto_pwhash_str_verify(hash.c_str(), "1111", 4) == 0);
    CHECK(crypto_pwhash_str_needs_rehash(hash.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                         crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action = 'cashier.add'") == 3);
    CHECK(count(store,
                "SELECT count(*) FROM audit_log WHERE details LIKE '%1111%' OR details LIKE '%1234%'") == 0);
}

TEST_CASE("a PIN hashed by crypto_pwhash_str itself is accepted", "[store][cashiers]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const Instant now = at("2026-11-25T09:00:00+02:00");
    const auto id = store.staff().add_cashier("Anna", Role::cashier, "1111", Actor{"setup"}, now);
    REQUIRE(sodium_init() >= 0);
    char hash[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(hash, "2468", 4, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0);
    SQLite::Statement q(store.database().sql(), "UPDATE cashiers SET pin_hash = ? WHERE id = ?");
    q.bind(1, std::string(hash));
    q.bind(2, id);
    q.exec();
    CHECK(store.staff().check_pin(CashierId{id}, "2468", now).outcome == PinCheck::Outcome::ok);
}

TEST_CASE("five wrong PINs lock the account for five minutes, a right PIN resets the count",
          "[store][cashiers][pin]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    tallinn(store);
    const Instant t0 = at("2026-11-25T14:00:00+02:00");
    const auto anna = store.staff().add_cashier("Anna", Role::cashier, "1111", Actor{"owner"}, t0);

    auto ok = store.staff().check_pin(CashierId{anna}, "1111", t0);
    CHECK(ok.outcome == PinCheck::Outcome::ok);
    REQUIRE(ok.cashier);
    CHECK(ok.cashier->name == "Anna");
    CHECK(ok.sentence.empty());

    auto wrong = store.staff().check_pin(CashierId{anna}, "2222", t0);
    CHECK(wrong.outcome == PinCheck::Outcome::wrong);
    CHECK(wrong.attempts_left == 4);
    CHECK(wrong.refusal == StoreRefusal{StoreProblem::pin_wrong, {std::int64_t{4}}});
    CHECK(wrong.sentence == "Wrong PIN: 4 attempts left.");
    // A right PIN resets the count: four more wrong ones still do not lock.
    CHECK(store.staff().check_pin(CashierId{anna}, "1111", t0).outcome == PinCheck::Outcome::ok);
    for (int left = 4; left >= 1; --left) {
        wrong = store.staff().check_pin(CashierId{anna}, "9999", t0);
        CHECK(wrong.outcome == PinCheck::Outcome::wrong);
        CHECK(wrong.attempts_left == left);
    }
    CHECK(wrong.refusal == StoreRefusal{StoreProblem::pin_wrong, {std::int64_t{1}}});
    CHECK(wrong.sentence == "Wrong PIN: 1 attempt left.");
    // The fifth in a row locks until 14:05 shop time (from the moment of the fifth).
    const Instant fifth = plus_seconds(t0, 60);
    const auto locked = store.staff().check_pin(CashierId{anna}, "9999", fifth);
    CHECK(locked.outcome == PinCheck::Outcome::locked);
    REQUIRE(locked.locked_until);
    CHECK(*locked.locked_until == plus_seconds(fifth, 300));
    CHECK(locked.refusal == StoreRefusal{StoreProblem::pin_locked, {ProblemClock{14, 6}, std::int64_t{5}}});
    CHECK(locked.sentence == "Locked until 14:06 after 5 wrong PINs.");
    // Locked: even the right PIN is refused until then.
    const auto still = store.staff().check_pin(CashierId{anna}, "1111", plus_seconds(fifth, 299));
    CHECK(still.outcome == PinCheck::Outcome::locked);
    CHECK(still.sentence == "Locked until 14:06 after 5 wrong PINs.");
    // Then the right PIN works, and a new lockout needs five wrong PINs again.
    CHECK(store.staff().check_pin(CashierId{anna}, "1111", plus_seconds(fifth, 300)).outcome ==
          PinCheck::Outcome::ok);
    CHECK(store.staff().check_pin(CashierId{anna}, "9999", plus_seconds(fifth, 301)).attempts_left == 4);
    // Unknown and switched-off cashiers.
    const auto unknown = store.staff().check_pin(CashierId{"nobody"}, "1111", t0);
    CHECK(unknown.outcome == PinCheck::Outcome::unknown);
    CHECK(unknown.refusal.problem == StoreProblem::cashier_unknown);
    CHECK_FALSE(unknown.sentence.empty());
    // Every outcome is audited, the PIN never.
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action LIKE 'pin.%'") == 12);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action = 'pin.locked'") == 2);
    CHECK(count(store,
                "SELECT count(*) FROM audit_log WHERE details LIKE '%9999%' OR details LIKE '%1111%' "
                "OR subject LIKE '%9999%'") == 0);
    // A new PIN set by the owner lifts a lock.
    for (int i = 0; i < 5; ++i) {
        store.staff().check_pin(CashierId{anna}, "9999", plus_seconds(fifth, 400));
    }
    CHECK(store.staff().check_pin(CashierId{anna}, "1111", plus_seconds(fifth, 401)).outcome ==
          PinCheck::Outcome::locked);
    store.staff().set_pin(CashierId{anna}, "5555", Actor{"owner"}, plus_seconds(fifth, 402));
    CHECK(store.staff().check_pin(CashierId{anna}, "5555", plus_seconds(fifth, 403)).outcome ==
          PinCheck::Outcome::ok);
    CHECK(store.staff().check_pin(CashierId{anna}, "1111", plus_seconds(fifth, 404)).outcome ==
          PinCheck::Outcome::wrong);
}

TEST_CASE("the owner's approval takes any active owner's PIN, with a lockout per owner",
          "[store][cashiers][owner]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    tallinn(store);
    const Instant t0 = at("2026-11-25T10:00:00+02:00");
    CHECK(store.staff().check_owner_pin("1234", t0).outcome == PinCheck::Outcome::unknown);
    store.staff().add_cashier("Anna", Role::cashier, "1111", Actor{"setup"}, t0);
    const auto maria = store.staff().add_cashier("Maria", Role::owner, "1234", Actor{"setup"}, t0);
    const auto liis = store.staff().add_cashier("Liis", Role::owner, "4321", Actor{"setup"}, t0);

    // A cashier's PIN is no approval.
    const auto cashier_pin = store.staff().check_owner_pin("1111", t0);
    CHECK(cashier_pin.outcome == PinCheck::Outcome::wrong);
    CHECK(cashier_pin.attempts_left == 4);
    auto ok = store.staff().check_owner_pin("4321", t0);
    CHECK(ok.outcome == PinCheck::Outcome::ok);
    CHECK(ok.cashier->id == liis);
    ok = store.staff().check_owner_pin("1234", t0);
    CHECK(ok.outcome == PinCheck::Outcome::ok);
    CHECK(ok.cashier->id == maria);
    // Each owner's right PIN reset her own count. Five wrong approvals in a row lock both owners.
    PinCheck last;
    for (int i = 0; i < 5; ++i) {
        last = store.staff().check_owner_pin("0000", t0);
    }
    CHECK(last.outcome == PinCheck::Outcome::locked);
    CHECK(last.refusal == StoreRefusal{StoreProblem::pin_locked, {ProblemClock{10, 5}, std::int64_t{5}}});
    CHECK(last.sentence == "Locked until 10:05 after 5 wrong PINs.");
    CHECK(store.staff().check_owner_pin("1234", plus_seconds(t0, 60)).outcome == PinCheck::Outcome::locked);
    CHECK(store.staff().check_pin(CashierId{maria}, "1234", plus_seconds(t0, 60)).outcome ==
          PinCheck::Outcome::locked);
    CHECK(store.staff().check_owner_pin("1234", plus_seconds(t0, 300)).outcome == PinCheck::Outcome::ok);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action LIKE 'owner_pin.%'") == 11);
    // Each wrong approval is on each owner's own record too: the cashier's PIN, then four before the lock.
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE action = 'pin.wrong' AND subject = '" + maria +
                           "'") == 5);
}

TEST_CASE("the till's approved actions go to the audit log", "[store][audit]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    store.staff().audit(Actor{"maria"}, "basket.cancel", "receipt-1", "customer left",
                        at("2026-11-25T10:00:00+02:00"));
    CHECK(text(store,
               "SELECT actor || '|' || action || '|' || subject || '|' || details || '|' || at FROM "
               "audit_log") == "maria|basket.cancel|receipt-1|customer left|2026-11-25T08:00:00+00:00");
    CHECK_THROWS_AS(store.staff().audit(Actor{""}, "x", "", "", at("2026-11-25T10:00:00+02:00")), StoreError);
}

// ---- catalog search --------------------------------------------------------------------------------------

TEST_CASE("product search: SKU prefix or a word prefix, folded, active only, by name, limited",
          "[store][catalog]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    store.catalog().upsert_product(product("DRESS-0412", "Linen dress, blue", 7990));
    store.catalog().upsert_product(product("DRESS-0413", "Silk dress", 12990));
    store.catalog().upsert_product(product("TOP-1", "Blouse Dressy", 3990));
    store.catalog().upsert_product(product("RU-1", "Платье ёлочка", 4990));
    auto old = product("DRESS-0001", "Dress of last year", 1000);
    old.active = false;
    store.catalog().upsert_product(old);

    auto skus = [&](const std::string& text, int limit = 20) {
        std::vector<std::string> out;
        for (const auto& p : store.catalog().search_products(text, limit)) {
            out.push_back(p.sku);
        }
        return out;
    };
    // By name: "Blouse Dressy" < "Linen dress, blue" < "Silk dress"; the inactive one never.
    CHECK(skus("dress") == std::vector<std::string>{"TOP-1", "DRESS-0412", "DRESS-0413"});
    CHECK(skus("DRESS-04") == std::vector<std::string>{"DRESS-0412", "DRESS-0413"});
    CHECK(skus("dress-0412") == std::vector<std::string>{"DRESS-0412"});
    CHECK(skus("BL") == std::vector<std::string>{"TOP-1", "DRESS-0412"});
    CHECK(skus("BLU") == std::vector<std::string>{"DRESS-0412"});
    CHECK(skus("linen dr") == std::vector<std::string>{"DRESS-0412"});
    CHECK(skus("dress bl") == std::vector<std::string>{"DRESS-0412"});
    CHECK(skus("ЕЛОЧ") == std::vector<std::string>{"RU-1"});  // е and ё fold together
    CHECK(skus("плат") == std::vector<std::string>{"RU-1"});
    CHECK(skus("dress", 2).size() == 2);
    CHECK(skus("ress").empty());  // a word's start, not its middle
    CHECK(skus("  ").empty());
    // Renaming replaces the old keys.
    store.catalog().upsert_product(product("TOP-1", "Blouse", 3990));
    CHECK(skus("dressy").empty());
    const auto found = store.catalog().search_products("linen");
    REQUIRE(found.size() == 1);
    CHECK(found[0].price.minor_units() == 7990);
}

// ---- receipts, returns, stock ----------------------------------------------------------------------------

TEST_CASE("receipts for returns and reprints: lines with what was returned, payments, newest first",
          "[store][receipts]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const auto olga_id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    Sale first =
        sale_of(olga_id, {line("A", 2000, Quantity::pieces(3)), line("B", 1500, Quantity::pieces(1))},
                "2026-03-02T12:00:00+02:00");
    first.card_number = "2000000000015";
    store.sales().commit_sale(first, rules);
    const Sale anonymous = sale_of("", {line("C", 990, Quantity::pieces(1))}, "2026-03-03T12:00:00+02:00");
    store.sales().commit_sale(anonymous, rules);
    const Sale second = sale_of(olga_id, {line("B", 1500, Quantity::pieces(2))}, "2026-03-04T12:00:00+02:00");
    store.sales().commit_sale(second, rules);
    store.sales().refund(return_of(first.receipt_id, {{1, Quantity::pieces(1)}}, "2026-03-05T12:00:00+02:00"),
                         rules);

    const auto r = store.sales().receipt(first.receipt_id);
    REQUIRE(r);
    CHECK(r->number == 1);
    CHECK(r->at == first.at);
    CHECK(r->customer_id == olga_id);
    CHECK(r->customer_name == "Olga Ivanova");
    CHECK(r->card_number == "2000000000015");
    CHECK(r->cashier_id == "anna");
    CHECK(r->totals.gross.minor_units() == 7500);
    CHECK(r->totals.points_earned.value() > 0);
    CHECK(r->totals.points_available_at);
    REQUIRE(r->lines.size() == 2);
    CHECK(r->lines[0].line_no == 1);
    CHECK(r->lines[0].sku == "A");
    CHECK(r->lines[0].qty == Quantity::pieces(3));
    CHECK(r->lines[0].refunded_qty == Quantity::pieces(1));
    CHECK(r->lines[1].refunded_qty == Quantity::pieces(0));
    CHECK(r->lines[0].net + r->lines[1].net == r->totals.net);
    REQUIRE(r->payments.size() == 1);
    CHECK(r->payments[0].method == PaymentLine::Method::cash);
    CHECK(r->change == r->payments[0].amount - r->totals.payable);
    CHECK_FALSE(r->fully_refunded);

    CHECK(store.sales().receipt_by_number(2)->id == anonymous.receipt_id);
    CHECK(store.sales().receipt_by_number(2)->customer_name.empty());
    CHECK_FALSE(store.sales().receipt_by_number(99));
    CHECK_FALSE(store.sales().receipt("nope"));
    const auto hers = store.sales().recent_receipts(olga_id);
    REQUIRE(hers.size() == 2);
    CHECK(hers[0].id == second.receipt_id);
    CHECK(hers[1].id == first.receipt_id);
    const auto all = store.sales().recent_receipts("", 2);
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == second.receipt_id);
    CHECK(all[1].id == anonymous.receipt_id);

    store.sales().refund(
        return_of(second.receipt_id, {{1, Quantity::pieces(2)}}, "2026-03-05T12:00:00+02:00"), rules);
    CHECK(store.sales().receipt(second.receipt_id)->fully_refunded);
}

TEST_CASE("a return previewed gives the figures the return gives, and writes nothing",
          "[store][refunds][preview]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    const auto olga_id = store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00"));
    const Sale s = sale_of(olga_id, {line("A", 3000, Quantity::pieces(3))}, "2026-03-02T12:00:00+02:00");
    store.sales().commit_sale(s, rules);
    const auto request = return_of(s.receipt_id, {{1, Quantity::pieces(2)}}, "2026-03-05T12:00:00+02:00");
    const auto tables =
        "SELECT (SELECT count(*) FROM refunds) + (SELECT count(*) FROM ledger) + "
        "(SELECT count(*) FROM audit_log) + (SELECT sum(remaining) FROM lots)";
    const auto before = count(store, tables);
    const auto preview = store.sales().preview_refund(request, rules);
    CHECK(count(store, tables) == before);
    CHECK_FALSE(preview.already_committed);
    const auto done = store.sales().refund(request, rules);
    CHECK(preview.money_back == done.money_back);
    CHECK(preview.points_reversed == done.points_reversed);
    CHECK(preview.points_restored == done.points_restored);
    CHECK(preview.receipt_fully_refunded == done.receipt_fully_refunded);
    // The same id again: what was done, marked as done.
    CHECK(store.sales().preview_refund(request, rules).already_committed);
    // The same sentences as a return for a bad request.
    CHECK_THROWS_WITH(
        store.sales().preview_refund(
            return_of(s.receipt_id, {{1, Quantity::pieces(2)}}, "2026-03-06T12:00:00+02:00"), rules),
        Catch::Contains("more returned than was sold"));
    CHECK_THROWS_WITH(
        store.sales().preview_refund(
            return_of(s.receipt_id, {{4, Quantity::pieces(1)}}, "2026-03-06T12:00:00+02:00"), rules),
        "Receipt line 4 does not exist.");
    CHECK_THROWS_WITH(store.sales().preview_refund(
                          return_of("nope", {{1, Quantity::pieces(1)}}, "2026-03-06T12:00:00+02:00"), rules),
                      "There is no such receipt.");
}

TEST_CASE("stock goes down with a sale and back with a return, pieces and weight alike", "[store][stock]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const auto rules = boutique_rules();
    auto tee = product("TEE", "T-shirt", 1000);
    tee.stock = 10;
    store.catalog().upsert_product(tee);
    auto cheese = product("CHEESE", "Cheese by the kg", 2000);
    cheese.by_weight = true;
    cheese.stock = 5000;  // 5 kg, in thousandths of the unit
    store.catalog().upsert_product(cheese);
    store.catalog().upsert_product(product("UNCOUNTED", "Gift wrap", 100));

    const Sale s = sale_of(
        "",
        {line("TEE", 1000, Quantity::pieces(3)), line("CHEESE", 2000, Quantity::thousandths(250), true),
         line("UNCOUNTED", 100, Quantity::pieces(1)), line("NOT-IN-CATALOG", 500, Quantity::pieces(1))},
        "2026-03-02T12:00:00+02:00");
    store.sales().commit_sale(s, rules);
    CHECK(store.catalog().product_by_sku("TEE")->stock == 7);
    CHECK(store.catalog().product_by_sku("CHEESE")->stock == 4750);
    CHECK_FALSE(store.catalog().product_by_sku("UNCOUNTED")->stock);
    // The same receipt again is a retry: the stock does not move twice.
    store.sales().commit_sale(s, rules);
    CHECK(store.catalog().product_by_sku("TEE")->stock == 7);

    store.sales().refund(return_of(s.receipt_id, {{1, Quantity::pieces(2)}, {2, Quantity::thousandths(100)}},
                                   "2026-03-03T12:00:00+02:00"),
                         rules);
    CHECK(store.catalog().product_by_sku("TEE")->stock == 9);
    CHECK(store.catalog().product_by_sku("CHEESE")->stock == 4850);
    // More sold than counted: the count goes below zero, the sale is never refused for it.
    store.sales().commit_sale(
        sale_of("", {line("TEE", 1000, Quantity::pieces(12))}, "2026-03-04T12:00:00+02:00"), rules);
    CHECK(store.catalog().product_by_sku("TEE")->stock == -3);
    CHECK(store.maintenance().check().empty());
}

// ---- baskets ---------------------------------------------------------------------------------------------

TEST_CASE("the open basket is on disk as soon as it is saved, one per till, cleared after the sale",
          "[store][baskets]") {
    testing::TempDir dir;
    const std::string path = dir.file("shop.db");
    Store till(path, Database::Mode::create_if_missing);
    const Instant now = at("2026-11-25T10:00:00+02:00");
    CHECK_FALSE(till.baskets().open_basket("till-1"));
    till.baskets().save_open_basket("till-1", R"({"lines":[1]})", now);
    till.baskets().save_open_basket("till-1", R"({"lines":[1,2]})", plus_seconds(now, 5));
    till.baskets().save_open_basket("till-2", R"({"lines":[]})", now);
    {
        // Another connection (the till restarted after a kill -9) reads what was committed to the WAL.
        Store after_crash(path, Database::Mode::open_existing);
        CHECK(after_crash.baskets().open_basket("till-1") ==
              std::optional<std::string>(R"({"lines":[1,2]})"));
        CHECK(after_crash.baskets().open_basket("till-2") == std::optional<std::string>(R"({"lines":[]})"));
    }
    till.baskets().clear_open_basket("till-1");
    CHECK_FALSE(till.baskets().open_basket("till-1"));
    CHECK(till.baskets().open_basket("till-2"));
    CHECK_THROWS_AS(till.baskets().save_open_basket("", "{}", now), StoreError);
    CHECK_THROWS_AS(till.baskets().save_open_basket("till-1", "", now), StoreError);
}

TEST_CASE("a held basket is listed oldest first and taken by one till only", "[store][baskets]") {
    testing::TempDir dir;
    const std::string path = dir.file("shop.db");
    Store one(path, Database::Mode::create_if_missing);
    Store two(path, Database::Mode::open_existing);
    const Instant now = at("2026-11-25T10:00:00+02:00");
    const auto later =
        one.baskets().hold_basket("Lady in red coat", CashierId{"anna"}, R"({"n":2})", plus_seconds(now, 60));
    const auto first = one.baskets().hold_basket("Olga", CashierId{"anna"}, R"({"n":1})", now);
    const auto held = two.baskets().held_baskets();
    REQUIRE(held.size() == 2);
    CHECK(held[0].id == first);
    CHECK(held[0].label == "Olga");
    CHECK(held[0].cashier_id == "anna");
    CHECK(held[0].held_at == now);
    CHECK(held[1].id == later);
    const auto taken = two.baskets().take_held_basket(first);
    REQUIRE(taken);
    CHECK(taken->document == R"({"n":1})");
    CHECK_FALSE(one.baskets().take_held_basket(first));  // the other till took it already
    CHECK(one.baskets().held_baskets().size() == 1);
}

// ---- ids -------------------------------------------------------------------------------------------------

TEST_CASE("a seeded id source repeats, the default one does not", "[store][ids]") {
    auto a = seeded_ids(42);
    auto b = seeded_ids(42);
    const auto id = new_id(*a);
    CHECK(id == new_id(*b));
    CHECK(id.size() == 36);
    CHECK(id[14] == '7');                                          // RFC 9562 version 7
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);  // RFC variant
    CHECK(new_id(*a) != id);
    CHECK(new_id() != new_id());
}

TEST_CASE("ids sort in the order they were made, with their random part random", "[store][ids]") {
    // Time order is what keeps a sale's inserts at the right edge of each index (docs/performance.md).
    auto seeded = seeded_ids(1);
    std::vector<std::string> made;
    for (int i = 0; i < 200; ++i) {
        made.push_back(new_id(*seeded));
    }
    CHECK(std::is_sorted(made.begin(), made.end()));
    std::vector<std::string> fresh;
    for (int i = 0; i < 200; ++i) {
        fresh.push_back(new_id());
    }
    // The clock's milliseconds lead; within one millisecond the random part decides, so compare the leads.
    for (std::size_t i = 1; i < fresh.size(); ++i) {
        CHECK(fresh[i].substr(0, 13) >= fresh[i - 1].substr(0, 13));
    }
    // Two ids made in the same millisecond still differ in their last 62 bits.
    std::set<std::string> tails;
    for (const auto& id : fresh) {
        tails.insert(id.substr(19));
    }
    CHECK(tails.size() == fresh.size());
}

TEST_CASE("a seeded id source gives the same ids to two shops", "[store][ids]") {
    testing::TempDir dir;
    std::vector<std::string> ids;
    for (const char* name : {"a.db", "b.db"}) {
        Store store(dir.file(name), Database::Mode::create_if_missing);
        store.set_id_source(seeded_ids(7));
        ids.push_back(store.customers().enrol(olga(), at("2026-01-01T10:00:00+02:00")));
    }
    CHECK(ids[0] == ids[1]);
}

// ---- name search -----------------------------------------------------------------------------------------

TEST_CASE("name search: surname matches first, then first names, each customer once, at most the limit",
          "[store][customers][search]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    const Instant now = at("2026-01-01T10:00:00+02:00");
    auto person = [&](const char* first, const char* last) {
        Enrolment e;
        e.first_name = first;
        e.last_name = last;
        e.consents.personal_data = true;
        return store.customers().enrol(e, now);
    };
    const auto ivan = person("Ivan", "Petrov");
    const auto olga_i = person("Olga", "Ivanova");
    const auto anna_i = person("Anna", "Ivanova");
    const auto ivana = person("Ivana", "Ivanova");  // first and last name both match
    person("Maria", "Tamm");
    auto ids = [&](const char* prefix, int limit) {
        std::vector<std::string> out;
        for (const auto& c : store.customers().search_by_name(prefix, limit)) {
            out.push_back(c.id);
        }
        return out;
    };
    CHECK(ids("iva", 20) == std::vector<std::string>{anna_i, ivana, olga_i, ivan});
    CHECK(ids("IVA", 2) == std::vector<std::string>{anna_i, ivana});
    CHECK(ids("ivan", 4) == std::vector<std::string>{anna_i, ivana, olga_i, ivan});
    CHECK(ids("tam", 20).size() == 1);
    CHECK(ids("x", 20).empty());
    const auto found = store.customers().search_by_name("petr");
    REQUIRE(found.size() == 1);
    CHECK(found[0].first_name == "Ivan");
}
