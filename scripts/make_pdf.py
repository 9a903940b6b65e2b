"""Print the built book, or one chapter, to PDF with headless Chromium, offline.

    python scripts/make_pdf.py hoofdstuk 05-corona     # _build/pdf/05-corona.pdf (+ 05-corona-oefeningen.pdf)
    python scripts/make_pdf.py boek                    # _build/pdf/opgavegericht-werken.pdf
    python scripts/make_pdf.py boek --html _build/en/_build/html   # the English edition
    python scripts/make_pdf.py pagina IN.html UIT.pdf  # any HTML page

Both work on the book that ``make book`` built in ``_build/html``.
``hoofdstuk`` prints ``book/NN-slug.html`` and, unless ``--zonder-oefeningen``, the chapter's
exercise page ``notebooks/NN-slug.html`` (the static form of the exercises: questions, scales and
options, to work on paper).
``boek`` joins every page into one HTML file first, in reading order (it follows each page's
``<link rel="next">`` from ``book/index.html``), and prints that: one PDF, no tool to join PDFs
needed. Each page starts on a new sheet; links between pages become links inside the PDF.
(Sphinx's ``singlehtml`` builder is not used: sphinx-design, which draws the cards on the landing
page, has no ``singlehtml`` support, so that build stops.) ``--zonder-docenten`` leaves out the
teacher's part, for a copy for learners. The whole book gets a title page (title, edition, date,
licence), page numbers at the foot of every page (CSS page margin boxes) and a clickable outline
(bookmarks) made from the headings; Chromium tags the PDF (its structure: headings, lists,
tables, figures with their text alternatives) by itself. Links to pages outside the PDF point to
the published book (each page's canonical address), not to files on the machine that printed it.

Chromium is Debian's ``chromium`` (or the program in ``$CHROMIUM``), run with
``--headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer``
and a throw-away profile, so nothing is fetched from the network and no personal profile is used.
The page's print stylesheet decides the layout (navigation and buttons are left out).
A page whose class overview its script draws from the files it carries (the static form of the
teacher's notebook, ``coursekit.classview``) is opened once in Chromium through Playwright first,
offline from its file, and the drawn overview (without its controls) is printed in its place.
Messages are Dutch: teachers run this through ``make pdf`` and ``make pdf-hoofdstuk H=NN-slug``.

The texts the PDF gets from this script (the title page, the class overview's status it waits for)
are the toolkit's (``coursekit.texts``) in the language of the built book (``lang`` in its
``editie.json``; the title and author from that language's configuration,
``coursekit.i18n.build.book_config``). A book in another language than this process's is printed
by a child process in that language (``scripts/in_language.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from coursekit.texts import book as book_texts
from coursekit.texts import teacher
from coursekit.texts.common import MONTHS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import in_language  # noqa: E402  (scripts)

HTML = ROOT / "_build" / "html"
OUT = ROOT / "_build" / "pdf"
START = "book/index.html"
TEACHER_PARTS = ("book/docenten/", "notebooks/docent/")
BOOK_PDF = "opgavegericht-werken.pdf"
TIMEOUT = 180  # seconds for one page; the whole book as one page takes longest
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-pdf-header-footer",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--generate-pdf-document-outline",
)
# The whole book on paper: A4, page numbers at the foot of each page, a title page.
BOOK_STYLE = """
@page { size: A4; margin: 18mm 18mm 22mm;
        @bottom-center { content: counter(page); font: 9pt sans-serif; color: #333; } }
@page :first { @bottom-center { content: none; } }
.pdf-title-page { break-after: page; padding-top: 30vh; }
.pdf-title-page .pdf-title { font-size: 24pt; font-weight: 700; line-height: 1.2; margin: 0 0 1em; }
.pdf-title-page p { font-size: 12pt; margin: 0.4em 0; }
"""
TITLE_PAGE = """<section class="pdf-title-page" aria-label="{{ texts.PDF_TITLE_PAGE }}">
<p class="pdf-title">{{ title }}</p>
{%- if edition %}<p>{{ texts.PDF_EDITION.format(edition=edition) }}{% if date %} · {{ date }}{% endif %}</p>{% endif %}
{%- if author %}<p>{{ author }}</p>{% endif %}
<p>{{ texts.PDF_LICENCE }}</p>
{%- if address %}<p>{{ texts.PDF_ONLINE.format(address=address) }}</p>{% endif %}
</section>"""
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
# The static form of the teacher's notebook: the class page's container with the files as JSON.
_CARRIED = re.compile(r'<div class="ck-classpage coursekit-static".*?</script></div>', re.DOTALL)
CLASS_STYLESHEET = Path("_static") / "klasoverzicht" / "coursekit-klas.css"
# Until every such overview is drawn (its status says "Klaar: ...", teacher.PAGE_DONE), then each
# without its controls.
_DRAWN = """() => [...document.querySelectorAll('.ck-classpage.coursekit-static')].every((root) =>
  (root.querySelector('.ck-status')?.textContent || '').startsWith(DONE)
  && !root.querySelector('[aria-busy]'))""".replace("DONE", json.dumps(teacher.PAGE_DONE.split("{", 1)[0]))
_OVERVIEWS = """() => [...document.querySelectorAll('.ck-classpage.coursekit-static')].map((root) => {
  const copy = root.cloneNode(true);
  copy.querySelectorAll('.ck-toolbar, .ck-progress, script').forEach((node) => node.remove());
  return copy.outerHTML;
})"""


class PdfError(RuntimeError):
    """Printing failed; the message is Dutch and says what to do."""


def find_chromium() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF as Chromium writes it (page objects are not compressed)."""
    return len(_PAGE.findall(pdf))


def print_to_pdf(page: Path, pdf: Path, chromium: str | None = None, timeout: int = TIMEOUT) -> int:
    """Print one HTML file to ``pdf``; return its number of pages. Raises :class:`PdfError`."""
    chromium = chromium or find_chromium()
    if not chromium:
        raise PdfError(
            "Chromium is niet gevonden. Installeer het (Debian/Ubuntu: "
            "`sudo apt-get install chromium`) of zet het pad in de variabele CHROMIUM."
        )
    page = page.resolve()
    if not page.is_file():
        raise PdfError(f"De pagina {page} bestaat niet. Bouw eerst het boek (make book).")
    pdf = pdf.resolve()
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="make-pdf-profiel-") as profile:
        command = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.as_uri()]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise PdfError(f"Chromium was na {timeout} seconden nog niet klaar met {page.name}.") from None
        except OSError as error:
            raise PdfError(f"Chromium kon niet starten ({error}).") from None
    data = pdf.read_bytes() if pdf.is_file() else b""
    if not data.startswith(b"%PDF-") or not page_count(data):
        tail = "\n".join((result.stderr or "").strip().splitlines()[-5:])
        raise PdfError(f"Chromium maakte geen bruikbare pdf van {page.name} (afsluitcode {result.returncode}).\n{tail}")
    return page_count(data)


