"""Compose the JSON Schemas from the exercise types (run ``python -m coursekit.schemas``).

The common parts live here; the part of each schema that belongs to one exercise type lives in
that type's module (``definition_schema``, ``value_schema``). The composed schemas are written to
``*.schema.json`` beside this module and committed; a test fails when they are out of date.
"""

from __future__ import annotations

from typing import Any

from ..exercise_types import REGISTRY, TYPES
from ..exercise_types.base import DEFINITION_TEXT, EXERCISE_ID_PATTERN

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE = "https://ambtelijk-vakmanschap.github.io/opgavegericht-werken/schemas/"
STORE_FORMAT = "coursekit-antwoorden"
EXPORT_FORMAT = "coursekit-portfolio"
STORE_VERSION = 2  # 2: answers record their edition, question version and earlier answers
EXPORT_VERSION = 2  # 2: the same, and the export names its edition
# Definitions and answer records have a version of their own, in their $id.
DEFINITIONS_VERSION = 1
ANSWER_VERSION = 2
# How deep arrays and objects may nest in a store or an export, counted from the document itself
# (an export with earlier answers and a self-scan needs 8). A deeper file is refused before it is
# parsed, by both readers alike (Python and the page): deep nesting is how a file overflows a
# reader's stack. The schemas' descriptions name it; coursekit.schemas.depth checks it.
MAX_DEPTH = 32
# An answer keeps at most this many earlier answers (the oldest go first).
MAX_EARLIER = 50
# The reason of an earlier answer kept because another tab saved meanwhile (the newest answer won).
OTHER_TAB = "other_tab"
DEPTH_NOTE = (
    f" Arrays and objects nest at most {MAX_DEPTH} deep, counted from the document itself "
    "(MAX_DEPTH): a deeper file is refused before it is parsed."
)

EXERCISE_ID: dict[str, Any] = {"type": "string", "pattern": EXERCISE_ID_PATTERN}
CHAPTER: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": 99}
# "" where it is not known: an answer made before answers recorded it.
EDITION: dict[str, Any] = {
    "type": "string",
    "pattern": r"^(\d{4}-\d{4})?(?!\n)$",
    "description": "The edition (academic year) of the book the answer was given in, e.g. 2026-2027",
}
QUESTION_VERSION: dict[str, Any] = {
    "type": "string",
    "pattern": r"^([0-9a-f]{12})?(?!\n)$",
    "description": "The version of the question answered (a fingerprint of its texts)",
}
MOMENT: dict[str, Any] = {
    "type": "string",
    "format": "date-time",
    "maxLength": 40,
    "description": "RFC 3339 with a time zone, e.g. 2026-11-27T14:02:00.000+00:00",
}


def _by_type(defs: dict, property_name: str | None = None) -> list[dict]:
    """One if/then per type: the part of the schema for that type applies when `type` is its name."""
    rules = []
    for name in defs:
        then: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
        if property_name:
            then = {"properties": {property_name: then}}
        rules.append({"if": {"properties": {"type": {"const": name}}, "required": ["type"]}, "then": then})
    return rules


def definitions() -> dict:
    common = {
        "id": EXERCISE_ID,
        "type": {"enum": list(TYPES)},
        "title": DEFINITION_TEXT,
        "instruction": DEFINITION_TEXT,
    }
    defs = {}
    for name, exercise_type in REGISTRY.items():
        own = dict(exercise_type.definition_schema)
        properties, required = own.pop("properties"), own.pop("required")
        defs[name] = {
            "type": "object",
            "properties": {**common, "type": {"const": name}, **properties},
            "required": ["id", "type", *required],
            "additionalProperties": False,
            **own,
        }
    return {
        "$schema": DRAFT,
        "$id": f"{BASE}{DEFINITIONS_VERSION}/exercise-definitions.schema.json",
        "title": "Oefeningen van één hoofdstuk (notebooks/oefeningen/NN-onderwerp.yml)",
        "description": "The exercises of one chapter notebook. Texts are plain text (no Markdown). "
        "See CONTRIBUTING.md and coursekit/exercise_types/ for each type.",
        "type": "object",
        "properties": {
            "chapter": CHAPTER,
            "title": DEFINITION_TEXT,
            "final_assignment": {
                "type": "object",
                "description": "The chapter's final assignment: the exercises a portfolio must hold, and "
                "reflections from how many other chapters (shown in the class overview).",
                "properties": {
                    "requires": {"type": "array", "items": EXERCISE_ID, "minItems": 1, "uniqueItems": True},
                    "reflections_from_other_chapters": {"type": "integer", "minimum": 0, "maximum": 99},
                },
                "required": ["requires", "reflections_from_other_chapters"],
                "additionalProperties": False,
            },
            "exercises": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/exercise"}},
        },
        "required": ["chapter", "title", "exercises"],
        "additionalProperties": False,
        "$defs": {
            "exercise": {
                "type": "object",
                "properties": {"type": {"enum": list(TYPES)}},
                "required": ["id", "type"],
                "allOf": _by_type(defs),
            },
            **defs,
        },
    }


