// The shop file's side of syncing with the central database (docs/sync.md).

#include "kassa/store/sync_log.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "connection.hpp"
#include "field_changes.hpp"
#include "guarded.hpp"
#include "kassa/core/hlc.hpp"
#include "kassa/store/customers.hpp"
#include "kassa/store/text_limits.hpp"
#include "ledger_writer.hpp"
#include "merge_writer.hpp"

namespace kassa::store {

namespace {

using nlohmann::json;

// What each kind of outbox row pushes: its table's columns (the central's table has the same names), read by
// the row's key. Columns that only mean something in this file stay here: the ledger's local order (seq),
// a lot's remaining points (the central gets the movements instead), the customer's cached figures.
struct OutgoingTable {
    const char* kind;
    const char* table;
    const char* select;  // one row by key (and key2)
};

const OutgoingTable kOutgoing[] = {
    {"customer", "customers",
     "SELECT id, first_name, last_name, phone, email, birthday, created_at, referred_by, personal_consent, "
     "sms_consent, email_consent, erased_at FROM customers WHERE id = ?"},
    {"card", "cards",
     "SELECT number, customer_id, status, issued_at, replaced_by FROM cards WHERE number = ?"},
    {"consent", "consents",
     "SELECT id, customer_id, kind, given, at, source FROM consents WHERE id = CAST(? AS INTEGER)"},
    {"receipt", "receipts",
     "SELECT id, number, created_at, business_day, customer_id, card_number, cashier_id, rules_version, "
     "gross, "
     "discount, net, redeemed_points, redeemed_money, payable, points_earned, tier_spend, change, quote, "
     "shift_id, (SELECT uid FROM rules_versions v WHERE v.id = receipts.rules_version) AS rules_version_id "
     "FROM receipts WHERE id = ?"},
    {"ledger", "ledger",
     "SELECT id, customer_id, kind, points, receipt_id, refund_id, program, reason, actor, created_at "
     "FROM ledger WHERE id = ?"},
    {"lot", "lots", "SELECT id, customer_id, points, available_at, expires_at FROM lots WHERE id = ?"},
    {"lot_movement", "lot_movements",
     "SELECT ledger_id, lot_id, points FROM lot_movements WHERE ledger_id = ? AND lot_id = ?"},
    {"refund", "refunds",
     "SELECT id, receipt_id, created_at, cashier_id, money_back, kept_for_points, points_reversed, "
     "points_restored, tier_spend, reason, tender, approved_by, customer_id, shift_id FROM refunds "
     "WHERE id = ?"},
    {"customer_merge", "customer_merges",
     "SELECT id, kept_id, merged_id, actor, merged_at FROM customer_merges WHERE id = ?"},
    // An edit: the central takes its till from the push, so till_id is not sent.
    {"field_change", "field_changes",
     "SELECT id, entity, key, customer_id, field, value, hlc, prior, actor, at FROM field_changes WHERE id = "
     "?"},
    // A coupon the rules issued, and a coupon's use or give-back (docs/sync.md, "Coupons"): the central
    // keeps the till's own receipt ids, so a pulled row's pulled_* columns stay here.
    {"coupon", "coupons",
     "SELECT code, program, customer_id, issued_receipt, valid_from, valid_to, created_at FROM coupons "
     "WHERE code = ?"},
    {"coupon_use", "coupon_uses",
     "SELECT id, code, program, receipt_id, receipt_number, discount, gives_back, refund_id, at FROM "
     "coupon_uses WHERE id = ?"},
    // A stamp count's change (docs/sync.md, "Stamps"), with the customer it was written for.
    {"stamp_movement", "stamp_movements",
     "SELECT id, customer_id, program, change, receipt_id, refund_id, at FROM stamp_movements WHERE id = ?"},
    // The owner's mark of a conflict as dealt with: its identity, so each till settles its own row of it.
    {"conflict_mark", "conflict_marks",
     "SELECT id, identity, actor, marked_at FROM conflict_marks WHERE id = ?"},
    // A note by its global id (the file's own number stays here).
    {"customer_note", "customer_notes",
     "SELECT global_id AS id, customer_id, text, author, created_at FROM customer_notes WHERE id = CAST(? AS "
     "INTEGER)"},
    {"complaint", "complaints",
     "SELECT id, customer_id, receipt_id, reason, resolution, points, ledger_id, actor, created_at FROM "
     "complaints WHERE id = ?"},
    // An attribute's change: the central takes its till from the push.
    {"attribute_change", "attribute_changes",
     "SELECT id, customer_id, key, value, hlc, actor, at FROM attribute_changes WHERE id = ?"},
    // A rules version by its global id (this file's number stays here).
    {"rules_version", "rules_versions",
     "SELECT uid AS id, scope, shop_id, hlc, created_at, author, summary, document FROM rules_versions "
     "WHERE uid = ?"},
};

// The rows that travel with their parent (the central keys them by the parent's id).
struct ChildTable {
    const char* parent_kind;
    const char* table;
    const char* select;  // by the parent's id
};

const ChildTable kChildren[] = {
    {"receipt", "receipt_lines",
     "SELECT receipt_id, line_no, sku, name, category, unit_price, qty, gross, discount, net, redeemed, "
     "points, "
     "discounts, vat_rate, vat FROM receipt_lines WHERE receipt_id = ? ORDER BY line_no"},
    {"receipt", "payments",
     "SELECT receipt_id, seq, method, amount FROM payments WHERE receipt_id = ? ORDER BY seq"},
    {"refund", "refund_lines",
     "SELECT refund_id, line_no, qty, money_back, redeemed_back, points_reversed, sku, name, unit_price, vat "
     "FROM refund_lines WHERE refund_id = ? ORDER BY line_no"},
};

json row_object(SQLite::Statement& q) {
    json row = json::object();
    for (int i = 0; i < q.getColumnCount(); ++i) {
        const SQLite::Column column = q.getColumn(i);
        if (column.isNull()) {
            row[column.getName()] = nullptr;
        } else if (column.isInteger()) {
            row[column.getName()] = column.getInt64();
        } else {
            row[column.getName()] = column.getString();
        }
    }
    return row;
}

// Binds a JSON value from the central: null, a whole number or text (the only types the tables hold).
void bind_value(SQLite::Statement& q, int index, const json& value) {
    if (value.is_null()) {
        q.bind(index);
    } else if (value.is_boolean()) {
        q.bind(index, value.get<bool>() ? 1 : 0);
    } else if (value.is_number_integer()) {
        q.bind(index, value.get<std::int64_t>());
    } else if (value.is_string()) {
        q.bind(index, value.get<std::string>());
    } else {
        throw StoreError(FailureKind::invalid,
                         "A row from the office database has a value of an unknown type.");
    }
}

const json& field(const json& row, const char* name) {
    static const json null_value;
    const auto it = row.find(name);
    return it == row.end() ? null_value : *it;
}

std::string text_field(const json& row, const char* name) {
    const json& v = field(row, name);
    return v.is_string() ? v.get<std::string>() : std::string();
}

std::int64_t int_field(const json& row, const char* name) {
    const json& v = field(row, name);
    return v.is_number_integer() ? v.get<std::int64_t>() : 0;
}

const char* conflict_kind_name(SyncConflictKind kind) {
    switch (kind) {
        case SyncConflictKind::overdrawn_lot:
            return "overdrawn_lot";
        case SyncConflictKind::phone_taken:
            return "phone_taken";
        case SyncConflictKind::card_taken:
            return "card_taken";
        case SyncConflictKind::concurrent_edit:
            return "concurrent_edit";
        case SyncConflictKind::coupon_reused:
            return "coupon_reused";
        case SyncConflictKind::opposite_merge:
            return "opposite_merge";
    }
    return "overdrawn_lot";
}

SyncConflictKind conflict_kind(const std::string& name) {
    if (name == "phone_taken") {
        return SyncConflictKind::phone_taken;
    }
    if (name == "card_taken") {
        return SyncConflictKind::card_taken;
    }
    if (name == "concurrent_edit") {
        return SyncConflictKind::concurrent_edit;
    }
    if (name == "coupon_reused") {
        return SyncConflictKind::coupon_reused;
    }
    if (name == "opposite_merge") {
        return SyncConflictKind::opposite_merge;
    }
    return SyncConflictKind::overdrawn_lot;
}

bool exists(detail::Connection& db, const char* sql, const std::string& key, const std::string& key2 = {}) {
    auto q = db.prepared(sql);
    q->bind(1, key);
    if (!key2.empty()) {
        q->bind(2, key2);
    }
    return q->executeStep();
}

// Applies pulled rows one by one; the caller holds the transaction.
class Applier {
  public:
    Applier(detail::Connection& db, Instant at, HybridLogicalClock clock)
        : db_(db), at_(at), clock_(std::move(clock)) {}

