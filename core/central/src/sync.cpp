// A till's sync round with the central database (docs/sync.md).

#include "kassa/central/sync.hpp"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string_view>

#include "kassa/store/sync_log.hpp"
#include "pg.hpp"
#include "schema.hpp"
#include "secret.hpp"

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
    // More of the pull's WHERE for a table whose rows go to some tills only ($5: the pulling till's shop).
    const char* pulled_by = nullptr;
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
     "shift_id text, rules_version_id text",
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
    // It points at customers only, and nothing points at it.
    {"customer_merges", "id text, kept_id text, merged_id text, actor text, merged_at text", true, true},
    {"field_changes",
     "id text, entity text, key text, customer_id text, field text, value text, hlc text, prior text, actor "
     "text, at text",
     true, true},
    // A coupon points at its customer and receipt; a use at its receipt, a give-back at its refund and use.
    {"coupons",
     "code text, program text, customer_id text, issued_receipt text, valid_from text, valid_to text, "
     "created_at text",
     true, true},
    {"coupon_uses",
     "id text, code text, program text, receipt_id text, receipt_number bigint, discount bigint, gives_back "
     "text, refund_id text, at text",
     true, true},
    {"stamp_movements",
     "id text, customer_id text, program text, change bigint, receipt_id text, refund_id text, at text", true,
     true},
    // The owner's marks of conflicts as dealt with: nothing points at them, they point at nothing.
    {"conflict_marks", "id text, identity text, actor text, marked_at text", true, true},
    // Notes and complaints point at customers, a complaint at its receipt and its points' ledger entry.
    {"customer_notes", "id text, customer_id text, text text, author text, created_at text", true, true},
    {"complaints",
     "id text, customer_id text, receipt_id text, reason text, resolution text, points bigint, ledger_id "
     "text, "
     "actor text, created_at text",
     true, true},
    {"attribute_changes", "id text, customer_id text, key text, value text, hlc text, actor text, at text",
     true, true},
    // A shop's own versions go to its tills only; a till's own (saved before it joined) to no other till.
    {"rules_versions",
     "id text, scope text, shop_id uuid, hlc text, created_at text, author text, summary text, document text",
     true, true, "AND scope <> 'till' AND (shop_id IS NULL OR shop_id = $5::uuid)"},
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

// $1 company, $2 after this change number, $3 up to this one, $4 the pulling till (its own rows stay out),
// $5 its shop (only for a table with `pulled_by`).
std::string pull_sql(const Table& table) {
    return std::string(
               "SELECT coalesce(json_agg(t ORDER BY t.seq), '[]'::json)::text FROM (SELECT seq, till_id, ") +
           joined(column_names(table), "") + " FROM " + table.name +
           " WHERE company_id = $1::uuid AND seq > $2::bigint AND seq <= $3::bigint AND till_id <> "
           "$4::uuid " +
           (table.pulled_by ? table.pulled_by : "") + ") t";
}

void require_known_schema(std::int64_t version) {
    if (version > Central::current_schema_version()) {
        throw CentralError(CentralProblem::newer_schema, std::to_string(version));
    }
}

void step(const SyncOptions& options, SyncStep what, int batch) {
    if (options.on_step) {
        options.on_step(what, batch);
    }
}

bool keep_going(const SyncOptions& options) {
    return !options.keep_going || options.keep_going();
}

