"""Hostile zips on the class page (coursekit/classpage, run in Node): each case gets its own Dutch
reason, the good export beside it still counts, and nothing the caps refuse is ever unpacked.

The zips come from ``coursekit.classpage.samples.hostile``: a zip bomb, a zip that would unpack
to more than the total cap, names with ``..`` or an absolute path, a zip in the zip, a symbolic
link, a name that is not UTF-8, one student twice, an entry whose size the directory lies about,
a password, too many entries, a damaged zip. Also the CSV for the gradebook, and the cap on files.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from classtools import SAMPLES, build_script, run
from coursekit.classpage import MAX_ENTRIES, MAX_FILES, samples
from coursekit.texts import teacher

GOOD = "Jan_1001_assignsubmission_file/portfolio.html"


@pytest.fixture(scope="module")
def script():
    return build_script()


@pytest.fixture(scope="module")
def export() -> bytes:
    return (SAMPLES / "portfolio-voorbeeldcursist-1-synthetisch-20261115-2101.html").read_bytes()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, export):
    folder = tmp_path_factory.mktemp("vijandig")
    paths = {}
    for name, data in samples.hostile(export).items():
        paths[name] = folder / f"{name}.zip"
        paths[name].write_bytes(data)
    return paths


def overview(script, path, name="klas.zip"):
    return run(script, [(name, path)])["overview"]


def reasons(found) -> dict[str, str]:
    return {one["file"]["relative"]: one["reason"] for one in found["skipped"]}


def good_counts(found) -> None:
    """The good export beside the hostile entries still makes one learner (and was unpacked)."""
    assert [one["name"] for one in found["learners"]] == ["Voorbeeldcursist 1 (synthetisch)"]
    assert f"klas.zip/{GOOD}" in found["unpacked"]


@pytest.mark.parametrize(
    ("case", "entry", "reason"),
    [
        ("bom", "Piet_1002_assignsubmission_file/portfolio.html", teacher.SKIP_ZIP_BOMB),
        ("zip-in-zip", "Piet_1002_assignsubmission_file/alles.zip", teacher.SKIP_NESTED_ZIP),
        ("koppeling", "Piet_1002_assignsubmission_file/portfolio.html", teacher.SKIP_LINK),
        ("wachtwoord", "Piet_1002_assignsubmission_file/portfolio.html", teacher.SKIP_ENCRYPTED),
    ],
)
def test_an_entry_the_directory_gives_away_is_skipped_with_its_reason_and_never_unpacked(
    script, hostile, case, entry, reason
):
    found = overview(script, hostile[case])
    if case == "bom":  # the reason names how much larger it would unpack
        info = zipfile.ZipFile(hostile[case]).getinfo(entry)
        reason = reason.format(ratio=info.file_size // info.compress_size)
    assert reasons(found) == {f"klas.zip/{entry}": reason}
    assert found["unpacked"] == [f"klas.zip/{GOOD}"]
    good_counts(found)


def test_names_outside_the_zip_are_skipped_and_never_unpacked(script, hostile):
    found = overview(script, hostile["paden"])
    assert set(reasons(found).values()) == {teacher.SKIP_UNSAFE_PATH}
    assert len(reasons(found)) == 3
    assert found["unpacked"] == [f"klas.zip/{GOOD}"]
    good_counts(found)


def test_an_entry_larger_than_the_directory_says_stops_unpacking_with_a_reason(script, hostile):
    found = overview(script, hostile["liegt-over-grootte"])
    assert reasons(found) == {"klas.zip/Piet_1002_assignsubmission_file/portfolio.html": teacher.SKIP_ZIP_SIZE}
    good_counts(found)


def test_a_name_that_is_not_utf8_is_shown_with_replacement_characters_and_still_counts(script, hostile):
    found = overview(script, hostile["naam-geen-utf8"])
    strange = "klas.zip/Piet_1002_assignsubmission_file/portfolio-\ufffd\ufffd.html"
    assert strange in found["files"] and not found["skipped"]
    assert {"text": teacher.NOTE_NAME_NOT_UTF8, "file": strange} in [
        {"text": note["text"], "file": note["file"]["relative"]} for note in found["notes"]
    ]
    # Piet is another student of the platform with the same export: two learners, and a note.
    assert len(found["learners"]) == 2
    assert teacher.NOTE_SAME_NAME in [note["text"] for note in found["notes"]]


def test_one_student_twice_counts_once(script, hostile):
    found = overview(script, hostile["dubbele-student"])
    assert len(found["learners"]) == 1
    assert [(one["reason"], one["learner"]) for one in found["skipped"]] == [(teacher.SKIP_SAME_EXPORT, "A")]


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("groot-uitgepakt", teacher.ZIP_TOO_BIG_UNPACKED.format(size=500)),
        ("te-veel", teacher.ZIP_TOO_MANY_ENTRIES.format(limit=f"{MAX_ENTRIES:,}".replace(",", "."))),
        ("kapot", teacher.ZIP_DAMAGED),
    ],
)
def test_a_zip_over_the_caps_or_damaged_is_not_unpacked_at_all(script, hostile, case, reason):
    found = overview(script, hostile[case])
    assert reasons(found) == {"klas.zip": reason}
    assert found["unpacked"] == [] and found["learners"] == []
    assert found["problem"] == teacher.PAGE_NO_LEARNERS


def test_loose_files_hidden_files_and_the_cap_on_files(script, tmp_path, export):
    (tmp_path / "a.html").write_bytes(export)
    (tmp_path / "leeg.txt").write_bytes(b"")
    files = [(f"groep/{n:04d}.txt", tmp_path / "leeg.txt") for n in range(MAX_FILES + 5)]
    files += [("groep/.verborgen.html", tmp_path / "a.html"), ("__MACOSX/groep/a.html", tmp_path / "a.html")]
    files += [("aaa/portfolio.html", tmp_path / "a.html")]
    found = run(script, files)["overview"]
    assert found["truncated"] and len(found["files"]) == MAX_FILES
    assert found["files"][0] == "aaa/portfolio.html"  # sorted as the notebook sorts, clutter left out
    assert not any(".verborgen" in name or "MACOSX" in name for name in found["files"])
    assert len(found["learners"]) == 1


def csv_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff") and "\r\n" in text
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_gradebook_csv_has_names_only_when_they_are_shown(script, tmp_path):
    zipped = tmp_path / "moodle.zip"
    zipped.write_bytes(samples.moodle(samples.submissions(SAMPLES)))
    hidden = csv_rows(run(script, [("moodle.zip", zipped)])["overview"]["csv"])
    assert hidden[0][0] == teacher.COL_LEARNER and hidden[0][1].startswith("H1 (van ")
    assert [row[0] for row in hidden[1:]] == [f"Cursist {letter}" for letter in "ABCDEFGH"]
    assert "Voorbeeldcursist" not in "".join(",".join(row) for row in hidden)
    assert "1001" not in "".join(",".join(row) for row in hidden)
    found = run(script, [("moodle.zip", zipped)], show_names=True)["overview"]
    shown = csv_rows(found["csv"])
    assert shown[0][1:4] == [teacher.CSV_NAME, teacher.CSV_PLATFORM, teacher.CSV_PLATFORM_ID]
    by_letter = {row[0]: row for row in shown[1:]}
    for learner, row in zip(found["learners"], found["rows"]):
        line = by_letter[f"Cursist {learner['letters']}"]
        assert line[1:4] == [learner["name"], "Moodle", learner["student"]["key"].split(":")[1]]
        chapters = [int(cell) for cell in line[4:-2]]
        assert chapters == [row["per_chapter"][str(n)] for n in range(1, len(chapters) + 1)]
        assert int(line[-2]) == row["done"] == sum(chapters)
        assert line[-1] == row["final"]


def test_a_name_that_would_start_a_formula_stays_text_in_the_csv(script, tmp_path, export):
    text = export.decode("utf-8").replace("Voorbeeldcursist 1 (synthetisch)", "=HYPERLINK(1,2)")
    (tmp_path / "a.html").write_text(text, encoding="utf-8")
    found = run(script, [("a.html", tmp_path / "a.html")], show_names=True)["overview"]
    rows = csv_rows(found["csv"])
    assert rows[1][1] == "'=HYPERLINK(1,2)"


def test_stop_stops_before_anything_more_is_unpacked(script, hostile):
    found = run(script, [("klas.zip", hostile["dubbele-student"])], stopped=True)["overview"]
    assert found == {"stopped": True, "unpacked": []}


@pytest.mark.parametrize("name", ["Jan;=1+1", "Jan,=1+1", "Jan\t=1+1", "Jan;+1", "a;-2;@SUM(A1)", "x\n=1", 'Jan";=1+1'])
def test_no_cell_starts_a_formula_however_a_spreadsheet_splits_the_csv(script, tmp_path, export, name):
    """OWASP CSV injection: quoted where a separator occurs, and no piece starts a formula, whether the
    spreadsheet splits on ',' (RFC 4180), on ';' (Dutch Excel) or on tabs, honouring quotes or not."""
    data = json.loads((SAMPLES / "portfolio-voorbeeldcursist-5-synthetisch-20261115-2105.json").read_text("utf-8"))
    data["name"] = name
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    found = run(script, [("a.json", tmp_path / "a.json")], show_names=True)["overview"]
    shown = found["learners"][0]["name"]  # the reader may tidy white space, nothing else
    assert shown.split() == name.split()
    body = found["csv"][1:]
    rows = csv_rows(found["csv"])
    assert rows[1][1].replace("'", "") == shown  # one cell, the name still readable
    for delimiter in (",", ";", "\t"):
        for quoting in (True, False):
            if quoting:
                cells = [cell for row in csv.reader(io.StringIO(body), delimiter=delimiter) for cell in row]
            else:
                cells = [cell for line in body.splitlines() for cell in line.split(delimiter)]
            cells = [cell.strip('"') for cell in cells]
            assert not [cell for cell in cells if cell[:1] in {"=", "+", "-", "@", "\t", "\r"}], (delimiter, quoting)
