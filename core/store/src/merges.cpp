// Merging two customers (docs/sync.md, "Conflicts").

#include "kassa/store/merges.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "connection.hpp"
#include "guarded.hpp"
#include "kassa/store/problem.hpp"
#include "kassa/store/text_limits.hpp"
#include "ledger_writer.hpp"
#include "merge_writer.hpp"

namespace kassa::store {

namespace detail {

namespace {

std::int64_t run(Connection& db, const char* sql, const std::string& kept, const std::string& merged) {
    auto q = db.prepared(sql);
    q->bind(1, kept);
    q->bind(2, merged);
    return q->exec();
}

bool customer_exists(Connection& db, const std::string& id) {
    auto q = db.prepared("SELECT 1 FROM customers WHERE id = ?");
    q->bind(1, id);
    return q->executeStep();
}

}  // namespace

std::string surviving_customer(Connection& db, const std::string& id) {
    std::string current = id;
    // A chain is as long as the merges made one after another; the bound only stops a loop a hand-edited
    // file could hold.
    for (int step = 0; step < 1000; ++step) {
        auto q = db.prepared("SELECT merged_into FROM customers WHERE id = ?");
        q->bind(1, current);
        if (!q->executeStep() || q->getColumn(0).isNull()) {
            return current;
        }
        current = q->getColumn(0).getString();
    }
    return current;
}

MergeResult apply_merge(Connection& db, const CustomerMerge& merge, const std::string& from_till) {
    MergeResult result;
    result.merge_id = merge.id;
    {
        auto known = db.prepared("SELECT 1 FROM customer_merges WHERE id = ?");
        known->bind(1, merge.id);
        if (known->executeStep()) {
            return result;  // applied before: a pull seen twice, a merge pushed back
        }
    }
    const std::string when = iso(merge.at);
    {
        auto record = db.prepared(
            "INSERT INTO customer_merges(id, kept_id, merged_id, actor, merged_at) VALUES (?, ?, ?, ?, ?)");
        record->bind(1, merge.id);
        record->bind(2, merge.kept_id);
        record->bind(3, merge.merged_id);
        record->bind(4, merge.actor);
        record->bind(5, when);
        record->exec();
    }
    // The same two customers merged the opposite way round at another till that had not seen this merge (A
    // into B there, B into A here): the merge with the smaller id wins at every till (UUIDv7: the one made
    // first, and never a tie), and the pair is listed for the owner.
    {
        auto opposite = db.prepared(
            "SELECT id, coalesce(freed_phone, '') FROM customer_merges WHERE kept_id = ? AND merged_id = ? "
            "ORDER BY id LIMIT 1");
        opposite->bind(1, merge.merged_id);
        opposite->bind(2, merge.kept_id);
        if (opposite->executeStep()) {
            const std::string other = opposite->getColumn(0).getString();
            const std::string freed_phone = opposite->getColumn(1).getString();
            opposite->reset();
            const std::string& winner = std::min(merge.id, other);
            const std::string& loser = std::max(merge.id, other);
            auto listed = db.prepared(
                "INSERT INTO sync_conflicts(found_at, kind, subject, other, identity) "
                "VALUES (?, 'opposite_merge', ?, ?, ?)");
            listed->bind(1, when);
            listed->bind(2, winner);
            listed->bind(3, loser);
            listed->bind(4, "opposite_merge/" + winner + "/" + loser);
            listed->exec();
            if (winner == other) {
                return result;  // the merge applied here stays: this one is only recorded
            }
            // This merge wins over the one applied here: the customer that one merged away comes back (with
            // the phone it freed, unless someone has it now), and this merge moves everything to her.
            auto back = db.prepared(
                "UPDATE customers SET merged_into = NULL, phone = CASE WHEN phone IS NULL AND ?3 <> '' AND "
                "NOT "
                "EXISTS (SELECT 1 FROM customers WHERE phone = ?3) THEN ?3 ELSE phone END "
                "WHERE id = ?1 AND merged_into = ?2");
            back->bind(1, merge.kept_id);
            back->bind(2, merge.merged_id);
            back->bind(3, freed_phone);
            back->exec();
        }
    }
    // Two tills may have merged the same customers (or one into a third) without seeing each other: each
    // side is taken as whom she survives as, and a merge of a customer into herself is only recorded.
    const std::string kept = surviving_customer(db, merge.kept_id);
    const std::string merged = surviving_customer(db, merge.merged_id);
    if (kept == merged) {
        return result;
    }
    // What a merge does to the two customers' fields (the phone freed, what the kept one lacked, her consent
    // flags) follows from the merge record at every till that applies it, so it is not recorded as edits that
    // travel (docs/sync.md, "Edits"): while the merge runs, the file records nothing for sync, as during a
    // pull. The merge record itself was queued above; a failure rolls the caller's transaction back whole.
    int recording = 0;
    {
        auto q = db.prepared("SELECT recording FROM sync_membership");
        if (q->executeStep()) {
            recording = q->getColumn(0).getInt();
        }
    }
    db.prepared("UPDATE sync_membership SET recording = 0")->exec();

    // The conflicts this merge settles: the two customers enrolled with one phone or one card. Read before
    // the phone and the cards move.
    {
        auto settle = db.prepared(R"sql(
UPDATE sync_conflicts SET resolved_at = ?3, resolved_by = ?4, resolution = 'merged'
WHERE resolved_at IS NULL AND (
    (kind = 'phone_taken' AND ((other = ?1 AND subject = (SELECT phone FROM customers WHERE id = ?2)) OR
                               (other = ?2 AND subject = (SELECT phone FROM customers WHERE id = ?1)))) OR
    (kind = 'card_taken' AND ((other = ?1 AND subject IN (SELECT number FROM cards WHERE customer_id = ?2)) OR
                              (other = ?2 AND subject IN (SELECT number FROM cards WHERE customer_id = ?1)))))
)sql");
        settle->bind(1, kept);
        settle->bind(2, merged);
        settle->bind(3, when);
        settle->bind(4, merge.actor);
        settle->exec();
    }

    result.cards = run(db, "UPDATE cards SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
    result.ledger_entries =
        run(db, "UPDATE ledger SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
    result.receipts = run(db, "UPDATE receipts SET customer_id = ?1 WHERE customer_id = ?2", kept, merged);
    for (const char* sql : {
             "UPDATE lots SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE consents SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE refunds SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE coupons SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE customer_notes SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE complaints SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE outreach_contacts SET customer_id = ?1 WHERE customer_id = ?2",
             "UPDATE customers SET referred_by = ?1 WHERE referred_by = ?2 AND id <> ?1",
             // Stamps of one programme add up: her movements move (a trigger moves the counts); segments
             // are the union of both.
             "UPDATE stamp_movements SET customer_id = ?1 WHERE customer_id = ?2",
             "INSERT OR IGNORE INTO customer_segments(customer_id, segment) SELECT ?1, segment FROM "
             "customer_segments WHERE customer_id = ?2",
             "DELETE FROM customer_segments WHERE customer_id = ?2 AND ?1 IS NOT NULL",
         }) {
        run(db, sql, kept, merged);
    }

    // An attribute both have keeps the kept customer's value; the other's is written in the audit.
    std::string dropped;
    {
        auto both = db.prepared(
            "SELECT m.key, m.value FROM customer_attributes m JOIN customer_attributes k ON k.key = m.key "
            "AND k.customer_id = ?1 WHERE m.customer_id = ?2 ORDER BY m.key");
        both->bind(1, kept);
        both->bind(2, merged);
        while (both->executeStep()) {
            dropped += "; attribute " + both->getColumn(0).getString() + " was \"" +
                       both->getColumn(1).getString() + "\"";
        }
    }
    run(db,
        "UPDATE customer_attributes SET customer_id = ?1 WHERE customer_id = ?2 AND key NOT IN (SELECT key "
        "FROM customer_attributes WHERE customer_id = ?1)",
        kept, merged);
    run(db, "DELETE FROM customer_attributes WHERE customer_id = ?2 AND ?1 IS NOT NULL", kept, merged);
    // Her row: what the kept customer lacks comes from the other, the sales figures add up, and each consent
    // follows the latest consent of its kind among both customers' (now all hers).
    run(db, R"sql(
UPDATE customers SET
    email = coalesce(email, (SELECT email FROM customers WHERE id = ?2)),
    birthday = coalesce(birthday, (SELECT birthday FROM customers WHERE id = ?2)),
    purchases_count = purchases_count + (SELECT purchases_count FROM customers WHERE id = ?2),
    spend_lifetime = spend_lifetime + (SELECT spend_lifetime FROM customers WHERE id = ?2),
    last_purchase_at = nullif(max(coalesce(last_purchase_at, ''),
                                  coalesce((SELECT last_purchase_at FROM customers WHERE id = ?2), '')), ''),
    personal_consent = coalesce((SELECT given FROM consents WHERE customer_id = ?1 AND kind = 'personal_data'
                                 ORDER BY at DESC, id DESC LIMIT 1), personal_consent),
    sms_consent = coalesce((SELECT given FROM consents WHERE customer_id = ?1 AND kind = 'sms'
                            ORDER BY at DESC, id DESC LIMIT 1), sms_consent),
    email_consent = coalesce((SELECT given FROM consents WHERE customer_id = ?1 AND kind = 'email'
                              ORDER BY at DESC, id DESC LIMIT 1), email_consent)
WHERE id = ?1
)sql",
        kept, merged);
    // The phone is freed (a new enrolment may take it); the kept customer takes it when she has none.
    std::string phone;
    {
        auto q = db.prepared("SELECT coalesce(phone, '') FROM customers WHERE id = ?");
        q->bind(1, merged);
        if (q->executeStep()) {
            phone = q->getColumn(0).getString();
        }
    }
    run(db,
        "UPDATE customers SET merged_into = ?1, phone = NULL, purchases_count = 0, spend_lifetime = 0, "
        "last_purchase_at = NULL WHERE id = ?2",
        kept, merged);
    {
        // Kept with the merge, so an opposite merge that wins later gives it back to her.
        auto q = db.prepared("UPDATE customer_merges SET freed_phone = ? WHERE id = ?");
        q->bind(1, phone);
        q->bind(2, merge.id);
        q->exec();
    }
    // An edit of the one merged away that is later than every edit of the field among the kept one's group
    // is the customer's latest word on it: the kept one takes its value. Its edits that arrive after the
    // merge are redirected to the kept one and ordered the same way (sync_log.cpp), so a till that pulls the
    // edit before the merge and one that pulls it after end alike (docs/sync.md, "Edits and merges").
    {
        std::vector<std::pair<std::string, std::optional<std::string>>> latest;
        auto q = db.prepared(std::string(kSurvivorGroup) + R"sql(
SELECT f.field, f.value, f.key FROM field_changes f
WHERE f.entity = 'customer' AND f.key IN (SELECT id FROM survivor_group) AND f.field <> 'erased'
  AND f.hlc = (SELECT max(g.hlc) FROM field_changes g WHERE g.entity = 'customer' AND g.field = f.field
               AND g.key IN (SELECT id FROM survivor_group))
)sql");
        q->bind(1, kept);
        while (q->executeStep()) {
            if (q->getColumn(2).getString() == kept) {
                continue;  // her own edit is her value already
            }
            latest.emplace_back(q->getColumn(0).getString(),
                                q->getColumn(1).isNull()
                                    ? std::nullopt
                                    : std::optional<std::string>(q->getColumn(1).getString()));
        }
        for (const auto& [field, value] : latest) {
            write_customer_field(db, kept, field, value);
        }
    }
    // As for the fields: an attribute whose latest change among both is the merged-away one's takes
    // that change's value, so a change pulled before the merge and one pulled after end alike.
    {
        struct Latest {
            std::string key;
            std::optional<std::string> value;
            std::string actor;
            std::string at;
        };
        std::vector<Latest> latest;
        auto q = db.prepared(std::string(kSurvivorGroup) + R"sql(
SELECT a.key, a.value, a.actor, a.at, a.customer_id FROM attribute_changes a
WHERE a.customer_id IN (SELECT id FROM survivor_group)
  AND a.hlc = (SELECT max(b.hlc) FROM attribute_changes b WHERE b.key = a.key
               AND b.customer_id IN (SELECT id FROM survivor_group))
)sql");
        q->bind(1, kept);
        while (q->executeStep()) {
            if (q->getColumn(4).getString() == kept) {
                continue;
            }
            latest.push_back(Latest{q->getColumn(0).getString(),
                                    q->getColumn(1).isNull()
                                        ? std::nullopt
                                        : std::optional<std::string>(q->getColumn(1).getString()),
                                    q->getColumn(2).getString(), q->getColumn(3).getString()});
        }
        q->reset();
        for (const auto& l : latest) {
            write_attribute(db, kept, l.key, l.value, l.actor, l.at);
        }
    }

    if (!phone.empty()) {
        auto q = db.prepared("UPDATE customers SET phone = ?2 WHERE id = ?1 AND phone IS NULL");
        q->bind(1, kept);
        q->bind(2, phone);
        q->exec();
    }
    refresh_balance(db, kept);
    refresh_balance(db, merged);
    {
        auto q = db.prepared("UPDATE sync_membership SET recording = ?");
        q->bind(1, recording);
        q->exec();
    }
    {
        auto q = db.prepared("SELECT balance_cached FROM customers WHERE id = ?");
        q->bind(1, kept);
        q->executeStep();
        result.balance = Points::of(q->getColumn(0).getInt64());
    }
    audit(db, merge.at, merge.actor, "customer.merge", merged,
          "into " + kept + "; merge " + merge.id + "; " + std::to_string(result.cards) + " cards, " +
              std::to_string(result.ledger_entries) + " ledger entries, " + std::to_string(result.receipts) +
              " receipts moved" + dropped + (from_till.empty() ? "" : "; made at till " + from_till));
    return result;
}

}  // namespace detail

MergeResult CustomerMerges::merge(const CustomerId& keep, const CustomerId& merge_away, const Actor& actor,
                                  Instant at) {
    if (keep.value() == merge_away.value()) {
        detail::refused(StoreProblem::merge_with_herself);
    }
    if (actor.empty()) {
        detail::refused(StoreProblem::audit_entry_incomplete);
    }
    // The name is kept in the merge record that travels to every till and in the audit: bounded like every
    // text the store keeps (kassactl's --by is whatever a script passes).
    check_text_length(TextField::actor, actor.value());
    return detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        for (const std::string& id : {keep.value(), merge_away.value()}) {
            if (!detail::customer_exists(db, id)) {
                detail::refused(StoreProblem::no_such_customer);
            }
            if (detail::surviving_customer(db, id) != id) {
                detail::refused(StoreProblem::customer_already_merged);
            }
        }
        CustomerMerge record{db.new_id(), keep.value(), merge_away.value(), actor.value(), at};
        MergeResult result = detail::apply_merge(db, record, {});
        transaction.commit();
        return result;
    });
}

std::vector<CustomerMerge> CustomerMerges::merges() {
    return detail::guarded([&] {
        auto& db = store_.database().connection();
        std::vector<CustomerMerge> list;
        auto q = db.prepared(
            "SELECT id, kept_id, merged_id, actor, merged_at FROM customer_merges ORDER BY merged_at, rowid");
        while (q->executeStep()) {
            list.push_back(CustomerMerge{q->getColumn(0).getString(), q->getColumn(1).getString(),
                                         q->getColumn(2).getString(), q->getColumn(3).getString(),
                                         parse_timestamp(q->getColumn(4).getString()).instant});
        }
        return list;
    });
}

}  // namespace kassa::store
