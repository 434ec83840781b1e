// Recording edits that travel to the other tills (docs/sync.md, "Edits").

#include "field_changes.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/core/hlc.hpp"
#include "ledger_writer.hpp"

namespace kassa::store::detail {

bool personal_field(const std::string& field) {
    return field == "first_name" || field == "last_name" || field == "phone" || field == "email" ||
           field == "birthday";
}

void record_edit(Connection& db, const Edit& edit, const std::string& actor, Instant at) {
    {
        auto erased = db.prepared("SELECT erased_at IS NOT NULL FROM customers WHERE id = ?");
        erased->bind(1, edit.customer_id);
        if (erased->executeStep() && erased->getColumn(0).getInt() == 1) {
            refused(StoreProblem::customer_gone_or_erased);
        }
    }
    std::string till;
    std::int64_t wall = 0;
    std::int64_t counter = 0;
    {
        auto m =
            db.prepared("SELECT till_id, hlc_wall, hlc_counter FROM sync_membership WHERE recording = 1");
        if (!m->executeStep()) {
            return;  // not a member (or applying pulled rows): nothing travels
        }
        till = m->getColumn(0).getString();
        wall = m->getColumn(1).getInt64();
        counter = m->getColumn(2).getInt64();
    }
    HybridLogicalClock clock(till, wall, counter);
    const HlcStamp stamp = clock.tick(at);
    {
        auto save = db.prepared("UPDATE sync_membership SET hlc_wall = ?, hlc_counter = ?");
        save->bind(1, clock.wall());
        save->bind(2, clock.counter());
        save->exec();
    }
    const char* entity = edit.entity == EditEntity::customer ? "customer" : "card";
    // The change this till knows as the field's latest: this edit was made having seen it.
    std::optional<std::string> prior;
    {
        auto last = db.prepared(
            "SELECT id FROM field_changes WHERE entity = ? AND key = ? AND field = ? ORDER BY hlc DESC LIMIT "
            "1");
        last->bind(1, entity);
        last->bind(2, edit.key);
        last->bind(3, edit.field);
        if (last->executeStep()) {
            prior = last->getColumn(0).getString();
        }
    }
    auto q = db.prepared(
        "INSERT INTO field_changes(id, entity, key, customer_id, field, value, hlc, prior, till_id, actor, "
        "at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, db.new_id());
    q->bind(2, entity);
    q->bind(3, edit.key);
    q->bind(4, edit.customer_id);
    q->bind(5, edit.field);
    if (edit.value) {
        q->bind(6, *edit.value);
    } else {
        q->bind(6);
    }
    q->bind(7, format_hlc(stamp));
    if (prior) {
        q->bind(8, *prior);
    } else {
        q->bind(8);
    }
    q->bind(9, till);
    q->bind(10, actor);
    q->bind(11, iso(at));
    q->exec();
}

namespace {

// The till's next stamp, saved in the caller's transaction; nullopt while the file records nothing for sync.
std::optional<HlcStamp> next_stamp(Connection& db, Instant at) {
    auto m = db.prepared("SELECT till_id, hlc_wall, hlc_counter FROM sync_membership WHERE recording = 1");
    if (!m->executeStep()) {
        return std::nullopt;
    }
    HybridLogicalClock clock(m->getColumn(0).getString(), m->getColumn(1).getInt64(),
                             m->getColumn(2).getInt64());
    m->reset();
    HlcStamp stamp = clock.tick(at);
    auto save = db.prepared("UPDATE sync_membership SET hlc_wall = ?, hlc_counter = ?");
    save->bind(1, clock.wall());
    save->bind(2, clock.counter());
    save->exec();
    return stamp;
}

}  // namespace

void record_attribute(Connection& db, const std::string& customer_id, const std::string& key,
                      const std::optional<std::string>& value, const std::string& actor, Instant at) {
    const auto stamp = next_stamp(db, at);
    if (!stamp) {
        return;
    }
    auto q = db.prepared(
        "INSERT INTO attribute_changes(id, customer_id, key, value, hlc, till_id, actor, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind(1, db.new_id());
    q->bind(2, customer_id);
    q->bind(3, key);
    if (value) {
        q->bind(4, *value);
    } else {
        q->bind(4);
    }
    q->bind(5, format_hlc(*stamp));
    q->bind(6, stamp->till);
    q->bind(7, actor);
    q->bind(8, iso(at));
    q->exec();
}

void scrub_edits(Connection& db, const std::string& customer_id) {
    {
        auto attributes = db.prepared("UPDATE attribute_changes SET value = NULL WHERE customer_id = ?");
        attributes->bind(1, customer_id);
        attributes->exec();
    }
    auto changes = db.prepared(
        "UPDATE field_changes SET value = NULL WHERE customer_id = ? AND entity = 'customer' AND value IS "
        "NOT "
        "NULL AND field IN ('first_name', 'last_name', 'phone', 'email', 'birthday')");
    changes->bind(1, customer_id);
    changes->exec();
    auto lost =
        db.prepared("UPDATE audit_log SET details = '' WHERE action = 'sync.edit_lost' AND subject = ?");
    lost->bind(1, customer_id);
    lost->exec();
    auto conflicts = db.prepared(
        "UPDATE sync_conflicts SET kept = NULL, lost = NULL WHERE kind = 'concurrent_edit' AND subject = ? "
        "AND "
        "other IN ('first_name', 'last_name', 'phone', 'email', 'birthday')");
    conflicts->bind(1, customer_id);
    conflicts->exec();
}

}  // namespace kassa::store::detail
