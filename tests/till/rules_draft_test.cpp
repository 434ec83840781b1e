// The rules editor's draft on a real shop file with the boutique's rules: the engine's own sentences for a
// bad value, the conflicts the engine accepts, the preview against the saved rules, saving a version with
// its change list, and single-use coupon codes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "boutique_shop.hpp"
#include "kassa/core/rules.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/till/rules_draft.hpp"

using namespace kassa;
using kassa::testing::at;
using kassa::testing::BoutiqueShop;
using kassa::testing::compile;
using till::DraftConflict;
using till::RulesDraft;

namespace {

RulesDraft draft_of(BoutiqueShop& shop) {
    return RulesDraft(shop.store, shop.rules.rules(), shop.clock, sys::load_time_zone("Europe/Tallinn"),
                      shop.maria);
}

std::size_t index_of(const RulesDraft& draft, const std::string& id) {
    const auto programmes = draft.programmes();
    for (std::size_t i = 0; i < programmes.size(); ++i) {
        if (programmes[i].id == id) {
            return i;
        }
    }
    FAIL("no programme " << id);
    return 0;
}

bool has_conflict(const RulesDraft& draft, DraftConflict::Kind kind, const std::string& first,
                  const std::string& second = {}) {
    for (const DraftConflict& c : draft.conflicts()) {
        if (c.kind == kind && c.first == first && c.second == second) {
            return true;
        }
    }
    return false;
}

void sell_scarves(BoutiqueShop& shop) {
    store::Sale sale;
    sale.receipt_id = store::new_id();
    sale.customer_id = shop.olga;
    sale.cashier_id = shop.anna;
    sale.at = at("2026-11-20T12:00:00+02:00");
    store::SaleLine l;
    l.sku = "SCARF-01";
    l.name = "Silk scarf";
    l.category = "accessories";
    l.unit_price = Money::minor(1990);
    l.qty = Quantity::pieces(3);
    sale.lines.push_back(l);
    sale.payments.push_back({store::PaymentLine::Method::card, Money::minor(1'000'000)});
    sale.payments[0].amount =
        kassa::quote(shop.rules, shop.store.sales().quote_input(sale, shop.rules.rules())).totals.payable;
    shop.store.sales().commit_sale(sale, shop.rules);
}

}  // namespace

TEST_CASE("rules draft: starts from the saved rules, the engine's sentence for a bad value, saves a version",
          "[till][rules][draft]") {
    BoutiqueShop shop;
    RulesDraft draft = draft_of(shop);
    const auto programmes = draft.programmes();
    REQUIRE(programmes.size() == 6);
    CHECK(programmes[0].id == "bonus");
    CHECK(programmes[0].type == ProgramType::bonus);
    CHECK(programmes[0].name == "Bonus points");
    CHECK(draft.errors().empty());
    CHECK(draft.changes().empty());
    CHECK(draft.money_digits() == 2);

    const std::size_t bonus = index_of(draft, "bonus");
    nlohmann::json edited = draft.programme(bonus);
    edited["accrual_bp"] = 20000;
    edited["expiry_days"] = nullptr;  // a form's empty optional field: left out
    draft.replace(bonus, edited);
    REQUIRE(draft.errors().size() == 1);
    CHECK(draft.errors()[0].programme == bonus);
    CHECK(draft.errors()[0].field == "accrual_bp");
    CHECK(draft.errors()[0].rule.reason == "must be between 0 and 10000");
    CHECK(draft.errors()[0].rule.problem == kassa::RuleProblem::out_of_range);
    CHECK(draft.errors()[0].rule.low == 0);
    CHECK(draft.errors()[0].rule.high == 10000);
    CHECK(draft.errors_of(bonus).size() == 1);
    CHECK(draft.errors_of(bonus + 1).empty());
    CHECK_FALSE(draft.programme(bonus).contains("expiry_days"));
    CHECK_THROWS_WITH(draft.save(), Catch::Contains("accrual_bp: must be between 0 and 10000"));
    CHECK_THROWS_WITH(draft.what_if(), Catch::Contains("do not pass today's checks"));
    try {
        draft.what_if();
    } catch (const store::StoreError& e) {
        CHECK(e.problem() == store::StoreProblem::rules_fail_checks);
    }
    CHECK(shop.store.rules().rules_history().size() == 1);

    edited["accrual_bp"] = 1000;
    draft.replace(bonus, edited);
    CHECK(draft.errors().empty());
    const auto changes = draft.changes();
    CHECK(std::find(changes.begin(), changes.end(), "bonus: accrual_bp 500 -> 1000") != changes.end());

    const std::int64_t version = draft.save();
    const auto history = shop.store.rules().rules_history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == version);
    CHECK(history[0].author == shop.maria);
    CHECK_THAT(history[0].summary, Catch::Contains("bonus: accrual_bp 500 -> 1000"));
    const auto saved = nlohmann::json::parse(shop.store.rules().current_rules()->second);
    CHECK(saved["programs"][bonus]["accrual_bp"] == 1000);
    CHECK_FALSE(saved["programs"][bonus].contains("expiry_days"));
    // Saved is the new starting point: nothing is left to save.
    CHECK(draft.changes().empty());
    CHECK_THROWS_WITH(draft.save(), "Nothing has changed since the saved version.");
    try {
        draft.save();
    } catch (const store::StoreError& e) {
        CHECK(e.problem() == store::StoreProblem::rules_unchanged);
    }
}

