#!/usr/bin/env python3
"""Runs kassa_escpos_sample and reads its bytes back with the independent decoder.

Usage: escpos_check.py SAMPLE_EXE WORK_DIR PROFILE
Makes a logo PNG with ImageMagick, has the real encoder write a receipt, decodes it (any command the decoder
does not know fails the test) and compares every element with what the receipt says; the receipt is also
drawn as WORK_DIR/receipt.png (the picture in docs/printing.md).
"""

import os
import struct
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import escpos_decode  # noqa: E402

DOTS = {"epson_tm_t20": 576, "xprinter_80": 576, "generic_80": 576, "generic_58": 384}
CHARS = {"epson_tm_t20": 48, "xprinter_80": 48, "generic_80": 48, "generic_58": 32}


def item(name, name_chars, cents, width):
    figure = f"{cents // 100}.{cents % 100:02d}"
    return name + " " * max(1, width - name_chars - len(figure)) + figure


def main():
    sample, work, profile = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    logo = os.path.join(work, "logo.png")
    subprocess.run(["convert", "-size", "300x100", "xc:white", "-fill", "black",
                    "-draw", "circle 50,50 50,10",
                    "-fill", "gray50", "-draw", "rectangle 120,20 280,80", logo], check=True)
    out = os.path.join(work, "receipt.bin")
    subprocess.run([sample, out, logo, profile], check=True)
    with open(out, "rb") as f:
        data = f.read()
    elements = escpos_decode.decode(data, profile)

    dots, width = DOTS[profile], CHARS[profile]
    logo_w = dots // 2
    logo_h = 100 * logo_w // 300
    failures = []

    def expect(index, **fields):
        if index >= len(elements):
            failures.append(f"element {index} missing, expected {fields}")
            return
        el = elements[index]
        for key, value in fields.items():
            if el.get(key) != value:
                failures.append(f"element {index} ({el.get('type')}): {key} is {el.get(key)!r}, "
                                f"expected {value!r}")

    expect(0, type="init")
    expect(1, type="raster", width=(logo_w + 7) // 8 * 8, height=logo_h, align="center")
    expect(2, type="text", text="Kassa Pood OÜ", align="center", bold=True, width=2, height=2)
    expect(3, type="text", text="Tallinn, Narva mnt 5", align="center", bold=False, width=1, height=1)
    expect(4, type="feed", lines=1)
    expect(5, type="text", text=item("Хлеб ржаной", 11, 120, width), align="left")
    expect(6, type="text", text=item("Šokolaad õunaga", 15, 250, width))
    expect(7, type="text", text=item("Молоко / Piim ÕÜ", 16, 99, width))
    # The line with a Chinese character is a picture one font A line high, as wide as its cells.
    expect(8, type="raster", height=24, align="left", width=(width * (dots // width) + 7) // 8 * 8)
    expect(9, type="text", text=item("KOKKU / ИТОГО", 13, 779, width // 2), bold=True, width=2, height=1)
    expect(10, type="feed", lines=1)
    expect(11, type="barcode", symbology="CODE128", text="R20261207-0001", hri="below", align="center")
    expect(12, type="text", text="Aitäh! Спасибо!", font="b", align="center", bold=False)
    expect(13, type="feed", lines=2)
    if profile == "generic_58":
        expect(14, type="feed", lines=4)  # no cutter: fed past the tear bar
    else:
        expect(14, type="cut", kind="partial")
    expect(15, type="pulse", pin=2, on_ms=100, off_ms=200)
    if len(elements) != 16:
        failures.append(f"{len(elements)} elements, expected 16")

    # Lines mixing Cyrillic and Latin letters switch code page inside the line.
    for index in (7, 12):
        if index < len(elements) and len(elements[index].get("code_pages", [])) < 2:
            failures.append(f"element {index} used {elements[index].get('code_pages')}, expected a switch")
    if len(elements) > 8 and elements[8]["type"] == "raster" and elements[8]["black"] < 50:
        failures.append("the picture of the Chinese line is nearly empty")
    logo_raster = len(elements) > 1 and elements[1]["type"] == "raster"
    if logo_raster and not 0.1 < elements[1]["black"] / (logo_w * logo_h) < 0.9:
        failures.append("the logo lost its tone")

    png = os.path.join(work, "receipt.png")
    escpos_decode.render_png(elements, dots, png)
    with open(png, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or struct.unpack(">I", head[16:20])[0] != dots:
        failures.append("receipt.png is not a PNG as wide as the paper")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
