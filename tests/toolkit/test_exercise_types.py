"""Every registered exercise type is complete: a missing part fails with a sentence naming it.

A type is its folder in coursekit/exercise_types/ (found by the registry's walk): its __init__.py
(definition, schema parts, parsing, value check, portfolio blocks, sample answer), its static form
template.html and its view.js; its label (``label`` in its __init__.py); and its sample in the fixture
tests/fixtures/every-type.yml, which these tests use (not the book's exercises), so a type is
tested before any chapter uses it. The view runs on the page and, through coursekit.notebook, in
the notebooks.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from coursekit import schemas, static
from coursekit.answers import Answer
from coursekit.exercise_types import REGISTRY
from coursekit.exercise_types.base import Definition
from pagecalls import page_calls

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "coursekit"
TYPES = sorted(REGISTRY)


class Learner:
    """A minimal synthetic learner (see scripts/make_sample_exports.py for the full one)."""

    forces = ("Budget", "Een deadline", "Oud zeer", "Wisselende trekkers")

    def __init__(self):
        self.rng = random.Random(7)
        self.level = 3
        self.favourite = 1
        self.scores: dict = {}

    def text(self, index: int) -> str:
        return f"Voorbeeldantwoord {index}"

    def note(self) -> str:
        return "notitie"

    def bonus(self, statement: str) -> int:
        return 0


@pytest.fixture(scope="module")
def catalog(every_type):
    return every_type


@pytest.mark.parametrize("name", TYPES)
def test_the_type_declares_its_definition_and_schema_parts(name):
    exercise_type = REGISTRY[name]
    assert exercise_type.name == name, f"het type '{name}' staat onder een andere naam in het register"
    definition = exercise_type.definition
    assert issubclass(definition, Definition) and definition.type == name, (
        f"het type '{name}' mist een Definition-klasse met type = '{name}'"
    )
    assert dataclasses.is_dataclass(definition), f"de definitie van '{name}' is geen dataclass"
    parts = exercise_type.definition_schema
    assert {"properties", "required"} <= set(parts), (
        f"het type '{name}' mist 'properties' of 'required' in definition_schema"
    )
    assert exercise_type.value_schema.get("type") == "object", f"het type '{name}' mist een value_schema"
    assert name in schemas.load("exercise-definitions")["$defs"], (
        f"het schema van de oefenbestanden kent '{name}' niet: voer python -m coursekit.schemas uit"
    )
    assert name in schemas.load("answer")["$defs"], (
        f"het antwoordschema kent '{name}' niet: voer python -m coursekit.schemas uit"
    )


@pytest.mark.parametrize("name", TYPES)
def test_the_type_lives_in_its_own_folder(name):
    folder = PACKAGE / "exercise_types" / name
    module = REGISTRY[name].__class__.__module__
    assert module == f"coursekit.exercise_types.{name}", (
        f"het type '{name}' hoort in zijn eigen map {folder.relative_to(ROOT)}/__init__.py (nu: {module})"
    )


@pytest.mark.parametrize("name", TYPES)
def test_the_type_has_a_label_a_template_and_a_view(name):
    exercise_type = REGISTRY[name]
    label = getattr(exercise_type, "label", "")
    assert isinstance(label, str) and label.strip(), f"het type '{name}' mist zijn label (de naam voor de lezer)"
    assert exercise_type.definition.label == label, f"de definitie van '{name}' toont niet het label van zijn type"
    template = PACKAGE / "exercise_types" / exercise_type.template
    assert template.is_file(), f"het type '{name}' mist zijn statische vorm {template.relative_to(ROOT)}"
    view = PACKAGE / "exercise_types" / name / "view.js"
    assert view.is_file(), f"het type '{name}' mist zijn view (pagina en notebook) {view.relative_to(ROOT)}"
    assert "export default" in view.read_text(encoding="utf-8"), f"{view.relative_to(ROOT)} exporteert geen view"


@pytest.mark.parametrize("name", TYPES)
def test_for_every_fixture_exercise_of_the_type_a_sample_answer_is_valid_and_shows(name, catalog):
    exercise_type = REGISTRY[name]
    definitions = [d for d in catalog.definitions.values() if d.type == name]
    assert definitions, f"tests/fixtures/every-type.yml heeft geen voorbeeld van het type '{name}'; voeg er een toe"
    for definition in definitions:
        value = exercise_type.sample(definition, Learner())
        answer = Answer.create(definition.id, definition.chapter, name, value)  # checked against the schema
        assert not exercise_type.is_empty(answer.value), f"de voorbeeldantwoorden van '{name}' gelden als leeg"
        # the portfolio's blocks are the view's (view.js, run in Node): the portfolio is JavaScript
        blocks, alone = page_calls(
            ("blocks", answer.to_dict(), definition.to_json()), ("blocks", answer.to_dict(), None)
        )
        assert blocks and all(b["kind"] in ("line", "quote", "table") for b in blocks), (
            f"'{name}' toont een antwoord niet als blokken voor het portfolio"
        )
        assert alone, f"'{name}' toont geen antwoord zonder definitie"
        form = static.render(definition, {})
        assert definition.title in form.replace("&#x27;", "'").replace("&quot;", '"').replace("&amp;", "&")


@pytest.mark.parametrize("name", TYPES)
def test_the_type_says_which_texts_are_the_question(name, catalog):
    definition = next(d for d in catalog.definitions.values() if d.type == name)
    asked = definition.asked()
    assert asked and isinstance(asked, dict), f"'{name}' zegt niet welke teksten de vraag zijn (asked())"
    assert len(definition.version) == 12 and definition.to_json()["version"] == definition.version
    reworded = dataclasses.replace(definition, title=definition.title + " (nieuw)", instruction="Anders.")
    assert reworded.version == definition.version, f"'{name}': een nieuwe titel of uitleg verandert de vraag niet"
    field = next(iter(asked))
    value = getattr(definition, field)
    changed = (
        value + 1
        if isinstance(value, int)
        else (
            value + " (herschreven)"
            if isinstance(value, str)
            else (*value[:-1], dataclasses.replace(value[-1], text="X") if dataclasses.is_dataclass(value[-1]) else "X")
        )
    )
    assert dataclasses.replace(definition, **{field: changed}).version != definition.version, (
        f"'{name}': een andere vraag moet een andere versie geven"
    )
