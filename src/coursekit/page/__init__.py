"""The page layer: every exercise of the online book works on its page, without a kernel.

The static form of each exercise (:mod:`coursekit.static`) carries its definition as a JSON data
block. This layer is ONE classic script and one stylesheet that turn those forms into working
exercises, with the widgets' texts, feedback and summaries. Answers are kept in the browser's
``localStorage`` in the store format of the notebooks (``schemas/store.schema.json``), and the
portfolio page exports and imports them in the notebooks' export format. Nothing leaves the device,
except to a file on the learner's own disk when they choose one (``file.js``, where the browser has
the File System Access API: the page keeps it up to date as an export's JSON).

The export and the import (``portfolio.js``: the documents, the reader of exports, the import's
report, with the document's parts and their texts) are a SECOND classic script,
``coursekit-portfolio.js`` (entry ``portfolio_script.js``), beside the first: most readers never
export, so the page script loads it (``lazy.js``: an injected script, which loads from ``file://``
too; one promise per page) on the first export or import in the portfolio panel, or when the
browser refuses to keep an answer and the page offers a download. The book's catalog
(``coursekit-catalog.js``) comes the same way. The two scripts are separate bundles: each has
its own DATA, and the modules both use (``base.js``, ``answers.js``, ...) are in both. A third,
``coursekit-lms.js`` (entry ``platform.js``), is loaded only by the pages of a SCORM package
(:mod:`coursekit.lms`): it talks to the learning platform's API; the online book never loads it.

The sources are ES modules with explicit imports: this folder (the page: ``boot.js`` is the entry)
and, per exercise type, ``exercise_types/<type>/view.js`` (its browser rules and its view, in the
anywidget contract; ``host.js`` gives each view a model backed by the browser's store). esbuild
(pinned in ``package.json``, installed by ``npm ci``) bundles them into one classic script (an
IIFE: the book must work from ``file://`` too, where browsers refuse module scripts). Two modules
are generated here, into a build folder, and resolved by esbuild's aliases (and, in the Node
tests, by ``tests/page/resolve.mjs``):

- ``coursekit-data``: DATA, made from the one place each thing lives in Python: the learner texts
  the sources use (``T.NAME`` in a source names ``coursekit.texts.learner.NAME``), the JSON Schemas
  of an answer, a store and an export (``coursekit/schemas``), the portfolio document's parts,
  rendered with slots (:mod:`coursekit.render.slots`), so the page's export is the notebook's, byte
  for byte, and constants (formats, versions, limits, stored values, chart colours, the save delay).
  Each of the two scripts gets only what its own bundle uses (:func:`bundle_data`, from the
  modules esbuild takes in, :func:`bundle_sources`, and the code it keeps): the page script has
  no document parts and no portfolio texts; the portfolio script no view's texts;
- ``coursekit-types``: every exercise type's ``view.js``, found by walking ``exercise_types/*/``
  (folders starting with ``_`` are skipped), in the registry's order. No list to edit.
- ``coursekit-type-rules``: the same, with only each view module's rules (``RULES``: the named
  exports ``answers.js`` and ``portfolio.js`` call), not its view, summary or chart. Those two
  modules import this one, so a bundle without views (the class page, :mod:`coursekit.classpage`)
  leaves the views' drawing code out: a view module has no top-level effect (its
  ``export default`` is marked ``/* @__PURE__ */``), so esbuild drops what nothing uses.

:func:`build` returns the two scripts and the stylesheet; :func:`write` writes them into one folder
(the book's Sphinx extension ``book/_ext/oefenpagina.py`` calls it; any other engine can too), and
so does ``python -m coursekit.page FOLDER [--book KEY]``. The page finds the portfolio script by
its script tag's ``data-portfolio-script``, else beside itself. The script exposes only the page's state
(``globalThis.coursekitPage.page``: its store, views and panel) for the browser tests and the
benchmark; the Node tests import the modules themselves (``tests/page/harness.mjs``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import render, schemas
from ..definitions import Catalog
from ..exercise_types.base import EXERCISE_ID_PATTERN
from ..exercise_types.forcefield import INFLUENCE_LEVELS
from ..exercise_types.multiple_choice import OPENING_VERDICT
from ..formatting import json_for_script
from ..notebook.autosave import SAVE_DELAY_SECONDS
from ..portfolio.format import HTML_DATA_ID, MAX_EXPORT_BYTES, MAX_NAME_LENGTH
from ..render import charts
from ..render.slots import Slot
from ..schemas.compose import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_DEPTH,
    MAX_EARLIER,
    OTHER_TAB,
    STORE_FORMAT,
    STORE_VERSION,
)
from ..static import HEADING, catalog_json
from ..texts import common, learner

FOLDER = Path(__file__).parent
TYPES_FOLDER = FOLDER.parent / "exercise_types"
ENTRY = FOLDER / "boot.js"
STYLESHEET = "page.css"
SCRIPT_NAME = "coursekit-page.js"
PORTFOLIO_ENTRY = FOLDER / "portfolio_script.js"
PORTFOLIO_NAME = "coursekit-portfolio.js"  # the export and the import, loaded when the learner needs them
STYLESHEET_NAME = "coursekit-page.css"
LMS_ENTRY = FOLDER / "platform.js"
LMS_NAME = "coursekit-lms.js"  # the pages of a SCORM package only (coursekit.lms): the platform's API
CATALOG_NAME = "coursekit-catalog.js"  # the book's exercises, loaded when the portfolio needs them
PAGE_SCHEMAS = ("answer", "store", "portfolio-export")
TEXT_NAME = re.compile(r"\bT\.([A-Z][A-Z0-9_]*)\b")
DATA_MODULE = "coursekit-data"
TYPES_MODULE = "coursekit-types"
RULES_MODULE = "coursekit-type-rules"
# The rules of a type that answers.js, portfolio.js and platform.js call (a type exports those it has;
# `check`, `score` and `interaction` are optional).
RULES = ("asked", "recorded", "isEmpty", "check", "blocks", "score", "interaction")
# esbuild and terser, pinned in package.json and installed by `npm ci`: esbuild bundles the modules
# into one IIFE, terser makes it about a third smaller (smaller than esbuild's own minifier).
ESBUILD = Path("node_modules") / "esbuild" / "bin" / "esbuild"
TERSER = Path("node_modules") / "terser" / "bin" / "terser"
TERSER_OPTIONS = ("--ecma", "2020", "--compress", "passes=2", "--mangle", "--comments", "/MIT/")
ROOT = FOLDER.parents[2]  # the repository, where `npm ci` puts node_modules


@dataclass(frozen=True)
class Bundle:
    script: str
    stylesheet: str
    portfolio: str = ""  # the second script (PORTFOLIO_NAME), loaded by the first when needed
    platform: str = ""  # the third (LMS_NAME), which only a SCORM package's pages load


def view_modules() -> list[Path]:
    """Every exercise type's browser module (``exercise_types/<type>/view.js``), by walking the
    folders (``_template`` and other folders starting with ``_`` are not types), in the registry's
    order and then by name."""
    from ..exercise_types import REGISTRY

    order = {name: index for index, name in enumerate(REGISTRY)}
    found = [path for path in TYPES_FOLDER.glob("*/view.js") if not path.parent.name.startswith("_")]
    return sorted(found, key=lambda path: (order.get(path.parent.name, len(order)), path.parent.name))


def sources(folders: tuple[Path, ...] = (FOLDER, TYPES_FOLDER)) -> dict[str, str]:
    """The JavaScript modules under ``folders`` (relative path: text), for the texts they use."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.js")):
            if not any(part.startswith("_") for part in path.relative_to(folder).parts[:-1]):
                found[path.relative_to(FOLDER.parent).as_posix()] = path.read_text(encoding="utf-8")
    return found


