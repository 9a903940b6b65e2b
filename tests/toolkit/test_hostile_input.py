"""Every file a learner or teacher hands in may be hostile: no crash, no hang, no silent loss.

One regression test per case found in a hostile-input review (issue "Every file a learner or
teacher hands in is hostile"), numbered as in that issue, each with the rule it proves.
"""

from __future__ import annotations

import json
import os
import time

import pytest

from ck_helpers import LATER, reflection
from classtools import build_script, notebook
from coursekit import store as store_module
from coursekit.answers import Answer, InvalidAnswer, parse_time
from coursekit.definitions import load_catalog
from coursekit.portfolio.format import ExportProblem, Problem, read_export
from coursekit.store import AnswerStore
from coursekit.texts import teacher
from pagecalls import build_export, import_export

EDGES = ("9999-12-31T23:59:59+00:00", "0001-01-01T00:00+05:00", "1999-12-31T23:59:59+00:00")


def export_payload(answers: list[dict], name: str = "Sam", version: object = 1, exported_at: str = LATER) -> bytes:
    return json.dumps(
        {
            "format": "coursekit-portfolio",
            "schema_version": version,
            "exported_at": exported_at,
            "name": name,
            "answers": answers,
        }
    ).encode("utf-8")


# 1. Timestamps at the edge of the calendar: refused where they enter, never shown.


@pytest.mark.parametrize("moment", EDGES)
def test_1_a_time_at_the_edge_of_the_calendar_is_refused_with_a_dutch_reason(moment):
    with pytest.raises(InvalidAnswer, match="geen geldig tijdstip"):
        parse_time(moment)


@pytest.mark.parametrize("moment", EDGES)
def test_1_an_import_with_such_a_time_skips_that_answer_and_export_still_works(course, store, moment):
    store.save(reflection("van mij"))
    hostile = reflection("x", "h1-zelfscan").to_dict() | {"updated_at": moment}
    report = import_export(export_payload([hostile], exported_at=moment), "vreemd.json", store, load_catalog())
    assert "geen geldig tijdstip" in "\n".join(report.lines) and report.added == 0
    bundle = build_export(store.answers(), load_catalog(), name="Sam")  # no OverflowError
    assert "van mij" in bundle.html


@pytest.mark.parametrize("moment", EDGES)
def test_1_a_store_entry_with_such_a_time_is_reported_and_kept(course, store, moment):
    store.save(reflection("goed"))
    document = json.loads(course.store_path.read_text(encoding="utf-8"))
    document["answers"]["h2-rand"] = reflection("rand", "h2-rand", chapter=2).to_dict() | {"updated_at": moment}
    course.store_path.write_text(json.dumps(document), encoding="utf-8")
    again = AnswerStore(course.store_path)
    assert set(again.answers()) == {"h1-reflectie"} and "geen geldig tijdstip" in again.notices[0]
    again.save(reflection("nieuw", "h3-nieuw", chapter=3))
    assert "h2-rand" in json.loads(course.store_path.read_text(encoding="utf-8"))["answers"]  # kept, not dropped


def test_1_a_class_overview_with_such_times_still_renders(tmp_path, course):
    folder = tmp_path / "map"
    folder.mkdir()
    hostile = reflection("x").to_dict() | {"updated_at": EDGES[0]}
    (folder / "a.json").write_bytes(
        export_payload([hostile, reflection("y", "h1-dilemma").to_dict()], exported_at=EDGES[1])
    )
    data = notebook(build_script(), folder)
    assert data["learners"][0]["exported_at"] is None and data["notes"]  # one unreadable answer noted
    assert data["exercises"] and data["learners_table"]["rows"]


# 2. Non-regular files in the class-overview folder: refused at once, never read.


def test_2_a_pipe_and_a_link_to_a_device_are_skipped_without_waiting(tmp_path, course):
    folder = tmp_path / "map"
    folder.mkdir()
    os.mkfifo(folder / "pijp.html")
    (folder / "nul.json").symlink_to("/dev/zero")
    started = time.monotonic()
    data = notebook(build_script(), folder)
    assert time.monotonic() - started < 10
    assert {s["file"]["relative"]: s["reason"] for s in data["skipped"]} == {
        "nul.json": teacher.SKIP_NOT_REGULAR,
        "pijp.html": teacher.SKIP_NOT_REGULAR,
    }


