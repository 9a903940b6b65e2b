"""Class overview, step 1: read a teacher's folder of portfolio exports and check every file.

:func:`read_class` never raises: a folder problem ends up in ``ClassData.problem``, an unusable
file in ``ClassData.skipped`` (with a Dutch reason), a usable file with a remark in
``ClassData.notes``. Learners get anonymous letters ("Cursist A") in an order that does not follow
their names. The exports themselves are read by :func:`coursekit.portfolio.format.read_export`,
the same reader the learner's import uses. Only regular files are read, and at most
:data:`MAX_FILE_BYTES` of each: a pipe, a device or a link to one cannot hang or flood the overview.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..answers import Answer
from ..formatting import decimal
from ..portfolio.format import MAX_EXPORT_BYTES, PAYLOAD_VERSION, ExportProblem, ParsedExport, Problem, read_export
from ..schemas.compose import MAX_DEPTH
from ..store import describe_os_error
from ..texts import teacher
from .layouts import Student, student_of

MAX_FILES = 2000  # a folder with more files is probably the wrong folder
MAX_FILE_BYTES = MAX_EXPORT_BYTES
# Extensions shown when names are hidden; any other could be the end of a learner's name.
COMMON_SUFFIXES = {".html", ".htm", ".md", ".json", ".txt", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".zip", ".csv"}
IGNORED_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}


def skip_reason(problem: ExportProblem) -> str:
    """Why the class overview does not use a file, for the teacher."""
    kind = problem.kind
    if kind is Problem.NEWER:
        return teacher.SKIP_NEWER.format(version=problem.version, current=PAYLOAD_VERSION)
    if kind is Problem.NOT_REGULAR:
        return teacher.SKIP_NOT_REGULAR
    if kind is Problem.TOO_LARGE:
        return teacher.SKIP_TOO_LARGE.format(size=decimal(MAX_FILE_BYTES / 1024 / 1024))
    damaged = {
        Problem.DAMAGED_DATA: teacher.DAMAGED_DATA,
        Problem.DAMAGED_VERSION: teacher.DAMAGED_VERSION,
        Problem.DAMAGED_ANSWERS: teacher.DAMAGED_ANSWERS,
        Problem.TOO_DEEP: teacher.DAMAGED_DEPTH.format(depth=MAX_DEPTH),
    }
    if kind in damaged:
        return teacher.SKIP_DAMAGED.format(detail=damaged[kind])
    return {
        Problem.ZIP: teacher.SKIP_ZIP,
        Problem.NOT_TEXT: teacher.SKIP_NOT_TEXT,
        Problem.NOT_EXPORT: teacher.SKIP_NOT_EXPORT,
        Problem.EDITED: teacher.SKIP_EDITED,
        Problem.STORE_FILE: teacher.SKIP_STORE_FILE,
        Problem.OTHER_JSON: teacher.SKIP_OTHER_JSON,
    }[kind]


def parse_export(data: bytes) -> ParsedExport:
    """Read one export; raises :class:`ExportProblem` (whose :func:`skip_reason` is Dutch)."""
    return read_export(data)


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; OSError or ExportProblem otherwise.

    Opened without blocking (a named pipe would wait forever for a writer) and checked on the open
    file, so a link to a device or a pipe is refused too; reading stops after the limit.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise ExportProblem(Problem.NOT_REGULAR)
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ExportProblem(Problem.TOO_LARGE)
    return data


@dataclass(frozen=True)
class ExportFile:
    """One file in the folder: its path relative to the folder and its place in sorted order."""

    relative: str
    number: int
    student: Student | None = None  # the platform student the file belongs to (layouts.py)

    @property
    def suffix(self) -> str:
        """The extension when it is a common one; any other may be part of a name ("Piet.Jansen")."""
        suffix = Path(self.relative).suffix.lower()
        if not suffix:
            return teacher.NO_SUFFIX
        return suffix if suffix in COMMON_SUFFIXES else teacher.OTHER_SUFFIX

    @property
    def shown_name(self) -> str:
        """The path as text that can always be shown: bytes that are not UTF-8 become '�'."""
        return self.relative.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def reference(self, show_names: bool) -> str:
        if show_names:
            return teacher.FILE_SHOWN.format(name=self.shown_name)
        return teacher.FILE_HIDDEN.format(number=self.number, suffix=self.suffix)


@dataclass(frozen=True)
class Learner:
    """One learner: the export used for the overview and its answers."""

    letters: str  # "A", "B", ..., "AA"
    name: str
    file: ExportFile
    exported_at: datetime | None
    answers: dict[str, Answer]
    edition: str = ""  # the edition of the book the export was made in ("" when unknown)

    @property
    def shown_name(self) -> str:
        """The name the export gives, else the one the platform gives."""
        return self.name or (self.file.student.label if self.file.student else "")

    def label(self, show_names: bool) -> str:
        if show_names:
            return teacher.LEARNER_WITH_NAME.format(letters=self.letters, name=self.shown_name or teacher.NO_NAME)
        return teacher.LEARNER.format(letters=self.letters)


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
    sides: int = 0  # files the platform adds itself (not read)


def _listing(folder: Path) -> list[str]:
    """Files under ``folder`` (relative, POSIX, sorted); hidden files and system clutter left out."""
    found = []
    for directory, subfolders, names in os.walk(folder, onerror=_raise):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and d.lower() not in IGNORED_NAMES)
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
            return ClassData(shown, problem=teacher.FOLDER_MISSING.format(folder=shown, base=base))
        if not path.is_dir():
            return ClassData(shown, problem=teacher.FOLDER_NOT_DIR.format(folder=shown))
        names = _listing(path)
    except OSError as error:
        return ClassData(shown, problem=teacher.FOLDER_UNREADABLE.format(folder=shown, reason=describe_os_error(error)))
    if not names:
        return ClassData(shown, problem=teacher.FOLDER_EMPTY.format(folder=shown))
    found = [(name, *student_of(name)) for name in names]
    # The files a platform adds itself are not a learner's: Blackboard's text per attempt, and
    # Brightspace's index.html in a folder that holds its submissions.
    brightspace = [name for name, student, _ in found if student and student.platform == "brightspace"]
    files: list[ExportFile] = []
    sides = 0
    for name, student, side in found:
        is_index = not student and name.split("/")[-1] == "index.html"
        if side or (is_index and any(path.startswith(name[: -len("index.html")]) for path in brightspace)):
            sides += 1
            continue
        files.append(ExportFile(name, len(files) + 1, student))
    truncated = len(files) > MAX_FILES
    files = files[:MAX_FILES]
    if not files:
        return ClassData(shown, problem=teacher.FOLDER_EMPTY.format(folder=shown))

    skipped: list[Skipped] = []
    parsed: list[tuple[ExportFile, ParsedExport]] = []
    for file in files:
        try:
            parsed.append((file, read_export(read_file(path / file.relative))))
        except ExportProblem as problem:
            skipped.append(Skipped(file, skip_reason(problem)))
        except OSError as error:
            skipped.append(Skipped(file, teacher.SKIP_UNREADABLE.format(reason=describe_os_error(error))))

    # Group the exports of one learner. THE RULE (layouts.py): the platform's student id when the
    # layout gives one; only without it the same name, or (without a name) the very same answers.
    named: dict[str, list[tuple[ExportFile, ParsedExport]]] = {}
    by_fingerprint: dict[str, str] = {}
    for file, export in parsed:
        key = file.student.key if file.student else "naam:" + _identity(export.name) if export.name else None
        if key is None:
            continue
        named.setdefault(key, []).append((file, export))
        if export.answers:
            by_fingerprint.setdefault(_fingerprint(export.answers), key)
    for file, export in parsed:
        if file.student or export.name:
            continue
        fingerprint = _fingerprint(export.answers)
        key = by_fingerprint.get(fingerprint, "antwoorden:" + fingerprint) if export.answers else f"leeg:{file.number}"
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
            skipped.append(Skipped(file, teacher.SKIP_SAME_EXPORT if same else teacher.SKIP_DUPLICATE, key, kept_file))
    # The letters follow a hash of each learner's key, salted with the content of all exports:
    # someone with the class list cannot work out who is who, and the letters stay the same for as
    # long as the exports in the folder stay the same.
    salt = hashlib.sha256("".join(sorted(_fingerprint(e.answers) + e.name for _, _, e in chosen)).encode("utf-8"))
    order = sorted(chosen, key=lambda item: hashlib.sha256(salt.digest() + item[0].encode("utf-8")).hexdigest())
    learners = []
    letter_of = {}
    for index, (key, file, export) in enumerate(order):
        letter_of[key] = letters(index)
        learners.append(Learner(letters(index), export.name, file, export.exported_at, export.answers, export.edition))
        if export.unreadable:
            notes.append(Note(file, teacher.NOTE_BAD_ANSWERS.format(count=export.unreadable)))
        if not export.answers:
            notes.append(Note(file, teacher.NOTE_EMPTY))
        if not export.name and not file.student:
            notes.append(Note(file, teacher.NOTE_NO_NAME))
    seen: dict[str, Learner] = {}
    seen_names: dict[str, Learner] = {}
    for learner in sorted(learners, key=lambda item: item.file.number):
        if learner.answers:
            fingerprint = _fingerprint(learner.answers)
            if fingerprint in seen:
                notes.append(Note(learner.file, teacher.NOTE_SAME_ANSWERS, seen[fingerprint].file))
            else:
                seen[fingerprint] = learner
        # Two platform students whose exports carry the same name: both count, the teacher checks.
        if learner.file.student and learner.name:
            name = _identity(learner.name)
            if name in seen_names:
                notes.append(Note(learner.file, teacher.NOTE_SAME_NAME, seen_names[name].file))
            else:
                seen_names[name] = learner
    skipped = [Skipped(s.file, s.reason, letter_of.get(s.learner, ""), s.kept) for s in skipped]
    skipped.sort(key=lambda s: s.file.number)
    notes.sort(key=lambda n: n.file.number)
    nobody = "" if learners else teacher.NO_LEARNERS.format(folder=shown)
    return ClassData(shown, tuple(files), tuple(learners), tuple(skipped), tuple(notes), nobody, truncated, sides)
