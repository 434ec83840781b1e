#!/usr/bin/env python3
"""Drives the real kassactl binary: bad input must exit 2 with exactly one clear line on stderr and nothing
on stdout; good input must give the documented JSON. Usage: kassactl_cases.py KASSACTL CASE"""
import json
import os
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


if __name__ == "__main__":
    kassactl, case = sys.argv[1], sys.argv[2]
    globals()["case_" + case](kassactl)
    print(f"cli case {case}: ok")
