"""Sphinx extension ``epub_fixes``: the book's pages as valid EPUB 3 content (``scripts/make_epub.py``).

Only active with Sphinx's ``epub`` builder. EPUB content documents are XHTML, read by an XML
parser, so the raw HTML that notebook outputs carry (the exercises' static form, the class
overview) is parsed as HTML and written again as well-formed XHTML. What an e-reader cannot use
is left out: scripts (the page layer's data blocks; a script would also oblige the EPUB to
declare itself "scripted") and ``<style>`` elements inside the body (not allowed there in XHTML;
the book's exercises read well without them).

Two more things Sphinx's epub builder gets wrong for this book:

- Jupyter Book's root document is ``book/index``, in a folder. Sphinx prefixes the table of
  contents' links with that folder, so ``../notebooks/01-generaties.xhtml`` becomes
  ``book/../notebooks/01-generaties.xhtml``, which matches no file of the package (epubcheck:
  OPF-049). The links are normalised after Sphinx collects them.
- SVG figures may carry a DOCTYPE with an external DTD, which EPUB 3 forbids (OPF-073, HTM-003),
  and matplotlib writes empty ``<path>`` elements without ``d`` (invalid SVG): both are mended
  from the copies in the EPUB before Sphinx lists the package's files. (Those empty paths are
  glyphs such as a space, which ``<use>`` elements point to: they get an empty path, ``M0 0``,
  rather than being dropped.)
- myst-nb's stylesheet for notebook cells uses CSS that epubcheck cannot read (empty custom
  properties, ``:is()``); the EPUB does without it (the cells' output reads well unstyled).
- Sphinx's content documents do not say their language (its ``<html>`` tag has no ``lang``; only
  the package and the navigation do): each page gets ``lang`` and ``xml:lang`` of the book's
  language (``nl``, or ``en`` for the English edition), so an e-reader's voice reads it right.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import sphinx_exercise
from bs4 import BeautifulSoup
from docutils import nodes

DROPPED = ("script", "style", "noscript")
_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.DOTALL)


_PAGE_LINK = re.compile(r"^(?![a-z][a-z0-9+.-]*:|/|#)([^#?]*)\.html(?=$|#)", re.IGNORECASE)


def xhtml(fragment: str) -> str:
    """An HTML fragment as well-formed XHTML (void elements closed, attributes quoted), with its
    links to other pages of the book pointing at their ``.xhtml`` files in the package (a raw link
    such as the case explorer's ``../book/03-kunnen-wij-dit.html#…`` is not rewritten by Sphinx)."""
    soup = BeautifulSoup(fragment, "html.parser")
    for element in soup.find_all(DROPPED):
        element.decompose()
    for link in soup.find_all("a", href=True):
        link["href"] = _PAGE_LINK.sub(r"\1.xhtml", link["href"])
    return soup.decode(formatter="minimal")


def fix_raw_html(app, doctree, docname) -> None:
    if app.builder.name != "epub":
        return
    for node in list(doctree.findall(nodes.raw)):
        if "html" not in node.get("format", "").split():
            continue
        text = xhtml(node.astext())
        node.children = [nodes.Text(text)]
        node.rawsource = text


def normalised(refuri: str) -> str:
    path, hash_, fragment = refuri.partition("#")
    return posixpath.normpath(path) + hash_ + fragment


def declare_language(app) -> None:
    """Every content document's ``<html>`` says the book's language (lang and xml:lang)."""
    builder = app.builder
    if builder.name != "epub" or not app.config.language:
        return
    lang = app.config.language.replace("_", "-")
    tag = builder.html_tag.rstrip(">")
    builder.html_tag = f'{tag} lang="{lang}" xml:lang="{lang}">'


def fix_toc_links(app) -> None:
    if app.builder.name != "epub":
        return
    builder = app.builder
    collect = builder.get_toc

    def get_toc() -> None:
        collect()
        for item in builder.refnodes:
            item["refuri"] = normalised(item["refuri"])

    builder.get_toc = get_toc


_EMPTY_PATH = re.compile(r"<path\b(?![^>]*\sd=)([^>]*?)/>")


def clean_svg(text: str) -> str:
    """No DOCTYPE; every ``<path>`` with a ``d`` (an empty one, ``M0 0``, where it had none)."""
    return _EMPTY_PATH.sub(r'<path d="M0 0"\1/>', _DOCTYPE.sub("", text, count=1))


def unreadable_css(name: str) -> bool:
    return name.startswith("mystnb.") and name.endswith(".css")


def drop_unreadable_css(app, pagename, templatename, context, doctree) -> None:
    if app.builder.name != "epub":
        return
    context["css_files"] = [
        css for css in context.get("css_files", []) if not unreadable_css(Path(str(getattr(css, "filename", css))).name)
    ]


def fix_package_files(app) -> None:
    """Before Sphinx lists the package's files: clean SVGs, leave out unreadable stylesheets."""
    if app.builder.name != "epub":
        return
    builder = app.builder
    list_files = builder.build_content

    def build_content() -> None:
        outdir = Path(builder.outdir)
        # sphinx-exercise copies its stylesheet at build-finished, after the package's file list
        # is made: on a clean build every page would link a file the EPUB lacks (RSC-007).
        sphinx_exercise.copy_asset_files(app, None)
        for svg in outdir.rglob("*.svg"):
            text = svg.read_text(encoding="utf-8")
            cleaned = clean_svg(text)
            if cleaned != text:
                svg.write_text(cleaned, encoding="utf-8")
        for css in (outdir / "_static").glob("*.css"):
            if unreadable_css(css.name):
                css.unlink()
        list_files()

    builder.build_content = build_content


def setup(app):
    app.connect("builder-inited", declare_language)
    app.connect("builder-inited", fix_toc_links)
    app.connect("builder-inited", fix_package_files)
    app.connect("doctree-resolved", fix_raw_html)
    app.connect("html-page-context", drop_unreadable_css)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
