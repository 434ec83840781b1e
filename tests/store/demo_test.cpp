// The demo shop: a boutique made through the real store that passes db check, looks like a shop (valid
// barcodes, cards and phones, Estonian and Russian names, consent mixes), repeats for a seed, and has the
// habits reports and segments are about (regulars, dormant customers, busy Saturdays and Decembers).
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kassa/core/cards.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;

namespace {

std::string boutique_document() {
    std::ifstream file(std::string(KASSA_SOURCE_DIR) + "/resources/rules/boutique.json");
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

CompiledRules compile(const std::string& document) {
    auto read = json::read_rules(nlohmann::json::parse(document));
    REQUIRE(read.errors.empty());
    return CompiledRules(*read.rules, sys::load_time_zone(read.rules->time_zone));
}

DemoOptions options(int customers, int days, std::uint64_t seed) {
    DemoOptions o;
    o.customers = customers;
    o.days = days;
    o.seed = seed;
    o.last_day = parse_date("2026-11-23");
    return o;
}

std::int64_t count(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

std::string text(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getString();
}

bool valid_ean13(const std::string& code) {
    return code.size() == 13 && code.find_first_not_of("0123456789") == std::string::npos &&
           ean13_check_digit(code.substr(0, 12)) == code[12];
}

// Every row of every table, in storage order: two shops with equal dumps hold the same data, ids, PIN hashes
// and coupon codes included.
std::string dump(Store& store) {
    std::string out;
    std::vector<std::string> tables;
    SQLite::Statement names(store.database().sql(),
                            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (names.executeStep()) {
        tables.push_back(names.getColumn(0).getString());
    }
    for (const auto& table : tables) {
        out += "== " + table + '\n';
        SQLite::Statement rows(store.database().sql(), "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep()) {
            for (int i = 0; i < rows.getColumnCount(); ++i) {
                out += rows.getColumn(i).isNull() ? std::string("NULL") : rows.getColumn(i).getString();
                out += '|';
            }
            out += '\n';
        }
    }
    return out;
}

// What must repeat for a seed: the figures, the receipts in order, the people and the ledger's movements.
std::string digest(Store& store) {
    std::string out;
    SQLite::Statement receipts(
        store.database().sql(),
        "SELECT r.id, r.number, r.created_at, r.payable, r.points_earned, r.redeemed_points, "
        "coalesce(c.first_name || ' ' || c.last_name, '-') FROM receipts r "
        "LEFT JOIN customers c ON c.id = r.customer_id ORDER BY r.number");
    while (receipts.executeStep()) {
        for (int i = 0; i < receipts.getColumnCount(); ++i) {
            out += receipts.getColumn(i).getString() + '|';
        }
        out += '\n';
    }
    SQLite::Statement people(
        store.database().sql(),
        "SELECT first_name, last_name, coalesce(phone, ''), coalesce(birthday, ''), created_at "
        "FROM customers ORDER BY created_at, phone, first_name");
    while (people.executeStep()) {
        for (int i = 0; i < people.getColumnCount(); ++i) {
            out += people.getColumn(i).getString() + '|';
        }
        out += '\n';
    }
    out += text(store,
                "SELECT group_concat(kind || ':' || total, ',') FROM (SELECT kind, sum(points) AS total "
                "FROM ledger GROUP BY kind ORDER BY kind)");
    return out;
}

}  // namespace

TEST_CASE("a small demo shop is sound and has what a boutique has", "[store][demo]") {
    testing::TempDir dir;
    const std::string document = boutique_document();
    const auto rules = compile(document);
    const auto report = make_demo_shop(dir.file("demo.db"), options(200, 30, 7), rules, document);

    Store store(dir.file("demo.db"), Database::Mode::open_existing);
    CHECK(store.maintenance().check().empty());
    CHECK(store.database().sql().execAndGet("PRAGMA synchronous").getInt() == 2);  // back to FULL

    const auto settings = store.shop().settings();
    CHECK(settings.currency == "EUR");
    CHECK(settings.time_zone == "Europe/Tallinn");
    CHECK(settings.phone_country == "EE");
    CHECK(settings.language == "en");
    REQUIRE(store.rules().current_rules());
    CHECK(store.rules().current_rules()->second == document);
    CHECK(count(store, "SELECT count(*) FROM rules_versions") == 1);

    // The catalog: about 300 products in the boutique's categories, valid and unique barcodes.
    CHECK(report.products == count(store, "SELECT count(*) FROM products"));
    CHECK(report.products >= 280);
    CHECK(report.products <= 320);
    CHECK(count(store, "SELECT count(DISTINCT category) FROM products") == 11);
    CHECK(count(store, "SELECT count(*) FROM products WHERE category = 'gift_cards'") == 3);
    CHECK(count(store, "SELECT count(*) FROM products WHERE min_price IS NOT NULL") > 30);
    CHECK(count(store, "SELECT count(*) FROM products WHERE price <= 0") == 0);
    CHECK(count(store, "SELECT count(*) FROM product_barcodes") > report.products);
    SQLite::Statement barcodes(store.database().sql(), "SELECT barcode FROM product_barcodes");
    while (barcodes.executeStep()) {
        CHECK(valid_ean13(barcodes.getColumn(0).getString()));
    }
    const auto scanned =
        store.catalog().product_by_barcode(text(store, "SELECT min(barcode) FROM product_barcodes"));
    REQUIRE(scanned);
    CHECK_FALSE(scanned->name.empty());

    // Customers: the count asked for, in-store cards, Estonian mobiles, names in both scripts, a mix of
    // consents including anonymous cards, a few sent by a friend.
    CHECK(report.customers == 200);
    CHECK(count(store, "SELECT count(*) FROM customers") == 200);
    CHECK(count(store, "SELECT count(DISTINCT customer_id) FROM cards") == 200);
    SQLite::Statement cards(store.database().sql(), "SELECT number FROM cards");
    while (cards.executeStep()) {
        const std::string number = cards.getColumn(0).getString();
        CHECK(valid_ean13(number));
        CHECK(number.substr(0, 2) == "20");
        CHECK_FALSE(is_payment_card_number(number));
    }
    CHECK(count(store,
                "SELECT count(*) FROM customers WHERE phone IS NOT NULL AND phone NOT LIKE '+3725_______'") ==
          0);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE phone IS NOT NULL") > 150);
    CHECK(report.anonymous_cards ==
          count(store, "SELECT count(*) FROM customers WHERE personal_consent = 0"));
    CHECK(report.anonymous_cards > 5);
    CHECK(count(store,
                "SELECT count(*) FROM customers WHERE personal_consent = 0 AND (first_name <> '' OR "
                "phone IS NOT NULL OR birthday IS NOT NULL)") == 0);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE sms_consent = 1") > 40);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE sms_consent = 0 AND personal_consent = 1") > 20);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE email LIKE '%@example.%'") > 40);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE birthday IS NOT NULL") > 120);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE referred_by IS NOT NULL") > 0);
    CHECK(count(store, "SELECT count(*) FROM consents") == 3 * 200);
    CHECK_FALSE(store.customers().search_by_name("Ива").empty());  // Cyrillic
    CHECK_FALSE(store.customers().search_by_name("Tam").empty());  // Tamm, Tamme...
    const auto lookup = store.customers().find_by_card(text(store, "SELECT min(number) FROM cards"));
    CHECK(lookup.customer);
    const auto by_phone = store.customers().find_by_phone(text(store, "SELECT min(phone) FROM customers"));
    CHECK(by_phone.customer);

    // Sales: every receipt inside the history, most with a card, some without.
    CHECK(report.receipts == count(store, "SELECT count(*) FROM receipts"));
    CHECK(report.receipts > 200);
    CHECK(report.anonymous_receipts > 0);
    CHECK(report.anonymous_receipts < report.receipts / 2);
    CHECK(count(store,
                "SELECT count(*) FROM receipts WHERE business_day < '2026-10-25' OR "
                "business_day > '2026-11-23'") == 0);
    CHECK(count(store, "SELECT count(DISTINCT business_day) FROM receipts") >= 25);
    CHECK(format_date(report.first_day) == "2026-10-25");
    CHECK(format_date(report.last_day) == "2026-11-23");
    CHECK(report.revenue.minor_units() == count(store, "SELECT sum(payable) FROM receipts"));
    CHECK(report.points_issued.value() > 0);
    CHECK(count(store, "SELECT count(*) FROM stamps WHERE count > 0") > 50);
    // Payments cover every receipt; only cash gives change.
    CHECK(count(store,
                "SELECT count(*) FROM receipts r WHERE (SELECT coalesce(sum(amount), 0) FROM payments p "
                "WHERE p.receipt_id = r.id) <> r.payable + r.change") == 0);
    CHECK(count(store, "SELECT count(*) FROM payments WHERE method = 'cash'") > 0);
    CHECK(count(store, "SELECT count(*) FROM payments WHERE method = 'card'") > 0);
}

