"""The last hostile-input defects of the toolkit (issue 28): deep nesting and migrations.

6/7. An export, a store or an answer nested deeper than ``MAX_DEPTH`` is refused before anything
     recurses into it, with a Dutch reason naming the file; the class overview (the notebook's kernel
     reads the folder, the class page's script the files) and ``import_export`` never raise
     ``RecursionError``. The one limit lives in ``schemas/compose.py`` and the schemas'
     descriptions name it.
9.   A version-1 store in a read-only folder: its answers are shown, migrated in memory, and the
     learner is told that saving is not possible there (not that the file is damaged).
10.  The same on a full disk: answers shown, "de schijf is vol", and no truncated copy left behind.
12.  A migration tells the learner once that the answers were converted, and where the copy is.

The read-only folder and the full disk are real: a small tmpfs mounted for the test (as root on
Linux), else (read-only only) a folder without write permission; without either the test is skipped.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
from pathlib import Path

import pytest

from ck_helpers import reflection
from classtools import build_script, notebook
from coursekit import schemas
from coursekit.answers import Answer, InvalidAnswer
from coursekit.definitions import load_catalog
from coursekit.page import constants
from coursekit.portfolio.format import ExportProblem, Problem, read_export
from coursekit.schemas.compose import MAX_DEPTH
from coursekit.schemas.depth import text_too_deep, value_too_deep
from coursekit.store import AnswerStore, StoreError
from coursekit.texts import learner, teacher
from pagecalls import import_export

MOMENT = "2026-11-27T10:00:00.000+00:00"


def nested(depth: int) -> str:
    return "[" * depth + '"x"' + "]" * depth


def nested_value(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


def deep_export(depth: int, where: str = "value") -> bytes:
    """An export with one answer whose ``where`` is a list nested ``depth`` deep (as JSON text: Python
    could not even write it)."""
    record = reflection("gewoon", updated_at=MOMENT).to_dict()
    record[where] = "@@" if where != "value" else {"responses": "@@"}
    document = {
        "format": "coursekit-portfolio",
        "schema_version": 2,
        "exported_at": MOMENT,
        "edition": "",
        "name": "Diep",
        "answers": [record],
    }
    return json.dumps(document).replace('"@@"', nested(depth)).encode("utf-8")


def version_1_store(path: Path, text: str = "van vroeger") -> dict:
    record = reflection(text, updated_at=MOMENT).to_dict()
    del record["edition"], record["definition"]
    document = {"format": "coursekit-antwoorden", "schema_version": 1, "answers": {"h1-reflectie": record}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return document


# --- 6/7. Deep nesting ---------------------------------------------------------------------------


def test_the_one_depth_limit_is_named_in_the_schemas_and_given_to_the_page():
    for name in ("store", "portfolio-export"):
        assert f"at most {MAX_DEPTH} deep" in schemas.load(name)["description"]
    assert constants("")["max_depth"] == MAX_DEPTH
    assert 8 <= MAX_DEPTH < 100  # an export with earlier answers and a self-scan needs 8; Python recurses ~1000


def test_depth_counts_arrays_and_objects_but_not_brackets_in_texts():
    assert not text_too_deep(nested(MAX_DEPTH)) and text_too_deep(nested(MAX_DEPTH + 1))
    assert not text_too_deep(json.dumps({"tekst": "[" * 1000, "ook": '\\"[[[' * 100}))
    assert not value_too_deep(nested_value(MAX_DEPTH)) and value_too_deep(nested_value(MAX_DEPTH + 1))
    assert value_too_deep(nested_value(100_000))
    assert text_too_deep("[" * 100_000)  # no recursion: any depth is counted
    assert not text_too_deep("[]" * 1000 + "{}" * 1000)  # each closing bracket counts back
    assert text_too_deep('["\\\\"' + "[" * MAX_DEPTH)  # an escaped backslash ends no string, the quote does
    assert not text_too_deep('["' + "[" * 1000)  # a string left open runs to the end of the text


@pytest.mark.parametrize("depth", [40, 984, 989, 5000])
@pytest.mark.parametrize("where", ["value", "exercise_id", "chapter"])
def test_7_a_deeply_nested_export_is_refused_not_a_recursion_error(depth, where):
    with pytest.raises(ExportProblem) as caught:
        read_export(deep_export(depth, where))
    assert caught.value.kind is Problem.TOO_DEEP


@pytest.mark.parametrize("depth", [984, 989, 5000])
def test_7_import_export_names_the_file_and_the_limit(course, store, depth):
    report = import_export(deep_export(depth), "diep.json", store, load_catalog())
    reason = learner.IMPORT_TOO_DEEP.format(depth=MAX_DEPTH)
    assert report.summary == learner.IMPORT_REFUSED.format(file="diep.json", reason=reason)
    assert report.added == 0


@pytest.mark.parametrize("depth", [984, 989, 5000])
def test_7_read_class_skips_that_one_file_with_a_reason(tmp_path, course, depth):
    folder = tmp_path / "klas"
    folder.mkdir()
    (folder / "diep.json").write_bytes(deep_export(depth))
    good = reflection("goed", updated_at=MOMENT)
    (folder / "goed.json").write_text(
        json.dumps(
            {
                "format": "coursekit-portfolio",
                "schema_version": 2,
                "exported_at": MOMENT,
                "edition": "",
                "name": "Goed",
                "answers": [good.to_dict()],
            }
        ),
        encoding="utf-8",
    )
    data = notebook(build_script(), folder)
    assert [one["name"] for one in data["learners"]] == ["Goed"]
    assert [(one["file"]["relative"], one["reason"]) for one in data["skipped"]] == [
        ("diep.json", teacher.SKIP_DAMAGED.format(detail=teacher.DAMAGED_DEPTH.format(depth=MAX_DEPTH)))
    ]


def test_7_an_html_export_with_a_deep_data_block_is_refused_too():
    data = deep_export(989).decode("utf-8").replace("<", "\\u003c")
    html = f'<!DOCTYPE html><html><body><script type="application/json" id="coursekit-portfolio">{data}</script>'
    with pytest.raises(ExportProblem) as caught:
        read_export(html.encode("utf-8"))
    assert caught.value.kind is Problem.TOO_DEEP


def test_7_a_deep_answer_record_is_invalid_before_any_check_recurses():
    record = reflection("x", updated_at=MOMENT).to_dict()
    record["value"] = {"responses": nested_value(985)}
    with pytest.raises(InvalidAnswer, match="dieper genest"):
        Answer.from_dict(record)


@pytest.mark.parametrize("depth", [40, 985, 5000])
def test_7_a_deep_store_is_set_aside_not_a_recursion_error(course, depth):
    course.store_path.parent.mkdir(parents=True)
    record = reflection("x", updated_at=MOMENT).to_dict()
    record["value"] = {"responses": "@@"}
    text = json.dumps({"format": "coursekit-antwoorden", "schema_version": 2, "answers": {"h1-reflectie": record}})
    course.store_path.write_text(text.replace('"@@"', nested(depth)), encoding="utf-8")
    store = AnswerStore(course.store_path)
    assert store.answers() == {}
    (aside,) = store.set_aside_files()
    assert store.notices == [learner.STORE_SET_ASIDE.format(path=course.store_path, aside=aside)]
    store.save(reflection("opnieuw"))  # saving works again, over a fresh file
    assert store.get("h1-reflectie").value["responses"][0]["text"] == "opnieuw"


# --- 9, 10, 12. Migrations -----------------------------------------------------------------------


def test_12_a_migration_says_once_that_the_answers_were_converted_and_where_the_copy_is(course):
    old = version_1_store(course.store_path)
    store = AnswerStore(course.store_path)
    assert store.get("h1-reflectie").value["responses"][0]["text"] == "van vroeger"
    copies = list(course.store_path.parent.glob("antwoorden.versie-1-*.json"))
    assert len(copies) == 1 and json.loads(copies[0].read_text(encoding="utf-8")) == old
    assert store.notices == [learner.STORE_MIGRATED.format(path=course.store_path, copy=copies[0])]
    store.answers()
    assert len(store.notices) == 1  # said once
    assert AnswerStore(course.store_path).answers() and not AnswerStore(course.store_path).notices


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str):
    """A tmpfs of ``size`` mounted on ``folder`` (root on Linux only); skips the test otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Write until the file system is full."""
    with open(folder / "vulling.bin", "wb", buffering=0) as file, contextlib.suppress(OSError):
        while True:
            file.write(b"\0" * 4096)


def test_10_a_version_1_store_on_a_full_disk_shows_its_answers_and_leaves_no_truncated_copy(tmp_path):
    with small_tmpfs(tmp_path / "schijf", "64k") as disk:
        path = disk / "antwoorden.json"
        old = version_1_store(path, "x" * 20_000)  # larger than what is left once the disk is full
        before = path.read_bytes()
        fill(disk)
        for _ in range(3):  # every try: the answers, the right reason, nothing left behind
            store = AnswerStore(path)
            assert store.get("h1-reflectie").value["responses"][0]["text"] == "x" * 20_000
            assert store.notices == [
                learner.STORE_MIGRATION_FAILED.format(path=path, reason=learner_reason(errno.ENOSPC))
            ]
            assert "beschadigd" not in store.notices[0]
        assert sorted(p.name for p in disk.iterdir() if not p.name.startswith("vulling")) == [
            "antwoorden.json",
            "antwoorden.json.lock",
        ]
        assert path.read_bytes() == before and json.loads(before) == old
        with pytest.raises(StoreError, match="de schijf is vol"):
            store.save(reflection("nieuw"))
        assert path.read_bytes() == before


def learner_reason(code: int) -> str:
    from coursekit.texts import common

    return common.OS_ERRORS[errno.errorcode[code]]


def test_9_a_version_1_store_in_a_read_only_folder_shows_its_answers_and_says_saving_is_not_possible(tmp_path):
    folder = tmp_path / "alleen-lezen"
    if os.geteuid() == 0:
        context = small_tmpfs(folder, "1m")
    else:
        context = contextlib.nullcontext(folder)
    with context:
        path = folder / "antwoorden.json"
        version_1_store(path)
        before = path.read_bytes()
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            reason = learner_reason(errno.EROFS)
        else:
            folder.chmod(0o555)
            reason = learner_reason(errno.EACCES)
        try:
            store = AnswerStore(path)
            assert store.get("h1-reflectie").value["responses"][0]["text"] == "van vroeger"
            assert store.notices == [learner.STORE_MIGRATION_FAILED.format(path=path, reason=reason)]
            assert "beschadigd" not in store.notices[0] and "opslaan" in store.notices[0]
            assert path.read_bytes() == before
            assert [p.name for p in folder.iterdir()] == ["antwoorden.json"]
        finally:
            if os.geteuid() != 0:
                folder.chmod(0o755)


def test_7_no_depth_near_pythons_recursion_limit_makes_read_class_or_import_raise(tmp_path, course, store):
    """Where Python's own limit bites depends on how deep the caller's stack already is: every depth
    from 850 to 1,000 is tried, in one class folder and one import each."""
    folder = tmp_path / "klas"
    folder.mkdir()
    depths = range(850, 1001)
    for depth in depths:
        (folder / f"diep-{depth}.json").write_bytes(deep_export(depth))
    data = notebook(build_script(), folder)
    assert len(data["skipped"]) == len(depths) and not data["learners"]
    assert {one["reason"] for one in data["skipped"]} == {
        teacher.SKIP_DAMAGED.format(detail=teacher.DAMAGED_DEPTH.format(depth=MAX_DEPTH))
    }
    for depth in depths:
        report = import_export(deep_export(depth), f"diep-{depth}.json", store, load_catalog())
        assert report.summary.startswith(f"✘ diep-{depth}.json: ") and report.added == 0
