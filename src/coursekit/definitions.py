"""The book's exercises: ``notebooks/oefeningen/NN-slug.yml``, read, checked and put in book order.

One YAML file per chapter notebook, with the same stem (``01-generaties.yml`` belongs to
``notebooks/01-generaties.ipynb``; the two digits are the chapter). Its format is
``schemas/exercise-definitions.schema.json`` (each file names it on its first line, so an editor
with the YAML language server completes and checks the fields); each exercise type documents its
own fields in its folder in ``coursekit/exercise_types/``. In short::

    # yaml-language-server: $schema=../../src/coursekit/schemas/exercise-definitions.schema.json
    chapter: 1                                # 1..99, equal to the file's NN
    title: "Generaties ambtelijk vakmanschap"
    exercises:
      - id: h1-reflectie-botsing              # h<chapter>-[a-z0-9-]{1,60}, unique in the book
        type: reflection                      # reflection, selfscan, multiple_choice, matching,
        title: "Reflectie: ..."               #   dilemma, forcefield
        instruction: "Plain Dutch text above the exercise"
        prompts: ["Vraag 1 ...", "Vraag 2 ..."]

Texts are plain text (no Markdown). Unknown fields are errors, so a typo never passes silently.
Every problem is reported in Dutch with file, exercise and field; a bad exercise is left out and
the rest of the book still loads.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from . import data, edition, paths, schemas
from .errors import DefinitionError
from .exercise_types import REGISTRY
from .exercise_types.base import Definition, ParseContext
from .exercise_types.selfscan import Selfscan
from .i18n import localise_definitions
from .schemas.dutch import definition_message
from .texts import author

__all__ = ["Catalog", "Chapter", "Definition", "DefinitionError", "FinalAssignment", "load_catalog"]

SUGGESTION_CUTOFF = 0.6
_FILE_STEM = re.compile(r"(\d{2})-[a-z0-9-]+")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str
    notebook: str


@dataclass(frozen=True)
class FinalAssignment:
    """What a portfolio for a chapter's final assignment must hold (``final_assignment`` in YAML)."""

    chapter: int
    requires: tuple[str, ...]
    reflections_from_other_chapters: int


@dataclass(frozen=True)
class Catalog:
    """Every valid exercise of the book, in book order, plus the problems found."""

    definitions: dict[str, Definition] = field(default_factory=dict)
    chapters: dict[int, Chapter] = field(default_factory=dict)
    errors: tuple[str, ...] = ()
    final_assignment: FinalAssignment | None = None
    edition: str = ""  # the book's edition ("2026-2027")

    def get(self, exercise_id: str) -> Definition | None:
        return self.definitions.get(exercise_id)

    def suggestions(self, exercise_id: str) -> list[str]:
        """Up to three existing ids that look like ``exercise_id`` (with or without its 'hN-')."""
        query = exercise_id.strip().lower()

        def likeness(candidate: str) -> float:
            return max(
                difflib.SequenceMatcher(None, query, text).ratio() for text in (candidate, candidate.split("-", 1)[1])
            )

        scored = sorted(((likeness(c), c) for c in self.definitions), key=lambda pair: -pair[0])
        return [candidate for score, candidate in scored if score >= SUGGESTION_CUTOFF][:3]

    def check(self) -> None:
        """Raise one :class:`DefinitionError` listing every problem (for tests and CI)."""
        if self.errors:
            raise DefinitionError("\n".join(self.errors))


class _Tables:
    """Data tables, each read once per catalog load."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._tables: dict[str, data.Table] = {}

    def column(self, table: str, column: str, context: str) -> list[str]:
        try:
            found = self._tables.get(table) or data.read_table(table, self.directory)
        except data.DataError as error:
            raise DefinitionError(author.DEF_TABLE.format(context=context, error=error)) from None
        self._tables[table] = found
        if column not in found.schema.names:
            raise DefinitionError(
                author.DEF_TABLE_COLUMN.format(
                    context=context, table=table, column=column, columns=", ".join(found.schema.names)
                )
            )
        values = [row[column] for row in found.rows]
        for row, value in enumerate(values, start=2):
            if value is None:
                raise DefinitionError(
                    author.DEF_TABLE_EMPTY_CELL.format(context=context, table=table, row=row, column=column)
                )
        return [str(value) for value in values]


def _stripped(value: Any) -> Any:
    """Texts without surrounding white space (YAML block scalars end in a newline)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return [_stripped(item) for item in value]
    if isinstance(value, dict):
        return {key: _stripped(item) for key, item in value.items()}
    return value


def _exercise(raw: dict, problems: list, number: int, chapter: int, location: dict, tables: _Tables) -> Definition:
    exercise_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
    where = author.DEF_EXERCISE_CONTEXT.format(file=location["source"], number=number, exercise_id=exercise_id)
    message = definition_message(problems, where)
    if message:
        raise DefinitionError(message)
    context = ParseContext(where, tables)
    if not raw["id"].startswith(f"h{chapter}-"):
        raise context.error(author.DEF_ID_CHAPTER, value=raw["id"], chapter=chapter)
    fields = _stripped(raw)
    exercise_type = REGISTRY[fields["type"]]
    common = {
        "id": fields["id"],
        "chapter": chapter,
        "title": fields.get("title") or exercise_type.label,
        "instruction": fields.get("instruction", ""),
        **location,
    }
    return exercise_type.parse(fields, common, context)


