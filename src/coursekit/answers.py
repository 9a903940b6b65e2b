"""The answer record: one learner's answer to one exercise, checked whenever one is made.

The record's shape is ``schemas/answer.schema.json`` (the value's shape per type comes from the
exercise types); :class:`Answer` checks every record against it, then what a schema cannot check:
the type's own rules, texts that can be written as UTF-8 and hold no control characters, and a
time within a sane range. So whatever reaches the store, an export or the class overview is
well-formed. A value is self-describing (it carries the question texts it answers), so an export
stays readable even if the course changes later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from . import schemas
from .errors import InvalidAnswer, TextTooLong
from .exercise_types import REGISTRY
from .exercise_types.base import EXERCISE_ID_PATTERN, MAX_TEXT_LENGTH, Definition
from .schemas.compose import MAX_DEPTH
from .schemas.depth import value_too_deep
from .schemas.dutch import answer_problem
from .texts import learner

__all__ = [
    "MAX_TEXT_LENGTH",
    "Answer",
    "InvalidAnswer",
    "TextTooLong",
    "check_exercise_id",
    "check_text",
    "clean_text",
    "now_iso",
    "parse_time",
]

EXERCISE_ID = re.compile(EXERCISE_ID_PATTERN)
# RFC 3339: a date, a time and a time zone (Z or an offset), as both front ends write it.
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})")
# Times outside this range are refused where they enter (a store, an import, a class's exports):
# they are certainly wrong, and at the edges of the calendar they would overflow when shown.
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2200, 1, 1, tzinfo=timezone.utc)
# Control characters other than tab, line feed and carriage return: invisible, and they break the
# HTML and Markdown exports (a NUL makes an export "not a text file"). They are taken out where a
# text enters; nothing a learner can see is lost. A lone surrogate cannot be written as UTF-8 at
# all: a text with one is refused, with the text left where the learner typed it.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_exercise_id(exercise_id: object) -> str:
    """Return the id if it is well-formed (``h1-zelfscan``); no path tricks get through."""
    if not isinstance(exercise_id, str) or not EXERCISE_ID.fullmatch(exercise_id):
        raise InvalidAnswer(learner.BAD_EXERCISE_ID.format(exercise_id=str(exercise_id)[:80]))
    return exercise_id


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def parse_time(value: object) -> datetime:
    """The one reader of times: RFC 3339 with a time zone, between 2000 and 2200."""
    moment = None
    if isinstance(value, str) and _RFC3339.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            moment = None
    if moment is None or not EARLIEST <= moment < LATEST:
        raise InvalidAnswer(learner.VALUE_BAD_TIME.format(value=str(value)[:40]))
    return moment


def check_text(value: str, where: str) -> str:
    """The one check of a learner's text (an answer, a name): control characters taken out, a lone
    surrogate refused (:class:`InvalidAnswer`)."""
    if _SURROGATE.search(value):
        raise InvalidAnswer(learner.VALUE_BAD_TEXT.format(where=where))
    return _CONTROL.sub("", value)


def clean_text(value: str) -> str:
    """A text that is only shown (a name in an export): whatever check_text would refuse, left out."""
    return _SURROGATE.sub("", _CONTROL.sub("", value))


def _problem(record: object) -> InvalidAnswer:
    return answer_problem(schemas.errors("answer", record)) or InvalidAnswer(
        learner.VALUE_INVALID.format(where="answer")
    )


def _checked(value: Any, where: str) -> Any:
    """``value`` with every text passed through :func:`check_text`."""
    if isinstance(value, str):
        return check_text(value, where)
    if isinstance(value, dict):
        return {key: _checked(item, f"{where}.{key}" if where else str(key)) for key, item in value.items()}
    if isinstance(value, list):
        return [_checked(item, f"{where}[{index}]") for index, item in enumerate(value)]
    return value


@dataclass(frozen=True)
class Answer:
    """One learner's answer to one exercise. Checked on creation."""

    exercise_id: str
    chapter: int
    type: str
    value: dict
    updated_at: str
    edition: str = ""  # the edition of the book it was given in ("" for an answer from before editions)
    definition: str = ""  # the version of the question it answers (Definition.version; "" when unknown)
    # Earlier answers, oldest first: to earlier versions of the question, or (``"reason": "other_tab"``)
    # saved in another browser tab while this one was written; the newest answer won (page/answers.js).
    earlier: tuple[dict, ...] = ()

    def __post_init__(self) -> None:
        check_exercise_id(self.exercise_id)
        object.__setattr__(self, "earlier", tuple(self.earlier))
        record = self.to_dict()
        if not schemas.is_valid("answer", record):
            raise _problem(record)
        object.__setattr__(self, "value", _checked(self.value, ""))
        REGISTRY[self.type].check_value(self.value)
        parse_time(self.updated_at)
        earlier = tuple(
            {**one, "value": _checked(one["value"], f"earlier[{index}]")} for index, one in enumerate(self.earlier)
        )
        object.__setattr__(self, "earlier", earlier)
        for one in earlier:
            REGISTRY[self.type].check_value(one["value"])
            parse_time(one["updated_at"])

    @classmethod
    def create(cls, exercise_id: str, chapter: int, type: str, value: dict) -> Answer:
        """A new answer, stamped with the current time (edition and question version unknown)."""
        return cls(exercise_id, chapter, type, value, now_iso())

    @classmethod
    def answering(cls, definition: Definition, value: dict, earlier: tuple[dict, ...] = ()) -> Answer:
        """A new answer to ``definition``, stamped with the time, the edition and the question's version."""
        return cls(
            definition.id,
            definition.chapter,
            definition.type,
            value,
            now_iso(),
            definition.edition,
            definition.version,
            earlier,
        )

    @classmethod
    def from_dict(cls, data: object) -> Answer:
        """Rebuild an answer read from a file; raises :class:`InvalidAnswer` (Dutch)."""
        if not isinstance(data, dict):
            raise InvalidAnswer(learner.VALUE_NOT_OBJECT.format(where="answer"))
        if value_too_deep(data):  # before any check recurses into it
            raise InvalidAnswer(learner.VALUE_TOO_DEEP.format(depth=MAX_DEPTH))
        if not schemas.is_valid("answer", data):
            raise _problem(data)
        return cls(**data)

    def to_dict(self) -> dict:
        record = {
            "exercise_id": self.exercise_id,
            "chapter": self.chapter,
            "type": self.type,
            "value": self.value,
            "updated_at": self.updated_at,
            "edition": self.edition,
            "definition": self.definition,
        }
        if self.earlier:
            record["earlier"] = list(self.earlier)
        return record

    def as_earlier(self) -> dict:
        """This answer as an earlier answer, kept when the question has changed since."""
        return {
            "value": self.value,
            "updated_at": self.updated_at,
            "edition": self.edition,
            "definition": self.definition,
        }

    @property
    def moment(self) -> datetime:
        return parse_time(self.updated_at)
