"""The SCORM packages of the built book (issue 22): valid manifests, every file listed or used,
nothing fetched from another host, and a budget for their size.

Made from the built book (``book_build``, tests/conftest.py) by ``coursekit.lms.package``, as
``make lms`` does; the platform's side is tested in tests/browser/test_lms_platform.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coursekit.definitions import load_catalog
from coursekit.lms import package as packaging
from coursekit.lms.validate import validate

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
CHAPTER_BUDGET = 420_000  # bytes of a chapter's zip (measured: 188 to 342 kB)
BOOK_BUDGET = 1_000_000  # the whole book's (measured: 838 kB)
FETCHING_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "icon", "manifest"}
CSS_REMOTE = re.compile(r"""url\(\s*['"]?(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def made(book_build, tmp_path_factory):
    catalog = load_catalog()
    folder = tmp_path_factory.mktemp("lms")
    plan = packaging.plan(catalog, ROOT / "book", "Boek")
    found = {}
    for package in plan:
        for version in packaging.VERSIONS:
            files = packaging.contents(HTML, package, version, "https://example.org/boek/")
            zipped = packaging.write_zip(folder / package.file_name(version), files)
            found[(package.name, version)] = (package, files, zipped.stat().st_size)
    return found


def test_every_chapter_with_exercises_and_the_book_has_both_versions(made):
    catalog = load_catalog()
    names = {name for name, _ in made}
    assert names == {f"hoofdstuk-{number:02d}" for number in catalog.chapters} | {"boek"}


def test_every_manifest_is_valid_against_the_schemas(made):
    for (name, version), (_, files, _) in made.items():
        assert validate(files["imsmanifest.xml"], packaging.VERSIONS[version]) == [], (name, version)


def test_the_manifest_lists_every_file_and_the_zip_holds_every_listed_one(made):
    for (name, version), (package, files, _) in made.items():
        listed = set(re.findall(r'<file href="([^"]+)"', files["imsmanifest.xml"].decode()))
        own = {"imsmanifest.xml", "metadata.xml"} | set(packaging.schemas(version))
        assert listed == set(files) - own, (name, version)  # the rest: the manifest and its schemas
        assert packaging.LAUNCH in listed and set(package.pages) <= listed


def remote(url: str | None) -> bool:
    return bool(url) and url.startswith(("http:", "https:", "//"))


def fetched(document) -> list[str]:
    """What a page makes the browser fetch: scripts, images, frames, media and fetching links."""
    found = [e.get("src") for e in document.iter("script", "img", "iframe", "source", "video", "audio")]
    found += [e.get("href") for e in document.iter("link") if FETCHING_RELS & set((e.get("rel") or "").split())]
    for element in document.iter("script"):  # the scripts a page loads after its first paint
        if element.get("id") == packaging.AFTER_PAINT:
            found += [value for entry in json.loads(element.text) for key, value in entry.items() if key == "src"]
    return [url for url in found if url]


def test_no_page_of_a_package_fetches_from_another_host(made):
    import lxml.html

    for (name, version), (_, files, _) in made.items():
        for path, data in files.items():
            if path.endswith(".html"):
                urls = fetched(lxml.html.document_fromstring(data))
                assert urls and not [url for url in urls if remote(url)], (name, version, path)
            if path.endswith(".css"):
                assert not CSS_REMOTE.search(data.decode()), (name, version, path)


def test_pages_with_exercises_talk_to_the_platform_and_links_out_go_to_the_online_book(made):
    package, files, _ = made[("hoofdstuk-06", "1.2")]
    exercises = files["notebooks/06-anatomie.html"].decode()
    assert '"data-lms-version": "1.2"' in exercises and '"data-lms-chapters": "6"' in exercises
    assert packaging.LMS_SCRIPT in files and packaging.CATALOG_SCRIPT in files
    chapter = files["book/06-anatomie.html"].decode()
    assert 'href="https://example.org/boek/book/07-faciliterend-leiderschap.html"' in chapter
    assert 'href="../notebooks/06-anatomie.html"' in chapter  # within the package: as it was
    assert f'data-lms-launch="{package.pages[0]}"' in files[packaging.LAUNCH].decode()


def test_packages_stay_within_their_budget(made):
    for (name, _), (_, _, size) in made.items():
        assert size <= (BOOK_BUDGET if name == "boek" else CHAPTER_BUDGET), name


def test_the_manifest_carries_the_learning_goals_and_the_study_time(made):
    package, files, _ = made[("hoofdstuk-06", "2004")]
    manifest = files["imsmanifest.xml"].decode()
    assert "Na dit hoofdstuk kun je: de vijf blokken van het model van Ansell en Gash" in manifest
    assert package.minutes == 105 and "<duration>PT1H45M</duration>" in manifest
    assert f"<imsss:minNormalizedMeasure>{packaging.PASSING}</imsss:minNormalizedMeasure>" in manifest
    metadata = made[("hoofdstuk-06", "1.2")][1]["metadata.xml"].decode()
    assert "<datetime>PT1H45M</datetime>" in metadata
