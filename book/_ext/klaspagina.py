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
3. The files such a static overview carries (some 25 kB, packed) are moved out of the page into a
   script file of their own (``_static/klasoverzicht/mappen/<hash>.js``), loaded just before the
   class script, after the page's text is drawn: the text does not wait for the sample folder. It
   is a script, not a JSON file, so the page still works when opened from disk (``file://``).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from coursekit import classpage, page, render
from coursekit.texts import teacher as texts_teacher

FOLDER = "klasoverzicht"
MARK = 'class="ck-classpage'  # the container, also as the notebook's static form ("ck-classpage coursekit-static")
CARRIED = f"{FOLDER}/mappen"  # the carried files of each static overview, under _static/
_CARRIED_ID = re.compile(r'class="ck-class-files" data-file="([0-9a-f]+)"')
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


def carry_files_apart(app, doctree, docname) -> None:
    """Move the files a static class overview carries into a script file (see 3. above)."""
    if not on_website(app):
        return
    for node in list(doctree.findall(nodes.raw)):
        if "ck-class-files" not in node.astext() or "html" not in node.get("format", "").split():
            continue
        soup = BeautifulSoup(node.astext(), "html.parser")
        for carried in soup.select("script.ck-class-files"):
            files = json.loads(carried.string or "null")
            if files is None:
                continue
            # The same folder gives the same file; json.dumps is also a JavaScript expression.
            text = json.dumps(files, ensure_ascii=True, separators=(",", ":"))
            name = hashlib.sha1(text.encode("ascii")).hexdigest()[:16]
            target = Path(app.outdir) / "_static" / CARRIED / f"{name}.js"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f'(globalThis.coursekitClassFiles ||= {{}})["{name}"] = {text};\n', encoding="ascii")
            carried.string = ""
            carried["data-file"] = name
        node.children = [nodes.Text(str(soup))]
        node.rawsource = str(soup)


def add_to_class_pages(app, pagename, templatename, context, doctree) -> None:
    if not on_website(app) or MARK not in (context.get("body") or ""):
        return
    for name in _CARRIED_ID.findall(context["body"]):  # loaded before the class script that reads them
        app.add_js_file(f"{CARRIED}/{name}.js", loading_method="defer")
    app.add_js_file(f"{FOLDER}/{classpage.SCRIPT_NAME}", loading_method="defer")
    # media="all": page_fixes bundles every stylesheet without a media attribute into the book's one
    # stylesheet (boek.css, on every page); this one stays apart, on the class page only, after it.
    app.add_css_file(f"{FOLDER}/{classpage.STYLESHEET_NAME}", media="all")


def setup(app):
    app.add_directive("klasoverzicht", ClassOverviewDirective)
    app.connect("builder-inited", write_assets)
    app.connect("doctree-resolved", carry_files_apart)
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
