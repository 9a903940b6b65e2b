"""Answers that know their edition: every answer records the edition and the version of the
question it answers; an answer to a question that changed since is kept, flagged and shown with
the question as it was; a new answer keeps the old one; the portfolio and the class overview show it."""

from __future__ import annotations

import json

from ck_helpers import LATER
from classtools import build_script, notebook
from coursekit import edition, exercise
from coursekit.answers import Answer
from coursekit.definitions import load_catalog
from coursekit.portfolio.format import read_export
from coursekit.store import AnswerStore
from coursekit.texts import learner, teacher
from pagecalls import build_export


def with_edition(course, name: str) -> None:
    config = course.root / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + f'edition:\n  name: "{name}"\n  date: "2026-09-01"\n', encoding="utf-8"
    )
    edition._read.cache_clear()


def reword(course, old: str, new: str) -> None:
    path = course.root / "notebooks" / "oefeningen" / "01-proef.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def fill(view, text):
    """The first field typed in, as the reflection's view sets "value"."""
    prompts = view.definition["prompts"]
    view.value = {"responses": [{"prompt": p, "text": text if i == 0 else ""} for i, p in enumerate(prompts)]}


def test_an_answer_records_the_edition_and_the_version_of_its_question(course):
    with_edition(course, "2026-2027")
    view = exercise("h1-reflectie", save_delay=0).view
    fill(view, "Mijn antwoord")
    stored = json.loads(course.store_path.read_text(encoding="utf-8"))
    record = stored["answers"]["h1-reflectie"]
    assert stored["schema_version"] == 2
    assert record["edition"] == "2026-2027" and record["definition"] == view.exercise.version


def test_a_reworded_question_keeps_the_answer_flags_it_and_shows_the_old_question(course):
    view = exercise("h1-reflectie", save_delay=0).view
    fill(view, "Antwoord op de oude vraag")
    reword(course, "Wat viel je op?", "Wat viel je het meest op, en waarom?")
    again = exercise("h1-reflectie", save_delay=0).view
    assert again.changed
    # the view (exercise_types/frame.js) notes it, with the old question from the answer beside it
    old = again.answer["value"]["responses"][0]
    assert old == {"prompt": "Wat viel je op?", "text": "Antwoord op de oude vraag"}
    assert again.value["responses"][0]["text"] == "Antwoord op de oude vraag"  # nothing dropped from the fields
    assert AnswerStore(course.store_path).get("h1-reflectie").value["responses"][0]["prompt"] == "Wat viel je op?"


def test_answering_the_new_question_keeps_the_old_answer_as_earlier(course):
    view = exercise("h1-reflectie", save_delay=0).view
    fill(view, "Antwoord op de oude vraag")
    reword(course, "Wat viel je op?", "Wat viel je het meest op?")
    again = exercise("h1-reflectie", save_delay=0).view
    fill(again, "Antwoord op de nieuwe vraag")
    answer = AnswerStore(course.store_path).get("h1-reflectie")
    assert answer.value["responses"][0] == {
        "prompt": "Wat viel je het meest op?",
        "text": "Antwoord op de nieuwe vraag",
    }
    assert (
        len(answer.earlier) == 1 and answer.earlier[0]["value"]["responses"][0]["text"] == "Antwoord op de oude vraag"
    )
    assert again.status["kind"] == "saved" and not again.changed  # the view says QUESTION_CHANGED_KEPT
    assert not exercise("h1-reflectie").view.changed  # answered now: no note any more
    bundle = build_export(AnswerStore(course.store_path).answers(), load_catalog(), name="Sam")
    assert "Antwoord op de nieuwe vraag" in bundle.html and "Antwoord op de oude vraag" in bundle.html
    assert learner.PORTFOLIO_EARLIER_LABEL in bundle.html and learner.PORTFOLIO_EARLIER_LABEL in bundle.markdown
    assert read_export(bundle.json.encode()).answers["h1-reflectie"] == answer  # earlier answers travel along


def test_an_answer_from_before_versions_is_compared_by_its_texts(course, store):
    value = {"responses": [{"prompt": "Wat viel je op?", "text": "oud"}, {"prompt": "Wat doe je anders?", "text": ""}]}
    store.save(Answer("h1-reflectie", 1, "reflection", value, LATER))  # edition and version unknown
    assert not exercise("h1-reflectie").view.changed  # the recorded prompts are the current ones
    reword(course, "Wat viel je op?", "Een andere vraag?")
    assert exercise("h1-reflectie").view.changed


def test_a_question_whose_feedback_changed_is_not_flagged(course):
    view = exercise("h1-kennis", save_delay=0).view
    choice = view.definition["options"][0]["text"]
    view.value = {"question": view.definition["question"], "choice": choice, "correct": False, "attempts": 1}
    reword(course, "Nee: dat is de bloeitijd.", "Nee: dat is de bloeitijd van het Nederlandse model.")
    assert not exercise("h1-kennis").view.changed


def test_the_class_overview_shows_each_exports_edition(course, tmp_path):
    with_edition(course, "2026-2027")
    folder = tmp_path / "map"
    folder.mkdir()
    view = exercise("h1-reflectie", save_delay=0).view
    fill(view, "x")
    answers = AnswerStore(course.store_path).answers()
    (folder / "nieuw.json").write_text(build_export(answers, load_catalog(), name="Nieuw").json, encoding="utf-8")
    old = json.loads(build_export(answers, load_catalog(), name="Oud").json)
    old["edition"] = ""
    (folder / "oud.json").write_text(json.dumps(old), encoding="utf-8")
    data = notebook(build_script(), folder)
    assert sorted(one["edition"] for one in data["learners"]) == ["", "2026-2027"]
    table = json.dumps(data["learners_table"], ensure_ascii=False)
    assert teacher.COL_EDITION in table and "2026-2027" in table and teacher.UNKNOWN_EDITION in table