    void apply(const PulledRow& pulled) {
        const json row = json::parse(pulled.row);
        if (pulled.table == "customers") {
            customer(row);
        } else if (pulled.table == "cards") {
            card(row);
        } else if (pulled.table == "consents") {
            consent(row);
        } else if (pulled.table == "ledger") {
            ledger(row, pulled.till_id);
        } else if (pulled.table == "lots") {
            lot(row);
        } else if (pulled.table == "lot_movements") {
            lot_movement(row);
        } else if (pulled.table == "customer_merges") {
            customer_merge(row, pulled.till_id);
        } else if (pulled.table == "field_changes") {
            field_change(row, pulled.till_id);
        } else if (pulled.table == "coupons") {
            coupon(row, pulled.till_id);
        } else if (pulled.table == "coupon_uses") {
            coupon_use(row, pulled.till_id);
        } else if (pulled.table == "stamp_movements") {
            stamp_movement(row, pulled.till_id);
        } else if (pulled.table == "conflict_marks") {
            conflict_mark(row, pulled.till_id);
        } else if (pulled.table == "customer_notes") {
            customer_note(row, pulled.till_id);
        } else if (pulled.table == "complaints") {
            complaint(row, pulled.till_id);
        } else if (pulled.table == "attribute_changes") {
            attribute_change(row, pulled.till_id);
        } else if (pulled.table == "rules_versions") {
            rules_version(row, pulled.till_id);
        } else {
            throw StoreError(FailureKind::invalid,
                             "The office database sent rows of a kind this Kassa does not know (" +
                                 pulled.table + "): install the newer Kassa.");
        }
    }

    void refresh_balances() {
        for (const auto& customer : touched_) {
            detail::refresh_balance(db_, customer);
        }
    }

    // The clock after every stamp the pull brought: the till's next edit is stamped after all of them.
    [[nodiscard]] const HybridLogicalClock& clock() const { return clock_; }

    PullApplied result;

