"""What only the kernel can do for the class overview: list the teacher's folder and read its files safely.

:func:`read_folder` never raises and never hangs. A problem with the folder itself ends up in
``Folder.problem``; a file that is not read gets a Dutch reason (``FolderFile.problem``, texts in
:mod:`coursekit.texts.teacher`), and the overview names the file with it. Only regular files
inside the folder are read: a named pipe, a device, or a link to one or to a file outside the
folder is not, and of each file at most :data:`MAX_FILE_BYTES`. Everything else (which file is an
export, who is who, counting, charts, the report) is the class page's JavaScript
(:mod:`coursekit.classpage`), which gets the files as they are here.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..formatting import decimal
from ..portfolio.format import MAX_EXPORT_BYTES
from ..store import describe_os_error
from ..texts import teacher

MAX_FILES = 2000  # a folder with more exports is probably the wrong folder (the page: the same)
MAX_FILE_BYTES = MAX_EXPORT_BYTES  # one export (the page: the same)
# Files listed: the exports and what a platform adds beside them (the page drops those; then at
# most MAX_FILES remain). Bytes read together: a class is about 25 MB.
MAX_LISTED = 10_000
MAX_TOTAL_BYTES = 500 * 1024 * 1024
IGNORED_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}
# Extensions shown when names are hidden (the page) and kept in the static form (widget.py); any
# other could be the end of a learner's name.
COMMON_SUFFIXES = {".html", ".htm", ".md", ".json", ".txt", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".zip", ".csv"}
MEGABYTE = 1024 * 1024


class Refused(Exception):
    """A file the overview does not read, with the Dutch reason."""


@dataclass(frozen=True)
class FolderFile:
    """One file: its path in the folder (POSIX; bytes that are not UTF-8 shown as '�'), and its
    bytes, or why it was not read."""

    path: str
    data: bytes | None = None
    problem: str = ""


@dataclass(frozen=True)
class Folder:
    """What the kernel found in the folder the teacher named."""

    folder: str  # as the teacher typed it
    files: tuple[FolderFile, ...] = ()
    problem: str = ""  # missing, not a folder, unreadable, empty


def read_file(path: Path, inside: Path | None = None) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; :class:`Refused` or OSError otherwise.

    Opened without blocking (a named pipe would wait forever for a writer) and checked on the open
    file, so a link to a device or a pipe is refused too; reading stops after the limit. ``inside``:
    the folder the file (after following links) must be in.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise Refused(teacher.SKIP_NOT_REGULAR)
        if inside is not None and path.is_symlink() and not path.resolve().is_relative_to(inside.resolve()):
            raise Refused(teacher.SKIP_LINK_OUTSIDE)
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise Refused(teacher.SKIP_TOO_LARGE.format(size=decimal(MAX_FILE_BYTES / MEGABYTE)))
    return data


def _raise(error: OSError) -> None:
    raise error


def listing(folder: Path) -> list[str]:
    """Files under ``folder`` (relative, POSIX, sorted); hidden files and system clutter left out.
    Links to folders are not followed."""
    found = []
    for directory, subfolders, names in os.walk(folder, onerror=_raise):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and d.lower() not in IGNORED_NAMES)
        for name in names:
            if name.startswith(".") or name.lower() in IGNORED_NAMES:
                continue
            found.append((Path(directory) / name).relative_to(folder).as_posix())
            if len(found) >= MAX_LISTED:
                return sorted(found, key=lambda n: (n.casefold(), n))
    return sorted(found, key=lambda n: (n.casefold(), n))


def shown(relative: str) -> str:
    """A path as text that can always be shown and sent: bytes that are not UTF-8 become '�'."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_folder(folder: str | Path, base: Path | None = None) -> Folder:
    """List ``folder`` (relative to ``base``, default: the current folder) and read its files."""
    typed = str(folder).strip() or "."
    base = base or Path.cwd()
    path = Path(typed).expanduser()
    path = path if path.is_absolute() else base / path
    try:
        if not path.exists():
            return Folder(typed, problem=teacher.FOLDER_MISSING.format(folder=typed, base=base))
        if not path.is_dir():
            return Folder(typed, problem=teacher.FOLDER_NOT_DIR.format(folder=typed))
        names = listing(path)
    except OSError as error:
        return Folder(typed, problem=teacher.FOLDER_UNREADABLE.format(folder=typed, reason=describe_os_error(error)))
    if not names:
        return Folder(typed, problem=teacher.FOLDER_EMPTY.format(folder=typed))
    files = []
    total = 0
    for name in names:
        if total > MAX_TOTAL_BYTES:
            reason = teacher.SKIP_FOLDER_TOO_BIG.format(size=round(MAX_TOTAL_BYTES / MEGABYTE))
            files.append(FolderFile(shown(name), problem=reason))
            continue
        try:
            data = read_file(path / name, path)
        except Refused as refused:
            files.append(FolderFile(shown(name), problem=str(refused)))
        except OSError as error:
            reason = teacher.SKIP_UNREADABLE.format(reason=describe_os_error(error))
            files.append(FolderFile(shown(name), problem=reason))
        else:
            total += len(data)
            files.append(FolderFile(shown(name), data))
    return Folder(typed, tuple(files))
