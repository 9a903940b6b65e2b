"""The teacher's class overview in the notebook: reading a folder of exports, checking every file,
counting, hiding names.

Driven as the notebook runs it: the kernel lists and reads the folder (coursekit.classview.read),
the class page's script (run in Node, classtools.notebook) does the rest. What the overview draws
(its sections, the charts, the live widget and the static form) is tested in Chromium:
tests/browser/test_class_notebook.py.

Every bad input gets its own Dutch message and the rest of the class still shows: an empty folder,
a file of another format, an export from an older (or newer) format version, two exports of the
same learner, a damaged file. The run never raises.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classtools import build_script, run
from classtools import notebook as overview_of
from coursekit import classview
from coursekit.answers import Answer
from coursekit.classview import read
from coursekit.definitions import load_catalog
from coursekit.display import Message
from coursekit.exercise_types.selfscan import role_groups
from coursekit.portfolio.format import ExportProblem, Problem, read_export
from coursekit.texts import teacher
from pagecalls import build_export

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
NOTEBOOK = ROOT / "notebooks" / "docent" / "klasoverzicht.ipynb"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WHEN = datetime(2026, 11, 2, 20, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _in_project(monkeypatch):
    monkeypatch.setenv("COURSEKIT_ROOT", str(ROOT))


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT)


@pytest.fixture(scope="module")
def script():
    return build_script()


def overview(folder, base: Path | None = None, show_names: bool = False) -> dict:
    """What the notebook shows of ``folder``: the kernel reads it, the page's script does the rest."""
    return overview_of(build_script(), folder, base, show_names=show_names)


def scan_stats(data: dict, exercise_id: str) -> dict:
    return next(one for one in data["scans"] if one["id"] == exercise_id)


# --- Building exports ----------------------------------------------------------------------------


def scan(catalog, exercise_id: str, scores, notes: str = "") -> Answer:
    definition = catalog.get(exercise_id)
    ratings = [{"statement": s, "score": score, "note": notes} for s, score in zip(definition.statements, scores)]
    return Answer(
        exercise_id,
        definition.chapter,
        "selfscan",
        {"scale": list(definition.scale), "ratings": ratings},
        WHEN.isoformat(),
    )


def reflection(catalog, exercise_id: str, text: str = "Mijn antwoord.") -> Answer:
    definition = catalog.get(exercise_id)
    return Answer(
        exercise_id,
        definition.chapter,
        "reflection",
        {"responses": [{"prompt": p, "text": text} for p in definition.prompts]},
        WHEN.isoformat(),
    )


def choice(catalog, exercise_id: str, option: int, attempts: int = 1) -> Answer:
    definition = catalog.get(exercise_id)
    picked = definition.options[option]
    return Answer(
        exercise_id,
        definition.chapter,
        "multiple_choice",
        {"question": definition.question, "choice": picked.text, "correct": picked.correct, "attempts": attempts},
        WHEN.isoformat(),
    )


def dilemma(catalog, exercise_id: str, option: int) -> Answer:
    definition = catalog.get(exercise_id)
    return Answer(
        exercise_id,
        definition.chapter,
        "dilemma",
        {"question": definition.question, "choice": definition.choices[option].text},
        WHEN.isoformat(),
    )


def write(
    folder: Path,
    catalog,
    answers,
    name: str = "",
    suffix: str = "html",
    moment: datetime = WHEN,
    filename: str | None = None,
) -> Path:
    bundle = build_export({a.exercise_id: a for a in answers}, catalog, name=name, moment=moment)
    text = {"html": bundle.html, "md": bundle.markdown, "json": bundle.json}[suffix]
    path = folder / (filename or f"{bundle.basename}.{suffix}")
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def one_learner(catalog, folder: Path, name: str = "Anna de Vries", **kwargs) -> Path:
    return write(folder, catalog, [scan(catalog, "h8-zelfscan-begin", [3] * 8)], name=name, **kwargs)


def reasons(folder, base: Path | None = None) -> dict[str, str]:
    """{file name: Dutch reason} of the skipped files (reasons as the teacher reads them, names shown)."""
    return {s["file"]["relative"]: s["shown"] for s in overview(folder, base, show_names=True)["skipped"]}


