#include "kassa/till/shift_desk.hpp"

#include <cstdio>

#include "kassa/core/messages.hpp"
#include "kassa/store/print_queue.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "paper_text.hpp"

namespace kassa::till {

ShiftDesk::ShiftDesk(TillSession& session) : session_(session), shifts_(session.store()) {}

std::chrono::year_month_day ShiftDesk::today() const {
    return session_.rules().zone().to_local(session_.clock().now()).date;
}

Notice ShiftDesk::refusal(const store::StoreError& e) const {
    if (const auto* shift = dynamic_cast<const store::ShiftError*>(&e)) {
        // The figure a problem names (the longest reason) travels as the detail for the screen's sentence.
        return {Outcome::shift_refused,
                shift->value() != 0 ? std::to_string(shift->value()) : std::string(),
                {},
                shift->problem()};
    }
    return store_failure(e);
}

ShiftStatus ShiftDesk::status() {
    const auto shift = current();
    if (!shift) {
        return ShiftStatus::none;
    }
    return std::chrono::sys_days{shift->business_day} < std::chrono::sys_days{today()}
               ? ShiftStatus::carried_over
               : ShiftStatus::open;
}

std::optional<store::ShiftSummary> ShiftDesk::current() {
    try {
        return shifts_.open_shift();
    } catch (const store::StoreError&) {
        return std::nullopt;  // the next sale says what is wrong with the file
    }
}

std::optional<Money> ShiftDesk::proposed_float() {
    try {
        return shifts_.proposed_float();
    } catch (const store::StoreError&) {
        return std::nullopt;
    }
}

Notice ShiftDesk::open(Money opening_float) {
    const auto& cashier = session_.cashier();
    if (!cashier) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        shifts_.open(cashier->id, opening_float, today(), session_.clock().now());
        return {Outcome::shift_opened, {}, {}};
    } catch (const store::StoreError& e) {
        return refusal(e);
    }
}

Notice ShiftDesk::move_cash(store::CashMovementKind kind, Money amount, const std::string& reason,
                            const std::string& owner_pin) {
    const auto& cashier = session_.cashier();
    if (!cashier) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        std::string approved_by;
        if (amount > session_.store().shop().settings().cash_movement_limit && !session_.is_owner()) {
            const Notice approval = session_.owner_approval(
                owner_pin,
                kind == store::CashMovementKind::cash_in ? "cash_in_approved" : "cash_out_approved",
                std::to_string(amount.minor_units()));
            if (approval.outcome != Outcome::ok) {
                return approval;
            }
            approved_by = approval.detail;
        }
        shifts_.move_cash(kind, amount, reason, cashier->id, approved_by, session_.clock().now());
    } catch (const store::StoreError& e) {
        return refusal(e);
    }
    // The cash goes into or out of the drawer now, so the drawer opens. The movement is already recorded:
    // a queue that fails must not turn it into a refusal (the cashier would record it twice); "no sale"
    // opens the drawer then.
    if (session_.settings().queue_receipts) {
        try {
            store::PrintQueue(session_.store())
                .add(store::PrintJobKind::drawer, {}, false, true, session_.clock().now());
        } catch (const store::StoreError&) {
        }
    }
    return {Outcome::cash_moved, {}, {}};
}

std::optional<store::ShiftReport> ShiftDesk::x_report(Notice* why) {
    try {
        return shifts_.x_report(session_.clock().now());
    } catch (const store::StoreError& e) {
        if (why != nullptr) {
            *why = refusal(e);
        }
        return std::nullopt;
    }
}

Notice ShiftDesk::close(const store::CashCount& counted, Money left_in_drawer) {
    const auto& cashier = session_.cashier();
    if (!cashier) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        last_z_ = shifts_.close(cashier->id, counted, left_in_drawer, session_.clock().now());
        if (session_.settings().queue_receipts) {
            store::PrintQueue(session_.store())
                .add(store::PrintJobKind::z_report, std::to_string(*last_z_->shift.z_number), false, false,
                     session_.clock().now());
        }
        return {Outcome::shift_closed, std::to_string(*last_z_->shift.z_number), {}};
    } catch (const store::StoreError& e) {
        return refusal(e);
    }
}

