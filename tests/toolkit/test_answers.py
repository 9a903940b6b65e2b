"""Answer records: well-formed ids, values of the right shape, and Dutch reasons when not."""

from __future__ import annotations

import pytest

from ck_helpers import LATER, reflection
from coursekit.answers import MAX_TEXT_LENGTH, Answer, InvalidAnswer, TextTooLong, check_exercise_id

VALID = {
    "reflection": {"responses": [{"prompt": "Vraag", "text": "Antwoord"}]},
    "selfscan": {
        "scale": ["laag", "hoog"],
        "ratings": [{"statement": "S", "score": 2, "note": ""}, {"statement": "T", "score": None, "note": "n"}],
    },
    "multiple_choice": {"question": "V", "choice": "A", "correct": True, "attempts": 2},
    "matching": {
        "question": "V",
        "score": 1,
        "total": 2,
        "placements": [
            {"item": "a", "category": "X", "correct": True},
            {"item": "b", "category": "X", "correct": False},
        ],
    },
    "dilemma": {"question": "Wat doe je?", "choice": "Ik bemiddel"},
    "forcefield": {
        "forces": [
            {"force": "Budget", "strength": 5, "influence": "geen"},
            {"force": "", "strength": None, "influence": None},
        ]
    },
}


@pytest.mark.parametrize("kind", sorted(VALID))
def test_every_type_survives_a_round_trip_through_a_dict(kind):
    answer = Answer("h3-oefening", 3, kind, VALID[kind], LATER)
    assert Answer.from_dict(answer.to_dict()) == answer


@pytest.mark.parametrize(
    "kind, value, reason",
    [
        (
            "selfscan",
            {"scale": ["a", "b"], "ratings": [{"statement": "S", "score": 3, "note": ""}]},
            "buiten het bereik 1–2",
        ),
        ("selfscan", {"scale": ["a", "b"], "ratings": [{"statement": "S", "score": True, "note": ""}]}, "geheel getal"),
        ("forcefield", {"forces": [{"force": "x", "strength": 0, "influence": None}]}, "buiten het bereik 1–5"),
        ("forcefield", {"forces": [{"force": "x", "strength": 1, "influence": "totaal"}]}, "geen toegestane keuze"),
        (
            "matching",
            {"question": "V", "score": 2, "total": 1, "placements": [{"item": "a", "category": "X", "correct": False}]},
            "bereik",
        ),
        (
            "matching",
            {"question": "V", "score": 1, "total": 1, "placements": [{"item": "a", "category": "X", "correct": False}]},
            "klopt niet",
        ),
        ("reflection", {"responses": []}, "lijst is leeg"),
        ("reflection", {"responses": [{"prompt": "V"}]}, "verwacht de velden prompt, text"),
        ("dilemma", {"question": "V", "choice": 5}, "verwacht tekst"),
        ("multiple_choice", {"question": "V", "choice": "A", "correct": "ja", "attempts": 1}, "waar of onwaar"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_with_a_dutch_reason(kind, value, reason):
    with pytest.raises(InvalidAnswer, match=reason):
        Answer("h3-oefening", 3, kind, value, LATER)


def test_a_text_over_the_limit_is_refused_and_says_how_long_it_is():
    with pytest.raises(TextTooLong) as caught:
        reflection("x" * 100_000)
    assert caught.value.length == 100_000
    assert "100.000 tekens" in str(caught.value) and "50.000" in str(caught.value)
    assert reflection("x" * MAX_TEXT_LENGTH).value["responses"][0]["text"] == "x" * MAX_TEXT_LENGTH


def test_a_text_that_cannot_be_written_as_utf8_is_refused():
    with pytest.raises(InvalidAnswer, match="teken dat niet kan worden opgeslagen"):
        reflection("half \ud800 teken")


@pytest.mark.parametrize("bad", ["../antwoorden", "h1-a/b", "h1-Hoofd", "h1-a\n", "x1-a", "h123-a", 7, None])
def test_malformed_exercise_ids_are_refused(bad):
    with pytest.raises(InvalidAnswer, match="geen geldige naam"):
        check_exercise_id(bad)


@pytest.mark.parametrize(
    "field, value",
    [
        ("updated_at", "2026-11-26T10:00:00"),
        ("updated_at", "gisteren"),
        ("chapter", 0),
        ("chapter", True),
        ("type", "essay"),
    ],
)
def test_bad_record_fields_are_refused(field, value):
    record = reflection("tekst", updated_at=LATER).to_dict() | {field: value}
    with pytest.raises(InvalidAnswer):
        Answer.from_dict(record)


def test_an_earlier_answer_kept_from_another_tab_is_read_and_an_unknown_reason_refused():
    kept = {"value": VALID["reflection"], "updated_at": LATER, "edition": "", "definition": "", "reason": "other_tab"}
    record = {**Answer("h3-oefening", 3, "reflection", VALID["reflection"], LATER).to_dict(), "earlier": [kept]}
    answer = Answer.from_dict(record)
    assert answer.earlier[0]["reason"] == "other_tab"
    assert Answer.from_dict(answer.to_dict()) == answer
    # Without a reason it is an answer to an earlier version of the question (stores from before).
    assert Answer.from_dict({**record, "earlier": [{k: v for k, v in kept.items() if k != "reason"}]}).earlier
    with pytest.raises(InvalidAnswer):
        Answer.from_dict({**record, "earlier": [{**kept, "reason": "question_changed"}]})
