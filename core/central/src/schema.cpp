// The central database's schema (docs/sync.md).

#include "schema.hpp"

namespace kassa::central::detail {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list{
        {1, R"sql(
-- Businesses ("companies"), their shops and the shops' tills. last_seq is the company's change number: every
-- row a till pushes is numbered from it while the push holds the company's row locked, so a company's
-- numbers are committed in order and a till that pulled up to N never misses a row numbered below N.
CREATE TABLE companies (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_seq    bigint NOT NULL DEFAULT 0
);

CREATE TABLE shops (
    id          uuid PRIMARY KEY,
    company_id  uuid NOT NULL REFERENCES companies(id),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (company_id, name),
    UNIQUE (company_id, id)
);

CREATE TABLE tills (
    id          uuid PRIMARY KEY,
    company_id  uuid NOT NULL,
    shop_id     uuid NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    joined_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops(company_id, id),
    UNIQUE (shop_id, name),
    UNIQUE (company_id, id)
);

-- The rows that cross tills, with the shop file's column names and values (texts as the till wrote them:
-- ids, ISO 8601 UTC times and dates, so a row comes back byte for byte). Each is keyed by its company and
-- its global id (the UUIDv7 the till made; a consent by its till and that till's number), so a row pushed
-- twice is written once (ON CONFLICT DO NOTHING), and a reference can only point inside its own company.
-- seq is the company's change number of the row, till_id the till that wrote it.
CREATE TABLE customers (
    company_id        uuid NOT NULL REFERENCES companies(id),
    id                text NOT NULL,
    seq               bigint NOT NULL,
    till_id           uuid NOT NULL,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    phone             text,
    email             text,
    birthday          text,
    created_at        text NOT NULL,
    referred_by       text,
    personal_consent  smallint NOT NULL CHECK (personal_consent IN (0, 1)),
    sms_consent       smallint NOT NULL CHECK (sms_consent IN (0, 1)),
    email_consent     smallint NOT NULL CHECK (email_consent IN (0, 1)),
    erased_at         text,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX customers_seq ON customers(company_id, seq);
CREATE INDEX customers_phone ON customers(company_id, phone) WHERE phone IS NOT NULL;

-- A card is keyed with its customer: one number given to two customers at two tills is kept twice, and each
-- till lists the one it did not write as a conflict.
CREATE TABLE cards (
    company_id   uuid NOT NULL,
    number       text NOT NULL,
    customer_id  text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    status       text NOT NULL,
    issued_at    text NOT NULL,
    replaced_by  text,
    PRIMARY KEY (company_id, number, customer_id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id)
);
CREATE INDEX cards_seq ON cards(company_id, seq);

CREATE TABLE consents (
    company_id   uuid NOT NULL,
    till_id      uuid NOT NULL,
    id           bigint NOT NULL,
    seq          bigint NOT NULL,
    customer_id  text NOT NULL,
    kind         text NOT NULL,
    given        smallint NOT NULL CHECK (given IN (0, 1)),
    at           text NOT NULL,
    source       text NOT NULL,
    PRIMARY KEY (company_id, till_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id)
);
CREATE INDEX consents_seq ON consents(company_id, seq);

CREATE TABLE receipts (
    company_id       uuid NOT NULL,
    id               text NOT NULL,
    seq              bigint NOT NULL,
    till_id          uuid NOT NULL,
    number           bigint NOT NULL,
    created_at       text NOT NULL,
    business_day     text NOT NULL,
    customer_id      text,
    card_number      text,
    cashier_id       text,
    rules_version    bigint,
    gross            bigint NOT NULL,
    discount         bigint NOT NULL,
    net              bigint NOT NULL,
    redeemed_points  bigint NOT NULL,
    redeemed_money   bigint NOT NULL,
    payable          bigint NOT NULL,
    points_earned    bigint NOT NULL,
    tier_spend       bigint NOT NULL,
    change           bigint NOT NULL,
    quote            text NOT NULL,
    shift_id         text,
    PRIMARY KEY (company_id, id),
    UNIQUE (till_id, number),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id)
);
CREATE INDEX receipts_seq ON receipts(company_id, seq);

CREATE TABLE receipt_lines (
    company_id   uuid NOT NULL,
    receipt_id   text NOT NULL,
    line_no      bigint NOT NULL,
    sku          text NOT NULL,
    name         text NOT NULL,
    category     text NOT NULL,
    unit_price   bigint NOT NULL,
    qty          bigint NOT NULL,
    gross        bigint NOT NULL,
    discount     bigint NOT NULL,
    net          bigint NOT NULL,
    redeemed     bigint NOT NULL,
    points       bigint NOT NULL,
    discounts    text NOT NULL,
    vat_rate     bigint,
    vat          bigint,
    PRIMARY KEY (company_id, receipt_id, line_no),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id)
);

CREATE TABLE payments (
    company_id  uuid NOT NULL,
    receipt_id  text NOT NULL,
    seq         bigint NOT NULL,
    method      text NOT NULL,
    amount      bigint NOT NULL,
    PRIMARY KEY (company_id, receipt_id, seq),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id)
);

-- The points ledger: a customer's balance is the sum of her entries, wherever they were written.
CREATE TABLE ledger (
    company_id   uuid NOT NULL,
    id           text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    customer_id  text NOT NULL,
    kind         text NOT NULL,
    points       bigint NOT NULL,
    receipt_id   text,
    refund_id    text,
    program      text NOT NULL,
    reason       text NOT NULL,
    actor        text NOT NULL,
    created_at   text NOT NULL,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id)
);
CREATE INDEX ledger_seq ON ledger(company_id, seq);
CREATE INDEX ledger_customer ON ledger(company_id, customer_id);

