"""Is a translation in step with the Dutch? The messages it lacks, named by page and paragraph.

A message is *missing* when the Dutch source has it and the catalog has no translation for it (a new
or changed paragraph: sphinx-intl marks a changed one fuzzy, a new one empty), and *fuzzy* when its
translation waits for review. Both fall back to Dutch on the page, so the English edition must have
none: ``make test`` fails on the first, with a sentence per message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

# An image's own message (``.. image:: <file>``): the picture is the same in every language (only its
# alt text, a message of its own, is translated). Left empty on purpose: Sphinx treats an image
# whose file message is "translated" as done and would then keep its Dutch alt text.
IMAGE_FILE = ".. image::"


def needs_translation(dutch: str) -> bool:
    return bool(dutch) and not dutch.startswith(IMAGE_FILE)


@dataclass(frozen=True)
class Gap:
    catalog: str  # its path under locale/<lang>/LC_MESSAGES, e.g. book/05-corona.po
    where: str  # the Dutch source and line: book/05-corona.md:42
    dutch: str
    kind: str  # "missing" or "fuzzy"

    def sentence(self) -> str:
        start = re.sub(r"\s+", " ", self.dutch).strip()
        start = start if len(start) <= 70 else start[:67] + "…"
        if self.kind == "fuzzy":
            return (
                f"{self.where}: de Nederlandse tekst is veranderd en de vertaling is nog niet nagekeken "
                f"(fuzzy in {self.catalog}): “{start}”"
            )
        return f"{self.where}: geen vertaling in {self.catalog}: “{start}”"


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def _where(locations: Sequence[tuple[str, int | None]], fallback: str) -> str:
    if not locations:
        return fallback
    file, line = locations[0]
    return f"{file}:{line}" if line else str(file)


def gaps(templates: Path, translations: Path) -> list[Gap]:
    """Each message of the templates (``*.pot`` under ``templates``) that ``translations`` lacks."""
    found: list[Gap] = []
    for template_path in sorted(templates.rglob("*.pot")):
        relative = template_path.relative_to(templates).with_suffix(".po")
        po_path = translations / relative
        translated = _read(po_path) if po_path.is_file() else Catalog()
        for message in _read(template_path):
            if not needs_translation(str(message.id)):
                continue
            entry = translated.get(message.id, context=message.context)
            where = _where(message.locations, relative.as_posix())
            if entry is None or not entry.string:
                found.append(Gap(relative.as_posix(), where, str(message.id), "missing"))
            elif entry.fuzzy:
                found.append(Gap(relative.as_posix(), where, str(message.id), "fuzzy"))
    return found


def unreviewed(translations: Path) -> list[Gap]:
    """Each message of the catalogs themselves that is empty or fuzzy."""
    found: list[Gap] = []
    for po_path in sorted(translations.rglob("*.po")):
        relative = po_path.relative_to(translations).as_posix()
        for message in _read(po_path):
            if needs_translation(str(message.id)) and (not message.string or message.fuzzy):
                kind = "fuzzy" if message.fuzzy and message.string else "missing"
                found.append(Gap(relative, _where(message.locations, relative), str(message.id), kind))
    return found


# --- The lecture in the other language ---------------------------------------------------------

_MARKUP = re.compile(r"[*>`]|^\s*(?:[-•]|\d+\.)\s+")
TRANSLATION_MARK = "(translation:"


def _plain(text: str) -> str:
    text = text.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip().rstrip(":").strip()


def lecture_lines(lecture: str, shortest: int = 12) -> set[str]:
    """The lecture's lines (list markers and emphasis left out) long enough to be a quotation."""
    return {plain for line in lecture.splitlines() if len(plain := _plain(line)) >= shortest}


def lecture_put_into_english(translations: Path, lecture: str) -> list[str]:
    """Messages that are the lecture's words whose translation does not keep the Dutch beside a
    marked translation: the book never puts English words in the lecturer's mouth."""
    lines = lecture_lines(lecture)
    problems = []
    for po_path in sorted(translations.rglob("*.po")):
        for message in _read(po_path):
            if not message.id or not message.string or _plain(str(message.id)) not in lines:
                continue
            kept = _plain(str(message.id)) in _plain(str(message.string))
            as_is = _plain(str(message.id)) == _plain(str(message.string))  # already English on the slide
            if not as_is and (not kept or TRANSLATION_MARK not in str(message.string)):
                where = _where(message.locations, po_path.name)
                problems.append(
                    f"{where}: tekst uit het college, maar de vertaling houdt het Nederlands niet met "
                    f"“{TRANSLATION_MARK} …)” ernaast: “{message.string}”"
                )
    return problems
