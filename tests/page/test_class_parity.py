"""The class overview of the same exports is the same, however the teacher hands them in.

The teacher's notebook (coursekit.classview: the kernel lists and reads the folder, the class
page's script does the rest) reads the folder notebooks/docent/voorbeeld-exports; the page's
script (coursekit/classpage, run in Node) reads the same exports zipped as each platform's bulk
download lays them out, and as loose files. All must find the same learners with the same letters,
skip the same files for the same reasons, and count the same: who did what, the distributions of
the self-scans, the before/after shifts, the role profiles, the dilemmas and the final assignment
per learner, and the learners table word for word, the edition of the book each export was made in
included. The same again for a class in which some exports are still of format version 1
(tests/toolkit/fixtures/previous-version): read migrated, of an unknown edition. The expected
values (fixtures/class-overview-expected.json) are what the notebook's Python overview gave before
issue 24 retired it, when these tests held the page equal to it. Also: SHA-256 and the JSON the
fingerprints hash are Python's (hashlib, json.dumps).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest

from classtools import SAMPLES, build_script, notebook, run
from coursekit.classpage import samples
from coursekit.formatting import decimal
from coursekit.portfolio.format import read_export
from coursekit.texts import teacher

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS = ROOT / "tests" / "toolkit" / "fixtures" / "previous-version"
EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "class-overview-expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def script():
    return build_script()


@pytest.fixture(scope="module")
def sample_notebook(script):
    """What the notebook shows of the sample folder."""
    data = notebook(script, SAMPLES)
    assert len(data["learners"]) == 8 and len(data["skipped"]) == 2
    assert {one["edition"] for one in data["learners"]} == {"2026-2027"}
    return data


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The sample folder with three exports as the previous version wrote them (format version 1)."""
    folder = tmp_path_factory.mktemp("mixed")
    for path in SAMPLES.iterdir():
        shutil.copy(path, folder / path.name)
    old = [path for path in PREVIOUS.iterdir() if path.name.startswith("portfolio-")]
    for path in old:
        assert read_export(path.read_bytes()).version == 1
        shutil.copy(path, folder / path.name)
    assert len(old) == 3
    return folder


@pytest.fixture(scope="module")
def mixed_notebook(script, mixed):
    data = notebook(script, mixed)
    assert sorted(one["edition"] for one in data["learners"]) == [""] * 3 + ["2026-2027"] * 5
    return data


@pytest.fixture(scope="module")
def zips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zips")
    items = samples.submissions(SAMPLES)
    paths = {}
    for name, layout in samples.LAYOUTS.items():
        paths[name] = folder / f"{name}.zip"
        paths[name].write_bytes(layout(items))
    return paths


def compare_learners_table(page: dict, expected: dict, *, files: bool = True) -> None:
    """The page's table of learners against the expected one, cell for cell (the file column only
    when the files have the same names)."""
    found, wanted = page["learners_table"], expected["learners_table"]
    assert (found["caption"], found["header"]) == (wanted["caption"], wanted["header"])
    assert teacher.COL_EDITION in found["header"]
    keep = [index for index, head in enumerate(wanted["header"]) if files or head != teacher.COL_FILE]
    normal = [[" ".join(row[index].split()) for index in keep] for row in found["rows"]]
    assert normal == [[row[index] for index in keep] for row in wanted["rows"]]