TEST_CASE("the demo shop never writes over an existing file", "[store][demo]") {
    testing::TempDir dir;
    {
        std::ofstream existing(dir.file("shop.db"));
        existing << "the owner's real shop";
    }
    const std::string document = boutique_document();
    CHECK_THROWS_AS(make_demo_shop(dir.file("shop.db"), options(10, 5, 1), compile(document), document),
                    StoreError);
    std::ifstream kept(dir.file("shop.db"));
    std::string content;
    std::getline(kept, content);
    CHECK(content == "the owner's real shop");
}

TEST_CASE("the same seed gives the same demo shop, another seed another", "[store][demo][determinism]") {
    testing::TempDir dir;
    const std::string document = boutique_document();
    const auto rules = compile(document);
    const auto a = make_demo_shop(dir.file("a.db"), options(60, 45, 11), rules, document);
    const auto b = make_demo_shop(dir.file("b.db"), options(60, 45, 11), rules, document);
    const auto c = make_demo_shop(dir.file("c.db"), options(60, 45, 12), rules, document);
    CHECK(a.receipts == b.receipts);
    CHECK(a.anonymous_receipts == b.anonymous_receipts);
    CHECK(a.refunds == b.refunds);
    CHECK(a.revenue == b.revenue);
    CHECK(a.points_issued == b.points_issued);
    CHECK(a.points_redeemed == b.points_redeemed);
    Store sa(dir.file("a.db"), Database::Mode::open_existing);
    Store sb(dir.file("b.db"), Database::Mode::open_existing);
    Store sc(dir.file("c.db"), Database::Mode::open_existing);
    CHECK(digest(sa) == digest(sb));
    CHECK(digest(sa) != digest(sc));
    CHECK(a.revenue != c.revenue);
    // Not only the figures: every table, row for row.
    const std::string dumped = dump(sa);
    CHECK(dumped.size() > 10'000);
    CHECK(dumped == dump(sb));
    CHECK(dumped != dump(sc));
}

TEST_CASE("the demo shop's till has the owner Maria and the cashier Anna", "[store][demo][cashiers]") {
    testing::TempDir dir;
    const std::string document = boutique_document();
    make_demo_shop(dir.file("shop.db"), options(5, 3, 1), compile(document), document);
    Store store(dir.file("shop.db"), Database::Mode::open_existing);
    const auto cashiers = store.staff().cashiers();
    REQUIRE(cashiers.size() == 2);
    CHECK(cashiers[0].name == "Maria");
    CHECK(cashiers[0].role == Role::owner);
    CHECK(cashiers[1].name == "Anna");
    CHECK(cashiers[1].role == Role::cashier);
    const Instant now = parse_timestamp("2026-11-24T10:00:00+02:00").instant;
    CHECK(store.staff().check_pin(CashierId{cashiers[0].id}, "1234", now).outcome == PinCheck::Outcome::ok);
    CHECK(store.staff().check_pin(CashierId{cashiers[1].id}, "1111", now).outcome == PinCheck::Outcome::ok);
    CHECK(store.staff().check_owner_pin("1234", now).cashier->name == "Maria");
    // Receipts name the people who rang them up.
    CHECK(count(store, "SELECT count(*) FROM receipts WHERE cashier_id NOT IN (SELECT id FROM cashiers)") ==
          0);
}

TEST_CASE("a year of demo history has the habits segments and reports look for", "[store][demo][year]") {
    testing::TempDir dir;
    const std::string document = boutique_document();
    const auto report =
        make_demo_shop(dir.file("year.db"), options(100, 365, 3), compile(document), document);
    Store store(dir.file("year.db"), Database::Mode::open_existing);
    CHECK(store.maintenance().check().empty());

    // Sales in every month of the year, busier on Saturdays than on Mondays and before Christmas than in
    // February (walk-in sales show the calendar alone: members also depend on when they joined).
    CHECK(count(store, "SELECT count(DISTINCT substr(business_day, 1, 7)) FROM receipts") >= 12);
    CHECK(count(store,
                "SELECT count(*) FROM receipts WHERE business_day IN ('2025-12-25', '2025-12-26', "
                "'2026-01-01', '2026-06-24')") == 0);  // closed
    const auto saturdays =
        count(store, "SELECT count(*) FROM receipts WHERE strftime('%w', business_day) = '6'");
    const auto mondays =
        count(store, "SELECT count(*) FROM receipts WHERE strftime('%w', business_day) = '1'");
    CHECK(saturdays > mondays * 3 / 2);
    const auto december = count(store,
                                "SELECT count(*) FROM receipts WHERE customer_id IS NULL AND business_day "
                                "BETWEEN '2025-12-10' AND '2025-12-23'");
    const auto february = count(store,
                                "SELECT count(*) FROM receipts WHERE customer_id IS NULL AND business_day "
                                "BETWEEN '2026-02-02' AND '2026-02-15'");
    CHECK(december > february * 3 / 2);

    // Regulars who come every few weeks, customers who stopped coming, and the segments that say so.
    CHECK(count(store,
                "SELECT count(*) FROM (SELECT customer_id FROM receipts WHERE customer_id IS NOT NULL "
                "GROUP BY customer_id HAVING count(*) >= 8)") >= 5);
    CHECK(count(store,
                "SELECT count(*) FROM customers WHERE purchases_count > 1 AND "
                "last_purchase_at < '2026-08-01'") >= 5);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE purchases_count = 1") >= 5);
    for (const char* segment : {"regular", "dormant", "vip", "periodic"}) {
        INFO(segment);
        CHECK(count(store, std::string("SELECT count(*) FROM customer_segments WHERE segment = '") + segment +
                               "'") > 0);
    }

    // Points earned, then paid with, both "max" and a number; returns, tiers and stamp rewards.
    CHECK(report.points_redeemed.value() > 0);
    CHECK(count(store,
                "SELECT count(*) FROM receipts WHERE redeemed_points > 0 AND redeemed_points % 100 = 0") > 0);
    CHECK(count(store,
                "SELECT count(*) FROM receipts WHERE redeemed_points > 0 AND redeemed_points % 100 <> 0") >
          0);
    CHECK(report.refunds > 0);
    CHECK(count(store, "SELECT count(*) FROM customers WHERE spend_lifetime >= 50000") > 0);  // Silver and up
    CHECK(count(store, "SELECT count(*) FROM receipt_lines WHERE discounts LIKE '%\"stamps\"%'") > 0);
    CHECK(count(store, "SELECT count(*) FROM receipt_lines WHERE discounts LIKE '%\"birthday\"%'") > 0);
    CHECK(count(store, "SELECT count(*) FROM receipt_lines WHERE discounts LIKE '%\"accessories-3for2\"%'") >
          0);
}

TEST_CASE("coupons the rules issue come back on later visits", "[store][demo][coupons]") {
    testing::TempDir dir;
    // The boutique plus a next-visit coupon for baskets from 150.00.
    auto doc = nlohmann::json::parse(boutique_document());
    doc["programs"].push_back({{"id", "thank-you"},
                               {"type", "next_order_coupon"},
                               {"threshold", 15000},
                               {"valid_days", 30},
                               {"effect", {{"type", "amount_off"}, {"amount", 1000}}}});
    const std::string document = doc.dump(2);
    const auto report =
        make_demo_shop(dir.file("coupons.db"), options(80, 60, 5), compile(document), document);
    Store store(dir.file("coupons.db"), Database::Mode::open_existing);
    CHECK(store.maintenance().check().empty());
    CHECK(report.coupons_issued > 0);
    CHECK(report.coupons_used > 0);
    CHECK(report.coupons_used < report.coupons_issued);
    CHECK(report.coupons_used == count(store, "SELECT count(*) FROM coupon_open_uses"));
    CHECK(count(store, "SELECT count(*) FROM coupons WHERE used_receipt IS NOT NULL") == 0);
    // A coupon is used after, never before, the receipt that issued it.
    CHECK(
        count(store,
              "SELECT count(*) FROM coupons c JOIN receipts i ON i.id = c.issued_receipt JOIN coupon_uses u "
              "ON u.code = c.code WHERE u.receipt_number <= i.number") == 0);
}
