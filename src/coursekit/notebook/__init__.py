"""The exercises in a notebook (JupyterLab, Notebook 7, Voila): the same views as on the page.

Each exercise type's browser view (``exercise_types/<type>/view.js``) follows the anywidget
contract, ``export default { render({ model, el }) }``. In a notebook it runs as an anywidget
(:mod:`coursekit.notebook.widget`), whose Python side keeps only what a kernel must keep: the
answer file (:class:`coursekit.store.AnswerStore`, with its locking, backups and migrations).

The portfolio panel (:mod:`coursekit.notebook.portfolio`) is an anywidget the same way: its view,
``portfolio.js``, runs the page's portfolio (``page/portfolio.js``), and its kernel side keeps the
answer file and the files on disk.

The widgets' front end is ONE ES module, ``exercise.js`` in this folder: the entry ``entry.js``
(the frame, ``exercise_types/frame.js``, every type's view, found by walking the folders as the
page does, and the portfolio panel) bundled by esbuild. Binder has no Node, so the bundle is committed;
``python -m coursekit.notebook`` writes it again and ``python -m coursekit.notebook --check``
(in ``make lint``) fails when it is stale. This module imports neither ipywidgets nor anywidget.

The teacher's class overview (:mod:`coursekit.classview.widget`) is a second anywidget with a
second committed module, ``classoverview.js``: the class page's overview
(``classpage/classnotebook.js``, :func:`coursekit.classpage.notebook_module`), written and checked
by the same command.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

FOLDER = Path(__file__).parent
ENTRY = FOLDER / "entry.js"
BUNDLE = FOLDER / "exercise.js"
STYLESHEET = FOLDER.parent / "page" / "page.css"  # the page's look, in the notebook too
CLASS_BUNDLE = FOLDER / "classoverview.js"
CLASS_STYLESHEET = FOLDER.parent / "classpage" / "classpage.css"


def build() -> str:
    """The notebook's ES module: the entry and what it imports, bundled by esbuild. Its DATA holds
    the texts of the modules esbuild takes in (its metafile), not those of the whole page."""
    from .. import page

    banner = "/* Exercises in a notebook: coursekit/notebook, built by `python -m coursekit.notebook`. MIT. */"
    with tempfile.TemporaryDirectory() as temporary:
        modules = page.generate(Path(temporary), page.page_data())
        code = "\n".join(page.bundle_sources(ENTRY, modules).values())
        modules = page.generate(Path(temporary), page.data("", code))
        return page.bundled(ENTRY, modules, banner, format="esm")


def bundles() -> dict[Path, str]:
    """Each committed module and the text its sources give now."""
    from .. import classpage

    return {BUNDLE: build(), CLASS_BUNDLE: classpage.notebook_module()}


def write() -> list[Path]:
    written = []
    for path, text in bundles().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale() -> list[Path]:
    """The committed modules that differ from what the sources give now."""
    return [path for path, text in bundles().items() if not path.exists() or path.read_text(encoding="utf-8") != text]
