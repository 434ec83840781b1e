// The basket on the till's screen, saved whenever it changes (synchronous=FULL: a power cut right after a
// scan still finds it), and baskets held aside for any till to take up.

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

namespace kassa::store {

using detail::guarded;
using detail::refused;

namespace {

HeldBasket read_held(SQLite::Statement& q) {
    HeldBasket b;
    b.id = q.getColumn(0).getString();
    b.label = q.getColumn(1).getString();
    b.cashier_id = q.getColumn(2).getString();
    b.held_at = parse_timestamp(q.getColumn(3).getString()).instant;
    b.document = q.getColumn(4).getString();
    return b;
}

}  // namespace

void Baskets::save_open_basket(const std::string& till_id, const std::string& document, Instant at) {
    guarded([&] {
        if (till_id.empty()) {
            refused(StoreProblem::till_name_missing);
        }
        if (document.empty()) {
            refused(StoreProblem::basket_document_empty);
        }
        // One statement in autocommit mode: its own transaction, written and synced before it returns.
        auto q = store_.database().connection().prepared(
            "INSERT INTO open_baskets(till_id, document, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT(till_id) DO UPDATE SET document = excluded.document, saved_at = excluded.saved_at");
        q->bind(1, till_id);
        q->bind(2, document);
        q->bind(3, detail::iso(at));
        q->exec();
    });
}

std::optional<std::string> Baskets::open_basket(const std::string& till_id) {
    return guarded([&]() -> std::optional<std::string> {
        auto q =
            store_.database().connection().prepared("SELECT document FROM open_baskets WHERE till_id = ?");
        q->bind(1, till_id);
        if (!q->executeStep()) {
            return std::nullopt;
        }
        return q->getColumn(0).getString();
    });
}

void Baskets::clear_open_basket(const std::string& till_id) {
    guarded([&] {
        auto q = store_.database().connection().prepared("DELETE FROM open_baskets WHERE till_id = ?");
        q->bind(1, till_id);
        q->exec();
    });
}

std::string Baskets::hold_basket(const std::string& label, const CashierId& cashier_id,
                                 const std::string& document, Instant at) {
    return guarded([&] {
        check_text_length(TextField::basket_label, label);
        if (document.empty()) {
            refused(StoreProblem::held_basket_empty);
        }
        auto& db = store_.database().connection();
        const std::string id = db.new_id();
        auto q = db.prepared(
            "INSERT INTO held_baskets(id, label, cashier_id, held_at, document) VALUES (?, ?, ?, ?, ?)");
        q->bind(1, id);
        q->bind(2, label);
        q->bind(3, cashier_id);
        q->bind(4, detail::iso(at));
        q->bind(5, document);
        q->exec();
        return id;
    });
}

std::vector<HeldBasket> Baskets::held_baskets() {
    return guarded([&] {
        std::vector<HeldBasket> out;
        auto q = store_.database().connection().prepared(
            "SELECT id, label, cashier_id, held_at, document FROM held_baskets ORDER BY held_at, id");
        while (q->executeStep()) {
            out.push_back(read_held(*q));
        }
        return out;
    });
}

std::optional<HeldBasket> Baskets::take_held_basket(const std::string& id) {
    return guarded([&]() -> std::optional<HeldBasket> {
        // One DELETE ... RETURNING: of two tills taking the same basket, exactly one gets it.
        auto q = store_.database().connection().prepared(
            "DELETE FROM held_baskets WHERE id = ? RETURNING id, label, cashier_id, held_at, document");
        q->bind(1, id);
        if (!q->executeStep()) {
            return std::nullopt;
        }
        HeldBasket taken = read_held(*q);
        // Stepping to the end finishes the DELETE, so it is committed before the basket is handed out.
        while (q->executeStep()) {
        }
        return taken;
    });
}

}  // namespace kassa::store
