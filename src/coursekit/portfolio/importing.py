"""Importing an export into the learner's store, with a Dutch report of every decision.

The merge rule (:func:`coursekit.store.decide`): an answer is added when it is new here, replaces a
local answer only when it is newer, and is otherwise left alone; the page's front end follows the
same rule and words its report with the same texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..answers import Answer
from ..definitions import Catalog
from ..formatting import date_time
from ..schemas.compose import MAX_DEPTH
from ..store import AnswerStore, MergeStatus, StoreError
from ..texts import learner
from .document import ExportBundle
from .format import MAX_EXPORT_BYTES, ExportProblem, Problem, read_export


@dataclass(frozen=True)
class ImportReport:
    summary: str
    lines: tuple[str, ...] = ()
    added: int = 0
    updated: int = 0
    skipped: int = 0


def write_export(bundle: ExportBundle, folder: Path) -> list[Path]:
    """Write the export as .html, .md and .json into ``folder``; raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, text in (("html", bundle.html), ("md", bundle.markdown), ("json", bundle.json)):
        path = folder / f"{bundle.basename}.{suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def refusal(problem: ExportProblem, filename: str) -> str:
    """Why an export cannot be imported, for the learner, naming the file."""
    if problem.kind is Problem.NEWER:
        reason = learner.IMPORT_NEWER_FORMAT
    elif problem.kind is Problem.TOO_LARGE:
        reason = learner.IMPORT_TOO_LARGE.format(size=MAX_EXPORT_BYTES // (1024 * 1024))
    elif problem.kind is Problem.TOO_DEEP:
        reason = learner.IMPORT_TOO_DEEP.format(depth=MAX_DEPTH)
    else:
        reason = learner.IMPORT_NOT_EXPORT
    return learner.IMPORT_REFUSED.format(file=filename, reason=reason)


def _title(answer: Answer, catalog: Catalog) -> str:
    definition = catalog.get(answer.exercise_id)
    return learner.IMPORT_TITLE.format(
        title=definition.title if definition else answer.exercise_id, chapter=answer.chapter
    )


def _fits_course(answer: Answer, catalog: Catalog) -> bool:
    definition = catalog.get(answer.exercise_id)
    return definition is None or definition.type == answer.type


def import_export(data: bytes, filename: str, store: AnswerStore, catalog: Catalog) -> ImportReport:
    """Merge the answers of an exported file into ``store``."""
    try:
        parsed = read_export(data)
    except ExportProblem as problem:
        return ImportReport(refusal(problem, filename))
    answers = list(parsed.answers.values())
    problems = [learner.IMPORT_INVALID.format(detail=detail) for detail in parsed.problems]
    problems += [
        learner.IMPORT_WRONG_TYPE.format(title=_title(a, catalog)) for a in answers if not _fits_course(a, catalog)
    ]
    try:
        outcomes = store.merge([a for a in answers if _fits_course(a, catalog)])
    except StoreError as error:
        return ImportReport(learner.IMPORT_FAILED.format(reason=error))
    lines = []
    for outcome in outcomes:
        title = _title(outcome.answer, catalog)
        if outcome.status is MergeStatus.ADDED:
            lines.append(learner.IMPORT_ADDED.format(title=title))
        elif outcome.status is MergeStatus.UPDATED:
            lines.append(learner.IMPORT_UPDATED.format(title=title))
        elif outcome.status is MergeStatus.REPLACED_UNREADABLE:
            lines.append(learner.IMPORT_REPLACED_UNREADABLE.format(title=title, backup=outcome.backup))
        elif outcome.status is MergeStatus.UNCHANGED:
            lines.append(learner.IMPORT_UNCHANGED.format(title=title))
        else:
            assert outcome.local is not None
            lines.append(
                learner.IMPORT_KEPT_LOCAL.format(
                    title=title, local=date_time(outcome.local.moment), incoming=date_time(outcome.answer.moment)
                )
            )
    added = sum(o.status is MergeStatus.ADDED for o in outcomes)
    updated = sum(o.status in (MergeStatus.UPDATED, MergeStatus.REPLACED_UNREADABLE) for o in outcomes)
    skipped = len(outcomes) - added - updated + len(problems)
    summary = learner.IMPORT_SUMMARY.format(file=filename, added=added, updated=updated, skipped=skipped)
    if added or updated:
        summary += " " + learner.IMPORT_RERUN
    return ImportReport(summary, tuple(lines + problems), added, updated, skipped)
