"""Sphinx extension ``page_fixes``: self-hosted, accessible pages from the stock theme.

sphinx-book-theme 1.3 (on pydata-sphinx-theme 0.17) and the extensions Jupyter Book 1 always
loads produce a few things this book does not want. Each fix below is small, runs at build
time (no script in the reader's browser) and is checked by ``tests/browser``.

Accessibility:

1. The search button's ``aria-label`` ("Zoeken") leaves out the visible "Ctrl+K", which fails
   WCAG 2.5.3 *Label in Name* (axe ``label-content-name-mismatch``, serious, every page). A
   template override drops the label, so the accessible name is the visible text, and announces
   the shortcut with ``aria-keyshortcuts``.
2. The sidebar's expand/collapse toggles are ``<summary>`` elements with only an icon: no
   accessible name (axe ``summary-name``, serious). They get one: "Onderdelen van <chapter>".
3. docutils marks the bibliography as ``role="list"`` with items ``role="doc-biblioentry"``, a
   role deprecated in DPUB-ARIA 1.1 and not a list item (axe ``aria-required-children``,
   critical). The items become ``role="listitem"``.
4. Interface texts the themes leave in English ("Color mode", "Skip to main content", "Link to
   this heading", the landmark "Main", ...) get Dutch, so a Dutch screen-reader voice does not
   mispronounce them (WCAG 3.1.2): a fallback message catalog (``page_fixes_locale``, compiled
   at build time; translations that Sphinx and the themes ship still win) and Dutch labels in
   three small template overrides.
5. Jupyter Book's ``index.html`` at the site root is a bare ``<meta refresh>`` line (no doctype,
   language or title). A complete, valid Dutch redirect page is written instead.

Lighter pages, nothing from other hosts (issue "Pages that open at once on a phone"):

6. One stylesheet for the whole book (``_static/boek.css``, written at the end of the build by
   ``page_fixes_css``): the theme's and extensions' CSS plus ``book/_static/pagina.css``, without
   the rules no page uses, with Font Awesome's icon fonts replaced by the few icons' SVG shapes.
   ``layout.html`` links it instead of eleven stylesheets, and no Font Awesome script.
7. One script bundle per page type (``_static/bundles/<hash>.js``), loaded by a small inline script
   after the first frame is drawn (so the text shows without waiting for it; the page's own
   settings, such as ``DOCUMENTATION_OPTIONS`` changes, run when it is in): the page's scripts in
   their order, without those the page does not need (copy buttons without code, toggle buttons
   without dropdowns, tabs without tabs) and without Bootstrap (``book/_static/menus.js`` opens the
   header menus). The search page keeps its scripts as they are. No search scripts or index on
   other pages while "search as you type" is off: the search box opens search.html.
8. The repository button's brand icon becomes a solid icon (``fa-code-branch``), and the launch
   menu's Binder logo one too (``fa-cloud``): an icon is drawn from the stylesheet, an image is one
   more request before the text is drawn.
9. sphinx-thebe's script, stylesheet and config (an unrelated example repository) are left out
   while ``launch_buttons.thebe`` is off; so is the widget state notebook pages carry (no widget
   manager reads it: the book shows each exercise's static form).
10. Every image loads lazily (``loading="lazy"``: none holds up the first view), with its size as
    its width and height, so its place is kept before it comes. Notebook output:
    an exercise's heading one level below its section (the toolkit writes <h4> under ``##``
    headings), charts embedded as ``data:`` addresses written to ``_images``; tables prepared for
    narrow screens by ``page_fixes_tables``.
11. ``page_fixes_site``: description, title cards (sphinxext-opengraph), sitemap, robots.txt,
    the 404 page, the base URL (``BOOK_BASE_URL`` overrides ``html.baseurl``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from importlib import metadata
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from docutils import nodes
from markupsafe import Markup
from sphinx.builders.html._assets import _file_checksum, _JavaScript
from sphinx.util import logging
from sphinx.util.images import get_image_size

import page_fixes_css
import page_fixes_site
import page_fixes_tables
from coursekit.texts import book

logger = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("page_fixes_templates")
LOCALE = Path(__file__).with_name("page_fixes_locale")
STYLESHEET = "_static/boek.css"
BUNDLES = "_static/bundles"
# The theme's own stylesheets (linked by its template, not listed in css_files) come first.
THEME_CSS = ["_static/styles/theme.css", "_static/styles/pydata-sphinx-theme.css"]
# The theme's script, loaded by its template at the end of <body> (with Bootstrap, left out).
THEME_JS = "_static/scripts/pydata-sphinx-theme.js"
# Scripts only some pages need: the feature the page must have for it.
OPTIONAL_SCRIPTS = {
    "_static/clipboard.min.js": "code",
    "_static/copybutton.js": "code",
    "_static/togglebutton.js": "toggle",
    "_static/design-tabs.js": "tabs",
}
OPTIONAL_INLINE = {"toggleHint": "toggle", "toggleOpenOnPrint": "toggle", "togglebuttonSelector": "toggle"}
# Scripts never loaded: their work is done otherwise (see the module docstring).
NOT_LOADED = {"_static/scripts/bootstrap.js", "_static/scripts/fontawesome.js"}


def _thebe_wanted(app) -> bool:
    options = app.config.html_theme_options or {}
    return bool((options.get("launch_buttons") or {}).get("thebe"))


def add_templates(app, config):
    """Our templates win over the theme's; a root index page replaces the bare redirect.

    pydata-sphinx-theme puts its ``components`` folder on ``templates_path`` and includes
    components by bare name, so ``search-button-field.html`` here overrides its component.
    """
    config.templates_path.insert(0, str(TEMPLATES))
    if config.master_doc != "index" and "index" not in config.html_additional_pages:
        config.html_additional_pages["index"] = "page_fixes_redirect.html"


def add_translations(app, config):
    """Compile our .po files and add them as fallbacks to Sphinx's and the book theme's catalogs."""
    language = (config.language or "").split("_")[0]
    sources = sorted((LOCALE / language / "LC_MESSAGES").glob("*.po"))
    if not sources:
        return
    compiled = Path(app.doctreedir) / "page_fixes_locale"
    for source in sources:
        target = compiled / language / "LC_MESSAGES" / source.with_suffix(".mo").name
        target.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as po_file:
            catalog = read_po(po_file, locale=language)
        with target.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        app.add_message_catalog(source.stem, str(compiled))


def drop_thebe_config(app, doctree, docname):
    """Remove the thebe/Binder config sphinx-thebe appends to executable pages."""
    if _thebe_wanted(app):
        return
    for node in list(doctree.findall(nodes.raw)):
        text = node.astext()
        if "text/x-thebe-config" in text or text.startswith("<script>kernelName ="):
            node.parent.remove(node)


def label_summaries(toctree_html: str) -> str:
    """Name each icon-only ``<summary>`` after the chapter link it opens."""
    if "<summary" not in toctree_html:
        return toctree_html
    soup = BeautifulSoup(toctree_html, "html.parser")
    for summary in soup.find_all("summary"):
        if summary.get_text(strip=True) or summary.get("aria-label"):
            continue
        link = summary.parent.find_previous_sibling("a") if summary.parent else None
        title = link.get_text(" ", strip=True) if link else ""
        summary["aria-label"] = book.PARTS_OF.format(title=title) if title else book.PARTS_SHOW
    return str(soup)


def solid_icons(buttons):
    """Header buttons with brand icons (``fab fa-...``) swapped for a solid-font icon, and those with
    an image (the Binder logo in the launch menu) for one too: the icons are shapes in the page's
    stylesheet, while an image is one more request before the page's text is drawn."""
    for button in buttons or []:
        icon = str(button.get("icon", ""))
        if icon.startswith(("fab ", "fa-brands ")):
            button["icon"] = "fa-solid fa-code-branch"
        elif icon and not icon.startswith("fa"):
            button["icon"] = "fa-solid fa-cloud"
        solid_icons(button.get("buttons"))


