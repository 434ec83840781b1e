// A sale recorded from outside the till (till::read_sale_document, commit_sale_document): a quote input
// with its sale id, on the boutique's shop file opened by open_shop. Its totals are the engine's with the
// shop's rules and the customer as the shop knows her; the same id twice records one sale; a redemption
// names the lots it took; what the shop keeps itself is refused from a document, with the field.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "boutique_shop.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/till/sale_document.hpp"
#include "kassa/till/shop.hpp"

using namespace kassa;
using namespace kassa::till;
using testing::at;
using Kind = SaleDocumentProblem::Kind;

namespace {

struct Fixture : testing::BoutiqueShop {
    Fixture() : BoutiqueShop(false) {}

    Shop open() {
        ShopOpening opening = open_shop(path);
        REQUIRE(std::holds_alternative<Shop>(opening));
        return std::move(std::get<Shop>(opening));
    }

    [[nodiscard]] nlohmann::json dress_for_olga(const std::string& sale_id, const char* now) const {
        return {{"sale_id", sale_id},
                {"now", now},
                {"customer", {{"id", olga}}},
                {"lines",
                 {{{"sku", "DRESS-0412"}, {"category", "dresses"}, {"unit_price", 7990}, {"qty", 1000}}}}};
    }

    std::int64_t count(const std::string& sql) { return store.database().sql().execAndGet(sql).getInt64(); }
};

SaleDocument read_ok(Shop& shop, const nlohmann::json& document) {
    auto read = read_sale_document(document, shop, store::CashierId{"kassactl"});
    if (const auto* p = std::get_if<SaleDocumentProblem>(&read)) {
        FAIL("refused: " << p->field << " " << p->detail);
    }
    return std::get<SaleDocument>(std::move(read));
}

SaleDocumentProblem read_refused(Shop& shop, const nlohmann::json& document) {
    auto read = read_sale_document(document, shop, store::CashierId{"kassactl"});
    REQUIRE(std::holds_alternative<SaleDocumentProblem>(read));
    return std::get<SaleDocumentProblem>(read);
}

}  // namespace

TEST_CASE("a sale document commits with the shop's rules and is paid exactly in cash",
          "[till][sale_document]") {
    Fixture t;
    Shop shop = t.open();
    const SaleDocument document = read_ok(shop, t.dress_for_olga("ext-1", "2026-11-25T15:30:00+02:00"));
    CHECK(document.sale.lines.at(0).name == "Linen dress");  // the catalog's name on the receipt
    CHECK(document.sale.rules_version == shop.rules_version);
    const store::SaleResult result = commit_sale_document(shop, document);
    CHECK_FALSE(result.already_committed);
    CHECK(result.receipt_id == "ext-1");
    // Birthday week: 7990 - 10% = 7191, as the store's own sale test has it.
    CHECK(result.quote.totals.payable == Money::minor(7191));
    CHECK(result.change == Money::minor(0));
    CHECK(result.lots_redeemed.empty());
    CHECK(t.count("SELECT amount FROM payments WHERE receipt_id = 'ext-1' AND method = 'cash'") == 7191);
    CHECK(t.count("SELECT cashier_id = 'kassactl' AND shift_id IS NULL FROM receipts WHERE id = 'ext-1'") ==
          1);

    // The same id again: the first result, nothing written.
    const store::SaleResult again =
        commit_sale_document(shop, read_ok(shop, t.dress_for_olga("ext-1", "2026-11-26T10:00:00+02:00")));
    CHECK(again.already_committed);
    CHECK(again.receipt_number == result.receipt_number);
    CHECK(again.quote.totals.payable == Money::minor(7191));
    CHECK(t.count("SELECT count(*) FROM receipts") == 1);
    CHECK(t.count("SELECT count(*) FROM payments") == 1);
}

