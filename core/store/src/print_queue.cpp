#include "kassa/store/print_queue.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

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
#include "ledger_writer.hpp"
#include "print_queue_writer.hpp"

namespace kassa::store {

namespace {

constexpr PrintJobKind kKinds[] = {PrintJobKind::receipt, PrintJobKind::refund, PrintJobKind::x_report,
                                   PrintJobKind::z_report, PrintJobKind::drawer};

}  // namespace

std::string_view print_job_kind_name(PrintJobKind kind) {
    switch (kind) {
        case PrintJobKind::receipt:
            return "receipt";
        case PrintJobKind::refund:
            return "refund";
        case PrintJobKind::x_report:
            return "x_report";
        case PrintJobKind::z_report:
            return "z_report";
        case PrintJobKind::drawer:
            return "drawer";
    }
    return "receipt";
}

std::optional<PrintJobKind> parse_print_job_kind(std::string_view name) {
    for (const PrintJobKind kind : kKinds) {
        if (print_job_kind_name(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

namespace detail {

std::int64_t queue_print_job(Connection& db, PrintJobKind kind, const std::string& subject, bool copy,
                             bool open_drawer, Instant at) {
    auto insert = db.prepared(
        "INSERT INTO print_jobs(created_at, kind, subject, copy, open_drawer) VALUES (?, ?, ?, ?, ?)");
    insert->bind(1, iso(at));
    insert->bind(2, std::string(print_job_kind_name(kind)));
    insert->bind(3, subject);
    insert->bind(4, copy ? 1 : 0);
    insert->bind(5, open_drawer ? 1 : 0);
    insert->exec();
    return db.getLastInsertRowid();
}

}  // namespace detail

PrintQueue::PrintQueue(Store& store) : store_(store) {}

std::int64_t PrintQueue::add(PrintJobKind kind, const std::string& subject, bool copy, bool open_drawer,
                             Instant at) {
    return detail::guarded([&] {
        return detail::queue_print_job(store_.database().connection(), kind, subject, copy, open_drawer, at);
    });
}

std::vector<PrintJob> PrintQueue::waiting(int limit) {
    return detail::guarded([&] {
        std::vector<PrintJob> jobs;
        SQLite::Statement q(store_.database().connection(),
                            "SELECT id, created_at, kind, subject, copy, open_drawer, attempts, last_error "
                            "FROM print_jobs ORDER BY id LIMIT ?");
        q.bind(1, limit);
        while (q.executeStep()) {
            PrintJob job;
            job.id = q.getColumn(0).getInt64();
            job.created_at = parse_timestamp(q.getColumn(1).getString()).instant;
            job.kind = parse_print_job_kind(q.getColumn(2).getString()).value_or(PrintJobKind::receipt);
            job.subject = q.getColumn(3).getString();
            job.copy = q.getColumn(4).getInt() != 0;
            job.open_drawer = q.getColumn(5).getInt() != 0;
            job.attempts = q.getColumn(6).getInt();
            job.last_error = q.getColumn(7).getString();
            jobs.push_back(std::move(job));
        }
        return jobs;
    });
}

std::int64_t PrintQueue::count() {
    return detail::guarded([&] {
        return store_.database().connection().execAndGet("SELECT count(*) FROM print_jobs").getInt64();
    });
}

void PrintQueue::done(std::int64_t id) {
    detail::guarded([&] {
        SQLite::Statement q(store_.database().connection(), "DELETE FROM print_jobs WHERE id = ?");
        q.bind(1, id);
        q.exec();
    });
}

void PrintQueue::failed(std::int64_t id, std::string_view reason) {
    detail::guarded([&] {
        SQLite::Statement q(store_.database().connection(),
                            "UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ?");
        q.bind(1, std::string(reason));
        q.bind(2, id);
        q.exec();
    });
}

std::optional<RefundSlip> PrintQueue::refund_slip(const std::string& refund_id) {
    return detail::guarded([&]() -> std::optional<RefundSlip> {
        auto& db = store_.database().connection();
        SQLite::Statement q(
            db,
            "SELECT f.created_at, r.number, coalesce(f.tender, 'cash'), f.money_back FROM refunds f "
            "LEFT JOIN receipts r ON r.id = f.receipt_id WHERE f.id = ?");
        q.bind(1, refund_id);
        if (!q.executeStep()) {
            return std::nullopt;
        }
        RefundSlip slip;
        slip.refund_id = refund_id;
        slip.at = parse_timestamp(q.getColumn(0).getString()).instant;
        if (!q.getColumn(1).isNull()) {
            slip.receipt_number = q.getColumn(1).getInt64();
        }
        slip.tender = q.getColumn(2).getString();
        slip.money_back = Money::minor(q.getColumn(3).getInt64());
        SQLite::Statement lines(
            db,
            "SELECT coalesce(x.name, l.name, x.sku, l.sku, ''), x.qty, x.money_back, "
            "coalesce(x.vat, 0) FROM refund_lines x JOIN refunds f ON f.id = x.refund_id "
            "LEFT JOIN receipt_lines l ON l.receipt_id = f.receipt_id AND l.line_no = x.line_no "
            "WHERE x.refund_id = ? ORDER BY x.line_no");
        lines.bind(1, refund_id);
        while (lines.executeStep()) {
            slip.lines.push_back({lines.getColumn(0).getString(),
                                  Quantity::thousandths(lines.getColumn(1).getInt64()),
                                  Money::minor(lines.getColumn(2).getInt64())});
            slip.vat += Money::minor(lines.getColumn(3).getInt64());
        }
        return slip;
    });
}

}  // namespace kassa::store
