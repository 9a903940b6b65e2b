"""The offline copies of an edition: what they are called, how the landing page lists them.

One place for the four downloads (a PDF of the whole book, an EPUB, the website as a zip that
works from ``file://``, and for teachers the SCORM packages and question banks, ``coursekit.lms``),
used by the ``edities`` Sphinx extension (the ``{downloads}`` directive on
the landing page) and by ``scripts/downloads.py`` (which makes them and fills in their sizes).

Every language of the book has its own copies, so one release holds them all side by side: the
Dutch (the source language) are ``opgavegericht-werken-<editie><suffix>``, another language's carry
its code before the suffix: ``opgavegericht-werken-2026-2027-en.pdf``,
``opgavegericht-werken-2026-2027-en-website.zip`` (:func:`file_name`).

The landing page's list is written at build time without sizes, between two HTML comments
(:data:`BEGIN` and :data:`END`); ``scripts/downloads.py`` renders the same template again with the
sizes of the files it made and puts it between the markers. Nobody types a size by hand.
No Sphinx import here: the scripts use this module outside a build.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from coursekit.i18n import SOURCE_LANGUAGE
from coursekit.texts import book

TEMPLATES = Path(__file__).with_name("edities_templates")
FOLDER = "download"  # in the built site: download/<file>
MANIFEST = "downloads.json"  # in that folder: what was made, with sizes
STEM = "opgavegericht-werken"
ANCHOR = "download-het-boek"  # the landing page's section with the list (its id in every language)
BEGIN = "<!-- downloads:begin -->"
END = "<!-- downloads:end -->"
_jinja = Environment(
    loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]), keep_trailing_newline=True
)


@dataclass(frozen=True)
class Kind:
    key: str  # "pdf", "epub", "zip"
    format: str  # what the reader sees as the format
    title: str
    description: str
    suffix: str  # file name after "<stem>-<edition>" (and "-<lang>" in another language than Dutch)


KINDS = tuple(
    Kind(kind, label, book.DOWNLOAD_TITLES[kind], book.DOWNLOAD_DESCRIPTIONS[kind], suffix)
    for kind, label, suffix in (
        ("pdf", "PDF", ".pdf"),
        ("epub", "EPUB", ".epub"),
        ("zip", "ZIP", "-website.zip"),
        ("lms", "ZIP", "-leeromgeving.zip"),
    )
)


def file_name(kind: Kind, slot: str, lang: str = SOURCE_LANGUAGE) -> str:
    """``opgavegericht-werken-2026-2027.pdf``; ``slot`` is the edition's name (or "ontwikkeling"),
    ``lang`` the language of the build: ``opgavegericht-werken-2026-2027-en.pdf`` in English."""
    language = "" if lang == SOURCE_LANGUAGE else f"-{lang}"
    return f"{STEM}-{slot}{language}{kind.suffix}"


def human_size(size: int, lang: str = SOURCE_LANGUAGE) -> str:
    """A size as Dutch readers write it: "850 kB", "12,3 MB" (decimal units, as browsers show);
    with a decimal point in English: "12.3 MB"."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    megabytes = f"{size / 1_000_000:.1f}"
    return (megabytes.replace(".", ",") if lang == SOURCE_LANGUAGE else megabytes) + " MB"


def items(slot: str, manifest: dict | None, link_base: str | None, lang: str = SOURCE_LANGUAGE) -> list[dict]:
    """What the template shows per download. Without a manifest (nothing made yet): no links."""
    made = {entry["kind"]: entry for entry in (manifest or {}).get("files", [])}
    shown = []
    for kind in KINDS:
        entry = made.get(kind.key)
        shown.append(
            {
                "key": kind.key,
                "format": kind.format,
                "title": kind.title,
                "description": kind.description,
                "href": f"{link_base}{entry['file']}" if entry and link_base is not None else None,
                "size": human_size(entry["bytes"], lang) if entry else None,
                "pages": entry.get("pages") if entry else None,
                "file": entry["file"] if entry else file_name(kind, slot, lang),
            }
        )
    return shown


def render(
    slot: str,
    online: str,
    manifest: dict | None = None,
    link_base: str | None = None,
    lang: str = SOURCE_LANGUAGE,
) -> str:
    """The list of downloads between the markers. ``online``: the landing page's address on the
    published site (for the note on paper); ``link_base``: what goes before each file name in
    the links ("../download/" on the site, the published address in the zip's copy); ``lang``: the
    build's language (the file names; the texts are the process's, ``$COURSEKIT_LANG``)."""
    body = _jinja.get_template("downloads.html").render(
        downloads=items(slot, manifest, link_base, lang), made=bool(manifest), online=online, texts=book
    )
    return f"{BEGIN}{body}{END}"


def fill(page: str, fragment: str) -> str:
    """``page`` with the part between the markers replaced by ``fragment`` (which has them too)."""
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.DOTALL)
    if len(pattern.findall(page)) != 1:
        raise ValueError("de pagina heeft geen (of meer dan één) lijst met downloads")
    return pattern.sub(lambda _match: fragment, page)


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
