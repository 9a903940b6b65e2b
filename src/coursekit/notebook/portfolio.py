"""The portfolio panel in a notebook: an anywidget whose view is the page's portfolio (``exercise.js``,
``notebook/portfolio.js``).

The view makes the documents (HTML, Markdown, JSON) and offers them as downloads, and reads and
checks an import with the page's rules and Dutch messages. This side keeps only what a kernel must:

- it reads the learner's answer file (:class:`~coursekit.store.AnswerStore`) and hands the answers
  to the view (``answers``), with the store's notices (``notices``); again when the view asks
  (``{"method": "refresh", "then"}``, before an export), answering ``{"method": "refreshed", "then"}``;
- ``{"method": "export", "basename", "html", "md", "json"}``: it writes the three documents into the
  portfolio folder next to the answer file, and answers ``{"method": "written", "text"}``;
- ``{"method": "read", "name"}``: it safely reads an export from that folder (:func:`read_file`: a
  regular file of at most ``MAX_EXPORT_BYTES``, opened without blocking) and sends the bytes
  (``{"method": "file", "name", "data"}``, base64) or a Dutch refusal naming the file (``problem``);
- ``{"method": "merge", "name", "answers", "problems"}``: it checks the answers again and merges
  them through :meth:`AnswerStore.merge` (a local answer is only replaced by a newer one), and
  answers ``{"method": "merged", "name", "outcomes", "problems"}`` (or ``failed``) for the view to word.
"""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from ..answers import Answer, InvalidAnswer
from ..definitions import Catalog
from ..portfolio.format import MAX_EXPORT_BYTES
from ..schemas.compose import MAX_DEPTH
from ..static import catalog_json
from ..store import AnswerStore, MergeOutcome, StoreError, describe_os_error
from ..texts import learner
from . import BUNDLE, STYLESHEET

SUFFIXES = (".html", ".md", ".json")
SUFFIXES_KEYS = ("html", "md", "json")  # the documents the view sends, by their file's suffix


class FileProblem(Exception):
    """A file that is not read; the message is Dutch and names the file."""


def refused(name: str, reason: str) -> FileProblem:
    return FileProblem(learner.IMPORT_REFUSED.format(file=name, reason=reason))