def drawn_overviews(page: Path, chromium: str | None = None, timeout: int = TIMEOUT) -> list[str]:
    """The class overviews ``page`` carries, as its script draws them (HTML, in page order); ``[]``
    when Playwright is not installed (then the page's own text stands in the PDF)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium or find_chromium())
        try:
            tab = browser.new_page()
            tab.route("**/*", _offline)
            tab.goto(page.resolve().as_uri())
            tab.wait_for_function(_DRAWN, timeout=timeout * 1000)
            return tab.evaluate(_OVERVIEWS)
        finally:
            browser.close()


def _offline(route) -> None:
    """Only the book's own files: nothing is fetched from the network."""
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def with_drawn_overviews(article: str, page: Path) -> str:
    """``article`` with each class overview it carries replaced by the drawn overview."""
    if not _CARRIED.search(article):
        return article
    drawn = iter(drawn_overviews(page))
    return _CARRIED.sub(lambda found: next(drawn, found.group(0)), article)


def chapters(html: Path) -> list[str]:
    return sorted(p.stem for p in (html / "book").glob("[0-9][0-9]-*.html"))


def print_chapter(slug: str, html: Path = HTML, out: Path = OUT, exercises: bool = True) -> list[tuple[Path, int]]:
    """The chapter page (and its exercise page) as PDF; returns [(pdf, pages), ...]."""
    slug = slug.strip().removesuffix(".html").removesuffix(".md")
    page = html / "book" / f"{slug}.html"
    if not page.is_file():
        known = chapters(html)
        if not known:
            raise PdfError(f"Er is geen gebouwd boek in {html}. Bouw het eerst met `make book`.")
        raise PdfError(
            f"Hoofdstuk '{slug}' bestaat niet. Kies uit: {', '.join(known)} "
            f"(bijvoorbeeld: make pdf-hoofdstuk H={known[0]})."
        )
    made = [(out / f"{slug}.pdf", print_to_pdf(page, out / f"{slug}.pdf"))]
    exercise_page = html / "notebooks" / f"{slug}.html"
    if exercises and exercise_page.is_file():
        target = out / f"{slug}-oefeningen.pdf"
        made.append((target, print_to_pdf(exercise_page, target)))
    return made


