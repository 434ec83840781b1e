// db check and backup: the owner's and support's proof that the shop's file is sound.

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <tuple>

#include <filesystem>

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

namespace kassa::store {

std::vector<std::string> Maintenance::check() {
    try {
        auto& db = store_.database().connection();
        std::vector<std::string> problems;
        SQLite::Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const std::string line = integrity.getColumn(0).getString();
            if (line != "ok") {
                problems.push_back("integrity: " + line);
            }
        }
        SQLite::Statement fk(db, "PRAGMA foreign_key_check");
        while (fk.executeStep()) {
            problems.push_back("foreign key: a row of " + fk.getColumn(0).getString() + " (rowid " +
                               fk.getColumn(1).getString() + ") points to a missing row of " +
                               fk.getColumn(2).getString());
        }
        SQLite::Statement balances(db,
                                   "SELECT c.id, c.balance_cached, coalesce(sum(l.points), 0) AS ledger "
                                   "FROM customers c LEFT JOIN ledger l ON l.customer_id = c.id "
                                   "GROUP BY c.id HAVING c.balance_cached <> ledger");
        while (balances.executeStep()) {
            problems.push_back("balance: customer " + balances.getColumn(0).getString() + " shows " +
                               balances.getColumn(1).getString() + " points but the ledger sums to " +
                               balances.getColumn(2).getString());
        }
        // The cards and segments every lookup reads off the customer's row are those in their tables (the
        // triggers of migration 6 keep them so; a change made by hand with the triggers dropped would not).
        // The folded lists have no order: equal total length and every entry present means the same entries.
        for (const auto& [what, entry, table, column] :
             {std::tuple{"cards", "number || char(31) || status || char(31) || issued_at", "cards",
                         "cards_folded"},
              std::tuple{"segments", "segment", "customer_segments", "segments_folded"}}) {
            const std::string sql = std::string("SELECT c.id FROM customers c WHERE coalesce(length(c.") +
                                    column + "), 0) <> coalesce((SELECT sum(length(" + entry +
                                    ") + 1) - 1 FROM " + table +
                                    " WHERE customer_id = c.id), 0) OR EXISTS (SELECT 1 FROM " + table +
                                    " WHERE customer_id = c.id AND instr(char(30) || c." + column +
                                    " || char(30), char(30) || " + entry + " || char(30)) = 0)";
            SQLite::Statement folded(db, sql);
            while (folded.executeStep()) {
                problems.push_back("customer " + folded.getColumn(0).getString() + ": the " + what +
                                   " kept with her row differ from the " + what + " table");
            }
        }
        // Every lot's remainder is its accrual less what redemptions and expiry took from it.
        SQLite::Statement lots(db,
                               "SELECT o.id, o.remaining, o.points + coalesce(sum(m.points), 0) FROM lots o "
                               "LEFT JOIN lot_movements m ON m.lot_id = o.id GROUP BY o.id "
                               "HAVING o.remaining <> o.points + coalesce(sum(m.points), 0)");
        while (lots.executeStep()) {
            problems.push_back("lot: " + lots.getColumn(0).getString() + " keeps " +
                               lots.getColumn(1).getString() + " points but its movements leave " +
                               lots.getColumn(2).getString());
        }
        // The available balance can never exceed the ledger sum, and lots hold only what the ledger gave.
        SQLite::Statement receipts(
            db,
            "SELECT r.id FROM receipts r LEFT JOIN receipt_lines l ON l.receipt_id = r.id "
            "GROUP BY r.id HAVING count(l.line_no) = 0 OR r.net <> coalesce(sum(l.net), 0)");
        while (receipts.executeStep()) {
            problems.push_back("receipt: " + receipts.getColumn(0).getString() +
                               " has no lines or its lines do not add up to its total");
        }
        // A coupon used or given back at this till names a receipt of this file (a pulled one's receipt stays
        // at its till), and a give-back names its use's receipt.
        SQLite::Statement uses(
            db,
            "SELECT u.id, u.code FROM coupon_uses u LEFT JOIN coupon_uses b ON b.id = "
            "u.gives_back WHERE (u.pulled_from IS NULL AND NOT EXISTS (SELECT 1 FROM "
            "receipts r WHERE r.id = u.receipt_id)) OR (b.id IS NOT NULL AND b.receipt_id <> "
            "u.receipt_id)");
        while (uses.executeStep()) {
            problems.push_back("coupon: the use " + uses.getColumn(0).getString() + " of " +
                               uses.getColumn(1).getString() + " names a receipt that is not its own");
        }
        // A stamp count is the sum of its movements (the triggers of migration 12 keep it so).
        SQLite::Statement stamps(
            db,
            "SELECT customer_id, program, sum(c) FROM (SELECT customer_id, program, count AS c FROM stamps "
            "UNION "
            "ALL SELECT customer_id, program, -change FROM stamp_movements) GROUP BY customer_id, program "
            "HAVING sum(c) <> 0");
        while (stamps.executeStep()) {
            problems.push_back("stamps: customer " + stamps.getColumn(0).getString() + " has a count of " +
                               stamps.getColumn(1).getString() +
                               " that her stamp movements do not add up to");
        }
        return problems;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

void Maintenance::backup(const std::string& destination) {
    try {
        namespace fs = std::filesystem;
        const fs::path target(destination);
        const fs::path partial = target.string() + ".partial";
        fs::remove(partial);
        {
            SQLite::Database copy(partial.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup job(copy, store_.database().connection());
            job.executeStep();  // all pages in one step: a shop's file is small and the copy stays consistent
            copy.exec("PRAGMA journal_mode = DELETE");  // one self-contained file, no -wal beside it
            if (copy.execAndGet("PRAGMA integrity_check").getString() != "ok") {
                throw StoreError(FailureKind::corrupt,
                                 "The backup could not be verified; the old backup was kept.");
            }
        }
        // Rename last: a half-written backup never takes the name of a good one.
        fs::rename(partial, target);
    } catch (const StoreError&) {
        throw;
    } catch (const std::filesystem::filesystem_error& e) {
        throw StoreError(FailureKind::read_only, "The backup could not be written to " + destination + " (" +
                                                     e.code().message() + ").");
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

}  // namespace kassa::store
