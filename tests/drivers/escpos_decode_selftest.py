#!/usr/bin/env python3
"""The ESC/POS test decoder on hand-written bytes: what it must read, and what it must refuse (so a check
built on it can fail)."""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from escpos_decode import DecodeError, decode  # noqa: E402

failures = []


def check(name, condition):
    if not condition:
        failures.append(name)


def refused(name, data, profile="epson_tm_t20"):
    try:
        decode(data, profile)
    except DecodeError:
        return
    failures.append(f"{name}: accepted")


# A receipt written byte by byte from the reference.
good = (b"\x1b@" + b"\x1ba\x01\x1bE\x01\x1d!\x11" + b"KASSA\n"
        + b"\x1ba\x00\x1bE\x00\x1d!\x00"
        + b"\x1bt\x11" + "Цена ".encode("cp866") + b"\x1bt\x33" + "õun".encode("cp1257") + b"\n"
        + b"\x1dh\x50\x1dw\x02\x1dH\x02\x1dk\x49\x08{Ba{{b-1"
        + b"\x1dv0\x00\x02\x00\x02\x00\xff\xc0\x80\x40"
        + b"\x1bd\x02\x1dV\x42\x00\x1bp\x00\x32\x64\x10\x04\x01")
els = decode(good)
types = [e["type"] for e in els]
check("element types",
      types == ["init", "text", "text", "barcode", "raster", "feed", "cut", "pulse", "status_request"])
check("bold centred double title",
      els[1] == {"type": "text", "text": "KASSA", "align": "center", "bold": True, "width": 2, "height": 2,
                 "font": "a", "code_pages": []})
check("code page switch inside a line",
      els[2]["text"] == "Цена õun" and els[2]["code_pages"] == ["cp866", "cp1257"])
check("Code 128 with {{ undone", els[3]["symbology"] == "CODE128" and els[3]["text"] == "a{b-1"
      and els[3]["height"] == 80 and els[3]["module"] == 2 and els[3]["hri"] == "below")
check("raster", els[4]["width"] == 16 and els[4]["height"] == 2 and els[4]["black"] == 12)
check("feed", els[5]["lines"] == 2)
check("cut", els[6]["kind"] == "partial" and els[6]["feed"] == 0)
check("pulse", els[7] == {"type": "pulse", "pin": 2, "on_ms": 100, "off_ms": 200})
check("DLE EOT", els[8] == {"type": "status_request", "n": 1})
# The same number selects a different page on another maker's printer.
check("xprinter page 25", decode(b"\x1bt\x19\xf5\n", "xprinter_80")[0]["text"] == "õ")

refused("unknown ESC command", b"\x1b@\x1b\x99\x00")
refused("unknown GS command", b"\x1b@\x1d\x01")
refused("stray control byte", b"\x1b@a\x07b\n")
refused("high byte before ESC t", b"\x1b@\xf5\n")
refused("code page the printer lacks", b"\x1b@\x1bt\x2e\xc0\n", "generic_80")
refused("byte undefined in the page", b"\x1b@\x1bt\x33\xa1\n")
refused("line never ended", b"\x1b@abc")
refused("raster cut short", b"\x1b@\x1dv0\x00\x02\x00\x02\x00\xff")
refused("Code 128 without code set", b"\x1b@\x1dk\x49\x03abc")
refused("Code 128 lone brace", b"\x1b@\x1dk\x49\x05{Ba{b")
refused("alignment inside a line", b"\x1b@ab\x1ba\x01c\n")
refused("barcode inside a line", b"\x1b@ab\x1dk\x49\x03{Bc\n")
refused("module width out of range", b"\x1b@\x1dw\x09")
refused("drawer pin out of range", b"\x1b@\x1bp\x02\x10\x10")

# The command line: exit 1 and a line on stderr for a bad stream, the text for a good one.
with tempfile.TemporaryDirectory() as tmp:
    bad = os.path.join(tmp, "bad.bin")
    with open(bad, "wb") as f:
        f.write(b"\x1b@\x1b\x99")
    run = subprocess.run([sys.executable, os.path.join(HERE, "..", "support", "escpos_decode.py"), bad],
                         capture_output=True, text=True)
    check("CLI refuses", run.returncode == 1 and "unknown command ESC 0x99" in run.stderr)
    ok = os.path.join(tmp, "ok.bin")
    with open(ok, "wb") as f:
        f.write(good)
    run = subprocess.run([sys.executable, os.path.join(HERE, "..", "support", "escpos_decode.py"), ok,
                          "--json", "--png", os.path.join(tmp, "ok.png")], capture_output=True, text=True)
    check("CLI JSON", run.returncode == 0 and '"text": "Цена õun"' in run.stdout)
    check("CLI PNG", os.path.getsize(os.path.join(tmp, "ok.png")) > 100 if run.returncode == 0 else False)

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