def reading_order(html: Path) -> list[Path]:
    """Every page of the built book in reading order: from book/index.html along rel="next"."""
    pages: list[Path] = []
    page: Path | None = (html / START).resolve()
    while page is not None and page.is_file() and page not in pages:
        pages.append(page)
        found = re.search(r'<link rel="next"[^>]*href="([^"#]+)', page.read_text(encoding="utf-8"))
        page = (page.parent / unquote(found.group(1))).resolve() if found else None
    return pages


_ARTICLE = re.compile(r"<(/?)article\b[^>]*>")
_URL = re.compile(r'\b(src|href)="([^"]*)"')
_EXTERNAL = ("#", "data:", "http:", "https:", "mailto:", "file:", "javascript:")


def _article(text: str) -> str:
    """The page's main article (the theme's <article class="bd-article">), nested articles kept."""
    start = text.find('<article class="bd-article"')
    if start < 0:
        return ""
    depth = 0
    for match in _ARTICLE.finditer(text, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return text[start : match.end()]
    return text[start:]


def _anchor(page: Path, html: Path) -> str:
    return "pagina-" + re.sub(r"[^a-z0-9]+", "-", page.relative_to(html).as_posix().lower()).strip("-")


_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def canonical(text: str) -> str | None:
    """The page's published address (Sphinx writes it when the book has a base URL)."""
    found = _CANONICAL.search(text)
    return found.group(1) if found else None


def _rewrite(fragment: str, page: Path, html: Path, included: set[Path], online: str | None = None) -> str:
    """Relative addresses of one page, made valid in the joined file: pages in the PDF become
    internal links; links to anything else go to the published book when the page's published
    address (``online``) is known; other files (images, style sheets) become file addresses."""

    def replace(match: re.Match) -> str:
        attribute, url = match.groups()
        if not url or url.startswith(_EXTERNAL):
            return match.group(0)
        parts = urlsplit(url)
        target = (page.parent / unquote(parts.path)).resolve()
        if target in included:
            return f'{attribute}="#{_anchor(target, html)}"'
        if online and attribute == "href":
            return f'{attribute}="{urljoin(online, url)}"'
        if target.exists():
            return f'{attribute}="{target.as_uri()}{"#" + parts.fragment if parts.fragment else ""}"'
        return match.group(0)

    return _URL.sub(replace, fragment)


def title_page(html: Path) -> str:
    """The PDF's first page: the book's title and author (``_config.yml``, or the configuration of
    the book's language), its edition and date and where it is online (``editie.json`` of the built
    book), the licence."""
    from jinja2 import Environment

    from coursekit.i18n.build import book_config

    try:
        info = json.loads((html / "editie.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        info = {}
    config = book_config(ROOT, in_language.built_language(html)) or {}
    edition = info.get("slot") if info.get("kind") == "editie" else (book_texts.PDF_WORK_IN_PROGRESS if info else "")
    return (
        Environment(autoescape=True)
        .from_string(TITLE_PAGE)
        .render(
            title=config.get("title", ""),
            edition=edition,
            date=long_date(info.get("date", "")),
            author=config.get("author", ""),
            address=info.get("base_url", ""),
            texts=book_texts,
        )
    )


def long_date(iso: str) -> str:
    """'2026-11-28' as '28 november 2026' (the month names the book uses everywhere; in English
    '28 November 2026')."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return ""
    month = MONTHS[int(match.group(2)) - 1]
    return book_texts.PDF_DATE.format(day=int(match.group(3)), month=month, year=match.group(1))


_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")


def page_language(text: str) -> str:
    """The language a built page says it is in (``<html lang="...">``); Dutch when it does not say."""
    found = _LANG.search(text)
    return found.group(1) if found else "nl"


def join_pages(html: Path, teacher_part: bool = True, book: bool = False) -> str:
    """One HTML document with every page of the book, for printing. ``book``: with a title page,
    A4 pages with page numbers, and links out of the PDF to the published book."""
    html = html.resolve()
    pages = reading_order(html)
    if not pages:
        raise PdfError(f"Er is geen gebouwd boek in {html}. Bouw het eerst met `make book`.")
    if not teacher_part:
        pages = [p for p in pages if not p.relative_to(html).as_posix().startswith(TEACHER_PARTS)]
    included = set(pages)
    first = pages[0].read_text(encoding="utf-8")
    lang = page_language(first)
    head = first[first.find("<head>") + len("<head>") : first.find("</head>")]
    head = re.sub(r"<script\b.*?</script>", "", head, flags=re.S)  # printing needs no scripts
    head = _rewrite(head, pages[0], html, included)
    body = [title_page(html)] if book else []
    overviews = False
    for number, page in enumerate(pages):
        text = page.read_text(encoding="utf-8")
        carried = with_drawn_overviews(_article(text), page)
        overviews |= carried != _article(text)
        article = _rewrite(carried, page, html, included, canonical(text) if book else None)
        style = ' style="break-before: page"' if number else ""
        body.append(f'<div id="{_anchor(page, html)}"{style}>{article}</div>')
    if book:
        head += f"<style>{BOOK_STYLE}</style>"
    if overviews and (html / CLASS_STYLESHEET).is_file():
        head += f"<style>{(html / CLASS_STYLESHEET).read_text(encoding='utf-8')}</style>"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>{head}</head>\n'
        f"<body><main>{''.join(body)}</main></body>\n</html>\n"
    )  # no theme layout classes: those are flex rows


class _Headings(HTMLParser):
    """The headings' text in document order, as a reader sees it (without the "#" links). A heading
    inside a closed ``<details>`` (other than in its summary) is not printed, so Chromium gives it no
    outline entry: it is left out here too."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._heading: list[str] | None = None
        self._in_link = False
        self._details: list[bool] = []  # per open <details> element: is it closed?
        self._summary = 0

    def _hidden(self) -> bool:
        closed = [index for index, is_closed in enumerate(self._details) if is_closed]
        if not closed:
            return False
        # Shown only in the summary of the innermost closed <details>, with no closed one around it.
        return len(closed) > 1 or not (self._summary and closed[0] == len(self._details) - 1)

    def handle_starttag(self, tag, attrs):
        if tag == "details":
            self._details.append("open" not in dict(attrs))
        elif tag == "summary":
            self._summary += 1
        elif re.fullmatch(r"h[1-6]", tag) and not self._hidden():
            self._heading = []
        elif self._heading is not None and tag == "a" and "headerlink" in (dict(attrs).get("class") or ""):
            self._in_link = True

    def handle_endtag(self, tag):
        if tag == "details" and self._details:
            self._details.pop()
        elif tag == "summary" and self._summary:
            self._summary -= 1
        elif self._heading is not None and tag == "a" and self._in_link:
            self._in_link = False
        elif self._heading is not None and re.fullmatch(r"h[1-6]", tag):
            self.found.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None and not self._in_link:
            self._heading.append(data)


def headings(document: str) -> list[str]:
    parser = _Headings()
    parser.feed(document)
    return parser.found


def fix_outline(pdf: Path, titles: list[str]) -> bool:
    """Chromium's outline (one entry per heading, in order) sometimes repeats part of a heading
    and drops the spaces where a heading wraps. Give each entry its heading's own text; only when
    the entries and the headings match one to one (otherwise leave the outline as it is). Needs
    pypdf (in the development requirements); returns whether the outline was mended."""
    try:
        from pypdf import PdfWriter
        from pypdf.generic import NameObject, TextStringObject
    except ImportError:
        return False
    writer = PdfWriter(clone_from=pdf)
    entries = []

    def walk(item):
        while item is not None:
            item = item.get_object()
            entries.append(item)
            if "/First" in item:
                walk(item["/First"])
            item = item.get("/Next")

    outlines = writer.root_object.get("/Outlines")
    if outlines is not None and "/First" in outlines.get_object():
        walk(outlines.get_object()["/First"])
    if not entries or len(entries) != len(titles):
        return False
    for entry, title in zip(entries, titles):
        entry[NameObject("/Title")] = TextStringObject(title)
    partial = pdf.with_suffix(".pdf.deel")
    with open(partial, "wb") as file:
        writer.write(file)
    partial.replace(pdf)
    return True


def print_book(
    html: Path = HTML, out: Path = OUT, teacher_part: bool = True, name: str | None = None
) -> list[tuple[Path, int]]:
    """The whole book as one PDF (``opgavegericht-werken.pdf``, or ``name``); a book in another
    language than this process's is printed by a child process in that language."""
    name = name or (BOOK_PDF if teacher_part else BOOK_PDF.replace(".pdf", "-zonder-docenten.pdf"))
    lang = in_language.built_language(html)
    if not in_language.speaks(lang):
        return _print_book_elsewhere(html, out, teacher_part, name, lang)
    joined = join_pages(html, teacher_part, book=True)
    out.mkdir(parents=True, exist_ok=True)
    target = out / name
    with tempfile.TemporaryDirectory(prefix="make-pdf-boek-") as folder:
        page = Path(folder) / "boek.html"
        page.write_text(joined, encoding="utf-8")
        pages = print_to_pdf(page, target, timeout=TIMEOUT * 3)
    fix_outline(target, headings(joined))
    return [(target, pages)]


def _print_book_elsewhere(html: Path, out: Path, teacher_part: bool, name: str, lang: str) -> list[tuple[Path, int]]:
    arguments = ["boek", "--html", str(html), "--uit", str(out), "--naam", name]
    arguments += [] if teacher_part else ["--zonder-docenten"]
    code, lines = in_language.run(Path(__file__), arguments, lang, report=lambda _line: None)
    target = out / name
    if code != 0 or not target.is_file():
        raise PdfError(in_language.failure(lines))
    return [(target, pdf_pages(target))]


def pdf_pages(pdf: Path) -> int:
    """The pages of a PDF this script made (after :func:`fix_outline` rewrote it, too)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return page_count(pdf.read_bytes())
    return len(PdfReader(pdf).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maak een pdf van het gebouwde boek of van één hoofdstuk.")
    commands = parser.add_subparsers(dest="command", required=True)
    chapter = commands.add_parser("hoofdstuk", help="één hoofdstuk, bijvoorbeeld 05-corona")
    chapter.add_argument("slug", nargs="?", default="", help="de naam van de hoofdstukpagina, zoals 05-corona")
    chapter.add_argument("--html", type=Path, default=HTML, help="map met het gebouwde boek (standaard _build/html)")
    chapter.add_argument("--uit", type=Path, default=OUT, help="map voor de pdf (standaard _build/pdf)")
    chapter.add_argument("--zonder-oefeningen", action="store_true", help="alleen de hoofdstukpagina")
    book = commands.add_parser("boek", help="het hele boek in één pdf")
    book.add_argument("--html", type=Path, default=HTML, help="map met het gebouwde boek (standaard _build/html)")
    book.add_argument("--uit", type=Path, default=OUT, help="map voor de pdf (standaard _build/pdf)")
    book.add_argument("--zonder-docenten", action="store_true", help="zonder het deel voor docenten")
    book.add_argument("--naam", help="de naam van de pdf (standaard opgavegericht-werken.pdf)")
    single = commands.add_parser("pagina", help="één willekeurige HTML-pagina")
    single.add_argument("page", type=Path)
    single.add_argument("pdf", type=Path)
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "hoofdstuk":
            if not arguments.slug:
                raise PdfError(
                    "Noem het hoofdstuk, bijvoorbeeld: make pdf-hoofdstuk H=05-corona "
                    f"(beschikbaar: {', '.join(chapters(arguments.html)) or 'bouw eerst het boek'})."
                )
            made = print_chapter(arguments.slug, arguments.html, arguments.uit, not arguments.zonder_oefeningen)
        elif arguments.command == "boek":
            made = print_book(arguments.html, arguments.uit, not arguments.zonder_docenten, arguments.naam)
        else:
            made = [(arguments.pdf, print_to_pdf(arguments.page, arguments.pdf))]
    except PdfError as error:
        print(f"✘ {error}", file=sys.stderr)
        return 1
    for pdf, pages in made:
        print(f"✔ {pdf} ({pages} pagina's, {pdf.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
