// Coupons cross tills through a real PostgreSQL (docs/sync.md, "Coupons"): a coupon issued at one till is
// used at another and is used everywhere after; a single-use code used at two tills that did not see each
// other keeps both sales and is listed as coupon_reused at both, with both receipts and what each took off;
// a full return's give-back travels too, so the code serves again everywhere. Stamps added at two tills
// offline add up at both (docs/sync.md, "Stamps").
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "central_support.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::CentralProbe;
using kassa::testing::PostgresServer;
using kassa::testing::TillFile;

namespace {

const Instant kNow = at("2026-11-25T16:00:00+02:00");

// The boutique's rules with a next-visit coupon for baskets from 50.00 and a printed single-use code.
CompiledRules coupon_rules() {
    auto document = nlohmann::json::parse(testing::boutique_document());
    document["programs"].push_back({{"id", "thank-you"},
                                    {"type", "next_order_coupon"},
                                    {"threshold", 5000},
                                    {"valid_days", 30},
                                    {"effect", {{"type", "amount_off"}, {"amount", 1000}}}});
    document["programs"].push_back({{"id", "autumn"},
                                    {"type", "coupon"},
                                    {"codes", {"ONCE-1"}},
                                    {"effect", {{"type", "percent_off"}, {"percent_bp", 1000}}}});
    return testing::compile(document.dump());
}

// Till 1 and till 2 of the shop "Tallinn" of "Liis OÜ", joined, with Olga enrolled at till 1 and pulled
// by till 2.
struct TwoTills {
    PostgresServer server;
    testing::TempDir dir;
    TillFile till1{dir.file("till1.kassa")};
    TillFile till2{dir.file("till2.kassa")};
    CompiledRules rules = coupon_rules();
    std::string olga;

    TwoTills() {
        central::Central admin(testing::central_address(server));
        REQUIRE(admin.init() == central::Central::current_schema_version());
        admin.add_company("Liis OÜ");
        admin.add_shop("Liis OÜ", "Tallinn");
        central::join(*till1.store, testing::central_address(server), "Tallinn", "till 1", kNow);
        central::join(*till2.store, testing::central_address(server), "Tallinn", "till 2", kNow);
        store::Enrolment e;
        e.first_name = "Olga";
        e.last_name = "Ivanova";
        e.phone = "5123 4567";
        e.consents = store::Consents{true, true, false};
        e.card_number = testing::kOlgaCard;
        olga = till1.store->customers().enrol(e, kNow, &rules);
        sync_both();
    }

    void sync_both() {
        central::sync(*till1.store, kNow);
        central::sync(*till2.store, kNow);
        central::sync(*till1.store, kNow);
    }

    store::SaleResult sell(TillFile& till, const std::string& customer, std::vector<std::string> codes,
                           Instant when = kNow) {
        store::Sale sale;
        sale.receipt_id = store::new_id();
        sale.customer_id = customer;
        sale.cashier_id = till.cashier;
        sale.at = when;
        sale.lines = {store::SaleLine{
            "DRESS-0412", "Linen dress", "dresses", Money::minor(7990), Quantity::pieces(1), {}, false}};
        sale.payments = {store::PaymentLine{store::PaymentLine::Method::cash, Money::minor(10000)}};
        sale.coupon_codes = std::move(codes);
        return till.store->sales().commit_sale(sale, rules);
    }
};

}  // namespace

TEST_CASE("A coupon issued at till 1 is used at till 2 and is used at both after the sync",
          "[sync][coupons]") {
    TwoTills t;
    const auto issued = t.sell(t.till1, t.olga, {});
    REQUIRE(issued.coupon_codes_issued.size() == 1);
    const std::string code = issued.coupon_codes_issued[0];
    t.sync_both();
    // Till 2 knows the coupon: its programme, its dates, hers, and not used.
    const auto ref = t.till2.store->sales().coupon_ref(code);
    CHECK(ref.program == "thank-you");
    CHECK(ref.valid_to.has_value());
    CHECK_FALSE(ref.used);
    CHECK(t.till2.store->personal().customer_history(t.olga).open_coupons == std::vector<std::string>{code});
    const auto used = t.sell(t.till2, t.olga, {code});
    REQUIRE(used.quote.coupons_applied.size() == 1);
    CHECK(used.quote.coupons_applied[0].amount.minor_units() == 1000);
    t.sync_both();
    CHECK(t.till1.store->sales().coupon_ref(code).used);
    // Her open coupons at till 1: not this one, but the one the sale at till 2 issued her.
    REQUIRE(used.coupon_codes_issued.size() == 1);
    CHECK(t.till1.store->personal().customer_history(t.olga).open_coupons == used.coupon_codes_issued);
    // Used at till 1 too, so a third sale there does not take it off again.
    CHECK(t.sell(t.till1, t.olga, {code}).quote.coupons_applied.empty());
    CentralProbe central(t.server);
    // The coupon and the one the sale at till 2 issued (the third sale's is not pushed yet).
    CHECK(central.number("SELECT count(*) FROM coupons") == 2);
    CHECK(central.number("SELECT count(*) FROM coupon_uses") == 1);
    CHECK(central.text("SELECT receipt_id FROM coupon_uses") == used.receipt_id);
    for (TillFile* till : {&t.till1, &t.till2}) {
        CHECK(store::SyncLog(*till->store).conflicts().empty());
        CHECK(till->store->maintenance().check().empty());
    }
}

