"""Exercise definitions: the sample loads; every mistake names file and exercise, in Dutch."""

from __future__ import annotations

import pytest

from coursekit.definitions import DefinitionError, load_catalog
from coursekit.exercise_types.selfscan import Selfscan

GOOD = """chapter: 3
title: "Hoofdstuk drie"
exercises:
  - id: h3-goed
    type: reflection
    prompts: ["Vraag?"]
"""


@pytest.fixture
def exercises_dir(course):
    return course.root / "notebooks" / "oefeningen"


def write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def test_the_sample_loads_every_type_in_book_order(course):
    catalog = load_catalog()
    catalog.check()
    assert list(catalog.definitions) == [
        "h1-reflectie",
        "h1-zelfscan",
        "h1-kennis",
        "h1-sorteer",
        "h1-dilemma",
        "h1-krachtenveld",
        "h2-zelfscan-begin",
        "h2-zelfscan-eind",
        "h2-sorteer-tabel",
    ]
    reflection = catalog.get("h1-reflectie")
    assert reflection.notebook == "notebooks/01-proef.ipynb" and reflection.prompts == (
        "Wat viel je op?",
        "Wat doe je anders?",
    )
    assert catalog.get("h1-kennis").title == "Kennisvraag"  # default title per type
    assert catalog.get("h1-dilemma").question == "Wat doe je?"
    assert catalog.get("h1-krachtenveld").rows == 3
    assert catalog.chapters[2].title == "Hoofdstuk met tabellen"


def test_statements_and_items_can_come_from_a_table(course):
    catalog = load_catalog()
    scan = catalog.get("h2-zelfscan-begin")
    assert scan.statements == ("Loyaal dienen", "Blik naar buiten", "Co-design met burgers", "Weerbaarheid")
    assert scan.scale[0] == "helemaal niet" and len(scan.scale) == 5
    items = catalog.get("h2-sorteer-tabel").items
    assert len(items) == 3 and all(item.answer in ("Ambacht 1.0", "Ambacht 2.0", "Ambacht 3.0") for item in items)
    assert "hoort bij" in items[0].explanation
    assert load_catalog().get("h2-sorteer-tabel").items == items  # the sample is the same every time


def test_compare_with_is_linked_to_the_earlier_scan(course):
    later = load_catalog().get("h2-zelfscan-eind")
    assert isinstance(later, Selfscan) and later.compare_with == "h2-zelfscan-begin"
    assert later.compare_title == "Zelfscan"


