// Personal service on real shop files (issue 9): notes and attributes only with consent, complaints whose
// points credit keeps the ledger whole, "often bought together" checked against a computation of its own on
// the demo shop, suggestions that respect the basket, the stock and the owner's bundles, purchase cycles and
// the due list that leaves out customers without a marketing consent.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "boutique_shop.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/demo.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/store.hpp"

using namespace kassa;
using namespace kassa::store;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;

namespace {

std::int64_t count(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

std::int64_t add_product(Store& store, const char* sku, const char* name, const char* category,
                         std::int64_t price, std::optional<std::int64_t> stock = std::nullopt) {
    Product p = testing::product(sku, name, category, price, {});
    p.stock = stock;
    return store.catalog().upsert_product(p);
}

std::int64_t id_of(Store& store, const std::string& sku) {
    return store.catalog().product_by_sku(sku)->id;
}

// A cash sale of one piece of each SKU, at `when`.
std::string sell(BoutiqueShop& shop, const std::string& customer, const std::string& when,
                 const std::vector<std::string>& skus) {
    Sale sale;
    sale.receipt_id = new_id();
    sale.customer_id = customer;
    sale.cashier_id = shop.anna;
    sale.at = at(when.c_str());
    for (const auto& sku : skus) {
        const auto p = shop.store.catalog().product_by_sku(sku);
        REQUIRE(p);
        sale.lines.push_back(
            SaleLine{p->sku, p->name, p->category, p->price, Quantity::pieces(1), {}, false});
    }
    sale.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(100000)}};
    return shop.store.sales().commit_sale(sale, shop.rules).receipt_id;
}

std::string enrol(BoutiqueShop& shop, const char* first, const char* phone, Consents consents) {
    Enrolment e;
    e.first_name = first;
    e.last_name = "Tamm";
    e.phone = phone;
    e.consents = consents;
    return shop.store.customers().enrol(e, at("2026-01-10T12:00:00+02:00"));
}

std::vector<std::string> skus(const std::vector<Suggestion>& suggestions) {
    std::vector<std::string> out;
    for (const auto& s : suggestions) {
        out.push_back(s.sku);
    }
    return out;
}

std::string text(const ReportCell& cell) {
    return std::get<std::string>(cell);
}

}  // namespace

