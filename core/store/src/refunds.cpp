// Returns against a receipt: the store persists what kassa::compute_refund computes.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "catalog_writer.hpp"
#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/vat.hpp"
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
#include "ledger_writer.hpp"
#include "payment_method.hpp"
#include "print_queue_writer.hpp"
#include "shift_check.hpp"
#include "vat_rates.hpp"

namespace kassa::store {

using detail::refused;

namespace {

Sales::RefundOutcome read_refund(detail::Connection& db, const std::string& refund_id) {
    SQLite::Statement q(
        db,
        "SELECT money_back, kept_for_points, points_reversed, points_restored, receipt_id FROM refunds "
        "WHERE id = ?");
    q.bind(1, refund_id);
    q.executeStep();
    Sales::RefundOutcome out;
    out.refund_id = refund_id;
    out.already_committed = true;
    out.money_back = Money::minor(q.getColumn(0).getInt64());
    out.kept_for_spent_points = Money::minor(q.getColumn(1).getInt64());
    out.points_reversed = Points::of(q.getColumn(2).getInt64());
    out.points_restored = Points::of(q.getColumn(3).getInt64());
    SQLite::Statement left(
        db,
        "SELECT coalesce(sum(l.qty), 0) - coalesce((SELECT sum(rl.qty) FROM refund_lines rl JOIN "
        "refunds r ON r.id = rl.refund_id WHERE r.receipt_id = ?1), 0) FROM receipt_lines l "
        "WHERE l.receipt_id = ?1");
    if (q.getColumn(4).isNull()) {
        return out;  // a return without a receipt has no receipt to be fully refunded
    }
    left.bind(1, q.getColumn(4).getString());
    left.executeStep();
    out.receipt_fully_refunded = left.getColumn(0).getInt64() == 0;
    return out;
}

// Takes `points` of earned points back from the customer's lots: first the lots this receipt created, then
// any other lot that has not expired, earliest-expiring first. What the lots cannot cover stays in the
// ledger only: the balance (the ledger sum) goes below what the lots hold, and quotes see the difference.
void take_back(detail::Connection& db, const std::string& entry, const std::string& customer,
               const std::string& receipt_id, std::int64_t points, Instant at) {
    std::vector<std::string> own;
    {
        SQLite::Statement q(db,
                            "SELECT o.id FROM lots o JOIN ledger l ON l.id = o.id WHERE l.receipt_id = ? AND "
                            "o.customer_id = ? AND o.remaining > 0 ORDER BY o.ledger_seq");
        q.bind(1, receipt_id);
        q.bind(2, customer);
        while (q.executeStep()) {
            own.push_back(q.getColumn(0).getString());
        }
    }
    std::vector<Lot> lots;
    std::vector<Lot> rest;
    for (auto& lot : detail::open_lots(db, customer)) {
        (std::find(own.begin(), own.end(), lot.id) != own.end() ? lots : rest).push_back(std::move(lot));
    }
    sort_fifo(rest);
    lots.insert(lots.end(), rest.begin(), rest.end());
    for (const auto& lot : lots) {
        if (points == 0) {
            break;
        }
        if (lot.expired_at(at) || lot.points.value() <= 0) {
            continue;
        }
        const std::int64_t take = std::min(points, lot.points.value());
        detail::move_lot(db, entry, lot.id, -take);
        points -= take;
    }
}

}  // namespace

namespace {

// Everything a return does, computed from the receipt and earlier returns; nothing written yet.
struct RefundPlan {
    std::string customer;  // empty for an anonymous receipt
    std::string quote_text;
    std::vector<std::string> skus;  // per receipt line, for the stock
    RefundResult computed;
    std::int64_t tier_spend = 0;
    bool fully_refunded = false;
    // The VAT each returned line reverses (by refund line), empty for a receipt sold before VAT was kept.
    std::vector<Money> vat_back;
};

void check_request(const Sales::RefundRequest& request) {
    if (request.refund_id.empty() || request.receipt_id.empty()) {
        refused(StoreProblem::return_ids_missing);
    }
    if (request.lines.empty()) {
        refused(StoreProblem::return_nothing_chosen);
    }
    check_text_length(TextField::return_reason, request.reason);
}

// The outcome of a refund id already committed, or nullopt for a new one.
std::optional<Sales::RefundOutcome> committed_refund(detail::Connection& db,
                                                     const Sales::RefundRequest& request) {
    auto seen = db.prepared("SELECT receipt_id FROM refunds WHERE id = ?");
    seen->bind(1, request.refund_id);
    if (!seen->executeStep()) {
        return std::nullopt;
    }
    if (seen->getColumn(0).isNull() || seen->getColumn(0).getString() != request.receipt_id) {
        refused(StoreProblem::return_id_reused);
    }
    return read_refund(db, request.refund_id);
}

RefundPlan plan_refund(detail::Connection& db, const Sales::RefundRequest& request,
                       const CompiledRules& rules) {
    RefundPlan plan;
    {
        auto receipt =
            db.prepared("SELECT coalesce(customer_id, ''), quote, number FROM receipts WHERE id = ?");
        receipt->bind(1, request.receipt_id);
        if (!receipt->executeStep()) {
            refused(StoreProblem::no_such_receipt);
        }
        plan.customer = receipt->getColumn(0).getString();
        plan.quote_text = receipt->getColumn(1).getString();
    }

    // The receipt's lines with what earlier returns already took from them.
    std::vector<RefundableLine> lines;
    std::vector<VatReturnableLine> vat_lines;
    bool vat_known = true;
    std::vector<std::string> categories;
    {
        auto q = db.prepared(
            "SELECT l.line_no, l.qty, l.net, l.redeemed, l.points, l.category, "
            "coalesce(sum(rl.qty), 0), coalesce(sum(rl.money_back), 0), "
            "coalesce(sum(rl.points_reversed), 0), coalesce(sum(rl.redeemed_back), 0), l.sku, "
            "l.vat_rate, l.vat, coalesce(sum(rl.vat), 0) "
            "FROM receipt_lines l LEFT JOIN refunds r ON r.receipt_id = l.receipt_id "
            "LEFT JOIN refund_lines rl ON rl.refund_id = r.id AND rl.line_no = l.line_no "
            "WHERE l.receipt_id = ? GROUP BY l.line_no ORDER BY l.line_no");
        q->bind(1, request.receipt_id);
        while (q->executeStep()) {
            RefundableLine line;
            line.sold = Quantity::thousandths(q->getColumn(1).getInt64());
            line.net = Money::minor(q->getColumn(2).getInt64());
            line.redeemed = Money::minor(q->getColumn(3).getInt64());
            line.points = Points::of(q->getColumn(4).getInt64());
            categories.push_back(q->getColumn(5).getString());
            line.already_returned = Quantity::thousandths(q->getColumn(6).getInt64());
            line.already_refunded = Money::minor(q->getColumn(7).getInt64());
            line.already_reversed_points = Points::of(q->getColumn(8).getInt64());
            line.already_restored_redeemed = Money::minor(q->getColumn(9).getInt64());
            plan.skus.push_back(q->getColumn(10).getString());
            if (q->getColumn(11).isNull() || q->getColumn(12).isNull()) {
                vat_known = false;
            } else {
                vat_lines.push_back(VatReturnableLine{
                    detail::vat_rate_from_code(q->getColumn(11).getInt64()), line.sold,
                    line.net - line.redeemed, Money::minor(q->getColumn(12).getInt64()),
                    line.already_returned, line.already_refunded, Money::minor(q->getColumn(13).getInt64())});
            }
            lines.push_back(line);
        }
    }
    std::vector<RefundRequestLine> asked;
    for (const auto& [line_no, qty] : request.lines) {
        if (line_no < 1 || static_cast<std::size_t>(line_no) > lines.size()) {
            refused(StoreProblem::no_such_receipt_line, {std::int64_t{line_no}});
        }
        asked.push_back(RefundRequestLine{static_cast<std::size_t>(line_no - 1), qty});
    }

    // The expiry the restored points keep: the latest of the lots the sale's redemption consumed.
    std::optional<Instant> consumed_expiry;
    {
        auto c = db.prepared(
            "SELECT max(o.expires_at IS NULL), max(o.expires_at) FROM lot_movements m "
            "JOIN ledger l ON l.id = m.ledger_id JOIN lots o ON o.id = m.lot_id "
            "WHERE l.receipt_id = ? AND l.kind = 'redeem'");
        c->bind(1, request.receipt_id);
        c->executeStep();
        if (!c->getColumn(1).isNull() && c->getColumn(0).getInt() == 0) {
            consumed_expiry = Instant{c->getColumn(1).getInt64()};
        }
    }
    Points balance_now;
    if (!plan.customer.empty()) {
        for (const auto& lot : detail::open_lots(db, plan.customer)) {
            if (!lot.expired_at(request.at)) {
                balance_now += lot.points;  // spendable and on hold alike
            }
        }
    }
    RefundPolicy policy;
    policy.negative_balance = request.policy;
    if (const Program* bonus = rules.bonus()) {
        policy.point_value = std::get<BonusSettings>(bonus->settings).point_value;
    }
    try {
        plan.computed =
            compute_refund(lines, asked, policy, request.at, rules.zone(), consumed_expiry, balance_now);
    } catch (const std::invalid_argument& e) {
        refused(StoreProblem::return_does_not_fit, {}, e.what());
    }

    // Rule 5 and rule 19: only loyalty lines counted towards the tier, so only they come off it.
    std::vector<std::string> excluded;
    if (const Program* bonus = rules.bonus()) {
        excluded = std::get<BonusSettings>(bonus->settings).excluded_categories;
    }
    for (const auto& l : plan.computed.lines) {
        if (std::find(excluded.begin(), excluded.end(), categories[l.line_index]) == excluded.end()) {
            plan.tier_spend += l.money_back.minor_units();
        }
    }
    if (plan.customer.empty()) {
        plan.tier_spend = 0;
    }
    plan.fully_refunded = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::int64_t now_returned = lines[i].already_returned.thousandths();
        for (const auto& l : plan.computed.lines) {
            if (l.line_index == i) {
                now_returned += l.quantity.thousandths();
            }
        }
        plan.fully_refunded = plan.fully_refunded && now_returned == lines[i].sold.thousandths();
    }
    if (vat_known) {
        std::vector<VatReturnRequestLine> returned;
        for (const auto& l : plan.computed.lines) {
            returned.push_back(VatReturnRequestLine{l.line_index, l.quantity});
        }
        // The VAT follows the money given back (docs/vat.md). Rows that contradict each other (a hand edit)
        // leave this return's VAT unknown rather than refuse the customer her money: db check names them.
        try {
            const VatReturn reversed = vat_return(vat_lines, returned);
            for (const auto& l : plan.computed.lines) {
                Money vat;
                for (const auto& r : reversed.lines) {
                    if (r.line_index == l.line_index) {
                        vat += r.vat;
                    }
                }
                plan.vat_back.push_back(vat);
            }
        } catch (const InvalidVatInput&) {
            plan.vat_back.clear();
        }
    }
    return plan;
}

Sales::RefundOutcome outcome_of(const Sales::RefundRequest& request, const RefundPlan& plan) {
    Sales::RefundOutcome out;
    out.refund_id = request.refund_id;
    out.money_back = plan.computed.money_back;
    out.kept_for_spent_points = plan.computed.kept_for_spent_points;
    out.points_reversed = plan.computed.points_reversed;
    out.points_restored = plan.computed.points_restored;
    out.receipt_fully_refunded = plan.fully_refunded;
    return out;
}

}  // namespace

