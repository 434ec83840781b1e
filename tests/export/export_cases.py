#!/usr/bin/env python3
"""The nightly export read back by readers that share no code with it: Python's csv module for the files,
hashlib for the manifest's SHA-256, sqlite3 with SQL written here for the database, zoneinfo for the shop's
local days. Runs the real kassactl on a demo shop. Usage: export_cases.py KASSACTL CASE"""
import csv
import datetime
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import zoneinfo
from decimal import Decimal

# A demo big enough to have discounts, redemptions, refunds and anonymous cards on some days, small enough to
# be made in about a second. The end day is fixed so the shop does not depend on today's date.
DEMO = ["--customers", "150", "--days", "60", "--seed", "3", "--end", "2026-11-23"]
NIGHT = "2026-11-24T03:00:00+02:00"  # the night after the demo's last day
ZONE = zoneinfo.ZoneInfo("Europe/Tallinn")
FILES = ["receipts.csv", "receipt_lines.csv", "line_discounts.csv", "payments.csv", "points_ledger.csv",
         "refunds.csv", "refund_lines.csv", "customers.csv", "coupons.csv", "vat.csv", "shifts.csv"]
PERSONAL = ["first_name", "last_name", "phone", "email", "birthday"]


def run(k, *args):
    return subprocess.run([k, *args], capture_output=True, timeout=120)


def ok(r):
    assert r.returncode == 0, f"exit {r.returncode}: {r.stderr.decode(errors='replace')}"
    return r.stdout.decode()


def demo(k, d):
    db = os.path.join(d, "shop.db")
    ok(run(k, "demo", "--db", db, *DEMO))
    return db


