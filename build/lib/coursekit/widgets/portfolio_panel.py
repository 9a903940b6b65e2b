"""The portfolio panel: export all answers (files + download links) and import an export."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

import ipywidgets as widgets

from .. import messages
from ..definitions import Catalog
from ..exporters import build_export
from ..portfolio import import_export, write_export
from ..static import HEADING
from ..store import AnswerStore, describe_os_error
from .base import LABEL_STYLE, button, html, p

MEDIA_TYPES = {"html": "text/html", "md": "text/markdown", "json": "application/json"}


def download_link(filename: str, text: str, label: str) -> str:
    """A link that downloads ``text`` as ``filename`` (a data: URI: works without a server)."""
    suffix = filename.rsplit(".", 1)[-1]
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (f'<a download="{escape(filename)}" '
            f'href="data:{MEDIA_TYPES[suffix]};charset=utf-8;base64,{data}">{escape(label)}</a>')


class PortfolioPanel:
    def __init__(self, store: AnswerStore, catalog: Catalog, folder: Path):
        self.store = store
        self.catalog = catalog
        self.folder = folder
        self.name = widgets.Text(description=messages.PORTFOLIO_NAME, placeholder=messages.PORTFOLIO_NAME_PLACEHOLDER,
                                 style=LABEL_STYLE)
        self.export_button = button(messages.PORTFOLIO_EXPORT, "download")
        self.export_button.on_click(self.export)
        self.links = html("")
        self.upload = widgets.FileUpload(accept=".html,.md,.json", multiple=False,
                                         description=messages.PORTFOLIO_IMPORT, layout=widgets.Layout(width="auto"))
        self.upload.observe(self._uploaded, names="value")
        self.report = html("")
        self.progress = html("")
        self.root = widgets.VBox(
            [html(f"<{HEADING}>{escape(messages.PORTFOLIO_HEADING)}</{HEADING}>{p(messages.PORTFOLIO_INTRO)}"),
             self.progress, self.name, self.export_button, self.links,
             html(p(messages.PORTFOLIO_IMPORT_HELP)), self.upload, self.report],
            layout=widgets.Layout(border="1px solid #767676", padding="0.5em 1em", margin="0.5em 0"),
        )
        self.show_progress()

    def show_progress(self) -> None:
        answers = self.store.answers()
        done = sum(exercise_id in answers for exercise_id in self.catalog.definitions)
        lines = [messages.PORTFOLIO_PROGRESS.format(done=done, total=len(self.catalog.definitions))
                 if answers else messages.PORTFOLIO_EMPTY]
        lines += self.store.notices
        aside = self.store.set_aside_files()
        if aside:
            lines.append(messages.PORTFOLIO_SET_ASIDE.format(
                folder=self.store.path.parent, names=", ".join(path.name for path in aside)))
        self.progress.value = "".join(p(line) for line in lines)

    def export(self, _: object = None) -> None:
        bundle = build_export(self.store.answers(), self.catalog, name=self.name.value)
        links = [
            download_link(f"{bundle.basename}.html", bundle.html, messages.PORTFOLIO_DOWNLOAD_HTML),
            download_link(f"{bundle.basename}.md", bundle.markdown, messages.PORTFOLIO_DOWNLOAD_MD),
            download_link(f"{bundle.basename}.json", bundle.json, messages.PORTFOLIO_DOWNLOAD_JSON),
        ]
        try:
            write_export(bundle, self.folder)
            where = p(messages.PORTFOLIO_WRITTEN.format(folder=self.folder))
        except OSError as error:
            where = p(messages.PORTFOLIO_WRITE_FAILED.format(folder=self.folder, reason=describe_os_error(error)))
        items = "".join(f"<li>{link}</li>" for link in links)
        self.links.value = f"<p><strong>{escape(messages.PORTFOLIO_DOWNLOAD)}:</strong></p><ul>{items}</ul>{where}"
        self.show_progress()

    def _uploaded(self, change: dict) -> None:
        if not change["new"]:
            return
        upload = change["new"][0]
        report = import_export(bytes(upload["content"]), upload["name"], self.store, self.catalog)
        lines = "".join(f"<li>{escape(line)}</li>" for line in report.lines)
        self.report.value = f'<div role="status">{p(report.summary)}' + (f"<ul>{lines}</ul>" if lines else "") + "</div>"
        self.upload.value = ()  # ready for the next file, even the same one
        self.show_progress()