TEST_CASE("rules draft: a new programme of every type, and what the engine says about it",
          "[till][rules][draft]") {
    BoutiqueShop shop;
    for (const ProgramType type :
         {ProgramType::bonus, ProgramType::tiers, ProgramType::fixed_discount, ProgramType::stamps,
          ProgramType::coupon, ProgramType::promotion, ProgramType::birthday, ProgramType::welcome,
          ProgramType::referral, ProgramType::reactivation, ProgramType::next_order_coupon}) {
        RulesDraft draft = draft_of(shop);
        const std::size_t index = draft.add(type);
        INFO(to_string(type));
        CHECK(draft.programmes()[index].type == type);
        const auto errors = draft.errors_of(index);
        if (type == ProgramType::bonus || type == ProgramType::tiers) {
            // The boutique already has its bonus and its tiers: a problem of the whole list of programmes.
            CHECK(errors.empty());
            REQUIRE(draft.errors().size() == 1);
            CHECK_FALSE(draft.errors()[0].programme.has_value());
            CHECK(draft.errors()[0].field == "programs");
            CHECK_THAT(draft.errors()[0].rule.reason, Catch::StartsWith("only one"));
        } else if (type == ProgramType::coupon) {
            CHECK(errors.size() == 1);  // it needs its codes
        } else {
            CHECK(errors.empty());
        }
        CHECK(draft.programmes()[index].id != draft.programmes()[0].id);
    }
    RulesDraft draft = draft_of(shop);
    const std::size_t first = draft.add(ProgramType::promotion);
    const std::size_t second = draft.add(ProgramType::promotion);
    CHECK(draft.programmes()[first].id == "promotion");
    CHECK(draft.programmes()[second].id == "promotion-2");
    // A new promotion runs this week (the clock stands on 25 November 2026).
    CHECK(draft.programme(first)["valid_from"] == "2026-11-25");
    CHECK(draft.programme(first)["valid_to"] == "2026-12-01");
    draft.remove(first);
    CHECK(draft.programmes().size() == 7);
    CHECK(draft.programmes()[6].id == "promotion-2");
}

