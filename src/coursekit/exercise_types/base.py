"""What every exercise type is made of, and the building blocks of its schemas.

An exercise type is one folder in this package, ``exercise_types/<type>/``, whose ``__init__.py``
has one :class:`ExerciseType` subclass and its instance ``TYPE``. The type owns

- its definition: a frozen :class:`Definition` dataclass, the part of the definition schema for
  its YAML fields (:attr:`ExerciseType.definition_schema`) and :meth:`ExerciseType.parse`, which
  turns a schema-valid mapping into the dataclass and checks what a schema cannot;
- its answer: the part of the answer schema for its value (:attr:`ExerciseType.value_schema`) and
  :meth:`ExerciseType.check_value` for what a schema cannot check;
- its static form: ``template.html`` in its folder (:attr:`ExerciseType.template`);
- a sample answer (:meth:`ExerciseType.sample`);
- its view in the browser, on the page and in a notebook: ``view.js`` in its folder, with the rules
  the browser needs, among them how an answer shows in the portfolio (``blocks``; the portfolio
  exists only in JavaScript).

The registry in ``exercise_types/__init__.py`` finds the types by walking the folders; nothing
else lists them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from ..errors import DefinitionError, InvalidAnswer
from ..i18n import gettext
from ..texts import author

MAX_LIST = 50
MAX_TEXT_LENGTH = 50_000

# --- Schema building blocks ----------------------------------------------------------------
# A definition text must hold something besides white space; an answer text may be empty.
# Exercise ids: "h1-zelfscan-opgaven". "(?!\n)$" keeps the pattern exact in both Python's re
# (where "$" also matches before a final newline) and the ECMA regexes of JSON Schema.
EXERCISE_ID_PATTERN = r"^h[0-9]{1,2}-[a-z0-9-]{1,60}(?!\n)$"
DEFINITION_TEXT: dict = {"type": "string", "pattern": r"\S"}
ANSWER_TEXT: dict = {"type": "string", "maxLength": MAX_TEXT_LENGTH}


def definition_texts(low: int = 1, high: int = MAX_LIST) -> dict:
    """A list of distinct, non-empty texts."""
    return {"type": "array", "items": DEFINITION_TEXT, "minItems": low, "maxItems": high, "uniqueItems": True}


def definition_records(properties: dict, required: list[str], low: int = 1, high: int = MAX_LIST) -> dict:
    """A list of small mappings with exactly these fields."""
    return {
        "type": "array",
        "minItems": low,
        "maxItems": high,
        "items": {"type": "object", "properties": properties, "required": required, "additionalProperties": False},
    }


def answer_object(properties: dict) -> dict:
    """A value (or part of one) with exactly these fields, all present."""
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def answer_list(item: dict) -> dict:
    return {"type": "array", "minItems": 1, "items": item}


# --- Definitions -------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Definition:
    """Fields every exercise has; each type adds its own."""

    id: str
    chapter: int
    title: str
    instruction: str
    notebook: str  # "notebooks/01-generaties.ipynb"
    source: str  # "notebooks/oefeningen/01-generaties.yml"
    edition: str = ""  # the book's edition ("2026-2027"), recorded with every answer
    type: ClassVar[str]
    label: ClassVar[str]  # its type's label (ExerciseType.label), set by the type

    def asked(self) -> dict:
        """The texts an answer responds to: when one of them changes, the question has changed
        (a reworded feedback or instruction does not count)."""
        raise NotImplementedError

    @property
    def version(self) -> str:
        """A short fingerprint of :meth:`asked`; stored with every answer."""
        text = json.dumps(self.asked(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

    def to_json(self) -> dict:
        """The definition as JSON data (for the page's front end and for tests)."""
        data = dataclasses.asdict(self)
        data["type"] = self.type
        data["version"] = self.version
        return data


D = TypeVar("D", bound=Definition)


class Tables(Protocol):
    """Access to the book's data tables while definitions are read."""

    def column(self, table: str, column: str, context: str) -> list[str]:
        """The cells of one column; raises DefinitionError (Dutch, starting with ``context``)."""
        ...


class ParseContext:
    """Where a definition is read (for messages) and the tables it may draw on."""

    def __init__(self, where: str, tables: Tables):
        self.where = where
        self.tables = tables

    def error(self, template: str, **values: Any) -> DefinitionError:
        return DefinitionError(template.format(context=self.where, **values))

    def column(self, table: str, column: str, field: str) -> list[str]:
        return self.tables.column(table, column, f"{self.where}, {field}")

    def unique(self, field: str, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if values.count(value) > 1:
                raise self.error(author.DEF_DUPLICATES, key=field, value=value)
        return values


class SampleLearner(Protocol):
    """A synthetic learner (scripts/make_sample_exports.py): seeded, so every run is the same."""

    rng: random.Random
    level: int  # how highly this learner tends to score on a five-point scale
    favourite: int  # an index this learner prefers (a role, a choice)
    scores: dict[str, dict[str, int | None]]  # self-scan scores given so far: exercise id -> statement -> score
    forces: Sequence[str]  # forces a forcefield may name

    def text(self, index: int) -> str:
        """The answer to open question ``index``: a text that says it is synthetic."""
        ...

    def note(self) -> str:
        """A short note beside a score."""
        ...

    def bonus(self, statement: str) -> int:
        """How much more this statement rises in a second self-scan."""
        ...


# --- The type ------------------------------------------------------------------------------------


class ExerciseType(ABC, Generic[D]):
    """One exercise type; see the module docstring. Subclasses set the class attributes."""

    name: ClassVar[str]  # the `type:` in YAML and in every answer record; also its folder's name
    # Its name as a learner sees it (Dutch: the portfolio, the static form, the default title, the
    # class overview). The one learner text a type keeps in its own folder, so that a new type is
    # one folder; its other texts are in coursekit/texts.
    label: ClassVar[str]
    order: ClassVar[int] = 1000  # its place in the registry, then by name (the schemas and the page follow it)
    definition: ClassVar[type[Definition]]
    definition_schema: ClassVar[dict]  # {"properties": {...}, "required": [...], other keywords}
    value_schema: ClassVar[dict]  # the JSON Schema of the answer's value

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "label" in vars(cls):
            # In another language, the catalog's (coursekit.po, context ``type.<name>.label``).
            cls.label = gettext("coursekit", cls.label, f"type.{cls.__module__.rsplit('.', 1)[-1]}.label")
        if "label" in vars(cls) and "definition" in vars(cls):
            cls.definition.label = cls.label  # a definition shows its type's label

    @property
    def template(self) -> str:
        """Its static form: ``template.html`` in its folder (a name for :mod:`coursekit.render`)."""
        return f"{self.name}/template.html"

    @abstractmethod
    def parse(self, fields: dict, common: dict, context: ParseContext) -> D:
        """The definition from a schema-valid mapping (texts already stripped)."""

    def check_value(self, value: dict) -> None:
        """Checks of a schema-valid value that a schema cannot express; raise :class:`InvalidAnswer`."""

    @abstractmethod
    def is_empty(self, value: dict) -> bool:
        """True when nothing is filled in (nothing worth saving)."""

    @abstractmethod
    def recorded(self, value: dict) -> dict:
        """The question as an answer's value recorded it: some of the keys of ``Definition.asked``
        (used for answers from before answers recorded the question's version)."""

    @abstractmethod
    def sample(self, definition: D, learner: SampleLearner) -> dict:
        """A plausible synthetic answer value for ``definition``."""

    def static_context(self, definition: D) -> dict:
        """Extra names for the static form's template (besides ``definition``)."""
        return {}


def invalid(template: str, **values: Any) -> InvalidAnswer:
    return InvalidAnswer(template.format(**values))