def _script_type(js) -> str:
    return (getattr(js, "attributes", {}) or {}).get("type", "")


def fix_page(app, pagename, templatename, context, doctree):
    """Per page: drop thebe assets and unused widget state, label sidebar toggles, give
    bibliography items a list role, no brand icons."""
    solid_icons(context.get("header_buttons"))
    if not getattr(app.config, "nb_ipywidgets_js", None):
        context["script_files"] = [
            js
            for js in context.get("script_files", [])
            if _script_type(js) != "application/vnd.jupyter.widget-state+json"
        ]
    if not _thebe_wanted(app):
        context["script_files"] = [
            js
            for js in context.get("script_files", [])
            if not str(getattr(js, "filename", "") or "").endswith("sphinx-thebe.js")
            and "THEBE_JS_URL" not in (getattr(js, "attributes", {}) or {}).get("body", "")
        ]
        context["css_files"] = [
            css
            for css in context.get("css_files", [])
            if not str(getattr(css, "filename", "") or "").endswith("sphinx-thebe.css")
        ]

    generate = context.get("generate_toctree_html")
    if generate is not None and not getattr(generate, "_page_fixes", False):

        def generate_labelled(*args, **kwargs):
            return Markup(label_summaries(str(generate(*args, **kwargs))))

        generate_labelled._page_fixes = True
        context["generate_toctree_html"] = generate_labelled

    body = context.get("body")
    if body and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')

    if body and "<table" in body:
        context["body"] = page_fixes_tables.prepare_tables(context["body"])
    plan_assets(app, pagename, context)


