"""The learner's answers: one JSON file that survives crashes, two kernels and corruption.

Its format is ``schemas/store.schema.json``::

    {"format": "coursekit-antwoorden", "schema_version": 1,
     "answers": {"<exercise id>": {"exercise_id", "chapter", "type", "value", "updated_at"}}}

* Writes are atomic: a temporary file in the same folder, fsync, ``os.replace``. A symlinked store
  (say into a synced folder) is written where the link points, so the link stays.
* Every change takes an exclusive ``fcntl`` lock (``<store>.lock``), re-reads the file and changes
  only its own entries, so two notebooks open at once (two kernels, two processes) never drop each
  other's answers, whatever the resolution of the file system's clock.
* A file that is not valid JSON or not ours is never overwritten: it is renamed to
  ``<name>.beschadigd-<timestamp>.json`` and the learner is told where it is. A file of an older
  format version is migrated, after a copy is kept as ``<name>.versie-<n>-<timestamp>.json``, and
  the learner is told once. A copy is written as a temporary file first: a copy that exists is
  whole. Where the file cannot be rewritten (a read-only folder, a full disk) the answers are shown,
  migrated in memory, the file is left as it was, and the learner is told why saving fails there.
* A file whose arrays and objects nest deeper than ``MAX_DEPTH`` is not ours: it is set aside
  before it is parsed.
* Reads take no lock: ``os.replace`` makes every read see a whole file.
* An entry this version cannot read is kept as it is and reported; it is never dropped.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from . import schemas
from .answers import Answer, InvalidAnswer, check_exercise_id
from .schemas.compose import MAX_DEPTH
from .schemas.compose import STORE_FORMAT as FORMAT
from .schemas.compose import STORE_VERSION as SCHEMA_VERSION
from .schemas.depth import text_too_deep
from .texts import common, learner

try:
    import fcntl
except ImportError:  # Windows: no cross-process lock; atomic writes still hold
    fcntl = None  # type: ignore[assignment]

SET_ASIDE_MARK = "beschadigd"
VERSION_MARK = "versie"
BACKUP_MARK = "kopie"  # a copy kept before an import replaces an answer this version cannot read
STALE_TEMPORARY_SECONDS = 3600  # a temporary file this old is left from an interrupted save


def _to_version_2(document: dict) -> dict:
    """Version 2: every answer records its edition and the version of its question ("": unknown)."""
    answers = {
        key: {**entry, "edition": "", "definition": ""} if isinstance(entry, dict) else entry
        for key, entry in document["answers"].items()
    }
    return {**document, "schema_version": 2, "answers": answers}


# Migrations from format version n to n + 1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _to_version_2}


class StoreError(Exception):
    """Saving failed; the message is Dutch and tells the learner what to do."""


class _Unreadable(Exception):
    """The file exists but is not a store of ours."""


class MergeStatus(Enum):
    ADDED = "added"
    UPDATED = "updated"
    KEPT_LOCAL = "kept_local"
    UNCHANGED = "unchanged"
    REPLACED_UNREADABLE = "replaced_unreadable"  # the local entry could not be read; a copy was kept


@dataclass(frozen=True)
class MergeOutcome:
    answer: Answer
    status: MergeStatus
    local: Answer | None
    backup: Path | None = None  # where the file was copied before an unreadable entry was replaced


def describe_os_error(error: OSError) -> str:
    """A short Dutch reason for a failed file operation."""
    name = errno.errorcode.get(error.errno or 0, "")
    return common.OS_ERRORS.get(name) or common.OS_ERROR_OTHER.format(error=error.strerror or error)


def _empty_document() -> dict:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "answers": {}}


def decide(local: Answer | None, incoming: Answer) -> MergeStatus:
    """The merge rule of both front ends: the newer answer wins; equal answers are left alone."""
    if local is None:
        return MergeStatus.ADDED
    if (local.type, local.value) == (incoming.type, incoming.value):
        return MergeStatus.UNCHANGED
    if incoming.moment > local.moment:
        return MergeStatus.UPDATED
    return MergeStatus.KEPT_LOCAL


def _version(document: object) -> int | None:
    """The format version of a store of ours, or None when the document is not one."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None
    return version


