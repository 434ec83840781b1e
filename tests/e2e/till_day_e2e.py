#!/usr/bin/env python3
"""A whole day at the real `kassa` on a real X server (Xvfb), with a network receipt printer: the ESC/POS
printer emulator on 127.0.0.1 (raw TCP, the port 9100 protocol) stores every byte the till sends.

The cashier opens the shift with a float, sells for cash (the drawer's pulse is in the receipt's bytes),
by card (no pulse), a mixed sale with points, card and cash, takes back one piece of it in cash, sells once
more while the printer is unplugged (the sale is saved at once; the receipt prints once when the printer is
back), takes cash out to the bank and closes the shift with a count 0.50 short. Then:
- every printed job is decoded by the test's own ESC/POS reader (tests/support/escpos_decode.py, written from
  the command reference, not from Kassa's encoder): each receipt's Code 128 `R<number>` is printed exactly
  once, the pulses are where cash moved and nowhere else;
- the Z report's printed figures (sales by tender, returns, expected and counted cash, over/short, VAT) equal
  what independent SQL over the shop file says;
- `kassactl export` writes shifts.csv, read back with Python's csv module, with the same figures.
The printed mixed receipt is drawn as a PNG from its bytes (the picture in the README and docs/till.md).

Usage: till_day_e2e.py KASSA KASSACTL OUTDIR
"""
import csv
import decimal
import glob
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time

from xtill import Till, Xvfb, demo_shop, fail

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORT = os.path.join(HERE, "..", "support")
sys.path.insert(0, SUPPORT)
import escpos_decode  # noqa: E402  (the test's own decoder)

KASSA, KASSACTL, OUTDIR = sys.argv[1:4]
PROFILE = "epson_tm_t20"


class Printer:
    """The printer emulator process and its control connection."""

    def __init__(self, directory):
        self.directory = directory
        self.process = subprocess.Popen(
            [sys.executable, os.path.join(SUPPORT, "escpos_printer_emulator.py"), directory, "--lifetime", "900"],
            stdout=subprocess.PIPE, text=True)
        words = self.process.stdout.readline().split()
        if len(words) != 3 or words[0] != "PORT":
            fail(f"the printer emulator did not start: {words}")
        self.port = int(words[1])
        self.control = socket.create_connection(("127.0.0.1", int(words[2])), timeout=30)
        self.answers = self.control.makefile("r")

    def command(self, line):
        self.control.sendall((line + "\n").encode())
        answer = self.answers.readline().strip()
        if answer != "ok":
            fail(f"the printer emulator answered {answer!r} to {line!r}")

    def jobs(self):
        """Every connection's job bytes (status requests removed), decoded, in the order they came."""
        found = []
        paths = glob.glob(os.path.join(self.directory, "conn-*.job"))
        for path in sorted(paths, key=lambda p: int(os.path.basename(p)[5:-4])):
            with open(path, "rb") as f:
                data = f.read()
            if not data:
                continue  # a status check: nothing printed
            try:
                found.append((path, escpos_decode.decode(data, PROFILE)))
            except escpos_decode.DecodeError as e:
                fail(f"{path} is not clean ESC/POS: {e}")
        return found

    def stop(self):
        try:
            self.command("quit")
        finally:
            self.control.close()
            self.process.wait(timeout=10)


def minor(text):
    """'1,234.50' or '-3.20' or '+0.10' (the en till's figures) as minor units."""
    cleaned = text.replace(",", "").replace("\u00a0", "").replace("+", "")
    return int(decimal.Decimal(cleaned) * 100)


def barcodes(elements):
    return [e["text"] for e in elements if e["type"] == "barcode"]


def pulses(elements):
    return [e for e in elements if e["type"] == "pulse"]


def text_lines(elements):
    return [e["text"] for e in elements if e["type"] == "text"]


def last_word(lines, label, after=None):
    """The last word of the printed line that starts with `label` (the first such after the line `after`)."""
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if line.strip() == after) + 1
    for line in lines[start:]:
        if line.strip().startswith(label):
            return line.split()[-1]
    fail(f"no line '{label}' in the printed report:\n" + "\n".join(lines))


def figure(lines, label, after=None):
    return minor(last_word(lines, label, after))


def pick(db):
    with sqlite3.connect(db) as con:
        barcode = con.execute(
            "SELECT b.barcode FROM product_barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE p.active = 1 AND p.by_weight = 0 AND p.price BETWEEN 1500 AND 8000 "
            "AND p.category <> 'gift_cards' ORDER BY p.sku LIMIT 1").fetchone()[0]
        # The customer with the most points usable today (not on hold, not expired), so the mixed sale can pay
        # with some.
        now = int(time.time())
        card = con.execute(
            "SELECT c.number FROM cards c JOIN customers k ON k.id = c.customer_id "
            "JOIN lots l ON l.customer_id = k.id AND l.remaining > 0 AND l.available_at <= ?1 "
            "AND (l.expires_at IS NULL OR l.expires_at > ?1) "
            "WHERE c.status = 'active' AND k.personal_consent = 1 GROUP BY c.number "
            "ORDER BY sum(l.remaining) DESC, c.number LIMIT 1", (now,)).fetchone()[0]
    return barcode, card


