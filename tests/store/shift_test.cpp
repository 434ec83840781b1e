// Shifts on a real shop file: a day from the float to the Z report, figures checked against what the test
// itself paid in and out, and the promises of a closed shift (its number, its rows never change, nothing
// lands in it any more).
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "boutique_shop.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shifts.hpp"
#include "kassa/store/vat_settings.hpp"

using namespace kassa;
using namespace kassa::store;
using testing::at;

namespace {

constexpr auto kDay =
    std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::November, std::chrono::day{25}};

SaleLine scarf() {
    return SaleLine{"SCARF-01",          "Silk scarf", "accessories", Money::minor(1990),
                    Quantity::pieces(1), {},           false};
}

Sale anonymous_sale(const std::string& shift, std::vector<PaymentLine> payments, const char* when) {
    Sale s;
    s.receipt_id = new_id();
    s.cashier_id = "anna";
    s.at = at(when);
    s.lines = {scarf(), scarf()};
    s.payments = std::move(payments);
    s.shift_id = shift;
    return s;
}

ShiftProblem problem_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const ShiftError& e) {
        return e.problem();
    }
    FAIL("no ShiftError");
    return ShiftProblem::unknown_z;
}

PaymentLine cash(std::int64_t minor) {
    return {PaymentLine::Method::cash, Money::minor(minor)};
}
PaymentLine card(std::int64_t minor) {
    return {PaymentLine::Method::card, Money::minor(minor)};
}

}  // namespace

