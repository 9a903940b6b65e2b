"""Sphinx extension ``klaspagina``: the class overview in the teacher's browser.

The page layer for it (:mod:`coursekit.classpage`: one classic script and one stylesheet, with
the zip library unzipit copied in from ``node_modules``) knows nothing of Sphinx. This extension
is the only glue:

1. When the HTML build starts, it writes the script and the stylesheet into
   ``_static/klasoverzicht/`` of the output, minified with terser when ``npm ci`` has installed it.
   unzipit comes from ``npm ci`` too (``package.json`` pins it); without it the build warns (and
   so fails under ``-W``), because the page could not read a zip.
2. The directive ``{klasoverzicht}`` puts the container on a page (with a short text for browsers
   without JavaScript). Every page that has it gets the script (``defer``) and the stylesheet; no
   other page does, so the exercise pages' byte budget does not carry this page.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from coursekit import classpage, page, render

FOLDER = "klasoverzicht"
MARK = 'class="ck-classpage"'
logger = logging.getLogger(__name__)


class ClassOverviewDirective(SphinxDirective):
    """``{klasoverzicht}``: the place on the page where the class overview appears."""

    has_content = False

    def run(self):
        return [nodes.raw("", render.macro("container", "classpage.html"), format="html")]


def write_assets(app) -> None:
    if app.builder.format != "html":
        return
    root = Path(app.srcdir)
    try:
        classpage.write(Path(app.outdir) / "_static" / FOLDER, root, terser=page.find_terser(root))
    except FileNotFoundError as error:
        logger.warning("klaspagina: %s", error)


def add_to_class_pages(app, pagename, templatename, context, doctree) -> None:
    if MARK not in (context.get("body") or ""):
        return
    app.add_js_file(f"{FOLDER}/{classpage.SCRIPT_NAME}", loading_method="defer")
    # media="all": page_fixes bundles every stylesheet without a media attribute into the book's one
    # stylesheet (boek.css, on every page); this one stays apart, on the class page only, after it.
    app.add_css_file(f"{FOLDER}/{classpage.STYLESHEET_NAME}", media="all")


def setup(app):
    app.add_directive("klasoverzicht", ClassOverviewDirective)
    app.connect("builder-inited", write_assets)
    app.connect("html-page-context", add_to_class_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
