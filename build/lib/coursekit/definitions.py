"""Exercise definitions: ``notebooks/oefeningen/NN-slug.yml``, loaded and checked.

One YAML file per chapter notebook, with the same stem (``01-generaties.yml``
belongs to ``notebooks/01-generaties.ipynb``; the two digits are the chapter)::

    chapter: 1                                # 1..99, equal to the file's NN
    title: "Generaties ambtelijk vakmanschap"
    exercises:
      - id: h1-reflectie-botsing              # h<chapter>-[a-z0-9-]{1,60}, unique in the book
        type: reflection
        title: "Reflectie: ..."                # optional for every type (default: the type's name)
        instruction: "Plain Dutch text above the exercise"   # optional for every type
        prompts: ["Vraag 1 ...", "Vraag 2 ..."]              # each gets its own text area

      - id: h1-zelfscan-opgaven
        type: selfscan                         # statements rated on a labelled scale
        statements: ["...", "..."]            # or: statements_from: {table: opgaven, column: opgave}
        scale: ["helemaal niet", "weinig", "enigszins", "sterk", "zeer sterk"]  # optional; 2-10 labels, scores 1..n
        notes: false                           # optional; true adds a short note per statement
        compare_with: h8-zelfscan-begin        # optional; an earlier selfscan with the same statements

      - id: h1-kennis-lagen
        type: multiple_choice
        question: "..."
        options:                               # 2-10, at least one correct
          - {text: "...", correct: true, feedback: "Why this is right ..."}
          - {text: "...", correct: false, feedback: "Why not ..."}

      - id: h1-sorteer-opgaven
        type: matching                         # put each item in a category
        question: "..."
        categories: ["Ambacht 1.0", "Ambacht 2.0", "Ambacht 3.0"]
        items:
          - {text: "...", answer: "Ambacht 1.0", explanation: "..."}
        # or: items_from: {table: opgaven, text: opgave, answer: generatie,
        #                  explanation: <column, optional>, sample: 6 <optional>}

      - id: h7-dilemma-mandaat
        type: dilemma
        situation: "A short case"
        question: "Wat doe je?"                # optional
        choices:
          - {text: "...", feedback: "...", theory: "Ansell & Gash (2008): ..."}

      - id: h4-krachtenveld
        type: forcefield                       # the learner names forces, rates strength and influence
        rows: 6                                # optional, 1-20

Text fields are plain text (no Markdown). Unknown keys are errors, so a typo
never passes silently. ``sample`` picks the same items every time (seeded by
the exercise id). Every problem is reported in Dutch with file and exercise.
"""

from __future__ import annotations

import difflib
import random
import re
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, ClassVar

import yaml

from . import data, messages, paths
from .answers import EXERCISE_ID, TYPES

MAX_LIST = 50
SUGGESTION_CUTOFF = 0.6
_FILE_STEM = re.compile(r"(\d{2})-[a-z0-9-]+")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DefinitionError(ValueError):
    """A definition file is wrong; the message names file and exercise."""


# --- The definitions -------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Definition:
    id: str
    chapter: int
    title: str
    instruction: str
    notebook: str  # "notebooks/01-generaties.ipynb"
    source: str  # "notebooks/oefeningen/01-generaties.yml"
    type: ClassVar[str]

    @property
    def label(self) -> str:
        return messages.TYPE_LABELS[self.type]


@dataclass(frozen=True, kw_only=True)
class Reflection(Definition):
    type: ClassVar[str] = "reflection"
    prompts: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Selfscan(Definition):
    type: ClassVar[str] = "selfscan"
    statements: tuple[str, ...]
    scale: tuple[str, ...]
    notes: bool
    compare_with: str | None
    compare_title: str = ""  # title of the compare_with scan, filled in by load_catalog


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Definition):
    type: ClassVar[str] = "multiple_choice"
    question: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class MatchItem:
    text: str
    answer: str
    explanation: str


@dataclass(frozen=True, kw_only=True)
class Matching(Definition):
    type: ClassVar[str] = "matching"
    question: str
    categories: tuple[str, ...]
    items: tuple[MatchItem, ...]


@dataclass(frozen=True)
class Choice:
    text: str
    feedback: str
    theory: str


@dataclass(frozen=True, kw_only=True)
class Dilemma(Definition):
    type: ClassVar[str] = "dilemma"
    situation: str
    question: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True, kw_only=True)
class Forcefield(Definition):
    type: ClassVar[str] = "forcefield"
    rows: int


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str
    notebook: str


