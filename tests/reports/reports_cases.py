#!/usr/bin/env python3
"""The owner's reports and outreach lists checked against figures worked out here from the database with SQL
and Python of this file's own (sqlite3, json, csv, zoneinfo): nothing is shared with core/store/src/reports.cpp.
Runs the real kassactl on a demo shop. Usage: reports_cases.py KASSACTL CASE"""
import calendar
import csv
import datetime
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import zoneinfo

# The end day is fixed so the shop does not depend on today's date.
DEMO = ["--customers", "80", "--days", "60", "--seed", "4", "--end", "2026-11-23"]
ZONE = zoneinfo.ZoneInfo("Europe/Tallinn")
REPORTS = ["promotions", "pareto", "repeat", "cycle", "segments", "weekly", "points"]
PERSON = ["customer_id", "first_name", "last_name", "phone", "email", "consent"]
D = datetime.date


def run(k, *args):
    return subprocess.run([k, *args], capture_output=True, timeout=120)


def ok(r):
    assert r.returncode == 0, f"exit {r.returncode}: {r.stderr.decode(errors='replace')}"
    return r.stdout.decode()


def demo(k, d):
    db = os.path.join(d, "shop.db")
    ok(run(k, "demo", "--db", db, *DEMO))
    return db


def sql(db, query, *params):
    con = sqlite3.connect(db)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def rnd(num, den):
    """Half away from zero, as docs/reports.md says averages and shares are rounded; None over nothing."""
    if den == 0:
        return None
    q = (abs(num) * 2 + den) // (2 * den)
    return q if num >= 0 else -q


def money_text(minor):
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"


def utc_text(moment):
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def day_start(day):
    return datetime.datetime(day.year, day.month, day.day, tzinfo=ZONE)


def report(k, db, name, frm, to):
    """The report as JSON rows and as CSV rows (every cell text), after checking both say the same."""
    args = ["report", name, "--db", db, "--from", frm.isoformat(), "--to", to.isoformat()]
    doc = json.loads(ok(run(k, *args, "--format", "json")))
    assert doc["report"] == name and doc["from"] == frm.isoformat() and doc["to"] == to.isoformat(), doc
    assert doc["currency"] == "EUR", doc
    text = ok(run(k, *args))
    assert text.endswith("\r\n") or text == "", "RFC 4180 lines end in CRLF"
    rows = list(csv.DictReader(io.StringIO(text, newline=""), strict=True))
    assert len(rows) == len(doc["rows"]), (rows, doc["rows"])
    return doc["rows"], rows


def check(name, got_json, got_csv, expected, money):
    """`expected` is a list of dicts; money columns are integers in JSON and decimal text in CSV."""
    assert got_json == expected, f"{name}:\n got      {got_json}\n expected {expected}"
    for row_csv, row in zip(got_csv, expected):
        assert list(row_csv.keys()) == list(row.keys()), (name, row_csv.keys(), row.keys())
        for key, value in row.items():
            want = money_text(value) if key in money else ("" if value is None else str(value))
            assert row_csv[key] == want, f"{name}.{key}: csv {row_csv[key]!r}, expected {want!r}"


# ---- the figures, worked out here -------------------------------------------------------------------------

def receipts_in(db, frm, to):
    return sql(db, "SELECT id, customer_id, net, business_day FROM receipts WHERE business_day >= ? "
                   "AND business_day <= ?", frm.isoformat(), to.isoformat())


def rules(db):
    return json.loads(sql(db, "SELECT document FROM rules_versions ORDER BY id DESC LIMIT 1")[0][0])


def point_value(db):
    for p in rules(db)["programs"]:
        if p["type"] == "bonus":
            return p.get("point_value", 1)
    return 1


