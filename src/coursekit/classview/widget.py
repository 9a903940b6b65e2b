"""The class overview in the teacher's notebook: an anywidget whose view is the class page's.

The view (``notebook/classoverview.js``, bundled from ``classpage/classnotebook.js``) draws the
folder field, "Lees de map in", "Namen tonen", the choice of part and the overview itself, from
the files this side hands it. This side keeps only what a kernel must do: list the folder the
teacher names (relative to the notebook, or a full path) and read its files safely
(:func:`coursekit.classview.read.read_folder`), again whenever the view asks
(``{"method": "read", "folder": ...}``).

Traits: ``catalog`` (the book's exercises, :func:`coursekit.classview.catalog.catalog_data`),
``folder`` (as typed), ``files`` (``{"path", "bytes"}`` per file read, the bytes sent as a binary
buffer, or ``{"path", "problem"}`` with the Dutch reason it was not read), ``problem`` (with the
folder itself), ``show_names`` (the checkbox's starting value) and ``reading`` (one up per reading:
the view reads the files again).

The static form (the online book, a notebook saved with its output) carries the files in the
class page's container as JSON, and the class page's script (loaded on that page by
``book/_ext/klaspagina.py``) shows their overview as if they had been dropped. It carries no name:
each file is numbered (``bestand-001.html``), the learner's name in an export is replaced by a
code that stays the same for the same name, any other file carries nothing of its content (the page
then names it "geen portfolio-export" or "geen tekstbestand"), and an export is carried as its
data block only,
with a code in place of every text the overview does not compare (what the learner wrote, above
all: the overview never shows it).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from .. import paths, render
from ..definitions import Catalog, load_catalog
from ..display import LiveAndStatic, Message
from ..notebook import CLASS_BUNDLE, CLASS_STYLESHEET
from ..portfolio.format import embedded_payload
from ..texts import teacher
from .catalog import catalog_data
from .read import COMMON_SUFFIXES, Folder, read_folder

DEFAULT_FOLDER = "voorbeeld-exports"


def files_trait(found: Folder) -> list[dict]:
    """The ``files`` trait: bytes for each file read, the Dutch reason for each file not read."""
    return [
        {"path": one.path, "bytes": one.data} if one.data is not None else {"path": one.path, "problem": one.problem}
        for one in found.files
    ]


def _code(name: str) -> str:
    """A learner's name as a code that is the same for the same name (as the page compares names)."""
    same = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return "Cursist " + hashlib.sha256(same.encode("utf-8")).hexdigest()[:10]


# The texts in an answer the overview compares with the book's exercises (a self-scan's statements
# and scale, the choice made, a force's influence). Every other text in the static form (what the
# learner wrote, the question as it stood) is a code, the same for the same text: the overview
# never shows those, and the page stays light.
KEPT = {"statement", "scale", "choice", "influence"}


def _coded(value: Any) -> Any:
    """``value`` with every text but those in :data:`KEPT` replaced by a code."""
    if isinstance(value, list):
        return [_coded(item) for item in value]
    if isinstance(value, dict):
        return {key: item if key in KEPT else _coded(item) for key, item in value.items()}
    if isinstance(value, str) and value:
        return "tekst " + hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]
    return value