# 3. Invalid Unicode in names and file names.


def test_3_a_lone_surrogate_in_a_name_and_a_non_utf8_file_name_show_without_error(tmp_path, course):
    folder = tmp_path / "map"
    folder.mkdir()
    # JSON may spell a lone surrogate as an escape; Python then reads a str that UTF-8 cannot encode
    (folder / "a.json").write_bytes(
        export_payload([reflection("x").to_dict()]).replace(b'"Sam"', b'"Piet \\ud800 Jansen"')
    )
    odd = os.fsencode(folder) + b"/caf\xe9.json"
    with open(odd, "wb") as file:
        file.write(export_payload([reflection("y", "h1-dilemma").to_dict()], name="Ander"))
    data = notebook(build_script(), folder, show_names=True)
    assert sorted(one["name"] for one in data["learners"]) == ["Ander", "Piet Jansen"]
    shown = shown_text(data)
    shown.encode("utf-8")  # no lone surrogate left in the page
    assert "caf\ufffd.json" in shown


def shown_text(overview: dict) -> str:
    """What the overview shows of the files and learners: the learners table and the skipped files."""
    table = overview["learners_table"]
    rows = [table["caption"], *table["header"], *(cell for row in table["rows"] for cell in row)]
    return "\n".join(rows + [f"{one['file']['shown']}: {one['shown']}" for one in overview["skipped"]])


# 4. A lost update between two kernels when the file system's clock is coarse.


def test_4_no_update_is_lost_when_file_identities_look_unchanged(course, monkeypatch):
    first, second = AnswerStore(course.store_path), AnswerStore(course.store_path)
    first.save(reflection("eerste", "h1-een"))
    real_fstat = os.fstat

    def coarse(descriptor):  # every version of the file looks the same: same inode, size and time
        status = real_fstat(descriptor)
        return os.stat_result((status.st_mode, 1, 1, 1, 0, 0, 1000, 0, 0, 0))

    monkeypatch.setattr(store_module.os, "fstat", coarse)
    first.get("h1-een")  # first caches the file as it is now
    second.save(reflection("tweede", "h2-twee", chapter=2))
    first.save(reflection("derde", "h3-drie", chapter=3))
    monkeypatch.undo()
    assert set(AnswerStore(course.store_path).answers()) == {"h1-een", "h2-twee", "h3-drie"}


# 5. An import over an entry this version cannot read: replaced only with a copy kept, and said so.


def test_5_an_unreadable_entry_is_replaced_only_after_a_copy_is_kept(course, store):
    store.save(reflection("goed"))
    document = json.loads(course.store_path.read_text(encoding="utf-8"))
    document["answers"]["h1-dilemma"] = {"exercise_id": "h1-dilemma", "type": "van later"}
    course.store_path.write_text(json.dumps(document), encoding="utf-8")
    catalog = load_catalog()
    incoming = Answer("h1-dilemma", 1, "dilemma", {"question": "Wat doe je?", "choice": "Bemiddelen"}, LATER)
    report = import_export(
        build_export({"h1-dilemma": incoming}, catalog).json.encode(), "e.json", AnswerStore(course.store_path), catalog
    )
    line = next(line for line in report.lines if "h1-dilemma" in line or "Casus" in line)
    assert line.startswith("✔ Vervangen:") and "kopie" in line and "Toegevoegd" not in report.summary
    backup = next(course.store_path.parent.glob("antwoorden.kopie-*.json"))
    assert json.loads(backup.read_text(encoding="utf-8"))["answers"]["h1-dilemma"]["type"] == "van later"
    assert AnswerStore(course.store_path).get("h1-dilemma") == incoming


# 6. NUL and other control characters: taken out where a text enters, so exports stay text.


def test_6_a_nul_in_an_answer_never_reaches_an_export(course, store, tmp_path):
    saved = store.save(reflection("voor\x00na\x07"))
    assert saved.value["responses"][0]["text"] == "voorna"
    bundle = build_export(store.answers(), load_catalog(), name="Sam\x00")
    assert "\x00" not in bundle.html + bundle.markdown + bundle.json
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "sam.html").write_text(bundle.html, encoding="utf-8")
    data = notebook(build_script(), folder)
    assert data["learners"] and not data["skipped"]


