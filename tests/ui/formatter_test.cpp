#include "kassa/ui/formatter.hpp"

#include "catch_qt.hpp"

using kassa::Language;
using kassa::Money;
using kassa::Points;
using kassa::Quantity;
using kassa::ui::Formatter;

namespace {

Formatter make(Language language, int digits = 2) {
    return Formatter(language, digits, QStringLiteral("EUR"), std::make_shared<kassa::FixedOffsetZone>(7200));
}

}  // namespace

TEST_CASE("money is written from minor units with the shop locale's separators", "[ui][formatter]") {
    const Formatter en = make(Language::en);
    CHECK(en.money(Money::minor(123456)) == QStringLiteral("1,234.56"));
    CHECK(en.money(Money::minor(5)) == QStringLiteral("0.05"));
    CHECK(en.money(Money::minor(-799)) == QStringLiteral("-7.99"));
    CHECK(en.money(Money::minor(0)) == QStringLiteral("0.00"));
    const Formatter ru = make(Language::ru);
    // Russian groups with a no-break space and writes a decimal comma.
    CHECK(ru.money(Money::minor(123456)) == QStringLiteral("1\u00a0234,56"));
    const Formatter et = make(Language::et);
    CHECK(et.money(Money::minor(4210)) == QStringLiteral("42,10"));
    const Formatter yen = make(Language::en, 0);
    CHECK(yen.money(Money::minor(1500)) == QStringLiteral("1,500"));
    // Far beyond what a double carries exactly: every digit survives.
    CHECK(en.money(Money::minor(900719925474099312)) == QStringLiteral("9,007,199,254,740,993.12"));
}

TEST_CASE("amounts typed at the till are read without floating point", "[ui][formatter]") {
    const Formatter en = make(Language::en);
    CHECK(en.parse_money(QStringLiteral("12"))->minor_units() == 1200);
    CHECK(en.parse_money(QStringLiteral("12.5"))->minor_units() == 1250);
    CHECK(en.parse_money(QStringLiteral("12,50"))->minor_units() == 1250);
    CHECK(en.parse_money(QStringLiteral("0.1"))->minor_units() == 10);
    CHECK(en.parse_money(QStringLiteral("1,234.50"))->minor_units() == 123450);
    CHECK(en.parse_money(QStringLiteral("1,234"))->minor_units() == 123400);
    CHECK(en.parse_money(QStringLiteral(" 20.00 EUR "))->minor_units() == 2000);
    CHECK_FALSE(en.parse_money(QStringLiteral("12.345")));
    CHECK_FALSE(en.parse_money(QStringLiteral("-5")));
    CHECK_FALSE(en.parse_money(QStringLiteral("ten")));
    CHECK_FALSE(en.parse_money(QString()));
    CHECK_FALSE(en.parse_money(QStringLiteral("9999999999999")));
    const Formatter ru = make(Language::ru);
    CHECK(ru.parse_money(QStringLiteral("1 234,5"))->minor_units() == 123450);
    CHECK(ru.parse_money(QStringLiteral("1\u00a0234,50"))->minor_units() == 123450);
}

TEST_CASE("quantities: whole pieces, weights in kilograms with three decimals", "[ui][formatter]") {
    const Formatter en = make(Language::en);
    CHECK(en.quantity(Quantity::pieces(3), false) == QStringLiteral("3"));
    CHECK(en.quantity(Quantity::thousandths(250), true) == QStringLiteral("0.250\u00a0kg"));
    CHECK(en.parse_quantity(QStringLiteral("3"), false)->thousandths() == 3000);
    CHECK_FALSE(en.parse_quantity(QStringLiteral("1.5"), false));
    CHECK_FALSE(en.parse_quantity(QStringLiteral("0"), false));
    CHECK(en.parse_quantity(QStringLiteral("0,25"), true)->thousandths() == 250);
    CHECK(en.parse_quantity(QStringLiteral("1.255 kg"), true)->thousandths() == 1255);
    CHECK_FALSE(en.parse_quantity(QStringLiteral("0.0005"), true));
    CHECK(en.points(Points::of(12500)) == QStringLiteral("12,500"));
    CHECK(en.parse_points(QStringLiteral("1,250"))->value() == 1250);
}

TEST_CASE("dates are the shop's calendar dates in its locale", "[ui][formatter]") {
    // 2026-11-24T23:30:00Z is already the 25th at +02:00.
    const kassa::Instant late = kassa::parse_timestamp("2026-11-24T23:30:00Z").instant;
    const Formatter en = make(Language::en);
    CHECK(en.date(late) == QStringLiteral("25/11/2026"));
    const Formatter et = make(Language::et);
    CHECK(et.date(std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::March,
                                              std::chrono::day{7}}) == QStringLiteral("07.03.2026"));
    const Formatter ru = make(Language::ru);
    CHECK(ru.date(std::chrono::year_month_day{std::chrono::year{1988}, std::chrono::November,
                                              std::chrono::day{27}}) == QStringLiteral("27.11.1988"));
}
