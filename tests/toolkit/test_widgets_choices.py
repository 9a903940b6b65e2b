"""Knowledge checks and dilemmas, driven as a learner would; plus accessibility and wrong ids."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from ck_helpers import descendants
from coursekit import exercise
from coursekit.display import Message
from coursekit.store import AnswerStore


def stored(course, exercise_id):
    return AnswerStore(course.store_path).get(exercise_id).value


def test_multiple_choice_explains_each_answer_and_allows_a_retry(course):
    view = exercise("h1-kennis").view
    view.check_button.click()
    assert "Kies eerst een antwoord." in view.feedback.value
    view.choice.value = "Ambacht 1.0"
    view.check_button.click()
    assert "<strong>✘ Nog niet goed.</strong> Nee: dat is de bloeitijd. (Poging 1)" in view.feedback.value
    assert view.choice.disabled and not view.retry_button.disabled
    assert stored(course, "h1-kennis") == {
        "question": "Welke generatie hoort bij co-design?",
        "choice": "Ambacht 1.0",
        "correct": False,
        "attempts": 1,
    }
    view.retry_button.click()
    assert view.choice.value is None and not view.choice.disabled and view.feedback.value == ""
    view.choice.value = "Ambacht 3.0"
    view.check_button.click()
    assert "<strong>✔ Goed!</strong> Ja: de netwerksamenleving. (Poging 2)" in view.feedback.value
    assert stored(course, "h1-kennis")["correct"] is True and stored(course, "h1-kennis")["attempts"] == 2


def test_multiple_choice_shows_the_last_answer_after_a_restart(course):
    view = exercise("h1-kennis").view
    view.choice.value = "Ambacht 3.0"
    view.check_button.click()
    again = exercise("h1-kennis").view
    assert again.choice.value == "Ambacht 3.0" and "✔ Goed!" in again.feedback.value
    again.retry_button.click()
    again.choice.value = "Ambacht 1.0"
    again.check_button.click()
    assert stored(course, "h1-kennis")["attempts"] == 2


def test_matching_gives_feedback_per_item_and_a_score(course):
    view = exercise("h1-sorteer").view
    view.choices[0].value = "Ambacht 1.0"
    view.check_button.click()
    assert "Kies bij elk onderdeel een categorie (nog 2 open)." in view.score.value
    view.choices[1].value = "Ambacht 3.0"
    view.choices[2].value = "Ambacht 3.0"
    view.check_button.click()
    assert [f.value.split("</strong>")[0] for f in view.item_feedback] == [
        "<p><strong>✔ Goed —",
        "<p><strong>✘ Nog niet —",
        "<p><strong>✔ Goed —",
    ]
    assert "Reparatieperiode." in view.item_feedback[1].value
    assert "Je hebt 2 van de 3 goed." in view.score.value
    saved = stored(course, "h1-sorteer")
    assert (saved["score"], saved["total"]) == (2, 3)
    assert [p["correct"] for p in saved["placements"]] == [True, False, True]
    view.retry_button.click()
    assert [c.value for c in view.choices] == ["Ambacht 1.0", "Ambacht 3.0", "Ambacht 3.0"]
    assert all(not c.disabled and f.value == "" for c, f in zip(view.choices, view.item_feedback))
    view.choices[1].value = "Ambacht 2.0"
    view.check_button.click()
    assert "Je hebt 3 van de 3 goed. Alles goed!" in view.score.value
    again = exercise("h1-sorteer").view
    assert [c.value for c in again.choices] == ["Ambacht 1.0", "Ambacht 2.0", "Ambacht 3.0"]
    assert "3 van de 3" in again.score.value


def test_a_dilemma_choice_names_the_theory_and_is_saved(course):
    view = exercise("h1-dilemma").view
    view.confirm_button.click()
    assert "Kies eerst een antwoord." in view.feedback.value
    view.choice.value = "Ik bemiddel"
    view.confirm_button.click()
    assert "Trager, met draagvlak." in view.feedback.value
    assert "<strong>Theorie:</strong> Ansell &amp; Gash (2008)" in view.feedback.value
    assert stored(course, "h1-dilemma") == {"question": "Wat doe je?", "choice": "Ik bemiddel"}
    view.choice.value = "Ik hak de knoop door"
    assert view.feedback.value == ""  # no feedback that belongs to another choice
    again = exercise("h1-dilemma").view
    assert again.choice.value == "Ik bemiddel" and "Theorie:" in again.feedback.value


@pytest.mark.parametrize(
    "exercise_id",
    ["h1-reflectie", "h1-zelfscan", "h1-kennis", "h1-sorteer", "h1-dilemma", "h1-krachtenveld", "h2-zelfscan-eind"],
)
def test_every_control_has_a_label_and_no_slider_is_used(course, exercise_id):
    controls = [
        w
        for w in descendants(exercise(exercise_id).widget)
        if isinstance(w, (widgets.ValueWidget, widgets.Button)) and not isinstance(w, widgets.HTML)
    ]
    assert controls
    for control in controls:
        assert control.description.strip(), f"{type(control).__name__} without a label"
        assert not isinstance(control, (widgets.IntSlider, widgets.FloatSlider, widgets.SelectionSlider))


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


def test_feedback_that_opens_with_the_verdict_does_not_repeat_it():
    from coursekit import render
    from coursekit.exercise_types.multiple_choice import without_verdict

    def _verdict(correct, text, right, wrong):
        return render.macro("verdict", correct=correct, text=without_verdict(text), right=right, wrong=wrong)

    html = _verdict(True, "Goed. De opgaven stapelen zich op.", "✔ Goed!", "✘ Nog niet goed.")
    assert html == "<p><strong>✔ Goed!</strong> De opgaven stapelen zich op.</p>"
    html = _verdict(False, "Nog niet. Kijk naar opgave 7.", "✔ Goed!", "✘ Nog niet goed.")
    assert "Nog niet goed.</strong> Kijk naar opgave 7." in html
    html = _verdict(False, "Nog niet helemaal: ook opgave 4.", "✔ Goed!", "✘ Nog niet goed.")
    assert "</strong> Nog niet helemaal: ook opgave 4." in html  # content, not a bare verdict
