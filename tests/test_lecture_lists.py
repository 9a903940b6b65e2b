"""The lecture's own lists appear word for word: in data/ and on the chapter pages.

The expected text below is copied from the lecture (shared/seeds); a test also compares it with
the lecture file itself when that file is present (it is, beside every checkout and in CI).
"""

from __future__ import annotations

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

# "Sturen op samenwerking: Faciliterend leiderschap": (werk, omschrijving, rol, macht)
ROLLEN = [
    ("AGENDERING", "challenging conventions; systems thinking; new knowledge", "CATALYSATOR", "power to frame"),
    ("VERLEIDING", "getting parties engaged, creating dialogues and platforms", "NETWERKARCHITECT", "power to convene"),
    ("PROCESFACILITATIE", "orchestrating and channeling multilateral dialogue", "BEMIDDELAAR", "power to broker"),
    ("CONSOLIDATIE", "capacity-building, incentivizing continuation", "BESTENDIGER", "power to institutionalize"),
]

# "Vakmanschap voor succesvol samenwerken"
KWALITEITEN = [
    "Omgevingsbewustzijn, systeemdenken, verbinden op gedeelde doelen",
    "Brede(re) opvatting van eigen rol/verantwoordelijkheid",
    "Bouwen aan vertrouwen: Soft & smart power repertoires (EQ, CQ)",
    "Bewust kiezen van dossiers, momenten, settings",
    "Hand in eigen boezem; zelf ook 'leveren' (en loslaten opgeven, vernieuwen)",
    "Rugdekking krijgen/uitlokken: autorisatie, mandaat, steun",
    "Wendbaarheid en opportunisme",
    "Commitment, 'Ausdauer', wendbaarheid",
]

# "Jullie 'Corona-ervaringen' als case-in-point": five lines, eight questions
CORONA_REGELS = [
    "Waar/wanneer/waarover zag je de kwaliteit van samenwerking groeien?",
    "Welke 'drivers' in je eigen handelen kwamen los? Welke andere 'drivers' vielen weg?",
    "Welke organisatorische/culturele beperkingen vielen weg? Welke beperkingen hielpen juist?",
    "Welk leiderschap werd vertoond?",
    "Wat is daarvan te leren, repliceren? Wat is ervoor nodig om dat ook echt te doen?",
]

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


def test_leadership_table_is_the_lecture_table():
    table = load_table("leiderschapsrollen").sort_values("volgorde")
    rows = list(table[["werk", "werk_omschrijving_en", "rol", "macht_en"]].itertuples(index=False))
    assert [tuple(row) for row in rows] == ROLLEN


def test_qualities_table_is_the_lecture_list():
    table = load_table("vakmanschap_kwaliteiten").sort_values("nummer")
    assert list(table["kwaliteit"]) == KWALITEITEN


def test_corona_questions_are_the_lecture_questions():
    table = load_table("corona_vragen").sort_values("vraag_nr")
    assert len(table) == 8 and table["regel"].nunique() == 5
    lines = [" ".join(group["vraag"]) for _, group in table.groupby("regel", sort=True)]
    assert lines == CORONA_REGELS


def test_corona_reflection_asks_the_lecture_questions_word_for_word():
    from coursekit.definitions import load_catalog

    reflection = load_catalog().get("h5-reflectie-corona")
    questions = list(load_table("corona_vragen").sort_values("vraag_nr")["vraag"])
    assert list(reflection.prompts) == questions


def test_expected_lists_match_the_lecture_itself():
    text = lecture_text()
    if text is None:
        pytest.skip("het college (shared/seeds) ligt niet naast deze checkout")
    for number, opgave in enumerate(OPGAVEN, start=1):
        assert f"{number}. {opgave}" in text, f"opgave {number} staat zo niet in het college"
    for number, kwaliteit in enumerate(KWALITEITEN, start=1):
        assert f"{number}. {kwaliteit}" in text, f"kwaliteit {number} staat zo niet in het college"
    for line in CORONA_REGELS:
        assert line in text, f"coronavraag staat zo niet in het college: {line}"
    for werk, omschrijving, rol, macht in ROLLEN:
        assert f"{werk}: {omschrijving}\t{rol} (<i>‘{macht}’</i>)" in text, werk
