"""The parts of ``page_fixes`` that describe the book to the outside: a description per page,
title cards for links shared in mail, Teams or LinkedIn, a sitemap, robots.txt, a 404 page.

- **Description.** A page's ``<meta name="description">`` (and Open Graph description) is the
  page's own opening: its first paragraph of running text, outside boxes such as "In het kort",
  tables and exercise output, cut at a sentence end (at most 200 characters). A page can set its
  own with a ``description`` field in its front matter. Pages without text of their own (search,
  index) take the landing page's.
- **Title cards.** sphinxext-opengraph writes the Open Graph and Twitter card tags and draws one
  PNG card per page at build time (``_images/social_previews``), served by the book itself; the
  small logo on the card is drawn here, from the same shapes as the favicon.
- **Base URL.** ``html.baseurl`` in ``_config.yml``; the environment variable ``BOOK_BASE_URL``
  overrides it (the publishing workflow sets it to the address GitHub Pages gives a fork).
  Sitemap, robots.txt, card addresses and the 404 page's links all use it.
- **404 page.** ``404.html`` at the root, as static hosts expect. A host shows it for any missing
  address at any depth, so every link and style in it is absolute (the base URL's path) or inline.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from docutils import nodes
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATES = Path(__file__).with_name("page_fixes_templates")
DESCRIPTION_LENGTH = 200
# Text inside these is not the page's own opening.
NOT_OPENING = (
    nodes.Admonition,
    nodes.sidebar,
    nodes.topic,
    nodes.table,
    nodes.footnote,
    nodes.citation,
    nodes.field_list,
    nodes.caption,
    nodes.legend,
    nodes.block_quote,
)
CARD_LOGO = "kaartlogo.png"
_jinja = Environment(
    loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "xml"]), keep_trailing_newline=True
)


# --- base URL ---------------------------------------------------------------------------------


def base_url(config) -> str:
    """The book's published address, ending in "/": ``BOOK_BASE_URL`` or ``html.baseurl``."""
    base = os.environ.get("BOOK_BASE_URL", "").strip() or (config.html_baseurl or "").strip()
    if base and not base.endswith("/"):
        base += "/"
    return base


def configure(app, config) -> None:
    """Base URL (BOOK_BASE_URL wins), Open Graph site URL, the 404 page, the card's logo."""
    base = base_url(config)
    config.html_baseurl = base
    if hasattr(config, "ogp_site_url"):
        config.ogp_site_url = base
        cards = dict(config.ogp_social_cards or {})
        if cards.get("enable", True) and "image_mini" not in cards:
            cards["image_mini"] = str(draw_card_logo(Path(app.doctreedir) / "page_fixes"))
            config.ogp_social_cards = cards
    config.html_additional_pages.setdefault("404", "page_fixes_404.html")


def base_path(config) -> str:
    """The path part of the base URL, e.g. "/opgavegericht-werken/" ("/" without a base URL)."""
    path = urlsplit(config.html_baseurl or "").path or "/"
    return path if path.endswith("/") else path + "/"


def draw_card_logo(folder: Path) -> Path:
    """The favicon's shapes as a PNG for the title cards (sphinxext-opengraph takes no SVG)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / CARD_LOGO
    if target.exists():
        return target
    scale = 8
    image = Image.new("RGBA", (32 * scale, 32 * scale), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 32 * scale - 1, 32 * scale - 1), radius=6 * scale, fill="#0b5563")
    for y, width, colour in ((7, 12, "#ffffff"), (14, 16, "#ffffff"), (21, 20, "#ffd166")):
        draw.rounded_rectangle((6 * scale, y * scale, (6 + width) * scale, (y + 4) * scale), radius=scale, fill=colour)
    image.save(target)
    return target


# --- description ------------------------------------------------------------------------------


def _is_opening(paragraph) -> bool:
    parent = paragraph.parent
    while parent is not None:
        if isinstance(parent, NOT_OPENING) or "cell_output" in parent.get("classes", []):
            return False
        parent = parent.parent
    return True


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """`text` cut at the last sentence end within `limit`, else at a word, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    sentence_end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if sentence_end >= limit // 2:
        return cut[: sentence_end + 1]
    return cut[: cut.rfind(" ")].rstrip(",;:—-– ") + "…"


def page_description(doctree) -> str:
    """The page's opening: its first paragraphs of running text, about 100-200 characters."""
    text = ""
    for paragraph in doctree.findall(nodes.paragraph):
        if not _is_opening(paragraph):
            continue
        words = " ".join(paragraph.astext().split())
        if not words:
            continue
        text = f"{text} {words}".strip()
        if len(text) >= 100:
            break
    return shorten(text)


def describe_page(app, pagename, templatename, context, doctree) -> None:
    """Before sphinxext-opengraph: the description meta tag and the Open Graph fields."""
    meta = dict(context.get("meta") or {})
    description = str(meta.get("description") or "").strip()
    if not description:
        source = doctree
        if source is None and app.config.root_doc in app.env.all_docs:
            source = app.env.get_doctree(app.config.root_doc)
        description = page_description(source) if source is not None else ""
    if not description:
        return
    meta.setdefault("og:description", description)
    title = re.sub(r"<[^>]+>", "", str(context.get("title") or "")).strip()
    if title:
        meta.setdefault("og:image:alt", f"Titelkaart: {title}")
    context["meta"] = meta
    tag = Markup('\n<meta name="description" content="{}" />').format(description)
    # A plain string: sphinxext-opengraph appends its own tags to it (to Markup they'd be escaped).
    context["metatags"] = str(context.get("metatags") or "") + str(tag)


# --- the 404 page -----------------------------------------------------------------------------


def chapters(app) -> list[tuple[str, str]]:
    """(title, page address relative to the site root) of the pages the root document lists."""
    env = app.env
    found = []
    for docname in env.toctree_includes.get(app.config.root_doc, []):
        if docname in env.titles:
            found.append((env.titles[docname].astext(), app.builder.get_target_uri(docname)))
    return found


def not_found_context(app, pagename, templatename, context, doctree) -> None:
    if pagename != "404":
        return
    context["page_fixes_base"] = base_path(app.config)
    context["page_fixes_home"] = app.builder.get_target_uri(app.config.root_doc)
    context["page_fixes_chapters"] = chapters(app)


# --- sitemap.xml and robots.txt ---------------------------------------------------------------


def sitemap_pages(app) -> list[str]:
    env = app.env
    documents = [docname for docname in sorted(env.found_docs) if "orphan" not in env.metadata.get(docname, {})]
    return [app.builder.get_target_uri(docname) for docname in documents]


def write_site_files(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    base = app.config.html_baseurl
    outdir = Path(app.outdir)
    if not base:
        return
    urls = [base + uri for uri in sitemap_pages(app)]
    (outdir / "sitemap.xml").write_text(
        _jinja.get_template("page_fixes_sitemap.xml").render(urls=urls), encoding="utf-8"
    )
    (outdir / "robots.txt").write_text(
        _jinja.get_template("page_fixes_robots.txt").render(sitemap=base + "sitemap.xml"), encoding="utf-8"
    )


def relative_to_page(app, docname: str, path: str) -> str:
    """`path` (relative to the site root) as seen from the page of `docname`."""
    page = app.builder.get_target_uri(docname)
    return posixpath.relpath(path, posixpath.dirname(page) or ".")
