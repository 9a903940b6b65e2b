"""The portfolio panel (ipywidgets): export all answers (files + download links) and import an export."""

from __future__ import annotations

import base64
from pathlib import Path

import ipywidgets as widgets

from .. import render
from ..definitions import Catalog
from ..store import AnswerStore, describe_os_error
from ..texts import learner
from .controls import FRAME, LABEL_STYLE, button, html
from .document import build_export
from .importing import import_export, write_export

MEDIA_TYPES = {"html": "text/html", "md": "text/markdown", "json": "application/json"}


def download(filename: str, text: str, label: str) -> dict:
    """A link that downloads ``text`` as ``filename`` (a data: URI: works without a server)."""
    suffix = filename.rsplit(".", 1)[-1]
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return {"filename": filename, "href": f"data:{MEDIA_TYPES[suffix]};charset=utf-8;base64,{data}", "label": label}


class PortfolioPanel:
    def __init__(self, store: AnswerStore, catalog: Catalog, folder: Path):
        self.store = store
        self.catalog = catalog
        self.folder = folder
        self.name = widgets.Text(
            description=learner.PORTFOLIO_NAME, placeholder=learner.PORTFOLIO_NAME_PLACEHOLDER, style=LABEL_STYLE
        )
        self.export_button = button(learner.PORTFOLIO_EXPORT, "download")
        self.export_button.on_click(self.export)
        self.links = html("")
        self.upload = widgets.FileUpload(
            accept=".html,.md,.json",
            multiple=False,
            description=learner.PORTFOLIO_IMPORT,
            layout=widgets.Layout(width="auto"),
        )
        self.upload.observe(self._uploaded, names="value")
        self.report = html("")
        self.progress = html("")
        heading = render.macro(
            "heading", level="h4", text=learner.PORTFOLIO_HEADING, instruction=learner.PORTFOLIO_INTRO
        )
        self.root = widgets.VBox(
            [
                html(heading),
                self.progress,
                self.name,
                self.export_button,
                self.links,
                html(render.macro("p", text=learner.PORTFOLIO_IMPORT_HELP)),
                self.upload,
                self.report,
            ],
            layout=widgets.Layout(**FRAME),
        )
        self.show_progress()

    def show_progress(self) -> None:
        answers = self.store.answers()
        done = sum(exercise_id in answers for exercise_id in self.catalog.definitions)
        lines = [
            learner.PORTFOLIO_PROGRESS.format(done=done, total=len(self.catalog.definitions))
            if answers
            else learner.PORTFOLIO_EMPTY
        ]
        lines += self.store.notices
        aside = self.store.set_aside_files()
        if aside:
            lines.append(
                learner.PORTFOLIO_SET_ASIDE.format(
                    folder=self.store.path.parent, names=", ".join(path.name for path in aside)
                )
            )
        self.progress.value = "".join(render.macro("p", text=line) for line in lines)

    def export(self, _: object = None) -> None:
        bundle = build_export(self.store.answers(), self.catalog, name=self.name.value)
        links = [
            download(f"{bundle.basename}.html", bundle.html, learner.PORTFOLIO_DOWNLOAD_HTML),
            download(f"{bundle.basename}.md", bundle.markdown, learner.PORTFOLIO_DOWNLOAD_MD),
            download(f"{bundle.basename}.json", bundle.json, learner.PORTFOLIO_DOWNLOAD_JSON),
        ]
        try:
            write_export(bundle, self.folder)
            where = learner.PORTFOLIO_WRITTEN.format(folder=self.folder)
        except OSError as error:
            where = learner.PORTFOLIO_WRITE_FAILED.format(folder=self.folder, reason=describe_os_error(error))
        self.links.value = render.macro(
            "downloads", "portfolio_panel.html", heading=learner.PORTFOLIO_DOWNLOAD, links=links, where=where
        )
        self.show_progress()

    def _uploaded(self, change: dict) -> None:
        if not change["new"]:
            return
        upload = change["new"][0]
        report = import_export(bytes(upload["content"]), upload["name"], self.store, self.catalog)
        self.report.value = render.macro("report", "portfolio_panel.html", summary=report.summary, lines=report.lines)
        self.upload.value = ()  # ready for the next file, even the same one
        self.show_progress()
