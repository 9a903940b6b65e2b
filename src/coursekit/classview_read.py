"""Class overview, step 1: read a teacher's folder of portfolio exports and check every file.

:func:`read_class` never raises: a folder problem ends up in ``ClassData.problem``, an unusable
file in ``ClassData.skipped`` (with a Dutch reason), a usable file with a remark in
``ClassData.notes``. Learners get anonymous letters ("Cursist A") in an order that does not follow
their names. The export formats themselves are read by :mod:`coursekit.exporters`.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Mapping

from .answers import Answer
from .exporters import PAYLOAD_FORMAT, PAYLOAD_VERSION, embedded_payload
from .formatting import decimal
from .messages import (  # the Dutch texts: section "Class overview for teachers" in messages.py
    CLASSVIEW_FOLDER_MISSING as FOLDER_MISSING,
    CLASSVIEW_FOLDER_NOT_DIR as FOLDER_NOT_DIR,
    CLASSVIEW_FOLDER_UNREADABLE as FOLDER_UNREADABLE,
    CLASSVIEW_FOLDER_EMPTY as FOLDER_EMPTY,
    CLASSVIEW_NO_LEARNERS as NO_LEARNERS,
    CLASSVIEW_SKIP_NOT_EXPORT as SKIP_NOT_EXPORT,
    CLASSVIEW_SKIP_EDITED as SKIP_EDITED,
    CLASSVIEW_SKIP_ZIP as SKIP_ZIP,
    CLASSVIEW_SKIP_TOO_LARGE as SKIP_TOO_LARGE,
    CLASSVIEW_SKIP_UNREADABLE as SKIP_UNREADABLE,
    CLASSVIEW_SKIP_NOT_TEXT as SKIP_NOT_TEXT,
    CLASSVIEW_SKIP_STORE_FILE as SKIP_STORE_FILE,
    CLASSVIEW_SKIP_OTHER_JSON as SKIP_OTHER_JSON,
    CLASSVIEW_SKIP_DAMAGED as SKIP_DAMAGED,
    CLASSVIEW_DAMAGED_DATA as DAMAGED_DATA,
    CLASSVIEW_DAMAGED_VERSION as DAMAGED_VERSION,
    CLASSVIEW_DAMAGED_ANSWERS as DAMAGED_ANSWERS,
    CLASSVIEW_SKIP_OLDER as SKIP_OLDER,
    CLASSVIEW_SKIP_NEWER as SKIP_NEWER,
    CLASSVIEW_SKIP_DUPLICATE as SKIP_DUPLICATE,
    CLASSVIEW_SKIP_SAME_EXPORT as SKIP_SAME_EXPORT,
    CLASSVIEW_NOTE_BAD_ANSWERS as NOTE_BAD_ANSWERS,
    CLASSVIEW_NOTE_EMPTY as NOTE_EMPTY,
    CLASSVIEW_NOTE_NO_NAME as NOTE_NO_NAME,
    CLASSVIEW_NOTE_SAME_ANSWERS as NOTE_SAME_ANSWERS,
    CLASSVIEW_FILE_HIDDEN as FILE_HIDDEN,
    CLASSVIEW_FILE_SHOWN as FILE_SHOWN,
    CLASSVIEW_NO_SUFFIX as NO_SUFFIX,
    CLASSVIEW_LEARNER as LEARNER,
    CLASSVIEW_LEARNER_WITH_NAME as LEARNER_WITH_NAME,
    CLASSVIEW_NO_NAME as NO_NAME,
)
from .messages import PORTFOLIO_TITLE
from .store import FORMAT as STORE_FORMAT
from .store import describe_os_error


MAX_FILES = 2000  # a folder with more files is probably the wrong folder
MAX_FILE_BYTES = 20 * 1024 * 1024
IGNORED_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}


class ExportProblem(ValueError):
    """A file that cannot be used; the message (Dutch) says why."""


@dataclass(frozen=True)
class ParsedExport:
    """The content of one export file."""

    name: str
    exported_at: datetime | None
    answers: dict[str, Answer]
    unreadable: int = 0  # answers that did not pass the checks of coursekit.answers


def _find_payload(text: str) -> object:
    """The exported data in a JSON, HTML or Markdown export (read with coursekit.exporters)."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        embedded = embedded_payload(text)
        if embedded is not None:
            return json.loads(embedded)
    except (ValueError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_DATA)) from None
    if "coursekit-portfolio" in text:  # our marker, but the data block is gone or cut
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_DATA))
    if PORTFOLIO_TITLE in text:  # the readable part of an export, without its data
        raise ExportProblem(SKIP_EDITED)
    raise ExportProblem(SKIP_NOT_EXPORT)


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def parse_export(data: bytes) -> ParsedExport:
    """Read one export (HTML, Markdown or JSON). Raises :class:`ExportProblem` (Dutch) if unusable."""
    if data[:4] == b"PK\x03\x04":
        raise ExportProblem(SKIP_ZIP)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExportProblem(SKIP_NOT_TEXT) from None
    if "\x00" in text:
        raise ExportProblem(SKIP_NOT_TEXT)
    try:
        payload = _find_payload(text)
    except RecursionError:
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_DATA)) from None
    if not isinstance(payload, dict):
        raise ExportProblem(SKIP_OTHER_JSON)
    if payload.get("format") == STORE_FORMAT:
        raise ExportProblem(SKIP_STORE_FILE)
    if payload.get("format") != PAYLOAD_FORMAT:
        raise ExportProblem(SKIP_OTHER_JSON)
    version = payload.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_VERSION))
    if version < PAYLOAD_VERSION:
        raise ExportProblem(SKIP_OLDER.format(version=version, current=PAYLOAD_VERSION))
    if version > PAYLOAD_VERSION:
        raise ExportProblem(SKIP_NEWER.format(version=version, current=PAYLOAD_VERSION))
    entries = payload.get("answers")
    if not isinstance(entries, list):
        raise ExportProblem(SKIP_DAMAGED.format(detail=DAMAGED_ANSWERS))
    answers: dict[str, Answer] = {}
    unreadable = 0
    for entry in entries:
        try:
            answer = Answer.from_dict(entry)
        except (ValueError, TypeError, RecursionError):  # InvalidAnswer is a ValueError
            unreadable += 1
            continue
        known = answers.get(answer.exercise_id)
        if known is None or answer.moment > known.moment:
            answers[answer.exercise_id] = answer
    name = payload.get("name")
    name = " ".join(name.split())[:200] if isinstance(name, str) else ""
    return ParsedExport(name, _moment(payload.get("exported_at")), answers, unreadable)


