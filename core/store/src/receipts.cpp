// Committed receipts as the till shows them for a return or a reprint: lines with what was already
// returned, payments, the coupons the sale issued.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include <functional>
#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "vat_rates.hpp"

namespace kassa::store {

using detail::guarded;

namespace {

constexpr const char* kReceiptColumns =
    "r.id, r.number, r.created_at, coalesce(r.customer_id, ''), "
    "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), coalesce(r.card_number, ''), "
    "coalesce(r.cashier_id, ''), r.gross, r.discount, r.net, r.redeemed_points, r.redeemed_money, r.payable, "
    "r.points_earned, r.change, r.quote";

std::optional<Instant> optional_instant(const nlohmann::json& value) {
    if (!value.is_string()) {
        return std::nullopt;
    }
    return parse_timestamp(value.get<std::string>()).instant;
}

PaymentLine::Method method_from(const std::string& name) {
    if (name == "card") {
        return PaymentLine::Method::card;
    }
    if (name == "other") {
        return PaymentLine::Method::other;
    }
    return PaymentLine::Method::cash;
}

// The receipt at the statement's current row, with its lines, payments and issued coupons.
ReceiptView read_receipt(detail::Connection& db, SQLite::Statement& q) {
    ReceiptView r;
    r.id = q.getColumn(0).getString();
    r.number = q.getColumn(1).getInt64();
    r.at = parse_timestamp(q.getColumn(2).getString()).instant;
    r.customer_id = q.getColumn(3).getString();
    r.customer_name = q.getColumn(4).getString();
    r.card_number = q.getColumn(5).getString();
    r.cashier_id = q.getColumn(6).getString();
    auto& t = r.totals;
    t.gross = Money::minor(q.getColumn(7).getInt64());
    t.discount = Money::minor(q.getColumn(8).getInt64());
    t.net = Money::minor(q.getColumn(9).getInt64());
    t.redeemed_points = Points::of(q.getColumn(10).getInt64());
    t.redeemed_money = Money::minor(q.getColumn(11).getInt64());
    t.payable = Money::minor(q.getColumn(12).getInt64());
    t.points_earned = Points::of(q.getColumn(13).getInt64());
    r.change = Money::minor(q.getColumn(14).getInt64());
    // When the points become spendable and expire is only in the quote the receipt keeps.
    const auto quote = nlohmann::json::parse(q.getColumn(15).getString(), nullptr, false);
    if (quote.is_object() && quote.contains("totals")) {
        const auto& totals = quote.at("totals");
        t.points_available_at = optional_instant(totals.value("points_available_at", nlohmann::json()));
        t.points_expire_at = optional_instant(totals.value("points_expire_at", nlohmann::json()));
    }

    auto lines = db.prepared(
        "SELECT l.line_no, l.sku, l.name, l.category, l.unit_price, l.qty, l.gross, l.discount, l.net, "
        "l.points, "
        "l.discounts, coalesce((SELECT sum(rl.qty) FROM refund_lines rl JOIN refunds f ON f.id = "
        "rl.refund_id "
        "WHERE f.receipt_id = l.receipt_id AND rl.line_no = l.line_no), 0), l.vat_rate, l.vat, l.redeemed "
        "FROM receipt_lines l WHERE l.receipt_id = ? ORDER BY l.line_no");
    lines->bind(1, r.id);
    bool all_returned = true;
    while (lines->executeStep()) {
        ReceiptLineView l;
        l.line_no = lines->getColumn(0).getInt();
        l.sku = lines->getColumn(1).getString();
        l.name = lines->getColumn(2).getString();
        l.category = lines->getColumn(3).getString();
        l.unit_price = Money::minor(lines->getColumn(4).getInt64());
        l.qty = Quantity::thousandths(lines->getColumn(5).getInt64());
        l.gross = Money::minor(lines->getColumn(6).getInt64());
        l.discount = Money::minor(lines->getColumn(7).getInt64());
        l.net = Money::minor(lines->getColumn(8).getInt64());
        l.points = Points::of(lines->getColumn(9).getInt64());
        for (const auto& d : nlohmann::json::parse(lines->getColumn(10).getString())) {
            l.discounts.push_back(LineDiscount{d.at("program").get<std::string>(),
                                               Money::minor(d.at("amount").get<std::int64_t>()),
                                               d.at("text").get<std::string>()});
        }
        l.refunded_qty = Quantity::thousandths(lines->getColumn(11).getInt64());
        if (!lines->getColumn(12).isNull() && !lines->getColumn(13).isNull()) {
            l.vat_rate = detail::vat_rate_from_code(lines->getColumn(12).getInt64());
            l.vat = Money::minor(lines->getColumn(13).getInt64());
        }
        l.redeemed = Money::minor(lines->getColumn(14).getInt64());
        all_returned = all_returned && l.refunded_qty == l.qty;
        r.lines.push_back(std::move(l));
    }
    r.fully_refunded = all_returned && !r.lines.empty();

    auto payments = db.prepared("SELECT method, amount FROM payments WHERE receipt_id = ? ORDER BY seq");
    payments->bind(1, r.id);
    while (payments->executeStep()) {
        r.payments.push_back(PaymentLine{method_from(payments->getColumn(0).getString()),
                                         Money::minor(payments->getColumn(1).getInt64())});
    }
    auto coupons = db.prepared("SELECT code FROM coupons WHERE issued_receipt = ? ORDER BY code");
    coupons->bind(1, r.id);
    while (coupons->executeStep()) {
        r.coupon_codes_issued.push_back(coupons->getColumn(0).getString());
    }
    return r;
}

std::vector<ReceiptView> receipts_where(detail::Connection& db, const std::string& sql,
                                        const std::function<void(SQLite::Statement&)>& bind) {
    std::vector<ReceiptView> out;
    // Ids first, then each receipt: reading one uses other cached statements while this one is open.
    std::vector<std::string> ids;
    {
        auto q = db.prepared(sql);
        bind(*q);
        while (q->executeStep()) {
            ids.push_back(q->getColumn(0).getString());
        }
    }
    static const std::string by_id =
        std::string("SELECT ") + kReceiptColumns +
        " FROM receipts r LEFT JOIN customers c ON c.id = r.customer_id WHERE r.id = ?";
    for (const auto& id : ids) {
        auto q = db.prepared(by_id);
        q->bind(1, id);
        if (q->executeStep()) {
            out.push_back(read_receipt(db, *q));
        }
    }
    return out;
}

std::optional<ReceiptView> first(std::vector<ReceiptView> found) {
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

}  // namespace

std::optional<ReceiptView> Sales::receipt(const std::string& id) {
    return guarded([&] {
        return first(receipts_where(store_.database().connection(), "SELECT id FROM receipts WHERE id = ?",
                                    [&](SQLite::Statement& q) { q.bind(1, id); }));
    });
}

std::optional<ReceiptView> Sales::receipt_by_number(std::int64_t number) {
    return guarded([&] {
        return first(receipts_where(store_.database().connection(),
                                    "SELECT id FROM receipts WHERE number = ?",
                                    [&](SQLite::Statement& q) { q.bind(1, number); }));
    });
}

std::vector<ReceiptView> Sales::recent_receipts(const std::string& customer_id, int limit) {
    return guarded([&] {
        if (limit <= 0) {
            return std::vector<ReceiptView>{};
        }
        if (customer_id.empty()) {
            return receipts_where(store_.database().connection(),
                                  "SELECT id FROM receipts ORDER BY created_at DESC, number DESC LIMIT ?",
                                  [&](SQLite::Statement& q) { q.bind(1, limit); });
        }
        return receipts_where(
            store_.database().connection(),
            "SELECT id FROM receipts WHERE customer_id = ? ORDER BY created_at DESC, number DESC LIMIT ?",
            [&](SQLite::Statement& q) {
                q.bind(1, customer_id);
                q.bind(2, limit);
            });
    });
}

std::vector<VatRateTotal> ReceiptView::vat_by_rate() const {
    std::vector<VatRateTotal> rows;
    for (const auto& l : lines) {
        if (!l.vat_rate || !l.vat) {
            return {};
        }
        const Money paid = l.net - l.redeemed;
        auto row = std::find_if(rows.begin(), rows.end(),
                                [&](const VatRateTotal& r) { return r.rate == *l.vat_rate; });
        if (row == rows.end()) {
            rows.push_back(VatRateTotal{*l.vat_rate, {}, {}, {}});
            row = rows.end() - 1;
        }
        row->gross += paid;
        row->vat += *l.vat;
        row->net += paid - *l.vat;
    }
    std::sort(rows.begin(), rows.end(),
              [](const VatRateTotal& a, const VatRateTotal& b) { return vat_row_before(a.rate, b.rate); });
    return rows;
}

}  // namespace kassa::store