TEST_CASE("rules draft: single-use coupon codes, unique in the draft and readable aloud",
          "[till][rules][draft]") {
    BoutiqueShop shop;
    RulesDraft draft = draft_of(shop);
    const std::size_t coupon = draft.add(ProgramType::coupon);
    REQUIRE(draft.errors_of(coupon).size() == 1);
    CHECK(draft.errors_of(coupon)[0].rule.reason.find("codes") != std::string::npos);
    CHECK(draft.errors_of(coupon)[0].rule.problem == kassa::RuleProblem::coupon_without_codes);
    const auto codes = draft.generate_codes(coupon, 200);
    REQUIRE(codes.size() == 200);
    const std::regex shape("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
    std::set<std::string> distinct;
    for (const std::string& code : codes) {
        CHECK(std::regex_match(code, shape));
        distinct.insert(normalise_coupon_code(code));
    }
    CHECK(distinct.size() == 200);
    CHECK(draft.programme(coupon)["codes"].size() == 200);
    CHECK(draft.errors().empty());
    // A second batch never repeats the first.
    const std::size_t other = draft.add(ProgramType::coupon);
    for (const std::string& code : draft.generate_codes(other, 100)) {
        CHECK(distinct.insert(normalise_coupon_code(code)).second);
    }
    CHECK(draft.errors().empty());
    CHECK_THROWS_WITH(draft.generate_codes(other, 0), "Kassa makes 1 to 10,000 coupon codes at a time.");
}

TEST_CASE("rules draft: conflicts the engine accepts but the owner should see", "[till][rules][draft]") {
    BoutiqueShop shop;
    RulesDraft draft = draft_of(shop);
    // The boutique's club card and birthday week are both exclusive customer discounts on every line: in her
    // birthday week only the larger applies (docs/rules.md explains it; the editor shows it).
    CHECK(has_conflict(draft, DraftConflict::Kind::exclusive_overlap, "tiers", "birthday"));
    CHECK_FALSE(has_conflict(draft, DraftConflict::Kind::exclusive_overlap, "tiers", "accessories-3for2"));

    // An exclusive accessories sale meets the 3-for-2 on accessories.
    const std::size_t sale = draft.add(ProgramType::promotion);
    nlohmann::json p = draft.programme(sale);
    p["conditions"] = {{"categories", {"accessories", "dresses"}}};
    draft.replace(sale, p);
    bool found = false;
    for (const DraftConflict& c : draft.conflicts()) {
        if (c.kind == DraftConflict::Kind::exclusive_overlap && c.first == "accessories-3for2" &&
            c.second == "promotion") {
            CHECK(c.scope == "accessories");
            found = true;
        }
    }
    CHECK(found);
    // Combinable, it applies after the 3-for-2: no conflict.
    p["stacking"] = "combinable";
    draft.replace(sale, p);
    CHECK_FALSE(
        has_conflict(draft, DraftConflict::Kind::exclusive_overlap, "accessories-3for2", "promotion"));

    // Mondays only, but the dates run Wednesday to Thursday.
    p["conditions"] = {{"weekdays", {1}}};
    p["valid_from"] = "2026-11-25";
    p["valid_to"] = "2026-11-26";
    draft.replace(sale, p);
    CHECK(has_conflict(draft, DraftConflict::Kind::no_weekday_in_dates, "promotion"));
    // Ended before today.
    p["conditions"] = nlohmann::json::object();
    p["valid_from"] = "2026-11-01";
    p["valid_to"] = "2026-11-10";
    draft.replace(sale, p);
    CHECK(has_conflict(draft, DraftConflict::Kind::ended, "promotion"));
    p["active"] = false;
    draft.replace(sale, p);
    CHECK(has_conflict(draft, DraftConflict::Kind::inactive, "promotion"));
}

TEST_CASE("rules draft: the preview is the store's what-if of the saved rules against the draft",
          "[till][rules][draft][whatif]") {
    BoutiqueShop shop;
    sell_scarves(shop);
    RulesDraft draft = draft_of(shop);
    const std::size_t bonus = index_of(draft, "bonus");
    nlohmann::json edited = draft.programme(bonus);
    edited["accrual_bp"] = 1000;
    draft.replace(bonus, edited);
    const store::WhatIf preview = draft.what_if(30);

    const Instant to = shop.clock.now();
    const store::WhatIf expected = shop.store.rules().what_if(
        shop.rules, compile(draft.document().dump()), add_calendar_days(to, -30, shop.rules.zone()), to);
    CHECK(preview.receipts == 1);
    CHECK(preview.receipts == expected.receipts);
    CHECK(preview.current.points_earned == expected.current.points_earned);
    CHECK(preview.draft.points_earned == expected.draft.points_earned);
    CHECK(preview.draft.points_earned.value() > preview.current.points_earned.value());
    CHECK(preview.draft.discount == preview.current.discount);
}
