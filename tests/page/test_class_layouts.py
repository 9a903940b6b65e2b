"""Every recognised layout of a platform's download gives the class a teacher should see, on the page
and in the notebook (the kernel reads the unpacked zip, the page's script does the rest): THE RULE
(classview/layouts.py) is that the platform's student id is the
identity whenever the layout gives one. Two students who typed the same name stay apart; one
student who typed two names is one learner. One synthetic fixture per layout (layoutfixtures.py).
"""

from __future__ import annotations

import zipfile

import pytest

from classtools import build_script, notebook, run
from coursekit.texts import teacher
from layoutfixtures import FIXTURES, LEARNERS, PIET_NEW, SKIPPED, zipped


@pytest.fixture(scope="module")
def script():
    return build_script()


@pytest.fixture(params=list(FIXTURES))
def layout(request, tmp_path):
    platform, files = FIXTURES[request.param]
    path = tmp_path / f"{request.param}.zip"
    path.write_bytes(zipped(files()))
    return request.param, platform, path


def names_of(learners) -> list[str]:
    return sorted(learners)


def test_the_page_sees_the_students_of_the_platform(script, layout):
    name, platform, path = layout
    found = run(script, [(path.name, path)])["overview"]
    assert found["platforms"] == [platform], name
    assert sorted(one["name"] for one in found["learners"]) == LEARNERS, name
    keys = [one["student"]["key"] for one in found["learners"]]
    assert len(set(keys)) == 3 and all(key.startswith(platform + ":") for key in keys)
    # Piet's older export is the second export of the learner Piet Pietersen.
    piet = next(one["letters"] for one in found["learners"] if one["name"] == PIET_NEW)
    assert [(one["reason"], one["learner"]) for one in found["skipped"]] == [(teacher.SKIP_DUPLICATE, piet)]
    assert len(SKIPPED) == 1
    # The two Jans both count, with a note for the teacher.
    assert [note["text"] for note in found["notes"]].count(teacher.NOTE_SAME_NAME) == 1


def test_the_notebook_sees_the_same_students_in_the_unpacked_zip(script, layout, tmp_path):
    name, platform, path = layout
    folder = tmp_path / "uitgepakt"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    data = notebook(script, folder)
    assert sorted(one["name"] for one in data["learners"]) == LEARNERS, name
    assert {one["student"]["platform"] for one in data["learners"]} == {platform}
    assert [s["reason"] for s in data["skipped"]] == [teacher.SKIP_DUPLICATE]
    page = run(script, [(path.name, path)])["overview"]
    assert [(one["letters"], one["student"]["key"]) for one in page["learners"]] == [
        (one["letters"], one["student"]["key"]) for one in data["learners"]
    ]


def test_the_teacher_sees_per_file_which_platform_student_it_is_tied_to(script, tmp_path):
    """Column "Gekoppeld aan": the platform always, its number only with the names (it leads to a name)."""
    _, files = FIXTURES["moodle-3.1-4.0-mappen"]
    path = tmp_path / "moodle.zip"
    path.write_bytes(zipped(files()))
    folder = tmp_path / "uit"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    for show in (False, True):
        table = run(script, [(path.name, path)], show_names=show)["overview"]["learners_table"]
        column = table["header"].index(teacher.COL_LINKED)
        linked = sorted(row[column] for row in table["rows"])
        if show:
            assert linked == ["Moodle: 1001", "Moodle: 1002", "Moodle: 1003"]
        else:
            assert linked == ["Moodle (nummer verborgen)"] * 3
            assert not any("Jan" in cell or "100" in cell for row in table["rows"] for cell in row)
        # The notebook, reading the unpacked zip, shows the same column.
        mine = notebook(script, folder, show_names=show)["learners_table"]
        assert sorted(row[column] for row in mine["rows"]) == linked


def test_what_the_worker_sends_back_is_the_class_the_page_reads_itself(script, layout):
    """The Web Worker (classworker.js) reads and applies the rules; the page rebuilds the class from its
    messages (structured clones). Same learners, letters, skipped files and notes as reading in the page."""
    _, _, path = layout
    itself = run(script, [(path.name, path)])["overview"]
    worker = run(script, [(path.name, path)], worker=True)["overview"]
    for part in ("learners", "skipped", "notes", "learners_table", "rows", "csv", "platforms", "sides"):
        assert worker[part] == itself[part], part
