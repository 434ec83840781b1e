// The two return flows on their own (returns.hpp), on a real shop file: a receipt's return previewed, taken
// back in part and then in full; a store failure retried under the same refund id; the return without a
// receipt needing the owner and a reason; and what the session still decides (an empty basket, one return
// at a time, logging out).
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "boutique_shop.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/store.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using namespace kassa::till;
using store::PaymentLine;
using testing::kDressBarcode;
using testing::kOlgaCard;
using testing::kScarfBarcode;

namespace {

struct Till : testing::BoutiqueShop {
    TillSession session{store, rules, clock, SessionSettings{}};
    ReceiptReturn& receipt_return = session.receipt_return();
    NoReceiptReturn& no_receipt = session.no_receipt_return();

    Till() { REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in); }

    std::int64_t count(const std::string& sql) { return store.database().sql().execAndGet(sql).getInt64(); }

    // Olga buys the dress and two scarves by card; the receipt's number.
    std::string sell_to_olga() {
        REQUIRE(session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
        REQUIRE(session.scan(kScarfBarcode, ScanSource::scanner).outcome == Outcome::product_added);
        REQUIRE(session.scan(kScarfBarcode, ScanSource::scanner).outcome == Outcome::product_added);
        REQUIRE(session.scan(kOlgaCard, ScanSource::scanner).outcome == Outcome::customer_identified);
        REQUIRE(session.add_payment(PaymentLine::Method::card, Money::zero()).ok());
        const Notice sold = session.finish();
        REQUIRE(sold.outcome == Outcome::sale_committed);
        clock.advance_seconds(3600);
        return sold.detail;
    }
};

}  // namespace

TEST_CASE("a receipt's return shows the store's preview and commits exactly that", "[till][returns]") {
    Till t;
    const std::string number = t.sell_to_olga();
    ReceiptReturn& ret = t.receipt_return;
    CHECK_FALSE(ret.is_open());
    CHECK(ret.open("R" + number).outcome == Outcome::receipt_opened);
    REQUIRE(ret.is_open());
    REQUIRE(ret.draft()->receipt.lines.size() == 2);
    CHECK(ret.returnable(1) == Quantity::pieces(2));
    CHECK(ret.returnable(7) == Quantity{});
    CHECK_FALSE(ret.draft()->preview);  // nothing chosen, no figures

    CHECK(ret.set_quantity(1, Quantity::pieces(3)).outcome == Outcome::invalid_quantity);  // two were bought
    CHECK(ret.set_quantity(1, Quantity::thousandths(500)).outcome == Outcome::invalid_quantity);
    CHECK(ret.set_quantity(2, Quantity::pieces(1)).outcome == Outcome::no_such_line);
    const Notice chosen = ret.set_quantity(1, Quantity::pieces(1));
    CHECK(chosen.outcome == Outcome::quantity_changed);
    CHECK(chosen.detail == "Silk scarf");
    REQUIRE(ret.draft()->preview);
    const store::Sales::RefundOutcome preview = *ret.draft()->preview;
    CHECK(preview.money_back.minor_units() > 0);
    CHECK(preview.money_back <= ret.draft()->receipt.lines[1].net);
    CHECK(preview.points_reversed.value() > 0);           // Olga earned points on the sale
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);  // a preview writes nothing

    // Choosing nothing again takes the figures away.
    CHECK(ret.set_quantity(1, Quantity{}).outcome == Outcome::quantity_changed);
    CHECK_FALSE(ret.draft()->preview);
    REQUIRE(ret.set_quantity(1, Quantity::pieces(1)).ok());

    CHECK(ret.set_reason("  wrong colour ").ok());
    CHECK(ret.reason() == "wrong colour");
    ret.set_tender(PaymentLine::Method::card);
    const Notice done = ret.confirm();
    CHECK(done.outcome == Outcome::return_committed);
    CHECK(done.detail == format_money(preview.money_back, 2, Language::en));
    CHECK_FALSE(ret.is_open());
    REQUIRE(ret.last_refund());
    CHECK(ret.last_refund()->money_back == preview.money_back);
    CHECK(ret.last_refund()->points_reversed == preview.points_reversed);
    CHECK_FALSE(ret.last_refund()->receipt_fully_refunded);
    CHECK(t.count("SELECT count(*) FROM refunds WHERE tender = 'card' AND reason = 'wrong colour' AND "
                  "money_back = " +
                  std::to_string(preview.money_back.minor_units())) == 1);
    // Closed: nothing more to confirm.
    CHECK(ret.confirm().outcome == Outcome::no_such_line);
    CHECK(ret.set_reason("again").outcome == Outcome::no_such_line);
}

