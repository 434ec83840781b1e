// VAT of receipts and returns (docs/vat.md), on receipts worked out by hand. The golden receipt is priced by
// the real quote, so the test also pins down what the VAT is taken from: the quote's net less the points
// redeemed on each line.
#include <catch2/catch.hpp>

#include <memory>
#include <set>
#include <string>

#include "kassa/core/ledger.hpp"
#include "kassa/core/quote.hpp"
#include "kassa/core/vat.hpp"

using namespace kassa;

namespace {

const VatRate k24 = VatRate::bp(2400);
const VatRate k9 = VatRate::bp(900);

Money m(std::int64_t minor) {
    return Money::minor(minor);
}

QuoteLine line(const std::string& sku, const std::string& category, std::int64_t price, std::int64_t qty) {
    QuoteLine l;
    l.sku = sku;
    l.category = category;
    l.unit_price = Money::minor(price);
    l.qty = Quantity::thousandths(qty);
    return l;
}

Program program(const std::string& id, ProgramSettings settings) {
    Program p;
    p.id = id;
    p.name = id;
    p.settings = std::move(settings);
    return p;
}

// Keeps a receipt's lines as the store would between returns.
std::vector<VatReturnableLine> returnable(const std::vector<VatLine>& lines, const VatTable& table,
                                          const std::vector<std::int64_t>& sold) {
    std::vector<VatReturnableLine> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out.push_back(VatReturnableLine{lines[i].rate, Quantity::thousandths(sold[i]), table.lines[i].gross,
                                        table.lines[i].vat, Quantity{}, Money::zero(), Money::zero()});
    }
    return out;
}

void record(std::vector<VatReturnableLine>& lines, const VatReturn& done) {
    for (const auto& r : done.lines) {
        auto& l = lines[r.line_index];
        l.already_returned =
            Quantity::thousandths(l.already_returned.thousandths() + r.quantity.thousandths());
        l.already_returned_gross += r.gross;
        l.already_reversed_vat += r.vat;
    }
}

VatReturnRequestLine ask(std::size_t index, std::int64_t qty) {
    return VatReturnRequestLine{index, Quantity::thousandths(qty)};
}

}  // namespace

