// The customer card's tier history on a real shop file: sales that reach Silver, then Gold, with the
// boutique's lifetime tiers.
#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>

#include "boutique_shop.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/till/customer_card.hpp"
#include "kassa/till/session.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;

namespace {

void sell_dresses(BoutiqueShop& shop, const char* when, std::int64_t pieces) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = shop.olga;
    sale.cashier_id = shop.anna;
    sale.at = at(when);
    store::SaleLine dress;
    dress.sku = "DRESS-0412";
    dress.name = "Linen dress";
    dress.category = "dresses";
    dress.unit_price = Money::minor(7990);
    dress.qty = Quantity::pieces(pieces);
    sale.lines.push_back(dress);
    const QuoteInput input = shop.store.sales().quote_input(sale, shop.rules.rules());
    sale.payments.push_back(
        {store::PaymentLine::Method::card, kassa::quote(shop.rules, input).totals.payable});
    shop.store.sales().commit_sale(sale, shop.rules);
}

}  // namespace

TEST_CASE("the customer card tells when she reached each tier", "[till][personal][tiers]") {
    BoutiqueShop shop;
    till::TillSession session(shop.store, shop.rules, shop.clock, till::SessionSettings{});
    // Nobody logged in: her card may be scanned, but her personal card is not opened for anybody.
    REQUIRE(session.identify_by_card(testing::kOlgaCard).outcome == till::Outcome::customer_identified);
    CHECK(session.customer_card() == nullptr);
    REQUIRE(session.remove_customer().ok());
    REQUIRE(session.log_in(shop.anna, "1111").outcome == till::Outcome::logged_in);
    CHECK(session.customer_card() == nullptr);            // nobody on the panel
    sell_dresses(shop, "2026-10-05T12:00:00+03:00", 7);   // 559.30: Silver (500.00)
    sell_dresses(shop, "2026-11-02T12:00:00+02:00", 13);  // past 1,500.00: Gold
    REQUIRE(session.identify_by_card(testing::kOlgaCard).outcome == till::Outcome::customer_identified);
    const auto card = session.customer_card();
    REQUIRE(card != nullptr);
    const auto steps = card->tier_history();
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].level == "Silver");
    CHECK(steps[0].at == at("2026-10-05T12:00:00+03:00"));
    CHECK(steps[1].level == "Gold");
    CHECK(steps[1].at == at("2026-11-02T12:00:00+02:00"));
    CHECK(steps[1].spend == shop.store.customers().customer(shop.olga)->spend_lifetime);
}

// A version saved while a basket is open is taken up at the next basket (rules_pickup_test.cpp).
TEST_CASE("a receipt names the rules version it was priced under, not one saved while its basket was open",
          "[till][rules]") {
    BoutiqueShop shop;  // version 1 saved by the fixture
    till::SessionSettings settings;
    settings.rules_version = 1;
    till::TillSession session(shop.store, shop.rules, shop.clock, settings);
    REQUIRE(session.log_in(shop.anna, "1111").outcome == till::Outcome::logged_in);
    REQUIRE(session.scan(testing::kDressBarcode, till::ScanSource::scanner).outcome ==
            till::Outcome::product_added);
    shop.store.rules().save_rules(testing::boutique_document(), store::Actor{"maria"},
                                  "saved while the basket is open", shop.clock.now());
    REQUIRE(session.add_payment(store::PaymentLine::Method::cash, session.quote().totals.payable).ok());
    REQUIRE(session.finish().outcome == till::Outcome::sale_committed);
    SQLite::Database db(shop.path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT rules_version FROM receipts").getInt64() == 1);
}
