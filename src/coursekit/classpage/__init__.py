"""The class overview in the teacher's browser: drop the platform's zip, nothing uploaded.

A page of the teacher's guide (``book/docenten/klasoverzicht-in-je-browser.md``) reads the
portfolio exports of a class in the browser: the bulk-download zip of a learning platform
(Brightspace, Canvas, Moodle, Blackboard), a folder, or loose export files, and shows the class
overview: the files check, who did what, the self-scan distributions and before/after shifts, the
role profiles, the knowledge checks and, per learner, the final assignment. Nothing is uploaded;
the page requests nothing from any host. The teacher's notebook (:mod:`coursekit.classview`) shows
the same overview, from the same modules: its kernel lists the folder and reads the files, and
hands them to ``classnotebook.js`` (bundled by :func:`notebook_module` into the committed
``notebook/classoverview.js``). The flow runs one way: read (``archive.js``, ``classread.js``) ->
count (``classstats.js``) -> draw (``classcharts.js``) -> show (``classreport.js``, ``classpage.js``).

ONE classic script and one stylesheet, like the exercise pages (:mod:`coursekit.page`): ES modules
bundled by esbuild from ``classboot.js`` into one IIFE, with:

- the page layer's own modules for what the two share (imported): the text helpers, Dutch numbers
  and dates, the JSON Schema checks, the answer checks and THE export reader with its version rule;
  there is no second reader;
- the modules in this folder: ``archive.js`` reads a zip with unzipit (npm, pinned in
  ``package.json``, imported and bundled), checking every entry against the caps below
  before one byte is inflated; ``layouts.js`` ties each file to its platform student, with the
  layouts of ``classview/layouts.py`` (given as data); ``classread.js`` checks every file and
  tells the learners apart; ``classstats.js`` counts; ``classcharts.js`` draws SVG;
  ``classreport.js`` shows the overview; ``gradebook.js`` writes the CSV; ``classworker.js`` reads
  in a Web Worker made from this very script (:func:`build` wraps the bundle in one function,
  ``coursekitClassBundle``, whose source a Blob URL hands the worker); ``classpage.js`` is the
  overview with its controls (progress, names, the choice of part); ``classboot.js`` is the page
  (drop zone, file buttons, print), and shows the files a page carries as JSON (the static form of
  the notebook) as if they had been dropped.

The generated module ``coursekit-data`` (:func:`coursekit.page.generate`) holds ``DATA``: the
learner texts (``T.NAME``) and teacher texts (``K.NAME``, from :mod:`coursekit.texts.teacher`; a
name that does not exist fails the build) of the modules esbuild takes into this bundle
(:func:`coursekit.page.bundle_sources`), the JSON Schemas without their annotations, the book's
exercises (the catalog) and the constants below, each taken from the one place it lives in Python.
The shared modules take each type's rules from ``coursekit-type-rules``, not its view: the class
page draws no exercise, so no view's code is in its script (tests/browser/test_class_page.py
holds it to its budget).

:func:`build` returns the script and the stylesheet, :func:`write` writes them into a folder
(``book/_ext/klaspagina.py`` calls it), and so does ``python -m coursekit.classpage FOLDER``.
The script's logic is exposed as ``globalThis.coursekitClass`` for the tests in ``tests/page``.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import page, schemas
from ..classview import layouts, read
from ..classview.catalog import catalog_data
from ..definitions import Catalog, load_catalog
from ..texts import teacher

FOLDER = Path(__file__).parent
STYLESHEET = "classpage.css"
SCRIPT_NAME = "coursekit-klas.js"
STYLESHEET_NAME = "coursekit-klas.css"
SAMPLE_NAME = "voorbeeldklas-moodle.zip"  # the synthetic sample exports, as Moodle gives them
TEACHER_NAME = re.compile(r"\bK\.([A-Z][A-Z0-9_]*)\b")
# The zip library: unzipit (MIT), pinned in package.json and installed by `npm ci`. It reads the
# zip's central directory and inflates with the browser's own DecompressionStream.
UNZIPIT = Path("node_modules") / "unzipit" / "dist" / "unzipit.module.js"
ENTRY = FOLDER / "classboot.js"
NOTEBOOK_ENTRY = FOLDER / "classnotebook.js"  # the notebook's widget (coursekit.classview.widget)
# The one function the whole script is: classworker.js hands its source to the Web Worker.
BUNDLE_FUNCTION = "coursekitClassBundle"

# --- Caps on what a zip may ask of the teacher's browser -----------------------------------------
# A platform's zip of a class is a few MB: 200 exports of about 100 kB, deflated to a fifth.
MAX_ZIP_BYTES = 1024 * 1024 * 1024  # 1 GiB: the zip is read in slices, never whole
MAX_DIRECTORY_BYTES = 8 * 1024 * 1024  # the central directory of 10 000 entries is about 2.5 MB
MAX_ENTRIES = 10_000  # files and folders in one zip; a class has a few hundred
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # unpacked, all files to read together (a class: about 25 MB)
MAX_RATIO = 100  # unpacked size / packed size of one file; exports deflate about 5 to 10 times
RATIO_FROM_BYTES = 1024 * 1024  # the ratio counts from 1 MB unpacked: small files cannot flood
MAX_FILES = read.MAX_FILES  # files read (as the notebook: 2,000)
MAX_FILE_BYTES = read.MAX_FILE_BYTES  # one export, unpacked (as the notebook: 20 MB)
SMALL_GROUP = 5  # below this, a distribution is close to individual answers
CHART_LABEL_LENGTH = 48  # a statement longer than this is cut on a chart's axis


def score_colours(count: int) -> list[str]:
    """One colour per score 1..count, light to dark (cividis: readable with colour blindness)."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    return [to_hex(colormaps["cividis"](0.15 + 0.8 * i / max(count - 1, 1))) for i in range(count)]


