#!/usr/bin/env python3
"""The checker of the .ts files catches what it promises to catch (a checker that passes everything would
let a half-translated till ship)."""
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_ts  # noqa: E402

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts(language, body):
    return f'{HEADER}<TS version="2.1" language="{language}" sourcelanguage="en">\n<context>\n' \
           f'    <name>kassa::ui::SaleScreen</name>\n{body}</context>\n</TS>\n'


def message(source, translation, attributes=""):
    return f"    <message>\n        <source>{source}</source>\n" \
           f"        <translation{attributes}>{translation}</translation>\n    </message>\n"


def numerus(source, forms):
    inner = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    return f'    <message numerus="yes">\n        <source>{source}</source>\n' \
           f"        <translation>{inner}</translation>\n    </message>\n"


class CheckTs(unittest.TestCase):
    def problems(self, language, body):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"kassa_{language}.ts"
            path.write_text(ts(language, body), encoding="utf-8")
            return check_ts.check_file(path)

    def assertProblem(self, language, body, fragment):
        found = self.problems(language, body)
        self.assertTrue(any(fragment in p for p in found), f"{fragment!r} not in {found}")

    def test_a_good_file_passes(self):
        body = message("Pay", "Оплата") + message("Points: %1", "Баллы: %1") + \
            message("Tip: ", "Подсказка: ") + message("Close (Esc)", "Закрыть (Esc)") + \
            numerus("%n problem(s)", ["%n ошибка", "%n ошибки", "%n ошибок"])
        self.assertEqual(self.problems("ru", body), [])

    def test_unfinished(self):
        self.assertProblem("et", message("Pay", "Tasumine", ' type="unfinished"'), "unfinished")

    def test_empty(self):
        self.assertProblem("et", message("Pay", ""), "empty")

    def test_lost_placeholder(self):
        self.assertProblem("ru", message("%1 more for %2", "Ещё до уровня %2"), "lacks the placeholder %1")

    def test_extra_placeholder(self):
        self.assertProblem("ru", message("Points: %1", "Баллы: %1 из %2"), "placeholder %2")

    def test_lost_key_name(self):
        self.assertProblem("et", message("Print (F12)", "Prindi"), "key name F12")

    def test_lost_trailing_space(self):
        self.assertProblem("et", message("Tip: ", "Vihje:"), "trailing space")

    def test_russian_needs_three_plural_forms(self):
        self.assertProblem("ru", numerus("%n problem(s)", ["%n ошибка", "%n ошибок"]), "ru needs 3")

    def test_every_plural_form_keeps_n(self):
        self.assertProblem("ru", numerus("%n problem(s)", ["одна ошибка", "%n ошибки", "%n ошибок"]),
                           "numerus form 1 lacks the placeholder %n")

    def test_strings_gone_from_the_code_are_not_checked(self):
        self.assertEqual(self.problems("et", message("Pay", "Tasumine") + message("Old", "", ' type="vanished"')),
                         [])

    def test_files_with_different_strings(self):
        with tempfile.TemporaryDirectory() as folder:
            ru = Path(folder) / "kassa_ru.ts"
            et = Path(folder) / "kassa_et.ts"
            ru.write_text(ts("ru", message("Pay", "Оплата") + message("Points", "Баллы")), encoding="utf-8")
            et.write_text(ts("et", message("Pay", "Tasumine")), encoding="utf-8")
            found = check_ts.check_same_strings([ru, et])
        self.assertTrue(any('"Points": missing' in p for p in found), found)


if __name__ == "__main__":
    unittest.main()