-- Lots (points with their availability and expiry) and what each entry took from or gave back to them, so
-- every till spends the same lots.
CREATE TABLE lots (
    company_id    uuid NOT NULL,
    id            text NOT NULL,
    seq           bigint NOT NULL,
    till_id       uuid NOT NULL,
    customer_id   text NOT NULL,
    points        bigint NOT NULL,
    available_at  bigint NOT NULL,
    expires_at    bigint,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, id) REFERENCES ledger(company_id, id)
);
CREATE INDEX lots_seq ON lots(company_id, seq);

CREATE TABLE lot_movements (
    company_id  uuid NOT NULL,
    ledger_id   text NOT NULL,
    lot_id      text NOT NULL,
    seq         bigint NOT NULL,
    till_id     uuid NOT NULL,
    points      bigint NOT NULL,
    PRIMARY KEY (company_id, ledger_id, lot_id),
    FOREIGN KEY (company_id, ledger_id) REFERENCES ledger(company_id, id),
    FOREIGN KEY (company_id, lot_id) REFERENCES lots(company_id, id)
);
CREATE INDEX lot_movements_seq ON lot_movements(company_id, seq);

CREATE TABLE refunds (
    company_id       uuid NOT NULL,
    id               text NOT NULL,
    seq              bigint NOT NULL,
    till_id          uuid NOT NULL,
    receipt_id       text,
    created_at       text NOT NULL,
    cashier_id       text,
    money_back       bigint NOT NULL,
    kept_for_points  bigint NOT NULL,
    points_reversed  bigint NOT NULL,
    points_restored  bigint NOT NULL,
    tier_spend       bigint NOT NULL,
    reason           text NOT NULL,
    tender           text,
    approved_by      text,
    customer_id      text,
    shift_id         text,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id)
);
CREATE INDEX refunds_seq ON refunds(company_id, seq);

CREATE TABLE refund_lines (
    company_id       uuid NOT NULL,
    refund_id        text NOT NULL,
    line_no          bigint NOT NULL,
    qty              bigint NOT NULL,
    money_back       bigint NOT NULL,
    redeemed_back    bigint NOT NULL,
    points_reversed  bigint NOT NULL,
    sku              text,
    name             text,
    unit_price       bigint,
    vat              bigint,
    PRIMARY KEY (company_id, refund_id, line_no),
    FOREIGN KEY (company_id, refund_id) REFERENCES refunds(company_id, id)
);
)sql"},
        {2, R"sql(
-- Each till logs in as its own PostgreSQL role (docs/security.md, "The central database"): a member of the
-- group kassa_tills, mapped to its till and company by till_logins. Row-level security lets such a login read
-- its own company's rows only and insert only rows of its company written by itself; it updates nothing but
-- its company's change number (the push raises it) and deletes nothing. The admin (the owner of the tables,
-- who ran central init) is not a member and is not restricted.
--
-- Roles belong to the whole PostgreSQL cluster, so the group may exist already (another Kassa database on the
-- same server): it is only made when missing. A till login of another database has no row in this database's
-- till_logins, so it sees nothing here.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kassa_tills') THEN
        CREATE ROLE kassa_tills NOLOGIN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO kassa_tills', current_schema());
