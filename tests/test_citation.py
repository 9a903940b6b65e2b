"""CITATION.cff is valid Citation File Format 1.2.0, checked against the official JSON schema
(shipped inside the cffconvert package, installed by `make` for this purpose only)."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

import jsonschema
import yaml

from coursekit import edition
from helpers import ROOT


def cff_schema() -> dict:
    # find_spec locates the package without importing it (its own imports need pins we avoid).
    package = Path(find_spec("cffconvert").submodule_search_locations[0])
    schema = package / "schemas" / "1.2.0" / "schema.json"
    return json.loads(schema.read_text(encoding="utf-8"))


def test_citation_file_is_valid_cff():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(cff_schema())
    errors = sorted(validator.iter_errors(citation), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_an_invalid_citation_file_is_caught():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    del citation["authors"]
    assert list(jsonschema.Draft7Validator(cff_schema()).iter_errors(citation))


def test_citation_carries_the_books_edition():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    current = edition.current(ROOT)
    assert current.name and current.date, "_config.yml names no edition (edition: name, date)"
    assert str(cff["version"]) == current.name and str(cff["date-released"]) == current.date
