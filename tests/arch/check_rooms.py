#!/usr/bin/env python3
"""Fails when a source file includes something its room must not use (architecture.md, "Top-level folders"):
kassa::core (core/src, core/include) uses the C++ standard library only: no Qt, SQLite, JSON, libusb or I/O
headers. SQL text lives only in core/store (SQLite, the shop file) and core/central (PostgreSQL, the central
database the tills sync through, which reaches the shop file only through the store). The till session (core/till) has no Qt and no SQLite of its own:
it reaches the file through kassa::store. The drivers have no Qt; ui/ makes no libusb calls and no SQL. Inside
core/, each target includes only the rooms below it (docs/development.md, "The rooms")."""
import os
import re
import sys

ROOT = sys.argv[1]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)

CORE_FORBIDDEN = [
    (re.compile(r"^Q|^Qt|^q[a-z]+\.h$"), "Qt"),
    (re.compile(r"sqlite"), "SQLite"),
    (re.compile(r"nlohmann|libusb|ZXing", re.I), "a third-party library"),
    (re.compile(r"^(fstream|iostream|filesystem|thread|mutex|future|ctime|unistd\.h|fcntl\.h)$"), "I/O or threads"),
]


def sources(folder):
    for base, _, files in os.walk(os.path.join(ROOT, folder)):
        for name in files:
            if name.endswith((".cpp", ".hpp", ".h")):
                yield os.path.join(base, name)


def main():
    problems = []
    for folder in ("core/src", "core/include"):
        for path in sources(folder):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for header in INCLUDE.findall(text):
                for pattern, what in CORE_FORBIDDEN:
                    if pattern.search(header):
                        problems.append(f"{os.path.relpath(path, ROOT)} includes <{header}>: kassa::core may not use {what}")
            if re.search(r"\b(fopen|std::ifstream|std::ofstream|std::cout|std::cerr|getenv|system_clock)\b", text):
                problems.append(f"{os.path.relpath(path, ROOT)}: I/O or the real clock in kassa::core")
    # Other rooms: what each must not include.
    others = [
        ("core/till", [(re.compile(r"^Q|^Qt|^q[a-z]+\.h$"), "Qt"), (re.compile(r"sqlite", re.I), "SQLite directly"),
                       (re.compile(r"libpq|^kassa/central/"), "the central database (the sync is kassa::central's)"),
                       (re.compile(r"libusb", re.I), "libusb"),
                       (re.compile(r"^kassa/(ui|drivers)/"), "the screens or the drivers")]),
        ("core/json", [(re.compile(r"^Q|^Qt|^q[a-z]+\.h$"), "Qt"), (re.compile(r"sqlite", re.I), "SQLite"),
                       (re.compile(r"^(fstream|iostream|filesystem|thread|mutex|future)$"), "I/O or threads"),
                       (re.compile(r"^kassa/(store|till|sys|ui|drivers)/"), "a room above it")]),
        ("core/sys", [(re.compile(r"^Q|^Qt"), "Qt"), (re.compile(r"sqlite", re.I), "SQLite"),
                      (re.compile(r"^kassa/(store|till|ui|drivers)/"), "a room above it")]),
        ("core/store", [(re.compile(r"^Q|^Qt"), "Qt"), (re.compile(r"^kassa/(central|till|ui|drivers)/"), "a room above it")]),
        ("core/central", [(re.compile(r"^Q|^Qt"), "Qt"), (re.compile(r"sqlite", re.I), "SQLite (the shop file is the store's)"),
                          (re.compile(r"^kassa/(till|ui|drivers)/"), "a room above it")]),
        ("drivers", [(re.compile(r"^Q|^Qt"), "Qt"), (re.compile(r"^kassa/(store|till|ui)/"), "the store, the till or the screens")]),
        ("ui", [(re.compile(r"libusb|sqlite", re.I), "libusb or SQLite (the store and the drivers do that)")]),
    ]
    for folder, forbidden in others:
        if not os.path.isdir(os.path.join(ROOT, folder)):
            continue
        for path in sources(folder):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for header in INCLUDE.findall(text):
                for pattern, what in forbidden:
                    if pattern.search(header):
                        problems.append(f"{os.path.relpath(path, ROOT)} includes <{header}>: {folder} may not use {what}")
            if folder == "ui" and re.search(r"\blibusb_\w+\s*\(", text):
                problems.append(f"{os.path.relpath(path, ROOT)}: a libusb call in ui/")
    sql = re.compile(r'"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE TABLE|PRAGMA)\b', re.I)
    for folder in ("core/src", "core/include", "core/json", "core/sys", "core/till", "app", "ui", "drivers"):
        if not os.path.isdir(os.path.join(ROOT, folder)):
            continue
        for path in sources(folder):
            with open(path, encoding="utf-8") as f:
                if sql.search(f.read()):
                    problems.append(f"{os.path.relpath(path, ROOT)}: SQL text outside core/store and core/central")
    for p in problems:
        print(p)
    print(f"checked the rooms: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