def read_file(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_EXPORT_BYTES, or :class:`FileProblem`.

    Opened without blocking (a named pipe would wait forever for a writer) and checked on the open
    file, so a link to a device or a pipe is refused too; reading stops after the limit.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        raise refused(name, learner.IMPORT_NOT_READABLE) from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise refused(name, learner.IMPORT_NOT_REGULAR)
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(MAX_EXPORT_BYTES + 1)
    except OSError:
        raise refused(name, learner.IMPORT_NOT_READABLE) from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_EXPORT_BYTES:
        raise refused(name, learner.IMPORT_TOO_LARGE.format(size=MAX_EXPORT_BYTES // (1024 * 1024)))
    return data


def write_export(folder: Path, basename: str, documents: dict[str, str]) -> list[Path]:
    """Write the documents (suffix: text) as ``basename.<suffix>`` into ``folder``; raises OSError."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, text in documents.items():
        path = folder / f"{basename}.{suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def outcome_record(outcome: MergeOutcome) -> dict:
    return {
        "status": outcome.status.value,
        "answer": outcome.answer.to_dict(),
        "local": outcome.local.to_dict() if outcome.local else None,
        "backup": str(outcome.backup) if outcome.backup else None,
    }


class PortfolioWidget(anywidget.AnyWidget):
    _esm = BUNDLE
    _css = STYLESHEET
    panel = traitlets.Unicode("portfolio").tag(sync=True)
    catalog = traitlets.Dict().tag(sync=True)
    answers: traitlets.List[dict] = traitlets.List().tag(sync=True)
    notices: traitlets.List[str] = traitlets.List().tag(sync=True)
    files: traitlets.List[str] = traitlets.List().tag(sync=True)
    folder = traitlets.Unicode().tag(sync=True)

    def __init__(self, store: AnswerStore, catalog: Catalog, folder: Path):
        self.store = store
        self.export_folder = folder
        super().__init__(catalog=catalog_json(catalog), folder=str(folder))
        self.refresh()
        self.on_msg(self._message)

    def refresh(self) -> None:
        """The answers, the store's notices and the exports in the folder, as they are now."""
        self.answers = [answer.to_dict() for answer in self.store.answers().values()]
        notices = list(self.store.notices)
        aside = self.store.set_aside_files()
        if aside:
            notices.append(
                learner.PORTFOLIO_SET_ASIDE.format(
                    folder=self.store.path.parent, names=", ".join(path.name for path in aside)
                )
            )
        self.notices = notices
        self.files = self.exports()

    def exports(self) -> list[str]:
        """The names of the exports in the portfolio folder, by name from last to first (an export's
        name ends in its date and time, so one learner's newest comes first)."""
        try:
            found = [p for p in self.export_folder.iterdir() if p.suffix.lower() in SUFFIXES]
        except OSError:
            return []
        return [p.name for p in sorted(found, key=lambda p: p.name, reverse=True)]

    def _message(self, widget: Any, content: Any, buffers: Any) -> None:
        if not isinstance(content, dict):
            return
        handlers = {
            "refresh": self.refreshed,
            "export": self.write_export,
            "read": self.read_export,
            "merge": self.merge,
        }
        handler = handlers.get(str(content.get("method")))
        if handler is not None:
            self.send(handler(content))

    def refreshed(self, content: dict) -> dict:
        """Read the answer file again (before an export: the exercises may have saved since)."""
        self.refresh()
        return {"method": "refreshed", "then": str(content.get("then", ""))}

    def write_export(self, content: dict) -> dict:
        """Write the view's documents (.html, .md, .json) into the portfolio folder."""
        basename = Path(str(content.get("basename", ""))).name or "portfolio"
        try:
            write_export(self.export_folder, basename, {key: str(content.get(key, "")) for key in SUFFIXES_KEYS})
            text = learner.PORTFOLIO_WRITTEN.format(folder=self.export_folder)
        except OSError as error:
            text = learner.PORTFOLIO_WRITE_FAILED.format(folder=self.export_folder, reason=describe_os_error(error))
        self.refresh()
        return {"method": "written", "text": text}

    def read_export(self, content: dict) -> dict:
        """A file the learner chose from the portfolio folder, read safely."""
        name = str(content.get("name", ""))
        if name not in self.exports():  # only a file the view was offered, never a path
            problem = refused(name, learner.IMPORT_NOT_IN_FOLDER.format(folder=self.export_folder))
            return {"method": "file", "name": name, "problem": str(problem)}
        try:
            data = read_file(self.export_folder / name, name)
        except FileProblem as problem:
            return {"method": "file", "name": name, "problem": str(problem)}
        return {"method": "file", "name": name, "data": base64.b64encode(data).decode("ascii")}

    def merge(self, content: dict) -> dict:
        reply = merge_import(self.store, content)
        self.refresh()
        return reply


def merge_import(store: AnswerStore, content: dict) -> dict:
    """Merge the answers the view checked (``{"name", "answers", "problems"}``) into ``store``: the
    kernel checks each again, and :meth:`AnswerStore.merge` replaces a local answer only by a newer
    one. The reply the view words: ``{"method": "merged", "name", "outcomes", "problems"}`` or
    ``failed`` (why the file could not be written)."""
    name = str(content.get("name", ""))
    problems = [line for line in content.get("problems", []) if isinstance(line, str)]
    answers = []
    for record in content.get("answers", []):
        try:
            answers.append(Answer.from_dict(record))
        except InvalidAnswer as problem:
            problems.append(learner.IMPORT_INVALID.format(detail=problem))
        except RecursionError:
            problems.append(learner.IMPORT_INVALID.format(detail=learner.IMPORT_TOO_DEEP.format(depth=MAX_DEPTH)))
    try:
        outcomes = store.merge(answers)
    except StoreError as error:
        return {"method": "merged", "name": name, "failed": str(error)}
    return {"method": "merged", "name": name, "outcomes": [outcome_record(o) for o in outcomes], "problems": problems}
