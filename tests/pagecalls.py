"""The page's modules called from Python through one Node process (``tests/page/run.mjs --serve``).

The portfolio lives in JavaScript (``page/portfolio.js``), on the page and in the notebook's panel.
The tests (and the scripts that make sample exports or benchmarks) make its documents with
:func:`build_export`, and import an export as the notebook's panel does with :func:`import_export`:
the view's logic here, the kernel's side (:func:`coursekit.notebook.portfolio.merge_import`) in Python.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from coursekit import notebook, page
from coursekit.answers import Answer
from coursekit.definitions import Catalog
from coursekit.notebook.portfolio import merge_import
from coursekit.static import catalog_json
from coursekit.store import AnswerStore

PAGE_TESTS = Path(__file__).parent / "page"


def generate(folder: Path) -> Path:
    """The generated modules for Node, with the texts of the page's and the notebook's modules."""
    code = "\n".join([*page.sources().values(), *page.sources((notebook.FOLDER,)).values()])
    page.generate(folder, page.data("tests", code))
    return folder


class _Node:
    process: subprocess.Popen | None = None

    def call(self, *calls: tuple) -> list:
        if self.process is None:
            node = shutil.which("node")
            if not node:
                raise RuntimeError("Node.js is missing: install Node 20 or newer")
            folder = generate(Path(tempfile.mkdtemp(prefix="pagecalls-")))
            self.process = subprocess.Popen(
                [node, "--import", str(PAGE_TESTS / "register.mjs"), str(PAGE_TESTS / "run.mjs"), "--serve"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env={**os.environ, "COURSEKIT_GENERATED": str(folder)},
            )
            atexit.register(self.process.kill)
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps({"calls": [list(c) for c in calls]}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            self.process = None  # the next call starts Node again
            raise RuntimeError("the page's modules stopped (see the error above)")
        return json.loads(line)


NODE = _Node()


def page_calls(*calls: tuple) -> list:
    """The results of the page's functions: page_calls(("importRequest", ...), ...)."""
    return NODE.call(*calls)


@dataclass(frozen=True)
class ImportReport:
    summary: str
    lines: tuple[str, ...] = ()
    added: int = 0
    updated: int = 0
    skipped: int = 0


def import_export(data: bytes, filename: str, store: AnswerStore, catalog: Catalog) -> ImportReport:
    """An import as the notebook's panel does it: the view (the page's rules) reads and checks the
    file, the kernel merges the answers into ``store``, the view words the report."""
    catalog_data = catalog_json(catalog)
    [request] = page_calls(("importRequest", base64.b64encode(data).decode("ascii"), filename, catalog_data))
    if "report" in request:
        report = request["report"]
    else:
        [report] = page_calls(("mergedReport", merge_import(store, request["message"]), catalog_data))
    return ImportReport(
        report["summary"],
        tuple(report["lines"]),
        report.get("added", 0),
        report.get("updated", 0),
        report.get("skipped", 0),
    )


@dataclass(frozen=True)
class ExportBundle:
    basename: str  # without extension
    markdown: str
    html: str
    json: str


def build_export(
    answers: Mapping[str, Answer], catalog: Catalog, *, name: str = "", moment: datetime | None = None
) -> ExportBundle:
    """The portfolio of ``answers`` as the page and the notebook's panel make it (page/portfolio.js,
    buildExport): Markdown, HTML and JSON."""
    moment = moment or datetime.now(timezone.utc)
    moment = moment if moment.tzinfo else moment.astimezone()
    records = [answer.to_dict() for answer in answers.values()]
    [made] = page_calls(("buildExport", records, catalog_json(catalog), name, moment.isoformat()))
    return ExportBundle(made["basename"], made["markdown"], made["html"], made["json"])