def _static_file(path: str, data: bytes) -> dict:
    """An export as its data block, its name and its texts (:data:`KEPT` aside) replaced by codes.
    Any other file carries nothing of its content: a text file is carried empty, any other as one
    NUL (the page then says it is no text file)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return {"path": path, "text": "\x00"}
    try:
        document = json.loads(text)
    except ValueError:
        try:
            block = embedded_payload(text)
            document = json.loads(block) if block is not None else None
        except ValueError:
            document = None
    if not isinstance(document, dict) or "answers" not in document:
        return {"path": path, "text": ""}
    if isinstance(document.get("name"), str) and document["name"].strip():
        document["name"] = _code(document["name"])
    if isinstance(document["answers"], list):
        document["answers"] = [
            {**one, "value": _coded(one["value"])} if isinstance(one, dict) and "value" in one else one
            for one in document["answers"]
        ]
    return {"path": path, "text": json.dumps(document, ensure_ascii=False, separators=(",", ":"))}


def static_files(found: Folder) -> list[dict]:
    """The files as the static form carries them: numbered, without names."""
    width = len(str(len(found.files)))
    carried = []
    for number, one in enumerate(found.files, start=1):
        suffix = Path(one.path).suffix.lower()
        path = f"bestand-{number:0{width}d}{suffix if suffix in COMMON_SUFFIXES else ''}"
        carried.append({"path": path, "problem": one.problem} if one.data is None else _static_file(path, one.data))
    return carried


def static_html(found: Folder) -> str:
    """The static form: the class page's container, with the files for its script as JSON
    (``{"folder", "gzip"}``: the list of files, gzip-compressed and in base64, as the page's
    script unpacks it with the browser's DecompressionStream)."""
    files = json.dumps(static_files(found), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packed = base64.b64encode(gzip.compress(files, compresslevel=9, mtime=0)).decode("ascii")
    embedded = json.dumps({"folder": found.folder, "gzip": packed}, ensure_ascii=False)
    embedded = embedded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    fallback = found.problem or teacher.STATIC_NEEDS_SCRIPT.format(folder=found.folder, files=len(found.files))
    intro = [teacher.STATIC_INTRO.format(folder=found.folder)]
    if Path(found.folder).name == DEFAULT_FOLDER:
        intro.append(teacher.SAMPLE_NOTE.format(folder=found.folder))
    intro.append(teacher.PRIVACY_NOTE)
    return render.macro("embedded", "classpage.html", intro=intro, fallback=fallback, files=render.markup(embedded))


def plain_text(found: Folder) -> str:
    return found.problem or teacher.PLAIN.format(folder=found.folder, files=len(found.files))


class ClassOverviewWidget(anywidget.AnyWidget):
    _esm = CLASS_BUNDLE
    _css = CLASS_STYLESHEET
    catalog = traitlets.Dict().tag(sync=True)
    folder = traitlets.Unicode("").tag(sync=True)
    files: traitlets.List[dict] = traitlets.List().tag(sync=True)
    problem = traitlets.Unicode("").tag(sync=True)
    show_names = traitlets.Bool(False).tag(sync=True)
    reading = traitlets.Int(0).tag(sync=True)

    def __init__(self, catalog: Catalog, found: Folder, base: Path, show_names: bool = False):
        self.base = base
        super().__init__(catalog=catalog_data(catalog), show_names=show_names)
        self.show(found)
        self.on_msg(self._message)

    def show(self, found: Folder) -> None:
        with self.hold_sync():
            self.folder = found.folder
            self.files = files_trait(found)
            self.problem = found.problem
            self.reading += 1

    def _message(self, widget: Any, content: Any, buffers: Any) -> None:
        if isinstance(content, dict) and content.get("method") == "read":
            self.show(read_folder(str(content.get("folder", "")), self.base))


@dataclass
class ClassOverview:
    """The widget for a live kernel, and the static form of the folder first read."""

    catalog: Catalog
    folder: str = DEFAULT_FOLDER
    base: Path = field(default_factory=Path.cwd)
    show_names: bool = False
    found: Folder = field(init=False)
    _view: ClassOverviewWidget | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.found = read_folder(self.folder, self.base)

    def widget(self) -> ClassOverviewWidget:
        if self._view is None:
            self._view = ClassOverviewWidget(self.catalog, self.found, self.base, self.show_names)
        return self._view

    def static_html(self) -> str:
        return static_html(self.found)

    def _repr_mimebundle_(self, include=None, exclude=None, **kwargs):
        bundle = LiveAndStatic(self.widget(), self.static_html(), plain_text(self.found))
        return bundle._repr_mimebundle_(include, exclude)


def class_overview(folder: str = DEFAULT_FOLDER, *, show_names: bool = False) -> ClassOverview | Message:
    """The class overview of the exports in ``folder`` (relative to the current folder, or a full path).

    ``show_names`` only sets the starting value of the checkbox "Namen tonen" in the live view;
    the static form never shows names. Returns a Dutch :class:`~coursekit.display.Message` when
    the course folder itself cannot be found.
    """
    try:
        root = paths.project_root()
    except paths.ProjectRootNotFound as error:
        return Message(str(error))
    return ClassOverview(load_catalog(root), str(folder), Path.cwd(), show_names)
