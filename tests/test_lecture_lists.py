"""The lecture's own lists appear word for word: in data/ and on the chapter pages.

The expected text below is copied from the lecture (shared/seeds); a test also compares it with
the lecture file itself when that file is present (it is, beside every checkout and in CI).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coursekit.data import load_table

from helpers import BOOK, ROOT

OPGAVEN = [
    "Loyaal en effectief dienen",
    "De bestuurlijke achterkamer faciliteren",
    "Expertise en realisatievermogen bundelen",
    "Neutraliteit en integriteit",
    "Blik (ook) naar buiten richten",
    "Interne samenhang vergroten",
    "Leren omgaan met transparantie en verantwoording",
    "Internationaal denken, multi-level opereren",
    "De eerste adviseur van het bestuur zien te blijven",
    "Omgaan met electorale, partijpolitieke en issueturbulentie",
    "Van ambt gebonden (van wat ben je?) naar performatief (wat laat je zien?) gezag",
    "Borgen van zorgvuldige besluitvorming onder condities van 'real-time politics'",
    "Co-design, co-decisie en coproductie met partners en burgers-als-partners",
    "Weerbaarheid, crisisbestendigheid en leervermogen",
    "Meta-governance van gelaagde en complexe bestuurlijke systemen",
]
GENERATIES = ["Ambacht 1.0"] * 4 + ["Ambacht 2.0"] * 5 + ["Ambacht 3.0"] * 6

SEEDS = ROOT.parent / "shared" / "seeds"


def lecture_text() -> str | None:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return "\n".join(f.read_text(encoding="utf-8") for f in files) or None


def test_opgaven_table_is_the_lecture_list():
    table = load_table("opgaven").sort_values("nummer")
    assert list(table["opgave"]) == OPGAVEN
    assert list(table["generatie"]) == GENERATIES


def test_chapter_one_quotes_every_opgave_in_order():
    text = (BOOK / "01-generaties.md").read_text(encoding="utf-8")
    for number, opgave in enumerate(OPGAVEN, start=1):
        assert f"{number}. {opgave}\n" in text, f"opgave {number} niet woordelijk in hoofdstuk 1"


def test_expected_lists_match_the_lecture_itself():
    text = lecture_text()
    if text is None:
        pytest.skip("het college (shared/seeds) ligt niet naast deze checkout")
    for number, opgave in enumerate(OPGAVEN, start=1):
        assert f"{number}. {opgave}" in text, f"opgave {number} staat zo niet in het college"
