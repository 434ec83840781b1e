// A customer's own data: export on request, and erasure that keeps the shop's books whole.

#include <SQLiteCpp/SQLiteCpp.h>

#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "customer_writer.hpp"
#include "field_changes.hpp"
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

namespace {

nlohmann::json column(const SQLite::Column& c) {
    if (c.isNull()) {
        return nullptr;
    }
    if (c.isInteger()) {
        return c.getInt64();
    }
    return c.getString();
}

// Every row of a query as an object keyed by column name.
nlohmann::json rows(detail::Connection& db, const std::string& sql, const std::string& customer) {
    nlohmann::json out = nlohmann::json::array();
    SQLite::Statement q(db, sql);
    q.bind(1, customer);
    while (q.executeStep()) {
        nlohmann::json row = nlohmann::json::object();
        for (int i = 0; i < q.getColumnCount(); ++i) {
            row[q.getColumnName(i)] = column(q.getColumn(i));
        }
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace

std::string Customers::export_customer(const std::string& customer_id) {
    try {
        auto& db = store_.database().connection();
        SQLite::Transaction snapshot(db);  // one consistent view of all the tables
        nlohmann::json doc;
        const auto person =
            rows(db,
                 "SELECT id, first_name, last_name, phone, email, birthday, created_at, "
                 "personal_consent, sms_consent, email_consent, purchases_count, spend_lifetime, "
                 "balance_cached AS points_balance, erased_at FROM customers WHERE id = ?",
                 customer_id);
        if (person.empty()) {
            detail::refused(StoreProblem::no_such_customer);
        }
        doc["customer"] = person.front();
        doc["consents"] =
            rows(db, "SELECT kind, given, at, source FROM consents WHERE customer_id = ? ORDER BY id",
                 customer_id);
        doc["cards"] =
            rows(db, "SELECT number, status, issued_at FROM cards WHERE customer_id = ? ORDER BY issued_at",
                 customer_id);
        doc["segments"] = rows(
            db, "SELECT segment FROM customer_segments WHERE customer_id = ? ORDER BY segment", customer_id);
        doc["points_ledger"] =
            rows(db,
                 "SELECT created_at, kind, points, receipt_id, program, reason FROM ledger "
                 "WHERE customer_id = ? ORDER BY seq",
                 customer_id);
        doc["receipts"] = rows(db,
                               "SELECT id, number, created_at, gross, discount, payable, redeemed_points, "
                               "points_earned FROM receipts WHERE customer_id = ? ORDER BY created_at",
                               customer_id);
        doc["notes"] = rows(db,
                            "SELECT created_at, author, text FROM customer_notes WHERE customer_id = ? "
                            "ORDER BY created_at, id",
                            customer_id);
        doc["attributes"] = rows(
            db, "SELECT key, value, updated_at FROM customer_attributes WHERE customer_id = ? ORDER BY key",
            customer_id);
        doc["complaints"] =
            rows(db,
                 "SELECT id, created_at, receipt_id, reason, resolution, points FROM complaints "
                 "WHERE customer_id = ? ORDER BY created_at, id",
                 customer_id);
        snapshot.commit();
        return doc.dump(2);
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

void Customers::erase_customer(const CustomerId& customer_id, const Actor& actor, Instant at) {
    try {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            auto here = db.prepared("SELECT 1 FROM customers WHERE id = ? AND erased_at IS NULL");
            here->bind(1, customer_id.value());
            if (!here->executeStep()) {
                detail::refused(StoreProblem::customer_gone_or_erased);
            }
        }
        // One change travels: every till erases her, and the erasure wins over any edit (docs/sync.md).
        detail::record_edit(
            db,
            detail::Edit{detail::EditEntity::customer, customer_id, customer_id, "erased", detail::iso(at)},
            actor, at);
        SQLite::Statement erase(
            db,
            "UPDATE customers SET first_name = '', last_name = '', first_folded = '', "
            "last_folded = '', phone = NULL, email = NULL, birthday = NULL, personal_consent = 0, "
            "sms_consent = 0, email_consent = 0, erased_at = ? WHERE id = ? AND erased_at IS NULL");
        erase.bind(1, detail::iso(at));
        erase.bind(2, customer_id);
        if (erase.exec() == 0) {
            detail::refused(StoreProblem::customer_gone_or_erased);
        }
        for (const auto kind : {ConsentKind::personal_data, ConsentKind::sms, ConsentKind::email}) {
            detail::insert_consent(db, customer_id, kind, false, "erasure", at);
        }
        // A card left active would still point at the person who carried it.
        SQLite::Statement cards(db, "UPDATE cards SET status = 'blocked' WHERE customer_id = ?");
        cards.bind(1, customer_id);
        cards.exec();
        // Notes and attributes are personal data kept only with consent; complaints stay with the books (a
        // points credit is in the ledger) but now belong to an anonymous customer.
        for (const char* sql : {"DELETE FROM customer_notes WHERE customer_id = ?",
                                "DELETE FROM customer_attributes WHERE customer_id = ?"}) {
            SQLite::Statement q(db, sql);
            q.bind(1, customer_id);
            q.exec();
        }
        detail::scrub_edits(db, customer_id);
        detail::audit(db, at, actor, "customer.erase", customer_id, "");
        transaction.commit();
    } catch (const StoreError&) {
        throw;
    } catch (const std::exception& e) {
        rethrow_as_store_error(e);
    }
}

}  // namespace kassa::store
