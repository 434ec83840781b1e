// The shop database's schema as forward migrations. Each migration runs in one transaction and bumps
// PRAGMA user_version; a migration once released is never edited, only followed by a new one.

#include "schema.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <tuple>

#include "catalog_writer.hpp"
#include "kassa/core/hlc.hpp"
#include "kassa/store/store.hpp"
#include "rules_select.hpp"

namespace kassa::store::detail {

namespace {

// Migration 2: the search keys of the products already in the shop.
void fill_product_search(SQLite::Database& db) {
    std::vector<std::tuple<std::int64_t, std::string, std::string>> products;
    SQLite::Statement q(db, "SELECT id, name, sku FROM products");
    while (q.executeStep()) {
        products.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                              q.getColumn(2).getString());
    }
    for (const auto& [id, name, sku] : products) {
        write_search_keys(db, id, name, sku);
    }
}

// Migration 12: each use coupons.used_receipt recorded becomes a row of coupon_uses (with the discount its
// receipt's quote says it gave), the coupons rows that only recorded a printed code's use go, and a file
// that is already a till queues its coupons and their uses for the next push.
void move_coupon_uses(SQLite::Database& db) {
    std::vector<std::tuple<std::string, std::string, std::string, std::int64_t, std::int64_t, std::string>>
        uses;
    {
        SQLite::Statement q(
            db,
            "SELECT c.code, c.program, r.id, r.number, coalesce((SELECT json_extract(j.value, "
            "'$.amount') FROM json_each(r.quote, '$.coupons_applied') j WHERE "
            "json_extract(j.value, '$.code') = c.code LIMIT 1), 0), r.created_at FROM coupons c "
            "JOIN receipts r ON r.id = c.used_receipt ORDER BY r.number, c.code");
        while (q.executeStep()) {
            uses.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString(),
                              q.getColumn(2).getString(), q.getColumn(3).getInt64(),
                              q.getColumn(4).getInt64(), q.getColumn(5).getString());
        }
    }
    db.exec("UPDATE coupons SET used_receipt = NULL WHERE used_receipt IS NOT NULL");
    db.exec("DELETE FROM coupons WHERE issued_receipt IS NULL");
    // Already a till: the coupons first (the trigger queues each use as it is written below).
    db.exec(
        "INSERT INTO sync_outbox(kind, key) SELECT 'coupon', code FROM coupons "
        "WHERE (SELECT recording FROM sync_membership) = 1 ORDER BY created_at, code");
    SQLite::Statement add(
        db,
        "INSERT INTO coupon_uses(id, code, program, receipt_id, receipt_number, discount, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [code, program, receipt, number, discount, at] : uses) {
        add.bind(1, new_id());
        add.bind(2, code);
        add.bind(3, program);
        add.bind(4, receipt);
        add.bind(5, number);
        add.bind(6, std::max<std::int64_t>(discount, 0));
        add.bind(7, at);
        add.exec();
        add.reset();
    }
}

// Migration 12: each stamp count becomes one movement (dated at the customer's last purchase), which the
// trigger sums back into the count; a till queues them for the next push.
void move_stamps(SQLite::Database& db) {
    std::vector<std::tuple<std::string, std::string, std::int64_t, std::string>> counts;
    {
        SQLite::Statement q(
            db,
            "SELECT s.customer_id, s.program, s.count, coalesce(c.last_purchase_at, c.created_at) "
            "FROM stamps s JOIN customers c ON c.id = s.customer_id WHERE s.count <> 0 "
            "ORDER BY s.customer_id, s.program");
        while (q.executeStep()) {
            counts.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString(),
                                q.getColumn(2).getInt64(), q.getColumn(3).getString());
        }
    }
    db.exec("DELETE FROM stamps");
    SQLite::Statement add(
        db, "INSERT INTO stamp_movements(id, customer_id, program, change, at) VALUES (?, ?, ?, ?, ?)");
    for (const auto& [customer, program, count, at] : counts) {
        add.bind(1, new_id());
        add.bind(2, customer);
        add.bind(3, program);
        add.bind(4, count);
        add.bind(5, at);
        add.exec();
        add.reset();
    }
}

void move_coupon_uses_and_stamps(SQLite::Database& db) {
    move_coupon_uses(db);
    move_stamps(db);
}