TEST_CASE("notes and attributes need the consent to keep personal data", "[store][personal]") {
    BoutiqueShop shop;
    auto& store = shop.store;
    const auto t = at("2026-11-25T15:40:00+02:00");
    store.personal().add_note(CustomerId{shop.olga}, "Prefers SMS after 18:00", Actor{"anna"}, t);
    store.personal().add_note(CustomerId{shop.olga}, "Looking for a green linen dress in 38", Actor{"maria"},
                              at("2026-11-26T11:00:00+02:00"));
    store.personal().set_attribute(CustomerId{shop.olga}, "size", "40", Actor{"anna"}, t);
    store.personal().set_attribute(CustomerId{shop.olga}, "size", "38", Actor{"anna"},
                                   t);  // the last write wins
    store.personal().set_attribute(CustomerId{shop.olga}, "colours", "navy, green", Actor{"anna"}, t);
    store.personal().set_attribute(CustomerId{shop.olga}, "shoe", "39", Actor{"anna"}, t);
    store.personal().set_attribute(CustomerId{shop.olga}, "shoe", "", Actor{"anna"},
                                   t);  // an empty value removes it

    const auto notes = store.personal().notes(shop.olga);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].text == "Looking for a green linen dress in 38");  // newest first
    CHECK(notes[1].author == "anna");
    const auto attributes = store.personal().attributes(shop.olga);
    REQUIRE(attributes.size() == 2);
    CHECK(attributes[0].key == "colours");
    CHECK(attributes[1].value == "38");

    // An anonymous card: no consent to keep personal data.
    const std::string anonymous = [&] {
        Enrolment e;
        e.card_number = "2000000000022";
        return store.customers().enrol(e, t);
    }();
    try {
        store.personal().set_attribute(CustomerId{anonymous}, "size", "38", Actor{"anna"}, t);
        FAIL("an attribute was saved without consent");
    } catch (const StoreError& e) {
        CHECK(e.kind() == FailureKind::invalid);
        CHECK(e.problem() == StoreProblem::personal_consent_missing);
        CHECK(std::string(e.what()).find("has not agreed") != std::string::npos);
    }
    CHECK_THROWS_AS(store.personal().add_note(CustomerId{anonymous}, "tall", Actor{"anna"}, t), StoreError);
    CHECK(store.personal().attributes(anonymous).empty());
    CHECK_THROWS_AS(store.personal().add_note(CustomerId{shop.olga}, "  ", Actor{"anna"}, t), StoreError);
    CHECK_THROWS_AS(store.personal().add_note(CustomerId{"no-such-customer"}, "hello", Actor{"anna"}, t),
                    StoreError);

    // Withdrawing the consent removes them; given again, the shop starts from nothing.
    const std::string kati = [&] {
        Enrolment e;
        e.first_name = "Kati";
        e.phone = "5234 5678";
        e.consents = Consents{true, false, false};
        return store.customers().enrol(e, t);
    }();
    store.personal().add_note(CustomerId{kati}, "Allergic to wool", Actor{"anna"}, t);
    store.personal().set_attribute(CustomerId{kati}, "size", "36", Actor{"anna"}, t);
    store.customers().record_consent(CustomerId{kati}, ConsentKind::sms, false, "till",
                                     t);  // another consent: nothing changes
    CHECK(store.personal().notes(kati).size() == 1);
    store.customers().record_consent(CustomerId{kati}, ConsentKind::personal_data, false, "till", t);
    CHECK(store.personal().notes(kati).empty());
    CHECK(store.personal().attributes(kati).empty());
    CHECK_THROWS_AS(store.personal().add_note(CustomerId{kati}, "Allergic to wool", Actor{"anna"}, t),
                    StoreError);
    store.customers().record_consent(CustomerId{kati}, ConsentKind::personal_data, true, "till", t);
    store.personal().add_note(CustomerId{kati}, "Allergic to wool", Actor{"anna"}, t);
    CHECK(store.personal().notes(kati).size() == 1);

    // The customer takes them with her export, and an erasure removes them.
    const auto exported = nlohmann::json::parse(store.customers().export_customer(shop.olga));
    CHECK(exported["notes"].size() == 2);
    CHECK(exported["attributes"][1]["value"] == "38");
    store.customers().erase_customer(CustomerId{shop.olga}, Actor{"maria"}, at("2026-11-27T10:00:00+02:00"));
    CHECK(store.personal().notes(shop.olga).empty());
    CHECK(store.personal().attributes(shop.olga).empty());
    CHECK_THROWS_AS(store.personal().set_attribute(CustomerId{shop.olga}, "size", "38", Actor{"anna"}, t),
                    StoreError);
    CHECK(count(store, "SELECT count(*) FROM audit_log WHERE details LIKE '%Prefers%'") == 0);
}

