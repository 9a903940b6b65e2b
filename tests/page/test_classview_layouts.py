"""The class overview (on the page and in the notebook: classpage/layouts.js) ties each file to the
platform's student (the layouts of classview/layouts.py): the platform's id is the identity
whenever the layout gives one, the typed name is only shown. (Whole classes per layout:
tests/page/test_class_layouts.py.)"""

from __future__ import annotations

import functools
from types import SimpleNamespace

import pytest

from classtools import build_script, run


def student_of(path: str):
    """What the overview's studentOf makes of ``path``: (student or None, whether the platform added
    the file itself), as the retired Python twin gave it. The cases are asked in one run of Node."""
    known = _cases()
    return known[path] if path in known else students_of(path)[0]


@functools.cache
def _cases() -> dict:
    paths = [case[0] for case in CASES]
    return dict(zip(paths, students_of(*paths)))


def students_of(*paths: str) -> list:
    found = run(build_script(), calls=[("studentOf", path) for path in paths])["calls"]
    return [(None, False) if one is None else (SimpleNamespace(**one), one["side"]) for one in found]


# (path in the download, platform, id, name shown): every name and number made up
CASES = [
    ("Jan de Vries_12345_assignsubmission_file_/portfolio.html", "moodle", "12345", "Jan de Vries"),
    ("Jan de Vries_12345_assignsubmission_file/portfolio.html", "moodle", "12345", "Jan de Vries"),
    ("Jan de Vries_12345_assignsubmission_file_portfolio.html", "moodle", "12345", "Jan de Vries"),
    ("Jan de Vries_12345_assignsubmission_onlinetext_/onlinetext.html", "moodle", "12345", "Jan de Vries"),
    ("Participant_12345_assignsubmission_file_/portfolio.html", "moodle", "12345", "Participant"),
    ("Cafe\u0301/Jan_7_assignsubmission_file_/sub/portfolio.html", "moodle", "7", "Jan"),
    ("devriesjan_7_900_portfolio.html", "canvas", "7", "devriesjan"),
    ("devriesjan_LATE_12_900_portfolio.html", "canvas", "12", "devriesjan"),
    ("anon_Qx7_900_portfolio.html", "canvas", "anon_Qx7", ""),
    (
        "Opdracht/70001-300001 - Jan de Vries - Nov 15, 2026 801 PM/portfolio.html",
        "brightspace",
        "300001",
        "Jan de Vries",
    ),
    ("70001-300002 - Jan de Vries - 15 November 2026 801 PM/portfolio.html", "brightspace", "300002", "Jan de Vries"),
    ("70001-300003 - Jan de Vries - 15 November 2026 801 PM - portfolio.html", "brightspace", "300003", "Jan de Vries"),
    ("Portfolio_j_devries_attempt_2026-11-15-20-01-00_portfolio.html", "blackboard", "Portfolio_j_devries", None),
    ("Portfolio_m_devries_attempt_2026-11-15-20-01-00_portfolio.html", "blackboard", "Portfolio_m_devries", None),
]


@pytest.mark.parametrize(("path", "platform", "id", "name"), CASES)
def test_each_recognised_layout_gives_the_platforms_student(path, platform, id, name):
    student, side = student_of(path)
    assert student is not None and not side
    assert (student.platform, student.id) == (platform, id)
    assert name is None or student.label == name


def test_same_names_stay_apart_and_one_student_stays_one():
    jan_1, _ = student_of("70001-300001 - Jan de Vries - 15 November 2026 801 PM/a.html")
    jan_2, _ = student_of("70002-300002 - Jan de Vries - 15 November 2026 801 PM/a.html")
    assert jan_1.key != jan_2.key  # defect 3: the same name, two students
    piet_1, _ = student_of("Piet_1003_assignsubmission_file_/a.html")
    piet_2, _ = student_of("Piet Pietersen_1003_assignsubmission_onlinetext_/onlinetext.html")
    assert piet_1.key == piet_2.key  # defect 1: one student who typed two names


def test_files_outside_a_layout_and_the_platforms_own_files():
    assert student_of("portfolio-jan-20261115-2101.html") == (None, False)
    assert student_of("map/portfolio.html") == (None, False)
    student, side = student_of("Portfolio_j_devries_attempt_2026-11-15-20-01-00.txt")
    assert student.id == "Portfolio_j_devries" and side
    # JavaScript's $ only matches at the very end: so does this one (the page must agree).
    assert student_of("Portfolio_j_devries_attempt_2026-11-15-20-01-00.txt\n")[1] is False
