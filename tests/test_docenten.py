"""The teacher's guide (book/docenten/) agrees with the chapters and quotes the lecture exactly.

- Every chapter page of the guide takes its learning goals and study time from the chapter itself
  (a MyST ``include`` between the markers of the *In het kort* box), and its rubric has one row per
  assessment criterion of the chapter's *Opdracht* box, in the same order.
- The overview of all assignments (opdrachten.md) gives, per chapter, the same title, the same
  word counts and the same study time as the chapter's *Opdracht* box.
- Every block quote on a chapter page of the guide is a quote from the lecture, word for word
  (checked when the lecture file is present, as in test_lecture_lists.py).
- The module on 'Het boek als hoofdtekst' (hoofdtekst.md) gives every chapter a week; each week
  names an existing chapter and canon reading that is in references.bib and in that chapter's
  reading list, and the weeks add up to 7.5 EC (about 200 hours).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import BOOK, ROOT, chapter_pages

GUIDE = BOOK / "docenten"
SEED = ROOT.parent / "shared" / "seeds" / "000_361fb033ae7b7c58.txt"


def _assignment(chapter: Path) -> str:
    """The text of the chapter's Opdracht box."""
    text = chapter.read_text(encoding="utf-8")
    found = re.search(r"^\(h\d\d-opdracht\)=\n## Opdracht\n(.*?)^## ", text, re.M | re.S)
    assert found, f"{chapter.name}: geen Opdracht-kader"
    return found.group(1)


def _criteria(assignment: str) -> list[str]:
    """'(a) De opgaven zijn ...; (b) ...' -> ['De opgaven zijn ...', ...]"""
    found = re.search(r"\*\*Beoordeling\.\*\*(.*?)\*\*Studietijd\.\*\*", assignment, re.S)
    assert found
    parts = re.split(r"\(([a-e])\)", " ".join(found.group(1).split()))
    return [parts[i + 1].strip(" ;.") for i in range(1, len(parts) - 1, 2)]


def _study_time(assignment: str) -> str:
    found = re.search(r"\*\*Studietijd\.\*\*\s*(.*?)\s*\n:::", assignment, re.S)
    return " ".join(found.group(1).split()).rstrip(".")


def _guide_page(chapter: Path) -> Path:
    return GUIDE / f"hoofdstuk-{chapter.name[:2]}.md"


@pytest.mark.parametrize("chapter", chapter_pages(), ids=lambda p: p.name)
def test_the_guide_takes_learning_goals_and_study_time_from_the_chapter(chapter):
    guide = _guide_page(chapter).read_text(encoding="utf-8")
    include = f"```{{include}} ../{chapter.name}\n"
    assert guide.count(include) == 2, f"{_guide_page(chapter).name}: leerdoelen en studietijd niet uit {chapter.name}"
    assert ':start-after: "**Leerdoelen.** Na dit hoofdstuk kun je:"' in guide
    text = chapter.read_text(encoding="utf-8")
    assert "**Leerdoelen.** Na dit hoofdstuk kun je:" in text and "**Studietijd.**" in text


@pytest.mark.parametrize("chapter", chapter_pages(), ids=lambda p: p.name)
def test_the_rubric_has_the_chapters_criteria_in_order(chapter):
    criteria = _criteria(_assignment(chapter))
    guide = _guide_page(chapter).read_text(encoding="utf-8")
    rubric = guide[guide.index("Rubric bij") :]
    rows = re.findall(r"^\* - \(([a-e])\) (.*?)\n  - ", rubric, re.M | re.S)
    assert [letter for letter, _ in rows] == list("abcde"[: len(criteria)]), _guide_page(chapter).name
    for (letter, row), criterion in zip(rows, criteria):
        row = " ".join(row.split()).rstrip(".")
        assert row.lower() == criterion.lower(), f"{_guide_page(chapter).name} ({letter}): {row!r} != {criterion!r}"


@pytest.mark.parametrize("chapter", chapter_pages(), ids=lambda p: p.name)
def test_the_assignment_overview_agrees_with_the_chapter(chapter):
    assignment = _assignment(chapter)
    number = int(chapter.name[:2])
    title = re.search(r":::\{admonition\} (?:Opdracht \d+|Eindopdracht) — (.*)", assignment).group(1).strip()
    overview = (GUIDE / "opdrachten.md").read_text(encoding="utf-8")
    table = overview[overview.index("```{list-table}") :]
    table = table[: table.index("\n```\n")]
    row = re.search(rf"^\* - \{{ref\}}`[^`]*<h{number:02d}-opdracht>`(.*?)(?=^\* - |\Z)", table, re.M | re.S)
    assert row, f"opdrachten.md: geen rij voor hoofdstuk {number}"
    row_text = " ".join(row.group(1).split())
    assert f"*{title}*" in row_text, f"opdrachten.md, hoofdstuk {number}: titel {title!r}"
    for low, high in re.findall(r"(\d+) tot (\d+) woorden", assignment):
        assert f"{low} tot {high} woorden" in row_text, f"opdrachten.md, hoofdstuk {number}: {low}-{high} woorden"
    study = _study_time(assignment)
    assert row_text.rstrip().endswith(study), f"opdrachten.md, hoofdstuk {number}: studietijd {study!r}"