TEST_CASE("a complaint with a points credit is an adjust entry naming it, db check stays green",
          "[store][personal]") {
    BoutiqueShop shop;
    auto& store = shop.store;
    const std::string receipt = sell(shop, shop.olga, "2026-11-20T12:00:00+02:00", {"DRESS-0412"});
    const Points before = store.customers().customer(shop.olga)->balance;

    ComplaintRequest credit;
    credit.receipt_id = receipt;  // the customer comes from the receipt
    credit.reason = "Seam came apart after one wash";
    credit.resolution = ComplaintResolution::points_credited;
    credit.points = Points::of(150);
    credit.actor = shop.maria;
    credit.at = at("2026-11-25T16:00:00+02:00");
    const std::string id = store.personal().record_complaint(credit);

    CHECK(store.customers().customer(shop.olga)->balance == before + Points::of(150));
    CHECK(store.maintenance().check().empty());
    const auto history = store.personal().customer_history(shop.olga);
    REQUIRE(!history.ledger.empty());
    CHECK(history.ledger[0].kind == "adjust");
    CHECK(history.ledger[0].points == Points::of(150));
    CHECK(history.ledger[0].reason == "complaint " + id + ": Seam came apart after one wash");
    // Typed for the screens: a goodwill credit with the complaint's own words, known by the complaint's link.
    CHECK(history.ledger[0].why == LedgerReason::complaint_credit);
    CHECK(history.ledger[0].why_words == "Seam came apart after one wash");
    CHECK(history.ledger[0].actor == shop.maria);
    REQUIRE(history.complaints.size() == 1);
    CHECK(history.complaints[0].customer_id == shop.olga);
    CHECK(history.complaints[0].receipt_id == receipt);
    CHECK(history.complaints[0].resolution == ComplaintResolution::points_credited);
    CHECK(!history.complaints[0].ledger_id.empty());

    ComplaintRequest replaced;
    replaced.customer_id = shop.olga;
    replaced.reason = "Wrong size wrapped";
    replaced.resolution = ComplaintResolution::replaced;
    replaced.actor = shop.anna;
    replaced.at = at("2026-12-01T10:00:00+02:00");
    store.personal().record_complaint(replaced);
    CHECK(store.personal().complaints_of(shop.olga).size() == 2);
    CHECK(store.personal().complaints_of(shop.olga)[0].reason == "Wrong size wrapped");  // newest first

    // By month of the shop's calendar: 1 December 00:30 in Tallinn is still 30 November in UTC.
    replaced.at = at("2026-12-01T00:30:00+02:00");
    replaced.reason = "Button missing";
    store.personal().record_complaint(replaced);
    const auto november =
        store.personal().complaints_in_month(std::chrono::year{2026} / std::chrono::November);
    REQUIRE(november.size() == 1);
    CHECK(november[0].id == id);
    CHECK(store.personal().complaints_in_month(std::chrono::year{2026} / std::chrono::December).size() == 2);

    // Refused with a sentence, nothing written.
    ComplaintRequest bad = credit;
    bad.points = Points::of(0);
    CHECK_THROWS_AS(store.personal().record_complaint(bad), StoreError);
    bad = replaced;
    bad.points = Points::of(10);
    CHECK_THROWS_AS(store.personal().record_complaint(bad), StoreError);
    bad = replaced;
    bad.customer_id.clear();
    CHECK_THROWS_AS(store.personal().record_complaint(bad), StoreError);
    const std::string anonymous = sell(shop, "", "2026-11-21T12:00:00+02:00", {"SCARF-01"});
    bad = credit;
    bad.receipt_id = anonymous;
    CHECK_THROWS_AS(store.personal().record_complaint(bad), StoreError);
    CHECK(count(store, "SELECT count(*) FROM complaints") == 3);
    CHECK(store.maintenance().check().empty());
}

