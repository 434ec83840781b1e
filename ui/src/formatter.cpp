#include "kassa/ui/formatter.hpp"

#include <QDate>
#include <QTime>

namespace kassa::ui {

namespace {

std::int64_t power_of_ten(int digits) {
    std::int64_t p = 1;
    for (int i = 0; i < digits; ++i) {
        p *= 10;
    }
    return p;
}

bool is_space(QChar c) {
    // Russian and Estonian group digits with a (narrow) no-break space; cashiers type a plain one.
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

QDate to_qdate(std::chrono::year_month_day date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

}  // namespace

Formatter::Formatter(Language language, int currency_digits, QString currency,
                     std::shared_ptr<const TimeZone> zone)
    : language_(language),
      locale_(locale_for(language)),
      digits_(currency_digits),
      currency_(std::move(currency)),
      date_format_(locale_.dateFormat(QLocale::ShortFormat)),
      zone_(std::move(zone)) {
    if (!date_format_.contains(QLatin1String("yyyy"))) {
        date_format_.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
}

QLocale Formatter::locale_for(Language language) {
    switch (language) {
        case Language::ru:
            return QLocale(QLocale::Russian, QLocale::Russia);
        case Language::et:
            return QLocale(QLocale::Estonian, QLocale::Estonia);
        case Language::en:
            break;
    }
    // Ireland: English with the euro's conventions (decimal point, day before month).
    return QLocale(QLocale::English, QLocale::Ireland);
}

QString Formatter::fixed(std::int64_t units, int digits) const {
    const std::int64_t scale = power_of_ten(digits);
    QString text = locale_.toString(static_cast<qlonglong>(units / scale));
    if (digits > 0) {
        text += locale_.decimalPoint();
        text += QString::number(units % scale).rightJustified(digits, QLatin1Char('0'));
    }
    return text;
}

QString Formatter::money(Money amount) const {
    const std::int64_t units = amount.minor_units();
    if (units < 0) {
        return locale_.negativeSign() + fixed(-units, digits_);
    }
    return fixed(units, digits_);
}

QString Formatter::money_with_currency(Money amount) const {
    return money(amount) + QChar(0x00A0) + currency_;
}

QString Formatter::points(Points points) const {
    return locale_.toString(static_cast<qlonglong>(points.value()));
}

QString Formatter::quantity(Quantity qty, bool by_weight) const {
    const std::int64_t t = qty.thousandths();
    if (by_weight) {
        const QString text = t < 0 ? locale_.negativeSign() + fixed(-t, 3) : fixed(t, 3);
        //: kilograms after a weight
        return text + QChar(0x00A0) + tr("kg");
    }
    if (qty.is_whole_pieces()) {
        return locale_.toString(static_cast<qlonglong>(qty.whole_pieces()));
    }
    return t < 0 ? locale_.negativeSign() + fixed(-t, 3) : fixed(t, 3);
}

QString Formatter::date(std::chrono::year_month_day date) const {
    return locale_.toString(to_qdate(date), date_format_);
}

QString Formatter::date(Instant instant) const {
    return date(zone_->to_local(instant).date);
}

QString Formatter::date_time(Instant instant) const {
    const LocalDateTime local = zone_->to_local(instant);
    const QTime time(local.seconds_of_day / 3600, (local.seconds_of_day / 60) % 60);
    return date(local.date) + QLatin1Char(' ') + locale_.toString(time, QLocale::ShortFormat);
}

std::optional<std::int64_t> Formatter::parse_fixed(const QString& typed, int max_fraction) const {
    QString text;
    for (const QChar c : typed) {
        if (!is_space(c)) {
            text += c;
        }
    }
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const auto mark = std::max(text.lastIndexOf(QLatin1Char('.')), text.lastIndexOf(QLatin1Char(',')));
    QString whole = mark < 0 ? text : text.left(mark);
    QString fraction = mark < 0 ? QString() : text.mid(mark + 1);
    if (mark >= 0 && fraction.size() > max_fraction) {
        // "1,234" in English: the comma was a group separator, not a decimal mark.
        if (text.at(mark) == locale_.groupSeparator().front() && fraction.size() == 3) {
            whole = text;
            fraction.clear();
        } else {
            return std::nullopt;
        }
    }
    // Group separators inside the whole part ("1,234.50", "1.234,50") are dropped.
    whole.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
    if (whole.isEmpty() && fraction.isEmpty()) {
        return std::nullopt;
    }
    // A trillion major units is far beyond any till's figure and keeps the arithmetic below 2^63.
    if (whole.size() > 12) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    std::int64_t fraction_value = 0;
    for (const QChar c : fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
        fraction_value = fraction_value * 10 + (c.unicode() - '0');
    }
    fraction_value *= power_of_ten(max_fraction - static_cast<int>(fraction.size()));
    return value * power_of_ten(max_fraction) + fraction_value;
}

std::optional<Money> Formatter::parse_money(const QString& typed) const {
    QString text = typed.trimmed();
    if (text.endsWith(currency_, Qt::CaseInsensitive)) {
        text.chop(currency_.size());
    }
    const auto units = parse_fixed(text, digits_);
    if (!units) {
        return std::nullopt;
    }
    return Money::minor(*units);
}

std::optional<Quantity> Formatter::parse_quantity(const QString& typed, bool by_weight) const {
    QString text = typed.trimmed();
    if (by_weight) {
        const QString kg = tr("kg");
        if (text.endsWith(kg, Qt::CaseInsensitive)) {
            text.chop(kg.size());
        }
        const auto thousandths = parse_fixed(text, 3);
        if (!thousandths || *thousandths <= 0) {
            return std::nullopt;
        }
        return Quantity::thousandths(*thousandths);
    }
    const auto pieces = parse_fixed(text, 0);
    if (!pieces || *pieces <= 0 || *pieces > 1'000'000) {
        return std::nullopt;
    }
    return Quantity::pieces(*pieces);
}

std::optional<Points> Formatter::parse_points(const QString& typed) const {
    const auto value = parse_fixed(typed.trimmed(), 0);
    if (!value) {
        return std::nullopt;
    }
    return Points::of(*value);
}

}  // namespace kassa::ui
