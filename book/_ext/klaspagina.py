"""Sphinx extension ``klaspagina``: the class overview in the teacher's browser.

The page layer for it (:mod:`coursekit.classpage`: one classic script and one stylesheet, with
the zip library unzipit copied in from ``node_modules``) knows nothing of Sphinx. This extension
is the only glue:

1. When the HTML build starts, it writes the script and the stylesheet into
   ``_static/klasoverzicht/`` of the output, minified with terser when ``npm ci`` has installed it.
   unzipit comes from ``npm ci`` too (``package.json`` pins it); without it the build warns (and
   so fails under ``-W``), because the page could not read a zip.
2. The directive ``{klasoverzicht}`` puts the container on a page (with a short text for browsers
   without JavaScript). Every page that has it gets the script (``defer``) and the stylesheet: that
   page, and the executed teacher's notebook, whose static output is the same container with the
   sample exports in it (:mod:`coursekit.classview.widget`); no other page does, so the exercise
   pages' byte budget does not carry this page.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from coursekit import classpage, page, render
from coursekit.texts import teacher as texts_teacher

FOLDER = "klasoverzicht"
MARK = 'class="ck-classpage'  # the container, also as the notebook's static form ("ck-classpage coursekit-static")
logger = logging.getLogger(__name__)


class ClassOverviewDirective(SphinxDirective):
    """``{klasoverzicht}``: the place on the page where the class overview appears."""

    has_content = False

    def run(self):
        markup = render.macro("container", "classpage.html")
        if on_website(self.env.app):  # an e-book has no scripts and no files to download
            to_root = "../" * self.env.docname.count("/")
            sample = f"{to_root}_static/{FOLDER}/{classpage.SAMPLE_NAME}"
            markup = render.macro("sample", "classpage.html", href=sample) + markup
        return [nodes.raw("", markup, format="html")]


def on_website(app) -> bool:
    """An HTML build for the website (the EPUB builder writes HTML too)."""
    return app.builder.format == "html" and app.builder.name != "epub"


def write_assets(app) -> None:
    if not on_website(app):
        return
    root = Path(app.srcdir)
    try:
        classpage.write(Path(app.outdir) / "_static" / FOLDER, root, terser=page.find_terser(root))
    except FileNotFoundError as error:
        logger.warning("klaspagina: %s", error)


def add_to_class_pages(app, pagename, templatename, context, doctree) -> None:
    if not on_website(app) or MARK not in (context.get("body") or ""):
        return
    app.add_js_file(f"{FOLDER}/{classpage.SCRIPT_NAME}", loading_method="defer")
    # media="all": page_fixes bundles every stylesheet without a media attribute into the book's one
    # stylesheet (boek.css, on every page); this one stays apart, on the class page only, after it.
    app.add_css_file(f"{FOLDER}/{classpage.STYLESHEET_NAME}", media="all")


def setup(app):
    app.add_directive("klasoverzicht", ClassOverviewDirective)
    app.connect("builder-inited", write_assets)
    app.connect("html-page-context", add_to_class_pages)
    # The pages keep the directive's markup in their doctrees: a change to this file, the template
    # or the teachers' texts must make Sphinx read the class page again.
    sources = [
        Path(__file__),
        Path(render.__file__).parent / "templates" / "classpage.html",
        Path(texts_teacher.__file__),
    ]
    digest = hashlib.sha1(b"\0".join(path.read_bytes() for path in sources)).hexdigest()
    # env_version (not version) is what makes Sphinx read the sources again when it changes.
    return {
        "parallel_read_safe": True,
        "parallel_write_safe": True,
        "version": digest[:10],
        "env_version": int(digest[:8], 16),
    }