@dataclass(frozen=True)
class ExportFile:
    """One file in the folder: its path relative to the folder and its place in sorted order."""

    relative: str
    number: int

    @property
    def suffix(self) -> str:
        return Path(self.relative).suffix.lower() or NO_SUFFIX

    def reference(self, show_names: bool) -> str:
        if show_names:
            return FILE_SHOWN.format(name=self.relative)
        return FILE_HIDDEN.format(number=self.number, suffix=self.suffix)


@dataclass(frozen=True)
class Learner:
    """One learner: the export used for the overview and its answers."""

    letters: str  # "A", "B", ..., "AA"
    name: str
    file: ExportFile
    exported_at: datetime | None
    answers: dict[str, Answer]

    def label(self, show_names: bool) -> str:
        if show_names:
            return LEARNER_WITH_NAME.format(letters=self.letters, name=self.name or NO_NAME)
        return LEARNER.format(letters=self.letters)


@dataclass(frozen=True)
class Skipped:
    """A file that does not count; ``reason`` may contain {learner}/{kept} references to fill in."""

    file: ExportFile
    reason: str
    learner: str = ""  # letters of the learner it belongs to (duplicates)
    kept: ExportFile | None = None


@dataclass(frozen=True)
class Note:
    """A remark on a file that does count."""

    file: ExportFile
    text: str
    other: ExportFile | None = None


