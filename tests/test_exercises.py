"""Every exercise the book promises exists, is valid, and is shown in its chapter's notebook."""

from __future__ import annotations

import json
import re

import pytest

from coursekit.definitions import load_catalog
from helpers import NOTEBOOKS, exercise_notebooks

CALL = re.compile(r"""exercise\(\s*["']([^"']+)["']""")


def notebook_exercise_ids(notebook) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [m for c in cells if c["cell_type"] == "code" for m in CALL.findall("".join(c["source"]))]


def test_all_exercise_definitions_are_valid():
    load_catalog().check()  # raises one error listing every problem, with file and id


@pytest.mark.parametrize("notebook", exercise_notebooks(), ids=lambda p: p.name)
def test_notebook_only_calls_defined_exercises(notebook):
    catalog = load_catalog()
    unknown = [i for i in notebook_exercise_ids(notebook) if catalog.get(i) is None]
    assert not unknown, f"{notebook.name} roept onbekende oefeningen aan: {unknown}"


@pytest.mark.parametrize("definitions", sorted((NOTEBOOKS / "oefeningen").glob("*.yml")), ids=lambda p: p.name)
def test_every_defined_exercise_appears_in_its_notebook(definitions):
    notebook = NOTEBOOKS / f"{definitions.stem}.ipynb"
    assert notebook.is_file(), f"{definitions.name}: notebook {notebook.name} ontbreekt"
    defined = re.findall(r"^\s*-\s*id:\s*(\S+)", definitions.read_text(encoding="utf-8"), re.M)
    shown = set(notebook_exercise_ids(notebook))
    missing = [i for i in defined if i not in shown]
    assert not missing, f"{notebook.name} toont deze oefeningen niet: {missing}"


def test_every_chapter_has_a_knowledge_check():
    for definitions in sorted((NOTEBOOKS / "oefeningen").glob("*.yml")):
        text = definitions.read_text(encoding="utf-8")
        assert re.search(r"type:\s*(multiple_choice|matching)", text), (
            f"{definitions.name}: geen kennisvraag (multiple_choice of matching)"
        )
