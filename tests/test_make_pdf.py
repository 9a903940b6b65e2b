"""A chapter of the built book prints to a non-empty PDF with headless Chromium (scripts/make_pdf.py).

Skipped, with a message that says how to install it, when Chromium is missing; in CI (`CI=true`)
that is a failure instead, like the browser tests.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("make_pdf", ROOT / "scripts" / "make_pdf.py")
make_pdf = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(make_pdf)


@pytest.fixture(scope="module")
def chromium() -> str:
    found = make_pdf.find_chromium()
    if not found:
        message = (
            "Chromium ontbreekt: installeer het met `apt-get install -y chromium` (Debian) om de pdf-test te draaien"
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return found


def test_a_small_page_prints_to_a_pdf(chromium, tmp_path):
    page = tmp_path / "pagina.html"
    page.write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head>'
        "<body><h1>Proefpagina</h1><p>Eén alinea.</p></body></html>",
        encoding="utf-8",
    )
    pages = make_pdf.print_to_pdf(page, tmp_path / "uit" / "pagina.pdf", chromium)
    data = (tmp_path / "uit" / "pagina.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and pages == 1


def test_a_missing_page_gives_a_dutch_message(chromium, tmp_path):
    with pytest.raises(make_pdf.PdfError, match="bestaat niet"):
        make_pdf.print_to_pdf(tmp_path / "geen.html", tmp_path / "geen.pdf", chromium)
    with pytest.raises(make_pdf.PdfError, match="Er is geen gebouwd boek"):
        make_pdf.print_chapter("05-corona", html=tmp_path, out=tmp_path)


@pytest.mark.slow
@pytest.mark.rare  # `make test-rare`, with the edition's downloads
def test_a_chapter_of_the_built_book_prints_to_a_non_empty_pdf(chromium, tmp_path, request):
    """The book from `BOOK_HTML` (a book you built yourself) or from the shared `book_build` fixture."""
    if os.environ.get("BOOK_HTML"):
        html = Path(os.environ["BOOK_HTML"]).resolve()
    else:
        build = request.getfixturevalue("book_build")  # tests/conftest.py: built once per test run
        html = ROOT / "_build" / "html"
        if not (html / "book" / "05-corona.html").is_file():
            pytest.fail("the book did not build:\n" + (build.stdout + build.stderr)[-3000:], pytrace=False)
    made = make_pdf.print_chapter("05-corona", html=html, out=tmp_path)
    assert [pdf.name for pdf, _ in made] == ["05-corona.pdf", "05-corona-oefeningen.pdf"]
    for pdf, pages in made:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-") and len(data) > 20_000 and pages >= 2, (pdf.name, len(data), pages)
    with pytest.raises(make_pdf.PdfError, match="Kies uit: 01-generaties"):
        make_pdf.print_chapter("99-bestaat-niet", html=html, out=tmp_path)


def _page(title: str, next_page: str = "", body: str = "") -> str:
    link = f'<link rel="next" title="volgende" href="{next_page}" />' if next_page else ""
    return (
        f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>{link}'
        f'<link rel="stylesheet" href="../_static/stijl.css"><script src="../_static/x.js"></script></head>'
        f'<body><nav>menu</nav><article class="bd-article"><h1>{title}</h1>{body}</article></body></html>'
    )


def test_the_whole_book_is_joined_in_reading_order_and_printed(chromium, tmp_path):
    html = tmp_path / "html"
    (html / "book" / "docenten").mkdir(parents=True)
    (html / "_static").mkdir()
    (html / "_static" / "stijl.css").write_text("h1 { color: #000 }", encoding="utf-8")
    (html / "_images").mkdir()
    (html / "_images" / "fig.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', encoding="utf-8"
    )
    (html / "book" / "index.html").write_text(
        _page("Start", "01-een.html", '<a href="01-een.html#deel">een</a>'), encoding="utf-8"
    )
    (html / "book" / "01-een.html").write_text(
        _page("Een", "docenten/index.html", '<img src="../_images/fig.svg" alt="figuur"><article>binnen</article>'),
        encoding="utf-8",
    )
    (html / "book" / "docenten" / "index.html").write_text(_page("Docenten"), encoding="utf-8")

    order = [p.relative_to(html).as_posix() for p in make_pdf.reading_order(html)]
    assert order == ["book/index.html", "book/01-een.html", "book/docenten/index.html"]
    joined = make_pdf.join_pages(html)
    assert joined.index("<h1>Start</h1>") < joined.index("<h1>Een</h1>") < joined.index("<h1>Docenten</h1>")
    assert "<script" not in joined and "<nav>" not in joined and "<article>binnen</article>" in joined
    assert 'href="#pagina-book-01-een-html"' in joined  # a link to a page in the PDF stays inside the PDF
    assert (html / "_images" / "fig.svg").resolve().as_uri() in joined
    assert "Docenten" not in make_pdf.join_pages(html, teacher_part=False)

    [(pdf, pages)] = make_pdf.print_book(html, tmp_path / "pdf")
    # The whole book starts with a title page (make_pdf.title_page), then the three pages.
    assert pdf.name == "opgavegericht-werken.pdf" and pdf.read_bytes().startswith(b"%PDF-") and pages == 4
