"""The formats are JSON Schemas, used by the code, and everything in the book honours them:
every exercise file, the sample exports, and a store and exports written by the previous version."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from classtools import build_script, notebook
from coursekit import schemas
from coursekit.definitions import load_catalog
from coursekit.portfolio.format import embedded_payload, read_export
from coursekit.store import AnswerStore
from coursekit.texts import learner

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "notebooks" / "oefeningen"
SAMPLES = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
PREVIOUS = Path(__file__).parent / "fixtures" / "previous-version"
SCHEMA_LINE = "# yaml-language-server: $schema=../../src/coursekit/schemas/exercise-definitions.schema.json"


def test_the_committed_schemas_are_the_ones_the_exercise_types_compose():
    result = subprocess.run([sys.executable, "-m", "coursekit.schemas", "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", schemas.NAMES)
def test_each_schema_is_a_valid_versioned_draft_2020_12_schema(name):
    schema = schemas.load(name)
    Draft202012Validator.check_schema(schema)
    assert re.search(r"/schemas/\d+/", schema["$id"]), f"{name}: the $id carries no version"


@pytest.mark.parametrize("path", sorted(EXERCISES.glob("*.yml")), ids=lambda p: p.name)
def test_every_exercise_file_names_its_schema_and_is_valid(path):
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == SCHEMA_LINE, f"{path.name}: the first line should name the schema"
    errors = [e.message for e in schemas.errors("exercise-definitions", yaml.safe_load(text))]
    assert errors == []


def test_the_book_loads_without_a_single_definition_problem():
    load_catalog(ROOT).check()


@pytest.mark.parametrize(
    "path", sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".md", ".json")), ids=lambda p: p.name
)
def test_the_sample_exports_carry_schema_valid_data(path):
    text = path.read_text(encoding="utf-8")
    data = json.loads(text if path.suffix == ".json" else embedded_payload(text))
    assert [e.message for e in schemas.errors("portfolio-export", data)] == []


def test_a_store_written_by_the_previous_version_loads_every_answer(tmp_path):
    source = PREVIOUS / "antwoorden.json"
    document = json.loads(source.read_text(encoding="utf-8"))
    assert document["schema_version"] == 1  # written before answers recorded their edition
    copy = tmp_path / "antwoorden.json"
    shutil.copy(source, copy)
    store = AnswerStore(copy)
    answers = store.answers()
    assert len(answers) == len(document["answers"]) == 38
    types = {a.type for a in answers.values()}
    assert types == {"reflection", "selfscan", "multiple_choice", "matching", "dilemma", "forcefield"}
    assert all(a.edition == "" and a.definition == "" for a in answers.values())  # not known then
    migrated = json.loads(copy.read_text(encoding="utf-8"))
    assert migrated["schema_version"] == 2 and schemas.is_valid("store", migrated)
    kept = list(tmp_path.glob("antwoorden.versie-1-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == source.read_bytes()  # the old file, kept as it was
    assert store.notices == [learner.STORE_MIGRATED.format(path=copy, copy=kept[0])]  # only this, once


@pytest.mark.parametrize(
    "path", sorted(p for p in PREVIOUS.iterdir() if p.name.startswith("portfolio-")), ids=lambda p: p.suffix
)
def test_exports_made_by_the_previous_version_import_every_answer(path):
    text = path.read_text(encoding="utf-8")
    data = json.loads(text if path.suffix == ".json" else embedded_payload(text))
    parsed = read_export(path.read_bytes())
    assert parsed.name == data["name"] and parsed.answers and not parsed.problems
    assert sorted(parsed.answers) == sorted(entry["exercise_id"] for entry in data["answers"])


def test_the_class_overview_reads_exports_of_the_previous_version(tmp_path):
    catalog = load_catalog(ROOT)
    for path in PREVIOUS.iterdir():
        if path.name.startswith("portfolio-"):
            shutil.copy(path, tmp_path / path.name)
    data = notebook(build_script(), tmp_path)
    assert len(data["learners"]) == 3 and not data["skipped"] and not data["problem"]
    first = data["exercises"][0]  # every learner did the first self-scan
    assert first["id"] == next(iter(catalog.definitions))
    assert (first["done"], len(data["learners"])) == (3, 3)
    assert "Voorbeeldcursist" not in json.dumps(data["learners_table"], ensure_ascii=False)  # names stay hidden
