#!/usr/bin/env python3
"""Reads an ESC/POS byte stream the way a receipt printer would, for Kassa's tests.

Written from the ESC/POS command reference (Epson's "ESC/POS Command Reference for TM printers"), not from
Kassa's encoder, so the two can disagree and a test can catch it. It knows the commands a receipt needs and
refuses everything else: an unknown command, a parameter out of range, a byte with no meaning in the current
code page or a line that never ends is an error naming the offset, so an encoder cannot send garbage unseen.

Elements (dicts, in print order):
  init                         ESC @
  text     text, align, bold, width, height, font, code_pages    one printed line (ended by LF)
  feed     lines                                                 ESC d n
  barcode  symbology, text, height, module, hri                  GS k (code set prefix and '{{' undone)
  raster   width, height, mode, rows (bytes per row), black      GS v 0
  cut      kind (full/partial), feed                             GS V
  pulse    pin (2/5), on_ms, off_ms                              ESC p
  status_request  n                                              DLE EOT n

Code pages: `ESC t n` numbers come from a profile table (--profile); the default is Epson's table. Text is
decoded with Python's own codecs.

CLI: escpos_decode.py FILE [--json] [--png OUT.png] [--profile NAME]
The PNG is the paper as printed: text lines drawn by ImageMagick (`convert`, DejaVu Sans Mono), rasters
drawn dot for dot, at the profile's dots per line.
"""

import argparse
import json
import struct
import subprocess
import sys
import zlib

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A

# ESC t numbers per maker. Epson: ESC/POS reference, "Character code tables" (page 0 PC437, 2 PC850,
# 16 WPC1252, 17 PC866, 18 PC852, 19 PC858, 45 WPC1250, 46 WPC1251, 51 WPC1257). Xprinter: XP-80 series
# programmer's manual (25 WPC1257, 72 WPC1250, 73 WPC1251). Generic: the numbers both agree on.
EPSON_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 17: "cp866", 18: "cp852", 19: "cp858",
               45: "cp1250", 46: "cp1251", 51: "cp1257"}
XPRINTER_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 17: "cp866", 18: "cp852", 19: "cp858",
                  25: "cp1257", 72: "cp1250", 73: "cp1251"}
GENERIC_PAGES = {0: "cp437", 2: "cp850", 16: "cp1252", 17: "cp866", 19: "cp858"}

PROFILES = {
    "epson_tm_t20": {"pages": EPSON_PAGES, "dots": 576},
    "xprinter_80": {"pages": XPRINTER_PAGES, "dots": 576},
    "generic_80": {"pages": GENERIC_PAGES, "dots": 576},
    "generic_58": {"pages": GENERIC_PAGES, "dots": 384},
}

BARCODE_B = {65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF", 71: "CODABAR",
             72: "CODE93", 73: "CODE128"}
ALIGN = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}


class DecodeError(Exception):
    def __init__(self, offset, message):
        super().__init__(f"offset {offset}: {message}")
        self.offset = offset