TEST_CASE("a receipt returned in part keeps what is left and then all of it is fully returned",
          "[till][returns]") {
    Till t;
    const std::string number = t.sell_to_olga();
    ReceiptReturn& ret = t.receipt_return;
    REQUIRE(ret.open(number).outcome == Outcome::receipt_opened);  // the number as typed
    REQUIRE(ret.set_quantity(1, Quantity::pieces(1)).ok());
    REQUIRE(ret.set_reason("one too many").ok());
    REQUIRE(ret.confirm().outcome == Outcome::return_committed);

    // What is left on the receipt: the dress and one scarf.
    REQUIRE(ret.open("R" + number).outcome == Outcome::receipt_opened);
    CHECK(ret.draft()->receipt.lines[1].refunded_qty == Quantity::pieces(1));
    CHECK(ret.returnable(0) == Quantity::pieces(1));
    CHECK(ret.returnable(1) == Quantity::pieces(1));
    CHECK(ret.set_quantity(1, Quantity::pieces(2)).outcome == Outcome::invalid_quantity);
    const std::string draft_id = ret.refund_id();

    const Notice all = ret.choose_everything();
    CHECK(all.outcome == Outcome::quantity_changed);
    CHECK(ret.draft()->chosen == std::vector<Quantity>{Quantity::pieces(1), Quantity::pieces(1)});
    REQUIRE(ret.draft()->preview);
    REQUIRE(ret.set_reason("does not fit").ok());
    REQUIRE(ret.confirm().outcome == Outcome::return_committed);
    CHECK(ret.last_refund()->refund_id == draft_id);
    CHECK(ret.last_refund()->receipt_fully_refunded);
    CHECK(t.count("SELECT count(*) FROM refunds") == 2);

    const Notice again = ret.open("R" + number);
    CHECK(again.outcome == Outcome::receipt_fully_returned);
    CHECK(again.detail == number);
    CHECK_FALSE(ret.is_open());
    CHECK(ret.open("R999").outcome == Outcome::receipt_not_found);
    CHECK(ret.choose_everything().outcome == Outcome::no_such_line);
}

TEST_CASE("a return needs a reason and a cashier and an open shift and writes nothing until then",
          "[till][returns]") {
    Till t;
    const std::string number = t.sell_to_olga();
    // The shift was closed after the sale (the Z report): a return waits for the next one.
    store::Shifts(t.store).close(t.anna, store::CashCount{{}, Money::minor(10000)}, Money::minor(10000),
                                 t.clock.now());
    ReceiptReturn& ret = t.receipt_return;
    REQUIRE(ret.open(receipt_barcode(std::stoll(number))).outcome == Outcome::receipt_opened);
    CHECK(ret.confirm().outcome == Outcome::invalid_quantity);  // nothing chosen
    REQUIRE(ret.set_quantity(0, Quantity::pieces(1)).ok());
    CHECK(ret.confirm().outcome == Outcome::return_reason_needed);
    REQUIRE(ret.set_reason("   ").ok());
    CHECK(ret.confirm().outcome == Outcome::return_reason_needed);  // spaces are no reason
    REQUIRE(ret.set_reason("too small").ok());
    CHECK(ret.confirm().outcome == Outcome::shift_needed);
    t.session.log_out();
    CHECK(ret.is_open());  // a receipt's return needs no approval: it stays for the next cashier
    CHECK(ret.confirm().outcome == Outcome::not_logged_in);
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);
}

