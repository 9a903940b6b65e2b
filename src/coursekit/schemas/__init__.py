"""The formats, declared once as versioned JSON Schemas (draft 2020-12), and the checks against them.

- ``exercise-definitions.schema.json``: one YAML file in ``notebooks/oefeningen/``;
- ``answer.schema.json``: one answer record;
- ``store.schema.json``: a learner's answers (``antwoorden.json``; the page stores the same shape);
- ``portfolio-export.schema.json``: the data of a portfolio export.

The files are composed from the exercise types (:mod:`coursekit.schemas.compose`; write them with
``python -m coursekit.schemas``) and read from disk by every reader and writer: the toolkit
here, the page's front end and its tests, and authors' editors (the YAML files name their schema).
Errors become Dutch messages in :mod:`coursekit.schemas.dutch`.

Two validators read the same files: fastjsonschema (compiled to Python, about ten times faster)
answers "valid or not" on every read and write; jsonschema, which reports every error with its
path, runs only when something is wrong, to say what. A test keeps the two in agreement. Both
load on first use.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).parent
NAMES = ("exercise-definitions", "answer", "store", "portfolio-export")


@functools.cache
def load(name: str) -> dict:
    """The schema ``name`` (one of :data:`NAMES`) as committed."""
    return json.loads((FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"))


@functools.cache
def _validators() -> dict[str, Any]:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schemas = {name: load(name) for name in NAMES}
    registry = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    return {name: Draft202012Validator(schema, registry=registry) for name, schema in schemas.items()}


def errors(name: str, instance: Any) -> Iterator[Any]:
    """Every ``jsonschema.ValidationError`` of ``instance`` against the schema ``name``."""
    return _validators()[name].iter_errors(instance)


@functools.cache
def _compiled(name: str) -> Any:
    import fastjsonschema

    by_id = {load(other)["$id"]: other for other in NAMES}

    def local(uri: str) -> dict:  # never fetch a schema over the network: they are all here
        return load(by_id[uri])

    # Formats (date-time) are checked by our own readers (answers.parse_time), as with jsonschema.
    return fastjsonschema.compile(load(name), handlers={"https": local}, use_formats=False)


def is_valid(name: str, instance: Any) -> bool:
    """Whether ``instance`` is valid against the schema ``name`` (fast; see the module docstring)."""
    from fastjsonschema import JsonSchemaException

    try:
        _compiled(name)(instance)
    except JsonSchemaException:
        return False
    return True


def composed_text() -> dict[str, str]:
    """{name: JSON text} of the schemas as the exercise types compose them now."""
    from .compose import SCHEMAS

    return {name: json.dumps(make(), ensure_ascii=False, indent=2) + "\n" for name, make in SCHEMAS.items()}