@dataclass(frozen=True)
class Catalog:
    """Every valid exercise of the book, in book order, plus the problems found."""

    definitions: dict[str, Definition] = field(default_factory=dict)
    chapters: dict[int, Chapter] = field(default_factory=dict)
    errors: tuple[str, ...] = ()

    def get(self, exercise_id: str) -> Definition | None:
        return self.definitions.get(exercise_id)

    def suggestions(self, exercise_id: str) -> list[str]:
        """Up to three existing ids that look like ``exercise_id`` (with or without its 'hN-')."""
        query = exercise_id.strip().lower()

        def likeness(candidate: str) -> float:
            return max(difflib.SequenceMatcher(None, query, text).ratio()
                       for text in (candidate, candidate.split("-", 1)[1]))

        scored = sorted(((likeness(c), c) for c in self.definitions), key=lambda pair: -pair[0])
        return [candidate for score, candidate in scored if score >= SUGGESTION_CUTOFF][:3]

    def check(self) -> None:
        """Raise one :class:`DefinitionError` listing every problem (for tests and CI)."""
        if self.errors:
            raise DefinitionError("\n".join(self.errors))


# --- Reading YAML fields -------------------------------------------------------------


class _Fields:
    """Typed access to one YAML mapping; errors name where it is. Unread keys are errors."""

    def __init__(self, value: Any, context: str):
        if not isinstance(value, dict):
            raise DefinitionError(messages.DEF_NOT_MAPPING.format(context=context))
        self.value = value
        self.context = context
        self._read: set[str] = set()

    def error(self, template: str, **values: Any) -> DefinitionError:
        return DefinitionError(template.format(context=self.context, **values))

    def has(self, key: str) -> bool:
        return self.value.get(key) is not None

    def raw(self, key: str, *, required: bool = True) -> Any:
        self._read.add(key)
        value = self.value.get(key)
        if value is None and required:
            raise self.error(messages.DEF_MISSING, key=key)
        return value

    def text(self, key: str, default: str | None = None) -> str:
        value = self.raw(key, required=default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if not isinstance(value, str):
            raise self.error(messages.DEF_NOT_TEXT, key=key)
        if not value.strip():
            raise self.error(messages.DEF_EMPTY_TEXT, key=key)
        return value.strip()

    def texts(self, key: str, low: int = 1, high: int = MAX_LIST) -> tuple[str, ...]:
        values = self._list(key, low, high)
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise self.error(messages.DEF_NOT_TEXT, key=key)
        return _unique(self, key, tuple(value.strip() for value in values))

    def flag(self, key: str, default: bool | None = None) -> bool:
        value = self.raw(key, required=default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if not isinstance(value, bool):
            raise self.error(messages.DEF_NOT_BOOL, key=key)
        return value

    def integer(self, key: str, low: int, high: int, default: int | None = None) -> int:
        value = self.raw(key, required=default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.error(messages.DEF_NOT_INT, key=key, low=low, high=high)
        return value

    def records(self, key: str, low: int = 1, high: int = MAX_LIST) -> list[_Fields]:
        return [
            _Fields(value, f"{self.context}, {key} {number}")
            for number, value in enumerate(self._list(key, low, high), start=1)
        ]

    def mapping(self, key: str) -> _Fields:
        return _Fields(self.raw(key), f"{self.context}, {key}")

    def finish(self) -> None:
        unknown = sorted(set(self.value) - self._read, key=str)
        if unknown:
            raise self.error(messages.DEF_UNKNOWN_KEYS, keys=", ".join(map(str, unknown)),
                              allowed=", ".join(sorted(self._read)))

    def _list(self, key: str, low: int, high: int) -> list:
        value = self.raw(key)
        if not isinstance(value, list):
            raise self.error(messages.DEF_NOT_LIST, key=key)
        if not low <= len(value) <= high:
            raise self.error(messages.DEF_LIST_LENGTH, key=key, low=low, high=high, count=len(value))
        return value


def _unique(fields: _Fields, key: str, values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if values.count(value) > 1:
            raise fields.error(messages.DEF_DUPLICATES, key=key, value=value)
    return values


class _Tables:
    """Data tables read once per catalog load."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._tables: dict[str, data.Table] = {}

    def column(self, source: _Fields, table_key: str, column_key: str) -> tuple[str, list]:
        """(table name, values of one column), checked to exist and be filled."""
        name = source.text(table_key)
        column = source.text(column_key)
        try:
            table = self._tables.get(name) or data.read_table(name, self.directory)
        except data.DataError as error:
            raise source.error(messages.DEF_TABLE, error=error) from None
        self._tables[name] = table
        if column not in table.schema.names:
            raise source.error(messages.DEF_TABLE_COLUMN, table=name, column=column,
                                columns=", ".join(table.schema.names))
        values = [row[column] for row in table.rows]
        for row, value in enumerate(values, start=2):
            if value is None:
                raise source.error(messages.DEF_TABLE_EMPTY_CELL, table=name, row=row, column=column)
        return name, [str(value) for value in values]


# --- One exercise per type -------------------------------------------------------------


def _reflection(fields: _Fields, common: dict, tables: _Tables) -> Reflection:
    return Reflection(**common, prompts=fields.texts("prompts"))


def _selfscan(fields: _Fields, common: dict, tables: _Tables) -> Selfscan:
    if fields.has("statements") == fields.has("statements_from"):
        raise fields.error(messages.DEF_EITHER, first="statements", second="statements_from")
    if fields.has("statements"):
        statements = fields.texts("statements")
    else:
        source = fields.mapping("statements_from")
        statements = _unique(fields, "statements_from", tuple(tables.column(source, "table", "column")[1]))
        source.finish()
    scale = fields.texts("scale", low=2, high=10) if fields.has("scale") else messages.DEFAULT_SCALE
    compare_with = fields.text("compare_with", "") or None
    if compare_with == common["id"]:
        raise fields.error(messages.DEF_COMPARE_SELF)
    return Selfscan(**common, statements=statements, scale=tuple(scale),
                    notes=fields.flag("notes", False), compare_with=compare_with)


def _multiple_choice(fields: _Fields, common: dict, tables: _Tables) -> MultipleChoice:
    options = []
    for option in fields.records("options", low=2, high=10):
        options.append(Option(option.text("text"), option.flag("correct"), option.text("feedback")))
        option.finish()
    _unique(fields, "options", tuple(option.text for option in options))
    if not any(option.correct for option in options):
        raise fields.error(messages.DEF_NO_CORRECT)
    return MultipleChoice(**common, question=fields.text("question"), options=tuple(options))


def _matching(fields: _Fields, common: dict, tables: _Tables) -> Matching:
    categories = fields.texts("categories", low=2, high=10)
    if fields.has("items") == fields.has("items_from"):
        raise fields.error(messages.DEF_EITHER, first="items", second="items_from")
    items = _listed_items(fields) if fields.has("items") else _table_items(fields, common["id"], tables)
    _unique(fields, "items", tuple(item.text for item in items))
    for number, item in enumerate(items, start=1):
        if item.answer not in categories:
            raise fields.error(messages.DEF_BAD_ANSWER, number=number, value=item.answer)
    return Matching(**common, question=fields.text("question"), categories=categories, items=tuple(items))


def _listed_items(fields: _Fields) -> list[MatchItem]:
    items = []
    for item in fields.records("items"):
        items.append(MatchItem(item.text("text"), item.text("answer"), item.text("explanation")))
        item.finish()
    return items


def _table_items(fields: _Fields, exercise_id: str, tables: _Tables) -> list[MatchItem]:
    source = fields.mapping("items_from")
    name, texts = tables.column(source, "table", "text")
    answers = tables.column(source, "table", "answer")[1]
    explanations = (
        tables.column(source, "table", "explanation")[1] if source.has("explanation")
        else [messages.DEFAULT_ITEM_EXPLANATION.format(text=t, answer=a) for t, a in zip(texts, answers)]
    )
    items = [MatchItem(*row) for row in zip(texts, answers, explanations)]
    if source.has("sample"):
        count = source.integer("sample", 1, MAX_LIST)
        if count > len(items):
            raise source.error(messages.DEF_SAMPLE, sample=count, table=name, rows=len(items))
        items = random.Random(zlib.crc32(exercise_id.encode())).sample(items, count)
    source.finish()
    return items


def _dilemma(fields: _Fields, common: dict, tables: _Tables) -> Dilemma:
    choices = []
    for choice in fields.records("choices", low=2, high=10):
        choices.append(Choice(choice.text("text"), choice.text("feedback"), choice.text("theory")))
        choice.finish()
    _unique(fields, "choices", tuple(choice.text for choice in choices))
    return Dilemma(**common, situation=fields.text("situation"),
                   question=fields.text("question", messages.DEFAULT_DILEMMA_QUESTION), choices=tuple(choices))


def _forcefield(fields: _Fields, common: dict, tables: _Tables) -> Forcefield:
    return Forcefield(**common, rows=fields.integer("rows", 1, 20, default=6))


_PARSERS: dict[str, Callable[[_Fields, dict, _Tables], Definition]] = {
    "reflection": _reflection,
    "selfscan": _selfscan,
    "multiple_choice": _multiple_choice,
    "matching": _matching,
    "dilemma": _dilemma,
    "forcefield": _forcefield,
}


# --- Files and the catalog ------------------------------------------------------------------


def _exercise(raw: Any, number: int, chapter: int, location: dict, tables: _Tables) -> Definition:
    exercise_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
    fields = _Fields(raw, messages.DEF_EXERCISE_CONTEXT.format(
        file=location["source"], number=number, exercise_id=exercise_id))
    exercise_id = fields.text("id")
    if not EXERCISE_ID.fullmatch(exercise_id):
        raise fields.error(messages.DEF_BAD_ID, value=exercise_id)
    if not exercise_id.startswith(f"h{chapter}-"):
        raise fields.error(messages.DEF_ID_CHAPTER, value=exercise_id, chapter=chapter)
    kind = fields.text("type")
    if kind not in _PARSERS:
        raise fields.error(messages.DEF_BAD_TYPE, value=kind, allowed=", ".join(TYPES))
    common = {
        "id": exercise_id,
        "chapter": chapter,
        "title": fields.text("title", messages.TYPE_LABELS[kind]),
        "instruction": fields.text("instruction", ""),
        **location,
    }
    definition = _PARSERS[kind](fields, common, tables)
    fields.finish()
    return definition


def _load_file(file: Path, root: Path, tables: _Tables) -> tuple[Chapter, list[Definition], list[str]]:
    """One YAML file: its chapter, its valid exercises and the problems found."""
    source = file.relative_to(root).as_posix()
    try:
        document = yaml.load(file.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as error:
        raise DefinitionError(messages.DEF_READ_ERROR.format(context=source, error=error)) from None
    except yaml.YAMLError as error:
        raise DefinitionError(messages.DEF_YAML_ERROR.format(context=source, error=error)) from None
    fields = _Fields(document, source)
    number = fields.integer("chapter", 1, 99)
    stem = _FILE_STEM.fullmatch(file.stem)
    if stem is None:
        raise fields.error(messages.DEF_FILE_NAME, chapter=number)
    if int(stem.group(1)) != number:
        raise fields.error(messages.DEF_FILE_CHAPTER, prefix=stem.group(1), chapter=number)
    location = {"notebook": f"notebooks/{file.stem}.ipynb", "source": source}
    chapter = Chapter(number, fields.text("title"), location["notebook"])
    exercises = fields.raw("exercises")
    if not isinstance(exercises, list) or not exercises:
        raise fields.error(messages.DEF_NOT_LIST, key="exercises")
    fields.finish()
    definitions, errors = [], []
    for position, raw in enumerate(exercises, start=1):
        try:
            definitions.append(_exercise(raw, position, number, location, tables))
        except DefinitionError as error:
            errors.append(str(error))
    return chapter, definitions, errors


def _link_comparison(definition: Selfscan, found: dict[str, Definition]) -> Selfscan:
    """The self-scan with the title of the scan it compares with; DefinitionError if that is wrong."""
    context = f"{definition.source} ({definition.id})"
    earlier = found.get(definition.compare_with or "")
    if not isinstance(earlier, Selfscan):
        raise DefinitionError(messages.DEF_COMPARE_MISSING.format(context=context, value=definition.compare_with))
    if sorted(earlier.statements) != sorted(definition.statements):
        raise DefinitionError(messages.DEF_COMPARE_STATEMENTS.format(context=context, value=definition.compare_with))
    return replace(definition, compare_title=earlier.title)


def load_catalog(root: Path | None = None) -> Catalog:
    """Read every ``notebooks/oefeningen/*.yml`` of the book at ``root``.

    Never raises for a bad definition: the exercise is left out and the problem
    is listed in ``Catalog.errors`` (call ``Catalog.check()`` to make it fatal).
    """
    root = root if root is not None else paths.project_root()
    tables = _Tables(paths.data_dir(root))
    found: dict[str, Definition] = {}
    chapters: dict[int, Chapter] = {}
    errors: list[str] = []
    for file in sorted(paths.exercises_dir(root).glob("*.yml")):
        try:
            chapter, definitions, file_errors = _load_file(file, root, tables)
        except DefinitionError as error:
            errors.append(str(error))
            continue
        errors.extend(file_errors)
        if chapter.number in chapters:
            errors.append(messages.DEF_DUPLICATE_CHAPTER.format(
                context=file.relative_to(root).as_posix(), chapter=chapter.number,
                other=chapters[chapter.number].notebook))
            continue
        chapters[chapter.number] = chapter
        for definition in definitions:
            if definition.id in found:
                errors.append(messages.DEF_DUPLICATE_ID.format(
                    context=definition.source, value=definition.id, other=found[definition.id].source))
            else:
                found[definition.id] = definition
    for definition in list(found.values()):
        if isinstance(definition, Selfscan) and definition.compare_with:
            try:
                found[definition.id] = _link_comparison(definition, found)
            except DefinitionError as error:
                errors.append(str(error))
                del found[definition.id]
    ordered = dict(sorted(found.items(), key=lambda item: item[1].chapter))  # stable: file order kept
    return Catalog(ordered, dict(sorted(chapters.items())), tuple(errors))
