// A return without a receipt at the till, without a window: the owner's PIN opens it, goods are scanned and
// priced, money back is previewed, and the confirmed return is in the shop's file once, with its audit.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "boutique_shop.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/store.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using namespace kassa::till;
using store::PaymentLine;
using testing::at;
using testing::kDressBarcode;
using testing::kOlgaCard;

namespace {

struct Till : testing::BoutiqueShop {
    TillSession session{store, rules, clock, SessionSettings{}};
    NoReceiptReturn& ret = session.no_receipt_return();
    Till() { REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in); }

    std::int64_t count(const std::string& sql) { return store.database().sql().execAndGet(sql).getInt64(); }
};

}  // namespace

TEST_CASE("a cashier's return without a receipt needs the owner's PIN, audited",
          "[till][returns][noreceipt]") {
    Till t;
    CHECK(t.ret.open().outcome == Outcome::needs_owner);
    const Notice wrong = t.ret.open("1111");  // the cashier's own PIN is not an owner's
    CHECK(wrong.outcome == Outcome::owner_pin_wrong);
    REQUIRE(wrong.refusal);
    CHECK(wrong.refusal->problem == store::StoreProblem::pin_wrong);
    CHECK_FALSE(t.ret.is_open());
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action = 'return_without_receipt'") == 0);

    const Notice opened = t.ret.open("1234");
    CHECK(opened.outcome == Outcome::no_receipt_return_opened);
    CHECK(opened.ok());
    CHECK(opened.detail == t.maria);
    REQUIRE(t.ret.is_open());
    CHECK(t.ret.draft()->approved_by == t.maria);
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action = 'return_without_receipt' AND actor = '" +
                  t.maria + "'") == 1);
    // While it is open nothing else starts: no sale, no second return.
    CHECK(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::basket_not_empty);
    CHECK(t.ret.open("1234").outcome == Outcome::basket_not_empty);
    t.ret.close();
    CHECK_FALSE(t.ret.is_open());

    // The approval was for Anna: the next cashier to log in does not inherit an open one.
    REQUIRE(t.ret.open("1234").outcome == Outcome::no_receipt_return_opened);
    t.session.log_out();
    CHECK_FALSE(t.ret.is_open());
}

TEST_CASE("an owner at the till opens one without a PIN, a basket on the screen comes first",
          "[till][returns][noreceipt]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    CHECK(t.ret.open("1234").outcome == Outcome::basket_not_empty);
    t.session.log_out();
    REQUIRE(t.session.log_in(t.maria, "1234").outcome == Outcome::logged_in);
    t.session.cancel("test");
    const Notice opened = t.ret.open();
    CHECK(opened.outcome == Outcome::no_receipt_return_opened);
    CHECK(opened.detail == t.maria);
}

TEST_CASE("goods without a receipt are scanned, priced and paid back, points stay as they were",
          "[till][returns][noreceipt]") {
    Till t;
    const Points balance_before = t.store.customers().customer(t.olga)->balance;
    REQUIRE(t.ret.open("1234").outcome == Outcome::no_receipt_return_opened);
    const auto& draft = t.ret.draft();

    CHECK(t.ret.scan(kDressBarcode).outcome == Outcome::product_added);
    CHECK(t.ret.scan("DRESS-0412").outcome == Outcome::product_added);  // one more piece
    REQUIRE(draft->lines.size() == 1);
    CHECK(draft->lines[0].qty == Quantity::pieces(2));
    CHECK(draft->lines[0].unit_price == Money::minor(7990));  // the catalog price is offered
    CHECK(draft->money_back == Money::minor(2 * 7990));

    CHECK(t.ret.scan("2100000000011").outcome == Outcome::weight_needed);
    CHECK(t.ret.scan("nothing-here").outcome == Outcome::unknown_barcode);
    const auto ribbon = t.store.catalog().product_by_sku("RIBBON");
    CHECK(t.ret.add(*ribbon, Quantity::thousandths(2000)).outcome == Outcome::product_added);
    CHECK(draft->money_back == Money::minor(2 * 7990 + 500));

    // The owner says the dresses were bought in the sale; one piece only came back after all.
    CHECK(t.ret.set_price(0, Money::minor(-1)).outcome == Outcome::invalid_price);
    CHECK(t.ret.set_price(0, Money::minor(5990)).ok());
    CHECK(t.ret.set_quantity(0, Quantity::thousandths(1500)).outcome == Outcome::invalid_quantity);
    CHECK(t.ret.set_quantity(0, Quantity::pieces(1)).outcome == Outcome::quantity_changed);
    CHECK(t.ret.set_quantity(5, Quantity::pieces(1)).outcome == Outcome::no_such_line);
    CHECK(draft->lines[0].money_back == Money::minor(5990));
    CHECK(draft->money_back == Money::minor(5990 + 500));

    CHECK(t.ret.set_customer("nobody").outcome == Outcome::customer_not_found);
    CHECK(t.ret.set_customer(kOlgaCard).outcome == Outcome::customer_identified);
    REQUIRE(draft->customer);
    CHECK(draft->customer->id == t.olga);
    t.ret.set_tender(PaymentLine::Method::card);

    // No reason, no return.
    CHECK(t.ret.confirm().outcome == Outcome::return_reason_needed);
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);
    t.ret.set_reason("  lost the receipt  ");
    t.clock.advance_seconds(60);
    const Notice done = t.ret.confirm();
    CHECK(done.outcome == Outcome::return_committed);
    CHECK_FALSE(t.ret.is_open());
    REQUIRE(t.ret.last_refund());
    CHECK(t.ret.last_refund()->money_back == Money::minor(6490));

    CHECK(
        t.count(
            "SELECT count(*) FROM refunds WHERE receipt_id IS NULL AND money_back = 6490 AND tender = 'card' "
            "AND reason = 'lost the receipt' AND cashier_id = '" +
            t.anna + "' AND approved_by = '" + t.maria + "' AND customer_id = '" + t.olga + "'") == 1);
    CHECK(t.count("SELECT count(*) FROM refund_lines") == 2);
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action = 'refund_without_receipt'") == 1);
    CHECK(t.store.customers().customer(t.olga)->balance == balance_before);
    CHECK(t.store.maintenance().check().empty());
    // The till is free for the next sale.
    CHECK(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
}

TEST_CASE("a line set to zero goes, nothing to return is refused", "[till][returns][noreceipt]") {
    Till t;
    REQUIRE(t.ret.open("1234").outcome == Outcome::no_receipt_return_opened);
    t.ret.scan("SCARF-01");
    CHECK(t.ret.set_quantity(0, Quantity::pieces(0)).outcome == Outcome::line_removed);
    CHECK(t.ret.draft()->lines.empty());
    CHECK(t.ret.draft()->money_back.is_zero());
    t.ret.set_reason("faulty");
    CHECK(t.ret.confirm().outcome == Outcome::invalid_quantity);
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);
}
