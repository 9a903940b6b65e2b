"""SCORM packages of the built book: one per chapter and one for the whole book, each in SCORM 1.2
and in SCORM 2004 (4th edition).

A package holds a launch page (``start.html``, :data:`LAUNCH`: it keeps the session with the
platform and shows the book's pages in a frame), the chapter's page, its exercise page and the
portfolio page (the whole book: the landing page and every chapter), copied from the built book
with only the files they use, the XML schemas its manifest names, and ``imsmanifest.xml``: the
title, the chapter's learning goals as its description, its study time (reading and exercises)
as the typical learning time and, in SCORM 2004, the pass mark (:data:`PASSING`). A link to a page
that is not in the package goes to the online book, in a new tab; nothing is fetched from another
host. The pages with exercises load ``coursekit-lms.js`` (``coursekit/page/platform.js``).
"""

from __future__ import annotations

import functools
import io
import json
import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .. import i18n
from ..definitions import Catalog
from ..formatting import json_for_script
from ..texts import learner
from .markup import templates

VERSIONS = {"1.2": "scorm12", "2004": "scorm2004"}
PASSING = 0.6  # SCORM 2004: satisfied at 60 % of the score (the manifest's minNormalizedMeasure)
LAUNCH = "start.html"
LMS_SCRIPT = "_static/oefenpagina/coursekit-lms.js"
CATALOG_SCRIPT = "_static/oefenpagina/coursekit-catalog.js"
PAGE_SCRIPT = "coursekit-page.js"
PORTFOLIO_PAGE = "notebooks/portfolio.html"
AFTER_PAINT = "scripts-after-paint"  # the list of scripts a page loads after its first paint (page_fixes)
SWITCHER = "switcher.json"  # the editions' list the theme's switcher fetches (links to the online editions)
XSD = Path(__file__).parent / "xsd"
FETCHED = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src", "audio": "src"}
FETCHED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
MINUTES = re.compile(r"(\d+) minuten")
SPAN = re.compile(r"\[([^\]]*)\]\{[^}]*\}")  # MyST's inline attributes on a span, as a translation marks Dutch
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # every entry's time (the earliest a zip holds): the same files, the same bytes


class PackageError(RuntimeError):
    """A package cannot be made from this build (a page or a file it uses is missing)."""


@dataclass(frozen=True)
class Package:
    name: str  # "hoofdstuk-06", "boek"
    title: str
    description: str
    chapters: tuple[int, ...]
    pages: tuple[str, ...]  # the launch page opens the first
    minutes: int  # reading and exercises (0: not known)
    scored: bool  # has exercises with a score (knowledge checks, sorting)
    edition: str
    identifier: str
    files: tuple[str, ...] = field(default=())  # filled in when the package is made
    launch: str = LAUNCH

    @property
    def duration(self) -> str:
        hours, minutes = divmod(self.minutes, 60)
        return f"PT{hours}H{minutes}M" if hours else f"PT{minutes}M"

    def file_name(self, version: str) -> str:
        return f"{self.name}-{VERSIONS[version]}.zip"


def between(text: str, start: str, end: str) -> str:
    found = text.split(start, 1)
    return found[1].split(end, 1)[0] if len(found) == 2 else ""


@functools.cache
def _page_messages(page: str, lang: str) -> dict[str, str]:
    """The reviewed translations of a page's paragraphs (its catalog, ``locale/<lang>/LC_MESSAGES/
    <page>.po``), by their Dutch text with its white space made single spaces."""
    return {" ".join(dutch.split()): translated for (_context, dutch), translated in i18n.catalog(page, lang).items()}


def in_language(page: str, dutch: str) -> str:
    """A paragraph of a page's Dutch source (``book/05-corona``) as that page shows it in the
    process's language; itself in Dutch or without a reviewed translation."""
    dutch = " ".join(dutch.split())
    lang = i18n.language()
    if lang == i18n.SOURCE_LANGUAGE:
        return dutch
    translated = _page_messages(page, lang).get(dutch, dutch)
    return " ".join(SPAN.sub(r"\1", translated).split())  # the lecture's words: [...]{.nl} -> ...


