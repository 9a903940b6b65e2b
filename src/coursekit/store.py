"""The learner's answers: one JSON file that survives crashes, two kernels and corruption.

File format::

    {"format": "coursekit-antwoorden", "schema_version": 1,
     "answers": {"<exercise id>": {"exercise_id", "chapter", "type", "value", "updated_at"}}}

* Writes are atomic: a temporary file in the same folder, fsync, ``os.replace``.
* Every change takes an exclusive ``fcntl`` lock (``<store>.lock``), re-reads the
  file and changes only its own entries, so two notebooks open at once (two
  kernels, two processes) never drop each other's answers.
* A file that is not valid JSON or not ours is never overwritten: it is renamed
  to ``<name>.beschadigd-<timestamp>.json`` and the learner is told where it is.
* Reads take no lock: ``os.replace`` makes every read see a whole file.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import messages
from .answers import Answer, InvalidAnswer, check_exercise_id

try:
    import fcntl
except ImportError:  # Windows: no cross-process lock; atomic writes still hold
    fcntl = None  # type: ignore[assignment]

FORMAT = "coursekit-antwoorden"
SCHEMA_VERSION = 1
SET_ASIDE_MARK = "beschadigd"


class StoreError(Exception):
    """Saving failed; the message is Dutch and tells the learner what to do."""


class _Unreadable(Exception):
    """The file exists but is not a store of ours."""


class MergeStatus(Enum):
    ADDED = "added"
    UPDATED = "updated"
    KEPT_LOCAL = "kept_local"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class MergeOutcome:
    answer: Answer
    status: MergeStatus
    local: Answer | None


def describe_os_error(error: OSError) -> str:
    """A short Dutch reason for a failed file operation."""
    name = errno.errorcode.get(error.errno or 0, "")
    return messages.OS_ERRORS.get(name) or messages.OS_ERROR_OTHER.format(error=error.strerror or error)


def _identity(status: os.stat_result) -> tuple[int, ...]:
    """Changes whenever the file is replaced (a new inode) or rewritten."""
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def _empty_document() -> dict:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "answers": {}}


def _decide(local: Answer | None, incoming: Answer) -> MergeStatus:
    if local is None:
        return MergeStatus.ADDED
    if (local.type, local.value) == (incoming.type, incoming.value):
        return MergeStatus.UNCHANGED
    if incoming.moment > local.moment:
        return MergeStatus.UPDATED
    return MergeStatus.KEPT_LOCAL


class AnswerStore:
    """All answers of one learner, in one JSON file."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.notices: list[str] = []  # Dutch messages the learner should see
        self._parsed: tuple[tuple[int, ...], dict] | None = None  # (file identity, document): skip re-parsing
        self._encoded: dict[str, tuple[dict, str]] = {}  # exercise id -> (entry, its JSON): skip re-encoding

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

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
        pattern = f"{self.path.stem}.{SET_ASIDE_MARK}-*{self.path.suffix}"
        return sorted(self.path.parent.glob(pattern))

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

        def change(document: dict) -> bool:
            entries = document["answers"]
            for answer in incoming:
                local = self._parse_entry(answer.exercise_id, entries.get(answer.exercise_id), report=False)
                status = _decide(local, answer)
                if status in (MergeStatus.ADDED, MergeStatus.UPDATED):
                    entries[answer.exercise_id] = answer.to_dict()
                outcomes.append(MergeOutcome(answer, status, local))
            return any(o.status in (MergeStatus.ADDED, MergeStatus.UPDATED) for o in outcomes)

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
                raise InvalidAnswer(messages.STORE_ID_MISMATCH.format(found=answer.exercise_id))
        except InvalidAnswer as problem:
            if report:
                self._notice(messages.STORE_BAD_ENTRY.format(exercise_id=key, reason=problem))
            return None
        return answer

    def _read(self) -> dict:
        """The parsed file, re-parsed only when it changed (written by another kernel). Do not mutate."""
        try:
            with open(self.path, "rb") as file:
                identity = _identity(os.fstat(file.fileno()))
                if self._parsed is not None and self._parsed[0] == identity:
                    return self._parsed[1]
                raw = file.read()
        except FileNotFoundError:
            return _empty_document()
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise _Unreadable(messages.STORE_BAD_JSON) from None
        if not (
            isinstance(document, dict)
            and document.get("format") == FORMAT
            and document.get("schema_version") == SCHEMA_VERSION
            and isinstance(document.get("answers"), dict)
        ):
            raise _Unreadable(messages.STORE_FOREIGN_DATA)
        self._parsed = (identity, document)
        return document

    def _document(self) -> dict:
        """Read without a lock; a damaged file is set aside (under the lock)."""
        try:
            return self._read()
        except _Unreadable:
            pass
        except OSError as error:
            self._notice(messages.READ_FAILED.format(reason=describe_os_error(error)))
            return _empty_document()
        try:
            with self._locked():
                return self._read_or_set_aside()
        except OSError as error:
            self._notice(messages.STORE_SET_ASIDE_FAILED.format(path=self.path, reason=describe_os_error(error)))
            return _empty_document()

    def _read_or_set_aside(self) -> dict:
        """Call with the lock held."""
        try:
            return self._read()
        except _Unreadable:
            aside = self._free_aside_name()
            os.rename(self.path, aside)
            self._notice(messages.STORE_SET_ASIDE.format(path=self.path, aside=aside))
            return _empty_document()

    def _free_aside_name(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        base = f"{self.path.stem}.{SET_ASIDE_MARK}-{stamp}"
        candidate = self.path.with_name(base + self.path.suffix)
        number = 2
        while candidate.exists():
            candidate = self.path.with_name(f"{base}-{number}{self.path.suffix}")
            number += 1
        return candidate

    def _update(self, change: Callable[[dict], bool]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._locked():
                current = self._read_or_set_aside()
                document = {**current, "answers": dict(current["answers"])}  # readers may hold `current`
                if change(document):
                    self._write(document)
        except OSError as error:
            raise StoreError(messages.SAVE_FAILED.format(reason=describe_os_error(error))) from error

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
        return (f'{{"format": "{FORMAT}", "schema_version": {SCHEMA_VERSION}, "answers": {{\n'
                f"{lines}\n}}}}\n").encode("utf-8")

    def _write(self, document: dict) -> None:
        data = self._encode(document)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
                identity = _identity(os.fstat(file.fileno()))
            os.replace(temporary, self.path)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        self._parsed = (identity, document)
        self._sync_folder()

    def _sync_folder(self) -> None:
        """Make the rename itself durable (best effort: not every file system allows it)."""
        with suppress(OSError):
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
