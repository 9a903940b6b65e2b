"""Parity: the class page and the notebook give the same overview of the same exports.

The notebook (coursekit.classview) reads the folder notebooks/docent/voorbeeld-exports; the page's
script (coursekit/classpage, run in Node) reads the same exports zipped as each platform's bulk
download lays them out, and as loose files. Both must find the same learners with the same
letters, skip the same files for the same reasons, and count the same: who did what, the
distributions of the self-scans, the before/after shifts, the role profiles, the dilemmas and the
final assignment per learner, and the learners table word for word, the edition of the book each
export was made in included. The same again for a class in which some exports are still of format
version 1 (tests/toolkit/fixtures/previous-version): both read them migrated, of an unknown edition.
Also equal: SHA-256 (hashlib) and the JSON the fingerprints hash.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from classtools import SAMPLES, build_script, run
from coursekit.classpage import samples
from coursekit.classview import read, stats
from coursekit.classview import render as view
from coursekit.definitions import load_catalog
from coursekit.formatting import decimal
from coursekit.portfolio.format import read_export
from coursekit.texts import teacher

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS = ROOT / "tests" / "toolkit" / "fixtures" / "previous-version"


@pytest.fixture(scope="module")
def script():
    return build_script()


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT)


@pytest.fixture(scope="module")
def notebook(catalog):
    """What the notebook makes of the sample folder."""
    data = read.read_class(SAMPLES)
    assert len(data.learners) == 8 and len(data.skipped) == 2
    assert {one.edition for one in data.learners} == {"2026-2027"}
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
def mixed_notebook(mixed):
    data = read.read_class(mixed)
    assert sorted(one.edition for one in data.learners) == [""] * 3 + ["2026-2027"] * 5
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


class TableCells(HTMLParser):
    """The caption, the column heads and the rows' cell texts of one HTML table."""

    def __init__(self, html: str):
        super().__init__()
        self.caption, self.header, self.rows = "", [], []
        self.cell: list[str] | None = None
        self.where = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in {"caption", "thead", "tbody"}:
            self.where = tag
        if tag == "tr" and self.where == "tbody":
            self.rows.append([])
        if tag in {"th", "td", "caption"}:
            self.cell = []

    def handle_endtag(self, tag):
        if self.cell is None or tag not in {"th", "td", "caption"}:
            return
        text = " ".join("".join(self.cell).split())
        if tag == "caption":
            self.caption = text
        elif self.where == "thead":
            self.header.append(text)
        else:
            self.rows[-1].append(text)
        self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def learners_table(data: read.ClassData, catalog, show_names: bool = False) -> TableCells:
    """The notebook's table of learners (render.learners_section), as text."""
    return TableCells(view.learners_section(data, catalog, show_names).html)


def compare_learners_table(page: dict, data: read.ClassData, catalog, *, files: bool = True) -> None:
    """The page's table of learners against the notebook's, cell for cell (the file column only when
    the files have the same names)."""
    found, wanted = page["learners_table"], learners_table(data, catalog)
    assert (found["caption"], found["header"]) == (wanted.caption, wanted.header)
    assert teacher.COL_EDITION in found["header"]
    keep = [index for index, head in enumerate(wanted.header) if files or head != teacher.COL_FILE]
    normal = [[" ".join(row[index].split()) for index in keep] for row in found["rows"]]
    assert normal == [[row[index] for index in keep] for row in wanted.rows]