def read(path, delimiter=","):
    """Rows of a file as dicts, read by csv with newline='' as RFC 4180 files must be."""
    with open(path, encoding="utf-8-sig" if delimiter == ";" else "utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter, strict=True))


def sql(db, query, *params):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def day_bounds(day):
    """The local day [midnight, next midnight) in the shop's zone, as aware datetimes."""
    d = datetime.date.fromisoformat(day)
    start = datetime.datetime.combine(d, datetime.time(0), tzinfo=ZONE)
    end = datetime.datetime.combine(d + datetime.timedelta(days=1), datetime.time(0), tzinfo=ZONE)
    return start, end


def in_day(text, day):
    start, end = day_bounds(day)
    return text is not None and start <= instant(text) < end


def money_text(minor, comma=False):
    text = f"{Decimal(minor) / 100:.2f}"
    return text.replace(".", ",") if comma else text


def business_days(db):
    return [r[0] for r in sql(db, "SELECT DISTINCT business_day FROM receipts ORDER BY 1")]


def export_all(k, db, out, *extra):
    first = business_days(db)[0]
    return ok(run(k, "export", "--db", db, "--out", out, "--since", first, "--now", NIGHT, *extra))


def check_manifest(folder, delimiter=","):
    manifest = read(os.path.join(folder, "manifest.csv"), delimiter)
    assert [m["file"] for m in manifest] == FILES, manifest
    for m in manifest:
        path = os.path.join(folder, m["file"])
        with open(path, "rb") as f:
            assert hashlib.sha256(f.read()).hexdigest() == m["sha256"], m["file"]
        assert len(read(path, delimiter)) == int(m["rows"]), m["file"]
    assert sorted(os.listdir(folder)) == sorted(FILES + ["manifest.csv"])


def case_day_files_match_database(k):
    """Every business day of the demo exported, each file checked against SQL of its own."""
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        out = os.path.join(d, "out")
        export_all(k, db, out)
        days = business_days(db)
        assert len(days) > 40, days
        ledger = sql(db, "SELECT created_at, points FROM ledger")
        refunds = sql(db, "SELECT id, created_at, money_back FROM refunds")
        seen = {"refunds": 0, "line_discounts": 0, "redeemed": 0}
        total_payable = 0
        for day in days:
            folder = os.path.join(out, day)
            check_manifest(folder)
            receipts = read(os.path.join(folder, "receipts.csv"))
            (count, payable, discount, points, redeemed), = sql(
                db, "SELECT count(*), sum(payable), sum(discount), sum(points_earned), sum(redeemed_points) "
                    "FROM receipts WHERE business_day = ?", day)
            assert len(receipts) == count, day
            assert sum(int(r["payable_minor"]) for r in receipts) == payable, day
            assert sum(int(r["discount_minor"]) for r in receipts) == discount, day
            assert sum(int(r["points_earned"]) for r in receipts) == points, day
            assert sum(int(r["redeemed_points"]) for r in receipts) == redeemed, day
            for r in receipts:
                assert r["business_day"] == day
                assert instant(r["created_at"]).astimezone(ZONE).date().isoformat() == day
                for column in ("gross", "discount", "net", "redeemed_money", "payable", "change"):
                    assert r[column] == money_text(int(r[column + "_minor"])), (column, r)
            total_payable += payable
            seen["redeemed"] += redeemed

            lines = read(os.path.join(folder, "receipt_lines.csv"))
            sql_lines = sql(db, "SELECT l.net, l.discount, l.discounts FROM receipt_lines l "
                                "JOIN receipts r ON r.id = l.receipt_id WHERE r.business_day = ?", day)
            assert len(lines) == len(sql_lines)
            assert sum(int(l["net_minor"]) for l in lines) == sum(x[0] for x in sql_lines)
            # One row per program per line: the JSON the store keeps, read here by Python's json.
            discounts = read(os.path.join(folder, "line_discounts.csv"))
            stored = [d for x in sql_lines for d in json.loads(x[2])]
            assert len(discounts) == len(stored), day
            assert sum(int(x["amount_minor"]) for x in discounts) == sum(d["amount"] for d in stored)
            assert sum(int(x["amount_minor"]) for x in discounts) == sum(x[1] for x in sql_lines)
            seen["line_discounts"] += len(discounts)

            payments = read(os.path.join(folder, "payments.csv"))
            (pcount, pamount), = sql(db, "SELECT count(*), coalesce(sum(p.amount), 0) FROM payments p "
                                         "JOIN receipts r ON r.id = p.receipt_id WHERE r.business_day = ?", day)
            assert len(payments) == pcount and sum(int(p["amount_minor"]) for p in payments) == pamount

            # The ledger and refunds have no business_day: the local day is worked out here with zoneinfo.
            entries = read(os.path.join(folder, "points_ledger.csv"))
            mine = [p for (at, p) in ledger if in_day(at, day)]
            assert len(entries) == len(mine), day
            assert sum(int(e["points"]) for e in entries) == sum(mine)
            day_refunds = [r for r in refunds if in_day(r[1], day)]
            exported = read(os.path.join(folder, "refunds.csv"))
            assert sorted(r["refund_id"] for r in exported) == sorted(r[0] for r in day_refunds)
            assert sum(int(r["money_back_minor"]) for r in exported) == sum(r[2] for r in day_refunds)
            refund_lines = read(os.path.join(folder, "refund_lines.csv"))
            want = sum(sql(db, "SELECT count(*) FROM refund_lines WHERE refund_id = ?", r[0])[0][0]
                       for r in day_refunds)
            assert len(refund_lines) == want
            seen["refunds"] += len(exported)

            # Every customer who bought that day is among the changed customers.
            customers = {c["customer_id"] for c in read(os.path.join(folder, "customers.csv"))}
            buyers = {r[0] for r in sql(db, "SELECT DISTINCT customer_id FROM receipts WHERE business_day = ? "
                                            "AND customer_id IS NOT NULL", day)}
            created = {r[0] for r in sql(db, "SELECT id, created_at FROM customers") if in_day(r[1], day)}
            assert buyers | created <= customers, day

            coupons = read(os.path.join(folder, "coupons.csv"))
            (issued,), = sql(db, "SELECT count(*) FROM coupons c JOIN receipts r ON r.id = c.issued_receipt "
                                 "WHERE r.business_day = ?", day)
            (used,), = sql(db, "SELECT count(*) FROM coupon_open_uses u JOIN receipts r ON r.id = u.receipt_id "
                               "WHERE r.business_day = ?", day)
            assert sum(c["event"] == "issued" for c in coupons) == issued
            assert sum(c["event"] == "used" for c in coupons) == used

            # VAT by rate: the day's lines (what was paid in money) and the day's returns, by SQL of its own;
            # each receipt's VAT at each rate recomputed here, rounded once per rate per receipt, half up.
            vat = {v["vat_rate"]: v for v in read(os.path.join(folder, "vat.csv"))}
            per_receipt = sql(db, "SELECT l.vat_rate, sum(l.net - l.redeemed), sum(l.vat) FROM receipt_lines l "
                                  "JOIN receipts r ON r.id = l.receipt_id WHERE r.business_day = ? "
                                  "GROUP BY r.id, l.vat_rate", day)
            by_rate = {}
            for rate, gross, line_vat in per_receipt:
                expected = 0 if rate <= 0 else (gross * rate * 2 + (10000 + rate)) // (2 * (10000 + rate))
                assert line_vat == expected, (day, rate, gross, line_vat, expected)
                total = by_rate.setdefault(rate, [0, 0])
                total[0] += gross
                total[1] += line_vat
            for rate, (gross, line_vat) in by_rate.items():
                name = "exempt" if rate == -1 else (f"{rate // 100}%" if rate % 100 == 0 else None)
                assert name is not None and name in vat, (day, rate, vat)
                row = vat[name]
                assert int(row["sales_gross_minor"]) == gross and int(row["sales_vat_minor"]) == line_vat, row
                assert int(row["vat_minor"]) == line_vat - int(row["returns_vat_minor"]), row
                assert int(row["net_minor"]) == int(row["gross_minor"]) - int(row["vat_minor"]), row
            for l in lines:
                assert l["vat_rate"] in ("24%", "exempt") and int(l["vat_minor"]) >= 0, l
            seen["vat"] = seen.get("vat", 0) + len(vat)
        # Each receipt in exactly one day: the days add up to the whole shop.
        assert total_payable == sql(db, "SELECT sum(payable) FROM receipts")[0][0]
        # The demo must have given the checks above something to check.
        assert seen["refunds"] > 0 and seen["line_discounts"] > 0 and seen["redeemed"] > 0, seen
        assert seen["vat"] > 0, seen


def case_excel_mode(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        day = sql(db, "SELECT business_day FROM receipts GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0][0]
        plain, excel = os.path.join(d, "plain"), os.path.join(d, "excel")
        ok(run(k, "export", "--db", db, "--day", day, "--out", plain, "--now", NIGHT))
        ok(run(k, "export", "--db", db, "--day", day, "--out", excel, "--excel", "--now", NIGHT))
        for name in FILES + ["manifest.csv"]:
            with open(os.path.join(excel, day, name), "rb") as f:
                raw = f.read()
            assert raw.startswith(b"\xef\xbb\xbf"), name
            header = raw[3:].split(b"\r\n", 1)[0]
            assert b";" in header and b"," not in header, (name, header)
        check_manifest(os.path.join(excel, day), ";")
        receipts = read(os.path.join(excel, day, "receipts.csv"), ";")
        assert receipts, day
        for r in receipts:
            assert re.fullmatch(r"-?\d+,\d\d", r["payable"]), r["payable"]
            assert r["payable"] == money_text(int(r["payable_minor"]), comma=True)
        lines = read(os.path.join(excel, day, "receipt_lines.csv"), ";")
        assert all(re.fullmatch(r"\d+,\d{3}", l["qty"]) for l in lines)
        # The same figures as the plain export, written the Excel way.
        plain_rows = read(os.path.join(plain, day, "receipts.csv"))
        assert [r["payable"].replace(".", ",") for r in plain_rows] == [r["payable"] for r in receipts]
        assert [r["receipt_id"] for r in plain_rows] == [r["receipt_id"] for r in receipts]


def case_reexport_identical(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        out = os.path.join(d, "out")
        export_all(k, db, out)
        day = business_days(db)[-3]

        def snapshot():
            result = {}
            for name in FILES + ["manifest.csv"]:
                with open(os.path.join(out, day, name), "rb") as f:
                    result[name] = f.read()
            return result

        first = snapshot()
        ok(run(k, "export", "--db", db, "--day", day, "--out", out, "--now", NIGHT))
        assert snapshot() == first
        # Whatever the clock says when it runs: no time of the run is written into a file.
        ok(run(k, "export", "--db", db, "--day", day, "--out", out, "--now", "2027-03-01T12:34:56+02:00"))
        assert snapshot() == first
        # Nothing half-written or temporary is left beside the days.
        assert [n for n in os.listdir(out) if n.startswith(".") and n != ".kassa-export.lock"] == []


def last_day(db):
    rows = sql(db, "SELECT value FROM settings WHERE key = 'export.last_day'")
    return rows[0][0] if rows else None


def case_catch_up(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        out = os.path.join(d, "out")
        # The first run ever: yesterday only.
        r = ok(run(k, "export", "--db", db, "--out", out, "--now", "2026-11-20T03:00:00+02:00"))
        assert sorted(os.listdir(out)) == [".kassa-export.lock", "2026-11-19"], os.listdir(out)
        assert last_day(db) == "2026-11-19"
        # Three nights missed: the next run catches up 20, 21, 22 and 23, oldest first, one line each.
        r = ok(run(k, "export", "--db", db, "--out", out, "--now", NIGHT))
        lines = r.splitlines()
        assert [re.search(r"(\d{4}-\d\d-\d\d) \(", l).group(1) for l in lines] == [
            "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"], lines
        assert last_day(db) == "2026-11-23"
        for day in ("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"):
            check_manifest(os.path.join(out, day))
        # Up to date: nothing more, and the exit code says it went well.
        r = ok(run(k, "export", "--db", db, "--out", out, "--now", NIGHT))
        assert "nothing to export" in r, r
        # A day that is not over yet is refused.
        r = run(k, "export", "--db", db, "--out", out, "--day", "2026-11-24", "--now", NIGHT)
        assert r.returncode == 2 and b"not over yet" in r.stderr, r


def case_personal_data_consent(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        day = "2026-11-23"
        buyers = sql(db, "SELECT DISTINCT c.id FROM receipts r JOIN customers c ON c.id = r.customer_id "
                         "WHERE r.business_day = ? AND c.personal_consent = 1 AND c.first_name != '' ORDER BY 1", day)
        assert len(buyers) >= 2, buyers
        withdrawn = buyers[0][0]
        # kassactl has no consent command: the withdrawal is written as the till writes it (Store::record_consent
        # updates the flag and keeps the name), on the same day so she is among that day's changed customers.
        con = sqlite3.connect(db)
        con.execute("UPDATE customers SET personal_consent = 0 WHERE id = ?", (withdrawn,))
        con.execute("INSERT INTO consents(customer_id, kind, given, at, source) "
                    "VALUES (?, 'personal_data', 0, '2026-11-23T12:00:00+00:00', 'till')", (withdrawn,))
        con.commit()
        con.close()
        out = os.path.join(d, "out")
        ok(run(k, "export", "--db", db, "--day", day, "--out", out, "--now", NIGHT))
        rows = {c["customer_id"]: c for c in read(os.path.join(out, day, "customers.csv"))}
        assert rows[withdrawn]["personal_consent"] == "0"
        assert all(rows[withdrawn][f] == "" for f in PERSONAL), rows[withdrawn]
        assert sql(db, "SELECT first_name FROM customers WHERE id = ?", withdrawn)[0][0] != ""
        # Nobody without consent has a personal field; those with it have theirs as the database has them.
        db_rows = {r[0]: r for r in sql(db, "SELECT id, personal_consent, first_name, last_name, phone, email, "
                                            "birthday FROM customers")}
        with_consent = 0
        for cid, row in rows.items():
            stored = db_rows[cid]
            if stored[1] == 1:
                with_consent += 1
                assert [row[f] for f in PERSONAL] == [v or "" for v in stored[2:]], (row, stored)
            else:
                assert all(row[f] == "" for f in PERSONAL), row
        assert with_consent >= 1
        # The personal data of the withdrawn customer appears in no file of the day.
        name = sql(db, "SELECT first_name || ' ' || last_name, phone FROM customers WHERE id = ?", withdrawn)[0]
        for f in os.listdir(os.path.join(out, day)):
            with open(os.path.join(out, day, f), encoding="utf-8") as text:
                body = text.read()
            assert name[1] not in body, f


def case_no_receipt_refund(k):
    """A return without a receipt: in refunds.csv with the receipt columns empty, its goods in refund_lines.csv,
    counted by the manifest, its customer among the day's changed customers, and db check still clean."""
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        day = "2026-11-23"
        con = sqlite3.connect(db)
        (owner,), = con.execute("SELECT id FROM cashiers WHERE role = 'owner' LIMIT 1").fetchall()
        (customer,), = con.execute("SELECT id FROM customers WHERE personal_consent = 1 LIMIT 1").fetchall()
        sku, name, price, stock = con.execute("SELECT sku, name, price, stock FROM products "
                                              "WHERE by_weight = 0 ORDER BY sku LIMIT 1").fetchone()
        # kassactl makes no returns: the rows are written as Store::refund_without_receipt writes them (its own
        # tests in tests/store prove that), at 23:30 local time, still the 23rd in Tallinn.
        con.execute("INSERT INTO refunds(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, "
                    "points_reversed, points_restored, tier_spend, reason, tender, approved_by, customer_id) "
                    "VALUES ('noreceipt-1', NULL, '2026-11-23T21:30:00+00:00', 'anna', ?, 0, 0, 0, 0, "
                    "'=no receipt, a gift', 'cash', ?, ?)", (2 * price, owner, customer))
        con.execute("INSERT INTO refund_lines(refund_id, line_no, qty, money_back, redeemed_back, points_reversed, "
                    "sku, name, unit_price) VALUES ('noreceipt-1', 1, 2000, ?, 0, 0, ?, ?, ?)",
                    (2 * price, sku, name, price))
        con.commit()
        con.close()
        ok(run(k, "db", "check", "--db", db))

        out = os.path.join(d, "out")
        for excel, delimiter in ((False, ","), (True, ";")):
            folder = os.path.join(out + ("-excel" if excel else ""), day)
            ok(run(k, "export", "--db", db, "--day", day, "--out", os.path.dirname(folder), "--now", NIGHT,
                   *(["--excel"] if excel else [])))
            check_manifest(folder, delimiter)
            refunds = read(os.path.join(folder, "refunds.csv"), delimiter)
            (with_receipt,), = sql(db, "SELECT count(*) FROM refunds WHERE receipt_id IS NOT NULL AND created_at "
                                       ">= '2026-11-22T22:00:00+00:00' AND created_at < '2026-11-23T22:00:00+00:00'")
            assert len(refunds) == with_receipt + 1, refunds
            mine = [r for r in refunds if r["refund_id"] == "noreceipt-1"]
            assert len(mine) == 1, refunds
            row = mine[0]
            assert row["receipt_id"] == row["receipt_number"] == row["receipt_business_day"] == "", row
            assert row["created_at"] == "2026-11-23T23:30:00+02:00", row
            assert int(row["money_back_minor"]) == 2 * price, row
            assert row["money_back"] == money_text(2 * price, comma=excel), row
            assert (row["tender"], row["approved_by"], row["customer_id"]) == ("cash", owner, customer), row
            assert int(row["points_reversed"]) == int(row["points_restored"]) == int(row["tier_spend_minor"]) == 0
            # Typed text starting with = is a formula to Excel: kept as text there.
            assert row["reason"] == ("'" if excel else "") + "=no receipt, a gift", row
            # Returns against a receipt still name theirs.
            assert all(r["receipt_id"] and r["receipt_number"] for r in refunds if r is not row)
            lines = [l for l in read(os.path.join(folder, "refund_lines.csv"), delimiter)
                     if l["refund_id"] == "noreceipt-1"]
            assert [(l["receipt_id"], l["line_no"], l["sku"], l["name"], l["qty_thousandths"]) for l in lines] == \
                [("", "1", sku, name, "2000")], lines
            customers = read(os.path.join(folder, "customers.csv"), delimiter)
            assert any(c["customer_id"] == customer and "refund" in c["changes"].split(" ") for c in customers), \
                [c for c in customers if c["customer_id"] == customer]


def case_broken_out(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        blocker = os.path.join(d, "a-file")
        with open(blocker, "w") as f:
            f.write("not a folder")
        # Tests may run as root, which ignores permission bits: a path through a plain file cannot be written by
        # anyone, so that is the broken --out here.
        for out in (blocker, os.path.join(blocker, "out")):
            r = run(k, "export", "--db", db, "--day", "2026-11-20", "--out", out, "--now", NIGHT)
            err = r.stderr.decode()
            assert r.returncode == 2, (r.returncode, err)
            assert len(err.strip().splitlines()) == 1, err
            assert blocker in err and "folder" in err, err
            assert r.stdout == b""
        # The catch-up neither exports nor remembers anything.
        r = run(k, "export", "--db", db, "--out", os.path.join(blocker, "out"), "--now", NIGHT)
        assert r.returncode == 2 and last_day(db) is None, r
        r = run(k, "export", "--db", os.path.join(d, "missing.db"), "--out", d, "--now", NIGHT)
        assert r.returncode == 2 and b"There is no shop database" in r.stderr, r
        r = run(k, "export", "--db", db, "--out", d, "--day", "2026-13-01")
        assert r.returncode == 2 and len(r.stderr.decode().strip().splitlines()) == 1, r


def nightly_lines(stderr):
    return [l for l in stderr.decode().splitlines() if l.strip()]


def case_nightly_steps(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        out, backups = os.path.join(d, "out"), os.path.join(d, "backups")
        # A backup folder that cannot be written: the other steps still run, and the exit code says it failed.
        with open(backups, "w") as f:
            f.write("a file where the folder should be")
        r = run(k, "nightly", "--db", db, "--out", out, "--backups", backups, "--now", NIGHT)
        lines = nightly_lines(r.stderr)
        assert r.returncode == 1, (r.returncode, lines)
        assert [re.match(r"nightly: (\w+): (ok \(|FAILED: )", l).groups() for l in lines] == [
            ("expiry", "ok ("), ("segments", "ok ("), ("cooccurrence", "ok ("), ("export", "ok ("),
            ("backup", "FAILED: ")], lines
        assert backups in lines[4], lines[4]
        check_manifest(os.path.join(out, "2026-11-23"))
        os.remove(backups)

        # Then a good night, with old backups to rotate; other files in the folder are the owner's and stay.
        os.mkdir(backups)
        for old in ("shop-2026-11-20.kassa", "shop-2026-11-21.kassa", "shop-2026-11-22.kassa", "notes.txt"):
            with open(os.path.join(backups, old), "w") as f:
                f.write("old")
        r = run(k, "nightly", "--db", db, "--out", out, "--backups", backups, "--keep", "2", "--now",
                "2026-11-25T03:00:00+02:00")
        lines = nightly_lines(r.stderr)
        assert r.returncode == 0, lines
        assert all(re.match(r"nightly: (expiry|segments|cooccurrence|export|backup): ok \(.+\)$", l)
                   for l in lines), lines
        assert len(lines) == 5
        assert "2026-11-24" in lines[3], lines[3]  # the day after the last one exported
        assert sorted(os.listdir(backups)) == ["notes.txt", "shop-2026-11-22.kassa", "shop-2026-11-25.kassa"]
        backup = os.path.join(backups, "shop-2026-11-25.kassa")
        assert sql(backup, "PRAGMA integrity_check")[0][0] == "ok"
        assert sql(backup, "SELECT count(*) FROM receipts") == sql(db, "SELECT count(*) FROM receipts")
        # A bad --keep is a usage error.
        r = run(k, "nightly", "--db", db, "--out", out, "--backups", backups, "--keep", "0")
        assert r.returncode == 2, r


def main():
    kassactl, name = sys.argv[1], sys.argv[2]
    globals()["case_" + name](kassactl)
    print(f"ok: {name}")


if __name__ == "__main__":
    main()
