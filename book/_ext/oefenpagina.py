"""Sphinx extension ``oefenpagina``: the exercises work on the book's own pages.

The page layer itself (:mod:`coursekit.page`: one classic script and one stylesheet, with the
learner texts, the JSON Schemas and the portfolio document's parts built in) knows nothing of
Sphinx. This extension is the only glue:

1. When the HTML build starts, it writes the script and the stylesheet into
   ``_static/oefenpagina/`` of the output, minified with terser when ``npm ci`` has installed it
   (``package.json`` pins it); without terser (or Node) the script is the readable sources, which
   work the same, only larger. Beside them, ``coursekit-portfolio.js`` (the export and the import)
   and ``coursekit-catalog.js`` (every exercise of the book), which the page loads only when the
   learner exports or imports (or, for the first, when the browser refuses to keep an answer).
2. Every page whose body holds an exercise's static form (``class="coursekit-static"``: the chapter
   notebooks and the portfolio page) gets the script (``defer``) and the stylesheet; no other page
   does. The script tag carries the addresses of the portfolio page (``data-portfolio``), the
   catalog (``data-catalog``) and the portfolio script (``data-portfolio-script``).

Settings (``sphinx.config`` in ``_config.yml``):

- ``oefenpagina_book``: the key the answers are kept under in the browser (one store per book;
  default: the repository address, else the title). Keep it when the book is renamed or moves,
  or learners lose sight of their answers.
- ``oefenpagina_portfolio``: the document of the portfolio page (``notebooks/portfolio``).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.util import logging

from coursekit import page
from coursekit.definitions import load_catalog

FOLDER = "oefenpagina"
MARK = 'class="coursekit-static"'
logger = logging.getLogger(__name__)


def book_key(app) -> str:
    if app.config.oefenpagina_book:
        return app.config.oefenpagina_book
    options = app.config.html_theme_options or {}
    return options.get("repository_url") or app.config.project


def write_assets(app) -> None:
    if app.builder.format != "html":
        return
    terser = page.find_terser(Path(app.srcdir))
    if terser is None:
        logger.info("oefenpagina: terser not installed (npm ci): the page script is not minified")
    page.write(Path(app.outdir) / "_static" / FOLDER, book_key(app), terser, load_catalog(Path(app.srcdir)))


def add_to_exercise_pages(app, pagename, templatename, context, doctree) -> None:
    if MARK not in (context.get("body") or ""):
        return
    portfolio = context["pathto"](app.config.oefenpagina_portfolio)
    catalog = context["pathto"](f"_static/{FOLDER}/{page.CATALOG_NAME}", 1)
    script = context["pathto"](f"_static/{FOLDER}/{page.PORTFOLIO_NAME}", 1)
    addresses = {"data-portfolio": portfolio, "data-catalog": catalog, "data-portfolio-script": script}
    app.add_js_file(f"{FOLDER}/{page.SCRIPT_NAME}", loading_method="defer", **addresses)
    app.add_css_file(f"{FOLDER}/{page.STYLESHEET_NAME}")


def setup(app):
    app.add_config_value("oefenpagina_book", "", "html")
    app.add_config_value("oefenpagina_portfolio", "notebooks/portfolio", "html")
    app.connect("builder-inited", write_assets)
    app.connect("html-page-context", add_to_exercise_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
