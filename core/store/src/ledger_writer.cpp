#include "ledger_writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "connection.hpp"
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

namespace kassa::store::detail {

std::string iso(Instant t) {
    static const FixedOffsetZone utc{0};
    return format_timestamp(t, utc);
}

std::string add_ledger_entry(Connection& db, const std::string& customer, const char* kind,
                             std::int64_t points, const std::string& receipt, const std::string& program,
                             const std::string& reason, const std::string& actor, Instant at,
                             std::int64_t* seq_out) {
    // Every writer of the ledger and the audit log names who did it: a tool's free text is bounded here,
    // once for all of them (a refusal rolls back the caller's transaction).
    check_text_length(TextField::actor, actor);
    const std::string id = db.new_id();
    std::int64_t seq = 0;
    {
        auto next = db.prepared("SELECT coalesce(max(seq), 0) + 1 FROM ledger");
        next->executeStep();
        seq = next->getColumn(0).getInt64();
    }
    auto q = db.prepared(
        "INSERT INTO ledger(id, seq, customer_id, kind, points, receipt_id, program, reason, actor, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, id);
    q->bind(2, seq);
    q->bind(3, customer);
    q->bind(4, kind);
    q->bind(5, points);
    if (!receipt.empty()) {
        q->bind(6, receipt);
    }
    q->bind(7, program);
    q->bind(8, reason);
    q->bind(9, actor);
    q->bind(10, iso(at));
    q->exec();
    if (seq_out) {
        *seq_out = seq;
    }
    return id;
}

std::string add_lot(Connection& db, const std::string& customer, const char* kind, std::int64_t points,
                    Instant available, std::optional<Instant> expires, const std::string& receipt,
                    const std::string& program, const std::string& reason, const std::string& actor,
                    Instant at) {
    std::int64_t seq = 0;
    const std::string id =
        add_ledger_entry(db, customer, kind, points, receipt, program, reason, actor, at, &seq);
    auto q = db.prepared(
        "INSERT INTO lots(id, customer_id, points, remaining, available_at, expires_at, ledger_seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, id);
    q->bind(2, customer);
    q->bind(3, points);
    q->bind(4, points);
    q->bind(5, available.unix_seconds);
    if (expires) {
        q->bind(6, expires->unix_seconds);
    }
    q->bind(7, seq);
    q->exec();
    return id;
}

void move_lot(Connection& db, const std::string& entry, const std::string& lot, std::int64_t points) {
    auto update = db.prepared("UPDATE lots SET remaining = remaining + ? WHERE id = ?");
    update->bind(1, points);
    update->bind(2, lot);
    update->exec();
    auto move = db.prepared(
        "INSERT INTO lot_movements(ledger_id, lot_id, points) VALUES (?, ?, ?) "
        "ON CONFLICT(ledger_id, lot_id) DO UPDATE SET points = points + excluded.points");
    move->bind(1, entry);
    move->bind(2, lot);
    move->bind(3, points);
    move->exec();
}

std::vector<Lot> open_lots(Connection& db, const std::string& customer) {
    std::vector<Lot> lots;
    auto q = db.prepared(
        "SELECT id, remaining, available_at, expires_at, ledger_seq FROM lots "
        "WHERE customer_id = ? AND remaining > 0 ORDER BY ledger_seq");
    q->bind(1, customer);
    while (q->executeStep()) {
        Lot lot;
        lot.id = q->getColumn(0).getString();
        lot.points = Points::of(q->getColumn(1).getInt64());
        lot.available_at = Instant{q->getColumn(2).getInt64()};
        if (!q->getColumn(3).isNull()) {
            lot.expires_at = Instant{q->getColumn(3).getInt64()};
        }
        lot.ledger_order = q->getColumn(4).getInt64();
        lots.push_back(std::move(lot));
    }
    return lots;
}

void audit(Connection& db, Instant at, const std::string& actor, const std::string& action,
           const std::string& subject, const std::string& details) {
    check_text_length(TextField::actor, actor);
    auto insert =
        db.prepared("INSERT INTO audit_log(at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, iso(at));
    insert->bind(2, actor);
    insert->bind(3, action);
    insert->bind(4, subject);
    insert->bind(5, details);
    insert->exec();
}

void refresh_balance(Connection& db, const std::string& customer) {
    auto q = db.prepared(
        "UPDATE customers SET balance_cached = "
        "(SELECT coalesce(sum(points), 0) FROM ledger WHERE customer_id = ?1) WHERE id = ?1");
    q->bind(1, customer);
    q->exec();
}

}  // namespace kassa::store::detail