TEST_CASE("a store failure keeps the draft and the retry commits it once under the same refund id",
          "[till][returns]") {
    Till t;
    const std::string number = t.sell_to_olga();
    ReceiptReturn& ret = t.receipt_return;
    REQUIRE(ret.open(number).outcome == Outcome::receipt_opened);
    const std::string refund_id = ret.refund_id();
    REQUIRE_FALSE(refund_id.empty());
    REQUIRE(ret.set_quantity(0, Quantity::pieces(1)).ok());
    REQUIRE(ret.set_reason("faulty seam").ok());

    // What a read-only file answers (tests run as root, where permissions would not stop a write).
    t.store.database().sql().exec("PRAGMA query_only = ON");
    const Notice failed = ret.confirm();
    t.store.database().sql().exec("PRAGMA query_only = OFF");
    CHECK(failed.outcome == Outcome::store_failed);
    CHECK(failed.failure == store::FailureKind::read_only);
    REQUIRE(ret.is_open());
    CHECK(ret.refund_id() == refund_id);
    CHECK(ret.draft()->chosen[0] == Quantity::pieces(1));
    CHECK_FALSE(ret.last_refund());
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);

    const Notice done = ret.confirm();
    CHECK(done.outcome == Outcome::return_committed);
    REQUIRE(ret.last_refund());
    CHECK(ret.last_refund()->refund_id == refund_id);
    CHECK(t.count("SELECT count(*) FROM refunds WHERE id = '" + refund_id + "'") == 1);
    CHECK(t.count("SELECT count(*) FROM refunds") == 1);

    // The same for a return without a receipt.
    NoReceiptReturn& loose = t.no_receipt;
    REQUIRE(loose.open("1234").outcome == Outcome::no_receipt_return_opened);
    const std::string loose_id = loose.refund_id();
    CHECK(loose_id != refund_id);
    REQUIRE(loose.scan("SCARF-01").outcome == Outcome::product_added);
    REQUIRE(loose.set_reason("gift, no receipt").ok());
    t.store.database().sql().exec("PRAGMA query_only = ON");
    const Notice loose_failed = loose.confirm();
    t.store.database().sql().exec("PRAGMA query_only = OFF");
    CHECK(loose_failed.outcome == Outcome::store_failed);
    REQUIRE(loose.is_open());
    CHECK(loose.refund_id() == loose_id);
    REQUIRE(loose.confirm().outcome == Outcome::return_committed);
    CHECK(loose.last_refund()->refund_id == loose_id);
    CHECK(t.count("SELECT count(*) FROM refunds WHERE id = '" + loose_id + "' AND receipt_id IS NULL") == 1);
    CHECK(t.count("SELECT count(*) FROM refunds") == 2);
}

