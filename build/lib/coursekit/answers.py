"""The answer record: exercise ids, exercise types, value shapes, timestamps.

Every :class:`Answer` is checked when it is made, so whatever reaches the
store or an export is well-formed. A value is self-describing (it carries the
question texts it answers), so an export stays readable even if the course
changes later. Value shapes per type::

    reflection       {"responses": [{"prompt": str, "text": str}, ...]}
    selfscan         {"scale": [str, ...],
                      "ratings": [{"statement": str, "score": int | None, "note": str}, ...]}
    multiple_choice  {"question": str, "choice": str, "correct": bool, "attempts": int}
    matching         {"question": str, "score": int, "total": int,
                      "placements": [{"item": str, "category": str, "correct": bool}, ...]}
    dilemma          {"question": str, "choice": str}
    forcefield       {"forces": [{"force": str, "strength": int | None,
                                  "influence": "veel" | "enige" | "geen" | None}, ...]}
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any, Callable

from . import messages

EXERCISE_ID = re.compile(r"h\d{1,2}-[a-z0-9-]{1,60}")
TYPES = tuple(messages.TYPE_LABELS)
MAX_TEXT_LENGTH = 50_000
STRENGTHS = range(1, 6)
MAX_ATTEMPTS = 1_000_000


class InvalidAnswer(ValueError):
    """An answer that cannot be stored; the message is Dutch."""


class TextTooLong(InvalidAnswer):
    def __init__(self, length: int):
        super().__init__(
            messages.TEXT_TOO_LONG.format(length=f"{length:,}".replace(",", "."),
                                          maximum=f"{MAX_TEXT_LENGTH:,}".replace(",", "."))
        )
        self.length = length


def check_exercise_id(exercise_id: object) -> str:
    """Return the id if it is well-formed (``h1-zelfscan``); no path tricks get through."""
    if not isinstance(exercise_id, str) or not EXERCISE_ID.fullmatch(exercise_id):
        raise InvalidAnswer(messages.BAD_EXERCISE_ID.format(exercise_id=str(exercise_id)[:80]))
    return exercise_id


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def parse_time(value: object) -> datetime:
    """An ISO timestamp with a time zone."""
    try:
        moment = datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        moment = None
    if moment is None or moment.tzinfo is None:
        raise InvalidAnswer(messages.VALUE_BAD_TIME.format(value=str(value)[:40]))
    return moment


# --- Value shape checks -------------------------------------------------------


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise InvalidAnswer(messages.VALUE_NOT_TEXT.format(where=where))
    if len(value) > MAX_TEXT_LENGTH:
        raise TextTooLong(len(value))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidAnswer(messages.VALUE_BAD_TEXT.format(where=where)) from None
    return value


def _integer(value: Any, where: str, allowed: range, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidAnswer(messages.VALUE_NOT_WHOLE_NUMBER.format(where=where))
    if value not in allowed:
        raise InvalidAnswer(messages.VALUE_OUT_OF_RANGE.format(
            where=where, value=value, low=allowed.start, high=allowed.stop - 1))
    return value


def _boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidAnswer(messages.VALUE_NOT_YES_NO.format(where=where))
    return value


def _fields(value: Any, where: str, names: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise InvalidAnswer(messages.VALUE_NOT_OBJECT.format(where=where))
    if set(value) != set(names):
        raise InvalidAnswer(messages.VALUE_WRONG_FIELDS.format(
            where=where, expected=", ".join(names), actual=", ".join(map(str, value)) or "-"))
    return value


def _items(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise InvalidAnswer(messages.VALUE_NOT_LIST.format(where=where))
    if not value:
        raise InvalidAnswer(messages.VALUE_EMPTY_LIST.format(where=where))
    return value


def _each(value: Any, where: str, names: tuple[str, ...]):
    """Yield (path, fields) for every entry of a non-empty list of objects."""
    for index, entry in enumerate(_items(value, where)):
        path = f"{where}[{index}]"
        yield path, _fields(entry, path, names)


def _reflection(value: Any) -> None:
    for where, response in _each(_fields(value, "value", ("responses",))["responses"],
                                 "responses", ("prompt", "text")):
        _text(response["prompt"], f"{where}.prompt")
        _text(response["text"], f"{where}.text")


def _selfscan(value: Any) -> None:
    value = _fields(value, "value", ("scale", "ratings"))
    scale = _items(value["scale"], "scale")
    for index, label in enumerate(scale):
        _text(label, f"scale[{index}]")
    for where, rating in _each(value["ratings"], "ratings", ("statement", "score", "note")):
        _text(rating["statement"], f"{where}.statement")
        _integer(rating["score"], f"{where}.score", range(1, len(scale) + 1), optional=True)
        _text(rating["note"], f"{where}.note")


def _multiple_choice(value: Any) -> None:
    value = _fields(value, "value", ("question", "choice", "correct", "attempts"))
    _text(value["question"], "question")
    _text(value["choice"], "choice")
    _boolean(value["correct"], "correct")
    _integer(value["attempts"], "attempts", range(1, MAX_ATTEMPTS))


def _matching(value: Any) -> None:
    value = _fields(value, "value", ("question", "placements", "score", "total"))
    _text(value["question"], "question")
    correct = 0
    for where, placement in _each(value["placements"], "placements", ("item", "category", "correct")):
        _text(placement["item"], f"{where}.item")
        _text(placement["category"], f"{where}.category")
        correct += _boolean(placement["correct"], f"{where}.correct")
    count = len(value["placements"])
    _integer(value["total"], "total", range(count, count + 1))
    if _integer(value["score"], "score", range(0, count + 1)) != correct:
        raise InvalidAnswer(messages.VALUE_SCORE_MISMATCH.format(score=value["score"], correct=correct))


def _dilemma(value: Any) -> None:
    value = _fields(value, "value", ("question", "choice"))
    _text(value["question"], "question")
    _text(value["choice"], "choice")


def _forcefield(value: Any) -> None:
    forces = _fields(value, "value", ("forces",))["forces"]
    for where, force in _each(forces, "forces", ("force", "strength", "influence")):
        _text(force["force"], f"{where}.force")
        _integer(force["strength"], f"{where}.strength", STRENGTHS, optional=True)
        influence = force["influence"]
        if influence is not None and influence not in messages.INFLUENCE_LEVELS:
            raise InvalidAnswer(messages.VALUE_NOT_ALLOWED.format(
                where=f"{where}.influence", value=str(influence)[:40],
                allowed=", ".join(messages.INFLUENCE_LEVELS)))


_VALUE_CHECKS: dict[str, Callable[[Any], None]] = {
    "reflection": _reflection,
    "selfscan": _selfscan,
    "multiple_choice": _multiple_choice,
    "matching": _matching,
    "dilemma": _dilemma,
    "forcefield": _forcefield,
}


@dataclass(frozen=True)
class Answer:
    """One learner's answer to one exercise. Checked on creation."""

    exercise_id: str
    chapter: int
    type: str
    value: dict
    updated_at: str

    def __post_init__(self) -> None:
        check_exercise_id(self.exercise_id)
        if not isinstance(self.chapter, int) or isinstance(self.chapter, bool) or not 1 <= self.chapter <= 99:
            raise InvalidAnswer(messages.VALUE_BAD_CHAPTER.format(value=str(self.chapter)[:20]))
        if self.type not in _VALUE_CHECKS:
            raise InvalidAnswer(messages.UNKNOWN_TYPE.format(type=str(self.type)[:40]))
        _VALUE_CHECKS[self.type](self.value)
        parse_time(self.updated_at)

    @classmethod
    def create(cls, exercise_id: str, chapter: int, type: str, value: dict) -> Answer:
        """A new answer, stamped with the current time."""
        return cls(exercise_id, chapter, type, value, now_iso())

    @classmethod
    def from_dict(cls, data: object) -> Answer:
        """Rebuild an answer read from a file; raises :class:`InvalidAnswer`."""
        fields = _fields(data, "answer", ("exercise_id", "chapter", "type", "value", "updated_at"))
        return cls(**fields)

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def moment(self) -> datetime:
        return parse_time(self.updated_at)
