// A till's sync round with the central database (docs/sync.md).

#include "kassa/central/sync.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kassa/store/sync_log.hpp"
#include "pg.hpp"

namespace kassa::central {

namespace {

// One table as it crosses: its name (the same in the shop file and here), its columns with PostgreSQL's
// types as jsonb_to_recordset reads them, whether its rows are numbered in the company's change order (the
// lines of a receipt or a refund travel with it and are not), and whether other tills pull it.
struct Table {
    const char* name;
    const char* columns;
    bool numbered;
    bool pulled;
};

// In the order the rows point at each other, so a batch's references are written before the rows using them.
const Table kTables[] = {
    {"customers",
     "id text, first_name text, last_name text, phone text, email text, birthday text, created_at text, "
     "referred_by text, personal_consent smallint, sms_consent smallint, email_consent smallint, erased_at "
     "text",
     true, true},
    {"cards", "number text, customer_id text, status text, issued_at text, replaced_by text", true, true},
    {"consents", "id bigint, customer_id text, kind text, given smallint, at text, source text", true, true},
    {"receipts",
     "id text, number bigint, created_at text, business_day text, customer_id text, card_number text, "
     "cashier_id text, rules_version bigint, gross bigint, discount bigint, net bigint, redeemed_points "
     "bigint, "
     "redeemed_money bigint, payable bigint, points_earned bigint, tier_spend bigint, change bigint, quote "
     "text, "
     "shift_id text",
     true, false},
    {"receipt_lines",
     "receipt_id text, line_no bigint, sku text, name text, category text, unit_price bigint, qty bigint, "
     "gross bigint, discount bigint, net bigint, redeemed bigint, points bigint, discounts text, "
     "vat_rate bigint, vat bigint",
     false, false},
    {"payments", "receipt_id text, seq bigint, method text, amount bigint", false, false},
    {"ledger",
     "id text, customer_id text, kind text, points bigint, receipt_id text, refund_id text, program text, "
     "reason text, actor text, created_at text",
     true, true},
    {"lots", "id text, customer_id text, points bigint, available_at bigint, expires_at bigint", true, true},
    {"lot_movements", "ledger_id text, lot_id text, points bigint", true, true},
    {"refunds",
     "id text, receipt_id text, created_at text, cashier_id text, money_back bigint, kept_for_points bigint, "
     "points_reversed bigint, points_restored bigint, tier_spend bigint, reason text, tender text, "
     "approved_by text, customer_id text, shift_id text",
     true, false},
    {"refund_lines",
     "refund_id text, line_no bigint, qty bigint, money_back bigint, redeemed_back bigint, "
     "points_reversed bigint, sku text, name text, unit_price bigint, vat bigint",
     false, false},
    {"field_changes",
     "id text, entity text, key text, customer_id text, field text, value text, hlc text, prior text, actor "
     "text, at text",
     true, true},
};

// An erasure pushed in this batch blanks the customer's personal values here too: her row, and the values of
// her edits, now and when more arrive (the change rows stay, so tills that pull them later still order
// them). $1 company, $2 the batch's field changes as a JSON array. A till that pulls her row afterwards
// receives her erased.
const char* const kEraseAtCentral[] = {
    "UPDATE customers c SET first_name = '', last_name = '', phone = NULL, email = NULL, birthday = NULL, "
    "personal_consent = 0, sms_consent = 0, email_consent = 0, erased_at = coalesce(c.erased_at, r.value) "
    "FROM jsonb_to_recordset($2::jsonb) AS r(key text, field text, value text) "
    "WHERE r.field = 'erased' AND c.company_id = $1::uuid AND c.id = r.key",
    // Also an edit that arrives after her erasure (made at a till that had not pulled it yet).
    "UPDATE field_changes f SET value = NULL FROM customers c WHERE c.company_id = $1::uuid AND c.erased_at "
    "IS NOT NULL AND c.id IN (SELECT r.customer_id FROM jsonb_to_recordset($2::jsonb) AS r(customer_id "
    "text)) "
    "AND f.company_id = $1::uuid AND f.customer_id = c.id AND f.entity = 'customer' "
    "AND f.field IN ('first_name', 'last_name', 'phone', 'email', 'birthday') AND f.value IS NOT NULL",
};

std::vector<std::string> column_names(const Table& table) {
    std::vector<std::string> names;
    const std::string columns = table.columns;
    std::size_t start = 0;
    while (start < columns.size()) {
        std::size_t end = columns.find(',', start);
        if (end == std::string::npos) {
            end = columns.size();
        }
        std::string item = columns.substr(start, end - start);
        item.erase(0, item.find_first_not_of(' '));
        names.push_back(item.substr(0, item.find(' ')));
        start = end + 1;
    }
    return names;
}

std::string joined(const std::vector<std::string>& names, const std::string& prefix) {
    std::string out;
    for (const auto& n : names) {
        out += (out.empty() ? "" : ", ") + prefix + n;
    }
    return out;
}

// $1 company, $2 till, $3 the company's change number before the batch, $4 the rows as a JSON array (a table
// whose rows are not numbered: $1 company, $2 the rows). A row already here (a batch sent again after a
// crash) is skipped by its key.
std::string insert_sql(const Table& table) {
    const auto names = column_names(table);
    if (table.numbered) {
        return std::string("INSERT INTO ") + table.name + "(company_id, seq, till_id, " + joined(names, "") +
               ") SELECT $1::uuid, $3::bigint + r.n, $2::uuid, " + joined(names, "r.") +
               " FROM jsonb_to_recordset($4::jsonb) AS r(n bigint, " + table.columns +
               ") ON CONFLICT DO NOTHING";
    }
    return std::string("INSERT INTO ") + table.name + "(company_id, " + joined(names, "") +
           ") SELECT $1::uuid, " + joined(names, "r.") + " FROM jsonb_to_recordset($2::jsonb) AS r(" +
           table.columns + ") ON CONFLICT DO NOTHING";
}

// $1 company, $2 after this change number, $3 up to this one, $4 the pulling till (its own rows stay out).
std::string pull_sql(const Table& table) {
    return std::string(
               "SELECT coalesce(json_agg(t ORDER BY t.seq), '[]'::json)::text FROM (SELECT seq, till_id, ") +
           joined(column_names(table), "") + " FROM " + table.name +
           " WHERE company_id = $1::uuid AND seq > $2::bigint AND seq <= $3::bigint AND till_id <> $4::uuid) "
           "t";
}

std::int64_t push(detail::Pg& pg, store::SyncLog& log, const store::Membership& m, Instant at,
                  int batch_rows) {
    std::int64_t pushed = 0;
    for (;;) {
        const store::OutgoingBatch batch = log.next_batch(batch_rows);
        if (batch.rows == 0) {
            if (batch.last_seq > 0) {
                log.acknowledge(batch.last_seq, at);  // only rows that are gone: nothing to send
            }
            return pushed;
        }
        {
            detail::Pg::Transaction transaction(pg);
            // The company's row stays locked until the commit: its pushes take turns, so change numbers are
            // committed in order (docs/sync.md, "Cursors").
            const auto base =
                pg.exec("SELECT last_seq FROM companies WHERE id = $1::uuid FOR UPDATE", {m.company_id});
            if (base.rows() != 1) {
                throw CentralError(CentralProblem::unknown_till, m.till_name);
            }
            const std::string first = base.text(0, 0);
            for (const auto& table : kTables) {
                const auto rows = std::find_if(batch.tables.begin(), batch.tables.end(),
                                               [&](const auto& t) { return t.first == table.name; });
                if (rows != batch.tables.end()) {
                    if (table.numbered) {
                        pg.exec(insert_sql(table), {m.company_id, m.till_id, first, rows->second});
                    } else {
                        pg.exec(insert_sql(table), {m.company_id, rows->second});
                    }
                }
            }
            const auto changes = std::find_if(batch.tables.begin(), batch.tables.end(),
                                              [](const auto& t) { return t.first == "field_changes"; });
            if (changes != batch.tables.end()) {
                for (const char* sql : kEraseAtCentral) {
                    pg.exec(sql, {m.company_id, changes->second});
                }
            }
            pg.exec("UPDATE companies SET last_seq = last_seq + $2::bigint WHERE id = $1::uuid",
                    {m.company_id, std::to_string(batch.rows)});
            transaction.commit();
        }
        // Durable at the central: the rows leave the outbox. A crash before this line sends them again,
        // and the central skips them by their keys.
        log.acknowledge(batch.last_seq, at);
        pushed += batch.rows;
    }
}

store::PullApplied pull(detail::Pg& pg, store::SyncLog& log, const store::Membership& m, Instant at,
                        int batch_rows) {
    store::PullApplied total;
    const auto last = pg.exec("SELECT last_seq FROM companies WHERE id = $1::uuid", {m.company_id});
    if (last.rows() != 1) {
        throw CentralError(CentralProblem::unknown_till, m.till_name);
    }
    const std::int64_t last_seq = last.number(0, 0);
    std::int64_t cursor = m.pull_cursor;
    while (cursor < last_seq) {
        const std::int64_t end = std::min(last_seq, cursor + batch_rows);
        struct Row {
            std::int64_t seq;
            store::PulledRow row;
        };
        std::vector<Row> rows;
        for (const auto& table : kTables) {
            if (!table.pulled) {
                continue;
            }
            const auto result = pg.exec(
                pull_sql(table), {m.company_id, std::to_string(cursor), std::to_string(end), m.till_id});
            for (const auto& object : nlohmann::json::parse(result.text(0, 0))) {
                rows.push_back(Row{
                    object.at("seq").get<std::int64_t>(),
                    store::PulledRow{table.name, object.dump(), object.at("till_id").get<std::string>()}});
            }
        }
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.seq < b.seq; });
        std::vector<store::PulledRow> ordered;
        ordered.reserve(rows.size());
        for (auto& r : rows) {
            ordered.push_back(std::move(r.row));
        }
        // The rows and the cursor in one transaction of the shop file: a crash here pulls the window again.
        const store::PullApplied applied = log.apply_pulled(ordered, end, at);
        total.rows += applied.rows;
        total.conflicts += applied.conflicts;
        cursor = end;
    }
    return total;
}