def texts(code: str) -> dict:
    """The learner texts the sources use; a name that does not exist fails the build.
    ``T.TYPE_LABELS`` is every type's label, which each type keeps in its folder (``label``)."""
    from ..exercise_types import labels

    found = {"TYPE_LABELS": labels()}
    names = sorted(set(TEXT_NAME.findall(code)))
    missing = [name for name in names if name not in found and not hasattr(learner, name)]
    if missing:
        raise LookupError(f"coursekit/page uses texts that coursekit.texts.learner does not have: {missing}")
    return {name: found[name] if name in found else getattr(learner, name) for name in names}


# Keywords the page's validator (schema.js) does not check; "$id" stays (a "$ref" resolves by it).
ANNOTATIONS = frozenset({"$schema", "title", "description", "$comment", "examples", "default", "format"})
SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
SCHEMA_ONE = frozenset(
    {"items", "not", "if", "then", "else", "additionalProperties", "contains", "propertyNames", "unevaluatedProperties"}
)


def checked_part(schema: object) -> object:
    """A JSON Schema without its annotations (titles, descriptions, comments, examples): the page
    only validates, and the words would be sent to every reader (the page's budget). Only keywords
    are dropped, never a property that happens to be called "title"."""
    if not isinstance(schema, dict):
        return schema
    kept: dict = {}
    for key, value in schema.items():
        if key in ANNOTATIONS:
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            kept[key] = {name: checked_part(item) for name, item in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            kept[key] = [checked_part(item) for item in value]
        elif key in SCHEMA_ONE:
            kept[key] = checked_part(value)
        else:
            kept[key] = value
    return kept


def parts() -> dict[str, dict[str, str]]:
    """The portfolio document's parts with slots, for the page to fill (``documentText`` in
    ``page/portfolio.js`` puts them together)."""

    def slot(name: str) -> Slot:
        return Slot(name)

    def raw(name: str) -> Slot:
        return Slot(name, safe=True)

    def html(part: str, template: str = "portfolio_parts.html", **values: object) -> str:
        return render.macro(part, template, **values)

    def markdown(part: str, **values: object) -> str:
        return render.markdown_macro(part, "portfolio_parts.md", **values)

    return {
        "html": {
            "document": html(
                "document",
                name_line=raw("name_line"),
                moment=slot("moment"),
                body=raw("body"),
                data_id=HTML_DATA_ID,
                data=raw("data"),
            ),
            "name_line": html("name_line", name=slot("name")),
            "nothing": html("nothing"),
            "section": html("section", heading=slot("heading"), entries=raw("entries")),
            "entry": html("entry", title=slot("title"), saved_on=slot("saved_on"), blocks=raw("blocks")),
            "line_block": html("line_block", "macros.html", label=slot("label"), text=slot("text")),
            "quote_block": html("quote_block", "macros.html", question=slot("question"), paragraphs=raw("paragraphs")),
            "paragraph": html("paragraph", "macros.html", lines=raw("lines")),
            "line_break": html("line_break", "macros.html"),
            "table_frame": html(
                "table_frame", "macros.html", caption=slot("caption"), head=raw("head"), body=raw("body")
            ),
            "column_header": html("column_header", "macros.html", cell=slot("cell")),
            "table_row": html("table_row", "macros.html", cells=raw("cells")),
            "row_header_cell": html("row_header_cell", "macros.html", cell=slot("cell")),
            "table_cell": html("table_cell", "macros.html", cell=slot("cell")),
        },
        "markdown": {
            "document": markdown(
                "document", name_line=raw("name_line"), moment=slot("moment"), body=raw("body"), data=raw("data")
            ),
            "name_line": markdown("name_line", name=slot("name")),
            "nothing": markdown("nothing"),
            "section": markdown("section", heading=slot("heading"), entries=raw("entries")),
            "entry": markdown("entry", title=slot("title"), saved_on=slot("saved_on"), blocks=raw("blocks")),
            "line_block": markdown("line_block", label=slot("label"), text=slot("text")),
            "quote_block": markdown("quote_block", question=slot("question"), text=slot("text")),
            "table_block": markdown("table_block", caption=slot("caption"), header=slot("header"), rows=raw("rows")),
            "table_row": markdown("table_row", row=slot("row")),
        },
    }


def constants(book: str) -> dict:
    return {
        "book": book,
        "heading": HEADING,
        "exercise_id_pattern": EXERCISE_ID_PATTERN,
        "store_format": STORE_FORMAT,
        "store_version": STORE_VERSION,
        "export_format": EXPORT_FORMAT,
        "export_version": EXPORT_VERSION,
        "html_data_id": HTML_DATA_ID,
        "max_export_bytes": MAX_EXPORT_BYTES,
        "max_name_length": MAX_NAME_LENGTH,
        "max_depth": MAX_DEPTH,
        "max_earlier": MAX_EARLIER,
        "other_tab": OTHER_TAB,
        "influence_levels": list(INFLUENCE_LEVELS),
        "opening_verdict": OPENING_VERDICT.pattern,
        "save_delay_ms": round(SAVE_DELAY_SECONDS * 1000),
        "months": list(common.MONTHS),
        "decimal_separator": common.DECIMAL_SEPARATOR,
        "thousands_separator": common.THOUSANDS_SEPARATOR,
        "colours": {"now": charts.NOW_COLOUR, "earlier": charts.EARLIER_COLOUR},
        "label_length": charts.LABEL_LENGTH,
    }


def data(book: str, code: str) -> dict:
    return {
        "texts": texts(code),
        "schemas": {name: checked_part(schemas.load(name)) for name in PAGE_SCHEMAS},
        "parts": parts(),
        "constants": constants(book),
    }


SCHEMA_USE = re.compile(r"""\bschemaErrors\(\s*["']([a-z-]+)["']""")
PARTS_USE = re.compile(r"\.parts\[")  # DATA.parts[language] (portfolio.js, fill)


def references(schema: object) -> set[str]:
    """The addresses of the other schemas ``schema`` refers to (``$ref`` outside itself)."""
    if isinstance(schema, dict):
        found = {schema["$ref"].split("#")[0]} if isinstance(schema.get("$ref"), str) else set()
        for value in schema.values():
            found |= references(value)
        return found - {""}
    if isinstance(schema, list):
        return set().union(*(references(item) for item in schema))
    return set()


def schemas_used(code: str) -> list[str]:
    """The schemas ``code`` validates with (``schemaErrors("NAME", ...)``) and those they refer to,
    in the order of ``PAGE_SCHEMAS``; a name that is not a page schema fails the build."""
    loaded = {name: schemas.load(name) for name in PAGE_SCHEMAS}
    by_address = {schema["$id"]: name for name, schema in loaded.items()}
    wanted = set(SCHEMA_USE.findall(code))
    missing = sorted(wanted - set(loaded))
    if missing:
        raise LookupError(f"coursekit/page validates with schemas that are not page schemas: {missing}")
    todo = list(wanted)
    while todo:
        for address in references(loaded[todo.pop()]):
            if address not in by_address:
                raise LookupError(f"a page schema refers to {address}, which is not a page schema")
            if by_address[address] not in wanted:
                wanted.add(by_address[address])
                todo.append(by_address[address])
    return [name for name in PAGE_SCHEMAS if name in wanted]


def bundle_data(book: str, code: str, kept: str | None = None) -> dict:
    """DATA for one bundle: only what ``code`` (its modules, :func:`bundle_sources`) uses: its
    texts, the schemas it validates with, the document's parts only when it makes documents.
    ``kept``: the bundle itself (esbuild's output, before minifying): then only what is still used
    in the code esbuild kept, so a module that is in a bundle for one function (``store.js`` for
    ``StoreError``, a type's ``view.js`` for its rules) brings no texts, schemas or constants of
    the rest."""
    used = texts(code)
    if kept is not None:
        used = {name: value for name, value in used.items() if re.search(rf"\.{name}\b", kept)}
    found = {
        "texts": used,
        "schemas": {name: checked_part(schemas.load(name)) for name in schemas_used(code if kept is None else kept)},
        "constants": {**constants(book), "portfolio_script": PORTFOLIO_NAME},
    }
    if kept is not None:
        found["constants"] = {key: value for key, value in found["constants"].items() if re.search(rf"\.{key}\b", kept)}
    if PARTS_USE.search(code if kept is None else kept):
        found["parts"] = parts()
    return found


def compact_json(value: object) -> str:
    """JSON for inside a script: nothing in it can end the script element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def find_terser(root: Path) -> Path | None:
    """terser as ``npm ci`` installs it under ``root``, if it and Node are there."""
    path = root / TERSER
    return path if path.is_file() and shutil.which("node") else None


def find_esbuild(root: Path = ROOT) -> Path:
    """esbuild as ``npm ci`` installs it under ``root``; a clear error when it or Node is missing."""
    path = root / ESBUILD
    if not path.is_file() or not shutil.which("node"):
        raise FileNotFoundError(
            f"{path} is missing: run `npm ci` in {root} (package.json pins esbuild; Node 20 or newer)"
        )
    return path


def minified(script: str, terser: Path) -> str:
    """The script minified by terser (the same input and version give the same output)."""
    node = shutil.which("node") or "node"
    done = subprocess.run(
        [node, str(terser), *TERSER_OPTIONS], input=script, capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout


def module_text(value: object) -> str:
    return f"export default {compact_json(value)};\n"


EXPORTED = re.compile(r"^export\s+(?:async\s+)?(?:const|let|function\*?|class)\s+([A-Za-z_$][\w$]*)", re.MULTILINE)


def exported(path: Path) -> list[str]:
    """The names a view module exports by declaration (``export const|function|class NAME``)."""
    return sorted(set(EXPORTED.findall(path.read_text(encoding="utf-8"))))


def types_module(paths: list[Path], *, views: bool = True) -> str:
    """The generated module of every type's view module: ``{type: {default, ...named exports}}``,
    its rules taken from ``coursekit-type-rules``; with ``views=False``, that module: only each
    type's rules (``RULES``), so a bundle that needs no view leaves the views out.
    Plain objects of named imports, not ``import * as`` namespaces: esbuild wraps a namespace in
    getters, which no minifier can inline or drop (the page's budget, tests/page/test_budget.py)."""
    lines = [f"import rules from {json.dumps(RULES_MODULE)};"] if views else []
    entries = []
    for index, path in enumerate(paths):
        names = [name for name in exported(path) if (name not in RULES) == views]
        imported = [f"t{index}"] if views else []
        if names:
            imported.append("{ " + ", ".join(f"{name} as t{index}_{name}" for name in names) + " }")
        if imported:
            lines.append(f"import {', '.join(imported)} from {json.dumps(path.resolve().as_posix())};")
        key = json.dumps(path.parent.name)
        own = [f"...rules[{key}]", f"default: t{index}"] if views else []
        members = ", ".join([*own, *(f"{name}: t{index}_{name}" for name in names)])
        entries.append(f"{key}: {{ {members} }}")
    return "\n".join([*lines, f"export default {{ {', '.join(entries)} }};", ""])


def generate(folder: Path, data_value: dict) -> dict[str, Path]:
    """Write the generated modules (DATA and the types) into ``folder``; returns them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    found = view_modules()
    files = {
        DATA_MODULE: module_text(data_value),
        TYPES_MODULE: types_module(found),
        RULES_MODULE: types_module(found, views=False),
    }
    paths = {}
    for name, text in files.items():
        path = folder / f"{name}.mjs"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def page_data(book: str = "") -> dict:
    """DATA for the page: the texts all its modules (and the types' views) use."""
    return data(book, "\n".join(sources().values()))


def bundled(
    entry: Path, modules: dict[str, Path], banner: str, esbuild: Path | None = None, *, format: str = "iife"
) -> str:
    """The modules from ``entry`` bundled by esbuild into one classic script (an IIFE), with the
    generated ``modules`` in place of their names. ``format="esm"``: one ES module instead, minified
    by esbuild (no file paths in it, so the same sources give the same text anywhere; the
    notebook's bundle, :mod:`coursekit.notebook`)."""
    node = shutil.which("node") or "node"
    aliases = [f"--alias:{name}={path.resolve()}" for name, path in modules.items()]
    command = [
        node,
        str(esbuild or find_esbuild()),
        str(entry),
        "--bundle",
        f"--format={format}",
        *(["--minify"] if format == "esm" else []),
        "--target=es2020",
        "--charset=utf8",
        "--legal-comments=none",
        "--log-level=warning",
        f"--banner:js={banner}",
        *aliases,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"esbuild could not bundle {entry}:\n{done.stderr}")
    return done.stdout


def bundle_sources(entry: Path, modules: dict[str, Path], esbuild: Path | None = None) -> dict[str, str]:
    """The source files esbuild takes into the bundle from ``entry`` (path: text), by its metafile:
    what the texts are taken from, so a bundle carries the texts of its own modules only."""
    node = shutil.which("node") or "node"
    aliases = [f"--alias:{name}={path.resolve()}" for name, path in modules.items()]
    with tempfile.TemporaryDirectory() as temporary:
        meta = Path(temporary) / "meta.json"
        command = [node, str(esbuild or find_esbuild()), str(entry), "--bundle", "--format=esm", "--log-level=warning"]
        command += [f"--outfile={Path(temporary) / 'out.js'}", f"--metafile={meta}", *aliases]
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300, cwd=temporary)
        if done.returncode != 0:
            raise RuntimeError(f"esbuild could not bundle {entry}:\n{done.stderr}")
        inputs = json.loads(meta.read_text(encoding="utf-8"))["inputs"]
    found = {}
    for name in sorted(inputs):
        path = (Path(temporary) / name).resolve()
        if path.suffix == ".js" and "node_modules" not in path.parts:
            found[path.as_posix()] = path.read_text(encoding="utf-8")
    return found


def own_modules(entry: Path, book: str, folder: Path) -> dict[str, Path]:
    """The generated modules for the bundle from ``entry``, in ``folder``: its DATA holds what the
    modules esbuild takes into that bundle use, and of that what the code esbuild keeps still uses
    (:func:`bundle_data`); nothing for the other bundle."""
    modules = generate(folder, data(book, ""))
    code = "\n".join(bundle_sources(entry, modules).values())
    modules = generate(folder, bundle_data(book, code))
    return generate(folder, bundle_data(book, code, bundled(entry, modules, "")))


def build(book: str = "", terser: Path | None = None, work: Path | None = None) -> Bundle:
    """The two scripts and the stylesheet. ``book``: the key the answers are kept under in the browser
    (one store per book; pages opened from ``file://`` share one storage). ``terser``: minify
    with it (:func:`find_terser`); without it the scripts are the readable bundles. ``work``: the
    folder for the generated modules (a temporary one when not given).

    The page script (``boot.js``) and the portfolio script (``portfolio_script.js``: the export,
    the reader of exports and the import, which the page loads the first time the learner needs
    them) are separate bundles, each with its own DATA; the modules both use are in both."""
    banner = "/* Exercises on the page: coursekit/page, built by coursekit.page (edit the sources there). MIT. */"
    second = "/* The portfolio's export and import for the page: coursekit/page, built by coursekit.page. MIT. */"
    third = (
        "/* The page in a learning platform (SCORM): coursekit/page, built by coursekit.page. MIT; lz-string MIT. */"
    )
    with tempfile.TemporaryDirectory() as temporary:
        folder = work or Path(temporary)
        script = bundled(ENTRY, own_modules(ENTRY, book, folder / "page"), banner)
        portfolio = bundled(PORTFOLIO_ENTRY, own_modules(PORTFOLIO_ENTRY, book, folder / "portfolio"), second)
        platform = bundled(LMS_ENTRY, own_modules(LMS_ENTRY, book, folder / "platform"), third)
    if terser is not None:
        script, portfolio, platform = (minified(one, terser) for one in (script, portfolio, platform))
    return Bundle(script, (FOLDER / STYLESHEET).read_text(encoding="utf-8"), portfolio, platform)


def catalog_script(catalog: Catalog) -> str:
    """The catalog as a script (``globalThis.coursekitCatalog``): a classic script loads from ``file://``
    too, where a JSON file cannot be fetched."""
    return f"globalThis.coursekitCatalog = {json_for_script(json.dumps(catalog_json(catalog), ensure_ascii=False))};\n"


def write(
    folder: Path, book: str = "", terser: Path | None = None, catalog: Catalog | None = None
) -> tuple[Path, Path]:
    """Write the script, the portfolio script beside it, the stylesheet and (with ``catalog``) the
    catalog into ``folder``; returns the paths of the script and the stylesheet."""
    bundle = build(book, terser)
    folder.mkdir(parents=True, exist_ok=True)
    script, stylesheet = folder / SCRIPT_NAME, folder / STYLESHEET_NAME
    files = [(script, bundle.script), (folder / PORTFOLIO_NAME, bundle.portfolio), (stylesheet, bundle.stylesheet)]
    files.append((folder / LMS_NAME, bundle.platform))
    if catalog is not None:
        files.append((folder / CATALOG_NAME, catalog_script(catalog)))
    for path, text in files:
        if not path.exists() or path.read_text(encoding="utf-8") != text:  # unchanged: keep the file's time
            path.write_text(text, encoding="utf-8")
    return script, stylesheet
