"""The portfolio export's data and its constants, and the reader the class overview in a notebook uses.

The portfolio is written and read in JavaScript (``page/portfolio.js``: the page and the notebook's
panel). This reader stays for the teacher's class overview in a notebook (:mod:`coursekit.classview`),
until that runs the page's too; ``tests/page/test_parity.py`` keeps both readers equal.

The data is ``schemas/portfolio-export.schema.json``. It travels three ways:

* JSON: the data alone;
* HTML: ``<script type="application/json" id="coursekit-portfolio">`` (a data block that never
  runs; ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc.) in a page whose
  Content-Security-Policy forbids every script;
* Markdown: a final ``<!-- coursekit-portfolio:BASE64 -->`` comment.

:func:`read_export` reads all three. The version rule: the current version is read; an older one is migrated forward
(:data:`MIGRATIONS`); a newer one, or a version that is not a whole number from 1 up, is refused.
A problem is an :class:`ExportProblem` with a :class:`Problem` kind; each audience words it.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from ..answers import Answer, InvalidAnswer, clean_text, parse_time
from ..schemas.compose import EXPORT_FORMAT as PAYLOAD_FORMAT
from ..schemas.compose import EXPORT_VERSION as PAYLOAD_VERSION
from ..schemas.compose import STORE_FORMAT
from ..schemas.depth import looks_like_container, text_too_deep
from ..texts import learner

HTML_DATA_ID = "coursekit-portfolio"
MAX_EXPORT_BYTES = 20 * 1024 * 1024  # a real export is well under 1 MB
MAX_NAME_LENGTH = 200
_HTML_DATA = re.compile(rf'<script type="application/json" id="{HTML_DATA_ID}">(.*?)</script>', re.DOTALL)
EDITION_NAME = re.compile(r"\d{4}-\d{4}")
_MD_DATA = re.compile(r"<!-- coursekit-portfolio:([A-Za-z0-9+/=\s]*?) -->")


def _to_version_2(document: dict) -> dict:
    """Version 2: the export and every answer in it record their edition, each answer the version of
    its question ("": unknown)."""
    entries = document.get("answers")
    if isinstance(entries, list):
        entries = [
            {**entry, "edition": "", "definition": ""} if isinstance(entry, dict) else entry for entry in entries
        ]
    return {**document, "schema_version": 2, "edition": "", "answers": entries}


# Migrations of the data from format version n to n + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _to_version_2}


class Problem(Enum):
    TOO_LARGE = "too_large"
    NOT_REGULAR = "not_regular"  # a pipe, a device, a folder: never read
    ZIP = "zip"
    NOT_TEXT = "not_text"
    NOT_EXPORT = "not_export"  # no trace of an export
    EDITED = "edited"  # the readable part of an export without its data (saved again in Word, say)
    DAMAGED_DATA = "damaged_data"
    DAMAGED_VERSION = "damaged_version"
    DAMAGED_ANSWERS = "damaged_answers"
    TOO_DEEP = "too_deep"  # arrays or objects nested deeper than MAX_DEPTH: refused before parsing
    STORE_FILE = "store_file"  # a learner's antwoorden.json, not an export
    OTHER_JSON = "other_json"
    NEWER = "newer"


class ExportProblem(ValueError):
    """A file that is not a usable export: ``kind`` says why (and ``version`` for a newer one)."""

    def __init__(self, kind: Problem, version: int | None = None):
        super().__init__(kind.value)
        self.kind = kind
        self.version = version


@dataclass(frozen=True)
class ParsedExport:
    """The content of one export."""

    name: str
    exported_at: datetime | None
    answers: dict[str, Answer]  # the newest answer per exercise
    problems: tuple[str, ...] = ()  # a Dutch reason for each answer that could not be read
    version: int = PAYLOAD_VERSION  # the format version the file was written in
    edition: str = ""  # the edition of the book it was exported from ("" when unknown)

    @property
    def unreadable(self) -> int:
        return len(self.problems)


# --- Reading -------------------------------------------------------------------------------------


def embedded_payload(text: str) -> str | None:
    """The JSON text of the data block in an HTML or Markdown export; None if there is no block.

    The HTML block wins over a Markdown block; of several Markdown blocks the last one counts (ours
    is at the very end). Raises ``binascii.Error`` or ``UnicodeDecodeError`` for a broken block.
    """
    found = _HTML_DATA.search(text)
    if found:
        return found.group(1)
    blocks = _MD_DATA.findall(text)
    if blocks:
        return base64.b64decode("".join(blocks[-1].split()), validate=True).decode("utf-8")
    return None


def _find_payload(text: str) -> object:
    """The export's data. Nesting is checked on the JSON text before it is parsed (MAX_DEPTH, the
    page counts the same): no reader ever recurses deeper than that."""
    if looks_like_container(text) and text_too_deep(text):
        raise ExportProblem(Problem.TOO_DEEP)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        embedded = embedded_payload(text)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ExportProblem(Problem.DAMAGED_DATA) from None
    if embedded is not None:
        if text_too_deep(embedded):
            raise ExportProblem(Problem.TOO_DEEP)
        try:
            return json.loads(embedded)
        except (ValueError, RecursionError):
            raise ExportProblem(Problem.DAMAGED_DATA) from None
    if HTML_DATA_ID in text:  # our marker, but the data block is gone or cut
        raise ExportProblem(Problem.DAMAGED_DATA)
    if learner.PORTFOLIO_TITLE in text:
        raise ExportProblem(Problem.EDITED)
    raise ExportProblem(Problem.NOT_EXPORT)


def _migrated(document: dict) -> tuple[dict, int]:
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExportProblem(Problem.DAMAGED_VERSION)
    if version > PAYLOAD_VERSION:
        raise ExportProblem(Problem.NEWER, version)
    original = version
    while version < PAYLOAD_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    return document, original


def read_export(data: bytes) -> ParsedExport:
    """Read one export (HTML, Markdown or JSON); raises :class:`ExportProblem` if it is not usable."""
    if len(data) > MAX_EXPORT_BYTES:
        raise ExportProblem(Problem.TOO_LARGE)
    if data[:4] == b"PK\x03\x04":
        raise ExportProblem(Problem.ZIP)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExportProblem(Problem.NOT_TEXT) from None
    if "\x00" in text:
        raise ExportProblem(Problem.NOT_TEXT)
    document = _find_payload(text)
    if not isinstance(document, dict):
        raise ExportProblem(Problem.OTHER_JSON)
    if document.get("format") == STORE_FORMAT:
        raise ExportProblem(Problem.STORE_FILE)
    if document.get("format") != PAYLOAD_FORMAT:
        raise ExportProblem(Problem.OTHER_JSON)
    document, version = _migrated(document)
    entries = document.get("answers")
    if not isinstance(entries, list):
        raise ExportProblem(Problem.DAMAGED_ANSWERS)
    answers: dict[str, Answer] = {}
    problems = []
    for entry in entries:
        try:
            answer = Answer.from_dict(entry)
        except InvalidAnswer as problem:
            problems.append(str(problem))
            continue
        known = answers.get(answer.exercise_id)
        if known is None or answer.moment > known.moment:
            answers[answer.exercise_id] = answer
    name = document.get("name")
    name = " ".join(clean_text(name).split())[:MAX_NAME_LENGTH] if isinstance(name, str) else ""
    try:
        exported_at: datetime | None = parse_time(document.get("exported_at"))
    except InvalidAnswer:
        exported_at = None
    found = document.get("edition")
    edition_name = found if isinstance(found, str) and EDITION_NAME.fullmatch(found) else ""
    return ParsedExport(name, exported_at, answers, tuple(problems), version, edition_name)
