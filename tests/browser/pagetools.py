"""Helpers for the checks on the built book: tools, pages, what each page links to or loads.

Parsing uses Python's own `html.parser` on the files in `_build/html`; the browser tests
(Chromium) live in the test modules and use `conftest.py`'s fixtures.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
import sys
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}

# Folders in the build that hold assets and sources, not pages.
NOT_PAGES = ("_static", "_sources", "_images", "_downloads")
# <link rel=...> values that make the browser fetch something (the others are plain links).
FETCHING_RELS = {
    "stylesheet",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "apple-touch-icon-precomposed",
    "mask-icon",
    "manifest",
    "prerender",
}
# Attributes that load a resource, per element (srcset-like ones are split below).
LOADING_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.IGNORECASE)
# Compressed formats a web server sends as they are; everything else counts gzip-compressed.
PRECOMPRESSED = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".gz", ".zip"}


def missing(what: str, how: str):
    """A tool is not installed: skip on a maintainer's machine, fail in CI."""
    message = f"{what} is missing: {how}"
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def is_external(url: str) -> bool:
    """True for an address on another host (http, https or protocol-relative)."""
    parts = urlsplit(url.strip())
    return parts.scheme in {"http", "https", "ftp", "ws", "wss"} or url.strip().startswith("//")


def pages(html_root: Path) -> list[str]:
    """Every HTML page of the book, relative to `html_root`, in POSIX form."""
    found = []
    for path in html_root.rglob("*.html"):
        relative = path.relative_to(html_root).as_posix()
        if not relative.startswith(NOT_PAGES):
            found.append(relative)
    return sorted(found)


@dataclass
class Page:
    """What one HTML page contains that the checks need."""

    lang: str | None = None
    title: str = ""
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # a/area href: followed only when clicked
    loads: list[tuple[str, str]] = field(default_factory=list)  # (what, url) fetched on load
    css: list[str] = field(default_factory=list)  # <style> blocks and style="" attributes
    inline_scripts: list[str] = field(default_factory=list)
    images: list[dict[str, str | None]] = field(default_factory=list)
    figures: list[list[dict[str, str | None]]] = field(default_factory=list)
    refresh: str | None = None  # target of <meta http-equiv="refresh">


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in = None  # "title", "style" or "script" while inside one
        self._buffer: list[str] = []
        self._figures: list[list[dict[str, str | None]]] = []
        self._after_paint = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        page = self.page
        if tag == "html":
            page.lang = attributes.get("lang")
        for key in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(key):
                page.ids.add(attributes[key])
        if tag in ("a", "area") and attributes.get("href") is not None:
            page.links.append(attributes["href"])
        if tag == "link" and attributes.get("href"):
            rels = set((attributes.get("rel") or "").lower().split())
            if rels & FETCHING_RELS:
                page.loads.append((f"link rel={'/'.join(sorted(rels))}", attributes["href"]))
            else:
                page.links.append(attributes["href"])
        for name in LOADING_ATTRIBUTES.get(tag, ()):
            value = attributes.get(name)
            if not value:
                continue
            if name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        page.loads.append((f"{tag} {name}", candidate.split()[0]))
            elif not (tag == "input" and (attributes.get("type") or "").lower() != "image"):
                page.loads.append((f"{tag} {name}", value))
        if attributes.get("style"):
            page.css.append(attributes["style"])
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            content = attributes.get("content") or ""
            match = re.search(r"url\s*=\s*(.+)", content, re.IGNORECASE)
            page.refresh = match.group(1).strip(" '\"") if match else ""
        if tag == "figure":
            self._figures.append([])
        if tag == "img":
            image = {
                "src": attributes.get("src"),
                "alt": attributes.get("alt"),
                "role": attributes.get("role"),
                "aria-hidden": attributes.get("aria-hidden"),
                "loading": attributes.get("loading"),
                "size": (attributes.get("width"), attributes.get("height")),
            }
            page.images.append(image)
            if self._figures:
                self._figures[-1].append(image)
        if tag in ("title", "style") or (tag == "script" and not attributes.get("src")):
            self._in, self._buffer = tag, []
            self._after_paint = attributes.get("id") == "scripts-after-paint"

    def handle_endtag(self, tag):
        if tag == "figure" and self._figures:
            self.page.figures.append(self._figures.pop())
        if tag == self._in:
            text = "".join(self._buffer)
            if tag == "title":
                self.page.title = text.strip()
            elif tag == "style":
                self.page.css.append(text)
            else:
                self.page.inline_scripts.append(text)
                if self._after_paint:  # the scripts the page loads once its text is drawn (page_fixes)
                    self.page.loads.extend(("script after paint", one["src"]) for one in json.loads(text))
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buffer.append(data)


@functools.cache
def parse(path: Path) -> Page:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def css_urls(css: str) -> list[str]:
    """Every address in url(...) and @import of a piece of CSS."""
    return [match.group(2) or match.group(4) for match in CSS_URL.finditer(css) if (match.group(2) or match.group(4))]


def resolve(html_root: Path, from_file: Path, url: str) -> tuple[Path | None, str]:
    """The local file a relative/absolute-path URL points to, and its #fragment.

    Returns (None, "") for URLs that are not files of the site (external, mailto:, data:, ...).
    """
    parts = urlsplit(url)
    if parts.scheme or url.startswith("//"):
        return None, ""
    fragment = unquote(parts.fragment)
    if not parts.path:
        return from_file, fragment
    if parts.path.startswith("/"):
        target = html_root / unquote(parts.path).lstrip("/")
    else:
        target = from_file.parent / unquote(parts.path)
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return Path(os.path.normpath(target)), fragment  # resolves "..", keeps symlinks