TEST_CASE("a day: float, cash, card and mixed sales, a cash return, cash out, X and Z", "[store][shift]") {
    testing::BoutiqueShop shop{false};
    Shifts shifts(shop.store);
    REQUIRE_FALSE(shifts.open_shift());
    CHECK(problem_of([&] { shifts.x_report(at("2026-11-25T09:00:00+02:00")); }) ==
          ShiftProblem::no_open_shift);

    const ShiftSummary opened =
        shifts.open(shop.anna, Money::minor(10000), kDay, at("2026-11-25T09:00:00+02:00"));
    CHECK(opened.opening_float == Money::minor(10000));
    CHECK(problem_of([&] { shifts.open(shop.anna, Money::zero(), kDay, at("2026-11-25T09:01:00+02:00")); }) ==
          ShiftProblem::already_open);

    // Two scarves are 39.80 with no customer and no promotion for them in the boutique's rules.
    const SaleResult a = shop.store.sales().commit_sale(
        anonymous_sale(opened.id, {cash(5000)}, "2026-11-25T10:00:00+02:00"), shop.rules);
    REQUIRE(a.quote.totals.payable == Money::minor(3980));
    CHECK(a.change == Money::minor(1020));
    const SaleResult b = shop.store.sales().commit_sale(
        anonymous_sale(opened.id, {card(3980)}, "2026-11-25T11:00:00+02:00"), shop.rules);
    const SaleResult c = shop.store.sales().commit_sale(
        anonymous_sale(opened.id, {card(2000), cash(2000)}, "2026-11-25T12:00:00+02:00"), shop.rules);
    CHECK(c.change == Money::minor(20));
    // A sale outside any shift (a script) is not the shift's.
    Sale outside = anonymous_sale("", {cash(3980)}, "2026-11-25T12:30:00+02:00");
    shop.store.sales().commit_sale(outside, shop.rules);

    // One scarf of the card sale comes back in cash.
    Sales::RefundRequest back;
    back.refund_id = new_id();
    back.receipt_id = b.receipt_id;
    back.lines = {{1, Quantity::pieces(1)}};
    back.cashier_id = shop.anna;
    back.reason = "wrong colour";
    back.at = at("2026-11-25T13:00:00+02:00");
    back.tender = PaymentLine::Method::cash;
    back.shift_id = opened.id;
    const auto refunded = shop.store.sales().refund(back, shop.rules);
    CHECK(refunded.money_back == Money::minor(1990));

    shifts.move_cash(CashMovementKind::cash_out, Money::minor(2000), "bank deposit", shop.anna, "",
                     at("2026-11-25T14:00:00+02:00"));
    CHECK(problem_of([&] {
              shifts.move_cash(CashMovementKind::cash_in, Money::minor(100), "  ", shop.anna, "",
                               at("2026-11-25T14:01:00+02:00"));
          }) == ShiftProblem::reason_missing);
    CHECK(problem_of([&] {
              shifts.move_cash(CashMovementKind::cash_in, Money::zero(), "change", shop.anna, "",
                               at("2026-11-25T14:01:00+02:00"));
          }) == ShiftProblem::negative_amount);

    // Worked by hand: cash 50.00 - 10.20 change + 20.00 - 0.20 change = 59.60; card 39.80 + 20.00 = 59.80;
    // expected cash = 100.00 float + 59.60 - 19.90 returned - 20.00 out = 119.70.
    const ShiftReport x = shifts.x_report(at("2026-11-25T15:00:00+02:00"));
    CHECK_FALSE(x.final);
    CHECK(x.sales.cash == Money::minor(5960));
    CHECK(x.sales.card == Money::minor(5980));
    CHECK(x.sales.other == Money::zero());
    CHECK(x.returns.cash == Money::minor(1990));
    CHECK(x.returns_count == 1);
    CHECK(x.cash_out == Money::minor(2000));
    CHECK(x.cash_in == Money::zero());
    CHECK(x.expected_cash == Money::minor(11970));
    CHECK(x.receipts == 3);
    CHECK(x.payable == Money::minor(3 * 3980));
    CHECK(x.first_receipt == a.receipt_number);
    CHECK(x.last_receipt == c.receipt_number);
    CHECK_FALSE(x.counted.has_value());
    REQUIRE(x.movements.size() == 1);
    CHECK(x.movements[0].reason == "bank deposit");

    // Counted by denomination: 2 x 50.00 + 1 x 10.00 + 4 x 2.00 + 1 x 1.00 + 1 x 0.50 = 119.50: 0.20 short.
    CashCount counted;
    counted.by_denomination = {{Money::minor(5000), 2},
                               {Money::minor(1000), 1},
                               {Money::minor(200), 4},
                               {Money::minor(100), 1},
                               {Money::minor(50), 1}};
    CHECK(problem_of([&] {
              shifts.close(shop.maria, counted, Money::minor(20000), at("2026-11-25T19:00:00+02:00"));
          }) == ShiftProblem::left_more_than_counted);
    const ShiftReport z =
        shifts.close(shop.maria, counted, Money::minor(10000), at("2026-11-25T19:00:00+02:00"));
    CHECK(z.final);
    CHECK(z.shift.z_number == 1);
    REQUIRE(z.counted.has_value());
    CHECK(z.counted->total == Money::minor(11950));
    CHECK(z.over_short == Money::minor(-20));
    CHECK(z.expected_cash == Money::minor(11970));
    CHECK_FALSE(shifts.open_shift());
    CHECK(shifts.proposed_float() == Money::minor(10000));

    // Read again later: the same Z.
    const ShiftReport again = shifts.z_report(1);
    CHECK(again.expected_cash == z.expected_cash);
    CHECK(again.over_short == z.over_short);
    CHECK(again.counted->by_denomination.size() == 5);
    CHECK(shifts.z_report().shift.id == opened.id);
    CHECK(problem_of([&] { shifts.z_report(2); }) == ShiftProblem::unknown_z);

    // A basket started in the closed shift cannot land in it, from the store or behind its back.
    CHECK(problem_of([&] {
              shop.store.sales().commit_sale(
                  anonymous_sale(opened.id, {cash(3980)}, "2026-11-25T19:30:00+02:00"), shop.rules);
          }) == ShiftProblem::shift_closed);
    auto& sql = shop.store.database().sql();
    CHECK_THROWS(sql.exec("UPDATE shifts SET counted_cash = 0 WHERE z_number = 1"));
    CHECK_THROWS(sql.exec("DELETE FROM shifts WHERE z_number = 1"));
    CHECK_THROWS(
        sql.exec("UPDATE receipts SET shift_id = NULL WHERE number = " + std::to_string(a.receipt_number)));
    CHECK_THROWS(
        sql.exec("INSERT INTO cash_movements(id, shift_id, at, kind, amount, reason, actor) VALUES "
                 "('m', '" +
                 opened.id + "', '2026-11-25T20:00:00Z', 'in', 1, 'x', 'anna')"));

    // The next shift takes the next Z number.
    shifts.open(shop.anna, *shifts.proposed_float(), kDay, at("2026-11-26T09:00:00+02:00"));
    CashCount one_amount;
    one_amount.total = Money::minor(10000);
    const ShiftReport z2 =
        shifts.close(shop.anna, one_amount, Money::minor(10000), at("2026-11-26T19:00:00+02:00"));
    CHECK(z2.shift.z_number == 2);
    CHECK(z2.receipts == 0);
    CHECK(z2.over_short == Money::zero());
    const auto listed = shifts.list();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].z_number == 2);
    CHECK(listed[1].z_number == 1);
    CHECK(shop.store.maintenance().check().empty());
}

TEST_CASE("a shift refuses amounts no drawer holds", "[store][shift]") {
    testing::BoutiqueShop shop{false};
    Shifts shifts(shop.store);
    CHECK(problem_of([&] {
              shifts.open(shop.anna, Money::minor(-1), kDay, at("2026-11-25T09:00:00+02:00"));
          }) == ShiftProblem::negative_amount);
    CHECK(problem_of([&] {
              shifts.open(shop.anna, Money::minor(kMaxDrawerMinorUnits + 1), kDay,
                          at("2026-11-25T09:00:00+02:00"));
          }) == ShiftProblem::amount_too_large);
    shifts.open(shop.anna, Money::zero(), kDay, at("2026-11-25T09:00:00+02:00"));
    CashCount huge;
    huge.by_denomination = {{Money::minor(50000), kMaxDrawerMinorUnits}};
    CHECK(problem_of([&] {
              shifts.close(shop.anna, huge, Money::zero(), at("2026-11-25T19:00:00+02:00"));
          }) == ShiftProblem::amount_too_large);
    CashCount negative;
    negative.by_denomination = {{Money::minor(500), -1}};
    CHECK(problem_of([&] {
              shifts.close(shop.anna, negative, Money::zero(), at("2026-11-25T19:00:00+02:00"));
          }) == ShiftProblem::negative_amount);
    CHECK(shifts.open_shift().has_value());  // nothing refused closed it
}

