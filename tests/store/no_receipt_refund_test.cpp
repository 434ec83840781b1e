// Returns without a receipt in the store: migration 5 from every earlier version with the returns a shop
// already had, the rows such a return writes (goods, money, tender, reason, cashier, approving owner,
// customer), stock back up, points untouched, one audit entry, idempotency after a crash, refusals that write
// nothing, and db check.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "boutique_shop.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "temp_dir.hpp"

using namespace kassa;
using namespace kassa::store;
using testing::at;

namespace {

std::int64_t count(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getInt64();
}

std::string text(Store& store, const std::string& sql) {
    return store.database().sql().execAndGet(sql).getString();
}

struct Shop : testing::BoutiqueShop {
    Shop() {
        // The shop counts its dresses and its ribbon, so a return shows on the shelf.
        auto dress = store.catalog().product_by_sku("DRESS-0412");
        dress->stock = 3;
        store.catalog().upsert_product(*dress);
        auto ribbon = store.catalog().product_by_sku("RIBBON");
        ribbon->stock = 10000;  // 10 m in thousandths
        store.catalog().upsert_product(*ribbon);
    }

    Sales::NoReceiptRefundRequest dress_back() const {
        Sales::NoReceiptRefundRequest r;
        r.refund_id = new_id();
        r.lines = {
            {"DRESS-0412", Quantity::pieces(1), Money::minor(6990)}};  // bought in the sale, the owner says
        r.tender = PaymentLine::Method::card;
        r.reason = "gift, no receipt";
        r.cashier_id = anna;
        r.approved_by = maria;
        r.at = at("2026-11-25T16:00:00+02:00");
        return r;
    }

    std::int64_t stock(const char* sku) { return *store.catalog().product_by_sku(sku)->stock; }
};

}  // namespace