@dataclass(frozen=True)
class Bundle:
    script: str
    stylesheet: str


def teacher_texts(code: str) -> dict:
    """The teacher texts the sources use; a name that does not exist fails the build."""
    names = sorted(set(TEACHER_NAME.findall(code)))
    missing = [name for name in names if not hasattr(teacher, name)]
    if missing:
        raise LookupError(f"coursekit/classpage uses texts that coursekit.texts.teacher does not have: {missing}")
    return {name: getattr(teacher, name) for name in names}


def constants() -> dict:
    return {
        "max_zip_bytes": MAX_ZIP_BYTES,
        "max_directory_bytes": MAX_DIRECTORY_BYTES,
        "max_entries": MAX_ENTRIES,
        "max_total_bytes": MAX_TOTAL_BYTES,
        "max_ratio": MAX_RATIO,
        "ratio_from_bytes": RATIO_FROM_BYTES,
        "max_files": MAX_FILES,
        "max_file_bytes": MAX_FILE_BYTES,
        "common_suffixes": sorted(read.COMMON_SUFFIXES),
        "layouts": layouts.as_data(),
        "ignored_names": sorted(read.IGNORED_NAMES),
        "small_group": SMALL_GROUP,
        "score_colours": {str(count): score_colours(count) for count in range(2, 11)},
        "chart_label_length": CHART_LABEL_LENGTH,
    }


def data(code: str, catalog: dict, book: str, kept: str | None = None) -> dict:
    """DATA for a bundle: the texts ``code`` uses, the schemas, the constants and ``catalog``
    (:func:`coursekit.classview.catalog.catalog_data`). ``kept``: the bundle esbuild made, as in
    :func:`coursekit.page.bundle_data`: then only the texts and constants its code uses."""
    found = page.bundle_data(book, code, kept)
    teacher_used = teacher_texts(code)
    constants_all = {**page.constants(book), **constants()}
    if kept is not None:
        teacher_used = {name: text for name, text in teacher_used.items() if re.search(rf"\.{name}\b", kept)}
        constants_all = {key: value for key, value in constants_all.items() if re.search(rf"\.{key}\b", kept)}
    return {
        "texts": found["texts"],
        "teacher": teacher_used,
        # every page schema: narrowed to the names found in the bundle (page.bundle_data), the
        # notebook's overview failed to read a class (tests/browser/test_class_notebook.py)
        "schemas": {name: page.checked_part(schemas.load(name)) for name in page.PAGE_SCHEMAS},
        "parts": {},
        "constants": constants_all,
        "catalog": catalog,
    }


