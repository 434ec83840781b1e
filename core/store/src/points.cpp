// Points outside a sale: the nightly expiry and the owner's corrections.

#include <SQLiteCpp/SQLiteCpp.h>

#include <set>

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

namespace kassa::store {

Maintenance::ExpiryRun Maintenance::run_expiry(Instant now) {
    try {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        ExpiryRun run;
        std::set<std::string> customers;
        struct Expired {
            std::string lot;
            std::string customer;
            std::int64_t remaining;
        };
        std::vector<Expired> expired;
        {
            SQLite::Statement q(
                db,
                "SELECT id, customer_id, remaining FROM lots WHERE remaining > 0 AND expires_at IS NOT "
                "NULL AND expires_at <= ? ORDER BY ledger_seq");
            q.bind(1, now.unix_seconds);
            while (q.executeStep()) {
                expired.push_back(
                    {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64()});
            }
        }
        for (const auto& e : expired) {
            const std::string entry = detail::add_ledger_entry(db, e.customer, "expire", -e.remaining, {}, {},
                                                               detail::kReasonPointsExpired, {}, now);
            detail::move_lot(db, entry, e.lot, -e.remaining);
            customers.insert(e.customer);
            run.points += Points::of(e.remaining);
            ++run.lots;
        }
        for (const auto& c : customers) {
            detail::refresh_balance(db, c);
        }
        run.customers = static_cast<std::int64_t>(customers.size());
        transaction.commit();
        return run;
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

void Customers::adjust_points(const CustomerId& customer_id, Points points, const std::string& reason,
                              const Actor& actor, Instant at, std::optional<Instant> expires_at) {
    try {
        if (reason.empty()) {
            detail::refused(StoreProblem::correction_reason_missing);
        }
        check_text_length(TextField::correction_reason, reason);
        if (points.is_zero()) {
            detail::refused(StoreProblem::correction_zero);
        }
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement exists(db, "SELECT 1 FROM customers WHERE id = ?");
        exists.bind(1, customer_id);
        if (!exists.executeStep()) {
            detail::refused(StoreProblem::no_such_customer);
        }
        if (points.value() > 0) {
            detail::add_lot(db, customer_id, "adjust", points.value(), at, expires_at, {}, {}, reason, actor,
                            at);
        } else {
            const auto lots = detail::open_lots(db, customer_id);
            const Points wanted = Points::of(-points.value());
            const Points available = available_balance(lots, at);
            if (available < wanted) {
                detail::refused(StoreProblem::not_enough_points, {available.value()});
            }
            const std::string entry = detail::add_ledger_entry(db, customer_id, "adjust", points.value(), {},
                                                               {}, reason, actor, at);
            for (const auto& c : consume_fifo(lots, wanted, at)) {
                detail::move_lot(db, entry, lots[c.lot_index].id, -c.points.value());
            }
        }
        detail::refresh_balance(db, customer_id);
        detail::audit(db, at, actor, "points.adjust", customer_id,
                      std::to_string(points.value()) + " " + reason);
        transaction.commit();
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

}  // namespace kassa::store