def _block_quotes(text: str) -> list[str]:
    """The paragraphs of every block quote, list markers removed, whitespace normalised."""
    quotes, current = [], []
    for line in [*text.splitlines(), ""]:
        if line.startswith(">"):
            content = line[1:].strip()
            if content.startswith("- ") and current:  # a list in a quote: one quote per item
                quotes.append(" ".join(" ".join(current).split()))
                current = []
            if content:
                current.append(content.removeprefix("- "))
                continue
        if current:
            quotes.append(" ".join(" ".join(current).split()))
            current = []
    return quotes


@pytest.mark.skipif(not SEED.is_file(), reason="the lecture file is not beside this checkout")
def test_every_quote_on_a_chapter_page_of_the_guide_is_from_the_lecture():
    lecture = " ".join(SEED.read_text(encoding="utf-8").replace("<i>", "").replace("</i>", "").split())
    for page in sorted(GUIDE.glob("hoofdstuk-*.md")):
        text = page.read_text(encoding="utf-8")
        for quote in _block_quotes(text):
            items = re.split(r"(?<=\S) (?=\d+\. )", quote)  # "5. ... 6. ..." on consecutive lines
            for item in items:
                assert item in lecture, f"{page.name}: niet woordelijk uit het college: {item!r}"


MODULE = GUIDE / "hoofdtekst.md"
CITE = re.compile(r"\{cite:[tp]\}`([^`]+)`")


def _bib_keys() -> set[str]:
    text = (BOOK / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, re.M))


def _module_rows() -> list[tuple[str, str]]:
    """The rows of the week table on 'Het boek als hoofdtekst': (first cell, whole row)."""
    text = MODULE.read_text(encoding="utf-8")
    table = text[text.index(":name: docent-hoofdtekst-weken") :]
    table = table[: table.index("\n```\n")]
    rows = re.split(r"^(?=\* - )", table, flags=re.M)[1:]
    return [(row.splitlines()[0][4:].strip(), row) for row in rows][1:]  # without the header row


def _reading_list(chapter: Path) -> str:
    text = chapter.read_text(encoding="utf-8")
    found = re.search(r"^## Leeslijst\n(.*?)^## ", text, re.M | re.S)
    assert found, f"{chapter.name}: geen Leeslijst"
    return found.group(1)


def test_each_week_of_the_module_names_a_chapter_and_its_canon_reading():
    chapters = {page.name[:2]: page for page in chapter_pages()}
    keys = _bib_keys()
    weeks = [(label, row) for label, row in _module_rows() if label.startswith("Week")]
    assert [label for label, _ in weeks] == [f"Week {n}" for n in range(1, len(weeks) + 1)]
    taught = []
    for label, row in weeks:
        refs = re.findall(r"\{ref\}`h(\d\d)`", row)
        assert len(refs) == 1 and refs[0] in chapters, f"{MODULE.name}, {label}: geen bestaand hoofdstuk"
        cited = CITE.findall(row)
        assert cited, f"{MODULE.name}, {label}: geen canonlezing met {{cite:t}}"
        missing = [key for key in cited if key not in keys]
        assert not missing, f"{MODULE.name}, {label}: niet in references.bib: {missing}"
        reading = _reading_list(chapters[refs[0]])
        absent = [key for key in cited if f"`{key}`" not in reading]
        assert not absent, f"{MODULE.name}, {label}: {absent} staat niet in de leeslijst van hoofdstuk {refs[0]}"
        taught.append(refs[0])
    assert sorted(taught) == sorted(chapters), f"{MODULE.name}: niet elk hoofdstuk heeft een week"


def test_the_module_adds_up_to_seven_and_a_half_ec():
    hours = [int(re.findall(r"^  - (\d+)\s*$", row, re.M)[-1]) for _, row in _module_rows()]
    assert 190 <= sum(hours) <= 215, f"{MODULE.name}: {sum(hours)} uur, geen 7,5 EC (ongeveer 200 uur)"
    assert f"Samen is dat {sum(hours)} uur." in MODULE.read_text(encoding="utf-8")


def test_every_citation_on_the_module_page_is_in_the_bibliography():
    missing = sorted(set(CITE.findall(MODULE.read_text(encoding="utf-8"))) - _bib_keys())
    assert not missing, f"{MODULE.name}: niet in references.bib: {missing}"


def test_every_chapters_teacher_page_names_its_packages_and_question_banks_as_they_are_made():
    """The file names on the teachers' chapter pages are the ones `make lms` writes."""
    from coursekit.definitions import load_catalog
    from coursekit.lms import banks, package

    catalog = load_catalog(ROOT)
    made = {p.name: p for p in package.plan(catalog, ROOT / "book", "Boek")}
    bank_names = {bank.ident for bank in banks.banks(catalog)}
    for number in catalog.chapters:
        text = (ROOT / "book" / "docenten" / f"hoofdstuk-{number:02d}.md").read_text(encoding="utf-8")
        chapter = made[f"hoofdstuk-{number:02d}"]
        for version in package.VERSIONS:
            assert f"`{chapter.file_name(version)}`" in text, (number, version)
        ident = f"hoofdstuk-{number:02d}-kennisvragen"
        assert ident in bank_names
        assert f"`{ident}-qti.zip`" in text and f"`{ident}-moodle.xml`" in text