TEST_CASE("A single-use coupon used at two tills offline keeps both sales and is listed at both",
          "[sync][coupons]") {
    TwoTills t;
    // Neither till sees the other's use: both sell, both take the coupon off.
    const auto first = t.sell(t.till1, "", {"ONCE-1"}, at("2026-11-25T16:10:00+02:00"));
    const auto second = t.sell(t.till2, "", {"ONCE-1"}, at("2026-11-25T16:20:00+02:00"));
    REQUIRE(first.quote.coupons_applied.size() == 1);
    REQUIRE(second.quote.coupons_applied.size() == 1);
    t.sync_both();
    CentralProbe central(t.server);
    CHECK(central.number("SELECT count(*) FROM coupon_uses WHERE code = 'ONCE1'") == 2);
    for (TillFile* till : {&t.till1, &t.till2}) {
        INFO(till->path);
        // Both sales stand; each till keeps its own receipt.
        CHECK(till->number("SELECT count(*) FROM receipts") == 1);
        CHECK(till->number("SELECT count(*) FROM coupon_uses") == 2);
        CHECK(till->store->sales().coupon_ref("ONCE-1").used);
        const auto conflicts = store::SyncLog(*till->store).conflicts();
        REQUIRE(conflicts.size() == 1);
        const auto& c = conflicts[0];
        CHECK(c.kind == store::SyncConflictKind::coupon_reused);
        CHECK(c.subject == "ONCE1");  // as codes are kept: without dashes, in capitals
        CHECK_FALSE(c.customer.has_value());
        // The use made first is the first everywhere, whichever till pulled which.
        REQUIRE(c.first_use);
        REQUIRE(c.second_use);
        CHECK(c.first_use->receipt_id == first.receipt_id);
        CHECK(c.first_use->receipt_number == first.receipt_number);
        CHECK(c.first_use->discount == first.quote.coupons_applied[0].amount);
        CHECK(c.second_use->receipt_id == second.receipt_id);
        CHECK(c.second_use->discount == second.quote.coupons_applied[0].amount);
        CHECK(till->store->maintenance().check().empty());
    }
    // Another round finds nothing new.
    t.sync_both();
    CHECK(store::SyncLog(*t.till1.store).conflicts().size() == 1);
    CHECK(store::SyncLog(*t.till2.store).conflicts().size() == 1);
}

TEST_CASE("A coupon given back by a full return at till 1 serves again at till 2 without a conflict",
          "[sync][coupons]") {
    TwoTills t;
    const auto sold = t.sell(t.till1, "", {"ONCE-1"});
    REQUIRE(sold.quote.coupons_applied.size() == 1);
    t.sync_both();
    CHECK(t.till2.store->sales().coupon_ref("ONCE-1").used);
    store::Sales::RefundRequest back;
    back.refund_id = store::new_id();
    back.receipt_id = sold.receipt_id;
    back.lines = {{1, Quantity::pieces(1)}};
    back.cashier_id = t.till1.cashier;
    back.reason = "did not fit";
    back.at = at("2026-11-25T16:30:00+02:00");
    t.till1.store->sales().refund(back, t.rules);
    t.sync_both();
    CHECK_FALSE(t.till2.store->sales().coupon_ref("ONCE-1").used);
    REQUIRE(t.sell(t.till2, "", {"ONCE-1"}, at("2026-11-25T17:00:00+02:00")).quote.coupons_applied.size() ==
            1);
    t.sync_both();
    CHECK(t.till1.store->sales().coupon_ref("ONCE-1").used);
    for (TillFile* till : {&t.till1, &t.till2}) {
        CHECK(store::SyncLog(*till->store).conflicts().empty());
        CHECK(till->number("SELECT count(*) FROM coupon_uses") == 3);
        CHECK(till->store->maintenance().check().empty());
    }
}

TEST_CASE("Stamps added at two tills that did not see each other add up at both and at the central",
          "[sync][stamps]") {
    TwoTills t;
    // Offline from each other: each till sells Olga a dress, each adds her stamp to the count it knows.
    t.sell(t.till1, t.olga, {}, at("2026-11-25T16:10:00+02:00"));
    t.sell(t.till2, t.olga, {}, at("2026-11-25T16:20:00+02:00"));
    const std::string count_sql =
        "SELECT coalesce(sum(count), 0) FROM stamps WHERE customer_id = '" + t.olga + "'";
    REQUIRE(t.till1.number(count_sql) == 1);
    REQUIRE(t.till2.number(count_sql) == 1);
    t.sync_both();
    CentralProbe central(t.server);
    CHECK(central.number("SELECT sum(change) FROM stamp_movements WHERE customer_id = '" + t.olga + "'") ==
          2);
    for (TillFile* till : {&t.till1, &t.till2}) {
        INFO(till->path);
        CHECK(till->number(count_sql) == 2);
        CHECK(till->number("SELECT count(*) FROM stamp_movements") == 2);
        CHECK(till->store->maintenance().check().empty());
    }
    // A third sale sees both: the quote counts on from 2.
    const auto third = t.sell(t.till2, t.olga, {}, at("2026-11-25T17:00:00+02:00"));
    REQUIRE_FALSE(third.quote.stamps.empty());
    CHECK(third.quote.stamps[0].before == 2);
}
