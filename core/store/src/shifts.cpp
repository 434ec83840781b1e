// Shifts, cash movements and the X and Z reports (shifts.hpp). The figures of a report are read from the
// receipts, payments and refunds that name the shift; a closed shift's rows can no longer change (the
// triggers of migration 8), so its Z report read again later is the Z report that was closed.

#include "kassa/store/shifts.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>
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
#include "kassa/store/text_limits.hpp"
#include "ledger_writer.hpp"
#include "shift_check.hpp"
#include "shift_report.hpp"
#include "vat_by_rate.hpp"

namespace kassa::store {

namespace {

using detail::iso;

[[noreturn]] void refuse(ShiftProblem problem, const std::string& english, std::int64_t value = 0) {
    throw ShiftError(problem, english, value);
}

void check_amount(Money amount, bool zero_allowed) {
    if (amount.minor_units() < 0 || (!zero_allowed && amount.is_zero())) {
        refuse(ShiftProblem::negative_amount, "An amount of cash must be more than zero.");
    }
    if (amount.minor_units() > kMaxDrawerMinorUnits) {
        refuse(ShiftProblem::amount_too_large, "No drawer holds that much cash.");
    }
}

const char* movement_kind_name(CashMovementKind kind) {
    return kind == CashMovementKind::cash_in ? "in" : "out";
}

std::optional<Money> optional_money(const SQLite::Column& c) {
    if (c.isNull()) {
        return std::nullopt;
    }
    return Money::minor(c.getInt64());
}

constexpr const char* kShiftColumns =
    "id, opened_at, opened_by, business_day, opening_float, closed_at, closed_by, z_number, counted_cash, "
    "expected_cash, left_in_drawer";

ShiftSummary read_summary(SQLite::Statement& q) {
    ShiftSummary s;
    s.id = q.getColumn(0).getString();
    s.opened_at = parse_timestamp(q.getColumn(1).getString()).instant;
    s.opened_by = q.getColumn(2).getString();
    s.business_day = parse_date(q.getColumn(3).getString());
    s.opening_float = Money::minor(q.getColumn(4).getInt64());
    if (!q.getColumn(5).isNull()) {
        s.closed_at = parse_timestamp(q.getColumn(5).getString()).instant;
    }
    s.closed_by = q.getColumn(6).getString();
    if (!q.getColumn(7).isNull()) {
        s.z_number = q.getColumn(7).getInt64();
    }
    s.counted_cash = optional_money(q.getColumn(8));
    s.expected_cash = optional_money(q.getColumn(9));
    s.left_in_drawer = optional_money(q.getColumn(10));
    return s;
}

std::optional<ShiftSummary> open_shift_of(detail::Connection& db) {
    SQLite::Statement q(db, std::string("SELECT ") + kShiftColumns + " FROM shifts WHERE closed_at IS NULL");
    if (!q.executeStep()) {
        return std::nullopt;
    }
    return read_summary(q);
}

void add_to(TenderTotals& totals, const std::string& method, Money amount) {
    if (method == "card") {
        totals.card += amount;
    } else if (method == "other") {
        totals.other += amount;
    } else {
        totals.cash += amount;
    }
}

// Every figure of a shift from its rows; `counted` set for a Z.
ShiftReport compute(SQLite::Database& db, const ShiftSummary& shift, Instant at, bool final) {
    ShiftReport r;
    r.shift = shift;
    r.final = final;
    r.at = at;
    const std::string& id = shift.id;
    // The day and time the shift opened bound the rows read (receipts_day, refunds_created): a report reads
    // the shift's receipts, not the shop's years of them. A day before, in case the clock was set back.
    const std::string day = format_date(shift.business_day);
    const std::string since = iso(Instant{shift.opened_at.unix_seconds - 86400});
    {
        SQLite::Statement q(
            db,
            "SELECT p.method, sum(p.amount) FROM payments p JOIN receipts r ON r.id = p.receipt_id "
            "WHERE r.business_day >= date(?, '-1 day') AND r.shift_id = ? GROUP BY p.method");
        q.bind(1, day);
        q.bind(2, id);
        while (q.executeStep()) {
            add_to(r.sales, q.getColumn(0).getString(), Money::minor(q.getColumn(1).getInt64()));
        }
    }
    {
        SQLite::Statement q(db,
                            "SELECT count(*), coalesce(sum(gross), 0), coalesce(sum(discount), 0), "
                            "coalesce(sum(redeemed_points), 0), coalesce(sum(redeemed_money), 0), "
                            "coalesce(sum(payable), 0), coalesce(sum(change), 0), min(number), max(number) "
                            "FROM receipts WHERE business_day >= date(?, '-1 day') AND shift_id = ?");
        q.bind(1, day);
        q.bind(2, id);
        q.executeStep();
        r.receipts = q.getColumn(0).getInt64();
        r.gross = Money::minor(q.getColumn(1).getInt64());
        r.discount = Money::minor(q.getColumn(2).getInt64());
        r.points_redeemed = Points::of(q.getColumn(3).getInt64());
        r.points_redeemed_money = Money::minor(q.getColumn(4).getInt64());
        r.payable = Money::minor(q.getColumn(5).getInt64());
        r.sales.cash -= Money::minor(q.getColumn(6).getInt64());  // change went back out of the drawer
        if (!q.getColumn(7).isNull()) {
            r.first_receipt = q.getColumn(7).getInt64();
            r.last_receipt = q.getColumn(8).getInt64();
        }
    }
    {
        // A return against a receipt made before tenders were recorded gave cash back.
        SQLite::Statement q(db,
                            "SELECT coalesce(tender, 'cash'), count(*), sum(money_back) FROM refunds "
                            "WHERE created_at >= ? AND shift_id = ? GROUP BY 1");
        q.bind(1, since);
        q.bind(2, id);
        while (q.executeStep()) {
            r.returns_count += q.getColumn(1).getInt64();
            add_to(r.returns, q.getColumn(0).getString(), Money::minor(q.getColumn(2).getInt64()));
        }
    }
    {
        std::map<std::string, std::int64_t> by_program;
        SQLite::Statement q(
            db,
            "SELECT l.discounts FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id "
            "WHERE r.business_day >= date(?, '-1 day') AND r.shift_id = ? AND l.discount <> 0");
        q.bind(1, day);
        q.bind(2, id);
        while (q.executeStep()) {
            for (const auto& d : nlohmann::json::parse(q.getColumn(0).getString())) {
                by_program[d.at("program").get<std::string>()] += d.at("amount").get<std::int64_t>();
            }
        }
        for (const auto& [program, amount] : by_program) {
            r.discounts.push_back({program, Money::minor(amount)});
        }
        std::stable_sort(r.discounts.begin(), r.discounts.end(),
                         [](const auto& a, const auto& b) { return a.amount > b.amount; });
    }
    {
        SQLite::Statement q(db,
                            "SELECT id, kind, amount, reason, actor, approved_by, at FROM cash_movements "
                            "WHERE shift_id = ? ORDER BY at, id");
        q.bind(1, id);
        while (q.executeStep()) {
            CashMovement m;
            m.id = q.getColumn(0).getString();
            m.kind =
                q.getColumn(1).getString() == "in" ? CashMovementKind::cash_in : CashMovementKind::cash_out;
            m.amount = Money::minor(q.getColumn(2).getInt64());
            m.reason = q.getColumn(3).getString();
            m.actor = q.getColumn(4).getString();
            m.approved_by = q.getColumn(5).getString();
            m.at = parse_timestamp(q.getColumn(6).getString()).instant;
            (m.kind == CashMovementKind::cash_in ? r.cash_in : r.cash_out) += m.amount;
            r.movements.push_back(std::move(m));
        }
    }
    {
        detail::VatScope scope;
        scope.first_day = format_date(
            std::chrono::year_month_day{std::chrono::sys_days{shift.business_day} - std::chrono::days{1}});
        scope.shift_id = id;
        scope.returns_from = since;
        for (const detail::VatRateSums& s : detail::vat_by_rate(db, scope)) {
            const Money gross = s.sales_gross - s.returns_gross;
            const Money vat = s.sales_vat - s.returns_vat;
            r.vat.push_back(VatRateTotal{s.rate, gross, vat, gross - vat});
        }
    }
    r.expected_cash = shift.opening_float + r.sales.cash - r.returns.cash + r.cash_in - r.cash_out;
    if (final && shift.counted_cash) {
        CashCount counted;
        counted.total = *shift.counted_cash;
        SQLite::Statement q(db, "SELECT counted_by_denomination FROM shifts WHERE id = ?");
        q.bind(1, id);
        if (q.executeStep() && !q.getColumn(0).isNull()) {
            for (const auto& d : nlohmann::json::parse(q.getColumn(0).getString())) {
                counted.by_denomination.push_back(
                    {Money::minor(d.at("value").get<std::int64_t>()), d.at("count").get<std::int64_t>()});
            }
        }
        r.counted = counted;
        r.over_short = counted.total - r.expected_cash;
    }
    return r;
}

detail::Connection& connection_of(Store& store) {
    return store.database().connection();
}

}  // namespace

std::string_view shift_problem_name(ShiftProblem problem) {
    switch (problem) {
        case ShiftProblem::no_open_shift:
            return "no_open_shift";
        case ShiftProblem::already_open:
            return "already_open";
        case ShiftProblem::shift_closed:
            return "shift_closed";
        case ShiftProblem::negative_amount:
            return "negative_amount";
        case ShiftProblem::amount_too_large:
            return "amount_too_large";
        case ShiftProblem::reason_missing:
            return "reason_missing";
        case ShiftProblem::reason_too_long:
            return "reason_too_long";
        case ShiftProblem::left_more_than_counted:
            return "left_more_than_counted";
        case ShiftProblem::unknown_z:
            return "unknown_z";
    }
    return "no_open_shift";
}

ShiftError::ShiftError(ShiftProblem problem, const std::string& english, std::int64_t value)
    : StoreError(FailureKind::invalid, english), problem_(problem), value_(value) {}

namespace detail {

std::optional<ShiftReport> closed_shift_report(SQLite::Database& db, const std::string& shift_id) {
    SQLite::Statement q(
        db, std::string("SELECT ") + kShiftColumns + " FROM shifts WHERE id = ? AND z_number IS NOT NULL");
    q.bind(1, shift_id);
    if (!q.executeStep()) {
        return std::nullopt;
    }
    const ShiftSummary shift = read_summary(q);
    return compute(db, shift, *shift.closed_at, true);
}

void require_open_shift(Connection& db, const std::string& shift_id) {
    if (shift_id.empty()) {
        return;
    }
    auto q = db.prepared("SELECT closed_at IS NULL FROM shifts WHERE id = ?");
    q->bind(1, shift_id);
    if (!q->executeStep() || q->getColumn(0).getInt() == 0) {
        refuse(ShiftProblem::shift_closed, "The shift this sale was started in is closed: open a new shift.");
    }
}

}  // namespace detail

Shifts::Shifts(Store& store) : store_(store) {}

std::optional<ShiftSummary> Shifts::open_shift() {
    return detail::guarded([&] { return open_shift_of(connection_of(store_)); });
}

std::optional<Money> Shifts::proposed_float() {
    return detail::guarded([&]() -> std::optional<Money> {
        SQLite::Statement q(
            connection_of(store_),
            "SELECT left_in_drawer FROM shifts WHERE z_number IS NOT NULL ORDER BY z_number DESC "
            "LIMIT 1");
        if (!q.executeStep()) {
            return std::nullopt;
        }
        return optional_money(q.getColumn(0));
    });
}

ShiftSummary Shifts::open(const std::string& actor, Money opening_float,
                          std::chrono::year_month_day business_day, Instant at) {
    return detail::guarded([&] {
        check_amount(opening_float, true);
        auto& db = connection_of(store_);
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (open_shift_of(db)) {
            refuse(ShiftProblem::already_open, "A shift is open already: close it with a Z report first.");
        }
        const std::string id = db.new_id();
        SQLite::Statement insert(db,
                                 "INSERT INTO shifts(id, opened_at, opened_by, business_day, opening_float) "
                                 "VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, id);
        insert.bind(2, iso(at));
        insert.bind(3, actor);
        insert.bind(4, format_date(business_day));
        insert.bind(5, opening_float.minor_units());
        insert.exec();
        detail::audit(db, at, actor, "shift_opened", id,
                      "float " + std::to_string(opening_float.minor_units()) + " minor units");
        transaction.commit();
        return *open_shift_of(db);
    });
}

CashMovement Shifts::move_cash(CashMovementKind kind, Money amount, const std::string& reason,
                               const std::string& actor, const std::string& approved_by, Instant at) {
    return detail::guarded([&] {
        check_amount(amount, false);
        if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
            refuse(ShiftProblem::reason_missing, "Say why cash goes in or out of the drawer.");
        }
        if (!text_fits(TextField::cash_reason, reason)) {
            refuse(ShiftProblem::reason_too_long,
                   "The reason is longer than " + std::to_string(kMaxCashReasonChars) + " characters.",
                   kMaxCashReasonChars);
        }
        auto& db = connection_of(store_);
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const auto shift = open_shift_of(db);
        if (!shift) {
            refuse(ShiftProblem::no_open_shift, "No shift is open: open one with the counted float first.");
        }
        CashMovement m;
        m.id = db.new_id();
        m.kind = kind;
        m.amount = amount;
        m.reason = reason;
        m.actor = actor;
        m.approved_by = approved_by;
        m.at = at;
        SQLite::Statement insert(db,
                                 "INSERT INTO cash_movements(id, shift_id, at, kind, amount, reason, actor, "
                                 "approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, m.id);
        insert.bind(2, shift->id);
        insert.bind(3, iso(at));
        insert.bind(4, movement_kind_name(kind));
        insert.bind(5, amount.minor_units());
        insert.bind(6, reason);
        insert.bind(7, actor);
        if (!approved_by.empty()) {
            insert.bind(8, approved_by);
        }
        insert.exec();
        detail::audit(db, at, actor, kind == CashMovementKind::cash_in ? "cash_in" : "cash_out", m.id,
                      std::to_string(amount.minor_units()) + " minor units: " + reason +
                          (approved_by.empty() ? "" : ", approved by " + approved_by));
        transaction.commit();
        return m;
    });
}

ShiftReport Shifts::x_report(Instant at) {
    return detail::guarded([&] {
        auto& db = connection_of(store_);
        // One read transaction: the report's figures are of one moment even while the till sells.
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        const auto shift = open_shift_of(db);
        if (!shift) {
            refuse(ShiftProblem::no_open_shift, "No shift is open.");
        }
        ShiftReport report = compute(db, *shift, at, false);
        snapshot.commit();
        return report;
    });
}

ShiftReport Shifts::close(const std::string& actor, const CashCount& counted, Money left_in_drawer,
                          Instant at) {
    return detail::guarded([&] {
        CashCount count = counted;
        if (!count.by_denomination.empty()) {
            Int128 total = 0;
            for (const auto& d : count.by_denomination) {
                if (d.value.minor_units() <= 0 || d.count < 0 || d.count > kMaxDrawerMinorUnits) {
                    refuse(ShiftProblem::negative_amount, "A denomination and its count cannot be negative.");
                }
                total += static_cast<Int128>(d.value.minor_units()) * d.count;
            }
            if (total > kMaxDrawerMinorUnits) {
                refuse(ShiftProblem::amount_too_large, "No drawer holds that much cash.");
            }
            count.total = Money::minor(static_cast<std::int64_t>(total));
        }
        check_amount(count.total, true);
        check_amount(left_in_drawer, true);
        if (left_in_drawer > count.total) {
            refuse(ShiftProblem::left_more_than_counted,
                   "The float left in the drawer is more than was counted.");
        }
        auto& db = connection_of(store_);
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const auto shift = open_shift_of(db);
        if (!shift) {
            refuse(ShiftProblem::no_open_shift, "No shift is open.");
        }
        const ShiftReport before = compute(db, *shift, at, false);
        std::int64_t z_number = 1;
        {
            SQLite::Statement q(db, "SELECT coalesce(max(z_number), 0) + 1 FROM shifts");
            q.executeStep();
            z_number = q.getColumn(0).getInt64();
        }
        std::optional<std::string> denominations;
        if (!count.by_denomination.empty()) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& d : count.by_denomination) {
                list.push_back({{"value", d.value.minor_units()}, {"count", d.count}});
            }
            denominations = list.dump();
        }
        SQLite::Statement update(
            db,
            "UPDATE shifts SET closed_at = ?, closed_by = ?, z_number = ?, counted_cash = ?, "
            "counted_by_denomination = ?, expected_cash = ?, left_in_drawer = ? WHERE id = ?");
        update.bind(1, iso(at));
        update.bind(2, actor);
        update.bind(3, z_number);
        update.bind(4, count.total.minor_units());
        if (denominations) {
            update.bind(5, *denominations);
        }
        update.bind(6, before.expected_cash.minor_units());
        update.bind(7, left_in_drawer.minor_units());
        update.bind(8, shift->id);
        update.exec();
        detail::audit(db, at, actor, "shift_closed", shift->id,
                      "Z " + std::to_string(z_number) + ", counted " +
                          std::to_string(count.total.minor_units()) + ", expected " +
                          std::to_string(before.expected_cash.minor_units()) + " minor units");
        SQLite::Statement reread(db, std::string("SELECT ") + kShiftColumns + " FROM shifts WHERE id = ?");
        reread.bind(1, shift->id);
        reread.executeStep();
        const ShiftSummary closed = read_summary(reread);
        ShiftReport z = compute(db, closed, at, true);
        transaction.commit();
        return z;
    });
}