# --- exercise output: heading levels, images as files -------------------------------------------

_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,(.*)$", re.DOTALL)


def _section_depth(node) -> int:
    depth, parent = 0, node.parent
    while parent is not None:
        if isinstance(parent, nodes.section):
            depth += 1
        parent = parent.parent
    return depth


def fix_outputs(app, doctree, docname):
    """Images load lazily (they do not hold up the first view). In notebook output HTML: exercise
    headings one level below their section, and images embedded as data: addresses written to
    ``_images``."""
    if app.builder.format != "html":
        return
    for image in doctree.findall(nodes.image):  # below the first view: fetched when scrolled near
        image.setdefault("loading", "lazy")
        if "height" not in image and "scale" not in image and "://" not in image["uri"]:
            size = get_image_size(str(Path(app.srcdir) / image["uri"]))
            if size:  # written as the tag's width and height (visit_image), so its place is kept
                image["page_fixes_size"] = size
    for node in list(doctree.findall(nodes.raw)):
        if "html" not in node.get("format", "").split():
            continue
        text = node.astext()
        if "coursekit-static" not in text and "data:image/" not in text:
            continue
        soup = BeautifulSoup(text, "html.parser")
        changed = False
        level = min(6, _section_depth(node) + 1)
        for heading in soup.select(
            ".coursekit-static > h1, .coursekit-static > h2, "
            ".coursekit-static > h3, .coursekit-static > h4, "
            ".coursekit-static > h5, .coursekit-static > h6"
        ):
            if heading.name != f"h{level}":
                heading.name = f"h{level}"
                changed = True
        for image in soup.find_all("img", src=_DATA_IMAGE):
            changed |= _image_to_file(app, docname, image)
        if changed:
            node.children = [nodes.Text(str(soup))]
            node.rawsource = str(soup)


def visit_image(self, node) -> None:
    """The translator's own image tag, with the image's size as its width and height attributes:
    the browser keeps the image's place (its proportions, as the stylesheet scales it) before a
    lazy image is fetched, so the text below does not jump and a link around it can take focus."""
    type(self).visit_image(self, node)
    size = node.get("page_fixes_size")
    if size and self.body and self.body[-1].startswith("<img ") and " width=" not in self.body[-1]:
        self.body[-1] = self.body[-1].replace("<img ", f'<img width="{size[0]}" height="{size[1]}" ', 1)


def depart_image(self, node) -> None:
    type(self).depart_image(self, node)


def _image_to_file(app, docname, image) -> bool:
    import base64
    import io

    from PIL import Image

    match = _DATA_IMAGE.match(image["src"])
    try:
        data = base64.b64decode(match.group(2), validate=False)
        width, height = Image.open(io.BytesIO(data)).size
    except Exception:
        return False
    suffix = "jpg" if match.group(1) == "jpeg" else match.group(1)
    name = f"_images/{hashlib.sha1(data).hexdigest()[:16]}.{suffix}"
    target = Path(app.outdir) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.write_bytes(data)
    image["src"] = page_fixes_site.relative_to_page(app, docname, name)
    image["width"], image["height"] = str(width), str(height)
    image["loading"], image["decoding"] = "lazy", "async"
    return True