  private:
    void conflict(SyncConflictKind kind, const std::string& subject, const std::string& other,
                  std::int64_t points, const std::string& identity,
                  const std::optional<std::string>& kept = std::nullopt,
                  const std::optional<std::string>& lost = std::nullopt) {
        auto q = db_.prepared(
            "INSERT INTO sync_conflicts(found_at, kind, subject, other, points, kept, lost, identity) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, detail::iso(at_));
        q->bind(2, conflict_kind_name(kind));
        q->bind(3, subject);
        q->bind(4, other);
        q->bind(5, points);
        bind_text(*q, 6, kept);
        bind_text(*q, 7, lost);
        q->bind(8, identity);
        q->exec();
        ++result.conflicts;
    }

    static void bind_text(SQLite::Statement& q, int index, const std::optional<std::string>& value) {
        if (value) {
            q.bind(index, *value);
        } else {
            q.bind(index);
        }
    }

    // True when change `from` was written having seen `ancestor` (through the changes each saw last).
    bool descends(const std::string& from, const std::string& ancestor) {
        auto q = db_.prepared(
            "WITH RECURSIVE chain(id) AS (SELECT prior FROM field_changes WHERE id = ?1 UNION "
            "SELECT f.prior FROM field_changes f JOIN chain c ON f.id = c.id) "
            "SELECT 1 FROM chain WHERE id = ?2");
        q->bind(1, from);
        q->bind(2, ancestor);
        return q->executeStep();
    }

    // An edit another till made (docs/sync.md, "Edits"). Kept whatever happens to it; its value is written
    // when its stamp is the field's greatest, so every till ends with the same value whatever order the
    // edits arrive in. The value that loses to one written without seeing it is a conflict, kept in the
    // audit.
    void field_change(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        if (exists(db_, "SELECT 1 FROM field_changes WHERE id = ?", id)) {
            return;
        }
        const std::string entity = text_field(row, "entity");
        const std::string name = text_field(row, "field");
        // An edit made at a till that had not seen a merge yet is about the customer who stayed: it lands on
        // her (keyed by her, so it is ordered with her own edits of the field). An erasure stays on the row
        // it names: the person who asked to be forgotten was that row (docs/sync.md, "Edits and merges").
        const std::string customer = name == "erased"
                                         ? text_field(row, "customer_id")
                                         : detail::surviving_customer(db_, text_field(row, "customer_id"));
        const std::string key = entity == "customer" ? customer : text_field(row, "key");
        const std::string hlc = text_field(row, "hlc");
        const auto stamp = parse_hlc(hlc);
        if (!stamp || (entity != "customer" && entity != "card")) {
            throw StoreError(FailureKind::invalid,
                             "The office database sent an edit this Kassa cannot read (" + id + ").");
        }
        clock_.observe(*stamp, at_);
        const json& raw = field(row, "value");
        std::optional<std::string> value;
        if (raw.is_string()) {
            value = raw.get<std::string>();
        }
        bool erased = false;
        {
            auto q = db_.prepared("SELECT erased_at IS NOT NULL FROM customers WHERE id = ?");
            q->bind(1, customer);
            if (!q->executeStep()) {
                throw StoreError(
                    FailureKind::invalid,
                    "The office database sent an edit of a customer it did not send (" + customer + ").");
            }
            erased = q->getColumn(0).getInt() == 1;
        }
        // An erased customer's personal data is not kept here, not even as history.
        const bool keep_value = !(erased && detail::personal_field(name));
        {
            auto q = db_.prepared(
                "INSERT INTO field_changes(id, entity, key, customer_id, field, value, hlc, prior, till_id, "
                "actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            q->bind(1, id);
            q->bind(2, entity);
            q->bind(3, key);
            q->bind(4, customer);
            q->bind(5, name);
            bind_text(*q, 6, keep_value ? value : std::nullopt);
            q->bind(7, hlc);
            bind_value(*q, 8, field(row, "prior"));
            q->bind(9, till);
            q->bind(10, text_field(row, "actor"));
            q->bind(11, text_field(row, "at"));
            q->exec();
            ++result.rows;
        }
        if (erased && name != "erased") {
            return;  // the erasure wins over every edit, whenever either was made
        }
        if (entity == "card" &&
            !exists(db_, "SELECT 1 FROM cards WHERE number = ? AND customer_id = ?", key, customer)) {
            return;  // the number is another customer's card here: card_taken lists it
        }
        // The field's latest change before this one: this till's, or one pulled before.
        std::optional<std::string> other_id;
        std::optional<std::string> other_value;
        std::string other_hlc;
        std::string other_till;
        {
            // A customer's field: her edits and those of the customers merged into her (made before the merge
            // reached the till that made them).
            auto q = db_.prepared(
                entity == "customer"
                    ? std::string(detail::kSurvivorGroup) +
                          "SELECT id, value, hlc, till_id FROM field_changes WHERE entity = 'customer' AND "
                          "key IN "
                          "(SELECT id FROM survivor_group) AND field = ?2 AND id <> ?3 ORDER BY hlc DESC "
                          "LIMIT 1"
                    : std::string(
                          "SELECT id, value, hlc, till_id FROM field_changes WHERE entity = 'card' AND "
                          "key = ?1 AND field = ?2 AND id <> ?3 ORDER BY hlc DESC LIMIT 1"));
            q->bind(1, key);
            q->bind(2, name);
            q->bind(3, id);
            if (q->executeStep()) {
                other_id = q->getColumn(0).getString();
                if (!q->getColumn(1).isNull()) {
                    other_value = q->getColumn(1).getString();
                }
                other_hlc = q->getColumn(2).getString();
                other_till = q->getColumn(3).getString();
            }
        }
        const bool wins = !other_id || hlc > other_hlc;
        if (name == "erased") {
            if (!erased) {
                erase(customer, value.value_or(text_field(row, "at")), text_field(row, "actor"));
            } else if (wins) {
                set_column("customers", "erased_at", "id", key, value);
            }
            return;
        }
        if (wins) {
            write(entity, key, name, value);
        }
        if (other_id && !descends(id, *other_id) && !descends(*other_id, id)) {
            // Neither till saw the other's edit: the greater stamp's value stays, the other is kept in the
            // audit log and the owner sees both in the conflicts.
            const auto& kept = wins ? value : other_value;
            const auto& lost = wins ? other_value : value;
            conflict(SyncConflictKind::concurrent_edit, key, name, 0,
                     detail::conflict_identity("concurrent_edit", key + "/" + name, id, *other_id), kept,
                     lost);
            json details = {{"field", name},
                            {"value", lost ? json(*lost) : json(nullptr)},
                            {"hlc", wins ? other_hlc : hlc},
                            {"till", wins ? other_till : till}};
            detail::audit(db_, at_, "sync", "sync.edit_lost", key, details.dump());
        }
    }

    // A rules version the owner saved at another till. Kept once by its global id; the till takes it up at
    // its next basket when it is the newest for its shop (ShopRules::current_rules). The central sends a
    // shop's own versions only to that shop's tills; one of another shop arriving anyway is not kept.
    void rules_version(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        const std::string scope = text_field(row, "scope");
        const std::string hlc = text_field(row, "hlc");
        const auto stamp = parse_hlc(hlc);
        if (id.empty() || !stamp || (scope != "company" && scope != "shop")) {
            throw StoreError(FailureKind::invalid,
                             "The office database sent a rules version this Kassa cannot read (" + id + ").");
        }
        clock_.observe(*stamp, at_);
        if (exists(db_, "SELECT 1 FROM rules_versions WHERE uid = ?", id)) {
            return;
        }
        if (scope == "shop" &&
            !exists(db_, "SELECT 1 FROM sync_membership WHERE shop_id = ?", text_field(row, "shop_id"))) {
            return;
        }
        auto q = db_.prepared(
            "INSERT INTO rules_versions(created_at, author, summary, document, uid, scope, shop_id, hlc, "
            "till_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, text_field(row, "created_at"));
        q->bind(2, text_field(row, "author"));
        q->bind(3, text_field(row, "summary"));
        q->bind(4, text_field(row, "document"));
        q->bind(5, id);
        q->bind(6, scope);
        bind_value(*q, 7, scope == "shop" ? field(row, "shop_id") : json());
        q->bind(8, hlc);
        q->bind(9, till);
        q->exec();
        detail::audit(db_, at_, "sync", "rules.pulled", std::to_string(db_.getLastInsertRowid()),
                      json{{"id", id}, {"scope", scope}, {"till", till}}.dump());
        ++result.rows;
    }

    void set_column(const char* table, const char* column, const char* key_column, const std::string& key,
                    const std::optional<std::string>& value) {
        auto q = db_.prepared(std::string("UPDATE ") + table + " SET " + column + " = ? WHERE " + key_column +
                              " = ?");
        bind_text(*q, 1, value);
        q->bind(2, key);
        q->exec();
    }

    void write(const std::string& entity, const std::string& key, const std::string& name,
               std::optional<std::string> value) {
        if (entity == "card") {
            if (name == "status") {
                if (value && (*value == "active" || *value == "blocked" || *value == "lost")) {
                    set_column("cards", "status", "number", key, value);
                }
            } else if (name == "replaced_by") {
                if (value && !exists(db_, "SELECT 1 FROM cards WHERE number = ?", *value)) {
                    value = std::nullopt;  // the new card did not come (given to another customer here)
                }
                set_column("cards", "replaced_by", "number", key, value);
            }
            return;
        }
        if (const auto holder = detail::write_customer_field(db_, key, name, value)) {
            // Another customer here has the phone: she is kept without it here, and the owner merges the two
            // (as for a phone enrolled twice).
            conflict(SyncConflictKind::phone_taken, *value, key, 0,
                     detail::conflict_identity("phone_taken", *value, key, *holder));
        }
    }

    // An erasure made at another till, as Customers::erase_customer makes it here (the withdrawn consents
    // come as rows of their own).
    void erase(const std::string& customer, const std::string& erased_at, const std::string& actor) {
        auto q = db_.prepared(
            "UPDATE customers SET first_name = '', last_name = '', first_folded = '', last_folded = '', "
            "phone = NULL, email = NULL, birthday = NULL, personal_consent = 0, sms_consent = 0, "
            "email_consent = 0, erased_at = ? WHERE id = ?");
        q->bind(1, erased_at);
        q->bind(2, customer);
        q->exec();
        for (const char* sql : {"UPDATE cards SET status = 'blocked' WHERE customer_id = ?",
                                "DELETE FROM customer_notes WHERE customer_id = ?",
                                "DELETE FROM customer_attributes WHERE customer_id = ?"}) {
            auto d = db_.prepared(sql);
            d->bind(1, customer);
            d->exec();
        }
        detail::scrub_edits(db_, customer);
        detail::audit(db_, at_, actor, "customer.erase", customer, "sync");
    }

    void customer(const json& row) {
        const std::string id = text_field(row, "id");
        if (exists(db_, "SELECT 1 FROM customers WHERE id = ?", id)) {
            return;
        }
        json phone = field(row, "phone");
        if (phone.is_string()) {
            auto taken = db_.prepared("SELECT id FROM customers WHERE phone = ?");
            taken->bind(1, phone.get<std::string>());
            if (taken->executeStep()) {
                // The same phone enrolled at two tills: both customers are kept, the pulled one without the
                // phone here, and the owner merges them (docs/sync.md, "Conflicts").
                conflict(SyncConflictKind::phone_taken, phone.get<std::string>(), id, 0,
                         detail::conflict_identity("phone_taken", phone.get<std::string>(), id,
                                                   taken->getColumn(0).getString()));
                phone = nullptr;
            }
        }
        json referred_by = field(row, "referred_by");
        if (referred_by.is_string() &&
            !exists(db_, "SELECT 1 FROM customers WHERE id = ?", referred_by.get<std::string>())) {
            referred_by = nullptr;
        }
        auto q = db_.prepared(
            "INSERT INTO customers(id, first_name, last_name, first_folded, last_folded, phone, email, "
            "birthday, "
            "created_at, referred_by, personal_consent, sms_consent, email_consent, erased_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const std::string first = text_field(row, "first_name");
        const std::string last = text_field(row, "last_name");
        q->bind(1, id);
        q->bind(2, first);
        q->bind(3, last);
        q->bind(4, fold_name(first));
        q->bind(5, fold_name(last));
        bind_value(*q, 6, phone);
        bind_value(*q, 7, field(row, "email"));
        bind_value(*q, 8, field(row, "birthday"));
        q->bind(9, text_field(row, "created_at"));
        bind_value(*q, 10, referred_by);
        q->bind(11, int_field(row, "personal_consent"));
        q->bind(12, int_field(row, "sms_consent"));
        q->bind(13, int_field(row, "email_consent"));
        bind_value(*q, 14, field(row, "erased_at"));
        q->exec();
        ++result.rows;
    }

    void card(const json& row) {
        const std::string number = text_field(row, "number");
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        auto owner = db_.prepared("SELECT customer_id FROM cards WHERE number = ?");
        owner->bind(1, number);
        if (owner->executeStep()) {
            if (owner->getColumn(0).getString() != customer) {
                // One card number given to two customers at two tills: this till keeps its own.
                conflict(SyncConflictKind::card_taken, number, customer, 0,
                         detail::conflict_identity("card_taken", number, customer,
                                                   owner->getColumn(0).getString()));
            }
            return;
        }
        json replaced_by = field(row, "replaced_by");
        if (replaced_by.is_string() &&
            !exists(db_, "SELECT 1 FROM cards WHERE number = ?", replaced_by.get<std::string>())) {
            replaced_by = nullptr;
        }
        // A card bound at another till to a customer erased here stays blocked: the erasure wins.
        auto erased = db_.prepared("SELECT 1 FROM customers WHERE id = ? AND erased_at IS NOT NULL");
        erased->bind(1, customer);
        const bool blocked = erased->executeStep();
        auto q = db_.prepared(
            "INSERT INTO cards(number, customer_id, status, issued_at, replaced_by) VALUES (?, ?, ?, ?, ?)");
        q->bind(1, number);
        q->bind(2, customer);
        q->bind(3, blocked ? std::string("blocked") : text_field(row, "status"));
        q->bind(4, text_field(row, "issued_at"));
        bind_value(*q, 5, replaced_by);
        q->exec();
        ++result.rows;
    }

    void consent(const json& row) {
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        const std::string kind = text_field(row, "kind");
        const std::string at = text_field(row, "at");
        const std::int64_t given = int_field(row, "given");
        auto q =
            db_.prepared("INSERT INTO consents(customer_id, kind, given, at, source) VALUES (?, ?, ?, ?, ?)");
        q->bind(1, customer);
        q->bind(2, kind);
        q->bind(3, given);
        q->bind(4, at);
        q->bind(5, text_field(row, "source"));
        q->exec();
        // The customer's flag is not moved here: it travels as an edit (field_changes), so the flag and its
        // stamp are decided once for all tills; this row is the consent's history.
        ++result.rows;
    }

    void ledger(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        if (exists(db_, "SELECT 1 FROM ledger WHERE id = ?", id)) {
            return;
        }
        std::int64_t seq = 0;
        {
            auto next = db_.prepared("SELECT coalesce(max(seq), 0) + 1 FROM ledger");
            next->executeStep();
            seq = next->getColumn(0).getInt64();
        }
        // A row written at a till that had not seen a merge yet lands on the customer who stayed.
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        auto q = db_.prepared(
            "INSERT INTO ledger(id, seq, customer_id, kind, points, refund_id, program, reason, actor, "
            "created_at, "
            "pulled_from, pulled_receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, id);
        q->bind(2, seq);
        q->bind(3, customer);
        q->bind(4, text_field(row, "kind"));
        q->bind(5, int_field(row, "points"));
        bind_value(*q, 6, field(row, "refund_id"));
        q->bind(7, text_field(row, "program"));
        q->bind(8, text_field(row, "reason"));
        q->bind(9, text_field(row, "actor"));
        q->bind(10, text_field(row, "created_at"));
        q->bind(11, till);
        bind_value(*q, 12, field(row, "receipt_id"));
        q->exec();
        touched_.insert(customer);
        ++result.rows;
    }

    void lot(const json& row) {
        const std::string id = text_field(row, "id");
        if (exists(db_, "SELECT 1 FROM lots WHERE id = ?", id)) {
            return;
        }
        // The lot's place among the customer's lots is its ledger entry's place in this file.
        auto q = db_.prepared(
            "INSERT INTO lots(id, customer_id, points, remaining, available_at, expires_at, ledger_seq) "
            "SELECT ?1, ?2, ?3, ?3, ?4, ?5, seq FROM ledger WHERE id = ?1");
        q->bind(1, id);
        q->bind(2, detail::surviving_customer(db_, text_field(row, "customer_id")));
        q->bind(3, int_field(row, "points"));
        q->bind(4, int_field(row, "available_at"));
        bind_value(*q, 5, field(row, "expires_at"));
        if (q->exec() != 1) {
            throw StoreError(FailureKind::invalid,
                             "The office database sent a points lot without its ledger entry (" + id + ").");
        }
        ++result.rows;
    }

    void lot_movement(const json& row) {
        const std::string entry = text_field(row, "ledger_id");
        const std::string lot = text_field(row, "lot_id");
        if (exists(db_, "SELECT 1 FROM lot_movements WHERE ledger_id = ? AND lot_id = ?", entry, lot)) {
            return;
        }
        std::int64_t remaining = 0;
        std::int64_t lot_points = 0;
        {
            auto q = db_.prepared("SELECT remaining, points FROM lots WHERE id = ?");
            q->bind(1, lot);
            if (!q->executeStep()) {
                throw StoreError(
                    FailureKind::invalid,
                    "The office database sent a movement of a points lot it did not send (" + lot + ").");
            }
            remaining = q->getColumn(0).getInt64();
            lot_points = q->getColumn(1).getInt64();
        }
        const std::int64_t points = int_field(row, "points");
        std::int64_t applied = points;
        if (remaining + points < 0) {
            // Two tills took the same points while neither saw the other: the lot gives what it has, the
            // ledger keeps both entries (the balance goes below zero, a debt), and the owner sees it.
            applied = -remaining;
            // Its identity is the lot's: each till names the entry it applied second, so the entry differs.
            conflict(SyncConflictKind::overdrawn_lot, lot, entry, -(remaining + points),
                     "overdrawn_lot/" + lot);
        } else if (remaining + points > lot_points) {
            applied = lot_points - remaining;
        }
        detail::move_lot(db_, entry, lot, applied);
        ++result.rows;
    }

    void customer_merge(const json& row, const std::string& till) {
        const CustomerMerge merge{text_field(row, "id"), text_field(row, "kept_id"),
                                  text_field(row, "merged_id"), text_field(row, "actor"),
                                  parse_timestamp(text_field(row, "merged_at")).instant};
        if (merge.id.empty() || merge.kept_id == merge.merged_id ||
            !exists(db_, "SELECT 1 FROM customers WHERE id = ?", merge.kept_id) ||
            !exists(db_, "SELECT 1 FROM customers WHERE id = ?", merge.merged_id)) {
            throw StoreError(
                FailureKind::invalid,
                "The office database sent a merge of customers it did not send (" + merge.id + ").");
        }
        if (exists(db_, "SELECT 1 FROM customer_merges WHERE id = ?", merge.id)) {
            return;
        }
        const auto before = count_conflicts();
        detail::apply_merge(db_, merge, till);
        result.conflicts += count_conflicts() - before;
        ++result.rows;
    }

    std::int64_t count_conflicts() {
        auto q = db_.prepared("SELECT count(*) FROM sync_conflicts");
        q->executeStep();
        return q->getColumn(0).getInt64();
    }

    // A note written at another till, on the customer as she is here (merged: the one who stayed). An erased
    // customer's notes are not kept (her notes were deleted with her data).
    void customer_note(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        if (id.empty()) {
            throw StoreError(FailureKind::invalid, "The office database sent a note without its id.");
        }
        if (exists(db_, "SELECT 1 FROM customer_notes WHERE global_id = ?", id)) {
            return;
        }
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        {
            auto q = db_.prepared("SELECT erased_at IS NOT NULL FROM customers WHERE id = ?");
            q->bind(1, customer);
            if (!q->executeStep()) {
                throw StoreError(
                    FailureKind::invalid,
                    "The office database sent a note of a customer it did not send (" + id + ").");
            }
            if (q->getColumn(0).getInt() == 1) {
                return;
            }
        }
        auto q = db_.prepared(
            "INSERT INTO customer_notes(customer_id, text, author, created_at, global_id, till_id) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        q->bind(1, customer);
        q->bind(2, text_field(row, "text"));
        q->bind(3, text_field(row, "author"));
        q->bind(4, text_field(row, "created_at"));
        q->bind(5, id);
        q->bind(6, till);
        q->exec();
        ++result.rows;
    }

    // A complaint recorded at another till. One about a customer follows her here (its receipt stayed at
    // that till: pulled_receipt names it); one about a receipt alone stays with the receipt, at that till and
    // at the central.
    void complaint(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        if (id.empty()) {
            throw StoreError(FailureKind::invalid, "The office database sent a complaint without its id.");
        }
        if (exists(db_, "SELECT 1 FROM complaints WHERE id = ?", id) ||
            !field(row, "customer_id").is_string()) {
            return;
        }
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        if (!exists(db_, "SELECT 1 FROM customers WHERE id = ?", customer)) {
            throw StoreError(
                FailureKind::invalid,
                "The office database sent a complaint of a customer it did not send (" + id + ").");
        }
        const std::string receipt = text_field(row, "receipt_id");
        const std::string ledger = text_field(row, "ledger_id");
        const bool receipt_here =
            !receipt.empty() && exists(db_, "SELECT 1 FROM receipts WHERE id = ?", receipt);
        auto q = db_.prepared(
            "INSERT INTO complaints(id, customer_id, receipt_id, reason, resolution, points, ledger_id, "
            "actor, "
            "created_at, pulled_receipt, pulled_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, id);
        q->bind(2, customer);
        bind_text(*q, 3, receipt_here ? std::optional<std::string>(receipt) : std::nullopt);
        q->bind(4, text_field(row, "reason"));
        q->bind(5, text_field(row, "resolution"));
        q->bind(6, int_field(row, "points"));
        bind_text(*q, 7,
                  !ledger.empty() && exists(db_, "SELECT 1 FROM ledger WHERE id = ?", ledger)
                      ? std::optional<std::string>(ledger)
                      : std::nullopt);
        q->bind(8, text_field(row, "actor"));
        q->bind(9, text_field(row, "created_at"));
        bind_text(*q, 10, receipt.empty() ? std::nullopt : std::optional<std::string>(receipt));
        q->bind(11, till);
        q->exec();
        ++result.rows;
    }

    // An attribute set or removed at another till: kept as history, and its value written when its stamp is
    // the greatest of the key among the customer's changes (and those of the customers merged into her), so
    // every till ends with the same value in any order of arrival. An erased customer keeps no attribute.
    void attribute_change(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        const std::string hlc = text_field(row, "hlc");
        const std::string key = text_field(row, "key");
        const auto stamp = parse_hlc(hlc);
        if (id.empty() || key.empty() || !stamp) {
            throw StoreError(
                FailureKind::invalid,
                "The office database sent an attribute change this Kassa cannot read (" + id + ").");
        }
        if (exists(db_, "SELECT 1 FROM attribute_changes WHERE id = ?", id)) {
            return;
        }
        clock_.observe(*stamp, at_);
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        bool erased = false;
        {
            auto q = db_.prepared("SELECT erased_at IS NOT NULL FROM customers WHERE id = ?");
            q->bind(1, customer);
            if (!q->executeStep()) {
                throw StoreError(
                    FailureKind::invalid,
                    "The office database sent an attribute of a customer it did not send (" + id + ").");
            }
            erased = q->getColumn(0).getInt() == 1;
        }
        const json& raw = field(row, "value");
        const std::optional<std::string> value =
            raw.is_string() && !erased ? std::optional<std::string>(raw.get<std::string>()) : std::nullopt;
        std::string latest;
        {
            auto q = db_.prepared(std::string(detail::kSurvivorGroup) +
                                  "SELECT coalesce(max(hlc), '') FROM attribute_changes WHERE key = ?2 AND "
                                  "customer_id IN (SELECT id FROM survivor_group)");
            q->bind(1, customer);
            q->bind(2, key);
            q->executeStep();
            latest = q->getColumn(0).getString();
        }
        {
            auto q = db_.prepared(
                "INSERT INTO attribute_changes(id, customer_id, key, value, hlc, till_id, actor, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            q->bind(1, id);
            q->bind(2, customer);
            q->bind(3, key);
            bind_text(*q, 4, value);
            q->bind(5, hlc);
            q->bind(6, till);
            q->bind(7, text_field(row, "actor"));
            q->bind(8, text_field(row, "at"));
            q->exec();
            ++result.rows;
        }
        if (erased || hlc <= latest) {
            return;
        }
        detail::write_attribute(db_, customer, key, value, text_field(row, "actor"), text_field(row, "at"));
    }

    // The owner of another till marked a conflict as dealt with: this till's conflicts of the same identity
    // are settled too. A mark of a conflict this till has not found is kept (nothing to settle).
    void conflict_mark(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        const std::string identity = text_field(row, "identity");
        const std::string actor = text_field(row, "actor");
        const std::string marked_at = text_field(row, "marked_at");
        if (id.empty() || identity.empty() || actor.empty() || marked_at.empty()) {
            throw StoreError(
                FailureKind::invalid,
                "The office database sent a mark of a conflict this Kassa cannot read (" + id + ").");
        }
        if (exists(db_, "SELECT 1 FROM conflict_marks WHERE id = ?", id)) {
            return;
        }
        auto q = db_.prepared(
            "INSERT INTO conflict_marks(id, identity, actor, marked_at, till_id) VALUES (?, ?, ?, ?, ?)");
        q->bind(1, id);
        q->bind(2, identity);
        q->bind(3, actor);
        q->bind(4, marked_at);
        q->bind(5, till);
        q->exec();
        detail::settle_marked(db_, identity, actor, parse_timestamp(marked_at).instant, till);
        ++result.rows;
    }

    // A coupon issued at another till, usable here from now on.
    void coupon(const json& row, const std::string& till) {
        const std::string code = text_field(row, "code");
        if (exists(db_, "SELECT 1 FROM coupons WHERE code = ?", code)) {
            // Sent again. (Two tills drawing one code for two coupons, one chance in about 10^13 per pair,
            // would keep the first here.)
            return;
        }
        json customer = field(row, "customer_id");
        if (customer.is_string()) {
            customer = detail::surviving_customer(db_, customer.get<std::string>());
        }
        auto q = db_.prepared(
            "INSERT INTO coupons(code, program, customer_id, valid_from, valid_to, created_at, pulled_from, "
            "pulled_receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, code);
        q->bind(2, text_field(row, "program"));
        bind_value(*q, 3, customer);
        bind_value(*q, 4, field(row, "valid_from"));
        bind_value(*q, 5, field(row, "valid_to"));
        q->bind(6, text_field(row, "created_at"));
        q->bind(7, till);
        bind_value(*q, 8, field(row, "issued_receipt"));
        q->exec();
        ++result.rows;
    }

    // A coupon's use, or a return giving it back, at another till. A till never stops selling, so a use of
    // a code already used here (by this till or one pulled before) is kept like the other: both sales
    // stand, and the owner sees the pair (coupon_reused).
    void coupon_use(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        if (exists(db_, "SELECT 1 FROM coupon_uses WHERE id = ?", id)) {
            return;
        }
        const std::string code = text_field(row, "code");
        const json& gives_back = field(row, "gives_back");
        if (gives_back.is_string() &&
            !exists(db_, "SELECT 1 FROM coupon_uses WHERE id = ?", gives_back.get<std::string>())) {
            throw StoreError(FailureKind::invalid,
                             "The office database sent a coupon given back without its use (" + id + ").");
        }
        struct Use {
            std::string id;
            std::string receipt;
            std::int64_t number = 0;
            std::int64_t discount = 0;
            std::string at;
        };
        std::optional<Use> earlier;
        if (!gives_back.is_string()) {
            auto q = db_.prepared(
                "SELECT id, receipt_id, receipt_number, discount, at FROM coupon_open_uses WHERE code = ? "
                "ORDER BY at, id LIMIT 1");
            q->bind(1, code);
            if (q->executeStep()) {
                earlier =
                    Use{q->getColumn(0).getString(), q->getColumn(1).getString(), q->getColumn(2).getInt64(),
                        q->getColumn(3).getInt64(), q->getColumn(4).getString()};
            }
        }
        const Use pulled{id, text_field(row, "receipt_id"), int_field(row, "receipt_number"),
                         int_field(row, "discount"), text_field(row, "at")};
        auto q = db_.prepared(
            "INSERT INTO coupon_uses(id, code, program, receipt_id, receipt_number, discount, gives_back, "
            "refund_id, pulled_from, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, id);
        q->bind(2, code);
        q->bind(3, text_field(row, "program"));
        q->bind(4, pulled.receipt);
        q->bind(5, pulled.number);
        q->bind(6, pulled.discount);
        bind_value(*q, 7, gives_back);
        bind_value(*q, 8, field(row, "refund_id"));
        q->bind(9, till);
        q->bind(10, pulled.at);
        q->exec();
        ++result.rows;
        if (!earlier) {
            return;
        }
        // The pair in the order the uses were made (then by id), so every till lists it alike whichever
        // use it saw first.
        const bool pulled_first = std::tie(pulled.at, pulled.id) < std::tie(earlier->at, earlier->id);
        const Use& first = pulled_first ? pulled : *earlier;
        const Use& second = pulled_first ? *earlier : pulled;
        auto c = db_.prepared(
            "INSERT INTO sync_conflicts(found_at, kind, subject, other, first_receipt, first_number, "
            "first_amount, second_number, second_amount) VALUES (?, 'coupon_reused', ?, ?, ?, ?, ?, ?, ?)");
        c->bind(1, detail::iso(at_));
        c->bind(2, code);
        c->bind(3, second.receipt);
        c->bind(4, first.receipt);
        c->bind(5, first.number);
        c->bind(6, first.discount);
        c->bind(7, second.number);
        c->bind(8, second.discount);
        c->exec();
        ++result.conflicts;
    }

    // Stamps another till added or used: the count here is the sum of every till's movements (a trigger
    // adds this one), on the customer who stayed when she was merged away here.
    void stamp_movement(const json& row, const std::string& till) {
        const std::string id = text_field(row, "id");
        if (exists(db_, "SELECT 1 FROM stamp_movements WHERE id = ?", id)) {
            return;
        }
        const std::string customer = detail::surviving_customer(db_, text_field(row, "customer_id"));
        if (!exists(db_, "SELECT 1 FROM customers WHERE id = ?", customer)) {
            throw StoreError(FailureKind::invalid,
                             "The office database sent stamps of a customer it did not send (" + id + ").");
        }
        auto q = db_.prepared(
            "INSERT INTO stamp_movements(id, customer_id, program, change, receipt_id, refund_id, "
            "pulled_from, "
            "at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, id);
        q->bind(2, customer);
        q->bind(3, text_field(row, "program"));
        q->bind(4, int_field(row, "change"));
        bind_value(*q, 5, field(row, "receipt_id"));
        bind_value(*q, 6, field(row, "refund_id"));
        q->bind(7, till);
        q->bind(8, text_field(row, "at"));
        q->exec();
        ++result.rows;
    }

    detail::Connection& db_;
    Instant at_;
    HybridLogicalClock clock_;
    std::set<std::string> touched_;
};

}  // namespace

namespace detail {

std::optional<std::string> write_customer_field(Connection& db, const std::string& customer,
                                                const std::string& field, std::optional<std::string> value) {
    if (field == "first_name" || field == "last_name") {
        const std::string text = value.value_or("");
        auto q = db.prepared(field == "first_name"
                                 ? "UPDATE customers SET first_name = ?1, first_folded = ?2 WHERE id = ?3"
                                 : "UPDATE customers SET last_name = ?1, last_folded = ?2 WHERE id = ?3");
        q->bind(1, text);
        q->bind(2, fold_name(text));
        q->bind(3, customer);
        q->exec();
    } else if (field == "phone") {
        std::optional<std::string> holder;
        if (value) {
            auto taken = db.prepared("SELECT id FROM customers WHERE phone = ? AND id <> ?");
            taken->bind(1, *value);
            taken->bind(2, customer);
            if (taken->executeStep()) {
                holder = taken->getColumn(0).getString();
                value = std::nullopt;
            }
        }
        auto q = db.prepared("UPDATE customers SET phone = ? WHERE id = ?");
        if (value) {
            q->bind(1, *value);
        } else {
            q->bind(1);
        }
        q->bind(2, customer);
        q->exec();
        return holder;
    } else if (field == "email" || field == "birthday") {
        auto q = db.prepared(std::string("UPDATE customers SET ") +
                             (field == "email" ? "email" : "birthday") + " = ? WHERE id = ?");
        if (value) {
            q->bind(1, *value);
        } else {
            q->bind(1);
        }
        q->bind(2, customer);
        q->exec();
    } else if (field == "personal_consent" || field == "sms_consent" || field == "email_consent") {
        auto q = db.prepared("UPDATE customers SET " + field + " = ? WHERE id = ?");
        q->bind(1, value == std::optional<std::string>("1") ? 1 : 0);
        q->bind(2, customer);
        q->exec();
    }
    return std::nullopt;
}

void write_attribute(Connection& db, const std::string& customer, const std::string& key,
                     const std::optional<std::string>& value, const std::string& actor,
                     const std::string& at) {
    if (!value) {
        auto q = db.prepared("DELETE FROM customer_attributes WHERE customer_id = ? AND key = ?");
        q->bind(1, customer);
        q->bind(2, key);
        q->exec();
        return;
    }
    auto q = db.prepared(
        "INSERT INTO customer_attributes(customer_id, key, value, updated_at, actor) VALUES (?1, ?2, ?3, ?4, "
        "?5) "
        "ON CONFLICT (customer_id, key) DO UPDATE SET value = ?3, updated_at = ?4, actor = ?5");
    q->bind(1, customer);
    q->bind(2, key);
    q->bind(3, *value);
    q->bind(4, at);
    q->bind(5, actor);
    q->exec();
}

std::string conflict_identity(const std::string& kind, const std::string& subject, const std::string& a,
                              const std::string& b) {
    return kind + "/" + subject + "/" + std::min(a, b) + "/" + std::max(a, b);
}

std::int64_t settle_marked(Connection& db, const std::string& identity, const std::string& actor, Instant at,
                           const std::string& from_till) {
    std::vector<std::pair<std::int64_t, std::string>> settled;
    {
        auto q = db.prepared(
            "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'dealt_with' "
            "WHERE identity = ? AND resolved_at IS NULL RETURNING id, kind, subject");
        q->bind(1, iso(at));
        q->bind(2, actor);
        q->bind(3, identity);
        while (q->executeStep()) {
            settled.emplace_back(q->getColumn(0).getInt64(),
                                 q->getColumn(1).getString() + " " + q->getColumn(2).getString());
        }
    }
    for (const auto& [id, details] : settled) {
        audit(db, at, actor, "conflict.dealt_with", std::to_string(id),
              details + (from_till.empty() ? "" : "; marked at till " + from_till));
    }
    return static_cast<std::int64_t>(settled.size());
}

}  // namespace detail

std::optional<Membership> SyncLog::membership() {
    return detail::guarded([&]() -> std::optional<Membership> {
        auto& db = store_.database().connection();
        auto q = db.prepared(
            "SELECT central_url, password_file, company_id, shop_id, till_id, till_name, pull_cursor "
            "FROM sync_membership");
        if (!q->executeStep()) {
            return std::nullopt;
        }
        Membership m;
        m.central_url = q->getColumn(0).getString();
        m.password_file = q->getColumn(1).getString();
        m.company_id = q->getColumn(2).getString();
        m.shop_id = q->getColumn(3).getString();
        m.till_id = q->getColumn(4).getString();
        m.till_name = q->getColumn(5).getString();
        m.pull_cursor = q->getColumn(6).getInt64();
        return m;
    });
}

void SyncLog::join(const Membership& m, Instant at) {
    check_text_length(TextField::central_url, m.central_url);
    check_text_length(TextField::password_file, m.password_file);
    check_text_length(TextField::till_name, m.till_name);
    detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        {
            auto existing = db.prepared("SELECT company_id, shop_id, till_id FROM sync_membership");
            if (existing->executeStep()) {
                if (existing->getColumn(0).getString() != m.company_id ||
                    existing->getColumn(1).getString() != m.shop_id ||
                    existing->getColumn(2).getString() != m.till_id) {
                    detail::invalid(
                        "This shop file is already a till of another shop in the office database.");
                }
                // The same till joining again: only where the central is and its password may change.
                auto update = db.prepared("UPDATE sync_membership SET central_url = ?, password_file = ?");
                update->bind(1, m.central_url);
                update->bind(2, m.password_file);
                update->exec();
                transaction.commit();
                return;
            }
        }
        auto insert = db.prepared(
            "INSERT INTO sync_membership(only_one, central_url, password_file, company_id, shop_id, till_id, "
            "till_name, joined_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)");
        insert->bind(1, m.central_url);
        insert->bind(2, m.password_file);
        insert->bind(3, m.company_id);
        insert->bind(4, m.shop_id);
        insert->bind(5, m.till_id);
        insert->bind(6, m.till_name);
        insert->bind(7, detail::iso(at));
        insert->exec();
        // The history, each kind in the order it was written and the kinds in the order they point at each
        // other, so the central receives a row after the rows it names.
        db.exec(R"sql(
INSERT INTO sync_outbox(kind, key) SELECT 'customer', id FROM customers ORDER BY created_at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'card', number FROM cards ORDER BY issued_at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'consent', CAST(id AS TEXT) FROM consents ORDER BY id;
INSERT INTO sync_outbox(kind, key) SELECT 'rules_version', uid FROM rules_versions ORDER BY hlc, id;
INSERT INTO sync_outbox(kind, key) SELECT 'receipt', id FROM receipts ORDER BY number;
INSERT INTO sync_outbox(kind, key) SELECT 'ledger', id FROM ledger ORDER BY seq;
INSERT INTO sync_outbox(kind, key) SELECT 'lot', id FROM lots ORDER BY ledger_seq;
INSERT INTO sync_outbox(kind, key, key2)
    SELECT 'lot_movement', m.ledger_id, m.lot_id FROM lot_movements m JOIN ledger g ON g.id = m.ledger_id
    ORDER BY g.seq, m.lot_id;
INSERT INTO sync_outbox(kind, key) SELECT 'refund', id FROM refunds ORDER BY created_at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'customer_merge', id FROM customer_merges ORDER BY merged_at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'coupon', code FROM coupons WHERE pulled_from IS NULL
    ORDER BY created_at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'coupon_use', id FROM coupon_uses WHERE pulled_from IS NULL
    ORDER BY at, gives_back IS NOT NULL, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'stamp_movement', id FROM stamp_movements WHERE pulled_from IS NULL
    ORDER BY at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'conflict_mark', id FROM conflict_marks WHERE till_id IS NULL
    ORDER BY marked_at, rowid;
INSERT INTO sync_outbox(kind, key) SELECT 'customer_note', CAST(id AS TEXT) FROM customer_notes
    WHERE till_id IS NULL ORDER BY id;
INSERT INTO sync_outbox(kind, key) SELECT 'complaint', id FROM complaints WHERE pulled_from IS NULL
    ORDER BY created_at, rowid;
)sql");
        // The attributes the file has travel as changes (their trigger queues them), stamped at the time each
        // was last set: any change made after the join is stamped later.
        {
            auto attributes = db.prepared(R"sql(
INSERT INTO attribute_changes(id, customer_id, key, value, hlc, till_id, actor, at)
SELECT lower(hex(randomblob(16))), customer_id, key, value,
       printf('%014d.%010d.%s', CAST(strftime('%s', updated_at) AS INTEGER), 0, ?1), ?1, actor, updated_at
FROM customer_attributes ORDER BY updated_at, customer_id, key
)sql");
            attributes->bind(1, m.till_id);
            attributes->exec();
        }
        transaction.commit();
    });
}

OutgoingBatch SyncLog::next_batch(int limit) {
    return detail::guarded([&] {
        auto& db = store_.database().connection();
        // One read transaction, so the rows and their lines are one moment of the file.
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::DEFERRED);
        OutgoingBatch batch;
        std::map<std::string, json> tables;
        auto outbox = db.prepared("SELECT seq, kind, key, key2 FROM sync_outbox ORDER BY seq LIMIT ?");
        outbox->bind(1, limit);
        while (outbox->executeStep()) {
            batch.last_seq = outbox->getColumn(0).getInt64();
            const std::string kind = outbox->getColumn(1).getString();
            const std::string key = outbox->getColumn(2).getString();
            const std::string key2 =
                outbox->getColumn(3).isNull() ? std::string() : outbox->getColumn(3).getString();
            for (const auto& table : kOutgoing) {
                if (kind != table.kind) {
                    continue;
                }
                auto q = db.prepared(table.select);
                q->bind(1, key);
                if (!key2.empty()) {
                    q->bind(2, key2);
                }
                if (!q->executeStep()) {
                    break;  // gone since (nothing that crosses tills is deleted today): nothing to send
                }
                json row = row_object(*q);
                row["n"] = ++batch.rows;
                tables[table.table].push_back(std::move(row));
                for (const auto& child : kChildren) {
                    if (kind != child.parent_kind) {
                        continue;
                    }
                    auto lines = db.prepared(child.select);
                    lines->bind(1, key);
                    while (lines->executeStep()) {
                        tables[child.table].push_back(row_object(*lines));
                    }
                }
            }
        }
        for (auto& [name, rows] : tables) {
            batch.tables.emplace_back(name, rows.dump());
        }
        transaction.commit();
        return batch;
    });
}

void SyncLog::acknowledge(std::int64_t last_seq, Instant at) {
    detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto q = db.prepared("DELETE FROM sync_outbox WHERE seq <= ?");
        q->bind(1, last_seq);
        q->exec();
        auto when = db.prepared("UPDATE sync_membership SET pushed_at = ?");
        when->bind(1, detail::iso(at));
        when->exec();
        transaction.commit();
    });
}

std::int64_t SyncLog::waiting() {
    return detail::guarded(
        [&] { return store_.database().sql().execAndGet("SELECT count(*) FROM sync_outbox").getInt64(); });
}

Waiting SyncLog::waiting_by_kind() {
    return detail::guarded([&] {
        auto q = store_.database().connection().prepared(
            "SELECT coalesce(sum(kind = 'receipt'), 0), count(*) FROM sync_outbox");
        q->executeStep();
        Waiting w;
        w.sales = q->getColumn(0).getInt64();
        w.other = q->getColumn(1).getInt64() - w.sales;
        return w;
    });
}

PullApplied SyncLog::apply_pulled(const std::vector<PulledRow>& rows, std::int64_t cursor, Instant at) {
    return detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        // Rows written here came from the central: they are not queued to go back.
        HybridLogicalClock clock{std::string()};
        {
            auto m = db.prepared("SELECT till_id, hlc_wall, hlc_counter FROM sync_membership");
            if (!m->executeStep()) {
                detail::invalid("This shop file is not a till of an office database: join it first.");
            }
            clock = HybridLogicalClock(m->getColumn(0).getString(), m->getColumn(1).getInt64(),
                                       m->getColumn(2).getInt64());
        }
        db.exec("UPDATE sync_membership SET recording = 0");
        Applier applier(db, at, clock);
        for (const auto& row : rows) {
            applier.apply(row);
        }
        applier.refresh_balances();
        auto move = db.prepared(
            "UPDATE sync_membership SET recording = 1, pull_cursor = max(pull_cursor, ?), pulled_at = ?, "
            "hlc_wall = ?, hlc_counter = ?");
        move->bind(1, cursor);
        move->bind(2, detail::iso(at));
        move->bind(3, applier.clock().wall());
        move->bind(4, applier.clock().counter());
        if (move->exec() != 1) {
            detail::invalid("This shop file is not a till of an office database: join it first.");
        }
        transaction.commit();
        return applier.result;
    });
}

namespace {

std::optional<ConflictCustomer> conflict_customer(detail::Connection& db, const char* where,
                                                  const std::string& key) {
    if (key.empty()) {
        return std::nullopt;
    }
    auto q = db.prepared(std::string("SELECT c.id, c.first_name, c.last_name, coalesce(c.phone, ''), "
                                     "coalesce((SELECT number FROM cards WHERE customer_id = c.id AND "
                                     "status = 'active' ORDER BY issued_at, number LIMIT 1), ''), "
                                     "coalesce(c.merged_into, '') FROM customers c WHERE ") +
                         where);
    q->bind(1, key);
    if (!q->executeStep()) {
        return std::nullopt;
    }
    return ConflictCustomer{q->getColumn(0).getString(), q->getColumn(1).getString(),
                            q->getColumn(2).getString(), q->getColumn(3).getString(),
                            q->getColumn(4).getString(), q->getColumn(5).getString()};
}

}  // namespace

std::vector<SyncConflict> SyncLog::conflicts(bool include_settled) {
    return detail::guarded([&] {
        auto& db = store_.database().connection();
        std::vector<SyncConflict> list;
        auto q = db.prepared(
            "SELECT id, kind, subject, other, points, found_at, coalesce(resolution, ''), resolved_at, "
            "coalesce(resolved_by, ''), kept, lost, first_receipt, first_number, first_amount, other, "
            "second_number, second_amount, coalesce(identity, '') FROM sync_conflicts "
            "WHERE ?1 = 1 OR resolved_at IS NULL "
            "ORDER BY id");
        q->bind(1, include_settled ? 1 : 0);
        while (q->executeStep()) {
            SyncConflict c;
            c.id = q->getColumn(0).getInt64();
            c.kind = conflict_kind(q->getColumn(1).getString());
            c.subject = q->getColumn(2).getString();
            c.other = q->getColumn(3).getString();
            c.points = q->getColumn(4).getInt64();
            c.found_at = parse_timestamp(q->getColumn(5).getString()).instant;
            const std::string resolution = q->getColumn(6).getString();
            c.resolution = resolution == "merged"       ? ConflictResolution::merged
                           : resolution == "dealt_with" ? ConflictResolution::dealt_with
                                                        : ConflictResolution::open;
            if (!q->getColumn(7).isNull()) {
                c.resolved_at = parse_timestamp(q->getColumn(7).getString()).instant;
            }
            c.resolved_by = q->getColumn(8).getString();
            if (!q->getColumn(9).isNull()) {
                c.kept = q->getColumn(9).getString();
            }
            if (!q->getColumn(10).isNull()) {
                c.lost = q->getColumn(10).getString();
            }
            if (c.kind == SyncConflictKind::coupon_reused) {
                c.first_use = ConflictCouponUse{q->getColumn(11).getString(), q->getColumn(12).getInt64(),
                                                Money::minor(q->getColumn(13).getInt64())};
                c.second_use = ConflictCouponUse{q->getColumn(14).getString(), q->getColumn(15).getInt64(),
                                                 Money::minor(q->getColumn(16).getInt64())};
            }
            c.identity = q->getColumn(17).getString();
            list.push_back(std::move(c));
        }
        // Who each is about, as the file has her now (after a merge, the customer who stayed has the phone
        // and the cards).
        for (SyncConflict& c : list) {
            switch (c.kind) {
                case SyncConflictKind::overdrawn_lot:
                    c.customer = conflict_customer(db, "c.id = (SELECT customer_id FROM lots WHERE id = ?)",
                                                   c.subject);
                    break;
                case SyncConflictKind::phone_taken:
                    c.customer = conflict_customer(db, "c.phone = ?", c.subject);
                    c.pulled = conflict_customer(db, "c.id = ?", c.other);
                    break;
                case SyncConflictKind::card_taken:
                    c.customer = conflict_customer(
                        db, "c.id = (SELECT customer_id FROM cards WHERE number = ?)", c.subject);
                    c.pulled = conflict_customer(db, "c.id = ?", c.other);
                    break;
                case SyncConflictKind::concurrent_edit:
                    // The subject is the customer, or the card whose holder she is.
                    c.customer = conflict_customer(
                        db, "c.id = coalesce((SELECT customer_id FROM cards WHERE number = ?1), ?1)",
                        c.subject);
                    break;
                case SyncConflictKind::coupon_reused:
                    // A next-visit coupon's holder; a printed code is nobody's.
                    c.customer = conflict_customer(
                        db, "c.id = (SELECT customer_id FROM coupons WHERE code = ?)", c.subject);
                    break;
                case SyncConflictKind::opposite_merge:
                    // The subject is the merge that won: its kept customer and the one merged into her.
                    c.customer = conflict_customer(
                        db, "c.id = (SELECT kept_id FROM customer_merges WHERE id = ?)", c.subject);
                    c.pulled = conflict_customer(
                        db, "c.id = (SELECT merged_id FROM customer_merges WHERE id = ?)", c.subject);
                    break;
            }
        }
        return list;
    });
}

void SyncLog::mark_dealt_with(std::int64_t conflict_id, const Actor& actor, Instant at) {
    if (actor.empty()) {
        detail::refused(StoreProblem::audit_entry_incomplete);
    }
    // Kept in the conflict, in the mark that travels to every till and in the audit: bounded.
    check_text_length(TextField::actor, actor.value());
    detail::guarded([&] {
        auto& db = store_.database().connection();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::string identity;
        {
            auto q = db.prepared(
                "SELECT coalesce(identity, '') FROM sync_conflicts WHERE id = ? AND resolved_at IS NULL");
            q->bind(1, conflict_id);
            if (!q->executeStep()) {
                detail::refused(StoreProblem::no_such_conflict, {conflict_id});
            }
            identity = q->getColumn(0).getString();
        }
        if (identity.empty()) {
            // A row without an identity (written by hand, not by a pull): settled here alone, nothing
            // travels.
            identity = "here/" + std::to_string(conflict_id);
            auto q = db.prepared("UPDATE sync_conflicts SET identity = ? WHERE id = ?");
            q->bind(1, identity);
            q->bind(2, conflict_id);
            q->exec();
        } else {
            // The mark travels (queued by its trigger while the file is a member): every till settles its own
            // conflicts of this identity when it pulls it.
            auto q =
                db.prepared("INSERT INTO conflict_marks(id, identity, actor, marked_at) VALUES (?, ?, ?, ?)");
            q->bind(1, db.new_id());
            q->bind(2, identity);
            q->bind(3, actor.value());
            q->bind(4, detail::iso(at));
            q->exec();
        }
        // This one, and the same conflict found again here (an identity found twice) with it.
        detail::settle_marked(db, identity, actor.value(), at, {});
        transaction.commit();
    });
}

}  // namespace kassa::store
