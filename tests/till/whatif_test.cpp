// The rules editor's preview on a real shop file: receipts sold with the boutique's rules quoted again with
// the same rules (nothing may change), with every programme switched off (every discount and point goes),
// and with the bonus doubled (only the points move).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "boutique_shop.hpp"
#include "kassa/core_json/rules_json.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/store.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::boutique_document;
using kassa::testing::BoutiqueShop;
using kassa::testing::compile;

namespace {

store::SaleLine line(const char* sku, const char* category, std::int64_t price, std::int64_t pieces) {
    store::SaleLine l;
    l.sku = sku;
    l.name = sku;
    l.category = category;
    l.unit_price = Money::minor(price);
    l.qty = Quantity::pieces(pieces);
    return l;
}

store::SaleResult sell(BoutiqueShop& shop, const std::string& customer, const char* when,
                       std::vector<store::SaleLine> lines) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = customer;
    sale.cashier_id = shop.anna;
    sale.at = at(when);
    sale.lines = std::move(lines);
    sale.payments.push_back({store::PaymentLine::Method::card, Money::minor(1'000'000)});
    const QuoteInput input = shop.store.sales().quote_input(sale, shop.rules.rules());
    sale.payments[0].amount = kassa::quote(shop.rules, input).totals.payable;
    return shop.store.sales().commit_sale(sale, shop.rules);
}

CompiledRules edited(const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json document = nlohmann::json::parse(boutique_document());
    edit(document);
    return compile(document.dump());
}

}  // namespace

TEST_CASE("what-if: the same rules change nothing, no programmes take every discount and point away",
          "[whatif]") {
    BoutiqueShop shop;
    // Three scarves (the accessories 3-for-2 gives one away), a dress for Olga, a dress for nobody.
    sell(shop, shop.olga, "2026-11-10T12:00:00+02:00", {line("SCARF-01", "accessories", 1990, 3)});
    sell(shop, shop.olga, "2026-11-16T12:00:00+02:00", {line("DRESS-0412", "dresses", 7990, 1)});
    sell(shop, "", "2026-11-17T12:00:00+02:00", {line("DRESS-0412", "dresses", 7990, 1)});
    // Outside the 30 days before the clock: not in the preview.
    sell(shop, shop.olga, "2026-10-01T12:00:00+03:00", {line("DRESS-0412", "dresses", 7990, 1)});
    const Instant to = shop.clock.now();
    const Instant from = add_calendar_days(to, -30, shop.rules.zone());

    const store::WhatIf same = shop.store.rules().what_if(shop.rules, shop.rules, from, to);
    CHECK(same.receipts == 3);
    CHECK(same.customers == 1);
    CHECK(same.receipts_changed == 0);
    CHECK(same.customers_affected == 0);
    CHECK(same.current.gross == Money::minor(3 * 1990 + 2 * 7990));
    CHECK(same.draft.discount == same.current.discount);
    CHECK(same.draft.points_earned == same.current.points_earned);
    // The free scarf, whatever else Olga's state gives her.
    CHECK(same.current.discount_by_program.at("accessories-3for2") == Money::minor(1990));
    CHECK(same.current.points_earned.value() > 0);

    const CompiledRules nothing = edited([](nlohmann::json& d) {
        for (auto& program : d["programs"]) {
            program["active"] = false;
        }
    });
    const store::WhatIf off = shop.store.rules().what_if(shop.rules, nothing, from, to);
    CHECK(off.receipts == 3);
    CHECK(off.draft.discount == Money::zero());
    CHECK(off.draft.points_earned == Points::zero());
    CHECK(off.draft.discount_by_program.empty());
    CHECK(off.draft.gross == off.current.gross);
    // Olga's two receipts lose their discount or points; the anonymous dress had neither to lose.
    CHECK(off.receipts_changed == 2);
    CHECK(off.customers_affected == 1);
}

TEST_CASE("what-if: a doubled bonus moves the points and leaves the discounts alone", "[whatif]") {
    BoutiqueShop shop;
    sell(shop, shop.olga, "2026-11-16T12:00:00+02:00", {line("DRESS-0412", "dresses", 7990, 1)});
    const Instant to = shop.clock.now();
    const Instant from = add_calendar_days(to, -30, shop.rules.zone());
    const CompiledRules doubled = edited([](nlohmann::json& d) {
        for (auto& program : d["programs"]) {
            if (program["id"] == "bonus") {
                program["accrual_bp"] = 1000;
            }
        }
    });
    const store::WhatIf w = shop.store.rules().what_if(shop.rules, doubled, from, to);
    REQUIRE(w.receipts == 1);
    CHECK(w.draft.discount == w.current.discount);
    CHECK(w.draft.points_earned.value() > w.current.points_earned.value());
    CHECK(w.receipts_changed == 1);
    CHECK(w.customers_affected == 1);
}

TEST_CASE("what-if: a floor price raised since the sale does not make the sale unquotable", "[whatif]") {
    BoutiqueShop shop;
    sell(shop, shop.olga, "2026-11-16T12:00:00+02:00", {line("DRESS-0412", "dresses", 7990, 1)});
    // The dress now costs 120.00 and may not go below 90.00; it was sold at 79.90.
    store::Product dress = kassa::testing::product("DRESS-0412", "Linen dress", "dresses", 12000,
                                                   {kassa::testing::kDressBarcode});
    dress.min_price = Money::minor(9000);
    shop.store.catalog().upsert_product(dress);
    const Instant to = shop.clock.now();
    const store::WhatIf w =
        shop.store.rules().what_if(shop.rules, shop.rules, add_calendar_days(to, -30, shop.rules.zone()), to);
    CHECK(w.receipts == 1);
    CHECK(w.skipped == 0);
    CHECK(w.current.gross == Money::minor(7990));
}