TEST_CASE("often bought together agrees with a computation of its own on the demo shop",
          "[store][personal]") {
    testing::TempDir dir;
    const std::string document = testing::boutique_document();
    DemoOptions options;
    options.customers = 200;
    options.days = 45;
    options.seed = 11;
    options.last_day = parse_date("2026-11-23");
    const std::string path = dir.file("demo.db");
    make_demo_shop(path, options, testing::compile(document), document);
    Store store(path, Database::Mode::open_existing);
    // The window (30 days) cuts the 45 days of history, so the boundary is exercised too.
    const Instant now = at("2026-11-24T00:00:00+02:00");
    CooccurrenceOptions o;
    o.days = 30;
    // The demo shop's baskets are small (one or two lines): a minimum of 2 gives enough pairs to compare;
    // the minimum itself is tested on hand-made receipts below.
    o.min_together = 2;
    const auto run = store.maintenance().recompute_cooccurrence(now, o);

    // The independent computation: every receipt's set of product ids, read with a plain query and filtered
    // by time in C++, then every pair counted by brute force and lift taken in floating point.
    std::map<std::string, std::set<std::int64_t>> baskets;
    std::int64_t receipts = 0;
    {
        SQLite::Statement q(store.database().sql(), "SELECT id, created_at FROM receipts");
        std::set<std::string> in_window;
        while (q.executeStep()) {
            const Instant t = parse_timestamp(q.getColumn(1).getString()).instant;
            if (t.unix_seconds >= now.unix_seconds - 30 * 86400 && t < now) {
                in_window.insert(q.getColumn(0).getString());
            }
        }
        receipts = static_cast<std::int64_t>(in_window.size());
        SQLite::Statement lines(
            store.database().sql(),
            "SELECT l.receipt_id, p.id FROM receipt_lines l, products p WHERE p.sku = l.sku");
        while (lines.executeStep()) {
            if (in_window.count(lines.getColumn(0).getString()) > 0) {
                baskets[lines.getColumn(0).getString()].insert(lines.getColumn(1).getInt64());
            }
        }
    }
    REQUIRE(receipts > 100);
    CHECK(run.receipts == receipts);
    std::map<std::int64_t, std::int64_t> with;
    for (const auto& [receipt, products] : baskets) {
        for (auto p : products) {
            ++with[p];
        }
    }
    struct Expected {
        std::int64_t together = 0;
        double lift = 0;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, Expected> expected;
    for (const auto& [a, na] : with) {
        for (const auto& [b, nb] : with) {
            if (a == b) {
                continue;
            }
            std::int64_t together = 0;
            for (const auto& [receipt, products] : baskets) {
                together += products.count(a) > 0 && products.count(b) > 0 ? 1 : 0;
            }
            const double lift = (double(together) / double(receipts)) /
                                ((double(na) / double(receipts)) * (double(nb) / double(receipts)));
            if (together >= 2 && lift > 1.0 + 1e-9) {
                expected[{a, b}] = {together, lift};
            }
        }
    }
    CAPTURE(receipts, with.size());
    REQUIRE(expected.size() >= 4);  // the demo shop's habits give pairs worth suggesting
    CHECK(run.pairs * 2 == static_cast<std::int64_t>(expected.size()));

    std::map<std::pair<std::int64_t, std::int64_t>, std::tuple<std::int64_t, std::int64_t, std::int64_t>>
        stored;
    SQLite::Statement q(store.database().sql(),
                        "SELECT product_a, product_b, together, support_bp, lift_milli FROM cooccurrence");
    while (q.executeStep()) {
        stored[{q.getColumn(0).getInt64(), q.getColumn(1).getInt64()}] = {
            q.getColumn(2).getInt64(), q.getColumn(3).getInt64(), q.getColumn(4).getInt64()};
    }
    REQUIRE(stored.size() == expected.size());
    for (const auto& [pair, e] : expected) {
        CAPTURE(pair.first, pair.second);
        REQUIRE(stored.count(pair) == 1);
        const auto [together, support_bp, lift_milli] = stored[pair];
        CHECK(together == e.together);
        CHECK(std::abs(double(support_bp) - 10000.0 * double(e.together) / double(receipts)) <= 0.5);
        CHECK(std::abs(double(lift_milli) - 1000.0 * e.lift) <= 0.5);
    }

    // The best pair of a product is what it suggests first.
    const auto& [best_pair, best] =
        *std::max_element(expected.begin(), expected.end(),
                          [](const auto& x, const auto& y) { return x.second.lift < y.second.lift; });
    const auto suggested = store.catalog().suggestions({}, best_pair.first, 3);
    REQUIRE(!suggested.empty());
    CHECK(suggested[0].source == Suggestion::Source::cooccurrence);
    CHECK(std::llround(best.lift * 1000) == suggested[0].lift_milli);

    // Run again: the same pairs, replaced rather than added.
    store.maintenance().recompute_cooccurrence(now, o);
    CHECK(count(store, "SELECT count(*) FROM cooccurrence") == static_cast<std::int64_t>(expected.size()));
}

TEST_CASE("suggestions: bundles first, then pairs by lift, never in the basket, out of stock or inactive",
          "[store][personal]") {
    BoutiqueShop shop;
    auto& store = shop.store;
    add_product(store, "BELT-01", "Leather belt", "accessories", 2990);
    add_product(store, "BAG-01", "Straw bag", "bags", 4990, 3);  // three on the shelf, all sold below
    add_product(store, "HAT-01", "Summer hat", "accessories", 2490);
    add_product(store, "BROOCH-01", "Brooch", "accessories", 1490);
    // 19 receipts: the dress with the belt 4 times, with the bag, the hat and the scarf 3 times each, and 6
    // gift cards alone. Every pair with the dress has lift 19/13 (the dress is in all 13 receipts of its
    // partners); ties go to the pair bought together more often.
    int n = 0;
    auto when = [&n] {  // a distinct time for each sale, spread over 2 to 5 November
        const int i = n++;
        return "2026-11-0" + std::to_string(2 + i % 4) + "T1" + std::to_string(i % 10) + ":00:00+02:00";
    };
    for (int i = 0; i < 4; ++i)
        sell(shop, "", when(), {"DRESS-0412", "BELT-01"});
    for (int i = 0; i < 3; ++i)
        sell(shop, "", when(), {"DRESS-0412", "BAG-01"});
    for (int i = 0; i < 3; ++i)
        sell(shop, "", when(), {"DRESS-0412", "HAT-01"});
    for (int i = 0; i < 3; ++i)
        sell(shop, "", when(), {"DRESS-0412", "SCARF-01"});
    for (int i = 0; i < 6; ++i)
        sell(shop, "", when(), {"GIFT-50"});
    Product hat = *store.catalog().product_by_sku("HAT-01");
    hat.active = false;
    store.catalog().upsert_product(hat);
    REQUIRE(store.catalog().product_by_sku("BAG-01")->stock == 0);

    const Instant now = at("2026-11-25T06:00:00+02:00");
    const auto run = store.maintenance().recompute_cooccurrence(now);
    CHECK(run.receipts == 19);
    CHECK(run.pairs == 4);  // dress with belt, bag, hat and scarf
    const std::int64_t dress = id_of(store, "DRESS-0412");
    const std::int64_t belt = id_of(store, "BELT-01");
    using V = std::vector<std::string>;
    // The bag is sold out and the hat is no longer sold.
    CHECK(skus(store.catalog().suggestions({}, dress)) == V{"BELT-01", "SCARF-01"});
    CHECK(store.catalog().suggestions({}, dress)[0].lift_milli == 1462);  // 4 * 19 * 1000 / (13 * 4) = 1461.5
    CHECK(store.catalog().suggestions({}, dress)[0].together == 4);
    // Already in the basket: not suggested.
    CHECK(skus(store.catalog().suggestions({belt}, dress)) == V{"SCARF-01"});
    // The other direction works too.
    CHECK(skus(store.catalog().suggestions({}, belt)) == V{"DRESS-0412"});
    CHECK(skus(store.catalog().suggestions({dress}, belt)).empty());

    // The owner's bundles come first, in the order added; sold-out ones are left out.
    store.catalog().set_bundle("DRESS-0412", "BROOCH-01", true, Actor{"maria"}, now);
    store.catalog().set_bundle("DRESS-0412", "BAG-01", true, Actor{"maria"}, now);
    store.catalog().set_bundle("DRESS-0412", "SCARF-01", true, Actor{"maria"}, now);
    const auto with_bundles = store.catalog().suggestions({}, dress);
    CHECK(skus(with_bundles) == V{"BROOCH-01", "SCARF-01", "BELT-01"});
    CHECK(with_bundles[0].source == Suggestion::Source::bundle);
    CHECK(with_bundles[2].source == Suggestion::Source::cooccurrence);
    CHECK(skus(store.catalog().suggestions({}, dress, 1)) == V{"BROOCH-01"});
    store.catalog().set_bundle("DRESS-0412", "BROOCH-01", false, Actor{"maria"}, now);
    CHECK(skus(store.catalog().suggestions({}, dress)) == V{"SCARF-01", "BELT-01"});
    CHECK_THROWS_AS(store.catalog().set_bundle("DRESS-0412", "NOPE", true, Actor{"maria"}, now), StoreError);
    CHECK_THROWS_AS(store.catalog().set_bundle("DRESS-0412", "DRESS-0412", true, Actor{"maria"}, now),
                    StoreError);

    // With a higher minimum the pairs bought together only 3 times are noise.
    CooccurrenceOptions strict;
    strict.min_together = 4;
    CHECK(store.maintenance().recompute_cooccurrence(now, strict).pairs == 1);
    store.catalog().set_bundle("DRESS-0412", "SCARF-01", false, Actor{"maria"}, now);
    CHECK(skus(store.catalog().suggestions({}, dress)) == V{"BELT-01"});
    // Receipts older than the window do not count.
    CooccurrenceOptions short_window;
    short_window.days = 10;
    CHECK(store.maintenance().recompute_cooccurrence(now, short_window).receipts == 0);
    CHECK(store.catalog().suggestions({}, dress).empty());
}

TEST_CASE("suggestions followed: shown in a basket, then added to it", "[store][personal]") {
    BoutiqueShop shop;
    auto& store = shop.store;
    add_product(store, "BELT-01", "Leather belt", "accessories", 2990);
    store.catalog().set_bundle("DRESS-0412", "BELT-01", true, Actor{"maria"},
                               at("2026-11-01T10:00:00+02:00"));
    store.catalog().set_bundle("DRESS-0412", "SCARF-01", true, Actor{"maria"},
                               at("2026-11-01T10:00:00+02:00"));
    const auto shown = store.catalog().suggestions({}, id_of(store, "DRESS-0412"));
    REQUIRE(shown.size() == 2);
    store.catalog().record_suggestions_shown("basket-1", shown, at("2026-11-25T15:31:00+02:00"));
    store.catalog().record_suggestions_shown("basket-1", shown,
                                             at("2026-11-25T15:32:00+02:00"));  // once per basket
    CHECK(store.catalog().record_line_added("basket-1", id_of(store, "BELT-01")));
    CHECK_FALSE(store.catalog().record_line_added("basket-1", id_of(store, "BELT-01")));  // followed once
    CHECK_FALSE(
        store.catalog().record_line_added("basket-2", id_of(store, "SCARF-01")));  // never shown there
    store.catalog().record_suggestions_shown("basket-2", {shown[0]}, at("2026-11-26T10:00:00+02:00"));

    Reports reports(shop.path);
    const auto table =
        reports.report("suggestions-followed", parse_date("2026-11-25"), parse_date("2026-11-25"));
    REQUIRE(table.rows.size() == 3);
    CHECK(text(table.rows[0][0]) == "bundle");
    CHECK(std::get<std::int64_t>(table.rows[0][1]) == 2);
    CHECK(std::get<std::int64_t>(table.rows[0][2]) == 1);
    CHECK(std::get<std::int64_t>(table.rows[0][3]) == 5000);
    CHECK(std::holds_alternative<std::monostate>(table.rows[1][3]));  // nothing computed was shown
    CHECK(std::get<std::int64_t>(table.rows[2][1]) == 2);
}

TEST_CASE("purchase cycles on hand-made histories, too few purchases included", "[store][personal]") {
    BoutiqueShop shop;
    auto& store = shop.store;
    // Olga: 1 Sep, 11 Sep, 11 Oct (twice: one visit), 25 Oct. Gaps 10, 30, 14: cycle 14 days.
    sell(shop, shop.olga, "2026-09-01T12:00:00+03:00", {"DRESS-0412"});
    sell(shop, shop.olga, "2026-09-11T12:00:00+03:00", {"SCARF-01"});
    sell(shop, shop.olga, "2026-10-11T12:00:00+03:00", {"DRESS-0412", "SCARF-01"});
    sell(shop, shop.olga, "2026-10-11T17:00:00+03:00", {"SCARF-01"});
    sell(shop, shop.olga, "2026-10-25T12:00:00+02:00", {"DRESS-0412"});
    const auto olga = store.customers().purchase_cycle(shop.olga);
    CHECK(olga.purchase_days == 4);
    CHECK(olga.cycle_days == 14);
    CHECK(olga.last_purchase == parse_date("2026-10-25"));

    // Two purchase days: not enough history. None: nothing at all.
    const std::string kati = enrol(shop, "Kati", "5234 5678", Consents{true, true, false});
    sell(shop, kati, "2026-10-01T12:00:00+03:00", {"DRESS-0412"});
    sell(shop, kati, "2026-10-20T12:00:00+03:00", {"DRESS-0412"});
    CHECK(store.customers().purchase_cycle(kati).purchase_days == 2);
    CHECK_FALSE(store.customers().purchase_cycle(kati).cycle_days.has_value());
    const std::string new_one = enrol(shop, "Liis", "5345 6789", Consents{true, true, false});
    CHECK_FALSE(store.customers().purchase_cycle(new_one).cycle_days.has_value());
    CHECK_FALSE(store.customers().purchase_cycle(new_one).last_purchase.has_value());

    // By category over the last year: dresses for Olga on 1 Sep, 11 Oct, 25 Oct (gaps 40, 14: 27), Kati has
    // two dress days only; scarves for Olga on 11 Sep and 11 Oct (one visit each day): too few.
    const auto cycles = store.catalog().category_cycles(at("2026-11-25T12:00:00+02:00"));
    REQUIRE(cycles.size() == 2);
    CHECK(cycles[0].category == "accessories");
    CHECK(cycles[0].customers == 0);
    CHECK_FALSE(cycles[0].cycle_days.has_value());
    CHECK(cycles[1].category == "dresses");
    CHECK(cycles[1].customers == 1);
    CHECK(cycles[1].cycle_days == 27);
}

TEST_CASE("the due list: past the cycle by the margin, marketing consent only", "[store][personal]") {
    BoutiqueShop shop;
    // Olga (SMS consent): cycle 14 days, last purchase 25 Oct.
    for (const char* when :
         {"2026-09-27T12:00:00+03:00", "2026-10-11T12:00:00+03:00", "2026-10-25T12:00:00+02:00"}) {
        sell(shop, shop.olga, when, {"DRESS-0412", "SCARF-01"});
    }
    // Mari keeps her data with the shop but wants no messages: the same history, never on a list.
    const std::string mari = enrol(shop, "Mari", "5234 5678", Consents{true, false, false});
    // Kati (SMS consent) buys every 14 days too, last on 15 Nov: not due yet on the 25th (10 days).
    const std::string kati = enrol(shop, "Kati", "5345 6789", Consents{true, true, false});
    for (const char* when :
         {"2026-09-27T12:00:00+03:00", "2026-10-11T12:00:00+03:00", "2026-10-25T12:00:00+02:00"}) {
        sell(shop, mari, when, {"DRESS-0412"});
    }
    for (const char* when :
         {"2026-10-18T12:00:00+03:00", "2026-11-01T12:00:00+02:00", "2026-11-15T12:00:00+02:00"}) {
        sell(shop, kati, when, {"SCARF-01"});
    }
    // Liis (SMS consent) bought twice only: no cycle, never due.
    const std::string liis = enrol(shop, "Liis", "5456 7890", Consents{true, true, false});
    sell(shop, liis, "2026-06-01T12:00:00+03:00", {"DRESS-0412"});
    sell(shop, liis, "2026-06-15T12:00:00+03:00", {"DRESS-0412"});

    Reports reports(shop.path);
    ListRequest request{"due", at("2026-11-25T12:00:00+02:00"), {}, {}};
    const auto table = reports.list(request);
    REQUIRE(table.rows.size() == 1);
    const auto& row = table.rows[0];
    CHECK(text(row[0]) == shop.olga);
    CHECK(text(row[3]) == "+37251234567");
    CHECK(text(row[6]) == "2026-10-25");
    CHECK(std::get<std::int64_t>(row[7]) == 31);
    CHECK(std::get<std::int64_t>(row[8]) == 14);
    CHECK(text(row[9]) == "accessories");  // a tie by receipts goes to the category's name
    CHECK(text(row[10]) == "Linen dress; Silk scarf");

    // A margin below 100% would call customers before their cycle is over.
    request.margin_bp = 9000;
    CHECK_THROWS_AS(reports.list(request), StoreError);
    // On 3 December Kati is 18 days past: 18 > 14 * 1.25 = 17.5.
    request.margin_bp.reset();
    request.now = at("2026-12-03T12:00:00+02:00");
    CHECK(reports.list(request).rows.size() == 2);
    request.now = at("2026-12-02T12:00:00+02:00");  // 17 days: not yet
    CHECK(reports.list(request).rows.size() == 1);
}

TEST_CASE("the ledger's own reasons come back typed, a person's words stay hers", "[store][personal]") {
    BoutiqueShop shop;
    auto& store = shop.store;
    sell(shop, shop.olga, "2026-11-20T12:00:00+02:00", {"DRESS-0412"});
    // An owner's correction that happens to say "purchase", and one that says why in her words.
    store.customers().adjust_points(CustomerId{shop.olga}, Points::of(10), "purchase", Actor{shop.maria},
                                    at("2026-11-21T10:00:00+02:00"));
    store.customers().adjust_points(CustomerId{shop.olga}, Points::of(20), "Birthday cake", Actor{shop.maria},
                                    at("2026-11-21T11:00:00+02:00"), at("2026-11-22T11:00:00+02:00"));
    store.maintenance().run_expiry(at("2026-11-23T00:00:00+02:00"));
    const auto history = store.personal().customer_history(shop.olga);
    std::vector<std::pair<std::string, LedgerReason>> got;
    for (const LedgerLine& l : history.ledger) {
        got.emplace_back(l.kind, l.why);
        CHECK(parse_ledger_kind(l.kind).has_value());
        if (l.why == LedgerReason::own_words) {
            CHECK(l.why_words == l.reason);
        } else {
            CHECK(l.why_words.empty());
        }
    }
    // Newest first: the expiry, the two corrections, the purchase's points, the welcome points.
    CHECK(got == std::vector<std::pair<std::string, LedgerReason>>{{"expire", LedgerReason::points_expired},
                                                                   {"adjust", LedgerReason::own_words},
                                                                   {"adjust", LedgerReason::own_words},
                                                                   {"accrue", LedgerReason::purchase},
                                                                   {"accrue", LedgerReason::welcome_points}});
    CHECK(history.ledger[2].why_words == "purchase");
    CHECK_FALSE(parse_ledger_kind("points"));
    CHECK(std::string(ledger_kind_name(LedgerKind::refund_restore)) == "refund_restore");
}
