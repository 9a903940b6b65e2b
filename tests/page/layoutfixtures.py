"""One SYNTHETIC fixture per recognised layout of a platform's bulk download (classview/layouts.py).

Every fixture holds the same class, laid out as that platform (version, variant) lays it out:
two different students who both typed the name "Jan de Vries", and one student who handed in
twice, once as "Piet" and once as "Piet Pietersen". A teacher should see three learners: both
Jans apart, Piet's two files together (the newer used, the older skipped as a second export).
All names, ids, user names and dates are made up; the exports are the book's synthetic samples
(notebooks/docent/voorbeeld-exports) with the typed name changed.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "notebooks" / "docent" / "voorbeeld-exports"
SAMPLE_NAME = "Voorbeeldcursist {n} (synthetisch)"
JAN = "Jan de Vries (synthetisch)"
PIET_OLD, PIET_NEW = "Piet (synthetisch)", "Piet Pietersen (synthetisch)"
# (the name typed in the export, the sample it is made from): Jan 1, Jan 2, Piet's older, Piet's newer
EXPORTS = (
    (JAN, "portfolio-voorbeeldcursist-1-synthetisch-20261115-2101.html", 1),
    (JAN, "portfolio-voorbeeldcursist-4-synthetisch-20261115-2104.html", 4),
    (PIET_OLD, "portfolio-voorbeeldcursist-2-synthetisch-20261004-2202.html", 2),
    (PIET_NEW, "portfolio-voorbeeldcursist-2-synthetisch-20261115-2102.html", 2),
)
# What the teacher should see: the names of the learners, sorted, and of the export skipped.
LEARNERS = sorted([JAN, JAN, PIET_NEW])
SKIPPED = [PIET_OLD]


def export(index: int) -> bytes:
    name, sample, number = EXPORTS[index]
    return (SAMPLES / sample).read_bytes().replace(SAMPLE_NAME.format(n=number).encode(), name.encode())


def _moodle(folder: str, suffix: str, *, blind: bool = False, flat: bool = False, online: bool = False):
    # students: Jan 1 (1001), Jan 2 (1002), Piet (1003, twice: file and online text, or two files)
    names = ["Jan de Vries", "Jan de Vries", "Piet", "Piet"]
    ids = [1001, 1002, 1003, 1003]
    files = []
    for index, (name, number) in enumerate(zip(names, ids)):
        shown = "Participant" if blind else name
        plugin = "onlinetext" if online and index == 3 else "file"
        filename = "onlinetext.html" if plugin == "onlinetext" else f"portfolio-{index}.html"
        prefix = f"{shown}_{number}_assignsubmission_{plugin}"
        path = f"{prefix}_{filename}" if flat else f"{prefix}{suffix}/{filename}"
        files.append((f"{folder}{path}", export(index)))
    return files


def _canvas(anonymous: bool = False):
    ids = ["anon_Qx7", "anon_Lp2", "anon_Zz9", "anon_Zz9"] if anonymous else ["7", "12", "43", "43"]
    names = ["devriesjan", "devriesjan", "piet", "pieterspiet"]
    late = ["", "", "", "LATE_"]
    files = []
    for index in range(4):
        prefix = "" if anonymous else f"{names[index]}_"
        files.append((f"{prefix}{late[index]}{ids[index]}_{900 + index}_portfolio.html", export(index)))
    return files


def _brightspace(when: tuple[str, ...], flat: bool = False):
    names = ["Jan de Vries", "Jan de Vries", "Piet", "Piet Pietersen"]
    users = [300001, 300002, 300003, 300003]
    files = [("Portfolio inleveren/index.html", b"<html>Overzicht van het platform (synthetisch)</html>")]
    for index in range(4):
        folder = f"{70001 + index}-{users[index]} - {names[index]} - {when[index]}"
        path = f"{folder} - portfolio.html" if flat else f"{folder}/portfolio.html"
        files.append((f"Portfolio inleveren/{path}", export(index)))
    return files


US = ("Nov 15, 2026 801 PM", "Nov 15, 2026 1104 PM", "Oct 4, 2026 1002 AM", "Nov 15, 2026 902 PM")
BRITISH = ("15 November 2026 801 PM", "15 November 2026 1104 PM", "4 October 2026 1002 AM", "15 November 2026 902 PM")


def _blackboard():
    users = ["j_devries", "m_devries", "p_piet_2", "p_piet_2"]
    moments = ["2026-11-15-20-01-00", "2026-11-15-23-04-00", "2026-10-04-10-02-00", "2026-11-15-21-02-00"]
    files = []
    for index in range(4):
        attempt = f"Portfolio_H1_{users[index]}_attempt_{moments[index]}"
        files.append((f"{attempt}_portfolio.html", export(index)))
        files.append((f"{attempt}.txt", f"Name: (synthetisch) ({users[index]})\nComments:\n".encode()))
    return files


def _macos(files):
    """Unpacked on a Mac and zipped again: a folder on top, __MACOSX and ._ files, decomposed names."""
    again = []
    for name, data in files:
        name = unicodedata.normalize("NFD", "Inleveringen Café/" + name)
        again.append((name, data))
        folder, _, base = name.rpartition("/")
        again.append((f"__MACOSX/{folder}/._{base}", b"\x00\x05\x16\x07"))
    return again


# layout -> (platform, the files of the zip)
FIXTURES = {
    "moodle-3.1-4.0-mappen": ("moodle", lambda: _moodle("", "_")),
    "moodle-4.1-mappen": ("moodle", lambda: _moodle("", "")),
    "moodle-zonder-mappen": ("moodle", lambda: _moodle("", "", flat=True)),
    "moodle-online-tekst": ("moodle", lambda: _moodle("", "_", online=True)),
    "moodle-blind-beoordelen": ("moodle", lambda: _moodle("", "_", blind=True)),
    "canvas-korte-nummers-te-laat": ("canvas", _canvas),
    "canvas-anoniem": ("canvas", lambda: _canvas(anonymous=True)),
    "brightspace-mappen-vs": ("brightspace", lambda: _brightspace(US)),
    "brightspace-mappen-brits": ("brightspace", lambda: _brightspace(BRITISH)),
    "brightspace-zonder-mappen": ("brightspace", lambda: _brightspace(US, flat=True)),
    "blackboard-gebruikersnaam-met-underscore": ("blackboard", _blackboard),
    "moodle-opnieuw-gezipt-op-macos": ("moodle", lambda: _macos(_moodle("", "_"))),
    "brightspace-opnieuw-gezipt-op-macos": ("brightspace", lambda: _macos(_brightspace(BRITISH))),
}


def zipped(files) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()
