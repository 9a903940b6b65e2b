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

Lighter pages, nothing from other hosts:

6. ``layout.html`` leaves out Font Awesome's SVG+JS bundle (``scripts/fontawesome.js``, 1.5 MB;
   the theme's stylesheet already draws every icon with the self-hosted web fonts) and, while
   the theme's "search as you type" is off, the search scripts and search index on every page
   but search.html (the search box then opens search.html, which loads them).
7. The repository button's brand icon (``fab fa-github``) is the only glyph the pages take from
   Font Awesome's brands font, a 118 kB download. It becomes the solid font's ``fa-code-branch``
   (a Git branch), a font the pages load anyway.
8. sphinx-thebe (always loaded by Jupyter Book) puts a third-party script address
   (``THEBE_JS_URL``, unpkg.com) and a thebe/Binder config for an unrelated example repository
   on every page, although this book has no live-code button. With ``launch_buttons.thebe``
   off, its script, stylesheet and config are left out.
9. Notebook pages carry their widgets' saved state (``application/vnd.jupyter.widget-state+json``,
   often 200 kB and more) although no widget manager is loaded to read it: the book shows each
   exercise's static ``text/html`` form (``nb_ipywidgets_js: {}``). With no widget scripts
   configured, the state is left out.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from docutils import nodes
from markupsafe import Markup

TEMPLATES = Path(__file__).with_name("page_fixes_templates")
LOCALE = Path(__file__).with_name("page_fixes_locale")


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
        summary["aria-label"] = f"Onderdelen van {title}" if title else "Onderdelen tonen"
    return str(soup)


def solid_icons(buttons):
    """Header buttons with brand icons (``fab fa-...``) swapped for a solid-font icon."""
    for button in buttons or []:
        if str(button.get("icon", "")).startswith(("fab ", "fa-brands ")):
            button["icon"] = "fa-solid fa-code-branch"
        solid_icons(button.get("buttons"))


def _script_type(js) -> str:
    return (getattr(js, "attributes", {}) or {}).get("type", "")


def fix_page(app, pagename, templatename, context, doctree):
    """Per page: drop thebe assets and unused widget state, label sidebar toggles, give
    bibliography items a list role, no brand icons."""
    solid_icons(context.get("header_buttons"))
    if not getattr(app.config, "nb_ipywidgets_js", None):
        context["script_files"] = [
            js for js in context.get("script_files", [])
            if _script_type(js) != "application/vnd.jupyter.widget-state+json"
        ]
    if not _thebe_wanted(app):
        context["script_files"] = [
            js for js in context.get("script_files", [])
            if not str(getattr(js, "filename", "") or "").endswith("sphinx-thebe.js")
            and "THEBE_JS_URL" not in (getattr(js, "attributes", {}) or {}).get("body", "")
        ]
        context["css_files"] = [
            css for css in context.get("css_files", [])
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


def setup(app):
    app.connect("config-inited", add_templates, priority=900)  # after sphinx-external-toc
    app.connect("config-inited", add_translations)
    app.connect("doctree-resolved", drop_thebe_config, priority=900)  # after sphinx-thebe's
    app.connect("html-page-context", fix_page, priority=900)  # after the themes' handlers
    return {"parallel_read_safe": True, "parallel_write_safe": True}