std::int64_t push(detail::Pg& pg, store::SyncLog& log, const store::Membership& m, Instant at,
                  const SyncOptions& options) {
    const int batch_rows = std::max(1, options.batch_rows);
    std::int64_t pushed = 0;
    for (int number = 1; keep_going(options); ++number) {
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
            // The schema is checked in every batch, not only when the round began: `central init` takes the
            // migrations' lock exclusively, so a migration waits for the batches under way and every batch
            // after it reads the new version and is refused before it writes anything.
            pg.exec(std::string("SELECT pg_advisory_xact_lock_shared(") + detail::kMigrationLock + ")");
            const auto base = pg.exec(
                "SELECT last_seq, (SELECT version FROM kassa_schema) FROM companies WHERE id = $1::uuid FOR "
                "UPDATE",
                {m.company_id});
            if (base.rows() != 1) {
                throw CentralError(CentralProblem::unknown_till, m.till_name);
            }
            require_known_schema(base.number(0, 1));
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
            for (const auto& [name, rows] : batch.tables) {
                if (name == "field_changes" || name == "customer_notes" || name == "attribute_changes") {
                    // An erasure blanks the customer's personal values here too: her row, the values of her
                    // edits and the texts of her notes, now and when more arrive (the change rows stay, so
                    // tills that pull them later still order them). A till's login updates nothing itself:
                    // the function, the tables' owner's, does only this (central migrations 4 and 8,
                    // docs/security.md).
                    pg.exec("SELECT kassa_apply_erasures($1::uuid, $2::jsonb)", {m.company_id, rows});
                }
            }
            pg.exec("UPDATE companies SET last_seq = last_seq + $2::bigint WHERE id = $1::uuid",
                    {m.company_id, std::to_string(batch.rows)});
            step(options, SyncStep::push_sent, number);
            transaction.commit();
        }
        step(options, SyncStep::push_committed, number);
        // Durable at the central: the rows leave the outbox. A crash before this line sends them again,
        // and the central skips them by their keys.
        log.acknowledge(batch.last_seq, at);
        pushed += batch.rows;
        step(options, SyncStep::push_acknowledged, number);
    }
    return pushed;
}

store::PullApplied pull(detail::Pg& pg, store::SyncLog& log, const store::Membership& m, Instant at,
                        const SyncOptions& options) {
    const int batch_rows = std::max(1, options.batch_rows);
    int number = 0;
    store::PullApplied total;
    const auto last = pg.exec("SELECT last_seq FROM companies WHERE id = $1::uuid", {m.company_id});
    if (last.rows() != 1) {
        throw CentralError(CentralProblem::unknown_till, m.till_name);
    }
    const std::int64_t last_seq = last.number(0, 0);
    std::int64_t cursor = m.pull_cursor;
    while (cursor < last_seq && keep_going(options)) {
        ++number;
        // A central upgraded since the last window sends rows this Kassa may misread: stop before reading.
        require_known_schema(pg.exec("SELECT version FROM kassa_schema").number(0, 0));
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
            std::vector<detail::Param> params{m.company_id, std::to_string(cursor), std::to_string(end),
                                              m.till_id};
            if (table.pulled_by) {
                params.push_back(m.shop_id);
            }
            const auto result = pg.exec(pull_sql(table), params);
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
        step(options, SyncStep::pull_fetched, number);
        // The rows and the cursor in one transaction of the shop file: a crash here pulls the window again.
        const store::PullApplied applied = log.apply_pulled(ordered, end, at);
        total.rows += applied.rows;
        total.conflicts += applied.conflicts;
        cursor = end;
        step(options, SyncStep::pull_applied, number);
    }
    return total;
}

// The till logs in as itself: a login that belongs to another till (its password file copied from another
// till, shop or company) is refused before anything is sent or received. An admin's login (no row in
// till_logins) may still sync, as before till logins existed. Then the till must be the one the shop file
// says: a till login of another company sees no tills of this one.
void check_till(detail::Pg& pg, const store::Membership& m) {
    const auto login = pg.exec(
        "SELECT current_user::text, (SELECT till_id::text FROM till_logins WHERE role_name = current_user)");
    if (!login.null(0, 1) && login.text(0, 1) != m.till_id) {
        throw CentralError(CentralProblem::wrong_till_login, login.text(0, 0));
    }
    const auto till =
        pg.exec("SELECT 1 FROM tills WHERE id = $1::uuid AND company_id = $2::uuid AND shop_id = $3::uuid",
                {m.till_id, m.company_id, m.shop_id});
    if (till.rows() != 1) {
        throw CentralError(CentralProblem::unknown_till, m.till_name);
    }
}

bool unreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