Notice ShiftDesk::open_drawer(const std::string& owner_pin) {
    if (!session_.cashier()) {
        return {Outcome::not_logged_in, {}, {}};
    }
    const Notice approval = session_.owner_approval(owner_pin, "drawer_opened", "no sale");
    if (approval.outcome != Outcome::ok) {
        return approval;
    }
    if (session_.settings().queue_receipts) {
        try {
            store::PrintQueue(session_.store())
                .add(store::PrintJobKind::drawer, {}, false, true, session_.clock().now());
        } catch (const store::StoreError& e) {
            return refusal(e);
        }
    }
    return {Outcome::drawer_opened, {}, {}};
}

std::optional<std::int64_t> ShiftDesk::last_receipt_number() const {
    if (const auto& sale = session_.last_sale()) {
        return sale->receipt_number;
    }
    return std::nullopt;
}

Notice ShiftDesk::print_x() {
    if (!session_.cashier()) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        if (!shifts_.open_shift()) {
            return {Outcome::shift_refused, {}, {}, store::ShiftProblem::no_open_shift};
        }
        store::PrintQueue(session_.store())
            .add(store::PrintJobKind::x_report, {}, false, false, session_.clock().now());
        return {Outcome::ok, {}, {}};
    } catch (const store::StoreError& e) {
        return refusal(e);
    }
}

Notice ShiftDesk::reprint(std::int64_t receipt_number) {
    const auto& cashier = session_.cashier();
    if (!cashier) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        const auto receipt = session_.store().sales().receipt_by_number(receipt_number);
        if (!receipt) {
            return {Outcome::receipt_not_found, std::to_string(receipt_number), {}};
        }
        store::PrintQueue(session_.store())
            .add(store::PrintJobKind::receipt, receipt->id, true, false, session_.clock().now());
        session_.store().staff().audit(
            store::Actor{cashier->id}, "receipt_reprinted", receipt->id,
            "receipt " + std::to_string(receipt_number) + " printed again, marked COPY",
            session_.clock().now());
        return {Outcome::ok, std::to_string(receipt_number), {}};
    } catch (const store::StoreError& e) {
        return refusal(e);
    }
}

Notice ShiftDesk::reprint_z(std::int64_t z_number) {
    const auto& cashier = session_.cashier();
    if (!cashier) {
        return {Outcome::not_logged_in, {}, {}};
    }
    try {
        // Asked first: the printer thread would find no such Z and drop the job without a word.
        shifts_.z_report(z_number);
        const std::string number = std::to_string(z_number);
        store::PrintQueue(session_.store())
            .add(store::PrintJobKind::z_report, number, true, false, session_.clock().now());
        session_.store().staff().audit(store::Actor{cashier->id}, "z_report_reprinted", number,
                                       "Z report " + number + " printed again, marked COPY",
                                       session_.clock().now());
        return {Outcome::ok, number, {}};
    } catch (const store::StoreError& e) {
        return refusal(e);
    }
}

}  // namespace kassa::till

