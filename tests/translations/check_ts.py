#!/usr/bin/env python3
"""Checks the till's Qt Linguist files (resources/translations/kassa_<lang>.ts) before they ship.

    check_ts.py FILE.ts...          every file on its own (see check_file)
    check_ts.py --same-strings FILE.ts...   the files hold the same messages (none missed a lupdate run)

A problem is printed as one line `file: context: "source": what is wrong`; the exit status is 1 when there
is any. Standard library only (xml.etree), so it runs wherever ctest does.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Numerus forms Qt's lrelease expects per language (qtbase's plural rules): Russian one/few/many, Estonian and
# English one/other.
NUMERUS_FORMS = {"en": 2, "ru": 3, "et": 2}
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# The keys the cashier presses, named in the text: they must survive translation letter for letter.
KEY_HINT = re.compile(r"\b(?:F(?:[1-9]|1[0-2])|Enter|Esc|Del)\b")
# Entries lupdate keeps for strings that left the code; lrelease does not ship them.
NOT_SHIPPED = {"vanished", "obsolete"}


def language_of(path: Path, root: ET.Element) -> str:
    declared = (root.get("language") or "").split("_")[0]
    from_name = path.stem.rsplit("_", 1)[-1]
    return declared or from_name


def messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def forms_of(message: ET.Element):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def check_message(language: str, source: str, message: ET.Element):
    """The problems of one message, as sentences."""
    translation = message.find("translation")
    if translation is None:
        return ["no <translation> element"]
    problems = []
    if translation.get("type") == "unfinished":
        problems.append('marked unfinished (type="unfinished")')
    numerus = message.get("numerus") == "yes"
    forms = forms_of(message)
    if numerus:
        wanted = NUMERUS_FORMS.get(language)
        if wanted is not None and len(forms) != wanted:
            problems.append(f"{len(forms)} numerus forms, {language} needs {wanted}")
    wanted_placeholders = set(PLACEHOLDER.findall(source))
    wanted_keys = sorted(set(KEY_HINT.findall(source)))
    for index, text in enumerate(forms):
        where = f"numerus form {index + 1}" if numerus else "translation"
        if not text.strip():
            problems.append(f"{where} is empty")
            continue
        have = set(PLACEHOLDER.findall(text))
        for missing in sorted(wanted_placeholders - have):
            problems.append(f"{where} lacks the placeholder {missing}")
        for extra in sorted(have - wanted_placeholders):
            problems.append(f"{where} has the placeholder {extra}, which the source does not fill")
        for key in wanted_keys:
            if not re.search(rf"\b{re.escape(key)}\b", text):
                problems.append(f"{where} lost the key name {key}")
        # "Tip: " is glued to the sentence after it: spaces at either end are part of the string.
        if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
            problems.append(f"{where} does not keep the source's leading or trailing space")
    return problems


def check_file(path: Path):
    """Every shipped message of one .ts file: finished, non-empty, placeholders and key names kept, plural
    forms complete for the file's language."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        return [f"{path}: cannot be read: {error}"]
    language = language_of(path, root)
    problems = []
    if language not in NUMERUS_FORMS:
        problems.append(f"{path}: unknown language {language!r}")
    count = 0
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in NOT_SHIPPED:
            continue
        count += 1
        source = message.findtext("source") or ""
        for problem in check_message(language, source, message):
            problems.append(f'{path.name}: {context}: "{source}": {problem}')
    if count == 0:
        problems.append(f"{path}: no messages at all")
    return problems


def shipped_keys(path: Path):
    root = ET.parse(path).getroot()
    keys = set()
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in NOT_SHIPPED:
            keys.add((context, message.findtext("source") or "", message.findtext("comment") or ""))
    return keys


def check_same_strings(paths):
    """Each file holds exactly the messages of the first: a file left out of a lupdate run shows here."""
    problems = []
    first = shipped_keys(paths[0])
    for other in paths[1:]:
        keys = shipped_keys(other)
        for context, source, _ in sorted(first - keys):
            problems.append(f'{other.name}: {context}: "{source}": missing (it is in {paths[0].name})')
        for context, source, _ in sorted(keys - first):
            problems.append(f'{other.name}: {context}: "{source}": not in {paths[0].name}')
    return problems


def main(argv):
    same = "--same-strings" in argv
    paths = [Path(a) for a in argv if a != "--same-strings"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check_same_strings(paths) if same else [p for path in paths for p in check_file(path)]
    for problem in problems:
        print(problem)
    if not problems:
        print(f"ok: {', '.join(p.name for p in paths)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
