"""What the teacher's notebook's kernel does for the class overview (coursekit.classview): list the
folder and read its files safely, hand them to the view, and keep names out of the static form.

A hostile folder (a named pipe, a file over the limit, a link out of the folder, bytes that are not
UTF-8 in a name or in a file) never hangs or raises: each such file gets a Dutch reason, and the
overview (the class page's script, run in Node on what the kernel handed over) names the file with
it while the rest of the class still shows.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
from pathlib import Path

import pytest

from classtools import SAMPLES, build_script, notebook
from coursekit.classview import read
from coursekit.classview.widget import ClassOverviewWidget, files_trait, static_html
from coursekit.definitions import load_catalog
from coursekit.formatting import decimal
from coursekit.texts import teacher

ROOT = Path(__file__).resolve().parents[2]
GOOD = SAMPLES / "portfolio-voorbeeldcursist-1-synthetisch-20261115-2101.html"


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "klas"
    folder.mkdir()
    (folder / "goed.html").write_bytes(GOOD.read_bytes())
    os.mkfifo(folder / "pijp.html")  # nobody ever writes: reading it would wait forever
    with open(folder / "groot.html", "wb") as huge:  # a sparse file just over the limit
        huge.truncate(read.MAX_FILE_BYTES + 1)
    (tmp_path / "geheim.html").write_bytes(GOOD.read_bytes())
    (folder / "buiten.html").symlink_to(tmp_path / "geheim.html")
    (folder / "binnen.html").symlink_to(folder / "goed.html")
    (folder / "kapot.html").write_bytes(b"\xff\xfe\x00 geen tekst")
    (folder / os.fsdecode(b"naam-\xff.html")).write_bytes(b"<p>geen export</p>")
    return folder


def test_the_kernel_reads_a_hostile_folder_safely_and_says_why_per_file(hostile):
    found = read.read_folder("klas", hostile.parent)
    assert not found.problem
    by_path = {one.path: one for one in found.files}
    assert sorted(by_path) == sorted(
        ["binnen.html", "buiten.html", "goed.html", "groot.html", "kapot.html", "naam-\ufffd.html", "pijp.html"]
    )
    assert by_path["pijp.html"].data is None and by_path["pijp.html"].problem == teacher.SKIP_NOT_REGULAR
    too_large = teacher.SKIP_TOO_LARGE.format(size=decimal(read.MAX_FILE_BYTES / 1024 / 1024))
    assert by_path["groot.html"].data is None and by_path["groot.html"].problem == too_large
    assert by_path["buiten.html"].data is None and by_path["buiten.html"].problem == teacher.SKIP_LINK_OUTSIDE
    assert by_path["binnen.html"].data == GOOD.read_bytes()  # a link inside the folder is read
    assert by_path["kapot.html"].data == b"\xff\xfe\x00 geen tekst"  # its bytes go to the view as they are
    assert by_path["goed.html"].data == GOOD.read_bytes()


def test_the_overview_names_each_skipped_file_with_its_dutch_reason(hostile):
    overview = notebook(build_script(), "klas", hostile.parent, show_names=True)
    reasons = {one["file"]["relative"]: one["shown"] for one in overview["skipped"]}
    assert reasons["pijp.html"] == teacher.SKIP_NOT_REGULAR
    assert reasons["buiten.html"] == teacher.SKIP_LINK_OUTSIDE
    assert reasons["groot.html"].startswith("te groot")
    assert reasons["kapot.html"] == teacher.SKIP_NOT_TEXT
    assert reasons["naam-\ufffd.html"] == teacher.SKIP_NOT_EXPORT
    shown = {one["file"]["relative"]: one["file"]["shown"] for one in overview["skipped"]}
    assert shown["pijp.html"] == teacher.FILE_SHOWN.format(name="pijp.html")  # the file is named
    # The class still shows: the export and its copy through a link are one learner.
    assert [one["name"] for one in overview["learners"]] == ["Voorbeeldcursist 1 (synthetisch)"]


def test_a_folder_problem_is_a_dutch_message(tmp_path):
    assert "bestaat niet" in read.read_folder("tikfout", tmp_path).problem
    (tmp_path / "leeg").mkdir()
    assert read.read_folder("leeg", tmp_path).problem == teacher.FOLDER_EMPTY.format(folder="leeg")
    (tmp_path / "los.html").write_text("x", encoding="utf-8")
    assert "geen map" in read.read_folder(tmp_path / "los.html").problem


def test_the_widget_hands_over_the_files_and_reads_again_when_asked(hostile, tmp_path):
    found = read.read_folder("klas", hostile.parent)
    widget = ClassOverviewWidget(load_catalog(ROOT), found, hostile.parent)
    assert widget.files == files_trait(found) and widget.reading == 1 and widget.folder == "klas"
    assert {one["path"] for one in widget.files if "bytes" in one} == {"binnen.html", "goed.html", "kapot.html"} | {
        "naam-\ufffd.html"
    }
    assert all(one["problem"] for one in widget.files if "bytes" not in one)
    assert [one["id"] for one in widget.catalog["exercises"]] == list(load_catalog(ROOT).definitions)
    widget._message(widget, {"method": "read", "folder": "tikfout"}, [])
    assert widget.reading == 2 and widget.files == [] and "bestaat niet" in widget.problem
    widget._message(widget, {"method": "read", "folder": str(hostile)}, [])  # a full path
    assert widget.reading == 3 and len(widget.files) == 7 and not widget.problem
    # The bytes cross as binary buffers (ipywidgets takes bytes out of the state as buffers).
    from ipywidgets.widgets.widget import _remove_buffers

    _, _, buffers = _remove_buffers({"files": widget.files})
    assert GOOD.read_bytes() in [bytes(buffer) for buffer in buffers]


def test_the_static_form_names_no_file_and_no_learner(tmp_path):
    """The files the static form carries: numbered, the name a code, no learner's own text."""
    folder = tmp_path / "map"
    folder.mkdir()
    text = GOOD.read_text(encoding="utf-8").replace("Voorbeeldcursist 1 (synthetisch)", "Anneloes de Vries")
    (folder / "portfolio-anneloes.html").write_text(text, encoding="utf-8")
    (folder / "memo-anneloes.txt").write_text("Memo van Anneloes", encoding="utf-8")
    (folder / "anneloes.pdf").write_bytes(b"%PDF-1.7\n\xe2\xe3\xcf\xd3 Anneloes")
    html = static_html(read.read_folder("map", tmp_path))
    packed = json.loads(re.search(r'<script type="application/json" class="ck-class-files">(.*?)</script>', html)[1])
    carried = gzip.decompress(base64.b64decode(packed["gzip"])).decode("utf-8")
    assert "anneloes" not in (html + carried).lower() and "Memo" not in carried
    assert "Synthetisch voorbeeldantwoord" not in carried  # what the learner wrote stays out
    files = json.loads(carried)
    assert [one["path"] for one in files] == ["bestand-1.pdf", "bestand-2.txt", "bestand-3.html"]
    assert files[0]["text"] == "\x00" and files[1]["text"] == ""
    assert json.loads(files[2]["text"])["name"].startswith("Cursist ")
