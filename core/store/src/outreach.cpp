// The owner's "called" ticks on the outreach lists: who was called or messaged from which list, by whom and
// when. A tick is a row, an untick deletes the rows of the current window, so the list on screen and the
// audit of who phoned whom stay the same thing.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/store/baskets.hpp"
#include "kassa/store/catalog.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/maintenance.hpp"
#include "kassa/store/personal.hpp"
#include "kassa/store/reports.hpp"
#include "kassa/store/rules_store.hpp"
#include "kassa/store/sales.hpp"
#include "kassa/store/shop.hpp"
#include "kassa/store/staff.hpp"
#include "kassa/store/store.hpp"
#include "ledger_writer.hpp"

namespace kassa::store {

using detail::guarded;
using detail::iso;
using detail::refused;

namespace {

void check_list_name(const std::string& list) {
    const auto& names = list_names();
    if (std::find(names.begin(), names.end(), list) == names.end()) {
        refused(StoreProblem::no_such_list, {list});
    }
}

}  // namespace

void PersonalService::mark_contacted(const std::string& list, const CustomerId& customer_id,
                                     const Actor& actor, Instant at, const std::string& note) {
    guarded([&] {
        check_list_name(list);
        if (actor.empty()) {
            refused(StoreProblem::call_author_missing);
        }
        check_text_length(TextField::call_note, note);
        auto& db = store_.database().connection();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            auto known = db.prepared("SELECT 1 FROM customers WHERE id = ?");
            known->bind(1, customer_id);
            if (!known->executeStep()) {
                refused(StoreProblem::customer_gone_or_erased);
            }
        }
        auto insert = db.prepared(
            "INSERT INTO outreach_contacts(list, customer_id, contacted_at, actor, note) VALUES (?, ?, ?, ?, "
            "?)");
        insert->bind(1, list);
        insert->bind(2, customer_id);
        insert->bind(3, iso(at));
        insert->bind(4, actor);
        insert->bind(5, note);
        insert->exec();
        t.commit();
    });
}

void PersonalService::unmark_contacted(const std::string& list, const CustomerId& customer_id,
                                       Instant since) {
    guarded([&] {
        check_list_name(list);
        auto& db = store_.database().connection();
        SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto remove = db.prepared(
            "DELETE FROM outreach_contacts WHERE list = ? AND customer_id = ? AND contacted_at >= ?");
        remove->bind(1, list);
        remove->bind(2, customer_id);
        remove->bind(3, iso(since));
        remove->exec();
        t.commit();
    });
}

std::vector<OutreachContact> PersonalService::contacts(const std::string& list, Instant since) {
    return guarded([&] {
        check_list_name(list);
        std::vector<OutreachContact> out;
        auto q = store_.database().connection().prepared(
            "SELECT customer_id, contacted_at, actor, note FROM outreach_contacts"
            " WHERE list = ? AND contacted_at >= ? ORDER BY contacted_at, id");
        q->bind(1, list);
        q->bind(2, iso(since));
        while (q->executeStep()) {
            OutreachContact c;
            c.customer_id = q->getColumn(0).getString();
            c.at = parse_timestamp(q->getColumn(1).getString()).instant;
            c.actor = q->getColumn(2).getString();
            c.note = q->getColumn(3).getString();
            out.push_back(std::move(c));
        }
        return out;
    });
}

}  // namespace kassa::store