TEST_CASE("VAT is taken out of a tax-inclusive amount, rounded half up", "[core][vat]") {
    CHECK(vat_included(m(12400), k24) == m(2400));
    CHECK(vat_included(m(100), k24) == m(19));  // 100 x 24 / 124 = 19.35
    // 20%: 3 x 2000 / 12000 = 0.5 exactly, which rounds up; 9 / 6 = 1.5 to 2.
    CHECK(vat_included(m(3), VatRate::bp(2000)) == m(1));
    CHECK(vat_included(m(9), VatRate::bp(2000)) == m(2));
    // Finland's 25.5%: 12.55 x 25.5 / 125.5 = 2.55.
    CHECK(vat_included(m(1255), VatRate::bp(2550)) == m(255));
    CHECK(vat_included(m(5000), VatRate::bp(0)) == m(0));
    CHECK(vat_included(m(5000), VatRate::exempt()) == m(0));
    CHECK(vat_included(m(0), k24) == m(0));
    // A ten-billion-euro receipt still fits: the product is taken in 128 bits.
    CHECK(vat_included(m(1'000'000'000'000), k24) == m(193'548'387'097));  // 10^12 x 24 / 124 = ...096.77
    CHECK_THROWS_AS(vat_included(m(-1), k24), InvalidVatInput);
}

TEST_CASE("a VAT rate is 0 to 100%, and exempt is not zero-rated", "[core][vat]") {
    CHECK_THROWS_AS(VatRate::bp(-1), InvalidVatInput);
    CHECK_THROWS_AS(VatRate::bp(10001), InvalidVatInput);
    CHECK(VatRate::bp(10000).rate().value() == 10000);
    CHECK(VatRate::exempt() != VatRate::bp(0));
    CHECK(VatRate::exempt().rate().value() == 0);
    CHECK(vat_row_before(k24, k9));
    CHECK(vat_row_before(k9, VatRate::bp(0)));
    CHECK(vat_row_before(VatRate::bp(0), VatRate::exempt()));
    CHECK_FALSE(vat_row_before(VatRate::exempt(), VatRate::bp(0)));
    CHECK_FALSE(vat_row_before(k24, k24));
}

TEST_CASE("VAT is rounded once per rate per receipt, and the lines share it by largest remainder",
          "[core][vat]") {
    // Three items of 1.00 at 24%. On its own each holds 100 x 24 / 124 = 19.35 -> 19, so rounding per line
    // would report 57; the receipt holds 300 x 24 / 124 = 58.06 -> 58. Shares of 58 by equal grosses: 19.33
    // each, floors 19 + 19 + 19 = 57, the cent left goes to the first line (equal remainders: the earlier).
    const auto t = vat_table({{k24, m(100)}, {k24, m(100)}, {k24, m(100)}});
    REQUIRE(t.rates.size() == 1);
    CHECK(t.rates[0].gross == m(300));
    CHECK(t.rates[0].vat == m(58));
    CHECK(t.rates[0].net == m(242));
    CHECK(t.lines[0].vat == m(20));
    CHECK(t.lines[1].vat == m(19));
    CHECK(t.lines[2].vat == m(19));
    CHECK(t.lines[0].net == m(80));
    CHECK(t.vat == m(58));
}

TEST_CASE("zero-rated and exempt lines have rows of their own and no VAT", "[core][vat]") {
    // Listed out of order on purpose; rows come out 24%, 9%, 0%, exempt.
    const auto t = vat_table({{VatRate::exempt(), m(2500)},
                              {VatRate::bp(0), m(1000)},
                              {k9, m(1090)},
                              {k24, m(1240)},
                              {k24, m(0)}});  // a free gift line: no share of the VAT
    REQUIRE(t.rates.size() == 4);
    CHECK(t.rates[0].rate == k24);
    CHECK(t.rates[0].vat == m(240));  // 1240 x 24 / 124
    CHECK(t.rates[1].rate == k9);
    CHECK(t.rates[1].vat == m(90));  // 1090 x 9 / 109
    CHECK(t.rates[2].rate == VatRate::bp(0));
    CHECK(t.rates[2].vat == m(0));
    CHECK(t.rates[2].net == m(1000));
    CHECK(t.rates[3].rate == VatRate::exempt());
    CHECK(t.rates[3].vat == m(0));
    CHECK(t.rates[3].net == m(2500));
    CHECK(t.lines[0].vat == m(0));
    CHECK(t.lines[1].vat == m(0));
    CHECK(t.lines[3].vat == m(240));
    CHECK(t.lines[4].vat == m(0));
    CHECK(t.gross == m(5830));
    CHECK(t.vat == m(330));
    CHECK(t.net == m(5500));

    CHECK(vat_table({}).rates.empty());
    CHECK_THROWS_AS(vat_table({{k24, m(-1)}}), InvalidVatInput);
}

TEST_CASE("golden receipt: two rates, a promotion, a coupon and points, then returned in three parts",
          "[core][vat]") {
    // The shop: 20% off clothes, a 5.00 coupon on the whole basket, points worth one cent each.
    Rules rules;
    PromotionSettings sale;
    sale.effect = PercentOff{BasisPoints::bp(2000)};
    sale.conditions.categories = {"clothes"};
    rules.programs.push_back(program("sale", sale));
    CouponSettings coupon;
    coupon.public_code = "FIVE";
    coupon.effect = AmountOff{Money::minor(500)};
    rules.programs.push_back(program("five", coupon));
    BonusSettings bonus;
    bonus.accrual_rate = BasisPoints::bp(500);
    rules.programs.push_back(program("bonus", bonus));
    const CompiledRules compiled(rules, std::make_shared<FixedOffsetZone>(7200));

    QuoteInput in;
    const auto now = parse_timestamp("2026-11-25T12:00:00+02:00");
    in.now = now.instant;
    in.now_offset_seconds = now.offset_seconds;
    CustomerState customer;
    customer.id = "c1";
    customer.lots = {
        Lot{"", Points::of(1000), parse_timestamp("2026-01-01T00:00:00Z").instant, std::nullopt, 0}};
    in.customer = customer;
    in.lines = {line("SHIRT", "clothes", 2490, 1000),  // 24%
                line("BOOK", "books", 1250, 2000),     // 9%, two books
                line("SOCKS", "clothes", 399, 3000)};  // 24%, three pairs
    in.coupons = {CouponRef{"FIVE", {}, false, {}, {}}};
    in.redeem = RedeemRequest{RedeemRequest::Kind::points, Points::of(300)};
    const QuoteResult q = quote(compiled, in);

    // Step 1, 20% off clothes, half up per line: shirt 24.90 - 4.98 = 19.92; socks 11.97 - 2.394 -> 2.39
    // = 9.58; books 25.00 untouched. Step 3, the coupon's 500 split by these nets (19.92, 25.00, 9.58;
    // sum 54.50): quotas 182.75, 229.36, 87.89, floors 182 + 229 + 87 = 498, the two cents left to the
    // largest remainders, socks (.89) and shirt
    // (.75): 183, 229, 88. Nets 18.09, 22.71, 8.70 (sum 49.50).
    // Step 4, 300 points = 3.00 split by those nets: quotas 109.64, 137.64, 52.73, floors 298, the two cents
    // to the socks (.727) and the shirt (.636 ties the books' .636; the earlier line wins): 110, 137, 53.
    REQUIRE(q.lines.size() == 3);
    CHECK(q.lines[0].net == m(1809));
    CHECK(q.lines[1].net == m(2271));
    CHECK(q.lines[2].net == m(870));
    CHECK(q.lines[0].redeemed == m(110));
    CHECK(q.lines[1].redeemed == m(137));
    CHECK(q.lines[2].redeemed == m(53));
    CHECK(q.totals.payable == m(4650));

    // What each line is paid with money: 18.09 - 1.10 = 16.99; 22.71 - 1.37 = 21.34; 8.70 - 0.53 = 8.17.
    const std::vector<VatLine> lines = vat_lines(q.lines, {k24, k9, k24});
    CHECK(lines[0].gross == m(1699));
    CHECK(lines[1].gross == m(2134));
    CHECK(lines[2].gross == m(817));

    // 24%: 16.99 + 8.17 = 25.16, VAT 2516 x 24 / 124 = 486.97 -> 4.87, net 20.29. Its lines by gross:
    // 487 x 1699 / 2516 = 328.86 and 487 x 817 / 2516 = 158.14, floors 486, the cent to the shirt: 329, 158.
    // 9%: 21.34, VAT 2134 x 9 / 109 = 176.20 -> 1.76, net 19.58.
    const VatTable t = vat_table(lines);
    REQUIRE(t.rates.size() == 2);
    CHECK(t.rates[0].rate == k24);
    CHECK(t.rates[0].gross == m(2516));
    CHECK(t.rates[0].vat == m(487));
    CHECK(t.rates[0].net == m(2029));
    CHECK(t.rates[1].rate == k9);
    CHECK(t.rates[1].gross == m(2134));
    CHECK(t.rates[1].vat == m(176));
    CHECK(t.rates[1].net == m(1958));
    CHECK(t.lines[0].vat == m(329));
    CHECK(t.lines[1].vat == m(176));
    CHECK(t.lines[2].vat == m(158));
    CHECK(t.gross == q.totals.payable);
    CHECK(t.vat == m(663));
    CHECK(t.net == m(3987));

    auto kept = returnable(lines, t, {1000, 2000, 3000});

    // Return 1: one pair of socks and one book.
    // Socks: money so far round(817 x 1/3) = 272.33 -> 2.72; VAT of it round(158 x 272 / 817) = 52.60 ->
    // 0.53. Book: 2134 / 2 = 10.67 back, VAT 176 x 1067 / 2134 = 0.88 exactly.
    const VatReturn r1 = vat_return(kept, {ask(2, 1000), ask(1, 1000)});
    REQUIRE(r1.lines.size() == 2);
    CHECK(r1.lines[0].line_index == 1);
    CHECK(r1.lines[0].gross == m(1067));
    CHECK(r1.lines[0].vat == m(88));
    CHECK(r1.lines[1].line_index == 2);
    CHECK(r1.lines[1].gross == m(272));
    CHECK(r1.lines[1].vat == m(53));
    REQUIRE(r1.rates.size() == 2);
    CHECK(r1.rates[0].rate == k24);
    CHECK(r1.rates[0].gross == m(272));
    CHECK(r1.rates[0].vat == m(53));
    CHECK(r1.rates[0].net == m(219));
    CHECK(r1.rates[1].rate == k9);
    CHECK(r1.rates[1].vat == m(88));
    CHECK(r1.vat == m(141));

    // The money of a VAT return is the money the refund pays back for the same lines.
    std::vector<RefundableLine> refundable;
    for (const auto& l : q.lines) {
        refundable.push_back(RefundableLine{Quantity{}, l.net, l.redeemed, l.points, {}, {}, {}, {}});
    }
    refundable[0].sold = Quantity::pieces(1);
    refundable[1].sold = Quantity::pieces(2);
    refundable[2].sold = Quantity::pieces(3);
    const FixedOffsetZone zone(7200);
    const RefundResult refund =
        compute_refund(refundable, {{2, Quantity::pieces(1)}, {1, Quantity::pieces(1)}}, RefundPolicy{},
                       in.now, zone, std::nullopt, Points::zero());
    REQUIRE(refund.lines.size() == 2);
    CHECK(refund.lines[0].money_back == r1.lines[0].gross);
    CHECK(refund.lines[1].money_back == r1.lines[1].gross);
    record(kept, r1);

    // Return 2: a second pair of socks. Money so far round(817 x 2/3) = 544.67 -> 5.45, so 5.45 - 2.72 = 2.73
    // now; VAT so far round(158 x 545 / 817) = 105.40 -> 1.05, so 1.05 - 0.53 = 0.52 now.
    const VatReturn r2 = vat_return(kept, {ask(2, 1000)});
    REQUIRE(r2.lines.size() == 1);
    CHECK(r2.lines[0].gross == m(273));
    CHECK(r2.lines[0].vat == m(52));
    record(kept, r2);

    // Return 3: everything left gives back exactly what is left. Socks 8.17 - 5.45 = 2.72 and 1.58 - 1.05 =
    // 0.53 (each pair on its own would have held round(1.58 / 3) = 0.53, three times 1.59: a cent more than
    // the sale charged); the book 10.67 and 0.88; the shirt whole, 16.99 and 3.29.
    const VatReturn r3 = vat_return(kept, {ask(0, 1000), ask(1, 1000), ask(2, 1000)});
    REQUIRE(r3.lines.size() == 3);
    CHECK(r3.lines[0].gross == m(1699));
    CHECK(r3.lines[0].vat == m(329));
    CHECK(r3.lines[1].gross == m(1067));
    CHECK(r3.lines[1].vat == m(88));
    CHECK(r3.lines[2].gross == m(272));
    CHECK(r3.lines[2].vat == m(53));
    CHECK(r3.rates[0].vat == m(382));  // 3.29 + 0.53
    CHECK(r3.rates[1].vat == m(88));
    record(kept, r3);

    // The three returns reverse the sale exactly, per rate: 0.53 + 0.52 + 3.82 = 4.87 and 0.88 + 0.88 = 1.76.
    CHECK(r1.rates[0].vat + r2.rates[0].vat + r3.rates[0].vat == t.rates[0].vat);
    CHECK(r1.rates[1].vat + r3.rates[1].vat == t.rates[1].vat);
    CHECK(r1.gross + r2.gross + r3.gross == t.gross);
    CHECK(r1.vat + r2.vat + r3.vat == t.vat);
    CHECK_THROWS_AS(vat_return(kept, {ask(0, 1)}), InvalidVatInput);
}

TEST_CASE("a weighed line returned in parts reverses its VAT exactly", "[core][vat]") {
    // 0.750 kg of cheese paid 7.77 at 9%: VAT 777 x 9 / 109 = 64.16 -> 0.64.
    const VatTable t = vat_table({{k9, m(777)}});
    REQUIRE(t.lines[0].vat == m(64));
    auto kept = returnable({{k9, m(777)}}, t, {750});
    // 0.100 kg: money round(777 x 100 / 750) = 103.6 -> 1.04, VAT round(64 x 104 / 777) = 8.57 -> 0.09.
    const VatReturn a = vat_return(kept, {ask(0, 100)});
    CHECK(a.lines[0].gross == m(104));
    CHECK(a.lines[0].vat == m(9));
    record(kept, a);
    // 0.150 kg more, 0.250 so far: money round(777 / 3) = 2.59, 2.59 - 1.04 = 1.55; VAT round(64 x 259 /
    // 777) = 21.33 -> 0.21, 0.21 - 0.09 = 0.12.
    const VatReturn b = vat_return(kept, {ask(0, 150)});
    CHECK(b.lines[0].gross == m(155));
    CHECK(b.lines[0].vat == m(12));
    record(kept, b);
    // The rest: 7.77 - 2.59 = 5.18 and 0.64 - 0.21 = 0.43.
    const VatReturn c = vat_return(kept, {ask(0, 500)});
    CHECK(c.lines[0].gross == m(518));
    CHECK(c.lines[0].vat == m(43));
    CHECK(a.vat + b.vat + c.vat == t.vat);
}

TEST_CASE("a return refuses what the receipt cannot give back", "[core][vat]") {
    const VatTable t = vat_table({{k24, m(1240)}, {k9, m(1090)}});
    auto kept = returnable({{k24, m(1240)}, {k9, m(1090)}}, t, {2000, 1000});
    CHECK_THROWS_AS(vat_return(kept, {ask(0, 2001)}), InvalidVatInput);
    CHECK_THROWS_AS(vat_return(kept, {ask(0, 1500), ask(0, 600)}), InvalidVatInput);  // summed: 2.100
    CHECK_THROWS_AS(vat_return(kept, {ask(0, 0)}), InvalidVatInput);
    CHECK_THROWS_AS(vat_return(kept, {ask(2, 1000)}), InvalidVatInput);
    CHECK(vat_return(kept, {}).lines.empty());

    // Stored figures that no earlier return could have left: a cent too much already reversed.
    auto wrong = kept;
    wrong[0].already_returned = Quantity::pieces(1);
    wrong[0].already_returned_gross = m(620);
    wrong[0].already_reversed_vat = m(121);  // half of 2.40 is 1.20
    CHECK_THROWS_AS(vat_return(wrong, {ask(0, 1000)}), InvalidVatInput);
    wrong[0].already_reversed_vat = m(120);
    const VatReturn rest = vat_return(wrong, {ask(0, 1000)});
    CHECK(rest.lines[0].gross == m(620));
    CHECK(rest.lines[0].vat == m(120));
}

TEST_CASE("vat_lines needs one rate per quoted line and never sees a negative payment", "[core][vat]") {
    QuotedLine a;
    a.net = m(1000);
    a.redeemed = m(1000);  // paid entirely with points: no money, so no VAT
    const auto lines = vat_lines({a}, {k24});
    CHECK(lines[0].gross == m(0));
    CHECK(vat_table(lines).vat == m(0));
    CHECK_THROWS_AS(vat_lines({a}, {}), InvalidVatInput);
}

TEST_CASE("country presets: the rates in force, one standard rate each", "[core][vat]") {
    const auto* ee = vat_preset("EE");
    REQUIRE(ee != nullptr);
    REQUIRE(ee->rates.size() == 4);
    CHECK(ee->rates[0].rate == VatRate::bp(2400));
    CHECK(ee->rates[0].kind == VatRateKind::standard);
    CHECK(ee->rates[1].rate == VatRate::bp(1300));
    CHECK(ee->rates[2].rate == VatRate::bp(900));
    CHECK(ee->rates[3].rate == VatRate::bp(0));
    CHECK(ee->rates[3].kind == VatRateKind::zero);
    CHECK(vat_preset("FI")->rates[0].rate == VatRate::bp(2550));
    CHECK(vat_preset("FI")->rates[1].rate == VatRate::bp(1350));
    CHECK(vat_preset("LT")->rates[1].rate == VatRate::bp(1200));
    CHECK(vat_preset("RU")->rates[0].rate == VatRate::bp(2200));
    CHECK(vat_preset("DE")->rates[1].rate == VatRate::bp(700));
    CHECK(vat_preset("LV")->rates[2].rate == VatRate::bp(500));
    CHECK(vat_preset("XX") == nullptr);
    CHECK(vat_preset("ee") == nullptr);

    std::set<std::string_view> countries;
    for (const auto& p : vat_presets()) {
        CAPTURE(p.country);
        CHECK(countries.insert(p.country).second);
        CHECK(p.country.size() == 2);
        int standard = 0;
        for (std::size_t i = 0; i < p.rates.size(); ++i) {
            standard += p.rates[i].kind == VatRateKind::standard ? 1 : 0;
            CHECK(!p.rates[i].applies_to.empty());
            CHECK(p.rates[i].kind == (p.rates[i].rate.rate().value() == 0 ? VatRateKind::zero
                                      : i == 0                            ? VatRateKind::standard
                                                                          : VatRateKind::reduced));
            if (i > 0) {
                CHECK(vat_row_before(p.rates[i - 1].rate, p.rates[i].rate));  // listed as the rows print
            }
        }
        CHECK(standard == 1);
    }
    CHECK(countries.size() == 6);
}
