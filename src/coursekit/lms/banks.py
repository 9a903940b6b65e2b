"""The book's knowledge checks (``multiple_choice``) as question banks for a platform's quiz tool.

``write_banks(catalog, folder)`` writes, per chapter that has knowledge checks and for the whole book:

- ``hoofdstuk-06-kennisvragen-qti.zip`` / ``boek-kennisvragen-qti.zip``: a QTI 1.2 package, shaped
  like Canvas's own export of a question bank, which Canvas imports as "QTI .zip file" (other
  platforms that import QTI 1.2 read the same manifest; only Canvas's importer was read for this):
  ``imsmanifest.xml`` (IMS CP 1.1, one resource of type ``imsqti_xmlv1p2``) and the bank itself, a
  ``questestinterop`` with one ``objectbank`` (templates ``qti12-manifest.xml``, ``qti12-bank.xml``);
- ``hoofdstuk-06-kennisvragen-moodle.xml`` / ``boek-kennisvragen-moodle.xml``: Moodle XML, with a
  category per chapter under one for the book (template ``moodle-bank.xml``).

Each question is named by its exercise id (item ident, Moodle's ID number, the end of its name),
which stays the same across editions: a question has the same ID in every edition's bank. Texts are
plain text, exactly as in the definitions, feedback included: its opening verdict ("Goed.", "Nog
niet.", "Deels.") stays, although the platform shows its own verdict too, because whether a platform
shows its verdict is up to the teacher's quiz settings, and "Deels." says more than the platform's
"incorrect". Zips are reproducible (:func:`coursekit.lms.package.archive`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..definitions import Catalog
from ..exercise_types.multiple_choice import MultipleChoice
from ..texts import teacher
from .markup import templates
from .package import archive


@dataclass(frozen=True)
class Bank:
    ident: str  # "hoofdstuk-06-kennisvragen", "boek-kennisvragen": file names and identifiers
    title: str
    categories: tuple[tuple[str, tuple[MultipleChoice, ...]], ...]  # Moodle's category path, questions

    @property
    def questions(self) -> tuple[MultipleChoice, ...]:
        return tuple(question for _, questions in self.categories for question in questions)


def banks(catalog: Catalog) -> list[Bank]:
    """A bank per chapter with knowledge checks, in book order, then the book's (if it has any)."""
    book = teacher.BANK_BOOK.format(edition=catalog.edition).strip()
    by_chapter: dict[int, list[MultipleChoice]] = {}
    for definition in catalog.definitions.values():
        if isinstance(definition, MultipleChoice):
            by_chapter.setdefault(definition.chapter, []).append(definition)
    chapters = []
    for number, questions in sorted(by_chapter.items()):
        title = catalog.chapters[number].title
        name = teacher.BANK_CHAPTER.format(chapter=number, title=title)
        path = "/".join(("$course$/top", book.replace("/", "//"), name.replace("/", "//")))
        chapters.append(
            Bank(
                f"hoofdstuk-{number:02d}-kennisvragen",
                teacher.BANK_BOOK_CHAPTER.format(book=book, chapter=name),
                ((path, tuple(questions)),),
            )
        )
    if not chapters:
        return []
    return [*chapters, Bank("boek-kennisvragen", book, tuple(c for bank in chapters for c in bank.categories))]


def qti_package(bank: Bank) -> bytes:
    """The QTI 1.2 package (a zip) of ``bank``."""
    file = f"{bank.ident}.xml"
    files = {
        "imsmanifest.xml": templates().get_template("qti12-manifest.xml").render(bank=bank, file=file),
        file: templates().get_template("qti12-bank.xml").render(bank=bank),
    }
    return archive(dict(sorted(files.items())))


def moodle_xml(bank: Bank) -> bytes:
    """``bank`` in Moodle XML."""
    return templates().get_template("moodle-bank.xml").render(bank=bank).encode("utf-8")


def write_banks(catalog: Catalog, folder: Path) -> list[Path]:
    """Write every bank of ``catalog`` into ``folder`` (see the module docstring); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for bank in banks(catalog):
        for path, content in (
            (folder / f"{bank.ident}-qti.zip", qti_package(bank)),
            (folder / f"{bank.ident}-moodle.xml", moodle_xml(bank)),
        ):
            path.write_bytes(content)
            written.append(path)
    return written