TEST_CASE("a redemption from a document names the lots it took as the ledger records them",
          "[till][sale_document]") {
    Fixture t;
    Shop shop = t.open();
    commit_sale_document(shop, read_ok(shop, t.dress_for_olga("ext-1", "2026-03-02T12:00:00+02:00")));
    commit_sale_document(shop, read_ok(shop, t.dress_for_olga("ext-2", "2026-05-04T12:00:00+03:00")));
    nlohmann::json pay = t.dress_for_olga("ext-3", "2026-06-01T12:00:00+03:00");
    pay["redeem_points"] = 500;
    pay["payments"] = {{{"method", "card"}, {"amount", 2000}}, {{"method", "cash"}, {"amount", 10000}}};
    const store::SaleResult result = commit_sale_document(shop, read_ok(shop, pay));
    CHECK(result.quote.totals.redeemed_points == Points::of(500));
    REQUIRE(result.lots_redeemed.size() >= 1);
    std::int64_t taken = 0;
    for (const store::LotRedeemed& lot : result.lots_redeemed) {
        taken += lot.points.value();
        SQLite::Statement moved(t.store.database().sql(),
                                "SELECT -m.points FROM lot_movements m JOIN ledger l ON l.id = m.ledger_id "
                                "WHERE l.receipt_id = 'ext-3' AND l.kind = 'redeem' AND m.lot_id = ?");
        moved.bind(1, lot.lot_id);
        REQUIRE(moved.executeStep());
        CHECK(moved.getColumn(0).getInt64() == lot.points.value());
    }
    CHECK(taken == 500);
    CHECK(t.count("SELECT change FROM receipts WHERE id = 'ext-3'") ==
          12000 - result.quote.totals.payable.minor_units());
    const store::SaleResult again = commit_sale_document(shop, read_ok(shop, pay));
    CHECK(again.already_committed);
    CHECK(again.lots_redeemed == result.lots_redeemed);
}

TEST_CASE("a document is refused with the field when it is not a sale of this shop",
          "[till][sale_document]") {
    Fixture t;
    Shop shop = t.open();
    const nlohmann::json good = t.dress_for_olga("ext-9", "2026-11-25T15:30:00+02:00");

    nlohmann::json d = good;
    d.erase("sale_id");
    CHECK(read_refused(shop, d).kind == Kind::sale_id_missing);
    d["sale_id"] = std::string(65, 'x');
    CHECK(read_refused(shop, d).kind == Kind::sale_id_missing);

    d = good;
    d["customer"]["lots"] = nlohmann::json::array();
    auto p = read_refused(shop, d);
    CHECK(p.kind == Kind::not_for_a_sale);
    CHECK(p.field == "customer.lots");

    d = good;
    d["coupons"] = {{{"code", "AUTUMN10"}, {"used", false}}};
    p = read_refused(shop, d);
    CHECK(p.kind == Kind::not_for_a_sale);
    CHECK(p.field == "coupons[0].used");

    d = good;
    d["language"] = "ru";
    CHECK(read_refused(shop, d).field == "language");

    d = good;
    d["customer"] = nlohmann::json::object();
    CHECK(read_refused(shop, d).kind == Kind::customer_id_missing);

    d = good;
    d["rules"] = nlohmann::json::parse(testing::boutique_document());
    CHECK(std::holds_alternative<SaleDocument>(read_sale_document(d, shop, store::CashierId{"k"})));
    d["rules"]["programs"][0]["accrual_bp"] = 1000;
    CHECK(read_refused(shop, d).kind == Kind::other_rules);

    d = good;
    d["payments"] = {{{"method", "cheque"}, {"amount", 100}}};
    p = read_refused(shop, d);
    CHECK(p.kind == Kind::payment_invalid);
    CHECK(p.field == "payments[0].method");
    d["payments"] = {{{"method", "cash"}, {"amount", -1}}};
    CHECK(read_refused(shop, d).field == "payments[0].amount");

    d = good;
    d["lines"][0]["sku"] = "NO-SUCH";
    p = read_refused(shop, d);
    CHECK(p.kind == Kind::unknown_product);
    CHECK(p.field == "lines[0].sku");
    CHECK(p.detail == "NO-SUCH");

    d = good;
    d["lines"][0]["qty"] = -1000;
    p = read_refused(shop, d);
    CHECK(p.kind == Kind::input_invalid);
    CHECK(p.detail.find("lines[0].qty") != std::string::npos);

    CHECK(read_refused(shop, nlohmann::json::array()).kind == Kind::input_invalid);
    CHECK(t.count("SELECT count(*) FROM receipts") == 0);
}

TEST_CASE("payments that do not cover the sale are refused by the store and nothing is written",
          "[till][sale_document]") {
    Fixture t;
    Shop shop = t.open();
    nlohmann::json d = t.dress_for_olga("ext-short", "2026-11-25T15:30:00+02:00");
    d["payments"] = {{{"method", "card"}, {"amount", 100}}};
    try {
        commit_sale_document(shop, read_ok(shop, d));
        FAIL("a short payment was committed");
    } catch (const store::StoreError& e) {
        CHECK(e.problem() == store::StoreProblem::payments_short);
    }
    CHECK(t.count("SELECT count(*) FROM receipts") == 0);
}
