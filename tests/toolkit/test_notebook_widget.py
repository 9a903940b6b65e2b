"""The exercise widget's kernel side (coursekit.notebook.widget), driven as its view drives it: the
view sets "value" (after a pause in typing, a choice or "Nu opslaan"); the kernel saves it in the
answer file and says so in "status". What the view draws (feedback, charts, summaries) is the
page's view (exercise_types/<type>/view.js), tested in tests/page and tests/browser."""

from __future__ import annotations

import errno
import os
import threading

import pytest

from ck_helpers import reflection
from coursekit import exercise
from coursekit.answers import Answer
from coursekit.display import Message
from coursekit.exercise_types import REGISTRY
from coursekit.notebook import BUNDLE, stale
from coursekit.store import AnswerStore
from test_exercise_types import Learner

TRICKY = "Emoji 😀👩🏽‍💻, rechts-naar-links: مرحبا بالعالم שלום, <script>alert('x')</script> **vet** & <b>html</b>"
PROMPTS = ("Wat viel je op?", "Wat doe je anders?")


def responses(*texts):
    return {"responses": [{"prompt": p, "text": t} for p, t in zip(PROMPTS, texts)]}


def saved_texts(course, exercise_id="h1-reflectie"):
    answer = AnswerStore(course.store_path).get(exercise_id)
    return answer and [response["text"] for response in answer.value["responses"]]


def stored(course, exercise_id):
    return AnswerStore(course.store_path).get(exercise_id).value


def text(view):
    return view.status["text"]


def test_the_widget_runs_the_committed_view_bundle_and_it_is_fresh(course):
    view = exercise("h1-reflectie").view
    assert view._esm == BUNDLE.read_text(encoding="utf-8") and "data-lm-suppress-shortcuts" in view._esm
    assert view.definition["id"] == "h1-reflectie" and view.definition["type"] == "reflection"
    assert not stale(), "run `python -m coursekit.notebook` and commit exercise.js"


def test_typing_saves_and_says_so(course):
    view = exercise("h1-reflectie", save_delay=0).view
    assert tuple(view.definition["prompts"]) == PROMPTS
    view.value = responses("Wat me opviel", "")
    assert saved_texts(course) == ["Wat me opviel", ""]
    assert text(view).startswith("✔ Opgeslagen om ") and view.status["kind"] == "saved"
    assert view.answer["value"] == responses("Wat me opviel", "")


def test_the_answer_comes_back_after_a_restart(course):
    first = exercise("h1-reflectie", save_delay=0).view
    first.value = responses("eerste", "tweede")
    again = exercise("h1-reflectie").view  # a new cell run or kernel
    assert again.answer["value"] == responses("eerste", "tweede") and again.value == responses("eerste", "tweede")
    assert "Je eerder opgeslagen antwoord is teruggezet" in text(again) and again.status["kind"] == "restored"


def test_saving_waits_for_a_short_pause(course, monkeypatch):
    saves = []
    done = threading.Event()
    original = AnswerStore.save

    def counting_save(store, answer):
        saves.append(answer.value["responses"][0]["text"])
        done.set()
        return original(store, answer)

    monkeypatch.setattr(AnswerStore, "save", counting_save)
    view = exercise("h1-reflectie", save_delay=1.0).view
    for typed in ("W", "Wa", "Wat"):
        view.value = responses(typed, "")
    assert saves == [] and view.autosave.pending
    assert done.wait(timeout=10)
    assert saves == ["Wat"] and not view.autosave.pending


def test_a_flush_from_the_view_saves_at_once(course):
    view = exercise("h1-reflectie", save_delay=60).view
    view.value = responses("", "direct bewaren")
    assert saved_texts(course) is None
    view._message(view, {"method": "flush"}, [])  # the view: "Nu opslaan", or the notebook is left
    assert saved_texts(course) == ["", "direct bewaren"] and not view.autosave.pending