def transfer_size(path: Path) -> tuple[int, int]:
    """(bytes on disk, bytes over a gzip-compressing web server) for one served file."""
    data = path.read_bytes()
    if path.suffix.lower() in PRECOMPRESSED:
        return len(data), len(data)
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


# What a socket raises when the browser has dropped the connection: it closed a page or aborted
# a request (a fetch still running when a test closes its page, a blocked asset).
CLIENT_GONE = (ConnectionError, TimeoutError)


class QuietServer(ThreadingHTTPServer):
    """Serves on when a browser drops a request, without printing a traceback for it.

    Any other error in a request still goes to the default handler, which prints it.
    """

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], CLIENT_GONE):
            return
        super().handle_error(request, client_address)


class StaticSite:
    """The built book served by Python's http.server on 127.0.0.1 at a free port."""

    def __init__(self, html_root: Path) -> None:
        handler = functools.partial(QuietHandler, directory=str(html_root))
        self.root = html_root
        self.server = QuietServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StaticSite:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, relative: str) -> str:
        return urljoin(self.base, relative)

    def is_local(self, url: str) -> bool:
        return url.startswith((self.base, "data:", "blob:", "about:"))

    def file_for(self, url: str) -> Path | None:
        """The file on disk that a local URL was served from."""
        if not url.startswith(self.base):
            return None
        path = unquote(urlsplit(url).path).lstrip("/")
        target = self.root / path
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None


# --- Search: what the built search index holds and what a page shows -------------------------

# Elements that do not separate words on screen (HTML's inline text elements).
INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
# Labels the HTML writer adds to the text ("Tabel 10.1", the "#" of a heading link): not part of
# the document, so not in the search index.
GENERATED_LABELS = ("caption-number", "headerlink")
WORD = re.compile(r"\w+")  # how Sphinx's search splits text into words (SearchLanguage.split)


class _ArticleText(HTMLParser):
    """The text of a page's article (``<article class="bd-article">``) as a reader sees it."""

    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, text inside it is left out)
        self._in_article = 0

    def _skipping(self) -> bool:
        return any(skip for _, skip in self._open)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "article" and "bd-article" in classes:
            self._in_article += 1
        if tag not in INLINE_TAGS:
            self.parts.append(" ")
        if tag in self.VOID:
            return
        skip = tag in ("script", "style", "template") or any(c in GENERATED_LABELS for c in classes)
        self._open.append((tag, skip))

    def handle_endtag(self, tag):
        if tag not in INLINE_TAGS:
            self.parts.append(" ")
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break
        if tag == "article" and self._in_article:
            self._in_article -= 1

    def handle_data(self, data):
        if self._in_article and not self._skipping():
            self.parts.append(data)


@functools.cache
def article_text(path: Path) -> str:
    """What a reader reads on a page (its article), with a space wherever words are separated."""
    parser = _ArticleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def article_words(path: Path) -> set[str]:
    """The distinct words of a page's article, lower-cased."""
    return {word.lower() for word in WORD.findall(article_text(path))}


def search_index(html_root: Path) -> dict:
    """The search index Sphinx wrote (``searchindex.js`` is ``Search.setIndex({...})``)."""
    text = (html_root / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def indexed_pages(index: dict, term: str) -> set[str]:
    """The pages (docnames) the index lists for a term, in the body text or in a title."""
    found: set[str] = set()
    for table in ("terms", "titleterms"):
        entry = index[table].get(term)
        numbers = [] if entry is None else [entry] if isinstance(entry, int) else entry
        found.update(index["docnames"][number] for number in numbers)
    return found


async def serve_files(page, origin: str, files: dict[str, tuple[str, str]]) -> None:
    """Answer the page's requests to ``origin`` from ``files`` ({name: (content type, body)}), as a
    small web server would; every other request is refused (no other host is reached)."""

    async def serve(route):
        name = route.request.url.removeprefix(origin + "/")
        if name in files:
            kind, body = files[name]
            await route.fulfill(status=200, content_type=kind, body=body)
        else:
            await route.abort()

    await page.route("**/*", serve)


# The page's scripts are in: the book's pages load them once their text is drawn (page_fixes
# layout.html), marking the page "waiting" while they come and "loaded" then; a page without that
# list (search.html, a test's own page) loads them as usual, before "load"; and a page opened
# without JavaScript is never marked.
SCRIPTS_LOADED = "() => document.readyState === 'complete' && document.documentElement.dataset.scripts !== 'waiting'"


async def settled(page) -> None:
    """Wait (Playwright) until a page just opened or reloaded has its scripts in."""
    await page.wait_for_function(SCRIPTS_LOADED)


# The page's store document as the browser keeps it (the key that starts with `prefix`, not a copy
# set aside: ".beschadigd", ".versie-", ".kopie-"), parsed; {} when there is none.
STORED_DOCUMENT = """(prefix) => {
  const key = Object.keys(localStorage).find((k) => k.startsWith(prefix) && !k.includes('.beschadigd')
    && !k.includes('.versie-') && !k.includes('.kopie-'));
  return key ? JSON.parse(localStorage.getItem(key)) : {};
}"""