TEST_CASE("migration 5 keeps the returns of every earlier version and lets a return stand without a receipt",
          "[store][schema][migration][noreceipt]") {
    // Version 1 is the first with refunds; each earlier shop gets a sale and a return against it by hand.
    for (int from = 1; from < 5; ++from) {
        INFO("from version " << from);
        testing::TempDir dir;
        {
            SQLite::Database raw(dir.file("shop.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            migrate(raw, from);
            raw.exec(
                "INSERT INTO receipts(id, number, created_at, business_day, gross, discount, net, "
                "redeemed_points, redeemed_money, payable, points_earned, tier_spend, quote) VALUES ('r1', "
                "1, "
                "'2026-11-20T10:00:00+00:00', '2026-11-20', 7990, 0, 7990, 0, 0, 7990, 0, 7990, '{}')");
            raw.exec(
                "INSERT INTO receipt_lines(receipt_id, line_no, sku, name, category, unit_price, qty, gross, "
                "discount, net, redeemed, points, discounts) VALUES ('r1', 1, 'DRESS-0412', 'Linen dress', "
                "'dresses', 7990, 1000, 7990, 0, 7990, 0, 0, '[]')");
            raw.exec(
                "INSERT INTO refunds(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, "
                "points_reversed, points_restored, tier_spend, reason) VALUES ('f1', 'r1', "
                "'2026-11-21T10:00:00+00:00', 'anna', 7990, 0, 0, 0, 7990, 'too small')");
            raw.exec(
                "INSERT INTO refund_lines(refund_id, line_no, qty, money_back, redeemed_back, "
                "points_reversed) VALUES ('f1', 1, 1000, 7990, 0, 0)");
        }
        Store store(dir.file("shop.db"), Database::Mode::open_existing);
        CHECK(store.database().schema_version() == Database::current_schema_version());
        CHECK(store.database().sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);  // switched back on
        CHECK(store.maintenance().check().empty());
        // The earlier return is whole: same id, receipt, money, reason; its line still points at it.
        CHECK(
            text(store,
                 "SELECT receipt_id || '/' || money_back || '/' || reason || '/' || tier_spend FROM refunds "
                 "WHERE id = 'f1'") == "r1/7990/too small/7990");
        CHECK(count(store, "SELECT count(*) FROM refund_lines l JOIN refunds f ON f.id = l.refund_id") == 1);
        CHECK(count(store,
                    "SELECT tender IS NULL AND approved_by IS NULL AND customer_id IS NULL FROM refunds") ==
              1);
        CHECK(store.sales().receipt("r1")->fully_refunded);

        // And now a return may have no receipt, when an owner approved it and it says why.
        const std::string owner = store.staff().add_cashier("Maria", Role::owner, "1234", Actor{"setup"},
                                                            at("2026-11-22T09:00:00Z"));
        store.catalog().upsert_product(testing::product("DRESS-0412", "Linen dress", "dresses", 7990, {}));
        Sales::NoReceiptRefundRequest r;
        r.refund_id = "f2";
        r.lines = {{"DRESS-0412", Quantity::pieces(1), Money::minor(7990)}};
        r.reason = "no receipt";
        r.cashier_id = "anna";
        r.approved_by = owner;
        r.at = at("2026-11-22T10:00:00Z");
        CHECK(store.sales().refund_without_receipt(r).money_back == Money::minor(7990));
        CHECK(count(store, "SELECT count(*) FROM refunds WHERE receipt_id IS NULL") == 1);
        CHECK(store.maintenance().check().empty());
        // The rebuilt table still refuses what the schema always refused: a line of a return that is not
        // there.
        CHECK_THROWS(store.database().sql().exec(
            "INSERT INTO refund_lines(refund_id, line_no, qty, money_back, redeemed_back, points_reversed) "
            "VALUES ('nope', 1, 1000, 1, 0, 0)"));
    }
}

TEST_CASE("the schema refuses a receipt-less refund without an owner, a tender or a reason, or with points",
          "[store][schema][noreceipt]") {
    testing::TempDir dir;
    Store store(dir.file("shop.db"), Database::Mode::create_if_missing);
    auto& db = store.database().sql();
    const std::string columns =
        "INSERT INTO refunds(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, "
        "points_reversed, points_restored, tier_spend, reason, tender, approved_by) VALUES ";
    CHECK_NOTHROW(db.exec(columns + "('ok', NULL, 't', 'anna', 100, 0, 0, 0, 0, 'why', 'cash', 'maria')"));
    CHECK_THROWS(db.exec(columns + "('a', NULL, 't', 'anna', 100, 0, 0, 0, 0, 'why', 'cash', NULL)"));
    CHECK_THROWS(db.exec(columns + "('b', NULL, 't', 'anna', 100, 0, 0, 0, 0, 'why', NULL, 'maria')"));
    CHECK_THROWS(db.exec(columns + "('c', NULL, 't', 'anna', 100, 0, 0, 0, 0, '', 'cash', 'maria')"));
    CHECK_THROWS(db.exec(columns + "('d', NULL, 't', 'anna', 100, 0, 5, 0, 0, 'why', 'cash', 'maria')"));
    CHECK_THROWS(db.exec(columns + "('e', NULL, 't', 'anna', 100, 0, 0, 0, 0, 'why', 'cheque', 'maria')"));
}

TEST_CASE("a return without a receipt writes the refund, its goods, the stock and the audit, and no points",
          "[store][refund][noreceipt]") {
    Shop shop;
    const auto olga_before = *shop.store.customers().customer(shop.olga);
    const std::int64_t ledger_before = count(shop.store, "SELECT count(*) FROM ledger");
    auto request = shop.dress_back();
    request.customer_id = shop.olga;
    request.lines.push_back({"RIBBON", Quantity::thousandths(1500), Money::minor(250)});  // 1.5 m at 2.50

    const auto preview = shop.store.sales().preview_refund_without_receipt(request);
    CHECK(preview.money_back == Money::minor(6990 + 375));
    CHECK_FALSE(preview.already_committed);
    CHECK(count(shop.store, "SELECT count(*) FROM refunds") == 0);  // a preview writes nothing

    const auto done = shop.store.sales().refund_without_receipt(request);
    CHECK(done.money_back == preview.money_back);
    CHECK(done.points_reversed == Points::zero());
    CHECK(done.points_restored == Points::zero());
    CHECK_FALSE(done.receipt_fully_refunded);
    CHECK(text(shop.store,
               "SELECT coalesce(receipt_id, '-') || '/' || money_back || '/' || tender || '/' || reason || "
               "'/' || cashier_id || '/' || approved_by || '/' || customer_id || '/' || points_reversed || "
               "'/' || "
               "points_restored || '/' || tier_spend || '/' || kept_for_points FROM refunds") ==
          "-/7365/card/gift, no receipt/" + shop.anna + "/" + shop.maria + "/" + shop.olga + "/0/0/0/0");
    CHECK(text(shop.store,
               "SELECT group_concat(line_no || ':' || sku || ':' || name || ':' || unit_price || 'x' || qty "
               "|| '=' || money_back, ' ') FROM (SELECT * FROM refund_lines ORDER BY line_no)") ==
          "1:DRESS-0412:Linen dress:6990x1000=6990 2:RIBBON:Ribbon by the metre:250x1500=375");
    CHECK(shop.stock("DRESS-0412") == 4);
    CHECK(shop.stock("RIBBON") == 11500);

    // Her points, tier spend and ledger are as they were: nothing says what these goods earned.
    const auto olga_after = *shop.store.customers().customer(shop.olga);
    CHECK(olga_after.balance == olga_before.balance);
    CHECK(olga_after.spend_lifetime == olga_before.spend_lifetime);
    CHECK(count(shop.store, "SELECT count(*) FROM ledger") == ledger_before);
    CHECK(shop.store.customers().tier_spend_events(shop.olga).empty());

    // One audit entry by the approving owner, naming the cashier, the money and the reason.
    CHECK(count(shop.store,
                "SELECT count(*) FROM audit_log WHERE action = 'refund_without_receipt' AND actor = '" +
                    shop.maria + "' AND subject = '" + request.refund_id + "'") == 1);
    const std::string details =
        text(shop.store, "SELECT details FROM audit_log WHERE action = 'refund_without_receipt'");
    CHECK_THAT(details, Catch::Contains(shop.anna) && Catch::Contains("7365") && Catch::Contains("card") &&
                            Catch::Contains("gift, no receipt"));
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("a return without a receipt retried after a crash writes nothing twice",
          "[store][refund][noreceipt]") {
    Shop shop;
    const auto request = shop.dress_back();
    const auto first = shop.store.sales().refund_without_receipt(request);
    CHECK_FALSE(first.already_committed);
    const auto again = shop.store.sales().refund_without_receipt(request);
    CHECK(again.already_committed);
    CHECK(again.money_back == first.money_back);
    CHECK(count(shop.store, "SELECT count(*) FROM refunds") == 1);
    CHECK(count(shop.store, "SELECT count(*) FROM refund_lines") == 1);
    CHECK(count(shop.store, "SELECT count(*) FROM audit_log WHERE action = 'refund_without_receipt'") == 1);
    CHECK(shop.stock("DRESS-0412") == 4);  // once, not twice
    CHECK(shop.store.sales().preview_refund_without_receipt(request).already_committed);

    // The id cannot be reused for a return against a receipt, nor a receipt's return id for one without.
    Sales::RefundRequest against;
    against.refund_id = request.refund_id;
    against.receipt_id = "some-receipt";
    against.lines = {{1, Quantity::pieces(1)}};
    against.at = request.at;
    CHECK_THROWS_AS(shop.store.sales().refund(against, shop.rules), StoreError);
    CHECK_THROWS_AS(shop.store.sales().preview_refund(against, shop.rules), StoreError);

    store::Sale sale;
    sale.receipt_id = new_id();
    sale.cashier_id = shop.anna;
    sale.at = at("2026-11-25T15:00:00+02:00");
    sale.lines = {store::SaleLine{
        "SCARF-01", "Silk scarf", "accessories", Money::minor(1990), Quantity::pieces(1), {}, false}};
    sale.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(1990)}};
    shop.store.sales().commit_sale(sale, shop.rules);
    Sales::RefundRequest scarf;
    scarf.refund_id = new_id();
    scarf.receipt_id = sale.receipt_id;
    scarf.lines = {{1, Quantity::pieces(1)}};
    scarf.cashier_id = shop.anna;
    scarf.at = request.at;
    shop.store.sales().refund(scarf, shop.rules);
    auto reuse = shop.dress_back();
    reuse.refund_id = scarf.refund_id;
    CHECK_THROWS_WITH(shop.store.sales().refund_without_receipt(reuse), Catch::Contains("against a receipt"));
    CHECK(count(shop.store, "SELECT count(*) FROM refunds") == 2);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("a return without a receipt is refused with a sentence and nothing written",
          "[store][refund][noreceipt]") {
    Shop shop;
    // Refused for its own reason, which the screen words (StoreProblem), and nothing written.
    const auto refused = [&](Sales::NoReceiptRefundRequest r, StoreProblem problem) {
        INFO(store_problem_name(problem));
        try {
            shop.store.sales().refund_without_receipt(r);
            FAIL_CHECK("not refused");
        } catch (const StoreError& e) {
            CHECK(e.kind() == FailureKind::invalid);
            CHECK(e.problem() == problem);
        }
    };
    auto r = shop.dress_back();
    r.reason.clear();
    refused(r, StoreProblem::return_reason_missing);
    r = shop.dress_back();
    r.approved_by = shop.anna;  // a cashier cannot approve it
    refused(r, StoreProblem::return_needs_owner);
    r.approved_by.clear();
    refused(r, StoreProblem::return_needs_owner);
    r = shop.dress_back();
    r.lines = {{"NO-SUCH", Quantity::pieces(1), Money::minor(100)}};
    refused(r, StoreProblem::no_such_product);
    CHECK_THROWS_WITH(shop.store.sales().preview_refund_without_receipt(r), Catch::Contains("NO-SUCH"));
    r = shop.dress_back();
    r.lines = {{"DRESS-0412", Quantity::thousandths(500), Money::minor(7990)}};  // half a dress
    refused(r, StoreProblem::return_quantity_invalid);
    r.lines = {{"DRESS-0412", Quantity::pieces(0), Money::minor(7990)}};
    refused(r, StoreProblem::return_quantity_invalid);
    r.lines = {{"DRESS-0412", Quantity::pieces(1), Money::minor(-1)}};
    refused(r, StoreProblem::return_price_negative);
    r = shop.dress_back();
    r.lines.clear();
    refused(r, StoreProblem::return_nothing_chosen);
    r = shop.dress_back();
    r.customer_id = "nobody";
    refused(r, StoreProblem::no_such_customer);
    r = shop.dress_back();
    r.cashier_id.clear();
    refused(r, StoreProblem::return_cashier_missing);
    CHECK(count(shop.store, "SELECT count(*) FROM refunds") == 0);
    CHECK(count(shop.store, "SELECT count(*) FROM refund_lines") == 0);
    CHECK(count(shop.store, "SELECT count(*) FROM audit_log WHERE action = 'refund_without_receipt'") == 0);
    CHECK(shop.stock("DRESS-0412") == 3);
}

TEST_CASE("the returns report counts returns without a receipt beside those against one",
          "[store][reports][noreceipt]") {
    Shop shop;
    Sale sale;
    sale.receipt_id = new_id();
    sale.cashier_id = shop.anna;
    sale.at = at("2026-11-25T10:00:00+02:00");
    sale.lines = {SaleLine{
        "SCARF-01", "Silk scarf", "accessories", Money::minor(1990), Quantity::pieces(1), {}, false}};
    sale.payments = {PaymentLine{PaymentLine::Method::cash, Money::minor(1990)}};
    shop.store.sales().commit_sale(sale, shop.rules);
    Sales::RefundRequest scarf;
    scarf.refund_id = new_id();
    scarf.receipt_id = sale.receipt_id;
    scarf.lines = {{1, Quantity::pieces(1)}};
    scarf.cashier_id = shop.anna;
    scarf.at = at("2026-11-25T11:00:00+02:00");
    shop.store.sales().refund(scarf, shop.rules);
    shop.store.sales().refund_without_receipt(shop.dress_back());  // 69.90, at 16:00 on the 25th
    auto next_day = shop.dress_back();
    next_day.at = at("2026-11-26T00:00:00+02:00");  // local midnight: the 26th
    shop.store.sales().refund_without_receipt(next_day);

    Reports reports(shop.path);
    const auto table = reports.report("returns", parse_date("2026-11-25"), parse_date("2026-11-25"));
    REQUIRE(table.rows.size() == 3);
    const auto cells = [](const std::vector<ReportCell>& row) {
        return std::vector<std::int64_t>{std::get<std::int64_t>(row[1]), std::get<std::int64_t>(row[2])};
    };
    CHECK(std::get<std::string>(table.rows[0][0]) == "with_receipt");
    CHECK(cells(table.rows[0]) == std::vector<std::int64_t>{1, 1990});
    CHECK(std::get<std::string>(table.rows[1][0]) == "without_receipt");
    CHECK(cells(table.rows[1]) == std::vector<std::int64_t>{1, 6990});
    CHECK(cells(table.rows[2]) == std::vector<std::int64_t>{2, 1990 + 6990});
    const auto both = reports.report("returns", parse_date("2026-11-25"), parse_date("2026-11-26"));
    CHECK(cells(both.rows[1]) == std::vector<std::int64_t>{2, 2 * 6990});
}