def last_receipt(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id, number, payable, change, redeemed_points FROM receipts "
                           "ORDER BY number DESC LIMIT 1").fetchone()


def payments(db, receipt_id):
    with sqlite3.connect(db) as con:
        return sorted(con.execute("SELECT method, amount FROM payments WHERE receipt_id = ?", (receipt_id,)))


def shift_figures(db):
    """What the shift's money was, from the shop file by the test's own SQL."""
    with sqlite3.connect(db) as con:
        shift_id, opening = con.execute(
            "SELECT id, opening_float FROM shifts ORDER BY opened_at DESC LIMIT 1").fetchone()
        tender = dict(con.execute(
            "SELECT p.method, sum(p.amount) FROM payments p JOIN receipts r ON r.id = p.receipt_id "
            "WHERE r.shift_id = ? GROUP BY p.method", (shift_id,)).fetchall())
        change = con.execute("SELECT coalesce(sum(change), 0), count(*) FROM receipts WHERE shift_id = ?",
                             (shift_id,)).fetchone()
        back = dict(con.execute("SELECT tender, sum(money_back) FROM refunds WHERE shift_id = ? GROUP BY tender",
                                (shift_id,)).fetchall())
        moved = dict(con.execute("SELECT kind, sum(amount) FROM cash_movements WHERE shift_id = ? GROUP BY kind",
                                 (shift_id,)).fetchall())
        vat_sold = con.execute(
            "SELECT coalesce(sum(l.vat), 0) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id "
            "WHERE r.shift_id = ?", (shift_id,)).fetchone()[0]
        vat_back = con.execute(
            "SELECT coalesce(sum(rl.vat), 0) FROM refund_lines rl JOIN refunds f ON f.id = rl.refund_id "
            "WHERE f.shift_id = ?", (shift_id,)).fetchone()[0]
    cash = tender.get("cash", 0) - change[0]
    return {
        "shift_id": shift_id,
        "cash_sales": cash,
        "card_sales": tender.get("card", 0),
        "cash_returns": back.get("cash", 0),
        "cash_out": moved.get("out", 0),
        "receipts": change[1],
        "expected": opening + cash - back.get("cash", 0) + moved.get("in", 0) - moved.get("out", 0),
        "vat": vat_sold - vat_back,
    }


def pay(till, *steps):
    """F12, then each step: ("card", amount) or ("cash", amount or "" for exactly what is left)."""
    till.xdotool("key", "F12")
    till.dialog("PaymentDialog", "^Payment$")
    for method, amount in steps:
        if amount:
            till.xdotool("type", "--delay", "5", amount)
        till.xdotool("key", "F2" if method == "card" else "Return")
    return till.wait_for("sale_committed")


def main():
    work, db = demo_shop(KASSACTL, OUTDIR, "kassa-day-")
    barcode, card = pick(db)
    os.makedirs(os.path.join(work, "printer"))
    printer = Printer(os.path.join(work, "printer"))
    try:
        day(db, work, printer, barcode, card)
    finally:
        # Also when the test fails: a live emulator would hold ctest's output pipe open until its lifetime ends.
        if printer.process.poll() is None:
            printer.process.kill()
            printer.process.wait()
    shutil.rmtree(work, ignore_errors=True)