@dataclass(frozen=True)
class ClassData:
    """Everything read from one folder."""

    folder: str
    files: tuple[ExportFile, ...] = ()
    learners: tuple[Learner, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[Note, ...] = ()
    problem: str = ""  # a folder-level problem (missing, empty, nothing usable)
    truncated: bool = False


def _listing(folder: Path) -> list[str]:
    """Files under ``folder`` (relative, POSIX, sorted); hidden files and system clutter left out."""
    found = []
    for directory, subfolders, names in os.walk(folder, onerror=_raise):
        subfolders[:] = sorted(d for d in subfolders
                               if not d.startswith(".") and d.lower() not in IGNORED_NAMES)
        for name in names:
            if name.startswith(".") or name.lower() in IGNORED_NAMES:
                continue
            found.append((Path(directory) / name).relative_to(folder).as_posix())
    return sorted(found, key=lambda n: (n.casefold(), n))


def _raise(error: OSError) -> None:
    raise error


def _identity(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _fingerprint(answers: Mapping[str, Answer]) -> str:
    data = json.dumps([answers[key].to_dict() for key in sorted(answers)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def letters(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (like spreadsheet columns)."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def read_class(folder: str | Path, base: Path | None = None) -> ClassData:
    """Read and check every file in ``folder`` (relative to ``base``, default: the current folder).

    Never raises: problems with the folder end up in ``ClassData.problem``, problems with a file
    in ``ClassData.skipped`` (not used) or ``ClassData.notes`` (used, with a remark).
    """
    shown = str(folder).strip() or "."
    base = base or Path.cwd()
    path = Path(shown).expanduser()
    path = path if path.is_absolute() else base / path
    try:
        if not path.exists():
            return ClassData(shown, problem=FOLDER_MISSING.format(folder=shown, base=base))
        if not path.is_dir():
            return ClassData(shown, problem=FOLDER_NOT_DIR.format(folder=shown))
        names = _listing(path)
    except OSError as error:
        return ClassData(shown, problem=FOLDER_UNREADABLE.format(folder=shown, reason=describe_os_error(error)))
    if not names:
        return ClassData(shown, problem=FOLDER_EMPTY.format(folder=shown))
    truncated = len(names) > MAX_FILES
    files = tuple(ExportFile(name, number) for number, name in enumerate(names[:MAX_FILES], start=1))

    skipped: list[Skipped] = []
    parsed: list[tuple[ExportFile, ParsedExport]] = []
    for file in files:
        try:
            size = (path / file.relative).stat().st_size
            if size > MAX_FILE_BYTES:
                raise ExportProblem(SKIP_TOO_LARGE.format(size=decimal(size / 1024 / 1024)))
            data = (path / file.relative).read_bytes()
            parsed.append((file, parse_export(data)))
        except ExportProblem as problem:
            skipped.append(Skipped(file, str(problem)))
        except OSError as error:
            skipped.append(Skipped(file, SKIP_UNREADABLE.format(reason=describe_os_error(error))))

    # Group exports of the same learner: same name, or (without a name) the very same answers.
    named: dict[str, list[tuple[ExportFile, ParsedExport]]] = {}
    by_fingerprint: dict[str, str] = {}
    for file, export in parsed:
        if export.name:
            key = "naam:" + _identity(export.name)
            named.setdefault(key, []).append((file, export))
            if export.answers:
                by_fingerprint.setdefault(_fingerprint(export.answers), key)
    for file, export in parsed:
        if not export.name:
            fingerprint = _fingerprint(export.answers)
            key = (by_fingerprint.get(fingerprint, "antwoorden:" + fingerprint) if export.answers
                   else f"leeg:{file.number}")
            named.setdefault(key, []).append((file, export))

    def newest_first(item: tuple[ExportFile, ParsedExport]):
        file, export = item
        stamp = export.exported_at.timestamp() if export.exported_at else float("-inf")
        return (-stamp, -len(export.answers), 0 if export.name else 1, file.number)

    notes: list[Note] = []
    chosen: list[tuple[str, ExportFile, ParsedExport]] = []
    for key, group in named.items():
        group.sort(key=newest_first)
        kept_file, kept = group[0]
        chosen.append((key, kept_file, kept))
        for file, export in group[1:]:
            same = _fingerprint(export.answers) == _fingerprint(kept.answers)
            skipped.append(Skipped(file, SKIP_SAME_EXPORT if same else SKIP_DUPLICATE, key, kept_file))
    # The letters follow a hash of each learner's key, salted with the content of all exports:
    # someone with the class list cannot work out who is who, and the letters stay the same for as
    # long as the exports in the folder stay the same.
    salt = hashlib.sha256("".join(sorted(_fingerprint(e.answers) + e.name for _, _, e in chosen)).encode("utf-8"))
    order = sorted(chosen, key=lambda item: hashlib.sha256(salt.digest() + item[0].encode("utf-8")).hexdigest())
    learners = []
    letter_of = {}
    for index, (key, file, export) in enumerate(order):
        letter_of[key] = letters(index)
        learners.append(Learner(letters(index), export.name, file, export.exported_at, export.answers))
        if export.unreadable:
            notes.append(Note(file, NOTE_BAD_ANSWERS.format(count=export.unreadable)))
        if not export.answers:
            notes.append(Note(file, NOTE_EMPTY))
        if not export.name:
            notes.append(Note(file, NOTE_NO_NAME))
    seen: dict[str, Learner] = {}
    for learner in sorted(learners, key=lambda l: l.file.number):
        if not learner.answers:
            continue
        fingerprint = _fingerprint(learner.answers)
        if fingerprint in seen:
            notes.append(Note(learner.file, NOTE_SAME_ANSWERS, seen[fingerprint].file))
        else:
            seen[fingerprint] = learner
    skipped = [Skipped(s.file, s.reason, letter_of.get(s.learner, ""), s.kept) for s in skipped]
    skipped.sort(key=lambda s: s.file.number)
    notes.sort(key=lambda n: n.file.number)
    problem = "" if learners else NO_LEARNERS.format(folder=shown)
    return ClassData(shown, files, tuple(learners), tuple(skipped), tuple(notes), problem, truncated)
