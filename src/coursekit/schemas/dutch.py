"""Schema errors as Dutch messages: for course authors (definitions) and for learners (answers).

One error is reported at a time, the first a reader would fix: a field of the wrong kind before
an unknown field. Messages name the field the way the author wrote it (``options 1, 'text'``) or
the way it sits in an answer (``ratings[2].score``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import InvalidAnswer, TextTooLong
from ..texts import author, learner


def _first(errors: Iterable[Any]) -> Any | None:
    """The error to report: shallow before deep, unknown fields last, otherwise in document order."""
    found = list(errors)
    if not found:
        return None
    return min(
        enumerate(found),
        key=lambda pair: (pair[1].validator == "additionalProperties", len(pair[1].absolute_path), pair[0]),
    )[1]


def _missing(error: Any) -> str:
    return next((key for key in error.validator_value if key not in error.instance), str(error.validator_value[0]))


def _duplicate(values: Sequence[Any]) -> str:
    seen: list[Any] = []
    for value in values:
        if value in seen:
            return str(value)
        seen.append(value)
    return ""


def _either(error: Any) -> tuple[str, str] | None:
    """The two fields of a oneOf that asks for exactly one of two fields."""
    options = error.validator_value
    keys = [option.get("required", [None])[0] for option in options if set(option) == {"required"}]
    return (keys[0], keys[1]) if len(keys) == 2 == len(options) else None


# --- Course authors ------------------------------------------------------------------------------


def author_context(where: str, path: Sequence[Any]) -> tuple[str, str]:
    """(context, key) for a path inside a definition: ``where, options 1`` and ``text``."""
    parts = [where]
    steps = list(path)
    last = steps.pop() if steps else None
    for step in steps:
        if isinstance(step, int):
            parts[-1] += f" {step + 1}"
        else:
            parts.append(str(step))
    if isinstance(last, int):
        parts[-1] += f" {last + 1}"
        return ", ".join(parts), ""
    return ", ".join(parts), "" if last is None else str(last)


def definition_message(errors: Iterable[Any], where: str) -> str | None:
    """The Dutch message for the first error of a definition (None when there is none)."""
    error = _first(errors)
    if error is None:
        return None
    context, key = author_context(where, list(error.absolute_path))
    schema, value = error.schema, error.instance
    kind = error.validator
    if kind == "required":
        return author.DEF_MISSING.format(context=context if not key else f"{context}, {key}", key=_missing(error))
    if kind == "additionalProperties":
        unknown = sorted(set(value) - set(schema.get("properties", {})), key=str)
        return author.DEF_UNKNOWN_KEYS.format(
            context=context if not key else f"{context}, {key}",
            keys=", ".join(map(str, unknown)),
            allowed=", ".join(sorted(schema.get("properties", {}))),
        )
    if kind == "oneOf" and _either(error):
        first, second = _either(error)  # type: ignore[misc]
        return author.DEF_EITHER.format(context=context, first=first, second=second)
    if kind == "enum" and key == "type":
        return author.DEF_BAD_TYPE.format(context=context, value=value, allowed=", ".join(schema["enum"]))
    if (kind == "pattern" and key in ("id", "compare_with")) or (kind == "pattern" and "h[0-9]" in schema["pattern"]):
        return author.DEF_BAD_ID.format(context=context, value=value)
    if kind == "pattern":
        return author.DEF_EMPTY_TEXT.format(context=context, key=key)
    if kind == "uniqueItems":
        return author.DEF_DUPLICATES.format(context=context, key=key, value=_duplicate(value))
    if kind in ("minItems", "maxItems"):
        if "maxItems" not in schema:
            return author.DEF_LIST_TOO_SHORT.format(context=context, key=key, low=schema["minItems"])
        return author.DEF_LIST_LENGTH.format(
            context=context, key=key, low=schema.get("minItems", 0), high=schema["maxItems"], count=len(value)
        )
    expected = schema.get("type")
    if expected == "integer" or kind in ("minimum", "maximum"):
        return author.DEF_NOT_INT.format(
            context=context, key=key, low=schema.get("minimum", 0), high=schema.get("maximum", "…")
        )
    if kind == "type":
        template = {
            "string": author.DEF_NOT_TEXT,
            "array": author.DEF_NOT_LIST,
            "boolean": author.DEF_NOT_BOOL,
            "object": author.DEF_NOT_MAPPING,
        }.get(expected, author.DEF_INVALID)
        if expected == "object" and key:
            context = f"{context}, {key}"
        return template.format(context=context, key=key)
    if kind == "enum":
        return author.DEF_NOT_ALLOWED.format(
            context=context, key=key, value=value, allowed=", ".join(map(str, schema["enum"]))
        )
    return author.DEF_INVALID.format(context=context, key=key or "?")


# --- Learners (answers in a store or an export) -----------------------------------------------


def _where(path: Sequence[Any]) -> str:
    """['value', 'ratings', 2, 'score'] -> 'ratings[2].score'; the record itself is 'answer'."""
    if not path:
        return "answer"
    if path[0] == "value":
        path = path[1:]
        if not path:
            return "value"
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def answer_problem(errors: Iterable[Any]) -> InvalidAnswer | None:
    """The :class:`InvalidAnswer` (Dutch) for the first error of an answer record."""
    error = _first(errors)
    if error is None:
        return None
    path = list(error.absolute_path)
    where, schema, value, kind = _where(path), error.schema, error.instance, error.validator
    field = path[0] if len(path) == 1 else None
    if field == "exercise_id":
        return InvalidAnswer(learner.BAD_EXERCISE_ID.format(exercise_id=str(value)[:80]))
    if field == "chapter":
        return InvalidAnswer(learner.VALUE_BAD_CHAPTER.format(value=str(value)[:20]))
    if field == "type":
        return InvalidAnswer(learner.UNKNOWN_TYPE.format(type=str(value)[:40]))
    if field == "updated_at":
        return InvalidAnswer(learner.VALUE_BAD_TIME.format(value=str(value)[:40]))
    if kind in ("required", "additionalProperties"):
        return InvalidAnswer(
            learner.VALUE_WRONG_FIELDS.format(
                where=where, expected=", ".join(schema.get("properties", {})), actual=", ".join(map(str, value)) or "-"
            )
        )
    if kind == "maxLength":
        return TextTooLong(
            learner.TEXT_TOO_LONG.format(length=_thousands(len(value)), maximum=_thousands(schema["maxLength"])),
            len(value),
        )
    if kind == "minItems":
        return InvalidAnswer(learner.VALUE_EMPTY_LIST.format(where=where))
    if kind in ("minimum", "maximum"):
        if "maximum" in schema and "minimum" in schema:
            return InvalidAnswer(
                learner.VALUE_OUT_OF_RANGE.format(
                    where=where, value=value, low=schema["minimum"], high=schema["maximum"]
                )
            )
        return InvalidAnswer(learner.VALUE_TOO_SMALL.format(where=where, value=value, low=schema.get("minimum", 0)))
    if kind == "enum":
        allowed = [option for option in schema["enum"] if option is not None]
        return InvalidAnswer(
            learner.VALUE_NOT_ALLOWED.format(where=where, value=str(value)[:40], allowed=", ".join(map(str, allowed)))
        )
    if kind == "type":
        expected = schema["type"]
        expected = expected[0] if isinstance(expected, list) else expected
        template = {
            "string": learner.VALUE_NOT_TEXT,
            "integer": learner.VALUE_NOT_WHOLE_NUMBER,
            "boolean": learner.VALUE_NOT_YES_NO,
            "array": learner.VALUE_NOT_LIST,
            "object": learner.VALUE_NOT_OBJECT,
        }.get(expected, learner.VALUE_INVALID)
        return InvalidAnswer(template.format(where=where))
    return InvalidAnswer(learner.VALUE_INVALID.format(where=where))


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")