std::string percent_encoded(const std::string& text, std::string_view also_plain) {
    static const char* const hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        if (unreserved(c) || also_plain.find(c) != std::string_view::npos) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        }
    }
    return out;
}

std::string absolute(const std::string& path) {
    std::error_code error;
    const auto full = std::filesystem::absolute(path, error);
    return error ? path : full.lexically_normal().string();
}

}  // namespace

std::string till_url(const std::string& admin_url, const std::string& login) {
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(admin_url.c_str(), &error), &PQconninfoFree);
    if (!options) {
        std::string message = error ? error : "not a connection address";
        PQfreemem(error);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
            message.pop_back();
        }
        throw CentralError(CentralProblem::bad_url, message);
    }
    // Every setting the admin's address gave passes through (host, port, sslmode, sslrootcert,
    // connect_timeout...) as a query parameter; the user becomes the till's login, and a password file of
    // the admin's is dropped (the URL has no password: one that has is refused before).
    std::string dbname;
    std::string query;
    for (const PQconninfoOption* o = options.get(); o && o->keyword; ++o) {
        const std::string keyword = o->keyword;
        if (!o->val || keyword == "user" || keyword == "password" || keyword == "passfile") {
            continue;
        }
        if (keyword == "dbname") {
            dbname = o->val;
            continue;
        }
        query += (query.empty() ? "?" : "&") + keyword + "=" + percent_encoded(o->val, "/:,");
    }
    return "postgresql://" + percent_encoded(login, "") + "@/" + percent_encoded(dbname, "") + query;
}

std::string join(store::Store& store, const Address& admin, const std::string& shop,
                 const std::string& till_name, Instant at, const JoinOptions& options) {
    Central central(admin);
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
    // The till's own password, in its own file: made now, or the one a join that failed later made.
    const std::string password_file =
        absolute(options.till_password_file.empty() ? store.database().path() + ".central.pw"
                                                    : options.till_password_file);
    if (!admin.password_file.empty() && absolute(admin.password_file) == password_file) {
        throw CentralError(CentralProblem::password_file_foreign, password_file);
    }
    std::string password = detail::till_password(password_file, store.database().path());
    const std::string login = Central::till_login_name(till_id);
    store::Membership membership;
    membership.central_url = till_url(admin.url, login);
    membership.password_file = password_file;
    membership.company_id = ref.company_id;
    membership.shop_id = ref.shop_id;
    membership.till_id = till_id;
    membership.till_name = till_name;
    try {
        // The shop file first: it keeps the till's id, so a join that fails at the central is finished by
        // the next one under the same id.
        log.join(membership, at);
        central.register_till_login(ref, till_id, till_name, password);
    } catch (...) {
        detail::wipe(password);
        throw;
    }
    detail::wipe(password);
    // The till's login works, and is this till's.
    Central as_till(Address{membership.central_url, membership.password_file});
    as_till.require_current_schema();
    check_till(as_till.pg(), membership);
    return till_id;
}

SyncReport sync(store::Store& store, Instant at, const SyncOptions& options) {
    store::SyncLog log(store);
    const auto m = log.membership();
    if (!m) {
        throw CentralError(CentralProblem::not_a_member, {});
    }
    Central central(Address{m->central_url, m->password_file});
    // PostgreSQL checks each foreign key with a plan it keeps for the connection, and after a few runs it
    // keeps a generic one costed on the table's statistics. In a young central database (a new company, its
    // tills sending their history) those say "almost empty", the generic plan scans, and each batch of a
    // push got slower than the last (lots 10 ms -> 190 ms per batch over 2,000 sales, docs/performance.md).
    // Custom plans cost a few microseconds of planning per check and keep every batch on the index.
    central.pg().exec("SET plan_cache_mode = force_custom_plan");
    central.require_current_schema();
    check_till(central.pg(), *m);
    SyncReport report;
    report.pushed = push(central.pg(), log, *m, at, options);
    const auto pulled = pull(central.pg(), log, *m, at, options);
    report.pulled = pulled.rows;
    report.conflicts = pulled.conflicts;
    report.waiting = log.waiting();
    return report;
}

}  // namespace kassa::central