void check_till(detail::Pg& pg, const store::Membership& m) {
    const auto till =
        pg.exec("SELECT 1 FROM tills WHERE id = $1::uuid AND company_id = $2::uuid AND shop_id = $3::uuid",
                {m.till_id, m.company_id, m.shop_id});
    if (till.rows() != 1) {
        throw CentralError(CentralProblem::unknown_till, m.till_name);
    }
}

}  // namespace

std::string join(store::Store& store, const Address& address, const std::string& shop,
                 const std::string& till_name, Instant at) {
    Central central(address);
    const ShopRef ref = central.find_shop(shop);
    store::SyncLog log(store);
    std::string till_id;
    if (const auto m = log.membership()) {
        if (m->company_id != ref.company_id || m->shop_id != ref.shop_id || m->till_name != till_name) {
            throw CentralError(CentralProblem::already_member,
                               "till \"" + m->till_name + "\" of another shop");
        }
        till_id = m->till_id;
    } else {
        till_id = store::new_id();
    }
    // A name another till of the shop has is refused before the shop file changes.
    const auto named = central.pg().exec("SELECT id::text FROM tills WHERE shop_id = $1::uuid AND name = $2",
                                         {ref.shop_id, till_name});
    if (named.rows() == 1 && named.text(0, 0) != till_id) {
        throw CentralError(CentralProblem::till_taken, till_name);
    }
    store::Membership membership;
    membership.central_url = address.url;
    membership.password_file = address.password_file;
    membership.company_id = ref.company_id;
    membership.shop_id = ref.shop_id;
    membership.till_id = till_id;
    membership.till_name = till_name;
    log.join(membership, at);
    central.register_till(ref, till_id, till_name);
    return till_id;
}

SyncReport sync(store::Store& store, Instant at, const SyncOptions& options) {
    store::SyncLog log(store);
    const auto m = log.membership();
    if (!m) {
        throw CentralError(CentralProblem::not_a_member, {});
    }
    Central central(Address{m->central_url, m->password_file});
    central.require_current_schema();
    check_till(central.pg(), *m);
    SyncReport report;
    report.pushed = push(central.pg(), log, *m, at, std::max(1, options.batch_rows));
    const auto pulled = pull(central.pg(), log, *m, at, std::max(1, options.batch_rows));
    report.pulled = pulled.rows;
    report.conflicts = pulled.conflicts;
    report.waiting = log.waiting();
    return report;
}

}  // namespace kassa::central
