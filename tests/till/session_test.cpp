// The till session without a window, on a real shop file: scans, the customer panel, points, payment,
// hold/resume/cancel, owner approvals, crash recovery and returns.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "boutique_shop.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/store.hpp"
#include "kassa/sys/zoneinfo.hpp"
#include "kassa/till/returns.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using namespace kassa::till;
using store::PaymentLine;

namespace {

using testing::at;
using testing::kDressBarcode;
using testing::kOlgaCard;

struct Shop : testing::BoutiqueShop {
    SessionSettings settings() const {
        SessionSettings s;
        s.shop_name = "Boutique Liis";
        return s;
    }

    std::size_t receipts() { return store.sales().recent_receipts({}, 1000).size(); }
};

struct Till : Shop {
    TillSession session{store, rules, clock, settings()};
    Till() { REQUIRE(session.log_in(anna, "1111").outcome == Outcome::logged_in); }
};

}  // namespace

TEST_CASE("a product scan adds a line and the totals are the engine's quote", "[till][basket]") {
    Till t;
    CHECK(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    CHECK(t.session.scan("SCARF-01", ScanSource::typed).outcome == Outcome::product_added);
    CHECK(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    REQUIRE(t.session.lines().size() == 2);
    CHECK(t.session.lines()[0].qty == Quantity::pieces(2));  // the same product again adds to its line
    CHECK(t.session.quote().totals.gross == Money::minor(2 * 7990 + 1990));
    CHECK(t.session.payable() == t.session.quote().totals.payable);

    const Notice unknown = t.session.scan("1234567890128", ScanSource::scanner);
    CHECK(unknown.outcome == Outcome::unknown_barcode);
    CHECK(unknown.detail == "1234567890128");
    CHECK_FALSE(unknown.ok());
    CHECK(t.session.lines().size() == 2);
}

TEST_CASE("weighed goods ask for a weight and take thousandths, pieces refuse fractions", "[till][basket]") {
    Till t;
    CHECK(t.session.scan("2100000000011", ScanSource::scanner).outcome == Outcome::weight_needed);
    const auto ribbon = t.store.catalog().product_by_sku("RIBBON");
    REQUIRE(ribbon);
    CHECK(t.session.add_product(*ribbon, Quantity::thousandths(2500)).outcome == Outcome::product_added);
    CHECK(t.session.quote().totals.gross == Money::minor(625));
    t.session.scan(kDressBarcode, ScanSource::scanner);
    CHECK(t.session.set_quantity(1, Quantity::thousandths(1500)).outcome == Outcome::invalid_quantity);
    CHECK(t.session.set_quantity(1, Quantity::pieces(0)).outcome == Outcome::invalid_quantity);
    CHECK(t.session.set_quantity(1, Quantity::pieces(3)).outcome == Outcome::quantity_changed);
    CHECK(t.session.set_quantity(7, Quantity::pieces(3)).outcome == Outcome::no_such_line);
    CHECK(t.session.lines()[1].qty == Quantity::pieces(3));
}

TEST_CASE("a card scan greets the customer with balance, tier progress, stamps and birthday",
          "[till][customer]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    const Notice n = t.session.scan(" ;" + std::string(kOlgaCard) + "? ", ScanSource::card_reader);
    CHECK(n.outcome == Outcome::customer_identified);
    CHECK(n.detail == "Olga");
    const auto& panel = t.session.customer();
    REQUIRE(panel);
    CHECK(panel->customer.first_name == "Olga");
    CHECK(panel->day_part == DayPart::afternoon);
    CHECK(panel->balance == Points::of(500));  // welcome points, held 14 days after January's enrolment
    CHECK(panel->birthday_window);             // 27 November is two days away: the window is 3 days
    REQUIRE(panel->tier);
    CHECK(panel->tier->next_level == "Silver");
    REQUIRE(panel->stamps.size() == 1);
    CHECK(panel->stamps[0].goal == 10);
    CHECK(panel->card_number == kOlgaCard);
    // The birthday discount is in the quote, with the engine's sentence on the line.
    REQUIRE_FALSE(t.session.quote().lines[0].discounts.empty());
    CHECK(t.session.quote().totals.discount.minor_units() > 0);
}

TEST_CASE("a bank card gets its own answer and nothing of it is kept", "[till][customer]") {
    Till t;
    const Notice n = t.session.scan("4111111111111111", ScanSource::card_reader);
    CHECK(n.outcome == Outcome::bank_card);
    CHECK(n.detail.empty());
    CHECK_FALSE(t.session.customer());
    const Notice typed = t.session.scan("4111111111111111", ScanSource::typed);
    CHECK(typed.outcome == Outcome::bank_card);
    CHECK(typed.detail.find("4111") == std::string::npos);
}

TEST_CASE("a typed phone number finds the customer, a blocked card does not", "[till][customer]") {
    Till t;
    CHECK(t.session.scan("+372 5123 4567", ScanSource::typed).outcome == Outcome::customer_identified);
    CHECK(t.session.remove_customer().outcome == Outcome::customer_removed);
    CHECK_FALSE(t.session.customer());
    t.store.customers().block_card(kOlgaCard, store::CardStatus::lost, store::Actor{"maria"}, t.clock.now());
    CHECK(t.session.scan(kOlgaCard, ScanSource::scanner).outcome == Outcome::card_blocked);
    CHECK(t.session.identify_by_phone("51234567").outcome == Outcome::customer_identified);
}

TEST_CASE("redeeming points: refused without a customer or below the minimum, max within the cap",
          "[till][points]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    CHECK(t.session.redeem({RedeemRequest::Kind::max, {}}).outcome == Outcome::customer_needed);
    t.session.scan(kOlgaCard, ScanSource::scanner);
    const Notice low = t.session.redeem({RedeemRequest::Kind::points, Points::of(50)});
    CHECK(low.outcome == Outcome::redeem_refused);
    CHECK_FALSE(low.detail.empty());
    CHECK(t.session.redeem_request().kind == RedeemRequest::Kind::none);
    CHECK(t.session.redeem({RedeemRequest::Kind::max, {}}).outcome == Outcome::redeem_set);
    CHECK(t.session.quote().totals.redeemed_points == Points::of(500));
    REQUIRE(t.session.quote().redemption);
    CHECK(t.session.quote().redemption->max_allowed == Points::of(500));
}

TEST_CASE("cash with change commits the sale once and prints an 80 mm receipt", "[till][payment]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    t.session.scan(kOlgaCard, ScanSource::scanner);
    const Money payable = t.session.payable();
    CHECK(t.session.finish().outcome == Outcome::payment_short);
    CHECK(t.session.add_payment(PaymentLine::Method::card, payable + Money::minor(1)).outcome ==
          Outcome::card_over_total);
    CHECK(t.session.add_payment(PaymentLine::Method::card, Money::minor(1000)).outcome ==
          Outcome::payment_added);
    CHECK(t.session.scan("SCARF-01", ScanSource::typed).outcome == Outcome::payment_in_progress);
    CHECK(t.session.add_payment(PaymentLine::Method::cash, Money::minor(10000)).outcome ==
          Outcome::payment_added);
    CHECK(t.session.change() == Money::minor(10000 + 1000) - payable);
    const Notice done = t.session.finish();
    REQUIRE(done.outcome == Outcome::sale_committed);
    CHECK(t.session.lines().empty());
    CHECK_FALSE(t.session.customer());
    CHECK(t.receipts() == 1);
    REQUIRE(t.session.last_sale());
    CHECK(t.session.last_sale()->quote.totals.payable == payable);
    CHECK_FALSE(t.store.baskets().open_basket("till-1"));

    const auto receipt = t.session.last_receipt();
    REQUIRE(receipt);
    bool has_total = false;
    for (const auto& line : receipt->lines) {
        std::size_t width = 0;
        for (const char c : line) {
            width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
        }
        CHECK(width <= 42);
        has_total = has_total || line.rfind("TOTAL", 0) == 0;
    }
    CHECK(has_total);
    CHECK(receipt->barcode == "R" + done.detail);
    CHECK(receipt->lines.front().find("Boutique Liis") != std::string::npos);
}

TEST_CASE("removing a line after payment started needs the owner's PIN and is audited", "[till][roles]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    t.session.scan("SCARF-01", ScanSource::typed);
    CHECK(t.session.remove_line(1).outcome == Outcome::line_removed);  // before payment: the cashier may
    t.session.scan("SCARF-01", ScanSource::typed);
    t.session.add_payment(PaymentLine::Method::cash, Money::minor(500));
    CHECK(t.session.remove_line(1).outcome == Outcome::needs_owner);
    const Notice wrong = t.session.remove_line(1, "9999");
    CHECK(wrong.outcome == Outcome::owner_pin_wrong);
    REQUIRE(wrong.refusal);
    CHECK(wrong.refusal->problem == store::StoreProblem::pin_wrong);
    CHECK(t.session.remove_line(1, "1234").outcome == Outcome::line_removed);
    CHECK(t.session.lines().size() == 1);
    CHECK(t.store.database()
              .sql()
              .execAndGet("SELECT count(*) FROM audit_log WHERE action = 'remove_line_after_payment'")
              .getInt() == 1);
}

TEST_CASE("a basket is held, another served, and the first resumed, cancelling needs a reason",
          "[till][hold]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    t.session.scan(kOlgaCard, ScanSource::scanner);
    CHECK(t.session.hold("Olga, fitting room").outcome == Outcome::basket_held);
    CHECK(t.session.lines().empty());
    t.session.scan("SCARF-01", ScanSource::typed);
    const auto held = t.session.held();
    REQUIRE(held.size() == 1);
    CHECK(t.session.resume(held[0].id).outcome == Outcome::basket_not_empty);
    CHECK(t.session.cancel("").outcome == Outcome::reason_needed);
    CHECK(t.session.cancel("customer changed her mind").outcome == Outcome::basket_cancelled);
    CHECK(t.session.resume(held[0].id).outcome == Outcome::basket_resumed);
    REQUIRE(t.session.lines().size() == 1);
    CHECK(t.session.lines()[0].sku == "DRESS-0412");
    REQUIRE(t.session.customer());
    CHECK(t.session.customer()->customer.first_name == "Olga");
    CHECK(t.session.resume(held[0].id).outcome == Outcome::basket_not_empty);
    CHECK(t.session.held().empty());
}

TEST_CASE("a cancel reason or a held basket's label over the limit is refused, and the basket stays",
          "[till][hold][limits]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    const std::size_t reason_limit = store::text_limit(store::TextField::cancel_reason);
    std::string reason;
    for (std::size_t i = 0; i <= reason_limit; ++i) {
        reason += "ы";
    }
    const auto refused = t.session.cancel(reason);
    CHECK(refused.outcome == Outcome::store_failed);
    REQUIRE(refused.refusal);
    CHECK(refused.refusal->problem == store::StoreProblem::text_too_long);
    CHECK(refused.refusal->values ==
          std::vector<store::ProblemValue>{store::TextField::cancel_reason,
                                           static_cast<std::int64_t>(reason_limit)});
    CHECK(t.session.lines().size() == 1);
    const auto label_refused =
        t.session.hold(std::string(store::text_limit(store::TextField::basket_label) + 1, 'x'));
    REQUIRE(label_refused.refusal);
    CHECK(label_refused.refusal->problem == store::StoreProblem::text_too_long);
    CHECK(t.session.lines().size() == 1);
    CHECK(t.session.held().empty());
    // At the limit, in Cyrillic, it goes through.
    reason.erase(reason.size() - 2);
    CHECK(t.session.cancel(reason).outcome == Outcome::basket_cancelled);
}

TEST_CASE("a till that stops mid-sale gets the basket back, and commits it once", "[till][recovery]") {
    Shop shop;
    std::string receipt_id;
    {
        TillSession first(shop.store, shop.rules, shop.clock, shop.settings());
        REQUIRE(first.log_in(shop.anna, "1111").ok());
        first.scan(kDressBarcode, ScanSource::scanner);
        first.scan(kOlgaCard, ScanSource::scanner);
        first.add_coupon("nosuchcode");
        first.add_payment(PaymentLine::Method::card, Money::minor(1000));
    }  // the process dies here: nothing was committed
    TillSession second(shop.store, shop.rules, shop.clock, shop.settings());
    REQUIRE(second.recover());
    REQUIRE(second.lines().size() == 1);
    REQUIRE(second.customer());
    CHECK(second.payments().size() == 1);
    CHECK(second.log_in(shop.anna, "1111").ok());
    second.add_payment(PaymentLine::Method::cash, Money::minor(10000));
    const std::string document = *shop.store.baskets().open_basket("till-1");
    REQUIRE(second.finish().outcome == Outcome::sale_committed);
    CHECK(shop.receipts() == 1);

    // The till died after the commit and before the screen was cleared: the next start knows it was sold.
    shop.store.baskets().save_open_basket("till-1", document, shop.clock.now());
    TillSession third(shop.store, shop.rules, shop.clock, shop.settings());
    CHECK_FALSE(third.recover());
    CHECK(third.lines().empty());
    CHECK_FALSE(shop.store.baskets().open_basket("till-1"));
    CHECK(shop.receipts() == 1);

    // A damaged document does not stop the till from starting.
    shop.store.baskets().save_open_basket("till-1", "{not json", shop.clock.now());
    TillSession fourth(shop.store, shop.rules, shop.clock, shop.settings());
    CHECK_FALSE(fourth.recover());
}

TEST_CASE("a return shows money back and points before it is confirmed", "[till][returns]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    t.session.scan("SCARF-01", ScanSource::typed);
    t.session.scan(kOlgaCard, ScanSource::scanner);
    t.session.add_payment(PaymentLine::Method::card, Money::minor(0));
    const Notice sold = t.session.finish();
    REQUIRE(sold.outcome == Outcome::sale_committed);
    t.clock.advance_seconds(24 * 3600);

    ReceiptReturn& ret = t.session.receipt_return();
    CHECK(ret.open("R999").outcome == Outcome::receipt_not_found);
    CHECK(t.session.scan("R" + sold.detail, ScanSource::scanner).outcome == Outcome::receipt_opened);
    REQUIRE(ret.draft());
    REQUIRE(ret.draft()->receipt.lines.size() == 2);
    CHECK_FALSE(ret.draft()->preview);
    CHECK(ret.set_quantity(1, Quantity::pieces(2)).outcome == Outcome::invalid_quantity);
    CHECK(ret.set_quantity(1, Quantity::pieces(1)).outcome == Outcome::quantity_changed);
    REQUIRE(ret.draft()->preview);
    const Money back = ret.draft()->preview->money_back;
    CHECK(back.minor_units() > 0);
    CHECK(back <= ret.draft()->receipt.lines[1].net);
    ret.set_reason("wrong colour");
    CHECK(ret.confirm().outcome == Outcome::return_committed);
    REQUIRE(ret.last_refund());
    CHECK(ret.last_refund()->money_back == back);

    // What is left on the receipt: only the dress.
    REQUIRE(ret.open(sold.detail).outcome == Outcome::receipt_opened);
    CHECK(ret.draft()->receipt.lines[1].refunded_qty == Quantity::pieces(1));
    ret.set_quantity(0, Quantity::pieces(1));
    ret.set_reason("too long");
    CHECK(ret.confirm().outcome == Outcome::return_committed);
    CHECK(ret.open(sold.detail).outcome == Outcome::receipt_fully_returned);
}

TEST_CASE("a customer enrolled at the till is on the basket at once", "[till][enrol]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    store::Enrolment e;
    e.first_name = "Kadri";
    e.last_name = "Tamm";
    e.phone = "5555 1234";
    e.consents = store::Consents{true, false, true};
    e.card_number = "2000000000022";
    CHECK(t.session.enrol(e).outcome == Outcome::customer_enrolled);
    REQUIRE(t.session.customer());
    CHECK(t.session.customer()->customer.first_name == "Kadri");
    CHECK(t.session.customer()->pending == Points::of(500));  // welcome points wait the hold
    e.first_name = "Mari";
    e.phone = "not a phone";
    e.card_number.clear();
    const Notice refused = t.session.enrol(e);
    CHECK(refused.outcome == Outcome::enrolment_refused);
    REQUIRE(refused.refusal);
    CHECK(*refused.refusal ==
          store::StoreRefusal{store::StoreProblem::not_a_phone, {std::string("not a phone")}});
}

TEST_CASE("a wrong PIN is refused, five lock the account, nothing sells without a cashier", "[till][roles]") {
    Shop shop;
    TillSession session(shop.store, shop.rules, shop.clock, shop.settings());
    session.scan(kDressBarcode, ScanSource::scanner);
    session.add_payment(PaymentLine::Method::cash, Money::minor(10000));
    CHECK(session.finish().outcome == Outcome::not_logged_in);
    for (int i = 0; i < 5; ++i) {
        CHECK(session.log_in(shop.anna, "0000").outcome == Outcome::login_refused);
    }
    const Notice locked = session.log_in(shop.anna, "1111");
    CHECK(locked.outcome == Outcome::login_refused);
    REQUIRE(locked.refusal);
    CHECK(locked.refusal->problem == store::StoreProblem::pin_locked);
    shop.clock.advance_seconds(6 * 60);
    CHECK(session.log_in(shop.anna, "1111").outcome == Outcome::logged_in);
    CHECK(session.finish().outcome == Outcome::sale_committed);
}

TEST_CASE("an unknown coupon is refused with the engine's sentence and not kept", "[till][coupons]") {
    Till t;
    t.session.scan(kDressBarcode, ScanSource::scanner);
    const Notice n = t.session.add_coupon("NOPE-123");
    CHECK(n.outcome == Outcome::coupon_rejected);
    CHECK_FALSE(n.detail.empty());
    CHECK(t.session.coupons().empty());
}

TEST_CASE("receipt barcodes read back, other texts do not", "[till][receipt]") {
    CHECK(receipt_barcode(42) == "R42");
    CHECK(parse_receipt_barcode("R42") == 42);
    CHECK(parse_receipt_barcode(" r7 ") == 7);
    CHECK_FALSE(parse_receipt_barcode("R"));
    CHECK_FALSE(parse_receipt_barcode("R0"));
    CHECK_FALSE(parse_receipt_barcode("RIBBON"));
    CHECK_FALSE(parse_receipt_barcode("4006381333931"));
}

TEST_CASE("suggestions for the last line: in stock, not in the basket, with the promotion they would trigger",
          "[till][personal]") {
    Till t;
    t.store.catalog().upsert_product(testing::product("BROOCH-01", "Brooch", "accessories", 1490, {}));
    store::Product bag = testing::product("BAG-01", "Straw bag", "bags", 4990, {});
    bag.stock = 0;  // sold out
    t.store.catalog().upsert_product(bag);
    const Instant now = t.clock.now();
    for (const char* with : {"SCARF-01", "BAG-01", "BROOCH-01", "GIFT-50"}) {
        t.store.catalog().set_bundle("DRESS-0412", with, true, store::Actor{"maria"}, now);
    }
    CHECK(t.session.suggestions_for_last_line().empty());  // nothing in the basket yet

    REQUIRE(t.session.scan("SCARF-01", ScanSource::typed).outcome == Outcome::product_added);
    REQUIRE(t.session.scan("SCARF-01", ScanSource::typed).outcome == Outcome::product_added);
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    const auto offered = t.session.suggestions_for_last_line();
    // The scarf is in the basket already, the bag is sold out.
    REQUIRE(offered.size() == 2);
    CHECK(offered[0].product.sku == "BROOCH-01");
    CHECK(offered[1].product.sku == "GIFT-50");
    // Two scarves and a brooch are three accessories: the 3-for-2 gives the cheapest, the brooch, away.
    REQUIRE(offered[0].discounts.size() == 1);
    CHECK(offered[0].discounts[0].program == "accessories-3for2");
    CHECK(offered[0].extra_discount == Money::minor(1490));
    CHECK(offered[1].discounts.empty());
    CHECK(offered[1].extra_discount == Money{});
    // Asking is not adding: the basket and its total are as they were.
    CHECK(t.session.lines().size() == 2);
    CHECK(t.session.quote().totals.discount == Money{});

    // The brooch is added: the suggestion was followed; the gift card was not.
    REQUIRE(t.session.scan("BROOCH-01", ScanSource::typed).outcome == Outcome::product_added);
    auto& db = t.store.database().sql();
    CHECK(db.execAndGet("SELECT count(*) FROM suggestion_events").getInt64() == 2);
    CHECK(db.execAndGet(
                "SELECT group_concat(p.sku) FROM suggestion_events e JOIN products p ON p.id = e.product_id "
                "WHERE e.followed = 1")
              .getString() == "BROOCH-01");
}

TEST_CASE("a language switched by the owner re-words the engine's sentences at once", "[till][language]") {
    Till t;
    REQUIRE(t.session.scan(kDressBarcode, ScanSource::scanner).outcome == Outcome::product_added);
    REQUIRE(t.session.scan(kOlgaCard, ScanSource::scanner).outcome == Outcome::customer_identified);
    // Olga's birthday window is open: the dress carries the birthday discount's sentence.
    REQUIRE_FALSE(t.session.quote().lines.at(0).discounts.empty());
    const std::string english = t.session.quote().lines[0].discounts[0].text;
    t.session.set_language(Language::ru);
    const std::string russian = t.session.quote().lines[0].discounts[0].text;
    CHECK(russian != english);
    CHECK(russian.find("\xD0") != std::string::npos);  // Cyrillic letters (UTF-8 lead byte 0xD0)
    CHECK(t.session.quote().totals.discount.minor_units() > 0);
    CHECK(t.session.settings().language == Language::ru);
}
