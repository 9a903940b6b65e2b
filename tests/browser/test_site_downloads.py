"""The edition's offline copies (``scripts/downloads.py``), made from the built book and used as a
reader would:

- the PDF of the whole book is tagged (a structure tree, marked content, Dutch), has a clickable
  outline with every chapter and its exercise page, page numbers at the foot of the pages, a
  page count in a sane range, and no link to a file on the machine that printed it;
- the EPUB passes epubcheck and its table of contents holds every chapter;
- the landing page lists the four downloads with their format and size, and the links work;
- the teachers' zip holds every chapter's SCORM packages and question banks;
- the site zip, unpacked, opens from ``file://`` in Chromium without errors or requests to other
  hosts, the edition switcher shows the edition's name (no list can load there), and an answer
  typed in an exercise is still there after a reload.

The downloads are made in a copy of the built book, so the other tests see the book as built.
"""

from __future__ import annotations

import re
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from coursekit.texts import learner
from downloadtools import download_file, made_downloads, script
from pagetools import ROOT, missing, settled

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the edition's downloads change rarely

sys.path.insert(0, str(ROOT / "book" / "_ext"))
import edities_downloads  # noqa: E402

downloads = script("downloads")
make_epub = script("make_epub")
CHAPTERS = sorted(path.stem for path in (ROOT / "book").glob("[0-9][0-9]-*.md"))
REFLECTION = "Offline geschreven: de opgave & het mandaat botsen."


@pytest.fixture(scope="module")
def made(book_html, tmp_path_factory):
    """(copy of the built book with its downloads, manifest)."""
    if not (shutil.which("chromium") or shutil.which("google-chrome")):
        missing("Chromium", "install it with `apt-get install -y chromium` (Debian)")
    return made_downloads(book_html, tmp_path_factory.mktemp("downloads") / "html")


def _chapter_titles() -> list[str]:
    titles = []
    for slug in CHAPTERS:
        text = (ROOT / "book" / f"{slug}.md").read_text(encoding="utf-8")
        titles.append(re.search(r"^# (.+)$", text, re.MULTILINE).group(1).strip())
    return titles


def test_the_pdf_is_tagged_with_an_outline_of_every_chapter_and_page_numbers(made):
    from pypdf import PdfReader

    reader = PdfReader(download_file(made, "pdf"))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"], "the PDF is not tagged"
    assert root.get("/Lang") == "nl"
    assert 150 <= len(reader.pages) <= 700, len(reader.pages)

    top = [item.title for item in reader.outline if not isinstance(item, list)]
    for number, title in enumerate(_chapter_titles(), start=1):
        assert f"{number}. {title}" in top, (title, top)
        assert any(entry.startswith(f"{number}.") and "Oefeningen bij hoofdstuk" in entry for entry in top)
    for index in (1, len(reader.pages) // 2, len(reader.pages) - 1):
        lines = reader.pages[index].extract_text().splitlines()
        assert str(index + 1) in lines[:1] + lines[-1:], (index, lines[:1], lines[-1:])
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            uri = annotation.get_object().get("/A", {}).get("/URI", "")
            assert not str(uri).startswith("file:"), uri


def test_the_epub_passes_epubcheck_and_holds_every_chapter(made):
    epub = download_file(made, "epub")
    if not make_epub.epubcheck_command():
        missing("epubcheck", "install it with `apt-get install -y epubcheck` (Debian)")
    make_epub.epubcheck(epub)  # raises with epubcheck's messages
    with zipfile.ZipFile(epub) as package:
        navigation = package.read("nav.xhtml").decode("utf-8")
    for slug in CHAPTERS:
        assert f'href="book/{slug}.xhtml"' in navigation and f'href="notebooks/{slug}.xhtml"' in navigation


def test_the_landing_page_lists_the_downloads_with_format_and_size(made):
    html, manifest = made
    page = (html / "book" / "index.html").read_text(encoding="utf-8")
    block = page[page.index(edities_downloads.BEGIN) : page.index(edities_downloads.END)]
    assert len(manifest["files"]) == len(edities_downloads.KINDS) == 4
    for entry in manifest["files"]:
        kind = next(kind for kind in edities_downloads.KINDS if kind.key == entry["kind"])
        assert f'href="../download/{entry["file"]}"' in block
        assert (html / "download" / entry["file"]).stat().st_size == entry["bytes"]
        assert f"({kind.format}, {edities_downloads.human_size(entry['bytes'])}" in block


async def _offline_visit(browser, top: Path):
    context = await browser.new_context(locale="nl-NL", service_workers="block")
    requests, errors = [], []

    async def guard(route):
        if route.request.url.startswith("file:"):
            await route.continue_()
        else:
            requests.append(route.request.url)
            await route.abort()

    await context.route("**/*", guard)
    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        await page.goto((top / "index.html").as_uri(), wait_until="load")
        await settled(page)
        await page.wait_for_url(re.compile(r"book/index\.html"))
        await page.wait_for_load_state("load")
        switcher = {
            "name": await page.locator(".boek-editie__vast").first.inner_text(),
            "name_visible": await page.locator(".boek-editie__vast").first.is_visible(),
            "menu_visible": await page.locator(".boek-editie .version-switcher__button").first.is_visible(),
        }
        exercise = (top / "notebooks" / "01-generaties.html").as_uri()
        await page.goto(exercise, wait_until="load")
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage && window.coursekitPage.page")
        field = "#ck-h1-reflectie-botsing-antwoord-1"
        await page.fill(field, REFLECTION)
        await page.get_by_role("button", name=learner.SAVE_NOW).first.click()
        await page.wait_for_timeout(300)
        await page.reload(wait_until="load")
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage && window.coursekitPage.page")
        kept = await page.input_value(field)
        return switcher, kept, requests, errors
    finally:
        await context.close()


def test_the_site_zip_opens_from_file_and_an_exercise_saves_there(made, browser, tmp_path):
    _html, manifest = made
    archive = download_file(made, "zip")
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        package.extractall(tmp_path)
    [top_name] = {name.split("/", 1)[0] for name in names}
    assert not any(f"/{edities_downloads.FOLDER}/" in name for name in names), "the zip holds the downloads"
    top = tmp_path / top_name
    landing = (top / "book" / "index.html").read_text(encoding="utf-8")
    assert "../download/" not in landing, "the zip's landing page links to files it does not hold"

    switcher, kept, requests, errors = browser.run(_offline_visit(browser.browser, top))
    assert switcher == {"name": manifest["slot"], "name_visible": True, "menu_visible": False}
    assert kept == REFLECTION
    assert requests == [] and errors == []


def test_the_teachers_zip_holds_every_chapters_packages_and_question_banks(made):
    with zipfile.ZipFile(download_file(made, "lms")) as archive:
        names = {Path(name).name for name in archive.namelist()}
        with archive.open(next(n for n in archive.namelist() if n.endswith("hoofdstuk-06-scorm12.zip"))) as inner:
            package = zipfile.ZipFile(inner)
            assert "imsmanifest.xml" in package.namelist() and "start.html" in package.namelist()
    for number in range(1, len(CHAPTERS) + 1):
        assert {f"hoofdstuk-{number:02d}-scorm12.zip", f"hoofdstuk-{number:02d}-scorm2004.zip"} <= names
    assert {
        "boek-scorm12.zip",
        "boek-scorm2004.zip",
        "boek-kennisvragen-qti.zip",
        "boek-kennisvragen-moodle.xml",
    } <= names
