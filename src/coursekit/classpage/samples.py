"""Zips as the learning platforms' bulk downloads lay them out, and hostile zips, for trying and testing
the class page (and for its benchmark)::

    python -m coursekit.classpage.samples OUT [--folder notebooks/docent/voorbeeld-exports] [--hostile]

writes ``moodle.zip``, ``canvas.zip``, ``brightspace.zip`` and ``blackboard.zip`` with the exports of
the folder (each learner a student of the platform; a file that is no export goes with the first
learner, as a stray upload would), and with ``--hostile`` one zip per hostile case.

The layouts follow the sources named in ``coursekit/classview/layouts.py`` (the platforms' own code
for Moodle and Canvas, tools that read real downloads for Brightspace and Blackboard); every
recognised variant has a fixture in ``tests/page/layoutfixtures.py``. Student numbers, user
names and submission ids here are made up.
"""

from __future__ import annotations

import argparse
import io
import re
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..portfolio.format import ExportProblem, read_export

SAMPLES_IN_REPO = Path("notebooks") / "docent" / "voorbeeld-exports"
SAMPLES = Path(__file__).resolve().parents[3] / SAMPLES_IN_REPO
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FALLBACK_MOMENT = datetime(2026, 11, 15, 20, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Submission:
    """One file a student handed in."""

    student: int  # 1, 2, ...: the platform's order of its students
    name: str  # the student's name on the platform
    filename: str
    data: bytes
    moment: datetime


def submissions(folder: Path = SAMPLES) -> list[Submission]:
    """Every file of ``folder`` as a submission of the student whose name its export carries."""
    found: list[tuple[str, str, bytes, datetime | None]] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        data = path.read_bytes()
        try:
            export = read_export(data)
            found.append((export.name, path.name, data, export.exported_at))
        except ExportProblem:
            found.append(("", path.name, data, None))
    names = list(dict.fromkeys(name for name, _, _, _ in found if name))
    first = names[0] if names else "Student"
    return [
        Submission(names.index(name or first) + 1, name or first, filename, data, moment or FALLBACK_MOMENT)
        for name, filename, data, moment in found
    ]


def _zip(files: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


def moodle(items: list[Submission]) -> bytes:
    """mod/assign/classes/downloader.php: "<full name>_<participant id>_assignsubmission_file/<file>"."""
    return _zip(
        (f"{item.name.replace('_', ' ')}_{1000 + item.student}_assignsubmission_file/{item.filename}", item.data)
        for item in items
    )


def canvas(items: list[Submission]) -> bytes:
    """lib/content_zipper.rb: "<sortable name, letters only, lower case>_<user id>_<attachment id>_<file>"."""

    def sortable(name: str) -> str:
        return re.sub(r"\W", "", name, flags=re.UNICODE).replace("_", "").lower()

    return _zip(
        (f"{sortable(item.name)}_{40000 + item.student}_{900000 + number}_{item.filename}", item.data)
        for number, item in enumerate(items, start=1)
    )


def _brightspace_when(moment: datetime) -> str:
    hour, noon = moment.hour % 12 or 12, "AM" if moment.hour < 12 else "PM"
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year} {hour}{moment.minute:02d} {noon}"


def brightspace(items: list[Submission]) -> bytes:
    """ "<id>-<id> - <name> - <Mon D, YYYY HMM AM>/<file>" per submission, an index.html beside them."""
    top = "Portfolio inleveren"
    files = [(f"{top}/index.html", b"Het overzicht dat het platform zelf bijvoegt.")]
    for number, item in enumerate(items, start=1):
        folder = f"{70000 + number}-{300000 + item.student} - {item.name} - {_brightspace_when(item.moment)}"
        files.append((f"{top}/{folder}/{item.filename}", item.data))
    return _zip(files)


def blackboard(items: list[Submission]) -> bytes:
    """ "<assignment>_<user name>_attempt_<yyyy-mm-dd-hh-mm-ss>_<file>", and a .txt per attempt."""
    files = []
    for item in items:
        user = f"student{item.student:03d}"
        attempt = f"Portfolio_{user}_attempt_{item.moment:%Y-%m-%d-%H-%M-%S}"
        files.append((f"{attempt}_{item.filename}", item.data))
        files.append((f"{attempt}.txt", f"Name: {item.name} ({user})\nComments:\n".encode()))
    return _zip(dict(files).items())


LAYOUTS: dict[str, Callable[[list[Submission]], bytes]] = {
    "moodle": moodle,
    "canvas": canvas,
    "brightspace": brightspace,
    "blackboard": blackboard,
}


# --- Hostile zips ---------------------------------------------------------------------------------


def _patch_central(data: bytes, name: str, offset: int, fmt: str, value: int) -> bytes:
    """Change one field of ``name``'s central directory record (offset from the record's start)."""
    encoded = name.encode("utf-8")
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == encoded:
            patched = bytearray(data)
            struct.pack_into(fmt, patched, at + offset, value)
            return bytes(patched)
        at += 4


def hostile(export: bytes) -> dict[str, bytes]:
    """One zip per hostile case; each also holds one good ``export``, so the class still shows."""
    good = ("Jan_1001_assignsubmission_file/portfolio.html", export)
    zeros = bytes(30 * 1024 * 1024)
    cases: dict[str, bytes] = {}
    cases["bom"] = _zip([good, ("Piet_1002_assignsubmission_file/portfolio.html", zeros[: 15 * 1024 * 1024])])
    # 28 entries that the directory says unpack to 19 MB each: 532 MB together, over the cap.
    names = [f"x_{1100 + n}_assignsubmission_file/x.html" for n in range(28)]
    large = _zip([good, *((name, b"x") for name in names)])
    for name in names:
        large = _patch_central(large, name, 20, "<I", 190_000)  # packed size
        large = _patch_central(large, name, 24, "<I", 19_000_000)  # unpacked size
    cases["groot-uitgepakt"] = large
    cases["paden"] = _zip(
        [good, ("../../buiten.html", export), ("/etc/portfolio.html", export), ("C:/Users/portfolio.html", export)]
    )
    cases["zip-in-zip"] = _zip([good, ("Piet_1002_assignsubmission_file/alles.zip", _zip([("a.html", export)]))])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(*good)
        link = zipfile.ZipInfo("Piet_1002_assignsubmission_file/portfolio.html")
        link.create_system = 3
        link.external_attr = (0o120777 << 16) | 0x20
        archive.writestr(link, "../../../../etc/passwd")
    cases["koppeling"] = buffer.getvalue()
    cases["naam-geen-utf8"] = _zip([good, ("Piet_1002_assignsubmission_file/portfolio-XX.html", export)]).replace(
        b"portfolio-XX", b"portfolio-\xff\xfe"
    )
    cases["dubbele-student"] = _zip([good, ("Jan_1001_assignsubmission_onlinetext/portfolio.html", export)])
    lying = _zip([good, ("Piet_1002_assignsubmission_file/portfolio.html", export)])
    cases["liegt-over-grootte"] = _patch_central(lying, "Piet_1002_assignsubmission_file/portfolio.html", 24, "<I", 100)
    locked = _zip([good, ("Piet_1002_assignsubmission_file/portfolio.html", export)])
    cases["wachtwoord"] = _patch_central(locked, "Piet_1002_assignsubmission_file/portfolio.html", 8, "<H", 1)
    cases["te-veel"] = _zip([good] + [(f"leeg/{n}.txt", b"") for n in range(10_001)])
    cases["kapot"] = _zip([good])[:-30]
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m coursekit.classpage.samples", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--folder", type=Path, default=SAMPLES)
    parser.add_argument("--hostile", action="store_true")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    items = submissions(arguments.folder)
    for name, layout in LAYOUTS.items():
        (arguments.out / f"{name}.zip").write_bytes(layout(items))
    if arguments.hostile:
        export = next(item.data for item in items if item.filename.endswith(".html"))
        for name, data in hostile(export).items():
            (arguments.out / f"vijandig-{name}.zip").write_bytes(data)
    for path in sorted(arguments.out.glob("*.zip")):
        print(path)


if __name__ == "__main__":
    main()