TEST_CASE("the Z report's VAT by rate is the shift's sales less its returns, worked by hand",
          "[store][shift][vat]") {
    testing::BoutiqueShop shop{false};
    VatSettings rates(shop.store);
    rates.set_category("accessories", VatRate::bp(2400), "maria", at("2026-11-25T08:00:00+02:00"));
    rates.set_category("gift_cards", VatRate::exempt(), "maria", at("2026-11-25T08:00:00+02:00"));
    Shifts shifts(shop.store);
    const ShiftSummary opened = shifts.open(shop.anna, Money::zero(), kDay, at("2026-11-25T09:00:00+02:00"));

    // Two scarves, 39.80 at 24%: 39.80 x 24 / 124 = 7.7032, so 7.70 (3.85 a line).
    const SaleResult a = shop.store.sales().commit_sale(
        anonymous_sale(opened.id, {cash(3980)}, "2026-11-25T10:00:00+02:00"), shop.rules);
    // The same with a gift card, which is exempt: 7.70 again, and 50.00 without VAT.
    Sale with_gift = anonymous_sale(opened.id, {card(8980)}, "2026-11-25T11:00:00+02:00");
    with_gift.lines.push_back(SaleLine{
        "GIFT-50", "Gift card 50", "gift_cards", Money::minor(5000), Quantity::pieces(1), {}, false});
    REQUIRE(shop.store.sales().commit_sale(with_gift, shop.rules).quote.totals.payable == Money::minor(8980));
    // Outside the shift: in no report of it.
    shop.store.sales().commit_sale(anonymous_sale("", {cash(3980)}, "2026-11-25T12:00:00+02:00"), shop.rules);
    // One scarf of the first sale comes back: 19.90 with its line's 3.85.
    Sales::RefundRequest back;
    back.refund_id = new_id();
    back.receipt_id = a.receipt_id;
    back.lines = {{1, Quantity::pieces(1)}};
    back.cashier_id = shop.anna;
    back.reason = "too short";
    back.at = at("2026-11-25T13:00:00+02:00");
    back.tender = PaymentLine::Method::cash;
    back.shift_id = opened.id;
    shop.store.sales().refund(back, shop.rules);

    const auto check = [](const std::vector<VatRateTotal>& vat) {
        REQUIRE(vat.size() == 2);
        CHECK(vat[0].rate == VatRate::bp(2400));
        CHECK(vat[0].gross == Money::minor(3980 + 3980 - 1990));
        CHECK(vat[0].vat == Money::minor(770 + 770 - 385));
        CHECK(vat[0].net == Money::minor(5970 - 1155));
        CHECK(vat[1].rate == VatRate::exempt());
        CHECK(vat[1].gross == Money::minor(5000));
        CHECK(vat[1].vat == Money::zero());
        CHECK(vat[1].net == Money::minor(5000));
    };
    check(shifts.x_report(at("2026-11-25T18:00:00+02:00")).vat);
    CashCount counted;
    counted.total = Money::minor(3980 - 1990);
    check(shifts.close(shop.maria, counted, Money::zero(), at("2026-11-25T19:00:00+02:00")).vat);
    check(shifts.z_report(1).vat);
}

TEST_CASE("a cash movement's reason is at most 200 characters, counted as letters, not bytes",
          "[store][shift]") {
    testing::BoutiqueShop shop{false};
    Shifts shifts(shop.store);
    shifts.open(shop.anna, Money::minor(10000), kDay, at("2026-11-25T09:00:00+02:00"));
    // "Ж" is two bytes in UTF-8: 200 of them are 400 bytes and still 200 characters.
    std::string cyrillic;
    for (int i = 0; i < kMaxCashReasonChars; ++i) {
        cyrillic += "\xD0\x96";
    }
    const CashMovement kept = shifts.move_cash(CashMovementKind::cash_in, Money::minor(100), cyrillic,
                                               shop.anna, "", at("2026-11-25T10:00:00+02:00"));
    CHECK(kept.reason == cyrillic);
    const std::string one_more = cyrillic + "a";
    try {
        shifts.move_cash(CashMovementKind::cash_in, Money::minor(100), one_more, shop.anna, "",
                         at("2026-11-25T10:01:00+02:00"));
        FAIL("a reason of 201 characters was taken");
    } catch (const ShiftError& e) {
        CHECK(e.problem() == ShiftProblem::reason_too_long);
        CHECK(e.value() == kMaxCashReasonChars);
        CHECK(shift_problem_name(e.problem()) == "reason_too_long");
    }
    // Nothing of the refused movement was written.
    CHECK(shifts.x_report(at("2026-11-25T11:00:00+02:00")).movements.size() == 1);
}