class Decoder:
    def __init__(self, data, pages):
        self.data = bytes(data)
        self.pages = pages
        self.pos = 0
        self.elements = []
        self.reset()
        self.line = bytearray()
        self.line_pages = []
        self.line_start = 0
        self.segments = []  # (codec, bytes) runs of the current line

    def reset(self):
        self.align = "left"
        self.bold = False
        self.width = 1
        self.height = 1
        self.font = "a"
        self.page = None  # the printer's default after ESC @ depends on its switches: unknown
        self.bar_height = 162
        self.bar_module = 3
        self.hri = 0

    def take(self, n, what):
        if self.pos + n > len(self.data):
            raise DecodeError(self.pos, f"stream ends inside {what}")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def byte(self, what):
        return self.take(1, what)[0]

    def at_line_start(self, what):
        if self.segments:
            raise DecodeError(self.pos, f"{what} inside a line of text")

    def text_byte(self, b):
        if b >= 0x80 and self.page is None:
            raise DecodeError(self.pos - 1, f"byte 0x{b:02X} before any ESC t selected a code page")
        codec = self.page if b >= 0x80 else "ascii"
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            raise DecodeError(self.pos - 1, f"byte 0x{b:02X} has no character in {codec}") from None
        if not self.segments or self.segments[-1][0] != codec:
            self.segments.append([codec, ""])
        self.segments[-1][1] += ch

    def end_line(self):
        text = "".join(s for _, s in self.segments)
        pages = []
        for codec, _ in self.segments:
            if codec != "ascii" and (not pages or pages[-1] != codec):
                pages.append(codec)
        self.elements.append({"type": "text", "text": text, "align": self.align, "bold": self.bold,
                              "width": self.width, "height": self.height, "font": self.font,
                              "code_pages": pages})
        self.segments = []

    def decode(self):
        while self.pos < len(self.data):
            b = self.byte("text")
            if b == LF:
                self.end_line()
            elif b == ESC:
                self.esc()
            elif b == GS:
                self.gs()
            elif b == DLE:
                self.dle()
            elif 0x20 <= b <= 0x7E or b >= 0x80:
                self.text_byte(b)
            else:
                raise DecodeError(self.pos - 1, f"control byte 0x{b:02X} is not a command Kassa sends")
        if self.segments:
            raise DecodeError(self.pos, "the stream ends inside a line that was never printed (no LF)")
        return self.elements

    def esc(self):
        start = self.pos - 1
        c = self.byte("ESC command")
        if c == ord("@"):
            self.at_line_start("ESC @")
            self.reset()
            self.elements.append({"type": "init"})
        elif c == ord("t"):
            n = self.byte("ESC t")
            if n not in self.pages:
                raise DecodeError(start, f"ESC t {n}: no such code page on this printer")
            self.page = self.pages[n]
        elif c == ord("a"):
            n = self.byte("ESC a")
            if n not in ALIGN:
                raise DecodeError(start, f"ESC a {n} is out of range")
            # Justification only takes effect at the start of a line.
            self.at_line_start("ESC a")
            self.align = ALIGN[n]
        elif c == ord("E"):
            self.bold = (self.byte("ESC E") & 1) == 1
        elif c == ord("M"):
            n = self.byte("ESC M")
            if n not in (0, 1, 48, 49):
                raise DecodeError(start, f"ESC M {n} is out of range")
            self.font = "a" if n in (0, 48) else "b"
        elif c == ord("d"):
            n = self.byte("ESC d")
            if self.segments:
                self.end_line()  # ESC d prints the buffer first
            self.elements.append({"type": "feed", "lines": n})
        elif c == ord("p"):
            m, t1, t2 = self.take(3, "ESC p")
            if m not in (0, 1, 48, 49):
                raise DecodeError(start, f"ESC p {m}: no such connector pin")
            self.elements.append({"type": "pulse", "pin": 2 if m in (0, 48) else 5,
                                  "on_ms": t1 * 2, "off_ms": t2 * 2})
        else:
            raise DecodeError(start, f"unknown command ESC 0x{c:02X}")

    def gs(self):
        start = self.pos - 1
        c = self.byte("GS command")
        if c == ord("!"):
            n = self.byte("GS !")
            w, h = (n >> 4) + 1, (n & 0x0F) + 1
            if w > 8 or h > 8:
                raise DecodeError(start, f"GS ! 0x{n:02X} is out of range")
            self.width, self.height = w, h
        elif c == ord("h"):
            n = self.byte("GS h")
            if n < 1:
                raise DecodeError(start, "GS h 0 is out of range")
            self.bar_height = n
        elif c == ord("w"):
            n = self.byte("GS w")
            if not 2 <= n <= 6:
                raise DecodeError(start, f"GS w {n} is out of range")
            self.bar_module = n
        elif c == ord("H"):
            n = self.byte("GS H")
            if n not in (0, 1, 2, 3, 48, 49, 50, 51):
                raise DecodeError(start, f"GS H {n} is out of range")
            self.hri = n % 48
        elif c == ord("k"):
            self.at_line_start("GS k")
            self.barcode(start)
        elif c == ord("v"):
            self.at_line_start("GS v 0")
            if self.byte("GS v 0") != ord("0"):
                raise DecodeError(start, "GS v is only known as GS v 0")
            m, xl, xh, yl, yh = self.take(5, "GS v 0 header")
            if m not in (0, 1, 2, 3, 48, 49, 50, 51):
                raise DecodeError(start, f"GS v 0 mode {m} is out of range")
            row_bytes, height = xl + xh * 256, yl + yh * 256
            if row_bytes < 1 or height < 1:
                raise DecodeError(start, "GS v 0 with an empty picture")
            bits = self.take(row_bytes * height, "GS v 0 data")
            rows = [bits[y * row_bytes:(y + 1) * row_bytes] for y in range(height)]
            black = sum(bin(b).count("1") for b in bits)
            self.elements.append({"type": "raster", "width": row_bytes * 8, "height": height,
                                  "mode": m % 48, "align": self.align, "black": black, "rows": rows})
        elif c == ord("V"):
            m = self.byte("GS V")
            if m in (0, 48, 1, 49):
                kind = "full" if m in (0, 48) else "partial"
                self.elements.append({"type": "cut", "kind": kind, "feed": None})
            elif m in (65, 66):
                n = self.byte("GS V n")
                self.elements.append({"type": "cut", "kind": "full" if m == 65 else "partial", "feed": n})
            else:
                raise DecodeError(start, f"GS V {m} is not a cut Kassa knows")
            if self.segments:
                raise DecodeError(start, "GS V inside a line of text")
        else:
            raise DecodeError(start, f"unknown command GS 0x{c:02X}")

    def barcode(self, start):
        m = self.byte("GS k")
        if m not in BARCODE_B:
            raise DecodeError(start, f"GS k {m}: only the counted form (65..73) is known")
        n = self.byte("GS k n")
        raw = self.take(n, "GS k data")
        if any(b < 0x20 or b > 0x7E for b in raw):
            raise DecodeError(start, "GS k data holds bytes outside printable ASCII")
        text = raw.decode("ascii")
        symbology = BARCODE_B[m]
        if m == 73:
            # Code 128: the data starts with a code set ("{A", "{B", "{C"); "{{" is a literal '{'.
            if len(text) < 2 or text[0] != "{" or text[1] not in "ABC":
                raise DecodeError(start, "Code 128 data does not start with a code set ({A, {B or {C)")
            out, i = [], 2
            while i < len(text):
                if text[i] == "{":
                    if i + 1 < len(text) and text[i + 1] == "{":
                        out.append("{")
                        i += 2
                        continue
                    raise DecodeError(start, f"Code 128 special character '{text[i:i + 2]}' is not expected")
                out.append(text[i])
                i += 1
            text = "".join(out)
            if not text:
                raise DecodeError(start, "Code 128 without data")
        hri = {0: "none", 1: "above", 2: "below", 3: "both"}[self.hri]
        self.elements.append({"type": "barcode", "symbology": symbology, "text": text,
                              "height": self.bar_height, "module": self.bar_module, "hri": hri,
                              "align": self.align})

    def dle(self):
        start = self.pos - 1
        c = self.byte("DLE command")
        if c != 0x04:
            raise DecodeError(start, f"unknown command DLE 0x{c:02X}")
        n = self.byte("DLE EOT")
        if n not in (1, 2, 3, 4):
            raise DecodeError(start, f"DLE EOT {n} is out of range")
        self.elements.append({"type": "status_request", "n": n})


