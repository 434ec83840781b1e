#!/usr/bin/env python3
"""The real `kassa` binary on a real X server (Xvfb), driven by xdotool as a cashier and a keyboard-wedge
scanner would: log in, scan a product, scan a loyalty card, pay cash. The receipt must then be in the shop's
SQLite file, read here with Python's own sqlite3 module. A second run kills the till with SIGKILL in the
middle of a sale and checks that the restarted till brings the basket back and sells it exactly once.

The till writes one line per thing it did to stderr ("kassa: product_added"); the test waits for those
lines (with a deadline) instead of sleeping. It saves screenshots next to itself in the build tree; the
README's screenshot is one of them.

Usage: till_e2e.py KASSA KASSACTL OUTDIR
"""
import os
import shutil
import signal
import sqlite3
import sys
import time

from xtill import Till as XTill, Xvfb, demo_shop, fail

KASSA, KASSACTL, OUTDIR = sys.argv[1:4]
TEST_PAN = "4111111111111111"  # the ISO test Visa number: never a real card


def Till(db, display):
    return XTill(KASSA, db, display, OUTDIR)


def pick(db):
    """A piece product and a named customer's active card, chosen by an independent reader."""
    with sqlite3.connect(db) as con:
        barcode, sku = con.execute(
            "SELECT b.barcode, p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE p.active = 1 AND p.by_weight = 0 AND p.price > 0 AND p.category <> 'gift_cards' "
            "ORDER BY p.sku LIMIT 1").fetchone()
        card, customer, first_name = con.execute(
            "SELECT c.number, k.id, k.first_name FROM cards c JOIN customers k ON k.id = c.customer_id "
            "WHERE c.status = 'active' AND k.personal_consent = 1 AND k.first_name <> '' "
            "ORDER BY c.number LIMIT 1").fetchone()
    return barcode, sku, card, customer, first_name


def receipts(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id, customer_id, payable FROM receipts ORDER BY number").fetchall()


def receipt_skus(db, receipt_id):
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT sku FROM receipt_lines WHERE receipt_id = ?", (receipt_id,))]


def check_no_card_digits(log, db):
    """The digits of TEST_PAN appear nowhere: not in a line the till wrote to stderr (the journal), not in
    the shop's file or its write-ahead log, read as raw bytes (deleted pages included)."""
    for line in log:
        if TEST_PAN in line.replace(" ", ""):
            fail(f"the till's log holds the bank card number: {line!r}")
    for path in (db, db + "-wal"):
        if os.path.exists(path):
            with open(path, "rb") as f:
                if TEST_PAN.encode() in f.read():
                    fail(f"{path} holds the bank card number")


def main():
    work, db = demo_shop(KASSACTL, OUTDIR, "kassa-e2e-")
    barcode, sku, card, customer, first_name = pick(db)
    before = receipts(db)
    x = Xvfb()
    try:
        # ---- a sale from scan to receipt ----
        till = Till(db, x.display)
        try:
            till.wait_for("ready")
            cold_start_ms = (time.monotonic() - till.started) * 1000
            till.type_line("1234")  # the login dialog: the owner Maria is preselected
            till.wait_for("logged_in")
            # The demo shop has no open shift: the till asks for the float counted in the drawer first.
            till.wait_for("dialog OpenShiftDialog")
            till.xdotool("search", "--sync", "--onlyvisible", "--name", "^Open the shift")
            till.type_line("100")
            opened = till.wait_for("shift_opened")
            till.wait_for("sale_screen_focused", after=opened)
            till.type_line(TEST_PAN)  # a bank card's number typed at the till: refused, nothing of it kept
            till.wait_for("bank_card")
            till.type_line(barcode)
            till.wait_for("product_added")
            till.type_line(card)
            till.wait_for("customer_identified")
            shot = till.screenshot("till-sale.png")
            till.xdotool("key", "F12")
            till.wait_for("dialog PaymentDialog")
            till.xdotool("key", "Return")  # an empty amount: cash, exactly what is left
            till.wait_for("sale_committed")
            till.screenshot("till-receipt.png")
        finally:
            till.stop()
        after = receipts(db)
        if len(after) != len(before) + 1:
            fail(f"expected one new receipt, found {len(after) - len(before)}")
        receipt_id, receipt_customer, payable = after[-1]
        if receipt_customer != customer:
            fail(f"the receipt belongs to {receipt_customer}, not to {first_name} ({customer})")
        if receipt_skus(db, receipt_id) != [sku]:
            fail(f"the receipt's lines are {receipt_skus(db, receipt_id)}, expected [{sku}]")
        if payable <= 0:
            fail("the receipt has nothing to pay")
        print(f"sale committed through the real window: receipt {receipt_id}, payable {payable}; "
              f"cold start to login {cold_start_ms:.0f} ms; screenshot {shot}")
        check_no_card_digits(till.log, db)
        print("a bank card number typed at the till is in neither the till's log nor the shop's file")

        # ---- kill -9 in the middle of a sale loses nothing ----
        count = len(receipts(db))
        till = Till(db, x.display)
        try:
            till.wait_for("ready")
            till.type_line("1234")
            till.wait_for("logged_in")
            till.wait_for("sale_screen_focused")
            till.type_line(barcode)
            till.wait_for("product_added")
            till.type_line(barcode)
            till.wait_for("product_added")
            # The owner's desk opens over the sale (the owner is logged in: no PIN asked), and the kill
            # below comes with it open.
            till.xdotool("key", "F11")
            till.wait_for("dialog OwnerWindow")
            till.wait_for("owner_desk_shown")
            # Mapped by the X server (there is no window manager to ask): then the picture shows the desk.
            till.xdotool("search", "--sync", "--onlyvisible", "--name", "^Owner")
            till.screenshot("owner-desk.png")
        finally:
            till.process.send_signal(signal.SIGKILL)
            till.process.wait()
        if len(receipts(db)) != count:
            fail("a receipt was committed before payment")
        till = Till(db, x.display)
        try:
            till.wait_for("ready")
            till.type_line("1234")
            till.wait_for("logged_in")
            till.wait_for("sale_screen_focused")
            till.wait_for("basket_recovered")
            till.xdotool("key", "F12")
            till.wait_for("dialog PaymentDialog")
            till.xdotool("key", "Return")
            till.wait_for("sale_committed")
        finally:
            till.stop()
        after = receipts(db)
        if len(after) != count + 1:
            fail(f"after the restart expected exactly one more receipt, found {len(after) - count}")
        with sqlite3.connect(db) as con:
            qty = con.execute("SELECT sum(qty) FROM receipt_lines WHERE receipt_id = ?", (after[-1][0],)).fetchone()[0]
        if qty != 2000:
            fail(f"the recovered sale has quantity {qty / 1000}, expected the 2 pieces scanned before the kill")
        print("kill -9 mid-sale: the basket came back and was sold once")
    finally:
        x.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