TEST_CASE("a return without a receipt needs the owner and a reason", "[till][returns][noreceipt]") {
    Till t;
    NoReceiptReturn& ret = t.no_receipt;
    t.session.log_out();
    CHECK(ret.open("1234").outcome == Outcome::not_logged_in);
    REQUIRE(t.session.log_in(t.anna, "1111").outcome == Outcome::logged_in);
    CHECK(ret.open().outcome == Outcome::needs_owner);
    CHECK(ret.open("1111").outcome == Outcome::owner_pin_wrong);
    CHECK_FALSE(ret.is_open());
    CHECK(ret.scan("SCARF-01").outcome == Outcome::no_such_line);  // nothing open: nothing taken
    CHECK(ret.confirm().outcome == Outcome::no_such_line);

    const Notice opened = ret.open("1234");
    REQUIRE(opened.outcome == Outcome::no_receipt_return_opened);
    CHECK(opened.detail == t.maria);
    CHECK(ret.draft()->approved_by == t.maria);
    const auto ribbon = t.store.catalog().product_by_sku("RIBBON");
    REQUIRE(ribbon);
    CHECK(ret.add(*ribbon, Quantity::thousandths(0)).outcome == Outcome::invalid_quantity);
    CHECK(ret.add(*ribbon, Quantity::thousandths(1500)).outcome == Outcome::product_added);
    CHECK(ret.scan("SCARF-01").outcome == Outcome::product_added);
    CHECK(ret.set_price(1, Money::minor(1500)).ok());
    CHECK(ret.draft()->lines[1].catalog_price == Money::minor(1990));
    CHECK(ret.draft()->money_back == Money::minor(375 + 1500));  // 1.5 m at 2.50, the scarf at 15.00
    CHECK(ret.set_customer(kOlgaCard).outcome == Outcome::customer_identified);
    CHECK(ret.set_customer("").outcome == Outcome::customer_removed);
    CHECK_FALSE(ret.draft()->customer);

    CHECK(ret.confirm().outcome == Outcome::return_reason_needed);
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);
    REQUIRE(ret.set_reason("bought at the market stall").ok());
    const Notice done = ret.confirm();
    CHECK(done.outcome == Outcome::return_committed);
    CHECK(done.detail == format_money(Money::minor(1875), 2, Language::en));
    CHECK_FALSE(ret.is_open());
    CHECK(t.count("SELECT count(*) FROM refunds WHERE receipt_id IS NULL AND money_back = 1875 AND "
                  "approved_by = '" +
                  t.maria + "' AND cashier_id = '" + t.anna + "' AND customer_id IS NULL") == 1);
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action = 'return_without_receipt' AND actor = '" +
                  t.maria + "'") == 1);
    CHECK(t.count("SELECT count(*) FROM audit_log WHERE action = 'refund_without_receipt'") == 1);
}

TEST_CASE("the session lets one return open at a time and only on an empty basket", "[till][returns]") {
    Till t;
    const std::string number = t.sell_to_olga();
    ReceiptReturn& ret = t.receipt_return;
    NoReceiptReturn& loose = t.no_receipt;
    // Both flows are seen through what they share, as the screens drive them.
    const ReturnFlow& either = ret;

    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    CHECK(ret.open(number).outcome == Outcome::basket_not_empty);
    CHECK(loose.open("1234").outcome == Outcome::basket_not_empty);
    REQUIRE(t.session.cancel("customer left").outcome == Outcome::basket_cancelled);

    REQUIRE(ret.open(number).outcome == Outcome::receipt_opened);
    CHECK(either.is_open());
    CHECK(t.session.return_open());
    CHECK(loose.open("1234").outcome == Outcome::basket_not_empty);
    CHECK(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::basket_not_empty);
    // Another receipt scanned meanwhile takes the place of the first, with a refund id of its own.
    const std::string first_id = ret.refund_id();
    REQUIRE(ret.set_quantity(0, Quantity::pieces(1)).ok());
    CHECK(t.session.scan("R" + number, ScanSource::scanner).outcome == Outcome::receipt_opened);
    CHECK(ret.refund_id() != first_id);
    CHECK(ret.draft()->chosen[0] == Quantity{});
    ret.close();
    CHECK_FALSE(t.session.return_open());

    REQUIRE(loose.open("1234").outcome == Outcome::no_receipt_return_opened);
    CHECK(ret.open(number).outcome == Outcome::basket_not_empty);
    CHECK(loose.open("1234").outcome == Outcome::basket_not_empty);  // a second needs its own approval
    t.session.log_out();                                             // the approval was for Anna at the till
    CHECK_FALSE(loose.is_open());
    CHECK(t.count("SELECT count(*) FROM refunds") == 0);
}
