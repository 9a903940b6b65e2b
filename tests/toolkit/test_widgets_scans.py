"""Self-scan and forcefield widgets: saved on every change, charts with a text alternative."""

from __future__ import annotations

from html.parser import HTMLParser

from coursekit import exercise
from coursekit.answers import Answer
from coursekit.store import AnswerStore


class Images(HTMLParser):
    def __init__(self, markup):
        super().__init__()
        self.alts = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.alts.append(dict(attrs).get("alt"))


def stored(course, exercise_id):
    return AnswerStore(course.store_path).get(exercise_id).value


def test_every_rating_is_saved_at_once_and_charted_with_a_summary(course):
    view = exercise("h1-zelfscan", save_delay=60).view
    assert view.chart.value == "" and "Kies bij een stelling een score" in view.summary.value
    view.scores[0].value = 4
    view.scores[2].value = 1
    assert [r["score"] for r in stored(course, "h1-zelfscan")["ratings"]] == [4, None, 1]
    assert Images(view.chart.value).alts == [
        "Staafdiagram van je scores per stelling. De tekstversie staat naast de grafiek."
    ]
    summary = view.summary.value
    assert "Je hebt 2 van de 3 stellingen een score gegeven." in summary
    assert "Je gemiddelde score is 2,5 (op een schaal van 1 tot 5)." in summary
    assert (
        "Hoogst (4 – sterk): 1. Ik werk samen." in summary and "Laagst (1 – helemaal niet): 3. Ik leer snel." in summary
    )
    assert '<th scope="row">2. Ik kijk naar buiten</th><td>–</td>' in summary


def test_notes_are_saved_and_everything_comes_back_after_a_restart(course):
    view = exercise("h1-zelfscan", save_delay=0).view
    view.scores[1].value = 5
    view.notes[1].value = "zie het overleg van maandag"
    again = exercise("h1-zelfscan").view
    assert [d.value for d in again.scores] == [None, 5, None]
    assert [n.value for n in again.notes] == ["", "zie het overleg van maandag", ""]
    assert "Je gemiddelde score is 5,0" in again.summary.value


def test_the_earlier_scan_is_shown_against_this_one(course):
    before = exercise("h2-zelfscan-begin", save_delay=0).view
    for score, value in zip(before.scores, (2, 3, 4, 1)):
        score.value = value
    after = exercise("h2-zelfscan-eind", save_delay=0).view
    for score, value in zip(after.scores, (4, 3, 2, 1)):
        score.value = value
    assert Images(after.chart.value).alts == [
        "Staafdiagram met per stelling je eerdere en je huidige score. De tekstversie staat naast de grafiek."
    ]
    summary = after.summary.value
    assert "Gemiddeld eerder 2,5, nu 2,5 (verschil 0,0)." in summary
    assert "Gestegen: 1. Loyaal dienen (2 → 4)." in summary and "Gedaald: 3. Co-design met burgers (4 → 2)." in summary
    assert '<th scope="col">Eerder</th><th scope="col">Nu</th>' in summary


def test_without_the_earlier_scan_the_summary_says_so(course):
    after = exercise("h2-zelfscan-eind", save_delay=0).view
    after.scores[0].value = 3
    assert "Je hebt de eerdere zelfscan ‘Zelfscan’ nog niet ingevuld" in after.summary.value
    assert "Gemiddeld eerder" not in after.summary.value


def test_the_forcefield_is_saved_charted_and_restored(course):
    view = exercise("h1-krachtenveld", save_delay=0).view
    view.forces[0].value = "Budget per directie"
    view.strengths[0].value = 5
    view.influences[0].value = "geen"
    view.forces[1].value = "Steun van de DG ($)"
    view.strengths[1].value = 3
    view.influences[1].value = "veel"
    assert stored(course, "h1-krachtenveld")["forces"] == [
        {"force": "Budget per directie", "strength": 5, "influence": "geen"},
        {"force": "Steun van de DG ($)", "strength": 3, "influence": "veel"},
        {"force": "", "strength": None, "influence": None},
    ]
    summary = view.summary.value
    assert "Je noemde 2 krachten met een sterkte." in summary and "Sterkst (5): Budget per directie." in summary
    assert (
        "Hierop heb je veel invloed: Steun van de DG ($)." in summary
        and "Hierop heb je geen invloed: Budget per directie." in summary
    )
    assert Images(view.chart.value).alts == [
        "Staafdiagram van je krachten, gesorteerd op sterkte. De tekstversie staat naast de grafiek."
    ]
    again = exercise("h1-krachtenveld").view
    assert [f.value for f in again.forces] == ["Budget per directie", "Steun van de DG ($)", ""]
    assert [s.value for s in again.strengths] == [5, 3, None]
    assert "Sterkst (5)" in again.summary.value


def test_an_earlier_answer_of_another_type_is_not_compared(course):
    AnswerStore(course.store_path).save(
        Answer.create("h2-zelfscan-begin", 2, "dilemma", {"question": "Wat doe je?", "choice": "iets"})
    )
    after = exercise("h2-zelfscan-eind", save_delay=0).view
    after.scores[0].value = 3
    assert "nog niet ingevuld" in after.summary.value and "Eerder" not in after.summary.value
