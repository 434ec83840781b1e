#pragma once
// Money, points, quantities and dates as the shop's locale writes them, and back from what a cashier types.
// Every figure arrives as an integer (minor units, thousandths, whole points) and is written digit by digit
// with the locale's separators: no figure ever passes through a double, so 0.10 + 0.20 stays 0.30.
//
// Threading rule: immutable after construction; any thread may read it (Qt only uses it on the GUI thread).

#include <chrono>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"
#include "kassa/core/units.hpp"

namespace kassa::ui {

class Formatter {
    Q_DECLARE_TR_FUNCTIONS(kassa::ui::Formatter)

  public:
    // `zone` is the shop's (CompiledRules::zone()); dates of instants are the shop's calendar dates.
    Formatter(Language language, int currency_digits, QString currency, std::shared_ptr<const TimeZone> zone);

    // The locale a shop language writes numbers and dates in: en -> English (Ireland: 1,234.56 and day
    // first), ru -> Russian (1 234,56), et -> Estonian (1 234,56).
    static QLocale locale_for(Language language);

    [[nodiscard]] const QLocale& locale() const { return locale_; }
    [[nodiscard]] Language language() const { return language_; }
    [[nodiscard]] int currency_digits() const { return digits_; }
    [[nodiscard]] const QString& currency() const { return currency_; }
    // The locale's short date pattern with a four-digit year ("dd.MM.yyyy"): birthdays need the century.
    [[nodiscard]] const QString& date_format() const { return date_format_; }
    [[nodiscard]] const TimeZone& zone() const { return *zone_; }

    // "1,234.56" / "1 234,56"; negative amounts with the locale's minus sign.
    [[nodiscard]] QString money(Money amount) const;
    // "1,234.56 EUR".
    [[nodiscard]] QString money_with_currency(Money amount) const;
    // Whole points with group separators: "1,250".
    [[nodiscard]] QString points(Points points) const;
    // Pieces as a whole number ("2"), weights in kilograms with three decimals ("0.250 kg").
    [[nodiscard]] QString quantity(Quantity qty, bool by_weight) const;
    [[nodiscard]] QString date(std::chrono::year_month_day date) const;
    // The shop's local date (and time) of an instant.
    [[nodiscard]] QString date(Instant instant) const;
    [[nodiscard]] QString date_time(Instant instant) const;

    // What a cashier typed as an amount: "12", "12.5", "12,50", "1 234,50", "1,234.50". Either '.' or ','
    // is taken as the decimal mark when the digits after it fit the currency; nullopt for anything else
    // (letters, too many decimals, a negative amount, more than a trillion).
    [[nodiscard]] std::optional<Money> parse_money(const QString& typed) const;
    // Pieces: a whole positive number. Weights: kilograms with up to three decimals ("0,25" -> 250).
    [[nodiscard]] std::optional<Quantity> parse_quantity(const QString& typed, bool by_weight) const;
    // Whole non-negative points, group separators allowed.
    [[nodiscard]] std::optional<Points> parse_points(const QString& typed) const;

  private:
    // Writes `units` (already non-negative) scaled by 10^digits with the locale's separators.
    [[nodiscard]] QString fixed(std::int64_t units, int digits) const;
    // Digits of an unsigned decimal with at most `max_fraction` decimals, scaled by 10^max_fraction.
    [[nodiscard]] std::optional<std::int64_t> parse_fixed(const QString& typed, int max_fraction) const;

    Language language_;
    QLocale locale_;
    int digits_;
    QString currency_;
    QString date_format_;
    std::shared_ptr<const TimeZone> zone_;
};

}  // namespace kassa::ui