def test_an_empty_answer_is_not_saved_and_an_earlier_one_is_kept(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.value = responses("   ", "")
    assert saved_texts(course) is None and "er is nog niets opgeslagen" in text(view)
    view.value = responses("mijn antwoord", "")
    view.value = responses("", "")
    assert saved_texts(course) == ["mijn antwoord", ""]
    assert "Je eerder opgeslagen antwoord (van " in text(view) and "blijft bewaard" in text(view)


def test_a_very_long_text_is_refused_and_stays_with_the_view(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.value = responses("kort", "")
    view.value = responses("x" * 100_000, "")
    assert view.value == responses("x" * 100_000, "")  # the kernel does not cut or reset it
    assert saved_texts(course) == ["kort", ""]
    assert "Niet opgeslagen: je tekst is te lang (100.000 tekens; het maximum is 50.000 tekens)" in text(view)
    assert view.status["kind"] == "error"


def test_emoji_right_to_left_and_html_are_kept_exactly(course):
    view = exercise("h1-reflectie", save_delay=0).view
    view.value = responses(TRICKY, "")
    assert saved_texts(course)[0] == TRICKY
    assert exercise("h1-reflectie").view.answer["value"]["responses"][0]["text"] == TRICKY


def test_a_full_disk_keeps_the_text_and_says_what_to_do(course, monkeypatch):
    view = exercise("h1-reflectie", save_delay=0).view
    view.value = responses("al bewaard", "")

    def full(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    view.value = responses("nog niet bewaard", "")
    monkeypatch.undo()
    assert view.value == responses("nog niet bewaard", "")
    assert "Opslaan lukte niet (de schijf is vol)" in text(view)
    assert "exporteer of kopieer hem" in text(view)
    assert saved_texts(course) == ["al bewaard", ""]


def test_a_read_only_folder_is_said_in_dutch(course, monkeypatch):
    view = exercise("h1-reflectie", save_delay=0).view

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    view.value = responses("iets", "")
    monkeypatch.undo()
    assert view.status["kind"] == "error" and text(view).startswith("⚠ Opslaan lukte niet (je hebt geen toestemming")
    assert saved_texts(course) is None


def test_a_damaged_store_is_set_aside_and_the_learner_is_told_where(course):
    course.store_path.parent.mkdir(parents=True)
    course.store_path.write_text("{kapot", encoding="utf-8")
    view = exercise("h1-reflectie", save_delay=0).view
    alert = " ".join(view.status["warnings"])
    aside = AnswerStore(course.store_path).set_aside_files()
    assert aside[0].name in alert and "niet weggegooid" in alert
    assert aside[0].read_text(encoding="utf-8") == "{kapot"
    view.value = responses("verder", "")
    assert saved_texts(course) == ["verder", ""]


def test_a_store_damaged_while_the_notebook_runs_is_reported_at_the_next_save(course):
    """Regression: the file was set aside silently and the learner only saw '✔ Opgeslagen'."""
    view = exercise("h1-reflectie", save_delay=0).view
    view.value = responses("eerste versie", "")
    course.store_path.write_text("{kapot", encoding="utf-8")  # e.g. edited by hand meanwhile
    view.value = responses("tweede versie", "")
    aside = AnswerStore(course.store_path).set_aside_files()
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{kapot"
    assert "✔ Opgeslagen om " in text(view)
    assert aside[0].name in " ".join(view.status["warnings"]) and "niet weggegooid" in " ".join(view.status["warnings"])
    assert saved_texts(course) == ["tweede versie", ""]
    view.value = responses("derde versie", "")  # told once, not at every save
    assert view.status["warnings"] == []


def test_the_definition_reaches_the_view_as_data_never_as_markup(course):
    assert exercise("h1-reflectie").view.definition["title"] == "Reflectie <b>vet</b>"  # the view sets textContent


def test_an_answer_saved_for_another_exercise_type_does_not_break_the_widget(course):
    AnswerStore(course.store_path).save(reflection("oud antwoord", "h1-zelfscan"))
    view = exercise("h1-zelfscan", save_delay=0).view
    assert view.answer is None and view.value is None and text(view) == ""


def test_a_multiple_choice_answer_is_saved_and_comes_back(course):
    view = exercise("h1-kennis", save_delay=0).view
    value = {
        "question": "Welke generatie hoort bij co-design?",
        "choice": "Ambacht 1.0",
        "correct": False,
        "attempts": 1,
    }
    view.value = value
    assert stored(course, "h1-kennis") == value
    view.value = {**value, "choice": "Ambacht 3.0", "correct": True, "attempts": 2}
    again = exercise("h1-kennis").view
    assert again.answer["value"]["correct"] is True and again.answer["value"]["attempts"] == 2


def test_a_dilemma_choice_is_saved(course):
    view = exercise("h1-dilemma", save_delay=0).view
    view.value = {"question": "Wat doe je?", "choice": "Ik bemiddel"}
    assert stored(course, "h1-dilemma") == {"question": "Wat doe je?", "choice": "Ik bemiddel"}
    assert exercise("h1-dilemma").view.answer["value"]["choice"] == "Ik bemiddel"


def test_a_value_the_schema_refuses_is_not_saved_and_said(course):
    view = exercise("h1-dilemma", save_delay=0).view
    view.value = {"question": "Wat doe je?", "choice": 42}
    assert view.status["kind"] == "error" and text(view) == "⚠ Niet opgeslagen: choice: verwacht tekst"
    assert AnswerStore(course.store_path).get("h1-dilemma") is None


def test_the_later_scan_gets_the_earlier_one_to_compare_with(course):
    before = exercise("h2-zelfscan-begin", save_delay=0).view
    after = exercise("h2-zelfscan-eind", save_delay=0).view
    assert after.compared is None
    scores = REGISTRY["selfscan"].sample(before.exercise, Learner())  # a value as the view makes it
    before.value = scores
    assert after.compared["value"] == scores  # the view redraws its comparison
    assert exercise("h2-zelfscan-eind").view.compared["value"] == scores


def test_an_earlier_answer_of_another_type_is_not_compared_by_the_view(course):
    AnswerStore(course.store_path).save(
        Answer.create("h2-zelfscan-begin", 2, "dilemma", {"question": "Wat doe je?", "choice": "iets"})
    )
    after = exercise("h2-zelfscan-eind", save_delay=0).view
    assert after.compared["type"] == "dilemma"  # the page's host hands it over the same; the view checks the type


def test_an_unknown_id_gives_a_dutch_message_with_close_matches(course):
    shown = exercise("h1-zelfscna")
    assert isinstance(shown, Message)
    assert "Er is geen oefening met de naam 'h1-zelfscna'." in str(shown)
    assert "Bedoel je misschien: 'h1-zelfscan'" in str(shown)
    bundle = shown._repr_mimebundle_()
    assert 'role="alert"' in bundle["text/html"] and "Traceback" not in bundle["text/plain"]


def test_a_wrong_id_shape_and_broken_definitions_are_explained(course):
    (course.root / "notebooks" / "oefeningen" / "03-kapot.yml").write_text("chapter: [\n", encoding="utf-8")
    shown = exercise("../geheim")
    assert "Een naam ziet eruit als 'h1-zelfscan-opgaven'" in str(shown)
    assert shown.details and "03-kapot.yml: geen geldige YAML" in shown.details[0]
    assert "<li>notebooks/oefeningen/03-kapot.yml" in shown._repr_mimebundle_()["text/html"]


def test_outside_the_course_folder_the_message_says_where_it_looked(course, monkeypatch, tmp_path):
    monkeypatch.delenv("COURSEKIT_ROOT")
    monkeypatch.chdir(tmp_path)
    shown = exercise("h1-reflectie")
    assert isinstance(shown, Message) and "De cursusmap is niet gevonden" in str(shown)


@pytest.mark.parametrize("exercise_id", ["h1-reflectie", "h1-zelfscan", "h1-kennis", "h1-sorteer", "h1-dilemma"])
def test_every_type_shows_as_the_one_view_widget(course, exercise_id):
    shown = exercise(exercise_id)
    assert type(shown.view).__name__ == "ExerciseWidget" and shown.view.definition["id"] == exercise_id