def _read(file: Path, source: str) -> Any:
    try:
        return yaml.load(file.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as error:
        raise DefinitionError(author.DEF_READ_ERROR.format(context=source, error=error)) from None
    except yaml.YAMLError as error:
        raise DefinitionError(author.DEF_YAML_ERROR.format(context=source, error=error)) from None


def _load_file(
    file: Path, root: Path, tables: _Tables, edition_name: str
) -> tuple[Chapter, list[Definition], list[str], dict | None]:
    """One YAML file: its chapter, its valid exercises, the problems found, its final assignment."""
    source = file.relative_to(root).as_posix()
    document = localise_definitions(_read(file, source))
    by_exercise: dict[int, list] = {}
    file_problems = []
    for error in schemas.errors("exercise-definitions", document):
        path = list(error.absolute_path)
        if len(path) >= 2 and path[0] == "exercises" and isinstance(path[1], int):
            error.path.popleft()  # relative to the exercise
            error.path.popleft()
            by_exercise.setdefault(path[1], []).append(error)
        else:
            file_problems.append(error)
    message = definition_message(file_problems, source)
    if message:
        raise DefinitionError(message)
    number = document["chapter"]
    stem = _FILE_STEM.fullmatch(file.stem)
    if stem is None:
        raise DefinitionError(author.DEF_FILE_NAME.format(context=source, chapter=number))
    if int(stem.group(1)) != number:
        raise DefinitionError(author.DEF_FILE_CHAPTER.format(context=source, prefix=stem.group(1), chapter=number))
    location = {"notebook": f"notebooks/{file.stem}.ipynb", "source": source, "edition": edition_name}
    chapter = Chapter(number, document["title"].strip(), location["notebook"])
    definitions, errors = [], []
    for position, raw in enumerate(document["exercises"]):
        try:
            definitions.append(_exercise(raw, by_exercise.get(position, []), position + 1, number, location, tables))
        except DefinitionError as error:
            errors.append(str(error))
    return chapter, definitions, errors, document.get("final_assignment")


def _link_comparison(definition: Selfscan, found: dict[str, Definition]) -> Selfscan:
    """The self-scan with the title of the scan it compares with; DefinitionError if that is wrong."""
    context = f"{definition.source} ({definition.id})"
    earlier = found.get(definition.compare_with or "")
    if not isinstance(earlier, Selfscan):
        raise DefinitionError(author.DEF_COMPARE_MISSING.format(context=context, value=definition.compare_with))
    if sorted(earlier.statements) != sorted(definition.statements):
        raise DefinitionError(author.DEF_COMPARE_STATEMENTS.format(context=context, value=definition.compare_with))
    return replace(definition, compare_title=earlier.title)


def _final_assignment(raw: dict, chapter: int, source: str, found: dict[str, Definition]) -> FinalAssignment:
    for exercise_id in raw["requires"]:
        if exercise_id not in found:
            raise DefinitionError(author.DEF_FINAL_UNKNOWN.format(context=source, value=exercise_id))
    return FinalAssignment(chapter, tuple(raw["requires"]), raw["reflections_from_other_chapters"])


def load_catalog(root: Path | None = None) -> Catalog:
    """Read every ``notebooks/oefeningen/*.yml`` of the book at ``root``.

    Never raises for a bad definition: the exercise is left out and the problem
    is listed in ``Catalog.errors`` (call ``Catalog.check()`` to make it fatal).
    """
    root = root if root is not None else paths.project_root()
    tables = _Tables(paths.data_dir(root))
    edition_name = edition.current(root).name
    found: dict[str, Definition] = {}
    chapters: dict[int, Chapter] = {}
    errors: list[str] = []
    assignments: list[tuple[dict, Chapter, str]] = []
    for file in sorted(paths.exercises_dir(root).glob("*.yml")):
        try:
            chapter, definitions, file_errors, assignment = _load_file(file, root, tables, edition_name)
        except DefinitionError as error:
            errors.append(str(error))
            continue
        errors.extend(file_errors)
        source = file.relative_to(root).as_posix()
        if chapter.number in chapters:
            errors.append(
                author.DEF_DUPLICATE_CHAPTER.format(
                    context=source, chapter=chapter.number, other=chapters[chapter.number].notebook
                )
            )
            continue
        chapters[chapter.number] = chapter
        if assignment is not None:
            assignments.append((assignment, chapter, source))
        for definition in definitions:
            if definition.id in found:
                errors.append(
                    author.DEF_DUPLICATE_ID.format(
                        context=definition.source, value=definition.id, other=found[definition.id].source
                    )
                )
            else:
                found[definition.id] = definition
    for definition in list(found.values()):
        if isinstance(definition, Selfscan) and definition.compare_with:
            try:
                found[definition.id] = _link_comparison(definition, found)
            except DefinitionError as error:
                errors.append(str(error))
                del found[definition.id]
    final = None
    for raw, chapter, source in assignments:
        try:
            final = _final_assignment(raw, chapter.number, source, found)
        except DefinitionError as error:
            errors.append(str(error))
    ordered = dict(sorted(found.items(), key=lambda item: item[1].chapter))  # stable: file order kept
    return Catalog(ordered, dict(sorted(chapters.items())), tuple(errors), final, edition_name)
