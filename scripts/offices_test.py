"""Table tests of merge_supplement (invented countries, offices and names).

Run: python3 -m unittest scripts/offices_test.py
"""
import importlib.util
import os
import tempfile
import unittest

_spec = importlib.util.spec_from_file_location("offices", os.path.join(os.path.dirname(__file__), "offices.py"))
offices = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(offices)

FM = "Minister of Foreign Affairs"


def merge(table, supplement):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        for r in supplement:
            f.write("\t".join(r) + "\n")
    try:
        return sorted(offices.merge_supplement([list(r) for r in table], path=f.name), key=lambda r: (r[5], r[4]))
    finally:
        os.unlink(f.name)


class MergeSupplement(unittest.TestCase):
    def test_cases(self):
        cases = [
            # A day-dated table term after the supplement's open term, inside
            # the span it was checked to, contradicts it: dropped, and the
            # curated term stays open.
            ("dated later term contradicted",
             [["XA", "fm", FM, "Q1", "Oren Valdt", "2019-02-03", "2020-05-06"],
              ["XA", "fm", FM, "Q2", "Pell Amsry", "2020-05-07", "2022-08-09"],
              ["XA", "fm", FM, "Q3", "Quin Darrow", "2022-08-10", ""]],
             [["XA", "fm", FM, "", "Oren Valdt", "2019-02-03", ""]],
             [["XA", "fm", FM, "Q1", "Oren Valdt", "2019-02-03", ""]]),
            # A year-only change the supplement could not date stays, and
            # closes the open curated term by its year.
            ("year-only later term kept",
             [["XB", "hog", "Prime Minister", "Q4", "Sela Murn", "2026", ""]],
             [["XB", "hog", "Prime Minister", "Q5", "Tavi Orsk", "2023-04-05", ""]],
             [["XB", "hog", "Prime Minister", "Q5", "Tavi Orsk", "2023-04-05", "2026"],
              ["XB", "hog", "Prime Minister", "Q4", "Sela Murn", "2026", ""]]),
            # A term dated after the day the supplement was checked to is a
            # change it could not know: kept, and it closes the curated term.
            ("dated term after the checked day kept",
             [["XC", "hos", "President", "Q6", "Ulma Brek", "2027-01-02", ""]],
             [["XC", "hos", "President", "Q7", "Vard Inno", "2024-03-04", ""]],
             [["XC", "hos", "President", "Q7", "Vard Inno", "2024-03-04", "2027-01-01"],
              ["XC", "hos", "President", "Q6", "Ulma Brek", "2027-01-02", ""]]),
        ]
        for name, table, sup, want in cases:
            with self.subTest(name):
                self.assertEqual(merge(table, sup), want)


if __name__ == "__main__":
    unittest.main()
