"""Sphinx extension ``edities``: one edition of the book per academic year, and its downloads.

Every release of the book (an *edition*, named after the academic year, e.g. "2026-2027") is
published under its own path, ``/<edition>/``; the newest also at the site's root; the work on
``main`` under ``/ontwikkeling/``. The publishing workflow builds each edition once, from its
release tag, and assembles the site from the editions' archives (``scripts/assemble_site.py``).

The switcher and the banner are pydata-sphinx-theme's own (the theme under sphinx-book-theme): a
menu filled from a ``switcher.json`` list of editions, and a banner on every edition that is not
the newest, with a link to the same page in the newest. This extension only feeds them:

1. **Which build this is.** The edition in ``_config.yml`` (``edition.name``), or what the
   environment variable ``BOOK_EDITION`` says: ``ontwikkeling`` for main's work in progress (or
   another edition's name, to build a copy for a test). Sphinx's ``release`` and the switcher's
   ``version_match`` become a key the theme can compare: "2026.2027" for edition 2026-2027 (the
   theme compares versions with compare-versions, which reads "2026-2027" as no version at all,
   and would then show the banner on the newest edition too), "dev" for the work in progress.
2. **Dutch.** The switcher's template (``edities_templates/version-switcher.html``) has Dutch
   labels and shows the edition's name until the list has loaded. The banner's texts are fixed
   English strings in the theme's script (pydata-sphinx-theme issue #1909); at the end of the
   build they are replaced by Dutch ones (:func:`banner_texts`); the build fails if one of them is
   no longer found, so a theme update cannot silently bring English back.
3. **Timing.** ``page_fixes`` runs the theme's script in a deferred bundle and the theme's inline
   settings (``DOCUMENTATION_OPTIONS.pagename`` and the switcher's) after it, too late for the
   switcher. The page carries them in ``window.bookEdition`` instead (an inline script before the
   bundle) and ``edities_static/edities.js``, in the bundle just before the theme's script, hands
   them to the theme. From ``file://`` (the offline copy) no list is fetched (a browser cannot):
   the switcher then shows the edition's name as plain text.
4. **switcher.json** at the root of every build lists that build only; the assembled site
   overwrites it in every edition's folder with the list of all editions. ``editie.json`` says
   which edition a built site is, and in which language (``lang``; read by
   ``scripts/assemble_site.py`` and ``scripts/downloads.py``).
5. **Downloads.** The ``{downloads}`` directive on the landing page lists the offline copies (PDF,
   EPUB, website zip; see ``edities_downloads``), under the file names of the build's language
   (the English edition's carry ``-en``). ``scripts/downloads.py`` makes them after the build and
   fills in their sizes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.builders.html._assets import _JavaScript
from sphinx.errors import ExtensionError
from sphinx.util import logging

import edities_downloads
import page_fixes_site
from coursekit import edition as book_edition
from coursekit.i18n import SOURCE_LANGUAGE
from coursekit.texts import book

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
TEMPLATES = HERE / "edities_templates"
STATIC = HERE / "edities_static"
ENVIRONMENT = "BOOK_EDITION"
DEVELOPMENT = "ontwikkeling"
SWITCHER = "switcher.json"
EDITION_FILE = "editie.json"
THEME_SCRIPT = "_static/scripts/pydata-sphinx-theme.js"


@dataclass(frozen=True)
class Build:
    """Which edition a build is."""

    slot: str  # its folder on the site: "2026-2027" or "ontwikkeling"
    name: str  # what the switcher shows: "2026-2027" or "Werkversie"
    version: str  # the key the theme compares: "2026.2027" or "dev"
    kind: str  # "editie" or "ontwikkeling"
    date: str  # release date of an edition ("" for the work in progress)


def version_key(name: str) -> str:
    """The theme's comparable version of an edition's name: "2026-2027" -> "2026.2027"."""
    return name.replace("-", ".")


def this_build(root: Path) -> Build:
    configured = book_edition.current(root)
    wanted = os.environ.get(ENVIRONMENT, "").strip() or configured.name
    if wanted == DEVELOPMENT:
        return Build(DEVELOPMENT, book.EDITION_DEVELOPMENT, "dev", DEVELOPMENT, "")
    if not book_edition.NAME.fullmatch(wanted or ""):
        raise ExtensionError(
            f"edities: no edition to build: set edition.name in _config.yml (e.g. 2026-2027) or "
            f"{ENVIRONMENT}={DEVELOPMENT} (got {wanted!r})"
        )
    date = configured.date if wanted == configured.name else ""
    return Build(wanted, wanted, version_key(wanted), "editie", date)


def _is_site(app) -> bool:
    return app.builder.name in {"html", "dirhtml"}


def build_language(config) -> str:
    """The language the book is built in (Sphinx's ``language``: "nl", or "en" for ``make book-en``)."""
    return (config.language or SOURCE_LANGUAGE).split("_")[0]


# --- configuration ----------------------------------------------------------------------------


def configure(app, config) -> None:
    """Templates, Sphinx's release and the theme's switcher settings."""
    build = this_build(Path(app.srcdir))
    app.edities_build = build
    config.templates_path.insert(0, str(TEMPLATES))
    config.version = config.release = build.version
    options = config.html_theme_options
    switcher = dict(options.get("switcher") or {})
    switcher.setdefault("json_url", SWITCHER)
    switcher["version_match"] = build.version
    options["switcher"] = switcher


def add_assets(app) -> None:
    """The switcher's script and styles, on the website only (not in the EPUB)."""
    if not _is_site(app):
        return
    app.config.html_static_path.append(str(STATIC))
    app.add_js_file("edities.js")
    app.add_css_file("edities.css")


# --- every page -------------------------------------------------------------------------------


def _theme_settings(js) -> bool:
    """The theme's inline settings this extension hands over itself (see the module docstring)."""
    if getattr(js, "filename", None):
        return False
    body = (getattr(js, "attributes", {}) or {}).get("body", "")
    return "theme_switcher_json_url" in body or body.strip().startswith("DOCUMENTATION_OPTIONS.pagename =")


def _script_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def page_context(app, pagename, templatename, context, doctree) -> None:
    if not _is_site(app):
        return
    build = app.edities_build
    context["boek_editie_naam"] = build.name
    options = app.config.html_theme_options
    settings = {
        "pagename": pagename,
        "switcher": options["switcher"]["json_url"],
        "version": build.version,
        "banner": bool(options.get("show_version_warning_banner")),
    }
    scripts = [js for js in context.get("script_files", []) if not _theme_settings(js)]
    context["script_files"] = [_JavaScript("", body=f"window.bookEdition = {_script_json(settings)};"), *scripts]


# --- the landing page's downloads -------------------------------------------------------------


class downloads_list(nodes.General, nodes.Element):
    """Where the landing page lists the offline copies (replaced when the page is written)."""


class Downloads(Directive):
    """``{downloads}``: the list of the edition's offline copies, with formats and sizes."""

    has_content = False

    def run(self):
        return [downloads_list()]


def _landing_address(app, docname: str) -> str:
    return f"{page_fixes_site.base_url(app.config)}{docname}.html#{edities_downloads.ANCHOR}"


def resolve_downloads(app, doctree, docname) -> None:
    """On the site: the list (with sizes when the downloads exist); elsewhere (EPUB): a note."""
    for node in list(doctree.findall(downloads_list)):
        build = app.edities_build
        lang = build_language(app.config)
        online = _landing_address(app, docname)
        if _is_site(app):
            folder = Path(app.outdir) / edities_downloads.FOLDER
            manifest = edities_downloads.read_manifest(folder)
            if manifest and (manifest.get("slot"), manifest.get("lang", SOURCE_LANGUAGE)) != (build.slot, lang):
                manifest = None
            link_base = _relative(app, docname, edities_downloads.FOLDER + "/")
            html = edities_downloads.render(build.slot, online, manifest, link_base, lang)
            node.replace_self(nodes.raw("", html, format="html"))
        else:
            # The same sentence as on the site's list, with the address as a link.
            before, _online, after = book.DOWNLOADS_ON_PAPER.partition("{online}")
            paragraph = nodes.paragraph("", before)
            paragraph += nodes.reference(online, online, refuri=online)
            paragraph += nodes.Text(after.rstrip() or ".")
            node.replace_self(paragraph)


def _relative(app, docname: str, path: str) -> str:
    page = app.builder.get_target_uri(docname)
    depth = page.count("/")
    return "../" * depth + path


def _skip(self, node):
    raise nodes.SkipNode


# --- end of the build: the banner in Dutch, switcher.json, editie.json -------------------------

CLOSE_BANNER = book.CLOSE_BANNER


def banner_texts(build: Build) -> list[tuple[re.Pattern, str]]:
    """(English in the theme's script, Dutch JavaScript string) for the version banner."""
    js = json.dumps
    return [
        (re.compile(r'"This is documentation for "'), js(book.BANNER_READING)),
        (re.compile(r'"an unstable development version"'), js(book.BANNER_DEVELOPMENT)),
        (re.compile(r"`an old version \(\$\{\w+\}\)`"), js(book.BANNER_OLD.format(name=build.name))),
        (re.compile(r"`version \$\{(\w+)\}`"), "`" + book.BANNER_VERSION.format(version="${\\1}") + "`"),
        (re.compile(r'"an unknown version"'), js(book.BANNER_UNKNOWN)),
        (re.compile(r'"Switch to stable version"'), js(book.BANNER_NEWEST)),
        # The theme's close control is an <a> without href or name: not reachable by keyboard
        # and silent to a screen reader. It becomes a named button that Enter and Space press.
        (
            re.compile(r'(\.onclick=\w+,)(\w+)\.classList="ms-3 my-1 align-baseline";'),
            r'\1\2.classList="ms-3 my-1 align-baseline";\2.setAttribute("role","button");'
            r'\2.tabIndex=0;\2.setAttribute("aria-label",' + js(CLOSE_BANNER) + ");"
            r'\2.onkeydown=(e)=>{if(e.key==="Enter"||e.key===" "){e.preventDefault();\2.click()}};',
        ),
    ]


def theme_script() -> Path:
    """The theme's script as pydata-sphinx-theme ships it."""
    import pydata_sphinx_theme

    return (
        Path(pydata_sphinx_theme.__file__).parent
        / "theme"
        / "pydata_sphinx_theme"
        / "static"
        / THEME_SCRIPT.removeprefix("_static/")
    )


def translate_banner(app, exception) -> None:
    if exception is not None or not _is_site(app):
        return
    script = Path(app.outdir) / THEME_SCRIPT
    # From the theme's own copy: Sphinx does not copy an unchanged static file again, so the
    # output may hold last build's translation already.
    text = theme_script().read_text(encoding="utf-8")
    for english, dutch in banner_texts(app.edities_build):
        text, count = english.subn(dutch, text)
        if count != 1:
            logger.warning(
                "edities: %s found %d times in %s (expected once): the version banner "
                "would not be Dutch; update banner_texts() for this theme version",
                english.pattern,
                count,
                THEME_SCRIPT,
            )
    script.write_text(text, encoding="utf-8")


def switcher_entry(build: Build, url: str, preferred: bool) -> dict:
    entry = {"name": build.name, "version": build.version, "url": url}
    if preferred:
        entry["preferred"] = True
    return entry


def write_edition_files(app, exception) -> None:
    if exception is not None or not _is_site(app):
        return
    build = app.edities_build
    outdir = Path(app.outdir)
    base = page_fixes_site.base_url(app.config) or "./"
    entries = [switcher_entry(build, base, preferred=build.kind == "editie")]
    (outdir / SWITCHER).write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    info = {**asdict(build), "lang": build_language(app.config), "base_url": app.config.html_baseurl}
    (outdir / EDITION_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def setup(app):
    # Replaced before any writer sees it; html only (a handler per builder name would hide the
    # html handlers of every other node from the epub builder, which falls back to them).
    app.add_node(downloads_list, html=(_skip, None))
    app.add_directive("downloads", Downloads)
    app.connect("config-inited", configure, priority=905)  # after page_fixes' templates (900)
    app.connect("html-page-context", page_context, priority=850)  # before page_fixes (900)
    app.connect("doctree-resolved", resolve_downloads)
    app.connect("build-finished", translate_banner, priority=850)  # before page_fixes' bundles
    app.connect("build-finished", write_edition_files)
    app.connect("builder-inited", add_assets)
    # The version changes with this extension's code, templates and static files (page_fixes
    # counts it in the asset version, so every page is written again when one of them changes).
    files = sorted(path for path in HERE.rglob("edities*") if path.is_file())
    files += sorted(path for folder in (TEMPLATES, STATIC) for path in folder.rglob("*") if path.is_file())
    version = hashlib.sha1(b"\0".join(path.read_bytes() for path in files))
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": version.hexdigest()[:10]}
