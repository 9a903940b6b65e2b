"""The English edition's offline copies, made as a release makes them (``scripts/downloads.py`` on the
build of ``make book-en``, from this Dutch test process: the script runs them in English itself):

- every file carries ``-en`` in its name (``opgavegericht-werken-<editie>-en.pdf``, ...), so one
  release holds both languages, and the English landing page links to those files;
- the EPUB passes epubcheck and says it is English: the package, the navigation and every page
  (``lang`` and ``xml:lang``), with the English title;
- the PDF is tagged English and its title page speaks English;
- the teachers' zip holds packages whose manifest and launch page are English.

The downloads are made in a copy of the English build, so the other tests see the book as built.
"""

from __future__ import annotations

import re
import sys
import zipfile

import pytest

from coursekit.i18n.build import book_config
from downloadtools import download_file, made_downloads, script
from pagetools import ROOT, missing

sys.path.insert(0, str(ROOT / "book" / "_ext"))

import edities_downloads

# `make test-release` (and the edition workflow, before it releases): about two minutes of building.
pytestmark = [pytest.mark.slow, pytest.mark.release]

make_epub = script("make_epub")
make_pdf = script("make_pdf")
TITLE = book_config(ROOT, "en")["title"]


@pytest.fixture(scope="module")
def made(english_html, tmp_path_factory):
    """(copy of the English build with its downloads, manifest)."""
    if not make_pdf.find_chromium():
        missing("Chromium", "install it with `apt-get install -y chromium` (Debian)")
    return made_downloads(english_html, tmp_path_factory.mktemp("downloads-en") / "html")


def test_the_english_files_carry_en_in_their_names_and_the_landing_page_links_them(made):
    html, manifest = made
    slot = manifest["slot"]
    assert manifest["lang"] == "en"
    names = {entry["kind"]: entry["file"] for entry in manifest["files"]}
    assert names == {kind.key: edities_downloads.file_name(kind, slot, "en") for kind in edities_downloads.KINDS}
    assert all(f"{slot}-en" in name for name in names.values()), names
    dutch = {edities_downloads.file_name(kind, slot) for kind in edities_downloads.KINDS}
    assert not dutch & set(names.values()), "an English file would overwrite a Dutch one in the release"
    page = (html / "book" / "index.html").read_text(encoding="utf-8")
    block = page[page.index(edities_downloads.BEGIN) : page.index(edities_downloads.END)]
    for name in names.values():
        assert f'href="../download/{name}"' in block
        assert (html / edities_downloads.FOLDER / name).is_file()


def test_the_english_epub_passes_epubcheck_and_says_it_is_english(made):
    epub = download_file(made, "epub")
    if not make_epub.epubcheck_command():
        missing("epubcheck", "install it with `apt-get install -y epubcheck` (Debian)")
    make_epub.epubcheck(epub)  # raises with epubcheck's messages
    with zipfile.ZipFile(epub) as package:
        package_document = package.read("content.opf").decode("utf-8")
        navigation = package.read("nav.xhtml").decode("utf-8")
        pages = {
            name: package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith(".xhtml") and name.startswith(("book/", "notebooks/"))
        }
    assert re.search(r'<package [^>]*xml:lang="en"', package_document)
    assert "<dc:language>en</dc:language>" in package_document
    assert f"<dc:title>{TITLE}</dc:title>" in package_document.replace("&#x27;", "'")
    assert re.search(r'<html [^>]*lang="en" xml:lang="en"', navigation)
    assert len(pages) > 20
    for name, text in pages.items():
        tag = re.search(r"<html\b[^>]*>", text).group(0)
        assert 'lang="en"' in tag and 'xml:lang="en"' in tag, (name, tag)


def test_the_english_pdf_is_tagged_english_with_an_english_title_page(made):
    from pypdf import PdfReader

    reader = PdfReader(download_file(made, "pdf"))
    assert reader.trailer["/Root"].get("/Lang") == "en"
    assert 150 <= len(reader.pages) <= 800, len(reader.pages)
    first = " ".join(reader.pages[0].extract_text().split())
    assert TITLE in first and "Online: " in first and "/en/" in first, first


def test_the_english_teachers_zip_holds_english_packages(made):
    with zipfile.ZipFile(download_file(made, "lms")) as archive:
        inner_name = next(name for name in archive.namelist() if name.endswith("hoofdstuk-05-scorm2004.zip"))
        with archive.open(inner_name) as inner, zipfile.ZipFile(inner) as package:
            manifest = package.read("imsmanifest.xml").decode("utf-8")
            launch = package.read("start.html").decode("utf-8")
    assert "<language>en</language>" in manifest and 'language="nl"' not in manifest
    assert '<html lang="en">' in launch