def basename(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def shown(value: float | None) -> str | None:
    return None if value is None else decimal(value)


def compare_overview(page: dict, expected: dict) -> None:
    """The page's overview (class_run.mjs) against the expected one, number for number."""
    assert [(one["letters"], one["name"], one["edition"]) for one in page["learners"]] == [
        (one["letters"], one["name"], one["edition"]) for one in expected["learners"]
    ]
    assert [one["unknown"] for one in page["learners"]] == [one["unknown"] for one in expected["learners"]]
    # A platform puts its own text before a file name (Canvas, Blackboard): the file ends the same.
    assert len(page["skipped"]) == len(expected["skipped"])
    for found, wanted in zip(page["skipped"], expected["skipped"]):
        assert basename(found["file"]["relative"]).endswith(basename(wanted["file"]))
        assert (found["reason"], found["learner"]) == (wanted["reason"], wanted["learner"])
        assert (found["kept"] is None) == (wanted["kept"] is None)
        if wanted["kept"]:
            assert basename(found["kept"]["relative"]).endswith(basename(wanted["kept"]))
    assert len(page["notes"]) == len(expected["notes"])
    for found, wanted in zip(page["notes"], expected["notes"]):
        assert found["text"] == wanted["text"]
        assert basename(found["file"]["relative"]).endswith(basename(wanted["file"]))

    assert page["exercises"] == expected["exercises"]
    for found, wanted in zip(page["scans"], expected["scans"], strict=True):
        assert found["id"] == wanted["id"]
        assert found["counts"] == wanted["counts"], wanted["id"]
        assert (found["learners"], found["excluded"]) == (wanted["learners"], wanted["excluded"])
        assert [shown(m) for m in found["means"]] == [shown(m) for m in wanted["means"]]
        assert found["means"] == pytest.approx(wanted["means"], abs=1e-12)
        assert found["medians"] == wanted["medians"]
    for found, wanted in zip(page["shifts"], expected["shifts"], strict=True):
        assert (found["both"], found["only_before"], found["only_after"]) == (
            wanted["both"],
            wanted["only_before"],
            wanted["only_after"],
        )
        assert (shown(found["mean_before"]), shown(found["mean_after"])) == (
            wanted["mean_before"],
            wanted["mean_after"],
        )
        assert [
            [
                row["statement"],
                row["pairs"],
                row["rose"],
                row["same"],
                row["fell"],
                shown(row["before"]),
                shown(row["after"]),
            ]
            for row in found["rows"]
        ] == wanted["rows"]
    assert expected["roles"], "the book has a role profile (chapter 7)"
    for found, wanted in zip(page["roles"], expected["roles"], strict=True):
        assert (found["learners"], found["ties"]) == (wanted["learners"], wanted["ties"])
        assert [
            [r["role"], r["statements"], shown(r["mean"]), shown(r["lowest"]), shown(r["highest"]), r["strongest"]]
            for r in found["rows"]
        ] == wanted["rows"]
    for found, wanted in zip(page["dilemmas"], expected["dilemmas"], strict=True):
        assert (found["counts"], found["done"]) == (wanted["counts"], wanted["done"])
    assert [[r["letters"], r["done"], r["total"], r["chapters"], r["final"]] for r in page["rows"]] == expected["rows"]


def unpacked(zipped: Path, folder: Path) -> Path:
    """The zip as the teacher unpacks it for the notebook."""
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(folder)
    return folder


@pytest.mark.parametrize("layout", list(samples.LAYOUTS))
def test_a_platform_zip_gives_the_notebooks_overview_of_the_folder(script, zips, sample_notebook, layout, tmp_path):
    found = run(script, [(f"{layout}.zip", zips[layout])])["overview"]
    assert found["platforms"] == [layout]
    assert not found["problem"] and not found["truncated"]
    # Every learner is a student of the platform; both files of learner 2 belong to one student.
    assert all(one["student"]["platform"] == layout for one in found["learners"])
    # The notebook, reading the zip unpacked, ties every file to the same student (layouts.py).
    expected = EXPECTED[f"zip {layout}"]
    folder = notebook(script, unpacked(zips[layout], tmp_path / layout))
    assert [one["student"]["key"] for one in found["learners"]] == [one["student"] for one in expected["learners"]]
    assert [one["student"]["key"] for one in folder["learners"]] == [one["student"] for one in expected["learners"]]
    assert found["sides"] == folder["sides"] == expected["sides"]
    for overview in (found, folder):
        compare_overview(overview, expected)
    compare_learners_table(found, expected)
    # ... and finds the learners the loose files give, with the same answers.
    assert sorted(one["name"] for one in found["learners"]) == sorted(
        one["name"] for one in sample_notebook["learners"]
    )
    assert {row[4] for row in found["learners_table"]["rows"]} == {"2026-2027"}


def test_loose_files_give_the_notebooks_overview_reason_for_reason(script, sample_notebook):
    files = [(path.name, path) for path in sorted(SAMPLES.iterdir())]
    found = run(script, files)["overview"]
    assert found["platforms"] == []
    expected = EXPECTED["loose"]
    for overview in (found, sample_notebook):
        compare_overview(overview, expected)
        # Same file names, same numbers: the reasons read the same, word for word.
        assert [s["shown"] for s in overview["skipped"]] == [s["shown"] for s in expected["skipped"]]
        assert [one["label"] for one in overview["learners"]] == [one["label"] for one in expected["learners"]]
        compare_learners_table(overview, expected)


@pytest.mark.parametrize("layout", [*samples.LAYOUTS, "losse bestanden"])
def test_exports_of_format_version_1_are_read_as_the_notebook_reads_them(
    script, mixed, mixed_notebook, tmp_path, layout
):
    if layout == "losse bestanden":
        files = [(path.name, path) for path in sorted(mixed.iterdir())]
        expected = EXPECTED["mixed"]
        compare_overview(mixed_notebook, expected)
    else:
        path = tmp_path / f"{layout}.zip"
        path.write_bytes(samples.LAYOUTS[layout](samples.submissions(mixed)))
        files = [(path.name, path)]
        expected = EXPECTED[f"mixed-zip {layout}"]
        compare_overview(notebook(script, unpacked(path, tmp_path / "uit")), expected)
    found = run(script, files)["overview"]
    compare_overview(found, expected)
    compare_learners_table(found, expected)
    editions = [row[4] for row in found["learners_table"]["rows"]]
    assert sorted(editions) == ["2026-2027"] * 5 + [teacher.UNKNOWN_EDITION] * 3


def test_the_letters_do_not_follow_the_names(script, zips):
    found = run(script, [("moodle.zip", zips["moodle"])])["overview"]
    by_letter = [one["name"] for one in found["learners"]]
    assert by_letter != sorted(by_letter)
    assert all(one["label"].startswith("Cursist ") and "Voorbeeld" not in one["label"] for one in found["learners"])


def test_sha256_and_the_fingerprints_json_are_pythons(script):
    rng = random.Random(15)
    alphabet = 'aé€😀\n\t"\\<>&\x01\u2028 ' + "".join(chr(rng.randrange(32, 0x3000)) for _ in range(50))
    texts = ["", "abc", "a" * 55, "a" * 56, "a" * 64, "a" * 1000]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(200))) for _ in range(40)]
    records = [
        {"exercise_id": "h1-x", "chapter": 1, "type": "reflection", "value": {"responses": [{"prompt": t, "text": t}]}}
        for t in texts
    ]
    records.append({"b": [1, None, True, False, {"z": 1, "a": [2.5, -3]}], "a": "q"})
    calls = [("sha256Hex", text) for text in texts] + [("pyJson", record) for record in records]
    found = run(script, calls=calls)["calls"]
    assert found[: len(texts)] == [hashlib.sha256(text.encode("utf-8")).hexdigest() for text in texts]
    assert found[len(texts) :] == [json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records]


def test_letters_and_identities_are_the_notebooks(script):
    """Letters run like spreadsheet columns; a name is the same name after Unicode's NFKC, case
    folding and collapsing white space (as Python's str.casefold folds)."""
    names = ["Jan  de Vries", "ＪＡＮ de vries", "Straße", "STRASSE", "Ǆemal", "ǆemal", "  ", "Çelik\u00a0Ö."]
    calls = [("letters", n) for n in (0, 25, 26, 51, 52, 701, 702)] + [("identity", name) for name in names]
    found = run(script, calls=calls)["calls"]
    assert found[:7] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
    assert found[7:] == [" ".join(unicodedata.normalize("NFKC", name).casefold().split()) for name in names]