# 7. With names hidden, a file name's suffix must not show a name.


def test_7_an_uncommon_suffix_is_not_shown_when_names_are_hidden(tmp_path, course):
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "Piet.Jansen").write_bytes(export_payload([reflection("x").to_dict()]))
    (folder / "notities.txt").write_text("geen export", encoding="utf-8")
    hidden = shown_text(notebook(build_script(), folder, show_names=False))
    assert "jansen" not in hidden.lower() and teacher.OTHER_SUFFIX in hidden and "(.txt)" in hidden


# 8. Odd schema versions in an export: refused by the one version rule, for learner and teacher.


@pytest.mark.parametrize("version", [0, -1, True, 1.0, "1", None])
def test_8_an_odd_schema_version_is_refused(course, store, version):
    data = export_payload([reflection("x").to_dict()], version=version)
    with pytest.raises(ExportProblem) as caught:
        read_export(data)
    assert caught.value.kind is Problem.DAMAGED_VERSION
    report = import_export(data, "raar.json", store, load_catalog())
    assert report.summary.startswith("✘ raar.json:") and store.answers() == {}


# 9. Temporary files of interrupted saves are cleaned up; a save in progress is left alone.


def test_9_stale_temporary_files_are_removed_fresh_ones_kept(course, store):
    store.save(reflection("eerst"))
    folder = course.store_path.parent
    stale, fresh = folder / ".antwoorden.json.oud.tmp", folder / ".antwoorden.json.bezig.tmp"
    stale.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"y")
    long_ago = time.time() - 2 * store_module.STALE_TEMPORARY_SECONDS
    os.utime(stale, (long_ago, long_ago))
    store.save(reflection("daarna"))
    assert not stale.exists() and fresh.exists()


# 10. Glob characters in the store's name do not hide the set-aside files.


def test_10_set_aside_files_are_found_whatever_the_store_is_called(tmp_path):
    path = tmp_path / "antwoorden[1].json"
    path.write_text("kapot", encoding="utf-8")
    store = AnswerStore(path)
    store.answers()
    assert [p.name.startswith("antwoorden[1].beschadigd-") for p in store.set_aside_files()] == [True]


# 11. A symlinked store (a synced folder) stays a link; the answers go where it points.


def test_11_a_symlinked_store_keeps_its_link(tmp_path):
    target = tmp_path / "gesynchroniseerd" / "antwoorden.json"
    target.parent.mkdir()
    link = tmp_path / "antwoorden.json"
    link.symlink_to(target)
    AnswerStore(link).save(reflection("via de link"))
    assert link.is_symlink() and AnswerStore(target).get("h1-reflectie") is not None


# Also: a byte-order mark is fine; an older format version is migrated with a copy kept.


def test_a_store_saved_with_a_byte_order_mark_is_read(course):
    course.store_path.parent.mkdir(parents=True)
    document = {
        "format": "coursekit-antwoorden",
        "schema_version": 1,
        "answers": {"h1-reflectie": reflection("met BOM").to_dict()},
    }
    course.store_path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode("utf-8"))
    store = AnswerStore(course.store_path)
    assert store.get("h1-reflectie").value["responses"][0]["text"] == "met BOM"
    assert [notice.startswith("ℹ Je antwoorden") for notice in store.notices] == [True]  # migrated: said once


def test_an_older_store_version_is_migrated_with_a_copy_kept(course, monkeypatch):
    course.store_path.parent.mkdir(parents=True)
    old = {
        "format": "coursekit-antwoorden",
        "schema_version": 1,
        "answers": {"h1-reflectie": reflection("van vroeger").to_dict()},
    }
    course.store_path.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)  # as if this were the next version
    monkeypatch.setattr(store_module, "MIGRATIONS", {1: lambda document: {**document, "schema_version": 2}})
    store = AnswerStore(course.store_path)
    assert store.get("h1-reflectie").value["responses"][0]["text"] == "van vroeger"
    copies = list(course.store_path.parent.glob("antwoorden.versie-1-*.json"))
    assert len(copies) == 1 and json.loads(copies[0].read_text(encoding="utf-8")) == old
    assert json.loads(course.store_path.read_text(encoding="utf-8"))["schema_version"] == 2