def touched(db, frm, to):
    """program -> {receipt -> (discount, points)} from the lines' discount JSON and the ledger's accruals."""
    receipts = {r[0]: r for r in receipts_in(db, frm, to)}
    out = {}
    for receipt, discounts in sql(db, "SELECT receipt_id, discounts FROM receipt_lines"):
        if receipt not in receipts:
            continue
        for d in json.loads(discounts):
            cell = out.setdefault(d["program"], {}).setdefault(receipt, [0, 0])
            cell[0] += d["amount"]
    for receipt, program, points in sql(db, "SELECT receipt_id, program, points FROM ledger WHERE kind = 'accrue' "
                                            "AND program != '' AND receipt_id IS NOT NULL"):
        if receipt in receipts:
            out.setdefault(program, {}).setdefault(receipt, [0, 0])[1] += points
    return receipts, out


def promotions(db, frm, to):
    length = (to - frm).days + 1
    pfrm, pto = frm - datetime.timedelta(days=length), frm - datetime.timedelta(days=1)
    receipts, now = touched(db, frm, to)
    preceipts, before = touched(db, pfrm, pto)
    programs = {p["id"]: p for p in rules(db)["programs"]}
    value = point_value(db)
    total_n, total_rev = len(receipts), sum(r[2] for r in receipts.values())
    ptotal_n, ptotal_rev = len(preceipts), sum(r[2] for r in preceipts.values())
    rows = []
    for pid in sorted(now):
        def figures(touch, recs):
            n = len(touch)
            return (n, len({recs[r][1] for r in touch if recs[r][1] is not None}),
                    sum(v[0] for v in touch.values()), sum(v[1] for v in touch.values()),
                    sum(recs[r][2] for r in touch))
        n, c, disc, pts, rev = figures(now[pid], receipts)
        pn, pc, pdisc, ppts, prev = figures(before.get(pid, {}), preceipts)
        p = programs.get(pid, {})
        with_, without = rnd(rev, n), rnd(total_rev - rev, total_n - n)
        rows.append({
            "program": pid, "name": p.get("name", ""), "type": p.get("type", ""),
            "reason": p.get("reason", ""), "slogan": p.get("slogan", ""),
            "receipts": n, "customers": c, "discount_cost": disc, "points_issued": pts, "points_cost": pts * value,
            "revenue": rev, "avg_check_with": with_, "avg_check_without": without,
            "check_difference": None if with_ is None or without is None else with_ - without,
            "prev_receipts": pn, "prev_customers": pc, "prev_discount_cost": pdisc, "prev_points_issued": ppts,
            "prev_points_cost": ppts * value, "prev_revenue": prev, "prev_avg_check_with": rnd(prev, pn),
            "prev_avg_check_without": rnd(ptotal_rev - prev, ptotal_n - pn),
            "revenue_uplift": rev - prev, "revenue_uplift_bp": rnd((rev - prev) * 10000, prev)})
    return rows


def per_customer(db, frm, to):
    out = {}
    for _, customer, net, day in receipts_in(db, frm, to):
        if customer is not None:
            out.setdefault(customer, []).append((D.fromisoformat(day), net))
    return out