# --- Reading one export --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["html", "md", "json"])
def test_each_export_format_is_read_back_with_name_date_and_answers(catalog, suffix):
    answers = [
        scan(catalog, "h8-zelfscan-begin", [1, 2, 3, 4, 5, None, 3, 3], notes="a <b> & `c`"),
        reflection(catalog, "h8-ontwikkelplan", "Regel 1\n\n<script>x</script> | pipe"),
    ]
    bundle = build_export({a.exercise_id: a for a in answers}, catalog, name="Anna de Vries", moment=WHEN)
    text = {"html": bundle.html, "md": bundle.markdown, "json": bundle.json}[suffix]
    parsed = read_export(text.encode("utf-8"))
    assert parsed.name == "Anna de Vries"
    assert parsed.exported_at == WHEN
    assert parsed.answers == {a.exercise_id: a for a in answers}
    assert parsed.unreadable == 0


@pytest.fixture(scope="module")
def reason_of_kind(script) -> dict[str, str]:
    """The overview's Dutch reason for each kind of refusal (classread.js, skipReason)."""
    kinds = [kind.value for kind in Problem]
    return dict(zip(kinds, run(script, calls=[("skipReason", kind, 3) for kind in kinds])["calls"]))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_an_export_or_a_dutch_reason_never_a_crash(reason_of_kind, data):
    try:
        read_export(data)
    except ExportProblem as problem:
        assert reason_of_kind[problem.kind.value]


# --- The sample folder ---------------------------------------------------------------------------


def test_the_sample_folder_shows_eight_synthetic_learners_and_reports_two_files(catalog):
    """(Its sections, in Chromium: test_the_notebook_shows_the_same_overview_as_the_page_for_the_sample_folder.)"""
    data = overview(SAMPLES)
    assert not data["problem"]
    assert len(data["learners"]) == 8
    assert all("synthetisch" in learner["name"] for learner in data["learners"])
    skipped = reasons(SAMPLES)
    assert set(skipped) == {
        "LEESMIJ-synthetische-voorbeelden.txt",
        "portfolio-voorbeeldcursist-2-synthetisch-20261004-2202.html",
    }
    assert "geen portfolio-export" in skipped["LEESMIJ-synthetische-voorbeelden.txt"]
    duplicate = skipped["portfolio-voorbeeldcursist-2-synthetisch-20261004-2202.html"]
    assert "tweede export" in duplicate and "20261115-2102.html" in duplicate


@pytest.mark.slow  # runs the sample script in a new process
def test_the_sample_exports_are_synthetic_and_up_to_date():
    for path in SAMPLES.iterdir():
        assert "synthetisch" in path.name, path.name
        assert "synthetisch" in path.read_text(encoding="utf-8").lower(), path.name
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sample_exports.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- Bad input: the folder -----------------------------------------------------------------------


def test_an_empty_folder_gets_a_dutch_message_and_no_sections(tmp_path, catalog):
    """(The message as the view shows it, in an alert: test_the_widget_reports_a_bad_folder_and_recovers.)"""
    (tmp_path / "leeg").mkdir()
    data = overview("leeg", tmp_path)
    assert data["problem"] == teacher.FOLDER_EMPTY.format(folder="leeg")
    assert "is leeg" in data["problem"]
    assert data["files"] == [] and data["learners"] == []


def test_a_missing_folder_and_a_file_instead_of_a_folder_get_a_dutch_message(tmp_path):
    missing = overview("bestaat-niet", tmp_path)
    assert "bestaat niet" in missing["problem"] and str(tmp_path) in missing["problem"]
    (tmp_path / "los.html").write_text("x", encoding="utf-8")
    assert "geen map" in overview(tmp_path / "los.html")["problem"]