namespace kassa::till {

namespace {

std::string local_time(Instant at, const TimeZone& zone) {
    const LocalDateTime local = zone.to_local(at);
    const unsigned minutes = static_cast<unsigned>(local.seconds_of_day / 60) % (24 * 60);
    char hh_mm[16];
    std::snprintf(hh_mm, sizeof hh_mm, "%02u:%02u", minutes / 60, minutes % 60);
    return format_date(local.date) + " " + hh_mm;
}

}  // namespace

std::vector<std::string> render_shift_report(const store::ShiftReport& report,
                                             const ShiftReportLabels& labels, const std::string& shop_name,
                                             const TimeZone& zone, int currency_digits, Language language) {
    using paper::centred;
    using paper::spread;
    const auto money = [&](Money m) { return format_money(m, currency_digits, language); };
    const std::string rule(paper::kWidth, '-');
    std::vector<std::string> p;
    if (!shop_name.empty()) {
        p.push_back(centred(shop_name));
    }
    p.push_back(centred(report.final
                            ? labels.z_report + " " + std::to_string(report.shift.z_number.value_or(0))
                            : labels.x_report));
    p.push_back(spread(labels.opened, local_time(report.shift.opened_at, zone)));
    if (report.final && report.shift.closed_at) {
        p.push_back(spread(labels.closed, local_time(*report.shift.closed_at, zone)));
    } else {
        p.push_back(spread(report.final ? labels.closed : labels.x_report, local_time(report.at, zone)));
    }
    p.push_back(rule);
    p.push_back(labels.sales);
    p.push_back(spread("  " + labels.cash, money(report.sales.cash)));
    p.push_back(spread("  " + labels.card, money(report.sales.card)));
    if (!report.sales.other.is_zero()) {
        p.push_back(spread("  " + labels.other, money(report.sales.other)));
    }
    p.push_back(labels.returns);
    p.push_back(spread("  " + labels.cash, money(-report.returns.cash)));
    p.push_back(spread("  " + labels.card, money(-report.returns.card)));
    if (!report.returns.other.is_zero()) {
        p.push_back(spread("  " + labels.other, money(-report.returns.other)));
    }
    p.push_back(rule);
    p.push_back(spread(labels.gross, money(report.gross)));
    p.push_back(spread(labels.discounts, money(-report.discount)));
    for (const auto& d : report.discounts) {
        p.push_back(spread("  " + d.program, money(-d.amount)));
    }
    p.push_back(spread(labels.points_redeemed, money(-report.points_redeemed_money)));
    p.push_back(spread(labels.total, money(report.payable)));
    p.push_back(spread(labels.receipts, std::to_string(report.receipts)));
    if (report.first_receipt) {
        p.push_back(spread(labels.first_last, std::to_string(*report.first_receipt) + "-" +
                                                  std::to_string(*report.last_receipt)));
    }
    p.push_back(spread(labels.returns_count, std::to_string(report.returns_count)));
    if (!report.vat.empty()) {
        p.push_back(rule);
        p.push_back(labels.vat);
        for (const auto& row : report.vat) {
            const std::string rate =
                row.rate.is_exempt() ? labels.vat_exempt : paper::vat_percent(row.rate, language);
            p.push_back(spread("  " + rate + "  " + money(row.gross), money(row.vat)));
        }
    }
    p.push_back(rule);
    p.push_back(spread(labels.opening_float, money(report.shift.opening_float)));
    p.push_back(spread(labels.cash_in, money(report.cash_in)));
    p.push_back(spread(labels.cash_out, money(-report.cash_out)));
    p.push_back(spread(labels.expected_cash, money(report.expected_cash)));
    if (report.counted) {
        for (const auto& d : report.counted->by_denomination) {
            if (d.count != 0) {
                p.push_back(spread("  " + std::to_string(d.count) + " x " + money(d.value),
                                   money(Money::minor(d.value.minor_units() * d.count))));
            }
        }
        p.push_back(spread(labels.counted_cash, money(report.counted->total)));
        const Money diff = report.over_short.value_or(Money::zero());
        p.push_back(spread(labels.over_short, (diff > Money::zero() ? "+" : "") + money(diff)));
        if (report.shift.left_in_drawer) {
            p.push_back(spread(labels.left_in_drawer, money(*report.shift.left_in_drawer)));
        }
    } else if (report.final) {
        p.push_back(labels.not_counted);
    }
    return p;
}

}  // namespace kassa::till