class AnswerStore:
    """All answers of one learner, in one JSON file."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.notices: list[str] = []  # Dutch messages the learner should see
        self._parsed: tuple[tuple[int, ...], dict] | None = None  # (file identity, document): lock-free reads
        self._raw: tuple[bytes, dict] | None = None  # (file content, document): a writer's re-read
        self._encoded: dict[str, tuple[dict, str]] = {}  # exercise id -> (entry, its JSON): skip re-encoding

    @property
    def target(self) -> Path:
        """The file itself: where a symlinked store points."""
        return Path(os.path.realpath(self.path))

    @property
    def lock_path(self) -> Path:
        return self.target.with_name(self.target.name + ".lock")

    # --- reading ---------------------------------------------------------------

    def get(self, exercise_id: str) -> Answer | None:
        check_exercise_id(exercise_id)
        return self._parse_entry(exercise_id, self._document()["answers"].get(exercise_id))

    def answers(self) -> dict[str, Answer]:
        """Every readable answer, by exercise id (unreadable entries are reported, and kept)."""
        parsed = {key: self._parse_entry(key, entry) for key, entry in self._document()["answers"].items()}
        return {key: answer for key, answer in parsed.items() if answer is not None}

    def set_aside_files(self) -> list[Path]:
        """Earlier answer files that were set aside as damaged."""
        target = self.target
        prefix = f"{target.stem}.{SET_ASIDE_MARK}-"
        try:
            names = os.listdir(target.parent)
        except OSError:
            return []
        return sorted(
            target.parent / name for name in names if name.startswith(prefix) and name.endswith(target.suffix)
        )

    # --- writing ---------------------------------------------------------------

    def save(self, answer: Answer) -> Answer:
        """Store one answer; raises :class:`StoreError` (Dutch) if the disk refuses."""

        def change(document: dict) -> bool:
            document["answers"][answer.exercise_id] = answer.to_dict()
            return True

        self._update(change)
        return answer

    def merge(self, incoming: Iterable[Answer]) -> list[MergeOutcome]:
        """Add imported answers; a local answer is only replaced by a newer one."""
        outcomes: list[MergeOutcome] = []
        changed = (MergeStatus.ADDED, MergeStatus.UPDATED, MergeStatus.REPLACED_UNREADABLE)

        def change(document: dict) -> bool:
            entries = document["answers"]
            backup: Path | None = None
            for answer in incoming:
                raw = entries.get(answer.exercise_id)
                local = self._parse_entry(answer.exercise_id, raw, report=False)
                status = decide(local, answer)
                if raw is not None and local is None:  # never replace what we cannot read without a copy
                    if backup is None:
                        backup = self._copy_aside(BACKUP_MARK)
                    status = MergeStatus.REPLACED_UNREADABLE
                if status in changed:
                    entries[answer.exercise_id] = answer.to_dict()
                outcomes.append(
                    MergeOutcome(answer, status, local, backup if status is MergeStatus.REPLACED_UNREADABLE else None)
                )
            return any(o.status in changed for o in outcomes)

        self._update(change)
        return outcomes

    # --- internals -------------------------------------------------------------

    def _notice(self, text: str) -> None:
        if text not in self.notices:
            self.notices.append(text)

    def _parse_entry(self, key: str, entry: object, *, report: bool = True) -> Answer | None:
        if entry is None:
            return None
        try:
            answer = Answer.from_dict(entry)
            if answer.exercise_id != key:
                raise InvalidAnswer(learner.STORE_ID_MISMATCH.format(found=answer.exercise_id))
        except InvalidAnswer as problem:
            if report:
                self._notice(learner.STORE_BAD_ENTRY.format(exercise_id=key, reason=problem))
            return None
        return answer

    def _read(self, *, cached: bool) -> dict:
        """The parsed file. ``cached``: reuse the last parse if the file looks unchanged (lock-free
        reads only: a coarse file-system clock can hide a change). Writers always re-read the bytes
        and parse them again unless they are exactly the bytes parsed last time."""
        try:
            with open(self.path, "rb") as file:
                status = os.fstat(file.fileno())
                identity = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
                if cached and self._parsed is not None and self._parsed[0] == identity:
                    return self._parsed[1]
                raw = file.read()
        except FileNotFoundError:
            return _empty_document()
        if self._raw is not None and self._raw[0] == raw:
            self._parsed = (identity, self._raw[1])
            return self._raw[1]
        try:
            text = raw.decode("utf-8-sig")  # a byte-order mark (Notepad) is fine
            if text_too_deep(text):  # before anything recurses into it (MAX_DEPTH)
                raise _Unreadable(learner.STORE_TOO_DEEP.format(depth=MAX_DEPTH))
            document = json.loads(text)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise _Unreadable(learner.STORE_BAD_JSON) from None
        version = _version(document)
        if version is None or version > SCHEMA_VERSION or not isinstance(document.get("answers"), dict):
            raise _Unreadable(learner.STORE_FOREIGN_DATA)
        if version < SCHEMA_VERSION:
            return document  # migrated by the writer, under the lock
        if not schemas.is_valid("store", {**document, "answers": {}}):
            raise _Unreadable(learner.STORE_FOREIGN_DATA)
        self._parsed = (identity, document)
        self._raw = (raw, document)
        return document

    def _document(self) -> dict:
        """Read without a lock; a damaged file is set aside and an old one migrated (under the lock)."""
        try:
            document = self._read(cached=True)
            if document["schema_version"] == SCHEMA_VERSION:
                return document
        except _Unreadable:
            pass
        except OSError as error:
            self._notice(learner.READ_FAILED.format(path=self.path, reason=describe_os_error(error)))
            return _empty_document()
        try:
            with self._locked():
                return self._current()
        except OSError as error:
            reason = describe_os_error(error)
            try:
                document = self._read(cached=False)
            except (_Unreadable, OSError):
                self._notice(learner.STORE_SET_ASIDE_FAILED.format(path=self.path, reason=reason))
                return _empty_document()
            if document["schema_version"] == SCHEMA_VERSION:  # migrated meanwhile by another process
                return document
            # An older version that cannot be rewritten here (a read-only folder, a full disk): the
            # answers are shown, migrated in memory, and the file is left exactly as it was.
            self._notice(learner.STORE_MIGRATION_FAILED.format(path=self.path, reason=reason))
            return self._migrated(document)

    def _current(self) -> dict:
        """Call with the lock held: the file as it is now, set aside if damaged, migrated if old."""
        try:
            document = self._read(cached=False)
        except _Unreadable:
            aside = self._free_name(SET_ASIDE_MARK)
            os.rename(self.target, aside)
            self._notice(learner.STORE_SET_ASIDE.format(path=self.path, aside=aside))
            return _empty_document()
        if document["schema_version"] < SCHEMA_VERSION:
            document = self._migrate(document)
        return document

    @staticmethod
    def _migrated(document: dict) -> dict:
        """An older store brought to the current version, in memory."""
        version = document["schema_version"]
        while version < SCHEMA_VERSION:
            document = MIGRATIONS[version](document)
            version += 1
        return {**document, "schema_version": SCHEMA_VERSION}

    def _migrate(self, document: dict) -> dict:
        """Bring an older store to the current version, after keeping a whole copy of the file; the
        learner is told once, with where the copy is. Raises OSError, leaving the file as it was."""
        copy = self._copy_aside(f"{VERSION_MARK}-{document['schema_version']}")
        try:
            document = self._migrated(document)
            self._write(document)
        except BaseException:
            with suppress(OSError):
                os.unlink(copy)  # the file itself is unchanged: the copy would only confuse
            raise
        self._notice(learner.STORE_MIGRATED.format(path=self.path, copy=copy))
        return document

    def _copy_aside(self, mark: str) -> Path:
        """A copy of the file under a free name; written as a temporary file first, so a copy that
        exists is whole (a full disk leaves nothing behind). Raises OSError."""
        destination = self._free_name(mark)
        handle, temporary = tempfile.mkstemp(dir=self.target.parent, prefix=self._temporary_prefix(), suffix=".tmp")
        try:
            with open(self.target, "rb") as source, os.fdopen(handle, "wb") as file:
                shutil.copyfileobj(source, file)
                file.flush()
                os.fsync(file.fileno())
            shutil.copystat(self.target, temporary)
            os.replace(temporary, destination)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        return destination

    def _free_name(self, mark: str) -> Path:
        target = self.target
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        base = f"{target.stem}.{mark}-{stamp}"
        candidate = target.with_name(base + target.suffix)
        number = 2
        while candidate.exists():
            candidate = target.with_name(f"{base}-{number}{target.suffix}")
            number += 1
        return candidate

    def _update(self, change: Callable[[dict], bool]) -> None:
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            with self._locked():
                current = self._current()
                document = {**current, "answers": dict(current["answers"])}  # readers may hold `current`
                if change(document):
                    self._write(document)
                self._remove_stale_temporaries()
        except OSError as error:
            raise StoreError(learner.SAVE_FAILED.format(reason=describe_os_error(error))) from error

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.lock_path, "a+b") as handle:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            yield  # closing the file releases the lock

    def _encode(self, document: dict) -> bytes:
        """The file text: one answer per line; unchanged answers are not encoded again."""
        encoded = {}
        for key, entry in document["answers"].items():
            known = self._encoded.get(key)
            encoded[key] = (entry, known[1] if known and known[0] is entry else json.dumps(entry, ensure_ascii=False))
        self._encoded = encoded
        lines = ",\n".join(f"{json.dumps(key)}: {text}" for key, (_, text) in encoded.items())
        return (f'{{"format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "answers": {{\n{lines}\n}}}}\n').encode()

    def _temporary_prefix(self) -> str:
        return f".{self.target.name}."

    def _write(self, document: dict) -> None:
        data = self._encode(document)
        target = self.target
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=self._temporary_prefix(), suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
                status = os.fstat(file.fileno())
            os.replace(temporary, target)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        self._parsed = ((status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns), document)
        self._raw = (data, document)
        self._sync_folder()

    def _remove_stale_temporaries(self) -> None:
        """Temporary files left by saves that were killed half-way (call with the lock held)."""
        prefix, now = self._temporary_prefix(), time.time()
        with suppress(OSError):
            for entry in os.scandir(self.target.parent):
                if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                    with suppress(OSError):
                        if now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMPORARY_SECONDS:
                            os.unlink(entry.path)

    def _sync_folder(self) -> None:
        """Make the rename itself durable (best effort: not every file system allows it)."""
        with suppress(OSError):
            folder = os.open(self.target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