// Migration 14: the versions saved before get a global id and a stamp in the order they were saved (their
// time, then their number), so the newest stays the newest.
void fill_rules_versions(SQLite::Database& db) {
    std::vector<std::pair<std::int64_t, std::string>> versions;
    SQLite::Statement q(db, "SELECT id, created_at FROM rules_versions ORDER BY id");
    while (q.executeStep()) {
        versions.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    }
    HybridLogicalClock clock(kLocalRulesTill);
    for (const auto& [id, created_at] : versions) {
        SQLite::Statement update(db, "UPDATE rules_versions SET uid = ?, hlc = ? WHERE id = ?");
        update.bind(1, new_id());
        update.bind(2, format_hlc(clock.tick(parse_timestamp(created_at).instant)));
        update.bind(3, id);
        update.exec();
    }
    db.exec("CREATE UNIQUE INDEX rules_versions_uid ON rules_versions(uid)");
}

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list{
        {1, R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE rules_versions (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    author      TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    document    TEXT NOT NULL
) STRICT;

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT '',
    price       INTEGER NOT NULL CHECK (price >= 0),
    min_price   INTEGER CHECK (min_price IS NULL OR (min_price >= 0 AND min_price <= price)),
    by_weight   INTEGER NOT NULL DEFAULT 0 CHECK (by_weight IN (0, 1)),
    stock       INTEGER,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE product_barcodes (
    barcode     TEXT PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

CREATE TABLE customers (
    id                  TEXT PRIMARY KEY,
    first_name          TEXT NOT NULL DEFAULT '',
    last_name           TEXT NOT NULL DEFAULT '',
    first_folded        TEXT NOT NULL DEFAULT '',
    last_folded         TEXT NOT NULL DEFAULT '',
    phone               TEXT UNIQUE,
    email               TEXT,
    birthday            TEXT,
    created_at          TEXT NOT NULL,
    referred_by         TEXT REFERENCES customers(id),
    personal_consent    INTEGER NOT NULL DEFAULT 0 CHECK (personal_consent IN (0, 1)),
    sms_consent         INTEGER NOT NULL DEFAULT 0 CHECK (sms_consent IN (0, 1)),
    email_consent       INTEGER NOT NULL DEFAULT 0 CHECK (email_consent IN (0, 1)),
    purchases_count     INTEGER NOT NULL DEFAULT 0,
    spend_lifetime      INTEGER NOT NULL DEFAULT 0,
    last_purchase_at    TEXT,
    balance_cached      INTEGER NOT NULL DEFAULT 0,
    birthday_used_year  INTEGER,
    erased_at           TEXT
) STRICT;
CREATE INDEX customers_first_folded ON customers(first_folded);
CREATE INDEX customers_last_folded ON customers(last_folded);

CREATE TABLE cards (
    number       TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked', 'lost')),
    issued_at    TEXT NOT NULL,
    replaced_by  TEXT REFERENCES cards(number)
) STRICT;
CREATE INDEX cards_customer ON cards(customer_id);

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    kind         TEXT NOT NULL CHECK (kind IN ('personal_data', 'sms', 'email')),
    given        INTEGER NOT NULL CHECK (given IN (0, 1)),
    at           TEXT NOT NULL,
    source       TEXT NOT NULL
) STRICT;
CREATE INDEX consents_customer ON consents(customer_id);

CREATE TABLE customer_segments (
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    segment      TEXT NOT NULL,
    PRIMARY KEY (customer_id, segment)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_segments_segment ON customer_segments(segment);

CREATE TABLE cashiers (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('cashier', 'owner')),
    pin_hash         TEXT NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE receipts (
    id               TEXT PRIMARY KEY,
    number           INTEGER NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    business_day     TEXT NOT NULL,
    customer_id      TEXT REFERENCES customers(id),
    card_number      TEXT,
    cashier_id       TEXT,
    rules_version    INTEGER REFERENCES rules_versions(id),
    gross            INTEGER NOT NULL,
    discount         INTEGER NOT NULL,
    net              INTEGER NOT NULL,
    redeemed_points  INTEGER NOT NULL,
    redeemed_money   INTEGER NOT NULL,
    payable          INTEGER NOT NULL,
    points_earned    INTEGER NOT NULL,
    tier_spend       INTEGER NOT NULL,
    change           INTEGER NOT NULL DEFAULT 0,
    quote            TEXT NOT NULL
) STRICT;
CREATE INDEX receipts_customer ON receipts(customer_id, created_at);
CREATE INDEX receipts_day ON receipts(business_day);

CREATE TABLE receipt_lines (
    receipt_id   TEXT NOT NULL REFERENCES receipts(id),
    line_no      INTEGER NOT NULL,
    sku          TEXT NOT NULL,
    name         TEXT NOT NULL,
    category     TEXT NOT NULL,
    unit_price   INTEGER NOT NULL,
    qty          INTEGER NOT NULL CHECK (qty > 0),
    gross        INTEGER NOT NULL,
    discount     INTEGER NOT NULL,
    net          INTEGER NOT NULL,
    redeemed     INTEGER NOT NULL,
    points       INTEGER NOT NULL,
    discounts    TEXT NOT NULL,
    PRIMARY KEY (receipt_id, line_no)
) STRICT;

CREATE TABLE payments (
    receipt_id  TEXT NOT NULL REFERENCES receipts(id),
    seq         INTEGER NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('cash', 'card', 'other')),
    amount      INTEGER NOT NULL,
    PRIMARY KEY (receipt_id, seq)
) STRICT;

CREATE TABLE ledger (
    id           TEXT PRIMARY KEY,
    seq          INTEGER NOT NULL UNIQUE,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    kind         TEXT NOT NULL CHECK (kind IN ('accrue', 'redeem', 'expire', 'adjust', 'refund_reverse', 'refund_restore')),
    points       INTEGER NOT NULL,
    receipt_id   TEXT REFERENCES receipts(id),
    refund_id    TEXT,
    program      TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_customer ON ledger(customer_id, seq);

CREATE TABLE lots (
    id            TEXT PRIMARY KEY REFERENCES ledger(id),
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    points        INTEGER NOT NULL CHECK (points >= 0),
    remaining     INTEGER NOT NULL CHECK (remaining >= 0 AND remaining <= points),
    available_at  INTEGER NOT NULL,
    expires_at    INTEGER,
    ledger_seq    INTEGER NOT NULL
) STRICT;
CREATE INDEX lots_customer ON lots(customer_id) WHERE remaining > 0;

CREATE TABLE lot_movements (
    ledger_id  TEXT NOT NULL REFERENCES ledger(id),
    lot_id     TEXT NOT NULL REFERENCES lots(id),
    points     INTEGER NOT NULL,
    PRIMARY KEY (ledger_id, lot_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE stamps (
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    program      TEXT NOT NULL,
    count        INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (customer_id, program)
) STRICT, WITHOUT ROWID;

CREATE TABLE coupons (
    code            TEXT PRIMARY KEY,
    program         TEXT NOT NULL,
    customer_id     TEXT REFERENCES customers(id),
    issued_receipt  TEXT REFERENCES receipts(id),
    used_receipt    TEXT REFERENCES receipts(id),
    valid_from      TEXT,
    valid_to        TEXT,
    created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE refunds (
    id               TEXT PRIMARY KEY,
    receipt_id       TEXT NOT NULL REFERENCES receipts(id),
    created_at       TEXT NOT NULL,
    cashier_id       TEXT,
    money_back       INTEGER NOT NULL,
    kept_for_points  INTEGER NOT NULL,
    points_reversed  INTEGER NOT NULL,
    points_restored  INTEGER NOT NULL,
    tier_spend       INTEGER NOT NULL,
    reason           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX refunds_receipt ON refunds(receipt_id);

CREATE TABLE refund_lines (
    refund_id        TEXT NOT NULL REFERENCES refunds(id),
    line_no          INTEGER NOT NULL,
    qty              INTEGER NOT NULL CHECK (qty > 0),
    money_back       INTEGER NOT NULL,
    redeemed_back    INTEGER NOT NULL,
    points_reversed  INTEGER NOT NULL,
    PRIMARY KEY (refund_id, line_no)
) STRICT;

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT NOT NULL DEFAULT '',
    details  TEXT NOT NULL DEFAULT ''
) STRICT;
)sql"},
        {2, R"sql(
-- The till's manual product search: folded names to sort by, and the keys a typed prefix is looked up in.
ALTER TABLE products ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
CREATE INDEX products_name_folded ON products(name_folded);
CREATE TABLE product_search (
    key         TEXT NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (key, product_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX product_search_product ON product_search(product_id);

-- The basket on the till's screen, saved as it changes, so a crash or a power cut mid-sale loses nothing.
CREATE TABLE open_baskets (
    till_id   TEXT PRIMARY KEY,
    document  TEXT NOT NULL,
    saved_at  TEXT NOT NULL
) STRICT;

-- Baskets put aside ("she went to get her purse"), to be taken up by any till.
CREATE TABLE held_baskets (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    cashier_id  TEXT NOT NULL,
    held_at     TEXT NOT NULL,
    document    TEXT NOT NULL
) STRICT;
CREATE INDEX held_baskets_held_at ON held_baskets(held_at);

-- Recent receipts for returns and reprints, newest first.
CREATE INDEX receipts_created ON receipts(created_at);

-- Name search walks one index in (last, first) or (first, last) order and stops at the limit; the
-- single-column indexes are covered by these.
CREATE INDEX customers_last_first ON customers(last_folded, first_folded);
CREATE INDEX customers_first_last ON customers(first_folded, last_folded);
DROP INDEX customers_first_folded;
DROP INDEX customers_last_folded;

-- A customer's cards in the order they were issued, read with every lookup without a sort.
CREATE INDEX cards_customer_issued ON cards(customer_id, issued_at);
DROP INDEX cards_customer;
)sql",
         fill_product_search},
        {3, R"sql(
-- The owner's outreach lists (birthdays, client-day invitations, dormant customers, expiring points): who
-- was called or messaged from which list and by whom, so the list on screen shows the tick and a second
-- person does not call the same customer twice in one week.
CREATE TABLE outreach_contacts (
    id            INTEGER PRIMARY KEY,
    list          TEXT NOT NULL,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    contacted_at  TEXT NOT NULL,
    actor         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX outreach_contacts_list ON outreach_contacts(list, contacted_at);
CREATE INDEX outreach_contacts_customer ON outreach_contacts(customer_id);

-- The reports and the nightly export read the ledger by day and by receipt.
CREATE INDEX ledger_created ON ledger(created_at);
CREATE INDEX ledger_receipt ON ledger(receipt_id) WHERE receipt_id IS NOT NULL;
)sql"},
        {4, R"sql(
-- Personal service at the till (issue 9). Free notes the cashier sees at the next visit ("prefers SMS after
-- 18:00"), newest first.
CREATE TABLE customer_notes (
    id           INTEGER PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    text         TEXT NOT NULL,
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX customer_notes_customer ON customer_notes(customer_id, created_at);

-- Owner-defined attributes (size, preferred colours): one value per key and customer, the last write wins.
CREATE TABLE customer_attributes (
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    key          TEXT NOT NULL,
    value        TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    actor        TEXT NOT NULL,
    PRIMARY KEY (customer_id, key)
) STRICT, WITHOUT ROWID;

-- Complaints against a receipt or a customer and what was done; a points credit is a ledger adjust entry
-- whose reason names the complaint, so the ledger stays the one record of points.
CREATE TABLE complaints (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT REFERENCES customers(id),
    receipt_id   TEXT REFERENCES receipts(id),
    reason       TEXT NOT NULL,
    resolution   TEXT NOT NULL CHECK (resolution IN ('replaced', 'refunded', 'points_credited', 'other')),
    points       INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
    ledger_id    TEXT REFERENCES ledger(id),
    actor        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    CHECK (customer_id IS NOT NULL OR receipt_id IS NOT NULL)
) STRICT;
CREATE INDEX complaints_customer ON complaints(customer_id, created_at);
CREATE INDEX complaints_created ON complaints(created_at);

-- The owner's bundles ("with this dress: this belt"), suggested before anything computed.
CREATE TABLE bundles (
    product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    suggested_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    actor         TEXT NOT NULL,
    PRIMARY KEY (product_id, suggested_id),
    CHECK (product_id <> suggested_id)
) STRICT, WITHOUT ROWID;

-- "Often bought together", recomputed nightly from the shop's own receipts. Each unordered pair is stored in
-- both directions so a lookup by the product just added is one index range. Support and lift are integers
-- (support in basis points of the receipts, lift in thousandths) like every other figure in the file.
CREATE TABLE cooccurrence (
    product_a    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    product_b    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    together     INTEGER NOT NULL CHECK (together > 0),
    support_bp   INTEGER NOT NULL,
    lift_milli   INTEGER NOT NULL,
    computed_at  TEXT NOT NULL,
    PRIMARY KEY (product_a, product_b)
) STRICT, WITHOUT ROWID;
CREATE INDEX cooccurrence_lookup ON cooccurrence(product_a, lift_milli DESC);

-- Suggestions shown at the till, and whether the shown product was then added to the same basket.
CREATE TABLE suggestion_events (
    id          INTEGER PRIMARY KEY,
    basket_id   TEXT NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('bundle', 'cooccurrence')),
    shown_at    TEXT NOT NULL,
    followed    INTEGER NOT NULL DEFAULT 0 CHECK (followed IN (0, 1)),
    UNIQUE (basket_id, product_id)
) STRICT;
CREATE INDEX suggestion_events_shown ON suggestion_events(shown_at);
)sql"},
        {5, R"sql(
-- Returns without a receipt (issue 6): the owner approves one at the till, and it records the goods (the
-- return's own lines, with what a unit is refunded at), how the money went back, why, who approved it and,
-- when she is known, the customer. A refund's receipt becomes optional, so `refunds` is rebuilt (SQLite
-- cannot drop a NOT NULL): the rows keep their ids, and refund_lines keeps pointing at them by name.
CREATE TABLE refunds_v5 (
    id               TEXT PRIMARY KEY,
    receipt_id       TEXT REFERENCES receipts(id),
    created_at       TEXT NOT NULL,
    cashier_id       TEXT,
    money_back       INTEGER NOT NULL,
    kept_for_points  INTEGER NOT NULL,
    points_reversed  INTEGER NOT NULL,
    points_restored  INTEGER NOT NULL,
    tier_spend       INTEGER NOT NULL,
    reason           TEXT NOT NULL DEFAULT '',
    tender           TEXT CHECK (tender IN ('cash', 'card', 'other')),
    approved_by      TEXT,
    customer_id      TEXT REFERENCES customers(id),
    -- Without a receipt nothing says what points the goods earned or what they added to the tier, so such a
    -- return touches neither; the money went out by a named tender on an owner's approval and for a reason.
    CHECK (receipt_id IS NOT NULL OR (tender IS NOT NULL AND approved_by IS NOT NULL AND reason <> '' AND
           kept_for_points = 0 AND points_reversed = 0 AND points_restored = 0 AND tier_spend = 0))
) STRICT;
INSERT INTO refunds_v5(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, points_reversed,
                       points_restored, tier_spend, reason)
    SELECT id, receipt_id, created_at, cashier_id, money_back, kept_for_points, points_reversed,
           points_restored, tier_spend, reason FROM refunds;
DROP TABLE refunds;
ALTER TABLE refunds_v5 RENAME TO refunds;
CREATE INDEX refunds_receipt ON refunds(receipt_id);
-- The export and the returns report read refunds by day.
CREATE INDEX refunds_created ON refunds(created_at);

-- A line of a return without a receipt has no receipt line to name its goods: line_no numbers the return's
-- own lines, and the goods and the unit price the owner confirmed are kept on the line itself.
ALTER TABLE refund_lines ADD COLUMN sku TEXT;
ALTER TABLE refund_lines ADD COLUMN name TEXT;
ALTER TABLE refund_lines ADD COLUMN unit_price INTEGER CHECK (unit_price >= 0);
)sql",
         nullptr, true},
        {6, R"sql(
-- Every lookup reads a customer with her cards and segments. Read from their own tables, they cost two more
-- b-tree walks than her row, and on a shop too big for SQLite's cache each walk is a page fetched from the
-- operating system: a card scan read 6 pages where her row alone takes 4, a phone 4 where 2 (perf,
-- docs/performance.md). So her row carries them folded (char(31) between fields, char(30) between rows, in
-- no particular order: the store sorts them), and triggers keep the copies equal to the tables in the same
-- statement that changes them, whoever writes (the store, an import, a repair by hand). `kassactl db check`
-- compares them.
ALTER TABLE customers ADD COLUMN cards_folded TEXT;
ALTER TABLE customers ADD COLUMN segments_folded TEXT;
-- The triggers' reads of a customer's cards: one index walk, without visiting the table.
CREATE INDEX cards_customer_cover ON cards(customer_id, issued_at, number, status);
DROP INDEX cards_customer_issued;
UPDATE customers SET cards_folded = (SELECT group_concat(number || char(31) || status || char(31) || issued_at, char(30)) FROM cards WHERE customer_id = customers.id), segments_folded = (SELECT group_concat(segment, char(30)) FROM customer_segments WHERE customer_id = customers.id);
CREATE TRIGGER cards_fold_insert AFTER INSERT ON cards BEGIN
    UPDATE customers SET cards_folded = (SELECT group_concat(number || char(31) || status || char(31) || issued_at, char(30)) FROM cards WHERE customer_id = customers.id) WHERE id = NEW.customer_id;
END;
CREATE TRIGGER cards_fold_update AFTER UPDATE OF number, customer_id, status, issued_at ON cards BEGIN
    UPDATE customers SET cards_folded = (SELECT group_concat(number || char(31) || status || char(31) || issued_at, char(30)) FROM cards WHERE customer_id = customers.id) WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER cards_fold_delete AFTER DELETE ON cards BEGIN
    UPDATE customers SET cards_folded = (SELECT group_concat(number || char(31) || status || char(31) || issued_at, char(30)) FROM cards WHERE customer_id = customers.id) WHERE id = OLD.customer_id;
END;
CREATE TRIGGER segments_fold_insert AFTER INSERT ON customer_segments BEGIN
    UPDATE customers SET segments_folded = (SELECT group_concat(segment, char(30)) FROM customer_segments WHERE customer_id = customers.id) WHERE id = NEW.customer_id;
END;
CREATE TRIGGER segments_fold_update AFTER UPDATE ON customer_segments BEGIN
    UPDATE customers SET segments_folded = (SELECT group_concat(segment, char(30)) FROM customer_segments WHERE customer_id = customers.id) WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER segments_fold_delete AFTER DELETE ON customer_segments BEGIN
    UPDATE customers SET segments_folded = (SELECT group_concat(segment, char(30)) FROM customer_segments WHERE customer_id = customers.id) WHERE id = OLD.customer_id;
END;
)sql"},
        {7, R"sql(
-- Every sale to a known customer sums what her receipts added to the tier in the last year (the engine's
-- rolling spend, her segments), and every change to her points sums her ledger. With the summed column in
-- the index the sums read the index alone instead of visiting each receipt and ledger row: a regular with
-- hundreds of visits no longer costs hundreds of row reads at the till.
CREATE INDEX receipts_customer_spend ON receipts(customer_id, created_at, tier_spend);
DROP INDEX receipts_customer;
CREATE INDEX ledger_customer_points ON ledger(customer_id, seq, points);
DROP INDEX ledger_customer;
)sql"},
        {8, R"sql(
-- Shifts and the cash-up (issue 19). One shop file is one till, so at most one shift is open (the partial
-- unique index). A closed shift is its Z report: it, its cash movements and the receipts and returns that
-- name it never change again (the triggers below), so the Z read later is the Z that was closed.
CREATE TABLE shifts (
    id                       TEXT PRIMARY KEY,
    opened_at                TEXT NOT NULL,
    opened_by                TEXT NOT NULL,
    business_day             TEXT NOT NULL,
    opening_float            INTEGER NOT NULL CHECK (opening_float >= 0),
    closed_at                TEXT,
    closed_by                TEXT,
    z_number                 INTEGER UNIQUE CHECK (z_number > 0),
    counted_cash             INTEGER CHECK (counted_cash >= 0),
    counted_by_denomination  TEXT,
    expected_cash            INTEGER,
    left_in_drawer           INTEGER CHECK (left_in_drawer >= 0 AND left_in_drawer <= counted_cash),
    CHECK ((closed_at IS NULL) = (z_number IS NULL) AND (closed_at IS NULL) = (counted_cash IS NULL))
) STRICT;
CREATE UNIQUE INDEX shifts_one_open ON shifts((closed_at IS NULL)) WHERE closed_at IS NULL;

CREATE TABLE cash_movements (
    id           TEXT PRIMARY KEY,
    shift_id     TEXT NOT NULL REFERENCES shifts(id),
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('in', 'out')),
    amount       INTEGER NOT NULL CHECK (amount > 0),
    reason       TEXT NOT NULL CHECK (reason <> ''),
    actor        TEXT NOT NULL,
    approved_by  TEXT
) STRICT;
CREATE INDEX cash_movements_shift ON cash_movements(shift_id);

-- Sales and returns made at the till name their shift; those written by scripts and the demo may not.
-- The shift's reports read them by business day first (receipts_day, refunds_created), so no new index
-- is written at every sale.
ALTER TABLE receipts ADD COLUMN shift_id TEXT REFERENCES shifts(id);
ALTER TABLE refunds ADD COLUMN shift_id TEXT REFERENCES shifts(id);

CREATE TRIGGER shifts_closed_stay_closed BEFORE UPDATE ON shifts WHEN OLD.closed_at IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a closed shift never changes');
END;
CREATE TRIGGER shifts_closed_stay BEFORE DELETE ON shifts WHEN OLD.closed_at IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a closed shift is never deleted');
END;
CREATE TRIGGER receipts_only_in_open_shift BEFORE INSERT ON receipts
WHEN NEW.shift_id IS NOT NULL AND (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a sale cannot land in a closed shift');
END;
CREATE TRIGGER refunds_only_in_open_shift BEFORE INSERT ON refunds
WHEN NEW.shift_id IS NOT NULL AND (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a return cannot land in a closed shift');
END;
CREATE TRIGGER cash_movements_only_in_open_shift BEFORE INSERT ON cash_movements
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'cash cannot move in a closed shift');
END;
CREATE TRIGGER receipts_shift_fixed BEFORE UPDATE OF shift_id ON receipts BEGIN
    SELECT RAISE(ABORT, 'a receipt stays in its shift');
END;
CREATE TRIGGER refunds_shift_fixed BEFORE UPDATE OF shift_id ON refunds BEGIN
    SELECT RAISE(ABORT, 'a return stays in its shift');
END;
CREATE TRIGGER cash_movements_fixed BEFORE UPDATE ON cash_movements BEGIN
    SELECT RAISE(ABORT, 'a cash movement never changes');
END;

-- VAT (issue 19, docs/vat.md). A rate is stored in basis points (2400 = 24%), -1 for exempt. A product's own rate
-- overrides its category's; a product with neither is sold at 0% and `kassactl db check` warns until the owner
-- sets one. A receipt line keeps the rate it was sold at and its share of the receipt's VAT (rounded once per
-- rate per receipt); a return line keeps the VAT it reversed. Receipts made before this migration have none
-- and are not rewritten.
CREATE TABLE category_vat (
    category  TEXT PRIMARY KEY,
    rate      INTEGER NOT NULL CHECK (rate BETWEEN -1 AND 10000)
) STRICT;
ALTER TABLE products ADD COLUMN vat_rate INTEGER CHECK (vat_rate IS NULL OR vat_rate BETWEEN -1 AND 10000);
ALTER TABLE receipt_lines ADD COLUMN vat_rate INTEGER CHECK (vat_rate IS NULL OR vat_rate BETWEEN -1 AND 10000);
ALTER TABLE receipt_lines ADD COLUMN vat INTEGER CHECK (vat IS NULL OR vat >= 0);
ALTER TABLE refund_lines ADD COLUMN vat INTEGER CHECK (vat IS NULL OR vat >= 0);

-- What waits for the receipt printer. A sale's receipt is queued in the sale's own transaction, so a sale never
-- waits for the printer and a printer that is out of paper loses no receipt. A printed job is deleted (the
-- receipt, the return or the Z report is the record; a reprint is audited), so the table holds only what
-- waits and needs no index.
CREATE TABLE print_jobs (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('receipt', 'refund', 'x_report', 'z_report', 'drawer')),
    subject      TEXT NOT NULL DEFAULT '',
    copy         INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1)),
    open_drawer  INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT
) STRICT;
)sql"},
        {9, R"sql(
-- Several tills of one business sync through a central PostgreSQL (issue 22, docs/sync.md). A file that joined
-- a central database has one membership row: where the central is (never its password), which company, shop
-- and till it is, and how far it has pulled (pull_cursor: the central's change number of the last row it
-- applied, moved in the same transaction as the rows).
CREATE TABLE sync_membership (
    only_one       INTEGER PRIMARY KEY CHECK (only_one = 1),
    central_url    TEXT NOT NULL,
    password_file  TEXT NOT NULL DEFAULT '',
    company_id     TEXT NOT NULL,
    shop_id        TEXT NOT NULL,
    till_id        TEXT NOT NULL,
    till_name      TEXT NOT NULL,
    joined_at      TEXT NOT NULL,
    -- 0 only inside the transaction that applies pulled rows, so they are not queued to be pushed back.
    recording      INTEGER NOT NULL DEFAULT 1 CHECK (recording IN (0, 1)),
    pull_cursor    INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
    pushed_at      TEXT,
    pulled_at      TEXT
) STRICT;

-- What this till wrote and the central has not acknowledged yet, in the order it was written (so a row comes
-- after the rows it points at). Filled by the triggers below in the writer's own transaction, whoever writes
-- (a sale, an enrolment, an import, the nightly expiry); an acknowledged row is deleted. Empty and unwritten
-- while the file is no member: a single till pays one small lookup per row.
CREATE TABLE sync_outbox (
    seq   INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('customer', 'card', 'consent', 'receipt', 'ledger', 'lot',
                                        'lot_movement', 'refund')),
    key   TEXT NOT NULL,
    key2  TEXT
) STRICT;

-- What a pull found that two tills did to the same thing without seeing each other, kept for the owner to
-- settle (never resolved silently): points taken twice from one lot, a phone or a card enrolled twice.
CREATE TABLE sync_conflicts (
    id        INTEGER PRIMARY KEY,
    found_at  TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('overdrawn_lot', 'phone_taken', 'card_taken')),
    subject   TEXT NOT NULL,
    other     TEXT NOT NULL DEFAULT '',
    points    INTEGER NOT NULL DEFAULT 0
) STRICT;

-- A ledger entry pulled from another till: which till wrote it, and the receipt it belongs to there (the
-- receipt itself stays at its till and in the central database, so receipt_id is empty here).
ALTER TABLE ledger ADD COLUMN pulled_from TEXT;
ALTER TABLE ledger ADD COLUMN pulled_receipt TEXT;

CREATE TRIGGER sync_out_customers AFTER INSERT ON customers WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('customer', NEW.id);
END;
CREATE TRIGGER sync_out_cards AFTER INSERT ON cards WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('card', NEW.number);
END;
CREATE TRIGGER sync_out_consents AFTER INSERT ON consents WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('consent', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER sync_out_receipts AFTER INSERT ON receipts WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('receipt', NEW.id);
END;
CREATE TRIGGER sync_out_ledger AFTER INSERT ON ledger WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('ledger', NEW.id);
END;
CREATE TRIGGER sync_out_lots AFTER INSERT ON lots WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('lot', NEW.id);
END;
CREATE TRIGGER sync_out_lot_movements AFTER INSERT ON lot_movements
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key, key2) VALUES ('lot_movement', NEW.ledger_id, NEW.lot_id);
END;
CREATE TRIGGER sync_out_refunds AFTER INSERT ON refunds WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('refund', NEW.id);
END;
)sql"},
        {10, R"sql(
-- Conflicts shown and customers merged (issue 22, docs/sync.md "Conflicts"). The owner marks a conflict as
-- dealt with (who and when; a merge of the two customers settles a phone or card enrolled twice), and the
-- list shows the open ones.
ALTER TABLE sync_conflicts ADD COLUMN resolved_at TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT CHECK (resolution IN ('dealt_with', 'merged'));

-- A customer merged into another keeps her row (receipts and the audit name her) with merged_into set and
-- her phone freed; lookups and the name search skip her.
ALTER TABLE customers ADD COLUMN merged_into TEXT REFERENCES customers(id);

-- The owner's merges, written once with a global id, so a merge made at one till is pushed, pulled by the
-- other tills and applied there the same way (applied twice, it changes nothing).
CREATE TABLE customer_merges (
    id         TEXT PRIMARY KEY,
    kept_id    TEXT NOT NULL REFERENCES customers(id),
    merged_id  TEXT NOT NULL REFERENCES customers(id),
    actor      TEXT NOT NULL,
    merged_at  TEXT NOT NULL,
    CHECK (kept_id <> merged_id)
) STRICT;


-- Edits travel (issue 22, docs/sync.md "Edits"). A change to a customer's personal fields, consent flags or
-- erasure, or to a card's status or replacement, made while the file is a member is written once as a change
-- row in the editor's transaction, queued and pushed like the other rows, and applied at every till by field:
-- the change with the greatest hybrid logical clock stamp (kassa::HybridLogicalClock, text ordered as the
-- stamps are) wins wherever it arrives first. `prior` is the change this till saw last on the field when it
-- wrote this one, so a pull tells a later edit (it saw the other) from a concurrent one (neither saw the
-- other: a conflict). Pulled changes are kept too (the losing values are the history). customer_id names the
-- customer the change is about (a card's holder), without a foreign key so merging customers stays possible.
CREATE TABLE field_changes (
    id           TEXT PRIMARY KEY,
    entity       TEXT NOT NULL CHECK (entity IN ('customer', 'card')),
    key          TEXT NOT NULL,
    customer_id  TEXT NOT NULL,
    field        TEXT NOT NULL CHECK (field IN ('first_name', 'last_name', 'phone', 'email', 'birthday',
                                                'personal_consent', 'sms_consent', 'email_consent', 'erased',
                                                'status', 'replaced_by')),
    value        TEXT,
    hlc          TEXT NOT NULL,
    prior        TEXT,
    till_id      TEXT NOT NULL,
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;
CREATE INDEX field_changes_field ON field_changes(entity, key, field, hlc);
CREATE INDEX field_changes_customer ON field_changes(customer_id);
-- Written once; the only change allowed is erasing a personal value with its customer (GDPR).
CREATE TRIGGER field_changes_written_once BEFORE UPDATE ON field_changes
WHEN NEW.id IS NOT OLD.id OR NEW.entity IS NOT OLD.entity OR NEW.key IS NOT OLD.key
  OR NEW.customer_id IS NOT OLD.customer_id OR NEW.field IS NOT OLD.field OR NEW.hlc IS NOT OLD.hlc
  OR NEW.prior IS NOT OLD.prior OR NEW.till_id IS NOT OLD.till_id OR NEW.actor IS NOT OLD.actor
  OR NEW.at IS NOT OLD.at OR NEW.value IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a field change is written once');
END;

-- The till's hybrid logical clock: the last stamp's wall (unix seconds) and counter.
ALTER TABLE sync_membership ADD COLUMN hlc_wall INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_membership ADD COLUMN hlc_counter INTEGER NOT NULL DEFAULT 0;

-- The outbox learns the merges and the edits. SQLite cannot widen a CHECK, so the table is rebuilt; the
-- triggers that write it name it in their bodies, and a rename checks them, so they are dropped first and
-- made again as they were.
DROP TRIGGER sync_out_customers;
DROP TRIGGER sync_out_cards;
DROP TRIGGER sync_out_consents;
DROP TRIGGER sync_out_receipts;
DROP TRIGGER sync_out_ledger;
DROP TRIGGER sync_out_lots;
DROP TRIGGER sync_out_lot_movements;
DROP TRIGGER sync_out_refunds;
CREATE TABLE sync_outbox_v10 (
    seq   INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('customer', 'card', 'consent', 'receipt', 'ledger', 'lot',
                                        'lot_movement', 'refund', 'customer_merge', 'field_change')),
    key   TEXT NOT NULL,
    key2  TEXT
) STRICT;
INSERT INTO sync_outbox_v10(seq, kind, key, key2) SELECT seq, kind, key, key2 FROM sync_outbox;
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_v10 RENAME TO sync_outbox;
CREATE TRIGGER sync_out_customers AFTER INSERT ON customers WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('customer', NEW.id);
END;
CREATE TRIGGER sync_out_cards AFTER INSERT ON cards WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('card', NEW.number);
END;
CREATE TRIGGER sync_out_consents AFTER INSERT ON consents WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('consent', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER sync_out_receipts AFTER INSERT ON receipts WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('receipt', NEW.id);
END;
CREATE TRIGGER sync_out_ledger AFTER INSERT ON ledger WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('ledger', NEW.id);
END;
CREATE TRIGGER sync_out_lots AFTER INSERT ON lots WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('lot', NEW.id);
END;
CREATE TRIGGER sync_out_lot_movements AFTER INSERT ON lot_movements
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key, key2) VALUES ('lot_movement', NEW.ledger_id, NEW.lot_id);
END;
CREATE TRIGGER sync_out_refunds AFTER INSERT ON refunds WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('refund', NEW.id);
END;
CREATE TRIGGER sync_out_customer_merges AFTER INSERT ON customer_merges
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('customer_merge', NEW.id);
END;
CREATE TRIGGER sync_out_field_changes AFTER INSERT ON field_changes
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('field_change', NEW.id);
END;

-- Every writer of a field that travels records its change first (detail::record_edit). A writer that forgot
-- would make the tills disagree without a word, so while the file records for sync an edit whose value is not
-- the field's latest recorded change is refused here. An erasure is recorded as one change ('erased'); the
-- fields it blanks and the cards it blocks follow from it at every till.
CREATE TRIGGER customers_edit_recorded BEFORE UPDATE OF first_name, last_name, phone, email, birthday,
    personal_consent, sms_consent, email_consent, erased_at ON customers
WHEN (SELECT recording FROM sync_membership) = 1 AND (
    (NEW.erased_at IS NOT OLD.erased_at AND NEW.erased_at IS NOT (SELECT value FROM field_changes
        WHERE entity = 'customer' AND key = NEW.id AND field = 'erased' ORDER BY hlc DESC LIMIT 1))
    OR (NEW.erased_at IS NULL AND (
        (NEW.first_name IS NOT OLD.first_name AND NEW.first_name IS NOT (SELECT value FROM field_changes
            WHERE entity = 'customer' AND key = NEW.id AND field = 'first_name' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.last_name IS NOT OLD.last_name AND NEW.last_name IS NOT (SELECT value FROM field_changes
            WHERE entity = 'customer' AND key = NEW.id AND field = 'last_name' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.phone IS NOT OLD.phone AND NEW.phone IS NOT (SELECT value FROM field_changes
            WHERE entity = 'customer' AND key = NEW.id AND field = 'phone' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.email IS NOT OLD.email AND NEW.email IS NOT (SELECT value FROM field_changes
            WHERE entity = 'customer' AND key = NEW.id AND field = 'email' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.birthday IS NOT OLD.birthday AND NEW.birthday IS NOT (SELECT value FROM field_changes
            WHERE entity = 'customer' AND key = NEW.id AND field = 'birthday' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.personal_consent IS NOT OLD.personal_consent AND CAST(NEW.personal_consent AS TEXT) IS NOT
            (SELECT value FROM field_changes WHERE entity = 'customer' AND key = NEW.id
             AND field = 'personal_consent' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.sms_consent IS NOT OLD.sms_consent AND CAST(NEW.sms_consent AS TEXT) IS NOT
            (SELECT value FROM field_changes WHERE entity = 'customer' AND key = NEW.id
             AND field = 'sms_consent' ORDER BY hlc DESC LIMIT 1))
        OR (NEW.email_consent IS NOT OLD.email_consent AND CAST(NEW.email_consent AS TEXT) IS NOT
            (SELECT value FROM field_changes WHERE entity = 'customer' AND key = NEW.id
             AND field = 'email_consent' ORDER BY hlc DESC LIMIT 1))))) BEGIN
    SELECT RAISE(ABORT, 'an edit of a customer that travels to the other tills was not recorded');
END;
CREATE TRIGGER cards_edit_recorded BEFORE UPDATE OF status, replaced_by ON cards
WHEN (SELECT recording FROM sync_membership) = 1
  AND (SELECT erased_at FROM customers WHERE id = NEW.customer_id) IS NULL AND (
    (NEW.status IS NOT OLD.status AND NEW.status IS NOT (SELECT value FROM field_changes
        WHERE entity = 'card' AND key = NEW.number AND field = 'status' ORDER BY hlc DESC LIMIT 1))
    OR (NEW.replaced_by IS NOT OLD.replaced_by AND NEW.replaced_by IS NOT (SELECT value FROM field_changes
        WHERE entity = 'card' AND key = NEW.number AND field = 'replaced_by' ORDER BY hlc DESC LIMIT 1))) BEGIN
    SELECT RAISE(ABORT, 'an edit of a card that travels to the other tills was not recorded');
END;

-- A pull that finds the same field edited at two tills that did not see each other lists it (the greater
-- stamp's value is kept, the other is in the audit log): the conflicts table takes the kind and both values.
CREATE TABLE sync_conflicts_v10 (
    id        INTEGER PRIMARY KEY,
    found_at  TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('overdrawn_lot', 'phone_taken', 'card_taken', 'concurrent_edit')),
    subject   TEXT NOT NULL,
    other     TEXT NOT NULL DEFAULT '',
    points    INTEGER NOT NULL DEFAULT 0,
    kept      TEXT,
    lost      TEXT,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution  TEXT CHECK (resolution IN ('dealt_with', 'merged'))
) STRICT;
INSERT INTO sync_conflicts_v10(id, found_at, kind, subject, other, points, resolved_at, resolved_by, resolution)
    SELECT id, found_at, kind, subject, other, points, resolved_at, resolved_by, resolution FROM sync_conflicts;
DROP TABLE sync_conflicts;
ALTER TABLE sync_conflicts_v10 RENAME TO sync_conflicts;
)sql"},
        {11, R"sql(
-- The kinds of rows that cross tills and the kinds of conflicts become rows of two small tables instead of
-- CHECKs: a later migration that makes one more kind of row travel (coupons, rules, notes...) adds its name
-- with one INSERT, where widening a CHECK means rebuilding the outbox and every trigger that writes it.
CREATE TABLE sync_kinds (name TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
INSERT INTO sync_kinds(name) VALUES ('customer'), ('card'), ('consent'), ('receipt'), ('ledger'), ('lot'),
    ('lot_movement'), ('refund'), ('customer_merge'), ('field_change');
CREATE TABLE sync_conflict_kinds (name TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
INSERT INTO sync_conflict_kinds(name) VALUES ('overdrawn_lot'), ('phone_taken'), ('card_taken'),
    ('concurrent_edit');

DROP TRIGGER sync_out_customers;
DROP TRIGGER sync_out_cards;
DROP TRIGGER sync_out_consents;
DROP TRIGGER sync_out_receipts;
DROP TRIGGER sync_out_ledger;
DROP TRIGGER sync_out_lots;
DROP TRIGGER sync_out_lot_movements;
DROP TRIGGER sync_out_refunds;
DROP TRIGGER sync_out_customer_merges;
DROP TRIGGER sync_out_field_changes;
CREATE TABLE sync_outbox_v11 (
    seq   INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL REFERENCES sync_kinds(name),
    key   TEXT NOT NULL,
    key2  TEXT
) STRICT;
INSERT INTO sync_outbox_v11(seq, kind, key, key2) SELECT seq, kind, key, key2 FROM sync_outbox;
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_v11 RENAME TO sync_outbox;
CREATE TRIGGER sync_out_customers AFTER INSERT ON customers
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('customer', NEW.id);
END;
CREATE TRIGGER sync_out_cards AFTER INSERT ON cards
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('card', NEW.number);
END;
CREATE TRIGGER sync_out_consents AFTER INSERT ON consents
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('consent', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER sync_out_receipts AFTER INSERT ON receipts
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('receipt', NEW.id);
END;
CREATE TRIGGER sync_out_ledger AFTER INSERT ON ledger
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('ledger', NEW.id);
END;
CREATE TRIGGER sync_out_lots AFTER INSERT ON lots
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('lot', NEW.id);
END;
CREATE TRIGGER sync_out_lot_movements AFTER INSERT ON lot_movements
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key, key2) VALUES ('lot_movement', NEW.ledger_id, NEW.lot_id);
END;
CREATE TRIGGER sync_out_refunds AFTER INSERT ON refunds
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('refund', NEW.id);
END;
CREATE TRIGGER sync_out_customer_merges AFTER INSERT ON customer_merges
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('customer_merge', NEW.id);
END;
CREATE TRIGGER sync_out_field_changes AFTER INSERT ON field_changes
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('field_change', NEW.id);
END;

CREATE TABLE sync_conflicts_v11 (
    id          INTEGER PRIMARY KEY,
    found_at    TEXT NOT NULL,
    kind        TEXT NOT NULL REFERENCES sync_conflict_kinds(name),
    subject     TEXT NOT NULL,
    other       TEXT NOT NULL DEFAULT '',
    points      INTEGER NOT NULL DEFAULT 0,
    kept        TEXT,
    lost        TEXT,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution  TEXT CHECK (resolution IN ('dealt_with', 'merged'))
) STRICT;
INSERT INTO sync_conflicts_v11 SELECT id, found_at, kind, subject, other, points, kept, lost, resolved_at,
    resolved_by, resolution FROM sync_conflicts;
DROP TABLE sync_conflicts;
ALTER TABLE sync_conflicts_v11 RENAME TO sync_conflicts;
)sql"},
        {12, R"sql(
-- Coupons cross tills (issue 22, docs/sync.md "Coupons"). A coupon the rules issue keeps its row in coupons,
-- written once (a merge moves its customer, as at every till) and pushed like a ledger entry. Its use is a
-- row of its own, written once: until now a sale set coupons.used_receipt in place, so two tills using one
-- single-use code while apart would overwrite each other. Now both uses arrive everywhere and the pull that
-- finds the second lists it (coupon_reused). A return that gives a coupon back writes one more row naming
-- the use it undoes (gives_back, with its refund). A code is used while it has a use not given back
-- (coupon_open_uses); a printed single-use code has no coupons row, only its uses.
CREATE TABLE coupon_uses (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL,
    program         TEXT NOT NULL,
    -- The receipt that used it (a give-back: the receipt returned), as the till that wrote the row numbers
    -- it: a pulled row's receipt stays at its till, so neither points into receipts.
    receipt_id      TEXT NOT NULL,
    receipt_number  INTEGER NOT NULL,
    discount        INTEGER NOT NULL CHECK (discount >= 0),  -- what the coupon took off, minor units
    gives_back      TEXT REFERENCES coupon_uses(id),
    refund_id       TEXT,
    pulled_from     TEXT,  -- the till that wrote a pulled row; NULL for this till's own
    at              TEXT NOT NULL,
    CHECK ((gives_back IS NULL) = (refund_id IS NULL))
) STRICT;
CREATE INDEX coupon_uses_code ON coupon_uses(code);
CREATE INDEX coupon_uses_receipt ON coupon_uses(receipt_id);
CREATE UNIQUE INDEX coupon_uses_given_back ON coupon_uses(gives_back) WHERE gives_back IS NOT NULL;
CREATE TRIGGER coupon_uses_written_once BEFORE UPDATE ON coupon_uses BEGIN
    SELECT RAISE(ABORT, 'a coupon use is written once');
END;
CREATE VIEW coupon_open_uses AS
    SELECT u.* FROM coupon_uses u
    WHERE u.gives_back IS NULL AND NOT EXISTS (SELECT 1 FROM coupon_uses g WHERE g.gives_back = u.id);

-- A coupon issued at another till: which till, and its receipt there (issued_receipt stays empty).
ALTER TABLE coupons ADD COLUMN pulled_from TEXT;
ALTER TABLE coupons ADD COLUMN pulled_receipt TEXT;
-- used_receipt stays for old files' sake but is never written again: a writer that still did would make
-- the tills disagree without a word.
CREATE TRIGGER coupons_use_is_a_row BEFORE INSERT ON coupons WHEN NEW.used_receipt IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a coupon use is a row of coupon_uses');
END;
CREATE TRIGGER coupons_use_is_a_row_update BEFORE UPDATE OF used_receipt ON coupons
WHEN NEW.used_receipt IS NOT NULL BEGIN
    SELECT RAISE(ABORT, 'a coupon use is a row of coupon_uses');
END;
CREATE TRIGGER coupons_written_once BEFORE UPDATE OF code, program, issued_receipt, valid_from, valid_to,
    created_at, pulled_from, pulled_receipt ON coupons BEGIN
    SELECT RAISE(ABORT, 'a coupon is written once');
END;

INSERT INTO sync_kinds(name) VALUES ('coupon'), ('coupon_use');
CREATE TRIGGER sync_out_coupons AFTER INSERT ON coupons
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('coupon', NEW.code);
END;
CREATE TRIGGER sync_out_coupon_uses AFTER INSERT ON coupon_uses
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('coupon_use', NEW.id);
END;

-- A single-use coupon used at two tills that did not see each other: both sales stand, the owner sees the
-- code, both receipts (their numbers at their tills) and what each use took off.
INSERT INTO sync_conflict_kinds(name) VALUES ('coupon_reused');
ALTER TABLE sync_conflicts ADD COLUMN first_receipt TEXT;
ALTER TABLE sync_conflicts ADD COLUMN first_number INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN first_amount INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN second_number INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN second_amount INTEGER;

-- Stamps cross tills (docs/sync.md, "Stamps"): a customer's count of a programme is the sum of write-once
-- movements (what a sale added less what its reward used, what a return took back), as her balance is her
-- ledger's, so stamps added at two tills that did not see each other add up. `stamps` stays as the cached
-- sum the quote and the card read, kept by the triggers below whoever writes a movement (a sale, a return, a
-- pull, a merge moving them). Two tills spending the same stamps on a reward offline make the sum go below
-- zero, a debt the next stamps repay (readers see 0), so the count loses its CHECK.
CREATE TABLE stamps_v12 (
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    program      TEXT NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (customer_id, program)
) STRICT, WITHOUT ROWID;
INSERT INTO stamps_v12(customer_id, program, count) SELECT customer_id, program, count FROM stamps;
DROP TABLE stamps;
ALTER TABLE stamps_v12 RENAME TO stamps;
CREATE TABLE stamp_movements (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    program      TEXT NOT NULL,
    change       INTEGER NOT NULL,
    receipt_id   TEXT,  -- the sale or the returned receipt at the till that wrote it (not here when pulled)
    refund_id    TEXT,
    pulled_from  TEXT,
    at           TEXT NOT NULL
) STRICT;
CREATE INDEX stamp_movements_customer ON stamp_movements(customer_id, program);
CREATE TRIGGER stamp_movements_written_once BEFORE UPDATE OF id, program, change, receipt_id, refund_id,
    pulled_from, at ON stamp_movements BEGIN
    SELECT RAISE(ABORT, 'a stamp movement is written once');
END;
CREATE TRIGGER stamp_movements_count AFTER INSERT ON stamp_movements BEGIN
    INSERT INTO stamps(customer_id, program, count) VALUES (NEW.customer_id, NEW.program, NEW.change)
        ON CONFLICT(customer_id, program) DO UPDATE SET count = count + excluded.count;
END;
-- A merge moves a customer's movements to the one who stayed, and the counts with them.
CREATE TRIGGER stamp_movements_moved AFTER UPDATE OF customer_id ON stamp_movements
WHEN NEW.customer_id IS NOT OLD.customer_id BEGIN
    UPDATE stamps SET count = count - OLD.change WHERE customer_id = OLD.customer_id AND program = OLD.program;
    DELETE FROM stamps WHERE customer_id = OLD.customer_id AND program = OLD.program
        AND NOT EXISTS (SELECT 1 FROM stamp_movements WHERE customer_id = OLD.customer_id
                        AND program = OLD.program);
    INSERT INTO stamps(customer_id, program, count) VALUES (NEW.customer_id, NEW.program, NEW.change)
        ON CONFLICT(customer_id, program) DO UPDATE SET count = count + excluded.count;
END;
INSERT INTO sync_kinds(name) VALUES ('stamp_movement');
CREATE TRIGGER sync_out_stamp_movements AFTER INSERT ON stamp_movements
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('stamp_movement', NEW.id);
END;
)sql",
         &move_coupon_uses_and_stamps},
        {13, R"sql(
-- A conflict settled at one till is settled at all (docs/sync.md, "Conflicts"). Each conflict gets an
-- identity every till computes alike from what it is about (the kind, the lot, the phone or the card with the
-- two customers in a fixed order, the field with the two changes' ids), so the same conflict found at three
-- tills has one identity. The owner's mark is a row written once with a global id that travels like the
-- merges; a till that pulls it settles its open conflicts of that identity.
ALTER TABLE sync_conflicts ADD COLUMN identity TEXT;
-- Conflicts found before this migration: the same rule as far as the row tells (a concurrent edit's two
-- changes were not kept, so its values stand in for them; every till computes it alike from its own row).
UPDATE sync_conflicts SET identity = CASE kind
    WHEN 'overdrawn_lot' THEN 'overdrawn_lot/' || subject
    WHEN 'concurrent_edit' THEN 'concurrent_edit/' || subject || '/' || other || '/' || coalesce(kept, '') ||
                                '/' || coalesce(lost, '')
    ELSE kind || '/' || subject || '/' ||
         min(other, coalesce((SELECT c.id FROM customers c WHERE c.phone = subject
                              UNION ALL SELECT d.customer_id FROM cards d WHERE d.number = subject LIMIT 1), '')) ||
         '/' ||
         max(other, coalesce((SELECT c.id FROM customers c WHERE c.phone = subject
                              UNION ALL SELECT d.customer_id FROM cards d WHERE d.number = subject LIMIT 1), ''))
    END;
CREATE INDEX sync_conflicts_identity ON sync_conflicts(identity);

CREATE TABLE conflict_marks (
    id         TEXT PRIMARY KEY,
    identity   TEXT NOT NULL,
    actor      TEXT NOT NULL,
    marked_at  TEXT NOT NULL,
    till_id    TEXT            -- the till that made a pulled mark; NULL: made here
) STRICT;
CREATE INDEX conflict_marks_identity ON conflict_marks(identity);
INSERT INTO sync_kinds(name) VALUES ('conflict_mark');
CREATE TRIGGER sync_out_conflict_marks AFTER INSERT ON conflict_marks
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('conflict_mark', NEW.id);
END;

-- Two opposite merges of one pair made at two tills that did not see each other (A into B here, B into A
-- there): the merge with the smaller id wins at every till and the pair is listed (docs/sync.md, "Merging two
-- customers"). A till that applied the loser first undoes its outcome: the phone the merge freed is kept with
-- the merge here, so the customer brought back gets it again.
INSERT INTO sync_conflict_kinds(name) VALUES ('opposite_merge');
ALTER TABLE customer_merges ADD COLUMN freed_phone TEXT;

-- Notes and complaints cross tills (docs/sync.md, "Notes, attributes, complaints and the audit log"), written
-- once like the ledger. A note had only this file's number: it gets a global id (random 128 bits in hex for the
-- notes written before; the writer's UUIDv7 from now on, or the trigger's random one for a writer that gave
-- none), and a pulled note keeps the till that wrote it. A complaint has its UUIDv7 already; one pulled from
-- another till names a receipt that stayed there (pulled_receipt), as a pulled ledger entry does.
ALTER TABLE customer_notes ADD COLUMN global_id TEXT;
ALTER TABLE customer_notes ADD COLUMN till_id TEXT;
UPDATE customer_notes SET global_id = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX customer_notes_global ON customer_notes(global_id);
CREATE TRIGGER customer_notes_global_id AFTER INSERT ON customer_notes WHEN NEW.global_id IS NULL BEGIN
    UPDATE customer_notes SET global_id = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE TRIGGER sync_out_customer_notes AFTER INSERT ON customer_notes
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('customer_note', CAST(NEW.id AS TEXT));
END;
ALTER TABLE complaints ADD COLUMN pulled_receipt TEXT;
ALTER TABLE complaints ADD COLUMN pulled_from TEXT;
CREATE TRIGGER sync_out_complaints AFTER INSERT ON complaints
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('complaint', NEW.id);
END;
INSERT INTO sync_kinds(name) VALUES ('customer_note'), ('complaint');

-- An owner's attribute of a customer is edited in place, so what travels is each change, written once and
-- stamped by the till's hybrid logical clock like the customers' edits (field_changes): every till keeps the
-- value of the greatest stamp of a customer's key whatever order the changes arrive in. value NULL: the
-- attribute was removed. A join sends the attributes the file has as changes stamped at their updated_at.
CREATE TABLE attribute_changes (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL,
    key          TEXT NOT NULL,
    value        TEXT,
    hlc          TEXT NOT NULL,
    till_id      TEXT NOT NULL,
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL
) STRICT;
CREATE INDEX attribute_changes_key ON attribute_changes(customer_id, key, hlc);
CREATE TRIGGER sync_out_attribute_changes AFTER INSERT ON attribute_changes
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('attribute_change', NEW.id);
END;
INSERT INTO sync_kinds(name) VALUES ('attribute_change');
)sql"},
        {14, R"sql(
-- The rules travel (issue 22, docs/sync.md "Rules, catalog and cashiers"). Each version gets a global id
-- (uid, a UUIDv7), a scope and a hybrid logical clock stamp (hlc) that orders versions saved at different
-- tills offline the same way everywhere:
--   'company': saved by the owner at a till of an office database: every till of the company uses it;
--   'shop':    the same, for the tills of one shop only (shop_id): a shop's own promotions;
--   'till':    saved in a file that was not a member yet (every version before this migration): it goes to
--              the central (receipts name it) but no other till pulls it.
-- till_id is the till that saved a pulled version (NULL: saved here). A till uses the newest of its shop's own
-- versions if there is one, else the newest of the others (ShopRules::current_rules).
ALTER TABLE rules_versions ADD COLUMN uid TEXT;
ALTER TABLE rules_versions ADD COLUMN scope TEXT NOT NULL DEFAULT 'till'
    CHECK (scope IN ('company', 'shop', 'till'));
ALTER TABLE rules_versions ADD COLUMN shop_id TEXT CHECK ((scope = 'shop') = (shop_id IS NOT NULL));
ALTER TABLE rules_versions ADD COLUMN hlc TEXT;
ALTER TABLE rules_versions ADD COLUMN till_id TEXT;
-- Every writer gives a version its global id and stamp (ShopRules::save_rules, the pull).
CREATE TRIGGER rules_versions_global BEFORE INSERT ON rules_versions
WHEN NEW.uid IS NULL OR NEW.hlc IS NULL BEGIN
    SELECT RAISE(ABORT, 'a rules version needs its global id and stamp');
END;
INSERT INTO sync_kinds(name) VALUES ('rules_version');
CREATE TRIGGER sync_out_rules_versions AFTER INSERT ON rules_versions
WHEN (SELECT recording FROM sync_membership) = 1 BEGIN
    INSERT INTO sync_outbox(kind, key) VALUES ('rules_version', NEW.uid);
END;
)sql",
         fill_rules_versions},
    };
    return list;
}

}  // namespace kassa::store::detail