Sales::RefundOutcome Sales::preview_refund(const RefundRequest& request, const CompiledRules& rules) {
    try {
        check_request(request);
        auto& db = store_.database().connection();
        // A read transaction: the receipt, earlier returns and the lots are read from one snapshot.
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        if (auto done = committed_refund(db, request)) {
            return *done;
        }
        return outcome_of(request, plan_refund(db, request, rules));
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

Sales::RefundOutcome Sales::refund(const RefundRequest& request, const CompiledRules& rules) {
    try {
        check_request(request);
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (auto done = committed_refund(db, request)) {
            return *done;
        }
        detail::require_open_shift(db, request.shift_id);
        const RefundPlan plan = plan_refund(db, request, rules);
        const RefundResult& computed = plan.computed;
        const std::string& customer = plan.customer;
        const bool fully_refunded = plan.fully_refunded;
        auto insert = db.prepared(
            "INSERT INTO refunds(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, "
            "points_reversed, points_restored, tier_spend, reason, tender, shift_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert->bind(1, request.refund_id);
        insert->bind(2, request.receipt_id);
        insert->bind(3, detail::iso(request.at));
        insert->bind(4, request.cashier_id);
        insert->bind(5, computed.money_back.minor_units());
        insert->bind(6, computed.kept_for_spent_points.minor_units());
        insert->bind(7, computed.points_reversed.value());
        insert->bind(8, computed.points_restored.value());
        insert->bind(9, plan.tier_spend);
        insert->bind(10, request.reason);
        insert->bind(11, detail::payment_method_name(request.tender));
        if (request.shift_id.empty()) {
            insert->bind(12);
        } else {
            insert->bind(12, request.shift_id);
        }
        insert->exec();
        if (request.queue_receipt) {
            detail::queue_print_job(db, PrintJobKind::refund, request.refund_id, false,
                                    request.tender == PaymentLine::Method::cash, request.at);
        }
        auto line = db.prepared(
            "INSERT INTO refund_lines(refund_id, line_no, qty, money_back, redeemed_back, points_reversed, "
            "vat) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < computed.lines.size(); ++i) {
            const auto& l = computed.lines[i];
            line->bind(1, request.refund_id);
            line->bind(2, static_cast<std::int64_t>(l.line_index + 1));
            line->bind(3, l.quantity.thousandths());
            line->bind(4, l.money_back.minor_units());
            line->bind(5, l.redeemed_back.minor_units());
            line->bind(6, l.points_reversed.value());
            if (i < plan.vat_back.size()) {
                line->bind(7, plan.vat_back[i].minor_units());
            } else {
                line->bind(7);
            }
            line->exec();
            line->reset();
            // The goods are back on the shelf.
            detail::move_stock(db, plan.skus[l.line_index], l.quantity, +1);
        }

        if (!customer.empty()) {
            if (computed.points_reversed.value() > 0) {
                const std::string entry = detail::add_ledger_entry(
                    db, customer, "refund_reverse", -computed.points_reversed.value(), request.receipt_id, {},
                    detail::kReasonGoodsReturned, request.cashier_id, request.at);
                take_back(db, entry, customer, request.receipt_id, computed.points_reversed.value(),
                          request.at);
            }
            if (computed.points_restored.value() > 0) {
                detail::add_lot(db, customer, "refund_restore", computed.points_restored.value(),
                                computed.restored_available_at, computed.restored_expires_at,
                                request.receipt_id, {}, detail::kReasonPointsGivenBack, request.cashier_id,
                                request.at);
            }
            auto spend = db.prepared("UPDATE customers SET spend_lifetime = spend_lifetime - ? WHERE id = ?");
            spend->bind(1, plan.tier_spend);
            spend->bind(2, customer);
            spend->exec();
            if (fully_refunded) {
                // The stamp this receipt earned goes back with it (never below zero), as a movement.
                const auto quote = nlohmann::json::parse(plan.quote_text);
                for (const auto& s : quote.at("stamps")) {
                    if (s.at("earned").get<std::int64_t>() > 0) {
                        SQLite::Statement st(db,
                                             "INSERT INTO stamp_movements(id, customer_id, program, change, "
                                             "receipt_id, refund_id, "
                                             "at) SELECT ?1, ?2, ?3, -min(?4, count), ?5, ?6, ?7 FROM stamps "
                                             "WHERE customer_id = ?2 "
                                             "AND program = ?3 AND count > 0");
                        st.bind(1, db.new_id());
                        st.bind(2, customer);
                        st.bind(3, s.at("program").get<std::string>());
                        st.bind(4, s.at("earned").get<std::int64_t>());
                        st.bind(5, request.receipt_id);
                        st.bind(6, request.refund_id);
                        st.bind(7, detail::iso(request.at));
                        st.exec();
                    }
                }
            }
            detail::refresh_balance(db, customer);
        }
        if (fully_refunded) {
            // A coupon used by the receipt can be used again while it is still valid: a give-back row names
            // the use it undoes (uses are written once and travel, docs/sync.md "Coupons").
            std::vector<std::tuple<std::string, std::string, std::string, std::int64_t>> uses;
            {
                SQLite::Statement open(
                    db,
                    "SELECT u.id, u.code, u.program, u.receipt_number FROM coupon_open_uses u "
                    "LEFT JOIN coupons c ON c.code = u.code WHERE u.receipt_id = ? AND "
                    "u.pulled_from IS NULL AND (c.valid_to IS NULL OR c.valid_to >= ?) "
                    "ORDER BY u.code");
                open.bind(1, request.receipt_id);
                open.bind(2, format_date(rules.zone().to_local(request.at).date));
                while (open.executeStep()) {
                    uses.emplace_back(open.getColumn(0).getString(), open.getColumn(1).getString(),
                                      open.getColumn(2).getString(), open.getColumn(3).getInt64());
                }
            }
            for (const auto& [use, code, program, number] : uses) {
                SQLite::Statement back(
                    db,
                    "INSERT INTO coupon_uses(id, code, program, receipt_id, receipt_number, "
                    "discount, gives_back, refund_id, at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)");
                back.bind(1, db.new_id());
                back.bind(2, code);
                back.bind(3, program);
                back.bind(4, request.receipt_id);
                back.bind(5, number);
                back.bind(6, use);
                back.bind(7, request.refund_id);
                back.bind(8, detail::iso(request.at));
                back.exec();
            }
        }
        detail::audit(db, request.at, request.cashier_id, "refund", request.receipt_id, request.reason);
        transaction.commit();
        return outcome_of(request, plan);
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

// ---- returns without a receipt ------------------------------------------------------------------------

namespace {

struct NoReceiptPlanLine {
    std::string sku;
    std::string name;
    Quantity qty;
    Money unit_price;
    Money money_back;
};

// The goods checked against the catalog and each line's money; nothing written.
std::vector<NoReceiptPlanLine> plan_no_receipt(detail::Connection& db,
                                               const Sales::NoReceiptRefundRequest& request) {
    if (request.refund_id.empty()) {
        refused(StoreProblem::return_id_missing);
    }
    if (request.lines.empty()) {
        refused(StoreProblem::return_nothing_chosen);
    }
    std::vector<NoReceiptPlanLine> plan;
    auto product = db.prepared("SELECT name, by_weight FROM products WHERE sku = ?");
    for (const auto& line : request.lines) {
        product->reset();
        product->bind(1, line.sku);
        if (!product->executeStep()) {
            refused(StoreProblem::no_such_product, {line.sku});
        }
        const std::string name = product->getColumn(0).getString();
        const bool by_weight = product->getColumn(1).getInt() == 1;
        if (line.qty.thousandths() <= 0 || (!by_weight && !line.qty.is_whole_pieces())) {
            refused(StoreProblem::return_quantity_invalid, {name});
        }
        if (line.unit_price.minor_units() < 0) {
            refused(StoreProblem::return_price_negative, {name});
        }
        plan.push_back({line.sku, name, line.qty, line.unit_price, line_gross(line.unit_price, line.qty)});
    }
    return plan;
}

// The outcome of a refund id already committed, or nullopt for a new one; an id used for a receipt's return
// is refused rather than answered with that return's figures.
std::optional<Sales::RefundOutcome> committed_no_receipt(detail::Connection& db,
                                                         const std::string& refund_id) {
    auto seen = db.prepared("SELECT receipt_id FROM refunds WHERE id = ?");
    seen->bind(1, refund_id);
    if (!seen->executeStep()) {
        return std::nullopt;
    }
    if (!seen->getColumn(0).isNull()) {
        refused(StoreProblem::return_id_reused_with_receipt);
    }
    return read_refund(db, refund_id);
}

Sales::RefundOutcome no_receipt_outcome(const std::string& refund_id,
                                        const std::vector<NoReceiptPlanLine>& plan) {
    Sales::RefundOutcome out;
    out.refund_id = refund_id;
    for (const auto& line : plan) {
        out.money_back += line.money_back;
    }
    return out;
}

}  // namespace

Sales::RefundOutcome Sales::preview_refund_without_receipt(const NoReceiptRefundRequest& request) {
    return detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        if (auto done = committed_no_receipt(db, request.refund_id)) {
            return *done;
        }
        return no_receipt_outcome(request.refund_id, plan_no_receipt(db, request));
    });
}

Sales::RefundOutcome Sales::refund_without_receipt(const NoReceiptRefundRequest& request) {
    return detail::guarded([&] {
        check_text_length(TextField::return_reason, request.reason);
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (auto done = committed_no_receipt(db, request.refund_id)) {
            return *done;
        }
        detail::require_open_shift(db, request.shift_id);
        const std::vector<NoReceiptPlanLine> plan = plan_no_receipt(db, request);
        if (request.reason.empty()) {
            refused(StoreProblem::return_reason_missing);
        }
        if (request.cashier_id.empty()) {
            refused(StoreProblem::return_cashier_missing);
        }
        {
            // The approval is checked here too, so no caller can write such a return without an owner.
            auto owner = db.prepared("SELECT 1 FROM cashiers WHERE id = ? AND role = 'owner' AND active = 1");
            owner->bind(1, request.approved_by);
            if (!owner->executeStep()) {
                refused(StoreProblem::return_needs_owner);
            }
        }
        if (!request.customer_id.empty()) {
            auto customer = db.prepared("SELECT 1 FROM customers WHERE id = ?");
            customer->bind(1, request.customer_id);
            if (!customer->executeStep()) {
                refused(StoreProblem::no_such_customer);
            }
        }
        const RefundOutcome out = no_receipt_outcome(request.refund_id, plan);
        auto insert = db.prepared(
            "INSERT INTO refunds(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, "
            "points_reversed, points_restored, tier_spend, reason, tender, approved_by, customer_id, "
            "shift_id) "
            "VALUES (?, NULL, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?, ?)");
        insert->bind(1, request.refund_id);
        insert->bind(2, detail::iso(request.at));
        insert->bind(3, request.cashier_id);
        insert->bind(4, out.money_back.minor_units());
        insert->bind(5, request.reason);
        insert->bind(6, detail::payment_method_name(request.tender));
        insert->bind(7, request.approved_by);
        if (request.customer_id.empty()) {
            insert->bind(8);
        } else {
            insert->bind(8, request.customer_id);
        }
        if (request.shift_id.empty()) {
            insert->bind(9);
        } else {
            insert->bind(9, request.shift_id);
        }
        insert->exec();
        if (request.queue_receipt) {
            detail::queue_print_job(db, PrintJobKind::refund, request.refund_id, false,
                                    request.tender == PaymentLine::Method::cash, request.at);
        }
        auto line = db.prepared(
            "INSERT INTO refund_lines(refund_id, line_no, qty, money_back, redeemed_back, points_reversed, "
            "sku, name, unit_price) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)");
        for (std::size_t i = 0; i < plan.size(); ++i) {
            line->bind(1, request.refund_id);
            line->bind(2, static_cast<std::int64_t>(i + 1));
            line->bind(3, plan[i].qty.thousandths());
            line->bind(4, plan[i].money_back.minor_units());
            line->bind(5, plan[i].sku);
            line->bind(6, plan[i].name);
            line->bind(7, plan[i].unit_price.minor_units());
            line->exec();
            line->reset();
            detail::move_stock(db, plan[i].sku, plan[i].qty, +1);  // the goods are back on the shelf
        }
        detail::audit(
            db, request.at, request.approved_by, "refund_without_receipt", request.refund_id,
            "cashier " + request.cashier_id + ", " + std::to_string(out.money_back.minor_units()) +
                " minor units back by " + detail::payment_method_name(request.tender) + ", " +
                std::to_string(plan.size()) + (plan.size() == 1 ? " line" : " lines") +
                (request.customer_id.empty() ? std::string() : ", customer " + request.customer_id) + ": " +
                request.reason);
        transaction.commit();
        return out;
    });
}

}  // namespace kassa::store