std::vector<ShiftSummary> Shifts::list(int limit) {
    return detail::guarded([&] {
        std::vector<ShiftSummary> out;
        SQLite::Statement q(connection_of(store_),
                            std::string("SELECT ") + kShiftColumns +
                                " FROM shifts ORDER BY opened_at DESC, z_number DESC LIMIT ?");
        q.bind(1, limit);
        while (q.executeStep()) {
            out.push_back(read_summary(q));
        }
        return out;
    });
}

ShiftReport Shifts::z_report(std::optional<std::int64_t> z_number) {
    return detail::guarded([&] {
        auto& db = connection_of(store_);
        SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
        SQLite::Statement q(
            db, std::string("SELECT ") + kShiftColumns +
                    (z_number ? " FROM shifts WHERE z_number = ?"
                              : " FROM shifts WHERE z_number IS NOT NULL ORDER BY z_number DESC LIMIT 1"));
        if (z_number) {
            q.bind(1, *z_number);
        }
        if (!q.executeStep()) {
            refuse(ShiftProblem::unknown_z,
                   z_number ? "There is no Z report with that number." : "No shift has been closed yet.");
        }
        const ShiftSummary shift = read_summary(q);
        ShiftReport report = compute(db, shift, *shift.closed_at, true);
        snapshot.commit();
        return report;
    });
}

}  // namespace kassa::store
