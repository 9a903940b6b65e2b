"""The portfolio: export every answer (files + download links) and import an export again.

An import merges: an answer is added when it is new here, replaces a local
answer only when it is newer, and every decision is reported in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import launch, messages, paths, static
from .answers import Answer
from .definitions import Catalog, load_catalog
from .display import LiveAndStatic, Message
from .exporters import ExportBundle, ExportFormatError, read_export
from .formatting import date_time
from .store import AnswerStore, MergeStatus, StoreError

PORTFOLIO_NOTEBOOK = "notebooks/portfolio.ipynb"  # the book's own portfolio page


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


def _title(answer: Answer, catalog: Catalog) -> str:
    definition = catalog.get(answer.exercise_id)
    return messages.IMPORT_TITLE.format(
        title=definition.title if definition else answer.exercise_id, chapter=answer.chapter)


def _fits_course(answer: Answer, catalog: Catalog) -> bool:
    definition = catalog.get(answer.exercise_id)
    return definition is None or definition.type == answer.type


def import_export(data: bytes, filename: str, store: AnswerStore, catalog: Catalog) -> ImportReport:
    """Merge the answers of an exported file into ``store``."""
    try:
        answers, problems = read_export(data)
    except ExportFormatError as error:
        return ImportReport(str(error))
    problems += [messages.IMPORT_WRONG_TYPE.format(title=_title(a, catalog))
                 for a in answers if not _fits_course(a, catalog)]
    try:
        outcomes = store.merge([a for a in answers if _fits_course(a, catalog)])
    except StoreError as error:
        return ImportReport(messages.IMPORT_FAILED.format(reason=error))
    lines = []
    for outcome in outcomes:
        title = _title(outcome.answer, catalog)
        if outcome.status is MergeStatus.ADDED:
            lines.append(messages.IMPORT_ADDED.format(title=title))
        elif outcome.status is MergeStatus.UPDATED:
            lines.append(messages.IMPORT_UPDATED.format(title=title))
        elif outcome.status is MergeStatus.UNCHANGED:
            lines.append(messages.IMPORT_UNCHANGED.format(title=title))
        else:
            lines.append(messages.IMPORT_KEPT_LOCAL.format(
                title=title, local=date_time(outcome.local.moment), incoming=date_time(outcome.answer.moment)))
    added = sum(o.status is MergeStatus.ADDED for o in outcomes)
    updated = sum(o.status is MergeStatus.UPDATED for o in outcomes)
    skipped = len(outcomes) - added - updated + len(problems)
    summary = messages.IMPORT_SUMMARY.format(file=filename, added=added, updated=updated, skipped=skipped)
    if added or updated:
        summary += " " + messages.IMPORT_RERUN
    return ImportReport(summary, tuple(lines + problems), added, updated, skipped)


class Portfolio(LiveAndStatic):
    """What ``portfolio()`` shows; ``.panel`` holds the controls."""

    def __init__(self, panel, static_html: str):
        super().__init__(panel.root, static_html, messages.STATIC_PORTFOLIO_PLAIN)
        self.panel = panel


def portfolio(*, store: AnswerStore | None = None) -> Portfolio | Message:
    """The export/import panel for the learner's answers across all chapters."""
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    from .widgets.portfolio_panel import PortfolioPanel  # ipywidgets: only when a panel is shown

    store = store or AnswerStore(paths.store_path())
    panel = PortfolioPanel(store, load_catalog(root), paths.export_dir(store.path))
    links = launch.notebook_links(PORTFOLIO_NOTEBOOK, root)
    return Portfolio(panel, static.render_portfolio(links, PORTFOLIO_NOTEBOOK))
