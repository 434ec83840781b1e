#!/usr/bin/env python3
"""Drives the real kassactl binary: bad input must exit 2 with exactly one clear line on stderr and nothing
on stdout; good input must give the documented JSON. Usage: kassactl_cases.py KASSACTL CASE"""
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile

SOURCE = os.environ.get("KASSA_SOURCE_DIR", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))


def rules():
    with open(os.path.join(SOURCE, "resources", "rules", "boutique.json"), encoding="utf-8") as f:
        return json.load(f)


def demo():
    with open(os.path.join(SOURCE, "resources", "demo", "quote.json"), encoding="utf-8") as f:
        return json.load(f)


def run(kassactl, args, stdin=b""):
    return subprocess.run([kassactl, *args], input=stdin, capture_output=True, timeout=60)


def expect_bad_input(kassactl, document_bytes, must_contain):
    r = run(kassactl, ["quote"], document_bytes)
    err = r.stderr.decode("utf-8", errors="replace")
    lines = [line for line in err.splitlines() if line.strip()]
    assert r.returncode == 2, f"exit {r.returncode}, stderr {err!r}"
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert r.stdout == b"", f"nothing on stdout, got {r.stdout[:200]!r}"
    for fragment in must_contain:
        assert fragment in lines[0], f"{fragment!r} not in {lines[0]!r}"
    assert "terminate" not in err and "what()" not in err


def with_change(change):
    doc = demo()
    change(doc)
    return json.dumps(doc).encode()


def case_version(k):
    r = run(k, ["--version"])
    assert r.returncode == 0 and r.stdout.decode().startswith("kassactl "), r


def case_malformed_json(k):
    expect_bad_input(k, b'{"now": "2026-11-24T10:00:00+02:00", "lines": [', ["not valid JSON"])


def case_empty_input(k):
    expect_bad_input(k, b"", ["not valid JSON"])


def case_number_too_large(k):
    # Found by the quote fuzzer (tests/fuzz/corpus/quote/number_overflow.json): nlohmann reads 1e400 as an
    # out_of_range error, not a parse_error, and kassactl printed its raw "[json.exception.out_of_range.406]".
    expect_bad_input(k, b'{"now": "2026-11-24T10:00:00+02:00", "lines": [{"sku": "DRESS", "qty": 1e400}]}',
                     ["not valid JSON", "number overflow", "1e400"])
    assert b"json.exception" not in run(k, ["quote"], b"221E1111").stderr


def case_rules_check_number_too_large(k):
    r = run(k, ["rules", "check"], b'{"version": 1, "currency": "EUR", "programs": [], "x": 221E1111}')
    err = r.stderr.decode()
    assert r.returncode == 2 and r.stdout == b"", r
    assert "not valid JSON" in err and "number overflow" in err and "json.exception" not in err, err


def case_not_an_object(k):
    expect_bad_input(k, b"[1, 2, 3]", ["must be an object"])


def case_unknown_top_field(k):
    expect_bad_input(k, with_change(lambda d: d.update({"cusotmer": {}})), ["cusotmer", "unknown field"])


def case_unknown_line_field(k):
    expect_bad_input(k, with_change(lambda d: d["lines"][1].update({"quantity": 3})), ["lines[1].quantity", "unknown field"])


def case_negative_qty(k):
    expect_bad_input(k, with_change(lambda d: d["lines"][0].update({"qty": -1000})), ["lines[0].qty", "above 0"])


def case_zero_qty(k):
    expect_bad_input(k, with_change(lambda d: d["lines"][0].update({"qty": 0})), ["lines[0].qty"])


def case_fractional_money(k):
    expect_bad_input(k, with_change(lambda d: d["lines"][0].update({"unit_price": 79.9})), ["lines[0].unit_price", "whole number"])


def case_unknown_currency(k):
    expect_bad_input(k, with_change(lambda d: d["rules"].update({"currency": "XYZ"})), ["rules.currency", "XYZ"])


def case_currency_mismatch(k):
    expect_bad_input(k, with_change(lambda d: d.update({"currency": "USD"})), ["currency", "USD", "EUR"])


def case_absurd_size(k):
    expect_bad_input(k, with_change(lambda d: d["lines"][0].update({"unit_price": 10**15})), ["lines[0].unit_price"])


def case_too_many_lines(k):
    expect_bad_input(k, with_change(lambda d: d.update({"lines": [d["lines"][0]] * 10001})), ["lines", "10000"])


def case_invalid_rules_all_errors(k):
    def change(d):
        d["rules"]["programs"][1]["levels"][1]["discount_bp"] = 12000
        d["rules"]["programs"][0]["accrual_bp"] = -5
    expect_bad_input(k, with_change(change), ["rules.programs[1].levels[1].discount_bp: must be between 0 and 10000",
                                              "rules.programs[0].accrual_bp"])


def case_bad_time_zone(k):
    expect_bad_input(k, with_change(lambda d: d["rules"].update({"time_zone": "Mars/Olympus"})), ["time_zone", "Mars/Olympus"])


def case_bad_timestamp(k):
    expect_bad_input(k, with_change(lambda d: d.update({"now": "2026-11-24 10:00"})), ["now"])


def case_demo_quote_from_file(k):
    r = run(k, ["quote", os.path.join(SOURCE, "resources", "demo", "quote.json")])
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    for key in ["lines", "totals", "stamps", "coupons_issued", "messages", "rejected"]:
        assert key in out, key
    t = out["totals"]
    assert t["payable"] == t["net"] - t["redeemed_money"]
    assert sum(l["net"] for l in out["lines"]) == t["net"]