def chapter_facts(source: Path) -> tuple[str, int]:
    """The learning goals (one sentence, in the process's language) and the minutes of reading and
    exercises of a chapter's Markdown source, from its "In het kort" box."""
    text = source.read_text(encoding="utf-8")
    goals_text = between(text, "**Leerdoelen.** Na dit hoofdstuk kun je:", "**Studietijd.**")
    page = f"{source.parent.name}/{source.stem}"
    goals = [in_language(page, item).rstrip(";.") for item in re.split(r"^- ", goals_text, flags=re.M)[1:]]
    study = between(text, "**Studietijd.**", "**Oefeningen.**").split(";")[0]
    minutes = sum(int(number) for number in MINUTES.findall(study))
    description = learner.LMS_GOALS.format(goals="; ".join(goals)) if goals else ""
    return description, minutes


def plan(catalog: Catalog, book: Path, title: str) -> list[Package]:
    """The packages of the book: every chapter with exercises, then the whole book."""
    scored_types = {"multiple_choice", "matching"}
    found = []
    identifier = re.sub(r"[^a-z0-9-]+", "-", f"opgavegericht-werken-{catalog.edition}".lower())
    for number, chapter in catalog.chapters.items():
        stem = Path(chapter.notebook).stem
        description, minutes = chapter_facts(book / f"{stem}.md")
        definitions = [d for d in catalog.definitions.values() if d.chapter == number]
        found.append(
            Package(
                name=f"hoofdstuk-{number:02d}",
                title=learner.LMS_CHAPTER_TITLE.format(number=number, title=chapter.title),
                description=description,
                chapters=(number,),
                pages=(f"book/{stem}.html", f"notebooks/{stem}.html", PORTFOLIO_PAGE),
                minutes=minutes,
                scored=any(d.type in scored_types for d in definitions),
                edition=catalog.edition,
                identifier=f"{identifier}-hoofdstuk-{number:02d}",
            )
        )
    pages = ["book/index.html"]  # the landing page (the root index.html only redirects there)
    for chapter in catalog.chapters.values():
        stem = Path(chapter.notebook).stem
        pages += [f"book/{stem}.html", f"notebooks/{stem}.html"]
    found.append(
        Package(
            name="boek",
            title=title,
            description=learner.LMS_BOOK_DESCRIPTION,
            chapters=tuple(catalog.chapters),
            pages=(*pages, PORTFOLIO_PAGE),
            minutes=sum(package.minutes for package in found),
            scored=any(package.scored for package in found),
            edition=catalog.edition,
            identifier=f"{identifier}-boek",
        )
    )
    return found


