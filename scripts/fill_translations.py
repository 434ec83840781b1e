#!/usr/bin/env python3
"""Fills the unfinished messages of the Qt Linguist files from a dictionary module, for the developers who
translate new strings after `lupdate` (docs/development.md, "Translations").

    fill_translations.py DICT.py resources/translations/kassa_{en,ru,et}.ts

DICT.py defines
    T = {"source": ("russian", "estonian"), ...}
    NUMERUS = {"source with %n": (["en one", "en other"], ["ru one", "ru few", "ru many"], ["et one", "et other"])}
English takes the source itself for plain messages. A message the dictionary lacks stays unfinished (and
tests/translations/check_ts.py fails on it). Run lupdate again afterwards: it rewrites the files its own way.
"""
import html
import importlib.util
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished"\s*(?:/>|>.*?</translation>)', re.S)


def escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def load(path: str):
    spec = importlib.util.spec_from_file_location("translations_dict", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, "T", {}), getattr(module, "NUMERUS", {})


def fill(ts: Path, plain: dict, numerus: dict) -> int:
    language = ts.stem.rsplit("_", 1)[-1]
    index = {"en": None, "ru": 0, "et": 1}[language]
    numerus_index = {"en": 0, "ru": 1, "et": 2}[language]
    missing = 0

    def replace(match: re.Match) -> str:
        nonlocal missing
        body = match.group("body")
        if not UNFINISHED.search(body):
            return match.group(0)
        source = html.unescape(SOURCE.search(body).group(1))
        indent = "        "
        if 'numerus="yes"' in match.group("attrs"):
            if source not in numerus:
                missing += 1
                print(f"{ts.name}: no numerus forms for: {source}", file=sys.stderr)
                return match.group(0)
            forms = numerus[source][numerus_index]
            inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
            translation = f"<translation>{inner}\n{indent}</translation>"
        else:
            if index is None:
                text = plain[source][2] if source in plain and len(plain[source]) > 2 else source
            elif source in plain:
                text = plain[source][index]
            else:
                missing += 1
                print(f"{ts.name}: no translation for: {source}", file=sys.stderr)
                return match.group(0)
            translation = f"<translation>{escape(text)}</translation>"
        return match.group(1) + UNFINISHED.sub(lambda _: translation, body, count=1) + match.group(4)

    text = ts.read_text(encoding="utf-8")
    ts.write_text(MESSAGE.sub(replace, text), encoding="utf-8")
    return missing


def main(argv) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    plain, numerus = load(argv[1])
    missing = sum(fill(Path(p), plain, numerus) for p in argv[2:])
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
