"""The reflection widget, driven as a learner would: typing, saving, restarting, bad input."""

from __future__ import annotations

import errno
import os
import threading

from ck_helpers import reflection
from coursekit import exercise
from coursekit.store import AnswerStore

TRICKY = "Emoji 😀👩🏽‍💻, rechts-naar-links: مرحبا بالعالم שלום, <script>alert('x')</script> **vet** & <b>html</b>"


def saved_texts(course, exercise_id="h1-reflectie"):
    answer = AnswerStore(course.store_path).get(exercise_id)
    return answer and [response["text"] for response in answer.value["responses"]]


def test_typing_saves_and_says_so(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.text_areas[0].value = "Wat me opviel"
    assert saved_texts(course) == ["Wat me opviel", ""]
    assert view.status.value.startswith('<p role="status">✔ Opgeslagen om ')


def test_the_answer_comes_back_after_a_restart(course):
    first = exercise("h1-reflectie", save_delay=0).view
    first.text_areas[0].value = "eerste"
    first.text_areas[1].value = "tweede"
    again = exercise("h1-reflectie").view  # a new cell run or kernel
    assert [area.value for area in again.text_areas] == ["eerste", "tweede"]
    assert "Je eerder opgeslagen antwoord is teruggezet" in again.status.value


def test_saving_waits_for_a_pause_in_typing(course, monkeypatch):
    saves = []
    done = threading.Event()
    original = AnswerStore.save

    def counting_save(store, answer):
        saves.append(answer.value["responses"][0]["text"])
        done.set()
        return original(store, answer)

    monkeypatch.setattr(AnswerStore, "save", counting_save)
    view = exercise("h1-reflectie", save_delay=1.0).view
    for text in ("W", "Wa", "Wat"):
        view.text_areas[0].value = text
    assert saves == [] and view.autosave.pending
    assert done.wait(timeout=10)
    assert saves == ["Wat"] and not view.autosave.pending


def test_the_save_button_saves_at_once(course):
    view = exercise("h1-reflectie", save_delay=60).view
    view.text_areas[1].value = "direct bewaren"
    assert saved_texts(course) is None
    save_now = next(w for w in view.root.children if getattr(w, "description", "") == "Nu opslaan")
    save_now.click()
    assert saved_texts(course) == ["", "direct bewaren"] and not view.autosave.pending


def test_an_empty_answer_is_not_saved_and_an_earlier_one_is_kept(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.text_areas[0].value = "   "
    assert saved_texts(course) is None and "er is nog niets opgeslagen" in view.status.value
    view.text_areas[0].value = "mijn antwoord"
    view.text_areas[0].value = ""
    assert saved_texts(course) == ["mijn antwoord", ""]
    assert "Je eerder opgeslagen antwoord (van " in view.status.value and "blijft bewaard" in view.status.value


def test_a_very_long_text_is_not_cut_off_and_stays_in_the_field(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.text_areas[0].value = "kort"
    view.text_areas[0].value = "x" * 100_000
    assert view.text_areas[0].value == "x" * 100_000
    assert saved_texts(course) == ["kort", ""]
    assert "Niet opgeslagen: je tekst is te lang (100.000 tekens; het maximum is 50.000 tekens)" in view.status.value


def test_emoji_right_to_left_and_html_are_kept_exactly(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.text_areas[0].value = TRICKY
    assert saved_texts(course)[0] == TRICKY
    assert exercise("h1-reflectie").view.text_areas[0].value == TRICKY


def test_a_full_disk_keeps_the_text_in_the_field_and_says_what_to_do(course, monkeypatch):
    view = exercise("h1-reflectie", save_delay=0).view
    view.text_areas[0].value = "al bewaard"

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    view.text_areas[0].value = "nog niet bewaard"
    monkeypatch.undo()
    assert view.text_areas[0].value == "nog niet bewaard"
    assert "Opslaan lukte niet (de schijf is vol)" in view.status.value
    assert "exporteer of kopieer hem" in view.status.value
    assert saved_texts(course) == ["al bewaard", ""]


def test_a_damaged_store_is_set_aside_and_the_learner_is_told_where(course):
    course.store_path.parent.mkdir(parents=True)
    course.store_path.write_text("{kapot", encoding="utf-8")
    view = exercise("h1-reflectie", save_delay=0).view
    alert = view.root.children[1].value
    aside = AnswerStore(course.store_path).set_aside_files()
    assert 'role="alert"' in alert and aside[0].name in alert and "niet weggegooid" in alert
    assert aside[0].read_text(encoding="utf-8") == "{kapot"
    view.text_areas[0].value = "verder"
    assert saved_texts(course) == ["verder", ""]


def test_a_store_damaged_while_the_notebook_runs_is_reported_at_the_next_save(course):
    """Regression: the file was set aside silently and the learner only saw '✔ Opgeslagen'."""
    view = exercise("h1-reflectie", save_delay=0).view
    view.text_areas[0].value = "eerste versie"
    course.store_path.write_text("{kapot", encoding="utf-8")  # e.g. edited by hand meanwhile
    view.text_areas[0].value = "tweede versie"
    aside = AnswerStore(course.store_path).set_aside_files()
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{kapot"
    assert "✔ Opgeslagen om " in view.status.value
    assert 'role="alert"' in view.status.value and aside[0].name in view.status.value
    assert "niet weggegooid" in view.status.value
    assert saved_texts(course) == ["tweede versie", ""]
    view.text_areas[0].value = "derde versie"  # told once, not at every save
    assert "niet weggegooid" not in view.status.value


def test_definition_text_is_escaped_in_the_widget(course):
    header = exercise("h1-reflectie").view.root.children[0].value
    assert "<h4>Reflectie &lt;b&gt;vet&lt;/b&gt;</h4>" in header


def test_an_answer_saved_for_another_exercise_type_does_not_break_the_widget(course):
    AnswerStore(course.store_path).save(reflection("oud antwoord", "h1-zelfscan"))
    view = exercise("h1-zelfscan", save_delay=0).view
    assert [d.value for d in view.scores] == [None, None, None] and view.status.value == ""