def inside(base: str, url: str) -> str | None:
    """The path in the built book that ``url`` (on the page ``base``) points to, or None when it
    is not a file of the book (another host, a scheme, only a fragment)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(base), parts.path))
    return None if path.startswith("..") else path


def relative(base: str, path: str) -> str:
    return posixpath.relpath(path, posixpath.dirname(base) or ".")


class Copier:
    """The package's files, taken from the built book ``html``: pages rewritten, the rest as is."""

    def __init__(self, html: Path, package: Package, version: str, online: str) -> None:
        self.html = html
        self.package = package
        self.version = version
        self.online = online
        self.files: dict[str, bytes] = {}

    def need(self, path: str) -> None:
        if path in self.files:
            return
        source = self.html / path
        if not source.is_file():
            raise PackageError(f"{self.package.name}: {path} is missing in {self.html} (build the book first)")
        data = source.read_bytes()
        self.files[path] = data
        if path.endswith(".css"):
            for url in CSS_URL.findall(data.decode("utf-8")):
                found = inside(path, url)
                if found and not url.startswith("data:"):
                    self.need(found)

    def page(self, path: str) -> None:
        import lxml.html

        source = self.html / path
        if not source.is_file():
            raise PackageError(f"{self.package.name}: the page {path} is missing in {self.html}")
        document = lxml.html.document_fromstring(source.read_bytes())
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in ("href", "src", "action"):
                value = element.get(attribute)
                if value is None:
                    continue
                target = inside(path, value)
                if target is None:
                    continue
                fetched = FETCHED.get(element.tag) == attribute or (
                    element.tag == "link" and FETCHED_LINKS & set((element.get("rel") or "").split())
                )
                if fetched or (element.tag == "a" and not target.endswith(".html") and (self.html / target).is_file()):
                    self.need(target)
                elif target not in self.package.pages:
                    element.set(attribute, urljoin(self.online, target) + fragment(value))
                    if element.tag in ("a", "form"):
                        element.set("target", "_blank")
                        element.set("rel", "noopener")
            if element.tag == "script" and element.get("id") == AFTER_PAINT:
                element.text = self.after_paint(path, json.loads(element.text or "[]"))
        self.files[path] = lxml.html.tostring(document, doctype="<!DOCTYPE html>", encoding="utf-8")

    def after_paint(self, path: str, scripts: list[dict]) -> str:
        """The page's after-paint scripts, each file taken in; a page with exercises also loads the
        book's catalog and then the platform's script."""
        for script in scripts:
            for key in ("src", "data-catalog", "data-portfolio-script"):
                target = inside(path, script.get(key, ""))
                if target:
                    self.need(target)
        if any(PAGE_SCRIPT in script.get("src", "") for script in scripts):
            self.need(CATALOG_SCRIPT)
            self.need(LMS_SCRIPT)
            scripts = [
                *scripts,
                {"src": relative(path, CATALOG_SCRIPT)},
                {
                    "src": relative(path, LMS_SCRIPT),
                    "data-lms-version": self.version,
                    "data-lms-chapters": " ".join(str(number) for number in self.package.chapters),
                },
            ]
        return json_for_script(json.dumps(scripts, ensure_ascii=False))

    def launch(self) -> None:
        self.need(LMS_SCRIPT)
        text = (
            templates()
            .get_template("launch.html")
            .render(
                title=self.package.title,
                texts=learner,
                launch=self.package.pages[0],
                script=LMS_SCRIPT,
                version=self.version,
            )
        )
        self.files[LAUNCH] = text.encode("utf-8")


def fragment(url: str) -> str:
    parts = urlsplit(url)
    return f"#{parts.fragment}" if parts.fragment else ""


def schemas(version: str) -> dict[str, bytes]:
    """The XML schemas a manifest of ``version`` names, for the package's root (as ADL's packages do)."""
    folder = XSD / VERSIONS[version]
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.xsd"))}


def contents(html: Path, package: Package, version: str, online: str) -> dict[str, bytes]:
    """Every file of the package (path: bytes), the manifest included."""
    copier = Copier(html, package, version, online)
    for page in package.pages:
        copier.page(page)
    copier.launch()
    if (html / SWITCHER).is_file():
        copier.need(SWITCHER)
    files = dict(sorted(copier.files.items()))
    listed = replace(package, files=(LAUNCH, *(name for name in files if name != LAUNCH)))
    template = "manifest12.xml" if version == "1.2" else "manifest2004.xml"
    made = {"imsmanifest.xml": templates().get_template(template).render(package=listed, passing=PASSING)}
    if version == "1.2":  # SCORM 1.2 keeps the metadata in a file of its own (the manifest's adlcp:location)
        made["metadata.xml"] = templates().get_template("metadata12.xml").render(package=listed)
    return {**{name: text.encode("utf-8") for name, text in made.items()}, **schemas(version), **files}


def archive(files: Mapping[str, bytes | str]) -> bytes:
    """A zip of ``files`` (name: content, in that order), the same bytes on every build: fixed
    times, Unix permissions whatever system builds it (the packages and the question banks)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            zipped.writestr(entry, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(archive(files))
    return path


def write_packages(html: Path, catalog: Catalog, book: Path, title: str, online: str, folder: Path) -> list[Path]:
    """Every package of the book, in both versions, into ``folder``; a manifest that does not
    validate against its schemas (:mod:`coursekit.lms.validate`) stops it. (The metadata file of
    SCORM 1.2 is not validated: libxml2 cannot compile IMS Metadata 1.2.1's schema.)"""
    from .validate import validate

    written = []
    for package in plan(catalog, book, title):
        for version in VERSIONS:
            files = contents(html, package, version, online)
            problems = validate(files["imsmanifest.xml"], VERSIONS[version])
            if problems:
                raise PackageError(f"{package.file_name(version)}: the manifest is not valid: {problems[:3]}")
            written.append(write_zip(folder / package.file_name(version), files))
    return written