END
$$;

-- Which till (and so which company) a login is. Written by central join (the admin), read by a till only for
-- its own login.
CREATE TABLE till_logins (
    role_name   text PRIMARY KEY,
    company_id  uuid NOT NULL,
    till_id     uuid NOT NULL UNIQUE,
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
ALTER TABLE till_logins ENABLE ROW LEVEL SECURITY;
CREATE POLICY till_reads ON till_logins FOR SELECT TO kassa_tills USING (role_name = current_user);
GRANT SELECT ON till_logins TO kassa_tills;

GRANT SELECT ON kassa_schema TO kassa_tills;

-- kassa_protect(table, writes[, parent, parent_key]) puts a table with a company_id column under row-level
-- security for the tills, from scratch each time it is called (its two policies and the group's grants):
--   writes = 'none':  the till reads its company's rows and writes nothing (shops, tills);
--   writes = 'own':   it also inserts rows of its company whose till_id is its own (the rows a push sends);
--   writes = 'lines': it also inserts rows of its company that belong to a row of `parent` it wrote itself
--                     (parent.id = the line's `parent_key`, parent.till_id its own): a receipt's lines.
-- No till updates or deletes. A table a later migration adds calls this in that same migration, e.g.
--   SELECT kassa_protect('coupons', 'own');
-- and tests/central/security_test.cpp fails for a table with company data that has no row-level security.
-- The policies name till_logins inside themselves (not through a function), so PostgreSQL binds it when the
-- policy is made: a till's temporary table of the same name cannot stand in for it.
CREATE FUNCTION kassa_protect(target regclass, writes text, parent regclass DEFAULT NULL,
                              parent_key text DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    login_company constant text :=
        '(SELECT l.company_id FROM till_logins l WHERE l.role_name = current_user)';
    login_till constant text := '(SELECT l.till_id FROM till_logins l WHERE l.role_name = current_user)';
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('DROP POLICY IF EXISTS till_reads ON %s', target);
    EXECUTE format('DROP POLICY IF EXISTS till_writes ON %s', target);
    EXECUTE format('REVOKE ALL ON %s FROM kassa_tills', target);
    EXECUTE format('CREATE POLICY till_reads ON %s FOR SELECT TO kassa_tills USING (company_id = %s)',
                   target, login_company);
    EXECUTE format('GRANT SELECT ON %s TO kassa_tills', target);
    IF writes = 'own' THEN
        EXECUTE format('CREATE POLICY till_writes ON %s FOR INSERT TO kassa_tills '
                       'WITH CHECK (company_id = %s AND till_id = %s)', target, login_company, login_till);
    ELSIF writes = 'lines' THEN
        EXECUTE format('CREATE POLICY till_writes ON %1$s FOR INSERT TO kassa_tills '
                       'WITH CHECK (company_id = %2$s AND EXISTS (SELECT 1 FROM %3$s p '
                       'WHERE p.company_id = %1$s.company_id AND p.id = %1$s.%4$I AND p.till_id = %5$s))',
                       target, login_company, parent, parent_key, login_till);
    ELSIF writes <> 'none' THEN
        RAISE EXCEPTION 'kassa_protect: writes is none, own or lines, not %', writes;
    END IF;
    IF writes <> 'none' THEN
        EXECUTE format('GRANT INSERT ON %s TO kassa_tills', target);
    END IF;
END
$fn$;
REVOKE ALL ON FUNCTION kassa_protect(regclass, text, regclass, text) FROM PUBLIC;

-- A company's own row: the till reads it and raises its change number (a push locks the row FOR UPDATE and
-- adds its rows' count). The number only moves forward, by at most 100000 at a time: lowering it would let
-- new rows take numbers below other tills' cursors (they would never pull them), and a till's stolen login
-- cannot push it out of reach of the pulls in one step.
ALTER TABLE companies ENABLE ROW LEVEL SECURITY;
CREATE POLICY till_reads ON companies FOR SELECT TO kassa_tills
    USING (id = (SELECT l.company_id FROM till_logins l WHERE l.role_name = current_user));
CREATE POLICY till_counts ON companies FOR UPDATE TO kassa_tills
    USING (id = (SELECT l.company_id FROM till_logins l WHERE l.role_name = current_user))
    WITH CHECK (id = (SELECT l.company_id FROM till_logins l WHERE l.role_name = current_user));
GRANT SELECT ON companies TO kassa_tills;
GRANT UPDATE (last_seq) ON companies TO kassa_tills;

CREATE FUNCTION kassa_last_seq_forward() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.last_seq < OLD.last_seq OR NEW.last_seq > OLD.last_seq + 100000 THEN
        RAISE EXCEPTION 'a company''s change number only moves forward, by at most 100000 at a time'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$fn$;
CREATE TRIGGER last_seq_forward BEFORE UPDATE OF last_seq ON companies
    FOR EACH ROW EXECUTE FUNCTION kassa_last_seq_forward();

-- Every other table with company data. A table added by a migration before this one goes in these lists; one
-- added after calls kassa_protect itself.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['shops', 'tills'] LOOP
        PERFORM kassa_protect(t::regclass, 'none');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['customers', 'cards', 'consents', 'receipts', 'ledger', 'lots', 'lot_movements',
                             'refunds'] LOOP
        PERFORM kassa_protect(t::regclass, 'own');
    END LOOP;
    PERFORM kassa_protect('receipt_lines', 'lines', 'receipts', 'receipt_id');
    PERFORM kassa_protect('payments', 'lines', 'receipts', 'receipt_id');
    PERFORM kassa_protect('refund_lines', 'lines', 'refunds', 'refund_id');
END
$$;
)sql"},
        {3, R"sql(
-- The owner's merges of two customers (the same person enrolled twice), written once with the global id the
-- till made; the other tills pull them and apply them to their own files (docs/sync.md, "Conflicts"). The
-- rows that name the merged-away customer stay as they were pushed: each till redirects them as it applies
-- them, so the central keeps what every till wrote.
CREATE TABLE customer_merges (
    company_id  uuid NOT NULL,
    id          text NOT NULL,
    seq         bigint NOT NULL,
    till_id     uuid NOT NULL,
    kept_id     text NOT NULL,
    merged_id   text NOT NULL,
    actor       text NOT NULL,
    merged_at   text NOT NULL,
    PRIMARY KEY (company_id, id),
    CHECK (kept_id <> merged_id),
    FOREIGN KEY (company_id, kept_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, merged_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX customer_merges_seq ON customer_merges(company_id, seq);
-- A till inserts its own merges and reads its company's (docs/security.md).
SELECT kassa_protect('customer_merges', 'own');
)sql"},
        {4, R"sql(
-- Edits made after a row was pushed (docs/sync.md, "Edits"): each is written once, keyed by the UUIDv7 the
-- till made, numbered in the company's change order like the other rows, and pulled by the other tills,
-- which keep the value with the greatest stamp (hlc, text ordered as the stamps are). The rows above keep
-- the values they were pushed with; an erasure is the exception: it blanks the customer's personal values
-- here too (see the push).
CREATE TABLE field_changes (
    company_id   uuid NOT NULL,
    id           text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    entity       text NOT NULL CHECK (entity IN ('customer', 'card')),
    key          text NOT NULL,
    customer_id  text NOT NULL,
    field        text NOT NULL,
    value        text,
    hlc          text NOT NULL,
    prior        text,
    actor        text NOT NULL,
    at           text NOT NULL,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX field_changes_seq ON field_changes(company_id, seq);
CREATE INDEX field_changes_customer ON field_changes(company_id, customer_id);

-- A till inserts its own edits and reads its company's (docs/security.md).
SELECT kassa_protect('field_changes', 'own');

-- An erasure pushed by a till blanks the customer's personal values at the central too (docs/sync.md,
-- "Edits"). A till's login may not update rows (docs/security.md), so the push calls this function, which
-- runs as the tables' owner and does only that: for each customer of the caller's own company with an
-- erasure among the field changes already written here, it blanks her row and the personal values of her
-- edits. $changes is the pushed batch's field changes as a JSON array.
CREATE FUNCTION kassa_apply_erasures(target_company uuid, changes jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
DECLARE
    login_company uuid;
BEGIN
    SELECT l.company_id INTO login_company FROM till_logins l WHERE l.role_name = session_user;
    IF login_company IS NOT NULL AND login_company <> target_company THEN
        RAISE EXCEPTION 'a till erases only in its own company' USING ERRCODE = '42501';
    END IF;
    UPDATE customers c SET first_name = '', last_name = '', phone = NULL, email = NULL, birthday = NULL,
        personal_consent = 0, sms_consent = 0, email_consent = 0, erased_at = coalesce(c.erased_at, r.value)
    FROM jsonb_to_recordset(changes) AS r(key text, field text, value text)
    WHERE r.field = 'erased' AND c.company_id = target_company AND c.id = r.key
      AND EXISTS (SELECT 1 FROM field_changes f WHERE f.company_id = target_company AND f.entity = 'customer'
                  AND f.key = r.key AND f.field = 'erased');
    -- Also an edit that arrives after her erasure (made at a till that had not pulled it yet).
    UPDATE field_changes f SET value = NULL FROM customers c
    WHERE c.company_id = target_company AND c.erased_at IS NOT NULL
      AND c.id IN (SELECT r.customer_id FROM jsonb_to_recordset(changes) AS r(customer_id text))
      AND f.company_id = target_company AND f.customer_id = c.id AND f.entity = 'customer'
      AND f.field IN ('first_name', 'last_name', 'phone', 'email', 'birthday') AND f.value IS NOT NULL;
END
$fn$;
REVOKE ALL ON FUNCTION kassa_apply_erasures(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kassa_apply_erasures(uuid, jsonb) TO kassa_tills;
)sql"},
        {5, R"sql(
-- Coupons and stamps cross tills (docs/sync.md, "Coupons"): a coupon the rules issued, keyed by its code, and each use
-- of a code (or a return's give-back of a use), written once and keyed by the UUIDv7 the till made. Both
-- uses of a single-use code made at two tills that did not see each other are kept: the tills that pull
-- the second list it (coupon_reused).
CREATE TABLE coupons (
    company_id      uuid NOT NULL,
    code            text NOT NULL,
    seq             bigint NOT NULL,
    till_id         uuid NOT NULL,
    program         text NOT NULL,
    customer_id     text,
    issued_receipt  text,
    valid_from      text,
    valid_to        text,
    created_at      text NOT NULL,
    PRIMARY KEY (company_id, code),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, issued_receipt) REFERENCES receipts(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX coupons_seq ON coupons(company_id, seq);

CREATE TABLE coupon_uses (
    company_id      uuid NOT NULL,
    id              text NOT NULL,
    seq             bigint NOT NULL,
    till_id         uuid NOT NULL,
    code            text NOT NULL,
    program         text NOT NULL,
    receipt_id      text NOT NULL,
    receipt_number  bigint NOT NULL,
    discount        bigint NOT NULL CHECK (discount >= 0),
    gives_back      text,
    refund_id       text,
    at              text NOT NULL,
    PRIMARY KEY (company_id, id),
    CHECK ((gives_back IS NULL) = (refund_id IS NULL)),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id),
    FOREIGN KEY (company_id, refund_id) REFERENCES refunds(company_id, id),
    FOREIGN KEY (company_id, gives_back) REFERENCES coupon_uses(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX coupon_uses_seq ON coupon_uses(company_id, seq);
CREATE INDEX coupon_uses_code ON coupon_uses(company_id, code);

-- Stamps (docs/sync.md, "Stamps"): a customer's count of a programme is the sum of these movements, so
-- stamps added at two tills add up. The rows keep the customer they were written for; each till redirects
-- a merged-away customer's as it applies them.
CREATE TABLE stamp_movements (
    company_id   uuid NOT NULL,
    id           text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    customer_id  text NOT NULL,
    program      text NOT NULL,
    change       bigint NOT NULL,
    receipt_id   text,
    refund_id    text,
    at           text NOT NULL,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id),
    FOREIGN KEY (company_id, refund_id) REFERENCES refunds(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX stamp_movements_seq ON stamp_movements(company_id, seq);

-- A till inserts its own and reads its company's (docs/security.md).
SELECT kassa_protect('coupons', 'own');
SELECT kassa_protect('coupon_uses', 'own');
SELECT kassa_protect('stamp_movements', 'own');
)sql"},
        {6, R"sql(
-- The owner's mark of a conflict as dealt with, written once with the global id the till made and pulled by
-- the other tills, which settle their own conflicts of the same identity (docs/sync.md, "Conflicts"). The
-- identity names what the conflict is about, computed alike at every till.
CREATE TABLE conflict_marks (
    company_id  uuid NOT NULL,
    id          text NOT NULL,
    seq         bigint NOT NULL,
    till_id     uuid NOT NULL,
    identity    text NOT NULL CHECK (length(identity) BETWEEN 1 AND 1000),
    actor       text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
    marked_at   text NOT NULL,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX conflict_marks_seq ON conflict_marks(company_id, seq);
-- A till inserts its own marks and reads its company's (docs/security.md).
SELECT kassa_protect('conflict_marks', 'own');

-- Notes on a customer and complaints, written once with the global id the till made (docs/sync.md, "Notes,
-- attributes, complaints and the audit log"). A complaint names a customer, a receipt or both; its points
-- credit is a ledger entry pushed before it.
CREATE TABLE customer_notes (
    company_id   uuid NOT NULL,
    id           text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    customer_id  text NOT NULL,
    text         text NOT NULL,
    author       text NOT NULL,
    created_at   text NOT NULL,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX customer_notes_seq ON customer_notes(company_id, seq);
CREATE INDEX customer_notes_customer ON customer_notes(company_id, customer_id);
SELECT kassa_protect('customer_notes', 'own');

CREATE TABLE complaints (
    company_id   uuid NOT NULL,
    id           text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    customer_id  text,
    receipt_id   text,
    reason       text NOT NULL,
    resolution   text NOT NULL,
    points       bigint NOT NULL,
    ledger_id    text,
    actor        text NOT NULL,
    created_at   text NOT NULL,
    PRIMARY KEY (company_id, id),
    CHECK (customer_id IS NOT NULL OR receipt_id IS NOT NULL),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, receipt_id) REFERENCES receipts(company_id, id),
    FOREIGN KEY (company_id, ledger_id) REFERENCES ledger(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX complaints_seq ON complaints(company_id, seq);
SELECT kassa_protect('complaints', 'own');

-- An owner's attribute of a customer travels as its changes, each stamped by its till's hybrid logical clock
-- (hlc, text ordered as the stamps are); every till keeps the value of the greatest stamp. value NULL: removed.
CREATE TABLE attribute_changes (
    company_id   uuid NOT NULL,
    id           text NOT NULL,
    seq          bigint NOT NULL,
    till_id      uuid NOT NULL,
    customer_id  text NOT NULL,
    key          text NOT NULL,
    value        text,
    hlc          text NOT NULL,
    actor        text NOT NULL,
    at           text NOT NULL,
    PRIMARY KEY (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX attribute_changes_seq ON attribute_changes(company_id, seq);
CREATE INDEX attribute_changes_customer ON attribute_changes(company_id, customer_id);
SELECT kassa_protect('attribute_changes', 'own');

-- The erasure at the central (migration 4) also blanks the texts of the customer's notes and the values of her
-- attributes' changes, those pushed with it and those another till pushes later (the push passes its notes
-- and attribute changes here too). A complaint stays with the
-- books, as at the till.
CREATE OR REPLACE FUNCTION kassa_apply_erasures(target_company uuid, changes jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $fn$
DECLARE
    login_company uuid;
BEGIN
    SELECT l.company_id INTO login_company FROM till_logins l WHERE l.role_name = session_user;
    IF login_company IS NOT NULL AND login_company <> target_company THEN
        RAISE EXCEPTION 'a till erases only in its own company' USING ERRCODE = '42501';
    END IF;
    UPDATE customers c SET first_name = '', last_name = '', phone = NULL, email = NULL, birthday = NULL,
        personal_consent = 0, sms_consent = 0, email_consent = 0, erased_at = coalesce(c.erased_at, r.value)
    FROM jsonb_to_recordset(changes) AS r(key text, field text, value text)
    WHERE r.field = 'erased' AND c.company_id = target_company AND c.id = r.key
      AND EXISTS (SELECT 1 FROM field_changes f WHERE f.company_id = target_company AND f.entity = 'customer'
                  AND f.key = r.key AND f.field = 'erased');
    UPDATE field_changes f SET value = NULL FROM customers c
    WHERE c.company_id = target_company AND c.erased_at IS NOT NULL
      AND c.id IN (SELECT r.customer_id FROM jsonb_to_recordset(changes) AS r(customer_id text))
      AND f.company_id = target_company AND f.customer_id = c.id AND f.entity = 'customer'
      AND f.field IN ('first_name', 'last_name', 'phone', 'email', 'birthday') AND f.value IS NOT NULL;
    UPDATE customer_notes n SET text = '' FROM customers c
    WHERE c.company_id = target_company AND c.erased_at IS NOT NULL
      AND c.id IN (SELECT r.customer_id FROM jsonb_to_recordset(changes) AS r(customer_id text))
      AND n.company_id = target_company AND n.customer_id = c.id AND n.text <> '';
    UPDATE attribute_changes a SET value = NULL FROM customers c
    WHERE c.company_id = target_company AND c.erased_at IS NOT NULL
      AND c.id IN (SELECT r.customer_id FROM jsonb_to_recordset(changes) AS r(customer_id text))
      AND a.company_id = target_company AND a.customer_id = c.id AND a.value IS NOT NULL;
END
$fn$;
)sql"},
        {7, R"sql(
-- The owner's reports over the company (docs/reports.md, "company"): a period's receipts by business day,
-- its returns and points by when they happened, each within its company, so a report reads the period's rows
-- and not the company's whole history. Like every other key and index, each begins with the company.
CREATE INDEX receipts_business_day ON receipts(company_id, business_day COLLATE "C");
CREATE INDEX refunds_created ON refunds(company_id, created_at COLLATE "C");
CREATE INDEX ledger_created ON ledger(company_id, created_at COLLATE "C");
)sql"},
        {8, R"sql(
-- The loyalty rules travel (docs/sync.md, "Rules, catalog and cashiers"): each version the owner saves at a
-- till, keyed by the UUIDv7 the till made, with its scope (the whole company, one shop, or only the till that
-- saved it before it joined) and its hybrid logical clock stamp, which orders versions saved offline at
-- different tills the same way at every till. A till pulls its company's versions and its own shop's, never
-- another shop's nor another till's own.
CREATE TABLE rules_versions (
    company_id  uuid NOT NULL,
    id          text NOT NULL,
    seq         bigint NOT NULL,
    till_id     uuid NOT NULL,
    scope       text NOT NULL CHECK (scope IN ('company', 'shop', 'till')),
    shop_id     uuid,
    hlc         text NOT NULL,
    created_at  text NOT NULL,
    author      text NOT NULL,
    summary     text NOT NULL,
    document    text NOT NULL,
    PRIMARY KEY (company_id, id),
    CHECK ((scope = 'shop') = (shop_id IS NOT NULL)),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops(company_id, id),
    FOREIGN KEY (company_id, till_id) REFERENCES tills(company_id, id)
);
CREATE INDEX rules_versions_seq ON rules_versions(company_id, seq);
SELECT kassa_protect('rules_versions', 'own');

-- A receipt names the version it was priced under by its global id (rules_version is the till's own number).
ALTER TABLE receipts ADD COLUMN rules_version_id text;
)sql"},
    };
    return list;
}

}  // namespace kassa::central::detail