def day(db, work, printer, barcode, card):
    subprocess.run([KASSACTL, "printer", "set", "--db", db, "--url", f"tcp://127.0.0.1:{printer.port}",
                    "--profile", PROFILE], check=True, stdout=subprocess.DEVNULL, timeout=60)
    x = Xvfb()
    receipts = {}
    try:
        till = Till(KASSA, db, x.display, OUTDIR)
        try:
            till.wait_for("ready")
            till.type_line("1234")
            till.wait_for("logged_in")
            till.dialog("OpenShiftDialog", "^Open the shift$")
            till.type_line("100")
            opened = till.wait_for("shift_opened")
            till.wait_for("sale_screen_focused", after=opened)

            # 1. Cash, with change.
            till.type_line(barcode)
            till.wait_for("product_added")
            done = pay(till, ("cash", "100"))
            till.wait_for("print_job printed", after=done)
            receipts["cash"] = last_receipt(db)

            # 2. Card.
            till.type_line(barcode)
            till.wait_for("product_added")
            done = pay(till, ("card", ""))
            till.wait_for("print_job printed", after=done)
            receipts["card"] = last_receipt(db)

            # 3. Mixed: two pieces for the customer with the most points, part points, 5.00 card, the rest cash.
            till.type_line(barcode)
            till.wait_for("product_added")
            till.type_line(barcode)
            till.wait_for("product_added")
            till.type_line(card)
            till.wait_for("customer_identified")
            till.xdotool("key", "F6")
            till.dialog("RedeemDialog", "^Pay with points$")
            till.type_line("")  # Enter: the most the rules allow
            till.wait_for("redeem_set")
            done = pay(till, ("card", "5"), ("cash", ""))
            till.wait_for("print_job printed", after=done)
            receipts["mixed"] = last_receipt(db)
            if receipts["mixed"][4] <= 0:
                fail("the mixed sale used no points")

            # 4. One piece of the mixed sale back, in cash (the return dialog's default tender).
            till.xdotool("key", "F8")
            till.dialog("ReturnDialog", "^Return$")
            till.type_line(f"R{receipts['mixed'][1]}")  # the barcode on the receipt, as a scanner types it
            step = till.wait_for("return receipt_opened")
            till.type_line("1")  # the cursor waits in "Back now" of the first line
            step = till.wait_for("return quantity_changed", after=step)
            till.xdotool("key", "F12")  # asks for the reason and puts the cursor there
            till.wait_for("return return_reason_needed", after=step)
            till.type_line("too small")
            done = till.wait_for("return_committed")
            till.wait_for("print_job printed", after=done)

            # 5. The printer's cable is pulled: the sale is saved at once, the receipt waits in the queue.
            printer.command("unplugged")
            till.type_line(barcode)
            till.wait_for("product_added")
            done = pay(till, ("cash", ""))
            receipts["queued"] = last_receipt(db)
            till.wait_for_any({"printer refused", "printer unreachable", "print_job refused",
                               "print_job unreachable"}, after=done)
            till.screenshot("till-printer-unplugged.png")
            printer.command("normal")
            till.wait_for("print_job printed", after=done)

            # 6. Cash out to the bank, then the Z report with the drawer counted 0.50 short.
            till.xdotool("key", "ctrl+F10")
            till.dialog("ShiftDialog", "^Shift$")
            till.xdotool("key", "F3")
            till.dialog("CashMovementDialog", "^Cash out$")
            till.xdotool("type", "--delay", "5", "20")
            till.xdotool("key", "Tab")
            till.type_line("to the bank")
            moved = till.wait_for("shift cash_moved")
            till.wait_for("print_job printed", after=moved)  # the drawer's pulse
            before_close = shift_figures(db)
            counted = before_close["expected"] - 50
            till.xdotool("key", "F10")
            till.dialog("CloseShiftDialog", "^Close the shift")
            for _ in range(15):  # past the notes and coins to "Counted in total"
                till.xdotool("key", "Tab")
            till.xdotool("type", "--delay", "5", f"{counted / 100:.2f}")
            till.xdotool("key", "Tab")  # "Left in the drawer": all of it selected
            till.type_line("100")
            closed = till.wait_for("shift shift_closed")
            till.wait_for("print_job printed", after=closed)
            till.screenshot("till-z-report.png")
            till.xdotool("key", "Escape")
            till.wait_for("shift_closed", after=closed)
        finally:
            till.stop()
    finally:
        x.stop()

    jobs = printer.jobs()
    printer.stop()
    with sqlite3.connect(db) as con:
        left = con.execute("SELECT count(*) FROM print_jobs").fetchone()[0]
    if left:
        fail(f"{left} print jobs are still queued at the end of the day")

    # Each receipt's number is printed exactly once; the return slip names the receipt it returns.
    printed = [code for _, elements in jobs for code in barcodes(elements)]
    for name, receipt in receipts.items():
        code = f"R{receipt[1]}"
        if printed.count(code) != 1:
            fail(f"the {name} receipt's barcode {code} was printed {printed.count(code)} times: {printed}")
    print(f"receipts printed once each: {printed}")

    # Pulses where cash went in or out: cash sale, mixed sale, cash return, queued cash sale, cash out.
    def job_with(code):
        return next(elements for _, elements in jobs if code in barcodes(elements))

    for name, wanted in (("cash", 1), ("card", 0), ("mixed", 1), ("queued", 1)):
        got = len(pulses(job_with(f"R{receipts[name][1]}")))
        if got != wanted:
            fail(f"the {name} sale's receipt carries {got} drawer pulses, expected {wanted}")
    drawer_only = [elements for _, elements in jobs if pulses(elements) and not text_lines(elements)]
    if len(drawer_only) != 1:
        fail(f"expected one drawer opening without paper (the cash out), found {len(drawer_only)}")
    all_pulses = [p for _, elements in jobs for p in pulses(elements)]
    if len(all_pulses) != 5:  # cash sale, mixed sale, the return slip, the queued cash sale, the cash out
        fail(f"expected 5 drawer openings in the day, found {len(all_pulses)}")
    if any(p["pin"] != 2 for p in all_pulses):
        fail("a pulse went to another pin than the profile's (2)")
    if payments(db, receipts["mixed"][0]) != [("card", 500), ("cash", receipts["mixed"][2] - 500)]:
        fail(f"the mixed sale's payments are {payments(db, receipts['mixed'][0])}")
    print("the drawer opened for every cash payment, the return and the cash out, never for the card sale")

    # The Z report as printed, against the test's own SQL.
    z_jobs = [text_lines(elements) for _, elements in jobs
              if any(line.strip().startswith("Z report") for line in text_lines(elements))]
    if len(z_jobs) != 1:
        fail(f"expected one printed Z report, found {len(z_jobs)}")
    z = z_jobs[0]
    figures = shift_figures(db)
    checks = [
        ("cash sales", figure(z, "Cash", after="Sales"), figures["cash_sales"]),
        ("card sales", figure(z, "Card", after="Sales"), figures["card_sales"]),
        ("cash returns", figure(z, "Cash", after="Returns"), -figures["cash_returns"]),
        ("cash out", figure(z, "Cash out"), -figures["cash_out"]),
        ("expected cash", figure(z, "Expected in drawer"), figures["expected"]),
        ("counted", figure(z, "Counted"), counted),
        ("over/short", figure(z, "Over (+) / short (-)"), -50),
        ("receipts", int(last_word(z, "Receipts")), figures["receipts"]),
    ]
    vat_start = next(i for i, line in enumerate(z) if line.startswith("VAT included")) + 1
    vat_lines = []
    for line in z[vat_start:]:
        if not line.startswith("  "):
            break
        vat_lines.append(line)
    checks.append(("VAT", sum(minor(line.split()[-1]) for line in vat_lines), figures["vat"]))
    for what, printed_figure, sql in checks:
        if printed_figure != sql:
            fail(f"the printed Z report says {what} {printed_figure}, the shop file says {sql}:\n" + "\n".join(z))
    if figures["vat"] <= 0 or figures["cash_returns"] <= 0:
        fail(f"the day has no VAT or no cash return to compare: {figures}")
    print("the printed Z report agrees with independent SQL: " +
          ", ".join(f"{what} {value}" for what, value, _ in checks))

    # The accountant's shifts.csv, read back by Python's csv reader.
    with sqlite3.connect(db) as con:
        day = con.execute("SELECT business_day FROM shifts WHERE id = ?", (figures["shift_id"],)).fetchone()[0]
    out = os.path.join(work, "export")
    # As the nightly job does it: after the day is over (a day later by the export's own clock).
    tomorrow = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() + 86400))
    subprocess.run([KASSACTL, "export", "--db", db, "--out", out, "--day", day, "--now", tomorrow], check=True,
                   stdout=subprocess.DEVNULL, timeout=120)
    found = glob.glob(os.path.join(out, "**", "shifts.csv"), recursive=True)
    if len(found) != 1:
        fail(f"expected one shifts.csv in the export, found {found}")
    with open(found[0], newline="", encoding="utf-8-sig") as f:
        rows = [r for r in csv.DictReader(f) if r["shift_id"] == figures["shift_id"]]
    if len(rows) != 1:
        fail(f"shifts.csv has {len(rows)} rows for the day's shift")
    row = rows[0]
    for column, wanted in (("expected_cash_minor", figures["expected"]), ("counted_cash_minor", counted),
                           ("over_short_minor", -50), ("opening_float_minor", 10000),
                           ("left_in_drawer_minor", 10000), ("sales_cash_minor", figures["cash_sales"]),
                           ("sales_card_minor", figures["card_sales"]), ("returns_cash_minor", figures["cash_returns"]),
                           ("cash_out_minor", figures["cash_out"]), ("receipts", figures["receipts"]),
                           ("returns", 1)):
        if int(row[column]) != wanted:
            fail(f"shifts.csv says {column} {row[column]}, expected {wanted}")
    print(f"shifts.csv agrees: z {row['z_number']}, expected {row['expected_cash']}, counted {row['counted_cash']}")

    # The mixed sale's receipt as the customer got it, drawn from its bytes.
    picture = os.path.join(OUTDIR, "printed-receipt.png")
    escpos_decode.render_png(job_with(f"R{receipts['mixed'][1]}"), escpos_decode.PROFILES[PROFILE]["dots"],
                             picture)
    colours = subprocess.run(["identify", "-format", "%k", picture], capture_output=True, text=True,
                             check=True).stdout
    if int(colours) < 2:
        fail(f"{picture} is blank")
    print(f"the printed receipt drawn from its ESC/POS bytes: {picture}")


if __name__ == "__main__":
    main()