def basename(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def shown(value: float | None) -> str | None:
    return None if value is None else decimal(value)


def compare_overview(page: dict, data: read.ClassData, catalog) -> None:
    """The page's overview (class_run.mjs) against the notebook's, number for number."""
    learners = data.learners
    assert [(one["letters"], one["name"], one["edition"]) for one in page["learners"]] == [
        (one.letters, one.name, one.edition) for one in learners
    ]
    assert [one["unknown"] for one in page["learners"]] == [stats.unknown_answers(one, catalog) for one in learners]
    # A platform puts its own text before a file name (Canvas, Blackboard): the file ends the same.
    assert len(page["skipped"]) == len(data.skipped)
    for found, wanted in zip(page["skipped"], data.skipped):
        assert basename(found["file"]["relative"]).endswith(basename(wanted.file.relative))
        assert (found["reason"], found["learner"]) == (wanted.reason, wanted.learner)
        assert (found["kept"] is None) == (wanted.kept is None)
        if wanted.kept:
            assert basename(found["kept"]["relative"]).endswith(basename(wanted.kept.relative))
    assert len(page["notes"]) == len(data.notes)
    for found, wanted in zip(page["notes"], data.notes):
        assert found["text"] == wanted.text
        assert basename(found["file"]["relative"]).endswith(basename(wanted.file.relative))

    assert page["exercises"] == [
        {"id": row.definition.id, "done": row.done, "result": row.result} for row in stats.exercise_rows(data, catalog)
    ]
    scans = [d for d in catalog.definitions.values() if d.type == "selfscan"]
    for found, definition in zip(page["scans"], scans, strict=True):
        expected = stats.scan_distribution(data, definition)
        assert found["id"] == definition.id
        assert found["counts"] == [list(row) for row in expected.counts], definition.id
        assert (found["learners"], found["excluded"]) == (expected.learners, expected.excluded)
        statements = range(len(definition.statements))
        assert [shown(m) for m in found["means"]] == [shown(expected.mean(i)) for i in statements]
        assert found["means"] == pytest.approx([expected.mean(i) for i in statements], abs=1e-12)
        assert found["medians"] == [expected.median(i) for i in statements]
    shifts = [d for d in scans if d.compare_with]
    for found, after in zip(page["shifts"], shifts, strict=True):
        expected = stats.before_after(data, catalog.get(after.compare_with), after)
        assert (found["both"], found["only_before"], found["only_after"]) == (
            expected.both,
            expected.only_before,
            expected.only_after,
        )
        assert (shown(found["mean_before"]), shown(found["mean_after"])) == (
            shown(expected.mean_before),
            shown(expected.mean_after),
        )
        for row, wanted in zip(found["rows"], expected.rows, strict=True):
            assert (row["statement"], row["pairs"], row["rose"], row["same"], row["fell"]) == (
                wanted.statement,
                wanted.pairs,
                wanted.rose,
                wanted.same,
                wanted.fell,
            )
            assert (shown(row["before"]), shown(row["after"])) == (shown(wanted.before), shown(wanted.after))
    roles = [d for d in scans if d.role_profile]
    assert roles, "the book has a role profile (chapter 7)"
    for found, definition in zip(page["roles"], roles, strict=True):
        expected = stats.role_profile(data, definition)
        assert (found["learners"], found["ties"]) == (expected.learners, expected.ties)
        assert [
            (r["role"], r["statements"], shown(r["mean"]), shown(r["lowest"]), shown(r["highest"]), r["strongest"])
            for r in found["rows"]
        ] == [
            (r.role, r.statements, shown(r.mean), shown(r.lowest), shown(r.highest), r.strongest) for r in expected.rows
        ]
    dilemmas = [d for d in catalog.definitions.values() if d.type == "dilemma"]
    for found, definition in zip(page["dilemmas"], dilemmas, strict=True):
        expected = stats.dilemma_choices(data, definition)
        assert (found["counts"], found["done"]) == ([list(pair) for pair in expected.counts], expected.done)
    assert [(r["letters"], r["done"], r["total"], r["chapters"], r["final"]) for r in page["rows"]] == [
        (r.learner.letters, r.done, r.total, r.chapters, r.final) for r in stats.learner_rows(data, catalog)
    ]


def unpacked(zipped: Path, folder: Path) -> Path:
    """The zip as the teacher unpacks it for the notebook."""
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(folder)
    return folder


@pytest.mark.parametrize("layout", list(samples.LAYOUTS))
def test_a_platform_zip_gives_the_notebooks_overview_of_the_folder(script, zips, notebook, catalog, layout, tmp_path):
    found = run(script, [(f"{layout}.zip", zips[layout])])["overview"]
    assert found["platforms"] == [layout]
    assert not found["problem"] and not found["truncated"]
    # Every learner is a student of the platform; both files of learner 2 belong to one student.
    assert all(one["student"]["platform"] == layout for one in found["learners"])
    # The notebook, reading the zip unpacked, ties every file to the same student (layouts.py).
    folder = read.read_class(unpacked(zips[layout], tmp_path / layout))
    assert [one["student"]["key"] for one in found["learners"]] == [one.file.student.key for one in folder.learners]
    assert found["sides"] == folder.sides
    compare_overview(found, folder, catalog)
    compare_learners_table(found, folder, catalog)
    # ... and finds the learners the loose files give, with the same answers.
    assert sorted(one["name"] for one in found["learners"]) == sorted(one.name for one in notebook.learners)
    assert {row[4] for row in found["learners_table"]["rows"]} == {"2026-2027"}


def test_loose_files_give_the_notebooks_overview_reason_for_reason(script, notebook, catalog):
    files = [(path.name, path) for path in sorted(SAMPLES.iterdir())]
    found = run(script, files)["overview"]
    assert found["platforms"] == []
    compare_overview(found, notebook, catalog)
    # Same file names, same numbers: the reasons read the same, word for word.
    assert [s["shown"] for s in found["skipped"]] == [
        view.skipped_reason(s, notebook, show_names=False) for s in notebook.skipped
    ]
    assert [one["label"] for one in found["learners"]] == [one.label(False) for one in notebook.learners]
    compare_learners_table(found, notebook, catalog)


@pytest.mark.parametrize("layout", [*samples.LAYOUTS, "losse bestanden"])
def test_exports_of_format_version_1_are_read_as_the_notebook_reads_them(
    script, mixed, mixed_notebook, catalog, tmp_path, layout
):
    if layout == "losse bestanden":
        files = [(path.name, path) for path in sorted(mixed.iterdir())]
    else:
        path = tmp_path / f"{layout}.zip"
        path.write_bytes(samples.LAYOUTS[layout](samples.submissions(mixed)))
        files = [(path.name, path)]
    found = run(script, files)["overview"]
    expected = mixed_notebook if layout == "losse bestanden" else read.read_class(unpacked(path, tmp_path / "uit"))
    compare_overview(found, expected, catalog)
    compare_learners_table(found, expected, catalog)
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
    names = ["Jan  de Vries", "ＪＡＮ de vries", "Straße", "STRASSE", "Ǆemal", "ǆemal", "  ", "Çelik\u00a0Ö."]
    calls = [("letters", n) for n in (0, 25, 26, 51, 52, 701, 702)] + [("identity", name) for name in names]
    found = run(script, calls=calls)["calls"]
    assert found[:7] == [read.letters(n) for n in (0, 25, 26, 51, 52, 701, 702)]
    assert found[7:] == [read._identity(name) for name in names]