def _value_by_type(defs: dict) -> list[dict]:
    """The value (and the value of every earlier answer) has the shape of the answer's type."""
    rules = []
    for name in defs:
        value = {"$ref": f"#/$defs/{name}"}
        rules.append(
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": {"properties": {"value": value, "earlier": {"items": {"properties": {"value": value}}}}},
            }
        )
    return rules


def answer() -> dict:
    defs = {name: exercise_type.value_schema for name, exercise_type in REGISTRY.items()}
    earlier = {
        "type": "object",
        "properties": {
            "value": {"type": "object"},
            "updated_at": MOMENT,
            "edition": EDITION,
            "definition": QUESTION_VERSION,
            "reason": {
                "enum": [OTHER_TAB],
                "description": "Why it was kept, when not because the question changed: other_tab, it was saved "
                "in another tab (or window) while this answer was being written; the newest answer won. "
                "Optional: without it, an answer to an earlier version of the question",
            },
        },
        "required": ["value", "updated_at", "edition", "definition"],
        "additionalProperties": False,
    }
    return {
        "$schema": DRAFT,
        "$id": f"{BASE}{ANSWER_VERSION}/answer.schema.json",
        "title": "One learner's answer to one exercise",
        "description": "The value carries the question texts it answers, so an answer stays readable "
        "when the book changes.",
        "type": "object",
        "properties": {
            "exercise_id": EXERCISE_ID,
            "chapter": CHAPTER,
            "type": {"enum": list(TYPES)},
            "value": {"type": "object"},
            "updated_at": MOMENT,
            "edition": EDITION,
            "definition": QUESTION_VERSION,
            "earlier": {
                "type": "array",
                "maxItems": MAX_EARLIER,
                "items": earlier,
                "description": "Earlier answers, oldest first: kept when the question changed and the learner "
                "answered the new one, or (reason other_tab) when another tab saved another answer meanwhile",
            },
        },
        "required": ["exercise_id", "chapter", "type", "value", "updated_at", "edition", "definition"],
        "additionalProperties": False,
        "allOf": _value_by_type(defs),
        "$defs": defs,
    }


def store() -> dict:
    return {
        "$schema": DRAFT,
        "$id": f"{BASE}{STORE_VERSION}/store.schema.json",
        "title": "A learner's answers (antwoorden.json in JupyterLab, the browser's storage on the page)",
        "description": "The same shape in JupyterLab and on the page." + DEPTH_NOTE,
        "type": "object",
        "properties": {
            "format": {"const": STORE_FORMAT},
            "schema_version": {"const": STORE_VERSION},
            "answers": {
                "type": "object",
                "propertyNames": EXERCISE_ID,
                "additionalProperties": {"$ref": f"{BASE}{ANSWER_VERSION}/answer.schema.json"},
            },
        },
        "required": ["format", "schema_version", "answers"],
        "additionalProperties": False,
    }


def export() -> dict:
    return {
        "$schema": DRAFT,
        "$id": f"{BASE}{EXPORT_VERSION}/portfolio-export.schema.json",
        "title": "The data in a portfolio export (the .json file, or embedded in the .html and .md files)",
        "description": "Read by one reader in each language, with one version rule." + DEPTH_NOTE,
        "type": "object",
        "properties": {
            "format": {"const": EXPORT_FORMAT},
            "schema_version": {"const": EXPORT_VERSION},
            "exported_at": MOMENT,
            "edition": EDITION,
            "name": {"type": "string", "maxLength": 200},
            "answers": {"type": "array", "items": {"$ref": f"{BASE}{ANSWER_VERSION}/answer.schema.json"}},
        },
        "required": ["format", "schema_version", "exported_at", "edition", "name", "answers"],
        "additionalProperties": False,
    }


SCHEMAS = {
    "exercise-definitions": definitions,
    "answer": answer,
    "store": store,
    "portfolio-export": export,
}