def pareto(db, frm, to):
    spend = sorted(((-sum(n for _, n in v), c) for c, v in per_customer(db, frm, to).items()))
    top = -(-len(spend) // 5)
    top_rev = -sum(s for s, _ in spend[:top])
    total = -sum(s for s, _ in spend)
    return [{"customers": len(spend), "top_customers": top, "top_revenue": top_rev, "customer_revenue": total,
             "top_share_bp": rnd(top_rev * 10000, total)}]


def repeat(db, frm, to):
    c = per_customer(db, frm, to)
    rep = sum(1 for v in c.values() if len(v) >= 2)
    return [{"customers": len(c), "repeat_customers": rep, "repeat_rate_bp": rnd(rep * 10000, len(c))}]


def cycle(db, frm, to):
    gaps = []
    for v in per_customer(db, frm, to).values():
        days = sorted(d for d, _ in v)
        gaps.extend((b - a).days for a, b in zip(days, days[1:]))
    customers = sum(1 for v in per_customer(db, frm, to).values() if len(v) >= 2)
    return [{"customers": customers, "gaps": len(gaps), "total_days": sum(gaps),
             "average_days_x100": rnd(sum(gaps) * 100, len(gaps))}]


def segments(db, frm, to):
    members = {}
    for customer, segment in sql(db, "SELECT customer_id, segment FROM customer_segments"):
        members.setdefault(segment, set()).add(customer)
    rows = []
    recs = receipts_in(db, frm, to)
    for segment in sorted(members):
        mine = [r for r in recs if r[1] in members[segment]]
        if mine:
            rev = sum(r[2] for r in mine)
            rows.append({"segment": segment, "receipts": len(mine), "customers": len({r[1] for r in mine}),
                         "revenue": rev, "average_check": rnd(rev, len(mine))})
    return rows


def weekly(db, frm, to):
    first = dict(sql(db, "SELECT customer_id, min(business_day) FROM receipts WHERE customer_id IS NOT NULL "
                         "GROUP BY customer_id"))
    weeks = {}
    for _, customer, _, day in receipts_in(db, frm, to):
        if customer is None:
            continue
        y, w, _ = D.fromisoformat(day).isocalendar()
        fy, fw, _ = D.fromisoformat(first[customer]).isocalendar()
        entry = weeks.setdefault((y, w), (set(), set()))
        entry[0 if (fy, fw) == (y, w) else 1].add(customer)
    return [{"week": f"{y}-W{w:02d}", "week_start": D.fromisocalendar(y, w, 1).isoformat(),
             "new_customers": len(n), "returning_customers": len(r)} for (y, w), (n, r) in sorted(weeks.items())]


def points(db, frm, to):
    start, end = day_start(frm), day_start(to + datetime.timedelta(days=1))
    kinds = {}
    for kind, created, pts in sql(db, "SELECT kind, created_at, points FROM ledger"):
        if start <= datetime.datetime.fromisoformat(created) < end:
            kinds[kind] = kinds.get(kind, 0) + pts
    y, m = (to.year + (to.month == 12), to.month % 12 + 1)
    through = D(y, m, min(to.day, calendar.monthrange(y, m)[1]))
    horizon = day_start(through + datetime.timedelta(days=1)).timestamp()
    end_s = end.timestamp()
    created = dict(sql(db, "SELECT id, created_at FROM ledger"))
    moves = {}
    for lot, entry, pts in sql(db, "SELECT lot_id, ledger_id, points FROM lot_movements"):
        if datetime.datetime.fromisoformat(created[entry]) < end:
            moves[lot] = moves.get(lot, 0) + pts
    spendable = pending = expiring = 0
    for lot, pts, available, expires in sql(db, "SELECT id, points, available_at, expires_at FROM lots"):
        if datetime.datetime.fromisoformat(created[lot]) >= end or (expires is not None and expires <= end_s):
            continue
        left = pts + moves.get(lot, 0)
        if available <= end_s:
            spendable += left
        else:
            pending += left
        if expires is not None and expires <= horizon:
            expiring += left
    value = point_value(db)
    earned, spent = kinds.get("accrue", 0), -kinds.get("redeem", 0)
    return [{"earned": earned, "spent": spent, "redemption_bp": rnd(spent * 10000, earned),
             "expired": -kinds.get("expire", 0), "adjusted": kinds.get("adjust", 0),
             "reversed_by_refunds": -kinds.get("refund_reverse", 0),
             "restored_by_refunds": kinds.get("refund_restore", 0), "spendable": spendable, "pending": pending,
             "point_value": value, "liability": (spendable + pending) * value, "expiring_points": expiring,
             "expiring_value": expiring * value, "expiring_through": through.isoformat()}]


MONEY = {"discount_cost", "points_cost", "revenue", "avg_check_with", "avg_check_without", "check_difference",
         "prev_discount_cost", "prev_points_cost", "prev_revenue", "prev_avg_check_with", "prev_avg_check_without",
         "revenue_uplift", "top_revenue", "customer_revenue", "average_check", "point_value", "liability",
         "expiring_value"}
EXPECTED = {"promotions": promotions, "pareto": pareto, "repeat": repeat, "cycle": cycle, "segments": segments,
            "weekly": weekly, "points": points}


def last_day(db):
    return D.fromisoformat(sql(db, "SELECT max(business_day) FROM receipts")[0][0])


def case_figures(k):
    """Every report over three periods: the last 30 days (with the 30 before for uplift), the whole demo, and
    a period with no sales at all."""
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        last = last_day(db)
        periods = [(last - datetime.timedelta(days=29), last), (last - datetime.timedelta(days=59), last),
                   (D(2030, 1, 1), D(2030, 1, 31)),
                   # No sales, but the demo's first points expire in the month after it (a year's expiry).
                   (D(2027, 9, 1), D(2027, 9, 20))]
        for frm, to in periods:
            for name in REPORTS:
                got_json, got_csv = report(k, db, name, frm, to)
                check(name, got_json, got_csv, EXPECTED[name](db, frm, to), MONEY)
        # The figures are worth checking: the demo has the things they count.
        frm, to = periods[0]
        promo = {r["program"]: r for r in promotions(db, frm, to)}
        assert promo["bonus"]["points_issued"] > 0 and promo["birthday"]["discount_cost"] > 0, promo
        assert any(r["prev_receipts"] > 0 for r in promo.values()), promo
        assert repeat(db, frm, to)[0]["repeat_customers"] > 0 and cycle(db, frm, to)[0]["gaps"] > 0
        assert points(db, *periods[1])[0]["spent"] > 0 and points(db, *periods[1])[0]["reversed_by_refunds"] > 0
        assert points(db, *periods[3])[0]["expiring_points"] > 0 and points(db, *periods[0])[0]["pending"] > 0
        assert 0 < points(db, *periods[3])[0]["expiring_points"] < points(db, *periods[3])[0]["spendable"]
        assert len(weekly(db, frm, to)) >= 4 and any(w["returning_customers"] for w in weekly(db, frm, to))
        # An empty period: counts are zero and averages are no value (null in JSON, an empty CSV cell).
        got, _ = report(k, db, "pareto", *periods[2])
        assert got == [{"customers": 0, "top_customers": 0, "top_revenue": 0, "customer_revenue": 0,
                        "top_share_bp": None}], got
        # Refunds are not netted: a refunded receipt still counts whole in revenue.
        refunded = sql(db, "SELECT r.business_day FROM refunds f JOIN receipts r ON r.id = f.receipt_id")
        assert refunded, "the demo has refunds"
        day = D.fromisoformat(refunded[0][0])
        got, _ = report(k, db, "segments", day, day)
        assert got == segments(db, day, day)
        # Bad input is refused with exit 2.
        for bad in (["report", "pareto", "--db", db, "--from", "2026-11-10", "--to", "2026-11-01"],
                    ["report", "nosuch", "--db", db, "--from", "2026-11-01", "--to", "2026-11-02"],
                    ["report", "pareto", "--db", db, "--from", "2026-13-01", "--to", "2026-11-02"]):
            assert run(k, *bad).returncode == 2, bad


# ---- the lists ---------------------------------------------------------------------------------------------

def read_list(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    assert raw.endswith("\r\n"), "RFC 4180 lines end in CRLF"
    return list(csv.DictReader(io.StringIO(raw, newline=""), strict=True))


def reachable(db):
    """customer id -> the person columns, for those the shop may write to (worked out here)."""
    out = {}
    for cid, first, last, phone, email, sms, mail, erased in sql(
            db, "SELECT id, first_name, last_name, phone, email, sms_consent, email_consent, erased_at FROM customers"):
        use_phone = bool(sms and phone)
        use_email = bool(mail and email)
        if erased is not None or not (use_phone or use_email):
            continue
        consent = "sms+email" if use_phone and use_email else "sms" if use_phone else "email"
        out[cid] = {"customer_id": cid, "first_name": first, "last_name": last,
                    "phone": phone if use_phone else "", "email": email if use_email else "", "consent": consent}
    return out


def lists(k, db, d, name, now, *extra):
    out = os.path.join(d, name + ".csv")
    r = run(k, "lists", name, "--db", db, "--now", now.isoformat(), "--out", out, *extra)
    ok(r)
    return read_list(out), r


def expected_birthdays(db, today, days):
    people = reachable(db)
    rows = []
    for cid, birthday in sql(db, "SELECT id, birthday FROM customers WHERE birthday IS NOT NULL"):
        if cid not in people:
            continue
        b = D.fromisoformat(birthday)
        for y in (today.year, today.year + 1):
            try:
                nxt = D(y, b.month, b.day)
            except ValueError:
                nxt = D(y, 2, 28)
            if nxt >= today:
                break
        if (nxt - today).days < days:
            rows.append({**people[cid], "birthday": birthday, "next_birthday": nxt.isoformat()})
    return sorted(rows, key=lambda r: (r["next_birthday"], r["customer_id"]))


def expected_dormant(db, today, days):
    people = reachable(db)
    rows = []
    for cid, last in sql(db, "SELECT customer_id, max(business_day) FROM receipts WHERE customer_id IS NOT NULL "
                             "GROUP BY customer_id"):
        since = (today - D.fromisoformat(last)).days
        if cid in people and since >= days:
            rows.append({**people[cid], "last_purchase": last, "days_since": str(since)})
    return sorted(rows, key=lambda r: (r["last_purchase"], r["customer_id"]))


def expected_expiring(db, now, days):
    people = reachable(db)
    found = {}
    t, until = int(now.timestamp()), int(now.timestamp()) + days * 86400
    for cid, remaining, available, expires in sql(db, "SELECT customer_id, remaining, available_at, expires_at "
                                                      "FROM lots WHERE expires_at IS NOT NULL"):
        if remaining > 0 and available <= t < expires <= until and cid in people:
            pts, first = found.get(cid, (0, expires))
            found[cid] = (pts + remaining, min(first, expires))
    rows = [{**people[c], "points": str(p), "first_expiry": datetime.datetime.fromtimestamp(f, ZONE).isoformat()}
            for c, (p, f) in found.items()]
    return sorted(rows, key=lambda r: (r["first_expiry"], r["customer_id"]))


def expected_client_day(db, today, program):
    p = next(p for p in rules(db)["programs"] if p["id"] == program)
    day = today + datetime.timedelta(days=p.get("announce_days_before", 0))
    cond = p.get("conditions", {})
    if cond.get("weekdays") and day.isoweekday() not in cond["weekdays"]:
        return []
    people = reachable(db)
    wanted = set(cond.get("segments", []))
    segs = {}
    for cid, segment in sql(db, "SELECT customer_id, segment FROM customer_segments"):
        segs.setdefault(cid, set()).add(segment)
    rows = []
    for cid in sorted(people):
        match = sorted(segs.get(cid, set()) & wanted)
        if wanted and not match:
            continue
        rows.append({**people[cid], "client_day": day.isoformat(), "segments": " ".join(match)})
    return rows


def add_unreachable(db, today):
    """Customers who qualify for every list but may not be written to: no consent, a consent without its
    contact, and an erased customer whose consent flags were left set. Each has a birthday tomorrow, an old
    purchase, points about to expire and the client day's segment."""
    con = sqlite3.connect(db)
    people = [("NOCONSENT", "+37250000001", "no@example.com", 0, 0, None),
              ("SMSNOPHONE", None, "nophone@example.com", 1, 0, None),
              ("MAILNOADDR", "+37250000002", None, 0, 1, None),
              ("ERASED", "+37250000003", "erased@example.com", 1, 1, "2026-01-01T00:00:00+00:00")]
    tomorrow = today + datetime.timedelta(days=1)
    noon = int(day_start(today).timestamp()) + 12 * 3600
    seq = con.execute("SELECT max(seq) FROM ledger").fetchone()[0]
    number = con.execute("SELECT max(number) FROM receipts").fetchone()[0]
    for i, (cid, phone, email, sms, mail, erased) in enumerate(people):
        con.execute("INSERT INTO customers(id, first_name, last_name, phone, email, birthday, created_at, "
                    "sms_consent, email_consent, erased_at) VALUES (?, 'Never', 'Listed', ?, ?, ?, "
                    "'2025-01-01T00:00:00+00:00', ?, ?, ?)",
                    (cid, phone, email, D(1990, tomorrow.month, tomorrow.day).isoformat(), sms, mail, erased))
        con.execute("INSERT INTO receipts(id, number, created_at, business_day, customer_id, gross, discount, net, "
                    "redeemed_points, redeemed_money, payable, points_earned, tier_spend, quote) "
                    "VALUES (?, ?, '2025-02-01T10:00:00+00:00', '2025-02-01', ?, 100, 0, 100, 0, 0, 100, 0, 100, '{}')",
                    ("R-" + cid, number + 1 + i, cid))
        seq += 1
        con.execute("INSERT INTO ledger(id, seq, customer_id, kind, points, created_at) "
                    "VALUES (?, ?, ?, 'accrue', 700, '2025-02-01T10:00:00+00:00')", ("L-" + cid, seq, cid))
        con.execute("INSERT INTO lots(id, customer_id, points, remaining, available_at, expires_at, ledger_seq) "
                    "VALUES (?, ?, 700, 700, 0, ?, ?)", ("L-" + cid, cid, noon + 86400, seq))
        con.execute("INSERT INTO customer_segments(customer_id, segment) VALUES (?, 'regular')", (cid,))
    con.commit()
    con.close()
    return {p[0] for p in people}


def add_edges(db, now):
    """Reachable customers on the edges of the windows: birthdays 6 and 7 days ahead (the default week is today
    and the 6 days after), last purchases 19 and 20 days ago (dormant for --days 20 at 20), points expiring
    exactly 30 days ahead and one second later, and points still on hold."""
    today = now.date()
    t = int(now.timestamp())
    con = sqlite3.connect(db)
    seq = con.execute("SELECT max(seq) FROM ledger").fetchone()[0]
    number = con.execute("SELECT max(number) FROM receipts").fetchone()[0]
    for i, (cid, birthday, bought, lot) in enumerate([
            ("EDGE-BDAY6", today + datetime.timedelta(days=6), None, None),
            ("EDGE-BDAY7", today + datetime.timedelta(days=7), None, None),
            ("EDGE-DORM19", None, today - datetime.timedelta(days=19), None),
            ("EDGE-DORM20", None, today - datetime.timedelta(days=20), None),
            ("EDGE-EXP30", None, None, (0, t + 30 * 86400)),
            ("EDGE-EXP30S", None, None, (0, t + 30 * 86400 + 1)),
            ("EDGE-HELD", None, None, (t + 1, t + 86400))]):
        con.execute("INSERT INTO customers(id, first_name, last_name, phone, birthday, created_at, sms_consent) "
                    "VALUES (?, 'Edge', ?, ?, ?, '2025-01-01T00:00:00+00:00', 1)",
                    (cid, cid, f"+3725100{i:04d}", birthday and D(1985, birthday.month, birthday.day).isoformat()))
        if bought:
            con.execute("INSERT INTO receipts(id, number, created_at, business_day, customer_id, gross, discount, "
                        "net, redeemed_points, redeemed_money, payable, points_earned, tier_spend, quote) VALUES "
                        "(?, ?, ?, ?, ?, 100, 0, 100, 0, 0, 100, 0, 100, '{}')",
                        ("R-" + cid, number + 1 + i, utc_text(day_start(bought) + datetime.timedelta(hours=12)),
                         bought.isoformat(), cid))
        if lot:
            seq += 1
            con.execute("INSERT INTO ledger(id, seq, customer_id, kind, points, created_at) "
                        "VALUES (?, ?, ?, 'accrue', 300, '2025-02-01T10:00:00+00:00')", ("L-" + cid, seq, cid))
            con.execute("INSERT INTO lots(id, customer_id, points, remaining, available_at, expires_at, ledger_seq) "
                        "VALUES (?, ?, 300, 300, ?, ?, ?)", ("L-" + cid, cid, lot[0], lot[1], seq))
    con.commit()
    con.close()


def case_edges(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        now = datetime.datetime.combine(last_day(db) + datetime.timedelta(days=3), datetime.time(10), ZONE)
        add_edges(db, now)
        got, _ = lists(k, db, d, "birthdays", now)
        assert got == expected_birthdays(db, now.date(), 7), got
        ids = {r["customer_id"] for r in got}
        assert "EDGE-BDAY6" in ids and "EDGE-BDAY7" not in ids, ids
        got, _ = lists(k, db, d, "dormant", now, "--days", "20")
        assert got == expected_dormant(db, now.date(), 20), got
        ids = {r["customer_id"] for r in got}
        assert "EDGE-DORM20" in ids and "EDGE-DORM19" not in ids, ids
        got, _ = lists(k, db, d, "expiring", now)
        assert got == expected_expiring(db, now, 30), got
        ids = {r["customer_id"] for r in got}
        assert "EDGE-EXP30" in ids and not ids & {"EDGE-EXP30S", "EDGE-HELD"}, ids


def expected_returns(db, frm, to):
    """Returns by the local day their money went out: with a receipt, without one (issue 6), and in total."""
    start, end = utc_text(day_start(frm)), utc_text(day_start(to + datetime.timedelta(days=1)))
    rows = []
    for kind, where in (("with_receipt", "receipt_id IS NOT NULL"), ("without_receipt", "receipt_id IS NULL"),
                        ("total", "1")):
        (n, money, reversed_, restored), = sql(
            db, f"SELECT count(*), coalesce(sum(money_back), 0), coalesce(sum(points_reversed), 0), "
                f"coalesce(sum(points_restored), 0) FROM refunds WHERE {where} AND created_at >= ? "
                f"AND created_at < ?", start, end)
        rows.append({"kind": kind, "returns": n, "money_back": money, "points_reversed": reversed_,
                     "points_restored": restored})
    return rows


def case_returns(k):
    """`kassactl report returns` counts the returns without a receipt beside the ones against a receipt."""
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        last = last_day(db)
        (owner,), = sql(db, "SELECT id FROM cashiers WHERE role = 'owner' LIMIT 1")
        # kassactl makes no returns: two are written as Store::refund_without_receipt writes them (its own tests
        # in tests/store prove that), one at local midnight of the last day (the day's first second) and one a
        # second before it (the day before).
        con = sqlite3.connect(db)
        for refund_id, moment, money in (("nr-in", day_start(last), 4990),
                                         ("nr-before", day_start(last) - datetime.timedelta(seconds=1), 1990)):
            con.execute("INSERT INTO refunds(id, receipt_id, created_at, cashier_id, money_back, kept_for_points, "
                        "points_reversed, points_restored, tier_spend, reason, tender, approved_by) VALUES "
                        "(?, NULL, ?, 'anna', ?, 0, 0, 0, 0, 'no receipt', 'cash', ?)",
                        (refund_id, utc_text(moment), money, owner))
        con.commit()
        con.close()
        money = {"money_back"}
        for frm, to in ((last, last), (last - datetime.timedelta(days=1), last - datetime.timedelta(days=1)),
                        (last - datetime.timedelta(days=59), last)):
            got_json, got_csv = report(k, db, "returns", frm, to)
            check("returns", got_json, got_csv, expected_returns(db, frm, to), money)
        got_json, _ = report(k, db, "returns", last, last)
        assert got_json[1] == {"kind": "without_receipt", "returns": 1, "money_back": 4990, "points_reversed": 0,
                               "points_restored": 0}, got_json
        whole, _ = report(k, db, "returns", last - datetime.timedelta(days=59), last)
        assert whole[0]["returns"] > 0, "the demo's returns against receipts are counted too"
        assert whole[1]["returns"] == 2 and whole[1]["money_back"] == 4990 + 1990, whole
        assert whole[2]["money_back"] == whole[0]["money_back"] + whole[1]["money_back"], whole


def case_lists(k):
    with tempfile.TemporaryDirectory() as d:
        db = demo(k, d)
        last = last_day(db)
        # A Monday after the demo's last day: the Wednesday client day (announced 2 days before) is due.
        today = last + datetime.timedelta(days=1)
        while today.isoweekday() != 1:
            today += datetime.timedelta(days=1)
        never = add_unreachable(db, today)
        now = datetime.datetime(today.year, today.month, today.day, 10, 0, tzinfo=ZONE)
        seen = set()

        def compare(name, got, expected, at_least):
            assert got == expected, f"{name}:\n got      {got}\n expected {expected}"
            assert len(got) >= at_least, f"{name}: {len(got)} rows, the case needs {at_least}"
            ids = {r["customer_id"] for r in got}
            assert not ids & never, f"{name} lists customers without consent: {ids & never}"
            seen.update(ids)

        got, _ = lists(k, db, d, "birthdays", now)
        compare("birthdays", got, expected_birthdays(db, today, 7), 0)
        got, _ = lists(k, db, d, "birthdays", now, "--days", "60")
        compare("birthdays 60", got, expected_birthdays(db, today, 60), 3)
        got, _ = lists(k, db, d, "dormant", now, "--days", "20")
        compare("dormant 20", got, expected_dormant(db, today, 20), 3)
        got, _ = lists(k, db, d, "dormant", now)  # no reactivation program in the demo: 90 days
        compare("dormant", got, expected_dormant(db, today, 90), 0)
        later = now + datetime.timedelta(days=100)
        got, _ = lists(k, db, d, "dormant", later)
        compare("dormant later", got, expected_dormant(db, later.date(), 90), 10)
        got, _ = lists(k, db, d, "expiring", now)
        compare("expiring", got, expected_expiring(db, now, 30), 0)
        first = sql(db, "SELECT min(expires_at) FROM lots WHERE remaining > 0 AND customer_id NOT IN "
                        "('NOCONSENT', 'SMSNOPHONE', 'MAILNOADDR', 'ERASED')")[0][0]
        when = datetime.datetime.fromtimestamp(first - 86400, ZONE)
        got, _ = lists(k, db, d, "expiring", when, "--days", "40")
        compare("expiring 40", got, expected_expiring(db, when, 40), 3)
        got, r = lists(k, db, d, "client-day", now, "--program", "wednesday")
        compare("client-day", got, expected_client_day(db, today, "wednesday"), 2)
        # The day after is not an announcement day: the file has its header and nobody, and stderr says why.
        tuesday = now + datetime.timedelta(days=1)
        got, r = lists(k, db, d, "client-day", tuesday, "--program", "wednesday")
        assert got == [] and b"announcement" in r.stderr, (got, r.stderr)
        with open(os.path.join(d, "client-day.csv"), encoding="utf-8", newline="") as f:
            assert f.readline() == ",".join(PERSON + ["client_day", "segments"]) + "\r\n"
        # Without the expected lists' own filters the planted customers would have qualified: they are in the
        # database with everything the lists look for, so their absence is the consent filter's doing.
        assert {c for c, in sql(db, "SELECT customer_id FROM customer_segments WHERE segment = 'regular'")} >= never
        # Both consent channels are exercised.
        kinds = {r["consent"] for r in expected_dormant(db, later.date(), 90)}
        assert {"sms", "email"} <= kinds or "sms+email" in kinds, kinds
        assert len(seen) >= 10
        # The control: give one planted customer her SMS consent and she is on the birthday list at once, so
        # the lists above left the others out for their consent and nothing else.
        con = sqlite3.connect(db)
        con.execute("UPDATE customers SET sms_consent = 1 WHERE id = 'NOCONSENT'")
        con.commit()
        con.close()
        got, _ = lists(k, db, d, "birthdays", now)
        assert "NOCONSENT" in {r["customer_id"] for r in got}, got
        assert got == expected_birthdays(db, today, 7)
        assert run(k, "lists", "client-day", "--db", db, "--out", os.path.join(d, "x.csv"),
                   "--program", "nosuch").returncode == 2
        assert run(k, "lists", "client-day", "--db", db, "--out", os.path.join(d, "x.csv")).returncode == 2


CASES = {"figures": case_figures, "lists": case_lists, "edges": case_edges, "returns": case_returns}

if __name__ == "__main__":
    CASES[sys.argv[2]](sys.argv[1])
    print("ok")
