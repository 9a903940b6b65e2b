"""Charts' summaries in words (the text alternative of every chart), from the views' own rules.

The self-scan's and the forcefield's summaries live in their views (exercise_types/<type>/view.js,
run here in Node); test_views.py draws the charts in Chromium. These are the cases the notebooks'
Python charts were tested with before the views became their only home.
"""

from __future__ import annotations

SCALE = ["nooit", "soms", "vaak"]
ODD = ["Kost $5 per uur", "Alleen een $", "😀 emoji", "مرحبا بالعالم 中文", "<b>html</b> " * 20]


def test_any_text_is_summarised_as_text(on_page):
    (found,) = on_page(("selfscanSummary", ODD, [1, 2, 3, 2, 1], SCALE, None))
    assert found["lines"][0] == "Je hebt 5 van de 5 stellingen een score gegeven."
    assert [row[0] for row in found["table"]["rows"]] == [f"{n}. {text}" for n, text in enumerate(ODD, start=1)]


def test_equal_scores_have_a_highest_but_no_separate_lowest(on_page):
    (found,) = on_page(("selfscanSummary", ["a", "b"], [2, 2], SCALE, None))
    assert "Hoogst (2 – soms): 1. a; 2. b." in found["lines"]
    assert not any(line.startswith("Laagst") for line in found["lines"])


def test_unchanged_scores_are_named_as_such(on_page):
    (found,) = on_page(("selfscanSummary", ["a", "b"], [2, None], SCALE, [2, 3]))
    assert "Geen enkele score is veranderd." in found["lines"]
    assert ["2. b", "3 – vaak", "–"] in found["table"]["rows"]


def test_forces_without_a_name_or_strength_are_left_out(on_page):
    forces = [
        {"force": "  ", "strength": 5, "influence": "veel"},
        {"force": "Regels $", "strength": None, "influence": None},
        {"force": "Tijdsdruk", "strength": 2, "influence": None},
    ]
    (found,) = on_page(("forcefieldSummary", forces))
    assert "Je noemde één kracht met een sterkte." in found["lines"]
    assert found["table"]["rows"] == [["Tijdsdruk", "2", "niet ingevuld"]]


def test_nothing_scored_has_no_summary(on_page):
    assert on_page(("selfscanSummary", ["a"], [None], SCALE, None), ("forcefieldSummary", [])) == [None, None]