def case_demo_quote_from_stdin(k):
    doc = demo()
    r = run(k, ["quote", "-"], json.dumps(doc).encode())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["totals"]["gross"] == sum(l["unit_price"] * l["qty"] // 1000 for l in doc["lines"])


def case_rules_check_ok(k):
    r = run(k, ["rules", "check", os.path.join(SOURCE, "resources", "rules", "boutique.json")])
    assert r.returncode == 0 and r.stdout.decode().startswith("ok"), r


def case_rules_check_errors(k):
    doc = rules()
    doc["programs"][1]["levels"][1]["discount_bp"] = 12000
    doc["programs"][2]["days_before"] = "three"
    doc["programs"][3]["colour"] = "red"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(doc, f)
    try:
        r = run(k, ["rules", "check", f.name])
    finally:
        os.unlink(f.name)
    out = r.stdout.decode()
    assert r.returncode == 1, r
    assert "programs[1].levels[1].discount_bp: must be between 0 and 10000" in out, out
    assert "programs[2].days_before: must be a number" in out, out
    assert "programs[3].colour: unknown field" in out, out
    assert "3 problems" in out, out


def case_missing_file(k):
    r = run(k, ["quote", "/nonexistent/basket.json"])
    assert r.returncode == 2 and "cannot open" in r.stderr.decode(), r


def case_usage_error(k):
    r = run(k, ["quote", "--no-such-flag"])
    assert r.returncode == 2, r


def case_db_init_check_backup(k):
    import sqlite3
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        r = run(k, ["db", "init", "--db", db])
        assert r.returncode == 0, r
        assert run(k, ["db", "init", "--db", db]).returncode == 2  # never overwrites a shop
        r = run(k, ["db", "check", "--db", db])
        assert r.returncode == 0 and b"is sound" in r.stdout, r
        backup = os.path.join(d, "backup.db")
        r = run(k, ["backup", "--db", db, backup])
        assert r.returncode == 0, r
        # Python's own sqlite3 reads the copy: a self-contained, sound file with the shop's settings.
        con = sqlite3.connect(backup)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT value FROM settings WHERE key = 'currency'").fetchone()[0] == "EUR"
        con.close()


def case_db_check_finds_problems(k):
    import sqlite3
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        con = sqlite3.connect(db)
        con.execute("INSERT INTO customers(id, created_at, balance_cached) VALUES ('c1', '2026-11-24T10:00:00+00:00', 25)")
        con.commit()
        con.close()
        r = run(k, ["db", "check", "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 1, r
        assert "balance: customer c1 shows 25 points but the ledger sums to 0" in out, out


def case_db_missing(k):
    r = run(k, ["db", "check", "--db", "/nonexistent/shop.db"])
    err = r.stderr.decode()
    assert r.returncode == 2 and "There is no shop database at /nonexistent/shop.db." in err, r


def case_expire_bad_time(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        r = run(k, ["expire", "--db", db, "--now", "yesterday"])
        assert r.returncode == 2 and "--now" in r.stderr.decode(), r


def case_expire_empty_shop(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        r = run(k, ["expire", "--db", db, "--now", "2026-11-24T03:00:00+02:00"])
        assert r.returncode == 0 and r.stdout.decode().startswith("ok: 0 points of 0 lots"), r


def case_segments_empty_shop(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        r = run(k, ["segments", "--db", db, "--now", "2026-11-24T03:00:00+02:00"])
        assert r.returncode == 0 and r.stdout.decode().startswith("ok: 0 customers"), r


def case_customer_unknown(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        r = run(k, ["customer", "export", "--db", db, "nobody"])
        assert r.returncode == 2 and "No such customer." in r.stderr.decode(), r
        r = run(k, ["customer", "erase", "--db", db, "nobody", "--by", "owner"])
        assert r.returncode == 2 and "No such customer" in r.stderr.decode(), r



# ---- import customers / catalog ----

def fixture(name):
    return os.path.join(SOURCE, "tests", "store", "fixtures", name)


def shop(k, d):
    db = os.path.join(d, "shop.db")
    assert run(k, ["db", "init", "--db", db]).returncode == 0
    return db


def count(db, sql):
    import sqlite3
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def case_import_customers_ok(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "customers", fixture("customers_semicolon_bom.csv"), "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        assert "3 rows, UTF-8 with BOM" in out, out
        assert "Imported: 3 new customers" in out, out
        assert count(db, "SELECT count(*) FROM customers") == 3
        assert count(db, "SELECT balance_cached FROM customers WHERE phone = '+37251234567'") == 120
        assert run(k, ["db", "check", "--db", db]).returncode == 0


def case_import_dry_run_writes_nothing(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "customers", fixture("customers_estonian.csv"), "--db", db, "--dry-run"])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        assert "Dry run, nothing was written. The import would give: 3 new customers" in out, out
        assert count(db, "SELECT count(*) FROM customers") == 0
        assert count(db, "SELECT count(*) FROM consents") == 0
        # Problems are reported (exit 1) exactly as a real import would, still writing nothing.
        r = run(k, ["import", "catalog", fixture("catalog_decimal_comma.csv"), "--db", db, "--dry-run"])
        out = r.stdout.decode()
        assert r.returncode == 1, r
        assert 'line 5: The price "12,505" has more than 2 decimals.' in out, out
        assert count(db, "SELECT count(*) FROM products") == 0


def case_import_strict_imports_nothing(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "customers", fixture("customers_bad_rows.csv"), "--db", db, "--strict"])
        out = r.stdout.decode()
        assert r.returncode == 1, r
        assert 'line 3: The phone "123" is not a phone number.' in out, out
        assert "Nothing was imported" in out, out
        assert count(db, "SELECT count(*) FROM customers") == 0
        r = run(k, ["import", "customers", fixture("customers_estonian.csv"), "--db", db, "--strict"])
        assert r.returncode == 0, r
        assert count(db, "SELECT count(*) FROM customers") == 3


def case_import_bad_rows_exit_1(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "customers", fixture("customers_bank_card.csv"), "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 1, r
        assert "line 2: " in out and "bank card" in out, out
        assert "4111" not in out and "1111" not in out, out  # the digits are never echoed
        assert "Imported: 1 new customer," in out, out
        assert count(db, "SELECT count(*) FROM customers") == 1
        assert count(db, "SELECT count(*) FROM cards WHERE number LIKE '4111%'") == 0


def case_import_catalog_vat_column(k):
    """The catalog's VAT column: rates as kassactl vat set takes them; a bad cell is its line, not imported."""
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "catalog", fixture("catalog_vat.csv"), "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 1, r
        assert 'line 6: The VAT rate "24 percent" is not a rate' in out, out
        assert 'line 7: The VAT rate "124%" is not a rate' in out, out
        assert "Imported: 5 new products" in out, out
        rates = dict(sqlite3.connect(db).execute("SELECT sku, vat_rate FROM products").fetchall())
        assert rates == {"BOOK-1": 900, "SCARF-2": 2400, "GIFT-25": -1, "DRESS-9": None, "ZERO-1": 0}, rates


def case_import_unreadable_exit_2(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        workbook = os.path.join(d, "customers.xlsx")
        with open(workbook, "wb") as f:
            f.write(b"PK\x03\x04" + bytes(100))
        for args, fragment in [
            (["import", "customers", workbook, "--db", db], "spreadsheet workbook"),
            (["import", "catalog", os.path.join(d, "missing.csv"), "--db", db], "cannot open"),
            (["import", "customers", fixture("customers_estonian.csv"), "--db", os.path.join(d, "none.db")],
             "There is no shop database"),
        ]:
            r = run(k, args)
            err = r.stderr.decode()
            lines = [line for line in err.splitlines() if line.strip()]
            assert r.returncode == 2, (args, r)
            assert len(lines) == 1 and fragment in lines[0], (args, err)
            assert r.stdout == b"", r
        assert run(k, ["import", "customers", "--db", db]).returncode == 2  # FILE missing
        assert run(k, ["import", "--db", db]).returncode == 2  # customers or catalog missing
        assert run(k, ["import", "catalog", fixture("catalog_comma.csv"), "--db", db, "--assume-consent"]).returncode == 2
        assert count(db, "SELECT count(*) FROM customers") == 0


def case_import_catalog_ok(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "catalog", fixture("catalog_comma.csv"), "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        assert 'values separated by ","' in out and "Imported: 2 new products" in out, out
        assert count(db, "SELECT price FROM products WHERE sku = 'TEA-1'") == 320
        assert count(db, "SELECT count(*) FROM product_barcodes") == 3
        r = run(k, ["import", "catalog", fixture("catalog_comma.csv"), "--db", db])
        assert r.returncode == 0 and "2 already up to date" in r.stdout.decode(), r


def case_import_assume_consent(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["import", "customers", fixture("customers_no_consent.csv"), "--db", db, "--dry-run"])
        out = r.stdout.decode()
        assert r.returncode == 1, r
        assert "line 1: " in out and "--assume-consent" in out, out
        r = run(k, ["import", "customers", fixture("customers_no_consent.csv"), "--db", db, "--assume-consent"])
        assert r.returncode == 0, r
        assert count(db, "SELECT count(*) FROM customers WHERE personal_consent = 1 AND first_name <> ''") == 2


def demo_receipts(db):
    import sqlite3
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*), sum(payable), group_concat(id) FROM (SELECT id, payable FROM receipts "
                           "ORDER BY number)").fetchone()
    finally:
        con.close()


def case_demo_shop(k):
    import sqlite3
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "demo.db")
        args = ["--customers", "40", "--days", "20", "--seed", "3", "--end", "2026-11-23",
                "--rules", os.path.join(SOURCE, "resources", "rules", "boutique.json")]
        r = run(k, ["demo", "--db", db, *args])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        assert out.startswith(f"ok: demo shop written to {db}"), out
        assert "customers  40 (" in out and "from 2026-11-04 to 2026-11-23" in out, out
        r = run(k, ["db", "check", "--db", db])
        assert r.returncode == 0 and b"is sound" in r.stdout, r
        con = sqlite3.connect(db)
        assert con.execute("SELECT count(*) FROM customers").fetchone()[0] == 40
        assert con.execute("SELECT count(*) FROM products").fetchone()[0] >= 280
        assert con.execute("SELECT count(*) FROM rules_versions").fetchone()[0] == 1
        assert con.execute("SELECT value FROM settings WHERE key = 'time_zone'").fetchone()[0] == "Europe/Tallinn"
        con.close()
        # The same seed and end day give the same receipts; the default rules are found next to kassactl.
        again = os.path.join(d, "again.db")
        r = run(k, ["demo", "--db", again, *args[:-2]])
        assert r.returncode == 0, r
        first = demo_receipts(db)
        assert first[0] > 40 and first == demo_receipts(again), (first, demo_receipts(again))


def case_demo_never_overwrites(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        with open(db, "wb") as f:
            f.write(b"the owner's shop")
        r = run(k, ["demo", "--db", db, "--customers", "5", "--days", "2"])
        assert r.returncode == 2 and b"already exists" in r.stderr and r.stdout == b"", r
        with open(db, "rb") as f:
            assert f.read() == b"the owner's shop"
        missing = os.path.join(d, "new.db")
        r = run(k, ["demo", "--db", missing, "--rules", os.path.join(d, "nope.json")])
        assert r.returncode == 2 and b"cannot open" in r.stderr, r
        assert not os.path.exists(missing)
        r = run(k, ["demo", "--db", missing, "--end", "23.11.2026"])
        assert r.returncode == 2 and b"--end" in r.stderr, r
        assert not os.path.exists(missing)


def case_cashiers_add_list(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["cashiers", "add", "--db", db, "--name", "Anna", "--role", "cashier", "--pin", "1111"])
        assert r.returncode == 0 and r.stdout.decode().startswith("ok: cashier Anna added with id "), r
        r = run(k, ["cashiers", "add", "--db", db, "--name", "Maria", "--role", "owner", "--pin", "12345678"])
        assert r.returncode == 0, r
        r = run(k, ["cashiers", "list", "--db", db])
        rows = [line.split("\t") for line in r.stdout.decode().splitlines()]
        assert r.returncode == 0 and [row[1:] for row in rows] == [["owner", "Maria"], ["cashier", "Anna"]], r
        assert all(len(row[0]) == 36 for row in rows), rows
        # Only a hash is kept, and the audit knows who was added but not the PIN.
        assert count(db, "SELECT count(*) FROM cashiers WHERE pin_hash LIKE '$argon2id$%'") == 2
        assert count(db, "SELECT count(*) FROM audit_log WHERE action = 'cashier.add'") == 2
        assert count(db, "SELECT count(*) FROM audit_log WHERE details LIKE '%1111%'") == 0


def case_cashiers_bad_input(k):
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        for args, fragment in [
            (["--name", "Anna", "--pin", "12"], "A PIN is 4 to 8 digits."),
            (["--name", "Anna", "--pin", "12ab"], "A PIN is 4 to 8 digits."),
        ]:
            r = run(k, ["cashiers", "add", "--db", db, *args])
            err = r.stderr.decode()
            assert r.returncode == 2 and fragment in err and r.stdout == b"", (args, r)
        assert run(k, ["cashiers", "add", "--db", db, "--name", "A", "--role", "boss", "--pin", "1234"]).returncode == 2
        assert run(k, ["cashiers", "add", "--db", db, "--name", "A"]).returncode == 2  # no PIN
        r = run(k, ["cashiers", "list", "--db", os.path.join(d, "none.db")])
        assert r.returncode == 2 and "There is no shop database" in r.stderr.decode(), r
        assert count(db, "SELECT count(*) FROM cashiers") == 0


# Devices: pictures made by zint and qrencode (independent of ZXing), card sheets read back, recorded reports
# replayed through the decoders.

def make_picture(d, name, command):
    subprocess.run(command, shell=True, cwd=d, check=True, capture_output=True, timeout=60)
    return os.path.join(d, name)


def json_lines(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def case_decode_zint_qrencode(k):
    with tempfile.TemporaryDirectory() as d:
        ean = make_picture(d, "ean.png", "zint -b 13 -d 4006381333931 -o ean.png && convert ean.png -bordercolor white -border 20 ean.png")
        qr = make_picture(d, "qr.png", "qrencode -o qr.png 'Алёна Смирнова 2000000000015'")
        r = run(k, ["decode", ean, qr])
        assert r.returncode == 0 and r.stderr == b"", r
        assert json_lines(r.stdout) == [
            {"file": ean, "symbology": "]E0", "name": "EAN-13/UPC-A", "text": "4006381333931"},
            {"file": qr, "symbology": "]Q1", "name": "QR", "text": "Алёна Смирнова 2000000000015"},
        ], r.stdout


def case_decode_no_barcode_exit_1(k):
    with tempfile.TemporaryDirectory() as d:
        blank = make_picture(d, "blank.png", "convert -size 200x100 xc:white blank.png")
        ean = make_picture(d, "ean.png", "zint -b 13 -d 4006381333931 -o ean.png")
        r = run(k, ["decode", blank, ean])
        assert r.returncode == 1, r
        assert [j["text"] for j in json_lines(r.stdout)] == ["4006381333931"], r.stdout
        assert r.stderr.decode().strip() == f"kassactl decode: {blank}: no barcode found", r.stderr


def case_decode_not_an_image_exit_2(k):
    with tempfile.TemporaryDirectory() as d:
        text = os.path.join(d, "notes.png")
        with open(text, "w") as f:
            f.write("not a picture\n")
        for path in (text, os.path.join(d, "missing.png")):
            r = run(k, ["decode", path])
            lines = r.stderr.decode().splitlines()
            assert r.returncode == 2 and r.stdout == b"" and len(lines) == 1, r
            assert lines[0].startswith(f"kassactl decode: {path}: ") and lines[0].endswith("."), lines
            assert "terminate" not in lines[0]


def ean13(twelve):
    """The GS1 check digit, written here independently of kassa::ean13_check_digit."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve))
    return twelve + str((10 - total % 10) % 10)


def case_cards_print_round_trip(k):
    first, last = ean13("230000000041"), ean13("230000000050")
    with tempfile.TemporaryDirectory() as d:
        for barcode in ("ean13", "code128", "qr"):
            out = os.path.join(d, f"cards-{barcode}.png")
            r = run(k, ["cards", "print", "--from", "41", "--count", "10", "--out", out, "--shop", "Бутик Алёна",
                        "--prefix", "23", "--barcode", barcode])
            assert r.returncode == 0 and r.stderr == b"", r
            assert r.stdout.decode().startswith(f"ok: 10 cards {first} to {last} written to"), r.stdout
            with open(out, "rb") as f:
                assert f.read(8) == b"\x89PNG\r\n\x1a\n"
            r = run(k, ["decode", out])
            assert r.returncode == 0, r
            found = sorted(j["text"] for j in json_lines(r.stdout))
            assert found == [ean13(f"2300000000{n}") for n in range(41, 51)], found
            assert all(len(t) == 13 and t.startswith("23") for t in found), found


def case_cards_print_bad_input(k):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cards.png")
        for args in (["--count", "11"], ["--prefix", "30"], ["--from", "-1"], ["--barcode", "pdf417"],
                     ["--from", "9999999999", "--count", "2"]):
            full = ["cards", "print", "--from", "1", "--out", out] + args
            r = run(k, full)
            assert r.returncode == 2 and r.stdout == b"", (args, r)
            assert not os.path.exists(out), args
        r = run(k, ["cards", "print", "--from", "1", "--out", os.path.join(d, "no", "such", "dir.png")])
        assert r.returncode == 2 and b"could not be written" in r.stderr, r


# US boot keyboard usages: digits, and the characters a card reader types for track 2.
KEYS = {**{str(n): 0x1E + n - 1 for n in range(1, 10)}, "0": 0x27, "\n": 0x28, ";": 0x33, "=": 0x2E,
        " ": 0x2C, "-": 0x2D, "/": 0x38}
SHIFTED = {"?": 0x38, "^": 0x23, "%": 0x22, **{c: 0x04 + ord(c) - ord("A") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}}


def typed(text, start_ms=1000):
    lines = []
    t = start_ms
    for c in text:
        mod, usage = (0x02, SHIFTED[c]) if c in SHIFTED else (0, KEYS[c])
        lines.append(f"{t} {mod:02x}00{usage:02x}0000000000")
        lines.append(f"{t + 1} 0000000000000000")
        t += 2
    return lines


def replay(k, kind, lines):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "recording.hex")
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        return run(k, ["scan", "--replay", path, "--kind", kind])


def case_scan_replay_keyboard(k):
    lines = ["# a wedge scanner typing an EAN-13, then a half-typed code the cashier abandoned"]
    lines += typed("4006381333931\n") + typed("2000", start_ms=5000)
    r = replay(k, "keyboard", lines)
    assert r.returncode == 0 and r.stderr == b"", r
    assert json_lines(r.stdout) == [{"type": "scan", "ms": 1026, "source": "keyboard_wedge", "symbology": "",
                                     "name": "", "text": "4006381333931"}], r.stdout


def case_scan_replay_hidpos(k):
    def report(aim, data, more):
        b = bytearray(64)
        b[0], b[1] = 0x02, len(data)
        b[2:5] = aim.encode()
        b[5:5 + len(data)] = data
        b[63] = 1 if more else 0
        return b.hex()
    text = "Алёна Смирнова 2000000000015 ".encode() * 3
    lines = [report("]E0", b"4006381333931", False)]
    # A UTF-8 QR over several reports, cut at 56 bytes (inside a letter), without times: 1 ms apart.
    parts = [text[i:i + 56] for i in range(0, len(text), 56)]
    lines += [report("]Q1", p, i + 1 < len(parts)) for i, p in enumerate(parts)]
    r = replay(k, "hidpos", lines)
    assert r.returncode == 0, r
    got = json_lines(r.stdout)
    assert [(j["symbology"], j["name"], j["text"]) for j in got] == [
        ("]E0", "EAN-13/UPC-A", "4006381333931"), ("]Q1", "QR", text.decode())], got


def case_scan_replay_msr_bank_card_hidden(k):
    lines = typed(";2000000000015=4912?\n") + typed(";4111111111111111=2512?\n", start_ms=3000)
    r = replay(k, "msr-text", lines)
    assert r.returncode == 0, r
    got = json_lines(r.stdout)
    assert [j["type"] for j in got] == ["scan", "error"], got
    assert got[0]["text"] == "2000000000015" and got[0]["source"] == "msr", got
    assert got[1]["code"] == "bank_card", got
    assert b"4111" not in r.stdout and b"4111" not in r.stderr
    # A wedge scanner typing a bank card's number as a barcode is refused the same way.
    r = replay(k, "keyboard", typed("4111111111111111\n"))
    assert r.returncode == 0 and b"4111" not in r.stdout and b"bank_card" in r.stdout, r


# The ISO test numbers in every form a device may carry them; none may come out of kassactl in any form.
TEST_PANS = ("4111111111111111", "5555555555554444")
BANK_FORMS = (
    "B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512101?",  # a reader that lost its sentinels
    "B4111111111111111^DOE/JOHN^2512101?",
    "%B4111111111111111^DOE/JOHN^2512101?;4111111111111111=2512101?",
    ";5555555555554444=2512101?",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "5555555555554444",
)


def leaked(data, pan):
    """The first form of `pan` found in `data`: whole, grouped in fours, its first or last twelve digits, its
    first six and last four (masked forms), or the cardholder's name."""
    text = data.decode("utf-8", "replace")
    grouped = " ".join(pan[i:i + 4] for i in range(0, len(pan), 4))
    for form in (pan, grouped, grouped.replace(" ", "-"), pan[:12], pan[-12:], pan[:6], "DOE/JOHN", "DOE"):
        if form in text:
            return form
    return None


def case_scan_replay_bank_card_forms(k):
    """Every form reaches the drivers' one decision: a bank_card error and no digits, whichever decoder reads
    it (a wedge scanner, a keyboard card reader, a HID POS scanner)."""
    def hid_pos(text):
        b = bytearray(64)
        data = text.encode()
        b[0], b[1] = 0x02, len(data)
        b[2:5] = b"]C0"
        b[5:5 + len(data)] = data
        return b.hex()
    for form in BANK_FORMS:
        runs = [("keyboard", typed(form + "\n")), ("msr-text", typed(form + "\n"))]
        if len(form) <= 56:
            runs.append(("hidpos", [hid_pos(form)]))
        for kind, lines in runs:
            r = replay(k, kind, lines)
            assert r.returncode == 0, (form, kind, r)
            got = json_lines(r.stdout)
            assert [(j["type"], j["code"]) for j in got] == [("error", "bank_card")], (form, kind, got)
            for pan in TEST_PANS:
                assert leaked(r.stdout + r.stderr, pan) is None, (form, kind, r)


def case_scan_replay_time_out_of_range(k):
    for ms in ("9223372036854775807", "99999999999999999999", str(366 * 24 * 3600 * 1000 + 1)):
        r = replay(k, "keyboard", [f"{ms} 0000000000000000"])
        assert r.returncode == 2 and r.stdout == b"", (ms, r)
        lines = r.stderr.decode().splitlines()
        assert len(lines) == 1 and "line 1" in lines[0], (ms, lines)
        assert "runtime error" not in lines[0]
    # A day-long recording is fine.
    r = replay(k, "keyboard", [f"{24 * 3600 * 1000} 0000000000000000"])
    assert r.returncode == 0 and r.stdout == b"", r


class PrinterEmulator:
    """tests/support/escpos_printer_emulator.py on 127.0.0.1, switched through its control port."""

    def __init__(self, folder):
        self.folder = folder
        self.process = subprocess.Popen([sys.executable, os.path.join(SOURCE, "tests", "support",
                                         "escpos_printer_emulator.py"), folder, "--lifetime", "120"],
                                        stdout=subprocess.PIPE, text=True)
        _, port, control = self.process.stdout.readline().split()
        self.port = int(port)
        self.control = socket.create_connection(("127.0.0.1", int(control)), timeout=30)

    def set(self, mode):
        self.control.sendall((mode + "\n").encode())
        assert self.control.recv(16).startswith(b"ok"), mode

    def jobs(self):
        names = sorted((f for f in os.listdir(self.folder) if f.endswith(".job")),
                       key=lambda f: int(f.split("-")[1].split(".")[0]))
        return [open(os.path.join(self.folder, f), "rb").read() for f in names]

    def stop(self):
        self.set("quit")
        self.process.wait(timeout=30)


def decode_paper(data, d):
    """The test's own ESC/POS decoder (tests/support/escpos_decode.py) reading what the printer received."""
    path = os.path.join(d, "job.bin")
    with open(path, "wb") as f:
        f.write(data)
    r = subprocess.run([sys.executable, os.path.join(SOURCE, "tests", "support", "escpos_decode.py"), "--json",
                        "--profile", "epson_tm_t20", path], capture_output=True, timeout=60)
    assert r.returncode == 0, r
    return json.loads(r.stdout)


def case_print_receipt_copy_and_reports(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "demo.db")
        r = run(k, ["demo", "--db", db, "--customers", "30", "--days", "10", "--seed", "7", "--end", "2026-11-23"])
        assert r.returncode == 0, r
        number, = sqlite3.connect(db).execute("SELECT max(number) FROM receipts").fetchone()
        printer_dir = os.path.join(d, "printer")
        os.mkdir(printer_dir)
        printer = PrinterEmulator(printer_dir)
        try:
            url = f"tcp://127.0.0.1:{printer.port}"
            r = run(k, ["print", "receipt", str(number), "--db", db, "--printer", url, "--profile", "epson_tm_t20"])
            assert r.returncode == 0 and r.stdout.startswith(b"ok:"), r
            paper = decode_paper([j for j in printer.jobs() if j][-1], d)
            texts = [e["text"] for e in paper if e["type"] == "text"]
            assert "COPY" in [t.strip() for t in texts], texts
            assert any("VAT 24%" in t for t in texts), texts  # the demo boutique sells at Estonia's 24%
            assert [e["text"] for e in paper if e["type"] == "barcode"] == [f"R{number}"], paper
            assert [e["type"] for e in paper].count("cut") == 1 and not any(e["type"] == "pulse" for e in paper)
            (reprints,), = sqlite3.connect(db).execute(
                "SELECT count(*) FROM audit_log WHERE action = 'receipt_reprinted'").fetchall()
            assert reprints == 1
            # No shift was ever opened in the demo: one sentence, exit 1, nothing printed.
            before = len(printer.jobs())
            r = run(k, ["print", "x", "--db", db, "--printer", url])
            assert r.returncode == 1 and b"No shift is open" in r.stderr, r
            assert len(printer.jobs()) == before
            # Out of paper: the printer's reason, exit 1.
            printer.set("paper_out")
            r = run(k, ["print", "receipt", str(number), "--db", db, "--printer", url])
            assert r.returncode == 1 and b"paper_out" in r.stderr, r
            printer.set("unplugged")
            r = run(k, ["print", "receipt", str(number), "--db", db, "--printer", url])
            assert r.returncode == 1 and b"refused" in r.stderr, r
        finally:
            printer.stop()
        for args, fragment in ((["--printer", "lpt1"], b"--printer"), (["--printer", url, "--profile", "tm88"],
                                                                      b"--profile")):
            r = run(k, ["print", "receipt", str(number), "--db", db] + args)
            assert r.returncode == 2 and fragment in r.stderr, (args, r)
        r = run(k, ["print", "receipt", "99999999", "--db", db, "--printer", url])
        assert r.returncode == 2 and b"no receipt 99999999" in r.stderr, r


def case_printer_settings(k):
    """The receipt printer set from the command line, checked by the drivers' own readers, audited."""
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        r = run(k, ["printer", "show", "--db", db])
        assert r.returncode == 0 and b"no receipt printer" in r.stdout, r
        r = run(k, ["printer", "set", "--db", db, "--url", "tcp://192.168.1.50", "--profile", "epson_tm_t20",
                    "--drawer-pin", "5"])
        assert r.returncode == 0 and b"tcp://192.168.1.50" in r.stdout and b"drawer_pin\t5" in r.stdout, r
        settings = dict(sqlite3.connect(db).execute("SELECT key, value FROM settings").fetchall())
        assert settings["printer_url"] == "tcp://192.168.1.50" and settings["printer_profile"] == "epson_tm_t20"
        for args, fragment in ((["--url", "lpt1:"], b"--url"), (["--url", "tcp://host:99999"], b"--url"),
                               (["--profile", "tm88"], b"--profile"), (["--logo", os.path.join(d, "none.png")],
                                                                       b"--logo"), (["--drawer-pin", "3"], b"")):
            r = run(k, ["printer", "set", "--db", db] + args)
            assert r.returncode == 2 and fragment in r.stderr, (args, r)
        assert dict(sqlite3.connect(db).execute("SELECT key, value FROM settings").fetchall()) == settings
        r = run(k, ["printer", "set", "--db", db, "--url", "lpt1:"])
        assert b'"lpt1:" is not a printer address (it starts with neither tcp:// nor usb:)' in r.stderr, r
        # An address an older Kassa or a hand edit left in the file: the store saves nothing with it, and
        # kassactl says how to fix it.
        with sqlite3.connect(db) as c:
            c.execute("UPDATE settings SET value = 'COM3' WHERE key = 'printer_url'")
        r = run(k, ["printer", "set", "--db", db, "--profile", "generic_58"])
        assert r.returncode == 2 and b'"COM3" is not usable' in r.stderr and b"--none" in r.stderr, r
        (profile,), = sqlite3.connect(db).execute(
            "SELECT value FROM settings WHERE key = 'printer_profile'").fetchall()
        assert profile == "epson_tm_t20"
        r = run(k, ["printer", "set", "--db", db, "--none"])
        assert r.returncode == 0 and b"no receipt printer" in r.stdout, r
        (changes,), = sqlite3.connect(db).execute(
            "SELECT count(*) FROM audit_log WHERE action = 'settings_changed' AND actor = 'kassactl'").fetchall()
        assert changes == 2


def case_shift_and_vat_commands(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "demo.db")
        assert run(k, ["demo", "--db", db, "--customers", "20", "--days", "5", "--seed", "2"]).returncode == 0
        r = run(k, ["vat", "show", "--db", db])
        assert r.returncode == 0 and b"gift_cards\texempt" in r.stdout and b"24%" in r.stdout, r
        assert b"sold at 0%" not in r.stdout, r
        r = run(k, ["vat", "set", "--db", db, "--category", "dresses", "--rate", "25,5"])
        assert r.returncode == 0 and b"25.5%" in r.stdout, r
        for bad in ("101", "-5", "24.555", "abc"):
            r = run(k, ["vat", "set", "--db", db, "--category", "dresses", "--rate", bad])
            assert r.returncode == 2 and b"not a VAT rate" in r.stderr, (bad, r)
        r = run(k, ["vat", "set", "--db", db, "--sku", "NO-SUCH", "--rate", "9"])
        assert r.returncode == 2, r
        (audited,), = sqlite3.connect(db).execute(
            "SELECT count(*) FROM audit_log WHERE action = 'vat_rate_changed' AND actor = 'kassactl'").fetchall()
        assert audited == 1
        r = run(k, ["vat", "presets", "--country", "EE"])
        assert r.returncode == 0 and b"EE\t24%" in r.stdout, r
        r = run(k, ["shift", "x", "--db", db])
        assert r.returncode == 1 and b"No shift is open" in r.stderr, r
        r = run(k, ["shift", "list", "--db", db])
        assert r.returncode == 0 and r.stdout.decode().splitlines() == [
            "z\topened_at\topened_by\tclosed_at\texpected\tcounted\tleft_in_drawer"], r
        r = run(k, ["db", "check", "--db", db])
        assert r.returncode == 0 and b"is sound" in r.stdout and b"warning" not in r.stdout, r


def case_scan_replay_bad_recording(k):
    for lines, fragment in ((["0000zz0000000000"], b"line 1"), (["", "# c", "12 000"], b"line 3"),
                            (["20 0000", "10 0000"], b"line 2"), (["x1 0000"], b"line 1")):
        r = replay(k, "keyboard", lines)
        assert r.returncode == 2 and r.stdout == b"" and fragment in r.stderr, (lines, r)
    r = run(k, ["scan", "--replay", "/nonexistent/recording.hex", "--kind", "hidpos"])
    assert r.returncode == 2 and b"cannot open" in r.stderr, r
    r = run(k, ["scan", "--replay", "/dev/null", "--kind", "serial"])
    assert r.returncode == 2, r


def case_devices_lists_or_says_none(k):
    # A CI machine has no scanner and no printer: one clear line for each and exit 0. A machine with USB HID
    # devices lists them, each with what Kassa reads it as or why it leaves it alone, then the receipt
    # printers as the usb: URL the settings take.
    r = run(k, ["devices"])
    out = r.stdout.decode()
    assert r.returncode == 0 and r.stderr == b"", r
    lines = out.splitlines()
    assert lines, r
    printers = [l for l in lines if "  receipt printer  " in l]
    assert all(l.startswith("usb:") for l in printers), lines
    if printers:
        assert lines[-len(printers):] == printers, lines
        hid = lines[:-len(printers)]
    else:
        assert lines[-1] == "no USB receipt printer is plugged in", lines
        hid = lines[:-1]
    assert hid, lines
    if hid[0].startswith("no "):
        assert len(hid) == 1 and ("no scanner" in hid[0] or "no USB" in hid[0]), lines
    else:
        assert all(l.startswith("usb:") or l.startswith("no scanner") for l in hid), lines
    r = run(k, ["devices", "--wedge", "not-hex"])
    assert r.returncode == 2 and b"VID:PID" in r.stderr, r


def case_scan_live_stops_on_signal(k):
    # Live scan runs until SIGINT or SIGTERM and then stops cleanly (exit 0, "stopped"). The readiness line
    # on stderr comes after the signals are blocked, so the signal is never the default (killing) action.
    import signal
    for sig in (signal.SIGINT, signal.SIGTERM):
        with tempfile.TemporaryDirectory() as d:
            record = os.path.join(d, "rec.hex")
            p = subprocess.Popen([k, "scan", "--record", record], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            ready = p.stderr.readline()
            assert b"Ctrl-C stops" in ready, ready
            p.send_signal(sig)
            out, err = p.communicate(timeout=30)
            assert p.returncode == 0, (sig, p.returncode, err)
            assert b"stopped" in err, err
            with open(record, encoding="utf-8") as f:
                assert f.readline().startswith("# kassactl scan --record"), record
    r = run(k, ["scan", "--record", "/nonexistent/dir/rec.hex"])
    assert r.returncode == 2 and b"cannot write" in r.stderr, r
    r = run(k, ["scan", "--replay", "/dev/null"])
    assert r.returncode == 2 and b"--kind" in r.stderr, r


def case_rules_whatif(k):
    """The preview on a demo shop: a draft with every programme off against the shop's rules; the period's
    receipts and gross are counted by an independent reader (SQLite from Python)."""
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "demo.db")
        r = run(k, ["demo", "--db", db, "--customers", "40", "--days", "60", "--seed", "4", "--end", "2026-11-23",
                    "--rules", os.path.join(SOURCE, "resources", "rules", "boutique.json")])
        assert r.returncode == 0, r
        draft = rules()
        for program in draft["programs"]:
            program["active"] = False
        draft_path = os.path.join(d, "draft.json")
        with open(draft_path, "w", encoding="utf-8") as f:
            json.dump(draft, f)
        r = run(k, ["rules", "whatif", "--db", db, draft_path, "--days", "30", "--format", "json",
                    "--now", "2026-11-24T00:00:00+02:00"])
        assert r.returncode == 0, r
        out = json.loads(r.stdout)
        period = "business_day >= '2026-10-25' AND business_day <= '2026-11-23'"
        receipts = count(db, f"SELECT count(*) FROM receipts WHERE {period}")
        assert receipts > 20, receipts
        assert out["receipts"] == receipts, (out["receipts"], receipts)
        assert out["current"]["gross"] == count(db, f"SELECT sum(gross) FROM receipts WHERE {period}"), out
        assert out["draft"]["gross"] == out["current"]["gross"], out
        assert out["draft"]["discount"] == 0 and out["draft"]["points_earned"] == 0, out
        assert out["current"]["points_earned"] > 0, out
        assert 0 < out["receipts_changed"] <= receipts, out
        assert out["customers_affected"] <= out["customers"], out
        # The text form says the same in sentences.
        r = run(k, ["rules", "whatif", "--db", db, draft_path, "--now", "2026-11-24T00:00:00+02:00"])
        assert r.returncode == 0 and b"receipts that change:" in r.stdout, r
        # A draft with problems lists them and exits 1; a draft that is not JSON exits 2 with one line.
        bad = rules()
        bad["programs"][0]["accrual_bp"] = -5
        with open(draft_path, "w", encoding="utf-8") as f:
            json.dump(bad, f)
        r = run(k, ["rules", "whatif", "--db", db, draft_path])
        assert r.returncode == 1 and b"the document was not applied" in r.stdout, r
        with open(draft_path, "w", encoding="utf-8") as f:
            f.write("{")
        r = run(k, ["rules", "whatif", "--db", db, draft_path])
        err = [line for line in r.stderr.decode().splitlines() if line.strip()]
        assert r.returncode == 2 and len(err) == 1 and "not valid JSON" in err[0], r


def case_rules_versions(k):
    """A fresh shop gets its rules with `rules save`; each change is a version with who and what changed; an
    earlier version comes back with `rules restore`."""
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["rules", "show", "--db", db])
        assert r.returncode == 2 and b"no rules yet" in r.stderr, r
        first = os.path.join(d, "rules.json")
        with open(first, "w", encoding="utf-8") as f:
            json.dump(rules(), f)
        r = run(k, ["rules", "save", "--db", db, first, "--by", "maria"])
        assert r.returncode == 0 and r.stdout.startswith(b"ok: rules version 1 saved by maria"), r
        r = run(k, ["rules", "save", "--db", db, first, "--by", "maria"])
        assert r.returncode == 0 and b"nothing changed" in r.stdout, r
        doubled = rules()
        next(p for p in doubled["programs"] if p["id"] == "bonus")["accrual_bp"] = 1000
        second = os.path.join(d, "doubled.json")
        with open(second, "w", encoding="utf-8") as f:
            json.dump(doubled, f)
        r = run(k, ["rules", "save", "--db", db, second, "--by", "anna"])
        assert r.returncode == 0 and b"version 2" in r.stdout and b"bonus: accrual_bp 500 -> 1000" in r.stdout, r
        history = run(k, ["rules", "history", "--db", db]).stdout.decode().splitlines()
        assert [line.split("\t")[0] for line in history] == ["2", "1"], history
        assert history[0].split("\t")[2] == "anna" and "accrual_bp 500 -> 1000" in history[0], history
        r = run(k, ["rules", "show", "--db", db, "--version", "1"])
        assert r.returncode == 0 and json.loads(r.stdout) == rules(), r
        r = run(k, ["rules", "restore", "--db", db, "1", "--by", "maria"])
        assert r.returncode == 0 and b"version 3" in r.stdout and b"bonus: accrual_bp 1000 -> 500" in r.stdout, r
        assert json.loads(run(k, ["rules", "show", "--db", db]).stdout) == rules()
        assert "restored version 1" in run(k, ["rules", "history", "--db", db]).stdout.decode().splitlines()[0]
        # Refusals: a document with problems saves nothing (exit 1), an unknown version exits 2.
        bad = rules()
        bad["programs"][0]["accrual_bp"] = -5
        with open(second, "w", encoding="utf-8") as f:
            json.dump(bad, f)
        r = run(k, ["rules", "save", "--db", db, second, "--by", "maria"])
        assert r.returncode == 1 and b"not applied" in r.stdout, r
        assert len(run(k, ["rules", "history", "--db", db]).stdout.decode().splitlines()) == 3
        r = run(k, ["rules", "restore", "--db", db, "99", "--by", "maria"])
        assert r.returncode == 2 and b"no rules version 99" in r.stderr, r


# ---- personal service (issue 9) ----

def personal_demo(k, d):
    db = os.path.join(d, "demo.db")
    r = run(k, ["demo", "--db", db, "--customers", "120", "--days", "60", "--seed", "3", "--end", "2026-11-23",
                "--rules", os.path.join(SOURCE, "resources", "rules", "boutique.json")])
    assert r.returncode == 0, r
    return db


def expect_one_line_exit_2(r, fragment):
    err = r.stderr.decode()
    lines = [l for l in err.splitlines() if l.strip()]
    assert r.returncode == 2, (r.returncode, err)
    assert len(lines) == 1 and fragment in lines[0], lines
    assert "terminate" not in err and "what()" not in err and "SQLITE" not in err.upper(), err


def case_personal_customer_card(k):
    import sqlite3
    with tempfile.TemporaryDirectory() as d:
        db = personal_demo(k, d)
        con = sqlite3.connect(db)
        customer = con.execute("SELECT id FROM customers WHERE personal_consent = 1 ORDER BY purchases_count DESC, id "
                               "LIMIT 1").fetchone()[0]
        anonymous = con.execute("SELECT id FROM customers WHERE personal_consent = 0 LIMIT 1").fetchone()[0]
        balance = con.execute("SELECT balance_cached FROM customers WHERE id = ?", (customer,)).fetchone()[0]
        con.close()
        now = ["--now", "2026-11-24T12:00:00+02:00"]
        r = run(k, ["customer", "note", "--db", db, customer, "--text", "Prefers SMS after 18:00", "--by", "anna", *now])
        assert r.returncode == 0 and r.stdout.decode().startswith("ok: note added"), r
        r = run(k, ["customer", "attr", "--db", db, customer, "size", "38", "--by", "anna", *now])
        assert r.returncode == 0, r
        r = run(k, ["customer", "attr", "--db", db, customer])
        assert r.returncode == 0 and r.stdout.decode() == "size: 38\n", r
        r = run(k, ["customer", "complaint", "--db", db, customer, "--reason", "Seam came apart",
                    "--resolution", "points_credited", "--points", "100", "--by", "maria", *now])
        assert r.returncode == 0 and "100 points credited" in r.stdout.decode(), r
        r = run(k, ["customer", "card", "--db", db, customer])
        card = r.stdout.decode()
        assert r.returncode == 0, r
        assert f"{balance + 100} points" in card.splitlines()[0], card
        assert "attribute size: 38" in card and "note 2026-11-24 anna: Prefers SMS after 18:00" in card, card
        assert "complaint 2026-11-24 points_credited 100 points: Seam came apart" in card, card
        assert "points 2026-11-24 adjust +100: complaint " in card, card
        r = run(k, ["customer", "complaints", "--db", db, "--month", "2026-11"])
        assert r.returncode == 0 and len(r.stdout.decode().splitlines()) == 1, r
        r = run(k, ["db", "check", "--db", db])
        assert r.returncode == 0 and b"is sound" in r.stdout, r
        # Without consent to keep personal data: refused with a sentence.
        r = run(k, ["customer", "attr", "--db", db, anonymous, "size", "38", "--by", "anna"])
        expect_one_line_exit_2(r, "has not agreed")
        r = run(k, ["customer", "note", "--db", db, anonymous, "--text", "tall", "--by", "anna"])
        expect_one_line_exit_2(r, "has not agreed")


def case_text_too_long(k):
    # Every text the store keeps has a limit in characters (core/store text_limits.hpp): one over it is
    # refused with the English sentence naming the field, exit 2, and nothing is stored. Cyrillic letters are
    # two bytes each, so the limit is counted in characters, not bytes.
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        csv = os.path.join(d, "one.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("first name;last name;phone;personal data consent\nMari;Tamm;5123 4567;yes\n")
        assert run(k, ["import", "customers", csv, "--db", db]).returncode == 0
        customer = count(db, "SELECT id FROM customers")
        now = ["--now", "2026-11-24T12:00:00+02:00"]
        r = run(k, ["customer", "note", "--db", db, customer, "--text", "ж" * 2001, "--by", "anna", *now])
        expect_one_line_exit_2(r, "The note is longer than 2000 characters.")
        assert r.stdout == b"", r
        r = run(k, ["customer", "note", "--db", db, customer, "--text", "ж" * 2000, "--by", "anna", *now])
        assert r.returncode == 0, r
        r = run(k, ["customer", "attr", "--db", db, customer, "size", "x" * 501, "--by", "anna", *now])
        expect_one_line_exit_2(r, "The attribute value is longer than 500 characters.")
        r = run(k, ["customer", "complaint", "--db", db, customer, "--reason", "ы" * 2001, "--by", "maria", *now])
        expect_one_line_exit_2(r, "The complaint is longer than 2000 characters.")
        r = run(k, ["cashiers", "add", "--db", db, "--name", "Ä" * 101, "--role", "cashier", "--pin", "1234"])
        expect_one_line_exit_2(r, "The cashier's name is longer than 100 characters.")
        # A command line holds at most 128 KiB an argument; this is the largest a shell can pass.
        r = run(k, ["customer", "note", "--db", db, customer, "--text", "x" * 100000, "--by", "anna", *now])
        expect_one_line_exit_2(r, "The note is longer than 2000 characters.")
        assert count(db, "SELECT count(*) FROM customer_notes") == 1
        assert count(db, "SELECT length(text) FROM customer_notes") == 2000
        assert count(db, "SELECT count(*) FROM customer_attributes") == 0
        assert count(db, "SELECT count(*) FROM complaints") == 0
        assert count(db, "SELECT count(*) FROM cashiers") == 0


def case_db_check_warns_unusable_printer(k):
    import sqlite3
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        # Written by hand (the store refuses to save it): the till would queue receipts for no printer.
        con = sqlite3.connect(db)
        con.execute("INSERT INTO settings(key, value) VALUES ('printer_url', 'lp0') "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        con.commit()
        con.close()
        r = run(k, ["db", "check", "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 0 and "is sound" in out, r
        assert 'warning: the receipt printer address "lp0" is unusable: it starts with neither tcp:// nor usb:' \
            in out, out
        for url in ["tcp://printer.local:9100", "usb:04b8:0e15", ""]:
            con = sqlite3.connect(db)
            con.execute("UPDATE settings SET value = ? WHERE key = 'printer_url'", (url,))
            con.commit()
            con.close()
            r = run(k, ["db", "check", "--db", db])
            assert r.returncode == 0 and b"warning" not in r.stdout, (url, r)


def case_personal_complaint_bad_input(k):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        assert run(k, ["db", "init", "--db", db]).returncode == 0
        r = run(k, ["customer", "complaint", "--db", db, "nobody", "--reason", "x", "--by", "maria"])
        expect_one_line_exit_2(r, "No such customer.")
        r = run(k, ["customer", "complaint", "--db", db, "--receipt", "42", "--reason", "x", "--by", "maria"])
        expect_one_line_exit_2(r, "There is no receipt 42.")
        r = run(k, ["customer", "complaint", "--db", db, "--reason", "x", "--by", "maria"])
        expect_one_line_exit_2(r, "against a receipt or a customer")
        r = run(k, ["customer", "complaint", "--db", db, "nobody", "--reason", "x", "--by", "maria",
                    "--resolution", "apologised"])
        assert r.returncode == 2, r
        r = run(k, ["customer", "complaints", "--db", db])
        expect_one_line_exit_2(r, "--month")
        r = run(k, ["customer", "complaints", "--db", db, "--month", "2026-13"])
        assert r.returncode == 2 and b"terminate" not in r.stderr, r


def case_personal_suggest(k):
    with tempfile.TemporaryDirectory() as d:
        db = personal_demo(k, d)
        r = run(k, ["cooccurrence", "--db", db, "--days", "60", "--min", "2", "--now", "2026-11-24T03:00:00+02:00"])
        assert r.returncode == 0 and "pairs bought together from" in r.stdout.decode(), r
        r = run(k, ["bundle", "--db", db, "--product", "SCF-012", "--with", "BLT-001", "--by", "maria"])
        assert r.returncode == 0, r
        r = run(k, ["suggest", "--db", db, "--product", "SCF-012"])
        lines = r.stdout.decode().splitlines()
        assert r.returncode == 0 and lines[0].startswith("BLT-001 ") and "(the shop's bundle)" in lines[0], lines
        assert len(lines) <= 3, lines
        r = run(k, ["suggest", "--db", db, "--product", "SCF-012", "--basket", "BLT-001"])
        assert r.returncode == 0 and "BLT-001" not in r.stdout.decode(), r
        r = run(k, ["suggest", "--db", db, "--product", "NO-SUCH"])
        expect_one_line_exit_2(r, "There is no product with barcode or SKU NO-SUCH.")
        r = run(k, ["bundle", "--db", db, "--product", "SCF-012", "--with", "SCF-012", "--by", "maria"])
        expect_one_line_exit_2(r, "cannot be suggested with itself")
        r = run(k, ["cycles", "--db", db, "--now", "2026-11-24T03:00:00+02:00"])
        lines = r.stdout.decode().splitlines()
        assert r.returncode == 0 and lines, r
        assert all(": every " in l or l.endswith(": not enough history") for l in lines), lines


def case_lists_due(k):
    import csv
    with tempfile.TemporaryDirectory() as d:
        db = personal_demo(k, d)
        out = os.path.join(d, "due.csv")
        r = run(k, ["lists", "due", "--db", db, "--out", out, "--margin", "100", "--now", "2026-12-20T10:00:00+02:00"])
        assert r.returncode == 0, r
        with open(out, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert rows, "a demo shop a month after its last day has customers past their rhythm"
        import sqlite3
        con = sqlite3.connect(db)
        for row in rows:
            assert row["phone"] or row["email"], row  # only people the shop may write to
            sms, email = con.execute("SELECT sms_consent, email_consent FROM customers WHERE id = ?",
                                     (row["customer_id"],)).fetchone()
            assert sms or email, row
            assert int(row["days_since"]) > int(row["cycle_days"]), row
        con.close()
        r = run(k, ["lists", "due", "--db", db, "--out", out, "--margin", "50"])
        assert r.returncode == 2, r

# ---- the shop from the command line: db init's settings, settings show|set, sale commit ----

def settings_of(db):
    return dict(sqlite3.connect(db).execute("SELECT key, value FROM settings").fetchall())


def case_db_init_flags(k):
    """db init makes the shop the flags say, checked as the settings screen checks them; a refused value
    says which flag and creates nothing."""
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "shop.db")
        r = run(k, ["db", "init", "--db", db, "--name", " Pood Liis ", "--country", "lv", "--zone", "Europe/Riga",
                    "--currency", "eur"])
        assert r.returncode == 0 and b"Pood Liis" in r.stdout, r
        s = settings_of(db)
        assert (s["name"], s["phone_country"], s["time_zone"], s["currency"]) == (
            "Pood Liis", "LV", "Europe/Riga", "EUR"), s
        # Without flags: the defaults, an Estonian shop.
        plain = os.path.join(d, "plain.db")
        assert run(k, ["db", "init", "--db", plain]).returncode == 0
        assert settings_of(plain)["time_zone"] == "Europe/Tallinn"
        for args, fragments in ((["--zone", "Mars/Olympus"], ["--zone", "Mars/Olympus"]),
                                (["--country", "XX"], ["--country", '"XX"']),
                                (["--currency", "EURO"], ["--currency", "EURO", "ISO 4217"]),
                                (["--name", "   "], ["--name", "needs a name"]),
                                (["--name", "Ä" * 101], ["longer than 100 characters"]),
                                (["--zone", "Mars/Olympus", "--country", "XX"], ["--zone", "--country"])):
            bad = os.path.join(d, "bad.db")
            r = run(k, ["db", "init", "--db", bad] + args)
            expect_one_line_exit_2(r, fragments[0])
            for fragment in fragments:
                assert fragment in r.stderr.decode(), (args, r)
            assert r.stdout == b"" and not os.path.exists(bad), (args, r)


def case_settings_show_set(k):
    """settings show lists every setting (text and JSON); settings set saves through the screen's call: checked,
    the currency kept, one settings_changed audit row by --actor with each field's old and new value."""
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        r = run(k, ["settings", "show", "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        for key in ("name", "currency", "time_zone", "phone_country", "language", "receipt_header",
                    "cash_movement_limit", "printer_url", "printer_profile", "receipt_logo", "drawer_pin",
                    "sync_interval"):
            assert any(line.split()[0] == key for line in out.splitlines() if line.strip()), (key, out)
        assert "50.00 EUR" in out and "Europe/Tallinn" in out and "5 s" in out, out
        shown = json.loads(run(k, ["settings", "show", "--db", db, "--json"]).stdout)
        assert shown["cash_movement_limit"] == 5000 and shown["currency"] == "EUR" and shown["drawer_pin"] == "2"
        assert shown["sync_interval"] == 5, shown

        r = run(k, ["settings", "set", "--db", db, "name=Boutique Liis", "time_zone=Europe/Riga",
                    "phone_country=lv", "cash_movement_limit=75,50", "sync_interval=30", "--actor", "maria"])
        assert r.returncode == 0 and b"saved by maria" in r.stdout, r
        s = settings_of(db)
        assert (s["name"], s["time_zone"], s["phone_country"], s["cash_movement_limit"], s["sync_interval_seconds"]) == (
            "Boutique Liis", "Europe/Riga", "LV", "7550", "30"), s
        rows = sqlite3.connect(db).execute(
            "SELECT actor, subject, details FROM audit_log WHERE action = 'settings_changed'").fetchall()
        assert len(rows) == 1 and rows[0][0] == "maria" and rows[0][1] == "shop", rows
        for change in ('name: "Kassa demo shop" -> "Boutique Liis"', 'time_zone: "Europe/Tallinn" -> "Europe/Riga"',
                       'phone_country: "EE" -> "LV"', 'cash_movement_limit: "5000" -> "7550"',
                       'sync_interval: "5" -> "30"'):
            assert change in rows[0][2], rows
        shown = json.loads(run(k, ["settings", "show", "--db", db, "--json"]).stdout)
        assert shown["name"] == "Boutique Liis" and shown["cash_movement_limit"] == 7550, shown
        assert shown["sync_interval"] == 30, shown

        # The same again: nothing to save, no audit row.
        r = run(k, ["settings", "set", "--db", db, "time_zone=Europe/Riga", "--actor", "maria"])
        assert r.returncode == 0 and b"nothing changed" in r.stdout, r
        before = settings_of(db)
        for args, fragment in ((["time_zone=Mars/Olympus"], "Mars/Olympus"),
                               (["language=de"], "language"),
                               (["name= "], "needs a name"),
                               (["cash_movement_limit=-5"], "cash limit"),
                               (["cash_movement_limit=lots"], "not an amount"),
                               (["printer_url=lpt1:"], "printer address"),
                               (["sync_interval=0"], "every 1 to 3600 seconds"),
                               (["sync_interval=86400"], "every 1 to 3600 seconds"),
                               (["sync_interval=soon"], "not a number of seconds"),
                               (["currency=USD"], "currency"),
                               (["colour=red"], '"colour" is not a setting'),
                               (["name"], "KEY=VALUE"),
                               (["name=A", "name=B"], "twice"),
                               (["name=" + "ж" * 101], "longer than 100 characters")):
            r = run(k, ["settings", "set", "--db", db, *args, "--actor", "maria"])
            expect_one_line_exit_2(r, fragment)
            assert r.stdout == b"", (args, r)
        assert settings_of(db) == before
        (audited,), = sqlite3.connect(db).execute(
            "SELECT count(*) FROM audit_log WHERE action = 'settings_changed'").fetchall()
        assert audited == 1
        r = run(k, ["settings", "set", "--db", db, "name=X"])  # who changes it must be said
        assert r.returncode == 2, r
        r = run(k, ["settings", "show", "--db", os.path.join(d, "none.db")])
        expect_one_line_exit_2(r, "There is no shop database")


def sale_shop(k, d):
    """A shop with the boutique's rules, the dress in its catalog and Olga as a customer; her id."""
    db = shop(k, d)
    rules_file = os.path.join(SOURCE, "resources", "rules", "boutique.json")
    assert run(k, ["rules", "save", "--db", db, rules_file, "--by", "maria"]).returncode == 0
    catalog = os.path.join(d, "catalog.csv")
    with open(catalog, "w", encoding="utf-8") as f:
        f.write("SKU;Name;Category;Price\nDRESS-0412;Linen dress;dresses;79,90\n")
    assert run(k, ["import", "catalog", catalog, "--db", db]).returncode == 0
    customers = os.path.join(d, "customers.csv")
    with open(customers, "w", encoding="utf-8") as f:
        f.write("first name;last name;phone;personal data consent\nOlga;Ivanova;5123 4567;yes\n")
    assert run(k, ["import", "customers", customers, "--db", db]).returncode == 0
    return db, count(db, "SELECT id FROM customers")


def sale_file(d, name, document):
    path = os.path.join(d, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f)
    return path


def dress_sale(sale_id, now, customer):
    return {"sale_id": sale_id, "now": now, "customer": {"id": customer},
            "lines": [{"sku": "DRESS-0412", "category": "dresses", "unit_price": 7990, "qty": 1000}]}


def case_sale_commit(k):
    """A quote input with its sale id committed as a sale: priced as kassactl quote prices it with the shop's
    rules, recorded once however often it is committed, and a redemption names the lots it took, which the
    ledger read by SQLite from Python confirms."""
    with tempfile.TemporaryDirectory() as d:
        db, olga = sale_shop(k, d)
        first = sale_file(d, "first.json", dress_sale("web-1", "2026-03-02T12:00:00+02:00", olga))
        r = run(k, ["sale", "commit", first, "--db", db])
        assert r.returncode == 0 and r.stdout.startswith(b"ok: sale web-1 committed as receipt 1\n"), r
        assert b"gross 79.90 EUR" in r.stdout, r
        # Committed again: one sale, and it says so.
        r = run(k, ["sale", "commit", first, "--db", db, "--json"])
        assert r.returncode == 0, r
        again = json.loads(r.stdout)
        assert again["already_committed"] is True and again["receipt_number"] == 1, again
        assert count(db, "SELECT count(*) FROM receipts") == 1
        assert count(db, "SELECT count(*) FROM ledger WHERE kind = 'accrue' AND receipt_id = 'web-1'") == 1
        # The totals are the quote's for the same document with the shop's rules.
        quote_input = dress_sale("x", "2026-05-04T12:00:00+03:00", olga)
        del quote_input["sale_id"]
        quote_input["rules"] = rules()
        quoted = json.loads(run(k, ["quote"], json.dumps(quote_input).encode()).stdout)
        second = sale_file(d, "second.json", dress_sale("web-2", "2026-05-04T12:00:00+03:00", olga))
        r = run(k, ["sale", "commit", second, "--db", db, "--json"])
        assert r.returncode == 0, r
        committed = json.loads(r.stdout)
        for figure in ("gross", "discount", "net", "payable"):
            assert committed["totals"][figure] == quoted["totals"][figure], (figure, committed, quoted)
        assert committed["already_committed"] is False and committed["receipt_number"] == 2
        assert committed["change"] == 0 and committed["lots_redeemed"] == []
        assert count(db, "SELECT amount FROM payments WHERE receipt_id = 'web-2' AND method = 'cash'") == \
            committed["totals"]["payable"]

        # A redemption: the lots it took, each as the ledger's movements say, in all 500 points.
        pay = dress_sale("web-3", "2026-06-01T12:00:00+03:00", olga)
        pay["redeem_points"] = 500
        pay["payments"] = [{"method": "card", "amount": 2000}, {"method": "cash", "amount": 10000}]
        third = sale_file(d, "third.json", pay)
        r = run(k, ["sale", "commit", third, "--db", db, "--json"])
        assert r.returncode == 0, r
        out = json.loads(r.stdout)
        assert out["totals"]["redeemed_points"] == 500, out
        assert out["change"] == 12000 - out["totals"]["payable"], out
        lots = out["lots_redeemed"]
        assert lots and sum(lot["points"] for lot in lots) == 500, lots
        moved = dict(sqlite3.connect(db).execute(
            "SELECT m.lot_id, -m.points FROM lot_movements m JOIN ledger l ON l.id = m.ledger_id "
            "WHERE l.receipt_id = 'web-3' AND l.kind = 'redeem'").fetchall())
        assert moved == {lot["lot"]: lot["points"] for lot in lots}, (moved, lots)
        owners = {row[0] for row in sqlite3.connect(db).execute(
            "SELECT customer_id FROM lots WHERE id IN (%s)" % ",".join("?" * len(lots)), [l["lot"] for l in lots])}
        assert owners == {olga}, owners
        r = run(k, ["sale", "commit", third, "--db", db])
        text = r.stdout.decode()
        assert r.returncode == 0 and "was committed before as receipt 3" in text, r
        for lot in lots:
            assert f"lot {lot['lot']}: {lot['points']} points redeemed" in text, text
        assert count(db, "SELECT count(*) FROM receipts") == 3
        assert count(db, "SELECT count(*) FROM ledger WHERE kind = 'redeem'") == 1
        r = run(k, ["db", "check", "--db", db])
        assert r.returncode == 0 and b"is sound" in r.stdout, r


def case_sale_commit_refused(k):
    """What is not a sale of this shop is refused with one line naming the field; nothing is recorded."""
    with tempfile.TemporaryDirectory() as d:
        db, olga = sale_shop(k, d)
        good = dress_sale("web-9", "2026-11-25T15:30:00+02:00", olga)
        without_id = dict(good)
        del without_id["sale_id"]
        other = rules()
        other["programs"][0]["accrual_bp"] = 1000
        cases = [
            (without_id, "sale_id"),
            (dict(good, customer={"id": olga, "lots": []}), "customer.lots"),
            (dict(good, customer={}), "customer.id"),
            (dict(good, language="ru"), "language"),
            (dict(good, lines=[dict(good["lines"][0], sku="NO-SUCH")]), "no product NO-SUCH"),
            (dict(good, lines=[dict(good["lines"][0], qty=-1000)]), "lines[0].qty"),
            (dict(good, payments=[{"method": "cheque", "amount": 1}]), "payments[0].method"),
            (dict(good, payments=[{"method": "cash", "amount": 100}]), "payments"),
            (dict(good, customer={"id": "nobody"}), "No such customer"),
            (dict(good, rules=other), "not the shop's current rules"),
        ]
        for document, fragment in cases:
            r = run(k, ["sale", "commit", "-", "--db", db], json.dumps(document).encode())
            expect_one_line_exit_2(r, fragment)
            assert r.stdout == b"", (document, r)
        r = run(k, ["sale", "commit", "-", "--db", db], b"{")
        expect_one_line_exit_2(r, "not valid JSON")
        assert count(db, "SELECT count(*) FROM receipts") == 0
        # The shop's own rules given in the document are fine.
        r = run(k, ["sale", "commit", "-", "--db", db], json.dumps(dict(good, rules=rules())).encode())
        assert r.returncode == 0, r
        assert count(db, "SELECT count(*) FROM receipts") == 1
        r = run(k, ["sale", "commit", "-", "--db", os.path.join(d, "none.db")], json.dumps(good).encode())
        expect_one_line_exit_2(r, "There is no shop database")
        os.mkdir(os.path.join(d, "bare"))
        bare = shop(k, os.path.join(d, "bare"))
        r = run(k, ["sale", "commit", "-", "--db", bare], json.dumps(good).encode())
        expect_one_line_exit_2(r, "no rules yet")


# ---- conflicts of several tills and merging two customers (docs/sync.md, "Conflicts") ----

def conflicts_shop(k, d):
    """Olga (120 points) and Mari imported; two conflicts as a pull writes them: Mari enrolled at another till
    with Olga's phone, and 30 points taken twice from Olga's lot."""
    db = shop(k, d)
    assert run(k, ["import", "customers", fixture("customers_semicolon_bom.csv"), "--db", db]).returncode == 0
    con = sqlite3.connect(db)
    olga = con.execute("SELECT id FROM customers WHERE phone = '+37251234567'").fetchone()[0]
    mari = con.execute("SELECT id FROM customers WHERE last_name = 'Tamm'").fetchone()[0]
    lot = con.execute("SELECT id FROM lots WHERE customer_id = ?", (olga,)).fetchone()[0]
    con.execute("INSERT INTO sync_conflicts(found_at, kind, subject, other, points) VALUES "
                "('2026-11-25T10:00:00Z', 'phone_taken', '+37251234567', ?, 0)", (mari,))
    con.execute("INSERT INTO sync_conflicts(found_at, kind, subject, other, points) VALUES "
                "('2026-11-25T10:05:00Z', 'overdrawn_lot', ?, 'an-entry', 30)", (lot,))
    con.commit()
    con.close()
    return db, olga, mari


def case_conflicts_list_and_dealt_with(k):
    with tempfile.TemporaryDirectory() as d:
        db, olga, mari = conflicts_shop(k, d)
        r = run(k, ["conflicts", "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        lines = out.splitlines()
        assert len(lines) == 2, out
        assert lines[0].startswith("#1 phone_taken 2026-11-25"), out
        assert "phone +37251234567 enrolled twice: Olga Ivanova (+37251234567, card 2000000000015, " in lines[0], out
        assert "Mari Tamm (" in lines[0] and mari in lines[0], out
        assert lines[1].startswith("#2 overdrawn_lot") and "Olga Ivanova" in lines[1], out
        assert "30 points missing" in lines[1], out
        r = run(k, ["conflicts", "--db", db, "--json"])
        assert r.returncode == 0, r
        listed = json.loads(r.stdout)
        assert [c["kind"] for c in listed] == ["phone_taken", "overdrawn_lot"], listed
        assert listed[0]["customer"]["id"] == olga and listed[0]["customer"]["card"] == "2000000000015", listed
        assert listed[0]["pulled_customer"]["id"] == mari and listed[0]["state"] == "open", listed
        assert listed[1]["missing_points"] == 30 and listed[1]["customer"]["id"] == olga, listed
        r = run(k, ["conflicts", "dealt-with", "2", "--db", db, "--by", "maria",
                    "--now", "2026-11-25T12:00:00+02:00"])
        assert r.returncode == 0 and r.stdout.decode() == "ok: conflict #2 marked as dealt with by maria\n", r
        r = run(k, ["conflicts", "--db", db])
        assert r.returncode == 0 and len(r.stdout.decode().splitlines()) == 1, r
        r = run(k, ["conflicts", "--db", db, "--all"])
        assert r.returncode == 0 and "[dealt_with by maria 2026-11-25T" in r.stdout.decode(), r
        assert count(db, "SELECT count(*) FROM audit_log WHERE action = 'conflict.dealt_with' AND actor = 'maria'") == 1
        # Bad input: one line, exit 2, nothing changed.
        expect_one_line_exit_2(run(k, ["conflicts", "dealt-with", "2", "--db", db, "--by", "maria"]),
                               "There is no open conflict 2.")
        expect_one_line_exit_2(run(k, ["conflicts", "dealt-with", "99", "--db", db, "--by", "maria"]),
                               "There is no open conflict 99.")
        # A name of who did it is bounded like every text the shop file keeps.
        expect_one_line_exit_2(run(k, ["conflicts", "dealt-with", "1", "--db", db, "--by", "m" * 10000]),
                               "The name of who did it is longer than 100 characters.")
        expect_one_line_exit_2(run(k, ["conflicts"]), "--db")
        expect_one_line_exit_2(run(k, ["conflicts", "--db", os.path.join(d, "none.db")]), "There is no shop database")
        assert count(db, "SELECT count(*) FROM audit_log WHERE action = 'conflict.dealt_with'") == 1


def case_conflicts_coupon_reused(k):
    """A single-use code used at this till and at another that did not see it, as a pull lists it."""
    with tempfile.TemporaryDirectory() as d:
        db = shop(k, d)
        con = sqlite3.connect(db)
        con.execute("INSERT INTO sync_conflicts(found_at, kind, subject, other, first_receipt, first_number, "
                    "first_amount, second_number, second_amount) VALUES ('2026-11-25T10:00:00Z', "
                    "'coupon_reused', 'ONCE-1', 'receipt-b', 'receipt-a', 12, 799, 40, 500)")
        con.commit()
        con.close()
        r = run(k, ["conflicts", "--db", db])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        assert out.startswith("#1 coupon_reused 2026-11-25"), out
        assert ("single-use coupon ONCE-1 used at two tills: first receipt 12 (receipt-a) took off 7.99, "
                "then receipt 40 (receipt-b) took off 5.00; both sales stand") in out, out
        r = run(k, ["conflicts", "--db", db, "--json"])
        assert r.returncode == 0, r
        listed = json.loads(r.stdout)
        assert len(listed) == 1 and listed[0]["kind"] == "coupon_reused" and listed[0]["code"] == "ONCE-1", listed
        assert listed[0]["first_use"] == {"receipt_id": "receipt-a", "receipt_number": 12,
                                          "discount_minor": 799}, listed
        assert listed[0]["second_use"] == {"receipt_id": "receipt-b", "receipt_number": 40,
                                           "discount_minor": 500}, listed
        assert listed[0]["customer"] is None, listed  # a printed code is nobody's


def case_customer_merge(k):
    with tempfile.TemporaryDirectory() as d:
        db, olga, mari = conflicts_shop(k, d)
        before = count(db, "SELECT sum(balance_cached) FROM customers")
        expect_one_line_exit_2(run(k, ["customer", "merge", "--db", db, "--keep", mari, "--merge", olga,
                                       "--by", "m" * 10000]),
                               "The name of who did it is longer than 100 characters.")
        assert count(db, "SELECT count(*) FROM customer_merges") == 0
        expect_one_line_exit_2(run(k, ["customer", "merge", "--db", db, "--keep", olga, "--merge", olga, "--by", "maria"]),
                               "cannot be merged into herself")
        expect_one_line_exit_2(run(k, ["customer", "merge", "--db", db, "--keep", olga, "--merge", "nobody",
                                       "--by", "maria"]), "No such customer.")
        r = run(k, ["customer", "merge", "--db", db, "--keep", mari, "--merge", olga, "--by", "maria",
                    "--now", "2026-11-25T12:00:00+02:00"])
        out = r.stdout.decode()
        assert r.returncode == 0, r
        assert out.startswith(f"ok: {olga} merged into {mari} (1 cards, "), out
        assert f"balance {before} points" in out, out
        assert count(db, f"SELECT balance_cached FROM customers WHERE id = '{mari}'") == before
        assert count(db, f"SELECT merged_into = '{mari}' AND phone IS NULL FROM customers WHERE id = '{olga}'") == 1
        # Mari kept her own phone; the merge settled the phone enrolled twice.
        assert count(db, f"SELECT phone FROM customers WHERE id = '{mari}'") == "+37258001234"
        r = run(k, ["conflicts", "--db", db, "--json"])
        listed = json.loads(r.stdout)
        assert [c["kind"] for c in listed] == ["overdrawn_lot"], listed
        assert listed[0]["customer"]["id"] == mari, listed  # the lot is hers now
        r = run(k, ["conflicts", "--db", db, "--all", "--json"])
        settled = json.loads(r.stdout)[0]
        assert settled["state"] == "merged" and settled["resolved_by"] == "maria", settled
        r = run(k, ["db", "check", "--db", db])
        assert r.returncode == 0 and b"is sound" in r.stdout, r
        assert count(db, f"SELECT count(*) FROM audit_log WHERE action = 'customer.merge' AND subject = '{olga}'") == 1
        expect_one_line_exit_2(run(k, ["customer", "merge", "--db", db, "--keep", mari, "--merge", olga,
                                       "--by", "maria"]), "already merged")
        r = run(k, ["customer", "merge", "--db", db, "--keep", mari, "--merge", olga])
        assert r.returncode == 2 and b"--by" in r.stderr, r
        assert count(db, "SELECT count(*) FROM customer_merges") == 1


if __name__ == "__main__":
    kassactl, case = sys.argv[1], sys.argv[2]
    globals()["case_" + case](kassactl)
    print(f"cli case {case}: ok")
