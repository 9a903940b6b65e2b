"""What the built book tells browsers, search engines and link previews (read offline).

- Every page has a description of its own (the page's opening text, at most 200 characters),
  Open Graph and Twitter card tags, and a title card image that the build made and the book
  serves itself; every page links a favicon that exists.
- Headings in the article do not skip a level (h2 after h1, h3 after h2, ...).
- sitemap.xml lists every page of the table of contents with the configured base URL, and
  robots.txt points to it.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.slow

NOT_IN_SITEMAP = {"index.html", "404.html", "genindex.html", "search.html"}


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.icons: list[str] = []
        self.headings: list[int] = []
        self._article = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("name") or attributes.get("property")
            if key:
                self.meta[key] = attributes.get("content") or ""
        elif tag == "link" and "icon" in (attributes.get("rel") or "").split():
            self.icons.append(attributes.get("href") or "")
        elif tag == "article":
            self._article += 1
        elif self._article and re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_endtag(self, tag):
        if tag == "article":
            self._article -= 1


def read(path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def base_url(book_html) -> str:
    robots = (book_html / "robots.txt").read_text(encoding="utf-8")
    sitemap = re.search(r"^Sitemap:\s*(\S+)$", robots, re.MULTILINE)
    assert sitemap, "robots.txt names no sitemap"
    return sitemap.group(1).rsplit("sitemap.xml", 1)[0]


def content_pages(book_pages) -> list[str]:
    return [page for page in book_pages if page not in NOT_IN_SITEMAP]


def test_every_page_is_described_for_search_and_sharing(book_html, book_pages):
    base = base_url(book_html)
    problems = []
    for relative in content_pages(book_pages):
        head = read(book_html / relative)
        description = head.meta.get("description", "").strip()
        if not 40 <= len(description) <= 200:
            problems.append(f"{relative}: description of {len(description)} characters: {description!r}")
        for key in ("og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:card"):
            if not head.meta.get(key):
                problems.append(f"{relative}: no {key}")
        image = head.meta.get("og:image", "")
        if image and not image.startswith(base):
            problems.append(f"{relative}: title card {image} is not on {base}")
        elif image and not (book_html / image[len(base) :]).is_file():
            problems.append(f"{relative}: title card {image} was not built")
        if not any(icon and (book_html / relative).parent.joinpath(icon).resolve().is_file() for icon in head.icons):
            problems.append(f"{relative}: no favicon that exists ({head.icons})")
    assert not problems, "\n".join(problems)


def test_a_chapter_is_described_by_its_own_opening(book_html):
    head = read(book_html / "book" / "06-anatomie.html")
    assert head.meta["description"].startswith("Wie samenwerking wil verbeteren, moet eerst")
    assert head.meta["og:description"] == head.meta["description"]


def test_headings_do_not_skip_a_level(book_html, book_pages):
    problems = []
    for relative in content_pages(book_pages):
        levels = read(book_html / relative).headings
        for before, after in itertools.pairwise(levels):
            if after > before + 1:
                problems.append(f"{relative}: h{after} follows h{before}")
                break
    assert not problems, "\n".join(problems)


def test_sitemap_lists_every_page_with_the_base_url(book_html, book_pages):
    base = base_url(book_html)
    tree = ElementTree.parse(book_html / "sitemap.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = [element.text for element in tree.getroot().findall("s:url/s:loc", namespace)]
    assert all(url.startswith(base) for url in listed), listed[:3]
    assert sorted(url[len(base) :] for url in listed) == sorted(content_pages(book_pages))
    assert urlsplit(base).scheme == "https"