# --- lighter pages: one stylesheet, one deferred script bundle per page type ------------------


def _state_dir(app) -> Path:
    folder = Path(app.doctreedir) / "page_fixes"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def asset_version(app) -> str:
    """A short hash that changes when the packages, this extension's code and templates or the
    book's own static files change (it is an html setting: every page is then written again)."""
    parts = [path.read_bytes() for path in sorted(Path(__file__).parent.glob("page_fixes*.py"))]
    for name in sorted(app.extensions):
        parts.append(f"{name}={app.extensions[name].version}".encode())
    for dist in ("sphinx", "pydata-sphinx-theme", "sphinx-book-theme"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            parts.append(f"{dist}={metadata.version(dist)}".encode())
    for folder in app.config.html_static_path + app.config.templates_path:
        root = Path(app.confdir) / folder
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.is_file():
                parts.append(path.read_bytes())
    return hashlib.sha1(b"\0".join(parts)).hexdigest()[:10]


def _filename(asset) -> str:
    return str(getattr(asset, "filename", asset) or "")


def _is_local(filename: str) -> bool:
    return bool(filename) and "://" not in filename and not filename.startswith(("/", "data:"))


def _page_features(body: str) -> set[str]:
    features = set()
    if 'class="highlight' in body:
        features.add("code")
    if re.search(r'class="[^"]*\b(toggle|dropdown)\b', body):
        features.add("toggle")
    if "sd-tab-set" in body:
        features.add("tabs")
    return features


def _record(app, kind: str, members: list[str]) -> str:
    name = hashlib.sha1("\n".join(members).encode()).hexdigest()[:12]
    target = _state_dir(app) / f"{kind}-{name}.json"
    if not target.exists():
        target.write_text(json.dumps(members), encoding="utf-8")
    return name


def plan_assets(app, pagename, context) -> None:
    """Replace the page's stylesheets with the book's one, and its scripts with a bundle."""
    css_files = context.get("css_files", [])
    bundled_css = [
        _filename(css)
        for css in css_files
        if _is_local(_filename(css)) and not (getattr(css, "attributes", {}) or {}).get("media")
    ]
    context["css_files"] = [css for css in css_files if _filename(css) not in bundled_css]
    _record(app, "css", THEME_CSS + bundled_css)
    context["page_fixes_stylesheet"] = STYLESHEET
    context["page_fixes_favicon"] = context.pop("favicon_url", None)  # linked early (layout.html)
    context["page_fixes_version"] = app.config.page_fixes_assets

    scripts = [js for js in context.get("script_files", []) if _filename(js) not in NOT_LOADED]
    if pagename == "search":  # the search page keeps its scripts in order (searchtools needs them)
        context["script_files"] = [*scripts, _JavaScript(THEME_JS, defer="defer")]
        context["page_fixes_bundle"] = None
        context["page_fixes_late_scripts"] = []
        return
    features = _page_features(context.get("body") or "")
    early, late, members, after_paint = [], [], [], []
    for js in scripts:
        filename = _filename(js)
        attributes = dict(getattr(js, "attributes", {}) or {})
        body = attributes.get("body", "")
        if not filename:  # an inline script
            wanted = [feature for marker, feature in OPTIONAL_INLINE.items() if marker in body]
            if wanted and not set(wanted) <= features:
                continue
            if "DOCUMENTATION_OPTIONS" in body:  # defined by the bundle: run after it
                late.append(body)
            else:
                early.append(js)
            continue
        if filename in OPTIONAL_SCRIPTS and OPTIONAL_SCRIPTS[filename] not in features:
            continue
        attributes.pop("priority", None)
        if _is_local(filename) and not attributes:
            members.append(filename)
        elif _is_local(filename) and _after_paint(attributes):
            address = context["pathto"](filename, 1) + f"?v={_checksum(app, filename)}"
            after_paint.append({"src": address, **{key: attributes[key] for key in attributes if key != "defer"}})
        else:
            early.append(js)
    members.append(THEME_JS)
    context["script_files"] = early
    context["page_fixes_late_scripts"] = late
    bundle = f"{BUNDLES}/{_record(app, 'js', members)}.js"
    context["page_fixes_bundle"] = bundle
    # Loaded after the first frame, in this order: the page's own deferred scripts, then the bundle.
    address = f"{context['pathto'](bundle, 1)}?v={app.config.page_fixes_assets}"
    context["page_fixes_after_paint"] = [*after_paint, {"src": address}]


def _after_paint(attributes: dict) -> bool:
    """A deferred script with only data- attributes besides: it can wait until the first frame."""
    return attributes.get("defer") is not None and all(key == "defer" or key.startswith("data-") for key in attributes)


def _checksum(app, filename: str) -> str:
    """The file's checksum as Sphinx writes it after a script's address (so browsers fetch it again
    when it changes); the assets' version for a file not (yet) in the output."""
    return _file_checksum(Path(app.outdir), filename) or app.config.page_fixes_assets


_SOURCE_MAP = re.compile(r"^\s*//[#@] sourceMappingURL=.*$", re.MULTILINE)


def write_assets(app, exception) -> None:
    """At the end of the build: the script bundles and the book's trimmed stylesheet."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    state = _state_dir(app)
    (outdir / BUNDLES).mkdir(parents=True, exist_ok=True)
    bundles = []
    for spec in sorted(state.glob("js-*.json")):
        members = json.loads(spec.read_text(encoding="utf-8"))
        parts = []
        for member in members:
            source = outdir / member
            if not source.is_file():
                logger.warning("page_fixes: %s is missing, left out of the script bundle", member)
                continue
            parts.append(f"/* {member} */\n" + _SOURCE_MAP.sub("", source.read_text(encoding="utf-8")))
        target = outdir / BUNDLES / f"{spec.stem[3:]}.js"
        target.write_text("\n;\n".join(parts), encoding="utf-8")
        bundles.append(target)

    sources: list[str] = []
    for spec in sorted(state.glob("css-*.json")):
        for member in json.loads(spec.read_text(encoding="utf-8")):
            if member not in sources:
                sources.append(member)
    pages = [
        path
        for path in outdir.rglob("*.html")
        if not path.relative_to(outdir).as_posix().startswith(("_static/", "_sources/"))
    ]
    scripts = bundles + [
        path
        for path in (outdir / "_static").rglob("*.js")
        if path.relative_to(outdir).as_posix() not in NOT_LOADED and not path.is_relative_to(outdir / BUNDLES)
    ]
    classes, ids = page_fixes_css.used_names(pages, scripts)
    icons = page_fixes_css.load_icons(_theme_static(app) / "scripts" / "fontawesome.js")
    css, kept, dropped = page_fixes_css.bundle(
        [outdir / member for member in sources if (outdir / member).is_file()],
        outdir / STYLESHEET,
        classes,
        ids,
        icons,
        extra_references="\n".join(path.read_text(encoding="utf-8") for path in scripts)
        + page_fixes_css.inline_styles(pages),
    )
    (outdir / STYLESHEET).write_text(css, encoding="utf-8")
    logger.info(
        "page_fixes: %s (%d style rules kept, %d unused left out), %d script bundle(s)",
        STYLESHEET,
        kept,
        dropped,
        len(bundles),
    )


def _theme_static(app) -> Path:
    import pydata_sphinx_theme

    return Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"


def set_version(app, config) -> None:
    """The asset version is an html setting: when it changes, every page is written again (the
    bundles recorded by earlier builds stay valid, so an incremental build can rebuild them)."""
    config.page_fixes_assets = asset_version(app)


def setup(app):
    app.connect("config-inited", add_templates, priority=900)  # after sphinx-external-toc
    app.connect("config-inited", add_translations)
    app.connect("doctree-resolved", drop_thebe_config, priority=900)  # after sphinx-thebe's
    app.connect("html-page-context", fix_page, priority=900)  # after the themes' handlers
    app.add_config_value("page_fixes_assets", "", "html")
    app.connect("config-inited", set_version, priority=950)
    app.connect("build-finished", write_assets, priority=900)  # after the theme rewrites pygments.css
    app.connect("config-inited", page_fixes_site.configure, priority=960)
    app.connect("doctree-resolved", fix_outputs)
    app.add_node(nodes.image, override=True, html=(visit_image, depart_image))
    app.connect("html-page-context", page_fixes_site.describe_page, priority=400)  # before ogp
    app.connect("html-page-context", page_fixes_site.not_found_context)
    app.connect("build-finished", page_fixes_site.write_site_files)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
