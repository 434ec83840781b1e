// The printed receipt: 42 columns of a monospaced font on 80 mm paper. Names may be Cyrillic or Estonian, so
// widths count code points, not bytes.

#include <cstdio>

#include "kassa/store/customers.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/till/session.hpp"
#include "paper_text.hpp"

namespace kassa::till {

namespace {

using paper::centred;
using paper::code_points;
using paper::first_code_points;
using paper::kWidth;
using paper::spread;
using paper::vat_percent;

std::string replace_first(std::string text, const std::string& placeholder, const std::string& value) {
    const auto at = text.find(placeholder);
    if (at != std::string::npos) {
        text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string two_digits(unsigned value) {
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02u", value % 100);
    return buffer;
}

std::string quantity_text(Quantity qty, Language language) {
    if (qty.is_whole_pieces()) {
        return std::to_string(qty.whole_pieces());
    }
    // Weighed goods in kilograms with three decimals, the scale's precision.
    std::string grams = std::to_string(qty.thousandths() % 1000);
    grams.insert(0, 3 - grams.size(), '0');
    return std::to_string(qty.thousandths() / 1000) + (language == Language::en ? "." : ",") + grams + " kg";
}

}  // namespace

PrintedReceipt TillSession::render(const store::ReceiptView& receipt, const ReceiptLabels& labels,
                                   const QuoteResult* quote) const {
    const int digits = settings_.currency_digits;
    const Language lang = settings_.language;
    const auto money = [&](Money m) { return format_money(m, digits, lang); };
    PrintedReceipt out;
    auto& p = out.lines;
    const std::string rule(kWidth, '-');

    if (!settings_.shop_name.empty()) {
        p.push_back(centred(settings_.shop_name));
    }
    std::size_t start = 0;
    while (start < settings_.receipt_header.size()) {
        auto end = settings_.receipt_header.find('\n', start);
        if (end == std::string::npos) {
            end = settings_.receipt_header.size();
        }
        p.push_back(centred(settings_.receipt_header.substr(start, end - start)));
        start = end + 1;
    }
    const LocalDateTime local = rules_->zone().to_local(receipt.at);
    const std::string when = std::to_string(static_cast<int>(local.date.year())) + "-" +
                             two_digits(static_cast<unsigned>(local.date.month())) + "-" +
                             two_digits(static_cast<unsigned>(local.date.day())) + " " +
                             two_digits(static_cast<unsigned>(local.seconds_of_day / 3600)) + ":" +
                             two_digits(static_cast<unsigned>(local.seconds_of_day / 60 % 60));
    p.push_back(spread(labels.receipt + " " + std::to_string(receipt.number), when));
    if (!receipt.cashier_id.empty()) {
        std::string cashier = receipt.cashier_id;
        for (const auto& c : store_.staff().cashiers()) {
            if (c.id == receipt.cashier_id) {
                cashier = c.name;
            }
        }
        p.push_back(labels.cashier + ": " + cashier);
    }
    p.push_back(rule);

    for (const auto& line : receipt.lines) {
        p.push_back(first_code_points(line.name.empty() ? line.sku : line.name, kWidth));
        p.push_back(
            spread("  " + quantity_text(line.qty, lang) + " x " + money(line.unit_price), money(line.gross)));
        for (const auto& d : line.discounts) {
            p.push_back(spread("  " + d.text, money(-d.amount)));
        }
    }
    p.push_back(rule);

    const auto& t = receipt.totals;
    p.push_back(spread(labels.subtotal, money(t.gross)));
    if (t.discount.minor_units() != 0) {
        p.push_back(spread(labels.discount, money(-t.discount)));
    }
    if (t.redeemed_points.value() != 0) {
        p.push_back(spread(labels.points_redeemed + " (" + std::to_string(t.redeemed_points.value()) + ")",
                           money(-t.redeemed_money)));
    }
    p.push_back(spread(labels.total, money(t.payable)));
    for (const auto& payment : receipt.payments) {
        const std::string& name = payment.method == store::PaymentLine::Method::cash   ? labels.cash
                                  : payment.method == store::PaymentLine::Method::card ? labels.card
                                                                                       : labels.other;
        p.push_back(spread(name, money(payment.amount)));
    }
    if (receipt.change.minor_units() != 0) {
        p.push_back(spread(labels.change, money(receipt.change)));
    }
    // The VAT included, by rate (docs/vat.md): "VAT 24% of 39.80   7.70".
    if (const auto vat = receipt.vat_by_rate(); !vat.empty()) {
        p.push_back(rule);
        for (const auto& row : vat) {
            const std::string rate =
                row.rate.is_exempt() ? labels.vat_exempt : vat_percent(row.rate, settings_.language);
            p.push_back(
                spread(replace_first(replace_first(labels.vat_row, "%1", rate), "%2", money(row.gross)),
                       money(row.vat)));
        }
    }

    if (!receipt.customer_id.empty()) {
        p.push_back(rule);
        if (!receipt.customer_name.empty()) {
            p.push_back(labels.customer + ": " + receipt.customer_name);
        }
        p.push_back(spread(labels.points_earned, std::to_string(t.points_earned.value())));
        if (const auto customer = store_.customers().customer(receipt.customer_id)) {
            p.push_back(spread(labels.points_balance, std::to_string(customer->balance.value())));
        }
        if (quote && quote->tier && !quote->tier->next_level.empty()) {
            p.push_back(spread(replace_first(labels.to_next_level, "%1", quote->tier->next_level),
                               money(quote->tier->to_next_level)));
        }
        for (const auto& code : receipt.coupon_codes_issued) {
            p.push_back(spread(labels.coupon_for_next_visit, code));
        }
    }
    p.push_back(rule);
    p.push_back(centred(labels.thank_you));
    out.barcode = receipt_barcode(receipt.number);
    p.push_back(centred(out.barcode));
    return out;
}

}  // namespace kassa::till