def test_hidden_files_and_system_clutter_are_ignored_and_subfolders_are_read(tmp_path, catalog):
    one_learner(catalog, tmp_path / "groep" / "week-9")
    (tmp_path / "groep" / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "groep" / "__MACOSX").mkdir()
    (tmp_path / "groep" / "__MACOSX" / "._x.html").write_bytes(b"\x00")
    (tmp_path / "groep" / "Thumbs.db").write_bytes(b"\x00")
    data = overview(tmp_path / "groep")
    assert len(data["files"]) == 1 and len(data["learners"]) == 1 and not data["skipped"]
    assert data["files"][0].startswith("week-9/")


# --- Bad input: files of another format ----------------------------------------------------------


def test_files_of_other_formats_are_skipped_each_with_its_own_reason(tmp_path, catalog):
    folder = tmp_path / "inlevering"
    one_learner(catalog, folder, filename="goed.html")
    (folder / "memo.txt").write_text("Mijn memo voor opdracht 4.", encoding="utf-8")
    (folder / "memo.pdf").write_bytes(b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n" + bytes(range(256)))
    (folder / "alles.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (folder / "andere.json").write_text('{"format": "iets-anders", "schema_version": 1}', encoding="utf-8")
    (folder / "lijst.json").write_text("[1, 2, 3]", encoding="utf-8")
    (folder / "antwoorden.json").write_text(
        '{"format": "coursekit-antwoorden", "schema_version": 1, "answers": {}}', encoding="utf-8"
    )
    (folder / "webpagina.html").write_text("<!DOCTYPE html><html><body>Hallo</body></html>", encoding="utf-8")
    export = one_learner(catalog, tmp_path / "tmp", name="Bert")
    readable = re.sub(
        r'<script type="application/json".*?</script>', "", export.read_text(encoding="utf-8"), flags=re.DOTALL
    )
    (folder / "bewerkt.html").write_text(readable.replace("coursekit-portfolio", "x"), encoding="utf-8")
    broken = export.read_text(encoding="utf-8").replace('"answers": [', '"answers": [{{{')
    (folder / "kapot.html").write_text(broken, encoding="utf-8")

    data = overview(folder)
    skipped = reasons(folder)
    assert skipped == {
        # A zip in the folder is unpacked and read now (the page's reader): this one is no zip.
        "alles.zip": teacher.ZIP_DAMAGED,
        "andere.json": teacher.SKIP_OTHER_JSON,
        "antwoorden.json": teacher.SKIP_STORE_FILE,
        "bewerkt.html": teacher.SKIP_EDITED,
        "kapot.html": teacher.SKIP_DAMAGED.format(detail=teacher.DAMAGED_DATA),
        "lijst.json": teacher.SKIP_OTHER_JSON,
        "memo.pdf": teacher.SKIP_NOT_TEXT,
        "memo.txt": teacher.SKIP_NOT_EXPORT,
        "webpagina.html": teacher.SKIP_NOT_EXPORT,
    }
    assert [learner["file"]["relative"] for learner in data["learners"]] == ["goed.html"]
    assert data["exercises"] and not data["problem"]  # the class still shows
    hidden = next(one for one in data["skipped"] if one["file"]["relative"] == "alles.zip")["file"]["shown"]
    assert hidden == "Bestand 1 (.zip)"  # names hidden by default
    shown = overview(folder, show_names=True)["skipped"][0]["file"]["shown"]
    assert "alles.zip" in shown


def test_a_file_that_cannot_be_read_or_is_too_large_is_skipped(tmp_path, catalog, monkeypatch):
    folder = tmp_path / "map"
    one_learner(catalog, folder, filename="a.html")
    (folder / "b.html").write_text("x" * 100, encoding="utf-8")
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 50)
    data = overview(folder)
    assert len(data["learners"]) == 0 and data["problem"] == teacher.PAGE_NO_LEARNERS
    assert all("te groot" in reason for reason in reasons(folder).values())


# --- Bad input: format versions ------------------------------------------------------------------


def _with_version(path: Path, version) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["schema_version"] = version
    path.write_text(json.dumps(document), encoding="utf-8")


def test_an_export_from_a_newer_or_impossible_format_version_is_skipped_with_advice(tmp_path, catalog):
    folder = tmp_path / "map"
    one_learner(catalog, folder, name="Huidig", filename="huidig.json", suffix="json")
    _with_version(one_learner(catalog, folder, name="Oud", filename="oud.json", suffix="json"), 0)
    _with_version(one_learner(catalog, folder, name="Nieuw", filename="nieuw.json", suffix="json"), 3)
    _with_version(one_learner(catalog, folder, name="Zonder", filename="zonder.json", suffix="json"), None)
    data = overview(folder)
    skipped = reasons(folder)
    # Versions count from 1: a version 0 is not an older export but a damaged one (an older
    # version is migrated forward and read: tests/toolkit/test_schemas.py).
    assert skipped["oud.json"] == teacher.SKIP_DAMAGED.format(detail=teacher.DAMAGED_VERSION)
    assert "nieuwere versie van het boek (exportformaat versie 3" in skipped["nieuw.json"]
    assert skipped["zonder.json"] == teacher.SKIP_DAMAGED.format(detail=teacher.DAMAGED_VERSION)
    assert [learner["name"] for learner in data["learners"]] == ["Huidig"]


def test_unreadable_answers_in_an_export_are_left_out_and_noted(tmp_path, catalog):
    path = write(
        tmp_path / "map",
        catalog,
        [scan(catalog, "h8-zelfscan-begin", [3] * 8), reflection(catalog, "h8-ontwikkelplan")],
        name="Cees",
        suffix="json",
    )
    document = json.loads(path.read_text(encoding="utf-8"))
    document["answers"][1]["value"] = {"responses": "kapot"}
    document["answers"].append({"exercise_id": "../../etc", "chapter": 1})
    path.write_text(json.dumps(document), encoding="utf-8")
    data = overview(tmp_path / "map")
    assert [row["id"] for row in data["exercises"] if row["done"]] == ["h8-zelfscan-begin"]
    assert [note["text"] for note in data["notes"]] == [teacher.NOTE_BAD_ANSWERS.format(count=2)]


# --- Bad input: two exports of one learner -------------------------------------------------------


def test_two_exports_of_the_same_learner_count_once_the_newest_is_used(tmp_path, catalog):
    folder = tmp_path / "map"
    early = [scan(catalog, "h8-zelfscan-begin", [2] * 8)]
    late = [*early, scan(catalog, "h9-zelfscan-eind", [4] * 8)]
    write(folder, catalog, early, name="Anna de Vries", moment=WHEN, filename="anna-week-8.html")
    write(
        folder,
        catalog,
        late,
        name="  anna DE   vries ",
        moment=WHEN + timedelta(days=7),
        filename="anna-eind.md",
        suffix="md",
    )
    one_learner(catalog, folder, name="Bert", filename="bert.html")
    data = overview(folder)
    assert len(data["learners"]) == 2
    anna = next(learner for learner in data["learners"] if learner["name"].strip().lower().startswith("anna"))
    row = next(row for row in data["rows"] if row["letters"] == anna["letters"])
    assert anna["file"]["relative"] == "anna-eind.md" and row["done"] == 2
    assert scan_stats(data, "h9-zelfscan-eind")["learners"] == 1
    reason = reasons(folder)["anna-week-8.html"]
    assert reason.startswith("een tweede export van Cursist ") and "‘anna-eind.md’" in reason
    hidden = data["skipped"][0]["shown"]
    assert "anna" not in hidden.lower() and "Bestand 1 (.md)" in hidden


def test_the_same_export_in_three_formats_counts_once(tmp_path, catalog):
    folder = tmp_path / "map"
    for suffix in ("html", "md", "json"):
        one_learner(catalog, folder, name="", suffix=suffix)
    data = overview(folder)
    assert len(data["learners"]) == 1 and len(data["skipped"]) == 2
    assert all(s["reason"] == teacher.SKIP_SAME_EXPORT for s in data["skipped"])
    assert teacher.NOTE_NO_NAME in [note["text"] for note in data["notes"]]


def test_learners_without_a_name_with_different_answers_are_two_learners(tmp_path, catalog):
    folder = tmp_path / "map"
    write(folder, catalog, [scan(catalog, "h8-zelfscan-begin", [2] * 8)], filename="a.json", suffix="json")
    write(folder, catalog, [scan(catalog, "h8-zelfscan-begin", [4] * 8)], filename="b.json", suffix="json")
    write(folder, catalog, [], filename="leeg1.json", suffix="json")
    write(folder, catalog, [], filename="leeg2.json", suffix="json")
    data = overview(folder)
    assert len(data["learners"]) == 4 and not data["skipped"]
    assert sum(note["text"] == teacher.NOTE_EMPTY for note in data["notes"]) == 2


def test_identical_answers_under_two_names_are_flagged_but_both_count(tmp_path, catalog):
    folder = tmp_path / "map"
    answers = [scan(catalog, "h8-zelfscan-begin", [3, 4, 2, 5, 1, 3, 3, 3])]
    write(folder, catalog, answers, name="Anna", filename="anna.html")
    write(folder, catalog, answers, name="Bert", filename="bert.html")
    data = overview(folder)
    assert len(data["learners"]) == 2
    [note] = [n for n in data["notes"] if n["other"] is not None]
    assert note["file"]["relative"] == "bert.html" and note["other"]["relative"] == "anna.html"


# --- Names ---------------------------------------------------------------------------------------


def _class(tmp_path, catalog, names, show_names: bool = False):
    folder = tmp_path / "map"
    for index, name in enumerate(names):
        write(
            folder,
            catalog,
            [
                scan(catalog, "h8-zelfscan-begin", [1 + index % 5] * 8),
                scan(catalog, "h9-zelfscan-eind", [2 + index % 4] * 8),
            ],
            name=name,
            filename=f"portfolio-{name.lower().replace(' ', '-')}.html",
        )
    return overview(folder, show_names=show_names)


def test_names_and_file_names_are_hidden_by_default_and_shown_on_request(tmp_path, catalog):
    """(The whole overview and the static form, in Chromium: the test of the same name in
    tests/browser/test_class_notebook.py.)"""
    names = ["Anneloes de Vries", "Bartholomeus Jansen", "Cornelia Bakker", "Dewi Ramdin", "Esmeralda Kaya"]
    hidden = _class(tmp_path, catalog, names)
    text = json.dumps([hidden["learners_table"], [one["label"] for one in hidden["learners"]]], ensure_ascii=False)
    for name in names:
        for part in name.split():
            assert not re.search(rf"\b{part}\b", text, re.IGNORECASE) or part == "de"
    assert "Cursist A" in text and "Cursist E" in text
    shown = overview(tmp_path / "map", show_names=True)
    text = json.dumps([shown["learners_table"], [one["label"] for one in shown["learners"]]], ensure_ascii=False)
    assert all(name in text for name in names)
    assert "portfolio-anneloes-de-vries.html" in text


def test_labels_follow_neither_the_names_nor_the_file_names(tmp_path, catalog):
    names = [f"Cursist{index:02d}" for index in range(30)]
    data = _class(tmp_path, catalog, names)
    labels = {learner["name"]: learner["letters"] for learner in data["learners"]}
    assert sorted(labels.values(), key=lambda letter: (len(letter), letter))[-1] == "AD"  # 30 learners: A..Z, AA..AD
    assert [labels[name] for name in names] != sorted(labels.values(), key=lambda letter: (len(letter), letter))
    (tmp_path / "map" / "portfolio-cursist00.html").rename(tmp_path / "map" / "zzz.html")
    again = {learner["name"]: learner["letters"] for learner in overview(tmp_path / "map")["learners"]}
    assert again == labels


def test_letters_cannot_be_worked_out_from_the_class_list(tmp_path, catalog):
    """The order depends on the content of all exports, not on the names alone."""
    names = [f"Deelnemer {index}" for index in range(10)]
    orders = []
    for attempt, offset in enumerate((0, 1)):
        folder = tmp_path / f"groep-{attempt}"
        for index, name in enumerate(names):
            write(
                folder,
                catalog,
                [scan(catalog, "h8-zelfscan-begin", [1 + (index + offset) % 5] * 8)],
                name=name,
                filename=f"{index}.json",
                suffix="json",
            )
        data = overview(folder)
        orders.append([learner["name"] for learner in sorted(data["learners"], key=lambda one: one["letters"])])
    assert sorted(orders[0]) == sorted(orders[1]) and orders[0] != orders[1]


def test_letters_run_like_spreadsheet_columns(script):
    assert run(script, calls=[("letters", i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)])["calls"] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


# --- Counting ------------------------------------------------------------------------------------


def test_scan_distribution_counts_scores_per_statement(tmp_path, catalog):
    folder = tmp_path / "map"
    write(folder, catalog, [scan(catalog, "h8-zelfscan-begin", [1, 2, 3, 4, 5, None, 5, 5])], name="A")
    write(folder, catalog, [scan(catalog, "h8-zelfscan-begin", [1, 2, 2, 4, 5, 3, 5, 1])], name="B")
    stats = scan_stats(overview(folder), "h8-zelfscan-begin")
    assert stats["learners"] == 2 and stats["excluded"] == 0
    assert stats["counts"][0] == [2, 0, 0, 0, 0]
    assert stats["counts"][2] == [0, 1, 1, 0, 0] and stats["means"][2] == 2.5 and stats["medians"][2] == 2.5
    assert stats["counts"][5] == [0, 0, 1, 0, 0] and sum(stats["counts"][5]) == 1
    assert stats["counts"][7] == [1, 0, 0, 0, 1]


def test_a_scan_with_other_statements_is_left_out_and_counted(tmp_path, catalog):
    answer = scan(catalog, "h8-zelfscan-begin", [3] * 8)
    value = json.loads(json.dumps(answer.value))
    value["ratings"][0]["statement"] = "Een stelling uit een oudere versie"
    changed = Answer(answer.exercise_id, answer.chapter, answer.type, value, answer.updated_at)
    write(tmp_path / "map", catalog, [changed], name="Oud")
    write(tmp_path / "map", catalog, [answer], name="Nieuw")
    stats = scan_stats(overview(tmp_path / "map"), "h8-zelfscan-begin")
    assert stats["learners"] == 1 and stats["excluded"] == 1


def test_before_and_after_compares_only_learners_who_did_both(tmp_path, catalog):
    folder = tmp_path / "map"
    write(
        folder,
        catalog,
        [scan(catalog, "h8-zelfscan-begin", [2] * 8), scan(catalog, "h9-zelfscan-eind", [3, 2, 1, 3, 3, 4, 2, None])],
        name="A",
    )
    write(
        folder,
        catalog,
        [scan(catalog, "h8-zelfscan-begin", [4] * 8), scan(catalog, "h9-zelfscan-eind", [4] * 8)],
        name="B",
    )
    write(folder, catalog, [scan(catalog, "h8-zelfscan-begin", [1] * 8)], name="C")
    write(folder, catalog, [scan(catalog, "h9-zelfscan-eind", [5] * 8)], name="D")
    stats = next(one for one in overview(folder)["shifts"] if one["id"] == "h9-zelfscan-eind")
    assert (stats["both"], stats["only_before"], stats["only_after"]) == (2, 1, 1)
    first = stats["rows"][0]
    assert [first[key] for key in ("pairs", "before", "after", "rose", "same", "fell")] == [2, 3, 3.5, 1, 1, 0]
    assert stats["rows"][2]["fell"] == 1 and stats["rows"][7]["pairs"] == 1


def test_role_profile_groups_the_statements_by_role(tmp_path, catalog):
    definition = catalog.get("h7-rolprofiel")
    groups = role_groups(definition.statements)
    assert list(groups) == ["Catalysator", "Netwerkarchitect", "Bemiddelaar", "Bestendiger"]
    assert all(len(indices) == 3 for indices in groups.values())
    folder = tmp_path / "map"
    write(folder, catalog, [scan(catalog, "h7-rolprofiel", [5, 5, 5, 1, 1, 1, 3, 3, 3, 2, 2, None])], name="A")
    write(folder, catalog, [scan(catalog, "h7-rolprofiel", [2, 2, 2, 4, 4, 4, 4, 4, 4, 1, 1, 1])], name="B")
    stats = next(one for one in overview(folder)["roles"] if one["id"] == "h7-rolprofiel")
    rows = {row["role"]: row for row in stats["rows"]}
    assert rows["Catalysator"]["mean"] == 3.5 and rows["Catalysator"]["strongest"] == 1
    assert rows["Bestendiger"]["lowest"] == 1 and rows["Bestendiger"]["highest"] == 2
    assert rows["Netwerkarchitect"]["strongest"] == 1 and rows["Bemiddelaar"]["strongest"] == 1 and stats["ties"]


def test_exercise_rows_count_learners_and_first_time_right(tmp_path, catalog):
    folder = tmp_path / "map"
    definition = catalog.get("h1-kennis-lagen")
    right = next(i for i, o in enumerate(definition.options) if o.correct)
    wrong = next(i for i, o in enumerate(definition.options) if not o.correct)
    write(folder, catalog, [choice(catalog, "h1-kennis-lagen", right)], name="A")
    write(folder, catalog, [choice(catalog, "h1-kennis-lagen", right, attempts=2)], name="B")
    write(folder, catalog, [choice(catalog, "h1-kennis-lagen", wrong)], name="C")
    rows = {row["id"]: row for row in overview(folder)["exercises"]}
    assert rows["h1-kennis-lagen"]["done"] == 3
    assert rows["h1-kennis-lagen"]["result"] == "1 van 3 meteen goed"
    assert rows["h2-kennis-lastig"]["done"] == 0 and list(rows) == list(catalog.definitions)


def test_dilemma_choices_are_counted_in_book_order(tmp_path, catalog):
    folder = tmp_path / "map"
    for name, option in (("A", 1), ("B", 1), ("C", 0)):
        write(folder, catalog, [dilemma(catalog, "h7-dilemma-knoop", option)], name=name)
    definition = catalog.get("h7-dilemma-knoop")
    stats = next(one for one in overview(folder)["dilemmas"] if one["id"] == "h7-dilemma-knoop")
    assert stats["done"] == 3
    assert stats["counts"][:2] == [[definition.choices[0].text, 1], [definition.choices[1].text, 2]]


def test_the_final_assignment_check_follows_chapter_9(tmp_path, catalog):
    complete = [
        scan(catalog, "h8-zelfscan-begin", [3] * 8),
        scan(catalog, "h9-zelfscan-eind", [3] * 8),
        reflection(catalog, "h8-ontwikkelplan"),
        reflection(catalog, "h9-reflectie-eind"),
        *(
            reflection(catalog, i)
            for i in ("h1-reflectie-botsing", "h2-reflectie-dossier", "h4-reflectie-invloed", "h5-reflectie-corona")
        ),
    ]
    write(tmp_path / "map", catalog, complete, name="Compleet")
    write(tmp_path / "map", catalog, complete[:1] + complete[2:3] + complete[4:6], name="Half")
    data = overview(tmp_path / "map")
    name_of = {learner["letters"]: learner["name"] for learner in data["learners"]}
    final = {name_of[row["letters"]]: row["final"] for row in data["rows"]}
    assert final["Compleet"] == "compleet"
    assert final["Half"] == "mist: Zelfscan (eind), Eindreflectie, reflecties uit nog 2 hoofdstuk(ken)"
    text = (ROOT / "book" / "09-kern.md").read_text(encoding="utf-8")
    assert "de zelfscans van begin en eind" in text and "minstens\n   vier andere hoofdstukken" in text


# --- The widget ----------------------------------------------------------------------------------
# (Charts, the static form and the live widget, in Chromium: tests/browser/test_class_notebook.py.)


def test_without_a_course_folder_a_dutch_message_is_shown(tmp_path, monkeypatch):
    monkeypatch.delenv("COURSEKIT_ROOT")
    monkeypatch.chdir(tmp_path)
    assert isinstance(classview.class_overview(), Message)


# --- The notebook ----------------------------------------------------------------------------------


def test_the_notebook_is_committed_without_outputs_and_calls_the_overview():
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert all(not cell.get("outputs") and not cell.get("execution_count") for cell in code)
    sources = ["".join(cell["source"]) for cell in code]
    assert 'class_overview("voorbeeld-exports")' in sources
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
