"""The answer store: restart, two kernels, corruption, read-only and full disks, merging."""

from __future__ import annotations

import errno
import json
import os
import tempfile

import pytest

from ck_helpers import EARLIER, LATER, reflection
from coursekit.answers import InvalidAnswer
from coursekit.store import FORMAT, SCHEMA_VERSION, AnswerStore, MergeStatus, StoreError


def test_an_answer_comes_back_after_a_restart(store, course):
    store.save(reflection("Eerste gedachte"))
    again = AnswerStore(course.store_path)  # a new kernel
    assert again.get("h1-reflectie").value["responses"][0]["text"] == "Eerste gedachte"


def test_the_file_has_a_schema_version_and_complete_records(store, course):
    saved = store.save(reflection("tekst"))
    document = json.loads(course.store_path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["schema_version"] == SCHEMA_VERSION
    record = document["answers"]["h1-reflectie"]
    assert set(record) == {"exercise_id", "chapter", "type", "value", "updated_at", "edition", "definition"}
    assert record["chapter"] == 1 and record["type"] == "reflection"
    assert record["updated_at"] == saved.updated_at and "T" in saved.updated_at


def test_two_kernels_writing_different_answers_both_survive(course):
    first, second = AnswerStore(course.store_path), AnswerStore(course.store_path)
    first.get("h1-reflectie"), second.get("h1-reflectie")  # both opened before either writes
    first.save(reflection("uit notebook 1", "h1-reflectie"))
    second.save(reflection("uit notebook 2", "h2-reflectie", chapter=2))
    first.save(reflection("nog eens uit notebook 1", "h3-reflectie", chapter=3))
    assert set(AnswerStore(course.store_path).answers()) == {"h1-reflectie", "h2-reflectie", "h3-reflectie"}


def test_writing_leaves_no_temporary_files(store, course):
    for number in range(5):
        store.save(reflection(f"versie {number}"))
    assert sorted(p.name for p in course.store_path.parent.iterdir()) == ["antwoorden.json", "antwoorden.json.lock"]


@pytest.mark.parametrize(
    "content",
    [
        b"{niet af",
        b"\xff\xfe\x00kapot",
        b'{"iets": "anders"}',
        b"[]",
        json.dumps({"format": FORMAT, "schema_version": 99, "answers": {}}).encode(),
    ],
)
def test_a_damaged_or_foreign_file_is_set_aside_never_overwritten(course, content):
    course.store_path.parent.mkdir(parents=True)
    course.store_path.write_bytes(content)
    store = AnswerStore(course.store_path)
    assert store.answers() == {}
    aside = store.set_aside_files()
    assert len(aside) == 1 and aside[0].read_bytes() == content
    assert "beschadigd-" in aside[0].name and aside[0].suffix == ".json"
    assert str(aside[0]) in store.notices[0] and "niet weggegooid" in store.notices[0]
    store.save(reflection("nieuw begin"))
    assert aside[0].read_bytes() == content
    assert AnswerStore(course.store_path).get("h1-reflectie") is not None


def test_a_damaged_file_found_while_saving_is_set_aside_too(course):
    course.store_path.parent.mkdir(parents=True)
    course.store_path.write_text("geen json", encoding="utf-8")
    store = AnswerStore(course.store_path)
    store.save(reflection("tekst"))
    assert [p.read_text(encoding="utf-8") for p in store.set_aside_files()] == ["geen json"]
    assert store.get("h1-reflectie") is not None


def test_two_damaged_files_in_one_second_get_different_names(course):
    course.store_path.parent.mkdir(parents=True)
    for content in ("kapot 1", "kapot 2"):
        course.store_path.write_text(content, encoding="utf-8")
        AnswerStore(course.store_path).answers()
    contents = sorted(p.read_text(encoding="utf-8") for p in AnswerStore(course.store_path).set_aside_files())
    assert contents == ["kapot 1", "kapot 2"]


def test_one_unreadable_entry_is_reported_kept_and_does_not_hide_the_others(store, course):
    store.save(reflection("goed antwoord"))
    document = json.loads(course.store_path.read_text(encoding="utf-8"))
    document["answers"]["h2-stuk"] = {"exercise_id": "h2-stuk", "chapter": 2, "type": "selfscan", "value": {}}
    course.store_path.write_text(json.dumps(document), encoding="utf-8")
    fresh = AnswerStore(course.store_path)
    assert set(fresh.answers()) == {"h1-reflectie"}
    assert any("h2-stuk" in notice for notice in fresh.notices)
    fresh.save(reflection("ander antwoord", "h3-iets", chapter=3))
    assert "h2-stuk" in json.loads(course.store_path.read_text(encoding="utf-8"))["answers"]


def test_ids_with_path_tricks_are_refused(store):
    for bad in ("../antwoorden", "h1/../../etc", "h1-A", "h1-a\n", "", "h1-" + "a" * 61):
        with pytest.raises(InvalidAnswer):
            store.get(bad)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_read_only_folder_gives_a_dutch_message_and_keeps_old_answers(store, course):
    store.save(reflection("bewaard"))
    before = course.store_path.read_bytes()
    course.store_path.parent.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="Opslaan lukte niet"):
            store.save(reflection("nieuw"))
    finally:
        course.store_path.parent.chmod(0o755)
    assert course.store_path.read_bytes() == before


def test_a_read_only_file_system_gives_a_dutch_message_and_keeps_old_answers(store, course, monkeypatch):
    store.save(reflection("bewaard"))
    before = course.store_path.read_bytes()

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StoreError) as caught:
        store.save(reflection("nieuw"))
    message = str(caught.value)
    assert "Opslaan lukte niet (de map is alleen-lezen)" in message
    assert "je tekst staat nog in het veld; exporteer of kopieer hem" in message.lower()
    assert course.store_path.read_bytes() == before


def test_a_full_disk_gives_a_dutch_message_keeps_old_answers_and_no_temporary_file(store, course, monkeypatch):
    store.save(reflection("bewaard"))
    before = course.store_path.read_bytes()

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StoreError, match="de schijf is vol"):
        store.save(reflection("nieuw"))
    monkeypatch.undo()
    assert course.store_path.read_bytes() == before
    assert not list(course.store_path.parent.glob("*.tmp"))
    assert store.get("h1-reflectie").value["responses"][0]["text"] == "bewaard"  # not the unsaved text


def test_merge_adds_new_answers_and_replaces_only_older_ones(store):
    store.save(reflection("lokaal, oud", "h1-oud", updated_at=EARLIER))
    store.save(reflection("lokaal, nieuw", "h1-nieuw", updated_at=LATER))
    store.save(reflection("gelijk", "h1-gelijk", updated_at=EARLIER))
    outcomes = store.merge(
        [
            reflection("import, nieuwer", "h1-oud", updated_at=LATER),
            reflection("import, ouder", "h1-nieuw", updated_at=EARLIER),
            reflection("gelijk", "h1-gelijk", updated_at=LATER),
            reflection("import, nieuw", "h1-extra", updated_at=EARLIER),
        ]
    )
    assert [o.status for o in outcomes] == [
        MergeStatus.UPDATED,
        MergeStatus.KEPT_LOCAL,
        MergeStatus.UNCHANGED,
        MergeStatus.ADDED,
    ]
    texts = {k: a.value["responses"][0]["text"] for k, a in store.answers().items()}
    assert texts == {
        "h1-oud": "import, nieuwer",
        "h1-nieuw": "lokaal, nieuw",
        "h1-gelijk": "gelijk",
        "h1-extra": "import, nieuw",
    }