def _bundled(entry: Path, catalog: dict, book: str, banner: str, format: str) -> str:
    with tempfile.TemporaryDirectory() as temporary:
        # The texts of the modules in this bundle only (not every view's, nor the portfolio panel's),
        # then only what the code esbuild kept of them uses.
        modules = page.generate(Path(temporary), data("", catalog, book))
        code = "\n".join(page.bundle_sources(entry, modules).values())
        modules = page.generate(Path(temporary), data(code, catalog, book))
        kept = page.bundled(entry, modules, banner, format=format)
        modules = page.generate(Path(temporary), data(code, catalog, book, kept))
        return page.bundled(entry, modules, banner, format=format)


def notebook_module() -> str:
    """The notebook's class overview as one ES module (``classnotebook.js`` and what it imports):
    without the book's exercises, which the kernel hands the widget. Bundled with unzipit from
    ``node_modules`` (``npm ci``); :mod:`coursekit.notebook` writes it."""
    from ..classview.catalog import EMPTY

    banner = "/* The class overview in a notebook: coursekit/classpage, by `python -m coursekit.notebook`. MIT. */"
    return _bundled(NOTEBOOK_ENTRY, EMPTY, "", banner, "esm")


def find_library(root: Path) -> Path | None:
    """unzipit as ``npm ci`` installs it under ``root``."""
    path = root / UNZIPIT
    return path if path.is_file() else None


def build(catalog: Catalog, library: Path, book: str = "", terser: Path | None = None) -> Bundle:
    """The script and the stylesheet. ``library``: unzipit (:func:`find_library`), which esbuild
    bundles from node_modules; ``terser``: minify with it (:func:`coursekit.page.find_terser`),
    else the readable bundle. The bundle is wrapped in one named function, ``coursekitClassBundle``,
    whose own source starts the Web Worker (``classworker.js``) from a Blob URL."""
    banner = "/* The class overview in the browser: coursekit/classpage, built by coursekit.classpage. MIT. */"
    banner = f"{banner}\n(function {BUNDLE_FUNCTION}() {{"
    script = _bundled(ENTRY, catalog_data(catalog), book, banner, "iife") + "})();\n"
    if terser is not None:
        script = page.minified(script, terser)
    return Bundle(script, (FOLDER / STYLESHEET).read_text(encoding="utf-8"))


def write(folder: Path, root: Path, book: str = "", terser: Path | None = None) -> tuple[Path, Path]:
    """Write the script and the stylesheet for the book at ``root`` into ``folder``; returns their paths.

    Raises FileNotFoundError when unzipit is not installed (``npm ci`` in ``root``).
    """
    library = find_library(root)
    if library is None:
        raise FileNotFoundError(f"{root / UNZIPIT} is missing: run `npm ci` in {root} (package.json pins unzipit)")
    bundle = build(load_catalog(root), library, book, terser)
    folder.mkdir(parents=True, exist_ok=True)
    script, stylesheet = folder / SCRIPT_NAME, folder / STYLESHEET_NAME
    for path, text in ((script, bundle.script), (stylesheet, bundle.stylesheet)):
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    # A class to try the page with before the real one: the synthetic sample exports in a zip.
    from coursekit.classpage import samples

    (folder / SAMPLE_NAME).write_bytes(samples.moodle(samples.submissions(root / samples.SAMPLES_IN_REPO)))
    return script, stylesheet