@pytest.mark.parametrize(
    "exercise, words",
    [
        ("  - id: h3-x\n    type: reflection\n", "'prompts' ontbreekt"),
        ("  - id: h3-x\n    type: reflection\n    prompts: [a]\n    promts: [b]\n", "onbekend veld promts"),
        ("  - id: h3-x\n    type: essay\n", "onbekend type 'essay'"),
        ("  - id: h4-x\n    type: reflection\n    prompts: [a]\n", "begint niet met h3-"),
        ("  - id: H3_x\n    type: reflection\n    prompts: [a]\n", "ongeldige id 'H3_x'"),
        ("  - id: h3-x\n    type: reflection\n    prompts: [a, a]\n", "dubbele tekst: a"),
        (
            "  - id: h3-x\n    type: multiple_choice\n    question: q\n    options:\n"
            "      - {text: a, correct: false, feedback: f}\n      - {text: b, correct: false, feedback: f}\n",
            "minstens één optie",
        ),
        (
            "  - id: h3-x\n    type: multiple_choice\n    question: q\n    options:\n"
            "      - {text: 1970, correct: true, feedback: f}\n      - {text: b, correct: no, feedback: f}\n",
            "'text' moet tekst zijn",
        ),
        (
            "  - id: h3-x\n    type: matching\n    question: q\n    categories: [A, B]\n"
            "    items:\n      - {text: t, answer: C, explanation: e}\n",
            "antwoord 'C', maar dat staat niet in 'categories'",
        ),
        (
            "  - id: h3-x\n    type: selfscan\n    statements: [a]\n"
            "    statements_from: {table: thema, column: thema}\n",
            "precies één van 'statements' en 'statements_from'",
        ),
        (
            "  - id: h3-x\n    type: selfscan\n    statements_from: {table: thema, column: bestaat}\n",
            "tabel 'thema' heeft geen kolom 'bestaat'",
        ),
        (
            "  - id: h3-x\n    type: selfscan\n    statements_from: {table: onbekend, column: a}\n",
            "data/onbekend.schema.json: bestand ontbreekt",
        ),
        (
            "  - id: h3-x\n    type: selfscan\n    statements: [a]\n    scale: [een]\n",
            "'scale' moet 2 tot 10 onderdelen",
        ),
        (
            "  - id: h3-x\n    type: selfscan\n    statements: [a]\n    compare_with: h3-weg\n",
            "compare_with verwijst naar 'h3-weg'",
        ),
        (
            "  - id: h3-x\n    type: matching\n    question: q\n"
            "    categories: [Ambacht 1.0, Ambacht 2.0, Ambacht 3.0]\n"
            "    items_from: {table: thema, text: thema, answer: generatie, sample: 9}\n",
            "sample is 9",
        ),
        ("  - id: h3-x\n    type: forcefield\n    rows: 40\n", "'rows' moet een geheel getal van 1 tot 20"),
    ],
)
def test_a_bad_exercise_is_left_out_with_a_message_naming_file_and_id(exercises_dir, exercise, words):
    write(exercises_dir, "03-fout.yml", GOOD + exercise)
    catalog = load_catalog()
    assert catalog.get("h3-goed") is not None and catalog.get("h3-x") is None
    assert len(catalog.errors) == 1
    assert catalog.errors[0].startswith("notebooks/oefeningen/03-fout.yml")
    written_id = exercise.split("id: ")[1].split("\n")[0]
    assert f"({written_id})" in catalog.errors[0] and words in catalog.errors[0]
    with pytest.raises(DefinitionError, match="03-fout.yml"):
        catalog.check()


@pytest.mark.parametrize(
    "name, text, words",
    [
        ("03-kapot.yml", "chapter: 3\nexercises: [\n", "geen geldige YAML"),
        ("03-lijst.yml", "- chapter: 3\n", "verwacht een groep velden"),
        ("04-verkeerd.yml", GOOD, "de bestandsnaam begint met 04, maar 'chapter' is 3"),
        ("drie.yml", GOOD, "de bestandsnaam moet beginnen met het hoofdstuknummer"),
        ("03-leeg.yml", "chapter: 3\ntitle: t\nexercises: []\n", "'exercises' moet een lijst zijn"),
        ("03-extra.yml", GOOD + "auteur: iemand\n", "onbekend veld auteur"),
    ],
)
def test_a_bad_file_is_reported_and_the_other_files_still_load(exercises_dir, name, text, words):
    write(exercises_dir, name, text)
    catalog = load_catalog()
    assert "h1-reflectie" in catalog.definitions
    assert len(catalog.errors) == 1 and name in catalog.errors[0] and words in catalog.errors[0]


def test_an_id_used_twice_in_the_book_is_reported(exercises_dir):
    write(exercises_dir, "03-dubbel.yml", GOOD + GOOD.split("exercises:\n")[1])
    catalog = load_catalog()
    assert catalog.errors == (
        "notebooks/oefeningen/03-dubbel.yml: de id 'h3-goed' komt al voor in notebooks/oefeningen/03-dubbel.yml",
    )
    assert catalog.get("h3-goed") is not None


def test_suggestions_find_ids_with_or_without_their_chapter(course):
    catalog = load_catalog()
    assert catalog.suggestions("zelfscan")[0] == "h1-zelfscan"
    assert catalog.suggestions("H1-Kennis") == ["h1-kennis"]
    assert catalog.suggestions("bestaat-niet") == []
