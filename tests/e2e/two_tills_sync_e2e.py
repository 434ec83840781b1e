#!/usr/bin/env python3
"""Two real `kassa` processes on two shop files joined to one office database (a real PostgreSQL 15 started
here, docs/sync.md), each on its own Xvfb, driven by xdotool: a customer enrolled at till 1 through its enrol
dialog is found by her phone at till 2 once the tills' background sync has carried her over, and both sale
screens say "Office: in sync". Nothing is synced by hand: till 1's enrolment wakes its runner, till 2 pulls on
its interval (1 s). Lines the tills write ("kassa: office in_sync", "kassa: customer_identified") are waited
for with a deadline; till 2 is asked again after each answer until the deadline.

Usage: two_tills_sync_e2e.py KASSA KASSACTL OUTDIR PG_BINDIR
"""
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from xtill import DEADLINE_S, Till as XTill, Xvfb, fail

KASSA, KASSACTL, OUTDIR, PG_BINDIR = sys.argv[1:5]
PHONE = "5550 7788"
FIRST_NAME = "Helje"


class Postgres:
    """PostgreSQL in a temporary folder on a unix socket only, as tests/support/postgres_server.hpp starts it
    (through runuser as nobody when the test runs as root: PostgreSQL refuses root)."""

    def __init__(self, work):
        self.dir = tempfile.mkdtemp(prefix="kassa-pg-", dir="/tmp")
        self.as_server = []
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.dir, nobody.pw_uid, nobody.pw_gid)
            self.as_server = ["runuser", "-u", "nobody", "--"]
        self.password_file = os.path.join(work, "office.pw")
        with open(self.password_file, "w") as f:
            f.write("till-secret-7\n")
        os.chmod(self.password_file, 0o600)
        initdb_pw = os.path.join(self.dir, "initdb.pw")
        with open(initdb_pw, "w") as f:
            f.write("till-secret-7\n")
        os.chmod(initdb_pw, 0o600)
        if self.as_server:
            os.chown(initdb_pw, nobody.pw_uid, nobody.pw_gid)
        self.run("initdb", "-D", self.dir + "/data", "-U", "kassa", "--pwfile=" + initdb_pw, "-A",
                 "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "-N")
        os.remove(initdb_pw)
        self.run("pg_ctl", "-D", self.dir + "/data", "-l", self.dir + "/server.log", "-w", "-t", "60", "-o",
                 f"-k {self.dir} -c listen_addresses= -c fsync=off", "start")
        self.url = f"postgresql://kassa@/postgres?host={self.dir}"

    def run(self, tool, *args):
        subprocess.run(self.as_server + [os.path.join(PG_BINDIR, tool), *args], cwd=self.dir, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    def stop(self):
        subprocess.run(self.as_server + [os.path.join(PG_BINDIR, "pg_ctl"), "-D", self.dir + "/data", "-m",
                                         "immediate", "-w", "-t", "30", "stop"],
                       cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        shutil.rmtree(self.dir, ignore_errors=True)


def kassactl(*args):
    r = subprocess.run([KASSACTL, *args], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        fail(f"kassactl {' '.join(args)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r.stdout


def customers_named(db, first_name):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM customers WHERE first_name = ?", (first_name,)).fetchone()[0]


def look_up_until_found(till, end):
    """Types her phone at the sale screen as a cashier would until the till greets her or `end` passes: until
    her row is in the till's file the number is nothing it knows, and a key the X server delivers late under a
    loaded machine may make one look-up a scan of an unknown code. Returns the number of look-ups."""
    attempts = 0
    while True:
        attempts += 1
        till.type_by_hand(PHONE)
        _, outcome = till.wait_for_any({"customer_identified", "customer_not_found", "unknown_barcode"})
        if outcome == "customer_identified":
            return attempts
        if time.monotonic() > end:
            fail(f"the till never found the customer enrolled at till 1 ({attempts} attempts):\n"
                 + "\n".join(till.log))


def open_till(db, display, name):
    os.makedirs(os.path.join(OUTDIR, name), exist_ok=True)
    till = XTill(KASSA, db, display, os.path.join(OUTDIR, name))
    till.wait_for("ready")
    till.wait_for("office sync every 1 s")
    till.type_line("1234")  # the demo shop's owner Maria
    till.wait_for("logged_in")
    till.wait_for("dialog OpenShiftDialog")
    till.xdotool("search", "--sync", "--onlyvisible", "--name", "^Open the shift")
    till.type_line("100")
    opened = till.wait_for("shift_opened")
    till.wait_for("sale_screen_focused", after=opened)
    return till


def main():
    for tool in ("Xvfb", "xdotool", "import", "identify"):
        if not shutil.which(tool):
            fail(f"{tool} is not installed (scripts/install-deps.sh installs it)")
    os.makedirs(OUTDIR, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kassa-e2e-sync-")
    office = Postgres(work)
    displays = []
    tills = []
    try:
        dbs = [os.path.join(work, "till1.kassa"), os.path.join(work, "till2.kassa")]
        # Two small demo shops of different seeds: different customers, so only the one enrolled below is
        # new to both. (A phone or card number both demos made is kept as a conflict; nothing here uses one.)
        for seed, db in zip(("5", "6"), dbs):
            kassactl("demo", "--db", db, "--customers", "10", "--days", "2", "--seed", seed)
            kassactl("settings", "set", "--db", db, "sync_interval=1", "--actor", "maria")
            if customers_named(db, FIRST_NAME):
                fail(f"the demo shop {db} already has a {FIRST_NAME}")
        address = ["--url", office.url, "--password-file", office.password_file]
        kassactl("central", "init", *address)
        kassactl("central", "company", "add", *address, "Liis OÜ")
        kassactl("central", "shop", "add", *address, "--company", "Liis OÜ", "Tallinn")
        for i, db in enumerate(dbs, start=1):
            kassactl("central", "join", *address, "--db", db, "--shop", "Tallinn", "--till", f"till {i}")

        for i, db in enumerate(dbs, start=1):
            x = Xvfb()
            displays.append(x)
            tills.append(open_till(db, x.display, f"till{i}"))
        till1, till2 = tills
        for till in tills:
            till.wait_for("office in_sync")  # each till's history went to the office

        # ---- Helje enrols at till 1 ----
        till1.xdotool("key", "F7")
        till1.dialog("EnrolDialog", "^Enrol a customer")
        till1.xdotool("type", "--delay", "5", FIRST_NAME)
        till1.xdotool("key", "Tab")
        till1.xdotool("type", "--delay", "5", "Tamm")
        till1.xdotool("key", "Tab")
        till1.xdotool("type", "--delay", "5", PHONE)
        # Birthday, e-mail and card stay empty; the personal-data consent is ticked.
        for _ in range(4):
            till1.xdotool("key", "Tab")
        till1.xdotool("key", "space")
        till1.xdotool("key", "Return")
        till1.wait_for("customer_enrolled")
        till1.screenshot("till1-enrolled.png")

        # ---- till 2 finds her by phone once its background sync has pulled her ----
        end = time.monotonic() + DEADLINE_S
        attempts = look_up_until_found(till2, end)
        # Asked once more: the till's answer to these keys comes after it painted the first one, so the
        # picture shows her on the customer panel.
        look_up_until_found(till2, end)
        shot = till2.screenshot("till2-greets.png")
        if customers_named(dbs[1], FIRST_NAME) != 1:
            fail(f"till 2's shop file does not hold {FIRST_NAME} once")
        with sqlite3.connect(dbs[0]) as con:
            (left,), = con.execute("SELECT count(*) FROM sync_outbox").fetchall()
        print(f"a customer enrolled at till 1 was found at till 2 after {attempts} look-up(s), synced in the "
              f"background; till 1's outbox holds {left} rows; screenshot {shot}")
    finally:
        for till in tills:
            till.stop()
        for x in displays:
            x.stop()
        office.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
