"""Chapter 3 reports how far two coders agree; the figures on the page are the ones the data give."""

from __future__ import annotations

import re

from coursekit.explorer.agreement import compare_with_first_coding
from helpers import BOOK

CHAPTER = BOOK / "03-kunnen-wij-dit.md"
LABELS = ("Doelbereik", "Publieke waarde", "Uitkomst")


def _page_rows() -> dict[str, tuple[int, int, str]]:
    section = CHAPTER.read_text(encoding="utf-8").split("(h03-tweede-codering)=", 1)[1]
    rows = {}
    for label in LABELS:
        match = re.search(rf"^\| {label} \| (\d+) van (\d+) \| (\d,\d\d) \|$", section, re.M)
        assert match, f"hoofdstuk 3 noemt de overeenstemming voor {label} niet in de tabel"
        rows[label] = (int(match[1]), int(match[2]), match[3])
    return rows


def test_agreement_on_the_page_is_computed_from_the_two_codings() -> None:
    table = compare_with_first_coding().table().set_index("Dimensie")
    for label, (same, total, kappa) in _page_rows().items():
        row = table.loc[label]
        assert (int(row["Gelijk gecodeerd"]), int(row["Casussen"])) == (same, total), (
            f"hoofdstuk 3 zegt {same} van {total} voor {label}; de gegevens geven "
            f"{row['Gelijk gecodeerd']} van {row['Casussen']}"
        )
        assert f"{row['Cohens kappa']:.2f}".replace(".", ",") == kappa, (
            f"hoofdstuk 3 zegt kappa {kappa} voor {label}; de gegevens geven {row['Cohens kappa']:.2f}"
        )