def decode(data, profile="epson_tm_t20", pages=None):
    """The elements of `data`; raises DecodeError for anything a careful printer would not accept."""
    table = pages if pages is not None else PROFILES[profile]["pages"]
    return Decoder(data, table).decode()


def _png(width, height, gray_rows):
    def chunk(kind, body):
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)
    raw = b"".join(b"\x00" + bytes(row) for row in gray_rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _read_pgm(data):
    # Binary PGM (P5) as ImageMagick writes it: magic, width, height, maxval, then one byte per pixel.
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1
    w, h = int(fields[1]), int(fields[2])
    return w, h, [data[pos + y * w:pos + (y + 1) * w] for y in range(h)]


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


def _text_rows(el, dots):
    cell_w = 12 if el["font"] == "a" else 9
    cell_h = 24 if el["font"] == "a" else 17
    h = cell_h * el["height"]
    if not el["text"].strip():
        return [bytearray([255]) * dots for _ in range(h)]
    label = el["text"].replace("\\", "\\\\").replace("%", "%%")
    out = subprocess.run(["convert", "-background", "white", "-fill", "black", "-font",
                          FONT_BOLD if el["bold"] else FONT, "-pointsize", str(cell_w * 5 // 3),
                          "label:" + label, "-resize", f"{el['width'] * 100}%x{el['height'] * 100}%!",
                          "-depth", "8", "pgm:-"], check=True, capture_output=True).stdout
    w, lh, rows = _read_pgm(out)
    h = max(h, lh)  # a bold label may be a row or two taller than the printer's cell
    x0 = {"left": 0, "center": max(0, (dots - w) // 2), "right": max(0, dots - w)}[el["align"]]
    canvas = [bytearray([255]) * dots for _ in range(h)]
    for y in range(min(h, lh)):
        row = rows[y][:dots - x0]
        canvas[y][x0:x0 + len(row)] = row
    return canvas


def render_png(elements, dots, path):
    """Draws the paper: text lines, rasters dot for dot, a dashed line where the paper is cut."""
    rows = [bytearray([255]) * dots for _ in range(8)]
    for el in elements:
        kind = el["type"]
        if kind == "text":
            rows += _text_rows(el, dots)
        elif kind == "feed":
            rows += [bytearray([255]) * dots for _ in range(24 * el["lines"])]
        elif kind == "raster":
            w = min(el["width"], dots)
            x0 = {"left": 0, "center": (dots - w) // 2, "right": dots - w}[el["align"]]
            for r in el["rows"]:
                line = bytearray([255]) * dots
                for x in range(w):
                    if r[x // 8] >> (7 - x % 8) & 1:
                        line[x0 + x] = 0
                rows.append(line)
        elif kind == "barcode":
            # Drawn as a labelled box: the decoder checks the content, it does not draw Code 128 itself.
            box = [bytearray([255]) * dots for _ in range(el["height"] // 2)]
            for y, line in enumerate(box):
                for x in range(dots // 4, dots * 3 // 4):
                    if y in (0, len(box) - 1) or x in (dots // 4, dots * 3 // 4 - 1) or (x // 3) % 2 == 0:
                        line[x] = 0
            rows += box
            if el["hri"] == "below":
                rows += _text_rows({"text": el["text"], "font": "a", "bold": False, "width": 1, "height": 1,
                                    "align": "center"}, dots)
        elif kind == "cut":
            rows += [bytearray([255]) * dots for _ in range(12)]
            rows.append(bytearray(0 if (x // 8) % 2 == 0 else 255 for x in range(dots)))
    rows += [bytearray([255]) * dots for _ in range(8)]
    with open(path, "wb") as f:
        f.write(_png(dots, len(rows), rows))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print the elements as JSON")
    parser.add_argument("--png", metavar="OUT.png", help="draw the receipt as a PNG")
    parser.add_argument("--profile", default="epson_tm_t20", choices=sorted(PROFILES))
    args = parser.parse_args(argv)
    with open(args.file, "rb") as f:
        data = f.read()
    try:
        elements = decode(data, args.profile)
    except DecodeError as e:
        print(f"escpos_decode: {e}", file=sys.stderr)
        return 1
    if args.json:
        printable = [{k: v for k, v in el.items() if k != "rows"} for el in elements]
        json.dump(printable, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for el in elements:
            if el["type"] == "text":
                print(el["text"])
            else:
                print("[" + " ".join(f"{k}={v}" for k, v in el.items() if k != "rows") + "]")
    if args.png:
        render_png(elements, PROFILES[args.profile]["dots"], args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
