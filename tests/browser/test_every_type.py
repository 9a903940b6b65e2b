"""Every exercise type on a page, in Chromium, Firefox and WebKit, over the fixture of every type.

The page is made from tests/fixtures/every-type.yml as the book makes an exercise page
(fixturesite.py): each exercise's static form and the page's script built with the fixture's catalog.
The generic drivers (drivers.py: one per kind of control) fill in every view, by mouse and by the
keyboard alone; after a reload every view shows what was filled in, and what the browser stored is
a store the notebooks read. A new type in the fixture is covered here without a line of its own.
No book build is needed.
"""

from __future__ import annotations

import itertools

import pytest

from coursekit import schemas
from coursekit.answers import Answer
from coursekit.exercise_types import REGISTRY
from drivers import fill_with_keyboard, fill_with_mouse, snapshot
from engines import every_engine
from fixturesite import EXERCISES, READY, STORE_KEY
from pagetools import STORED_DOCUMENT

pytestmark = pytest.mark.slow

# The heading levels inside each view, its own heading first (a chart's summary has one).
LEVELS = "() => [...document.querySelectorAll('.ck-live')].map((v) => [...v.querySelectorAll('h1,h2,h3,h4,h5,h6')]"
LEVELS += ".map((h) => Number(h.localName[1])))"


def fill_reload_and_read(tab, url: str, ids: list[str], keyboard: bool):
    tab.goto(url)
    tab.wait_for(READY)
    met: dict[str, list[str]] = {}
    for n, exercise_id in enumerate(ids):  # the exercises in the fixture's order
        if keyboard:
            met[exercise_id] = fill_with_keyboard(tab, n, exercise_id)
        else:
            fill_with_mouse(tab, n, exercise_id)
    # Leaving the page saves what is still being typed (the page's pagehide).
    filled = {exercise_id: snapshot(tab, n) for n, exercise_id in enumerate(ids)}
    levels = tab.evaluate(LEVELS)
    tab.reload()
    tab.wait_for(READY)
    back = {exercise_id: snapshot(tab, n) for n, exercise_id in enumerate(ids)}
    return filled, back, tab.evaluate(STORED_DOCUMENT, STORE_KEY), met, tab.errors(), levels


def every_control_filled(filled: dict) -> None:
    """No empty text, every radio group and every select chosen, in every view."""
    for exercise_id, seen in filled.items():
        assert all(seen["texts"]) and all(seen["selects"]) and None not in seen["checked"], (exercise_id, seen)


def check_stored(document: dict, every_type) -> None:
    """What the page stored is a store the notebooks read, with an answer of every type."""
    assert schemas.is_valid("store", document), list(schemas.errors("store", document))[:1]
    answers = {key: Answer.from_dict(entry) for key, entry in document["answers"].items()}
    assert set(answers) == set(every_type.definitions)
    assert {answer.type for answer in answers.values()} == set(REGISTRY)


@every_engine
@pytest.mark.parametrize("over", ["http", "file"])
def test_every_type_filled_in_by_mouse_comes_back_after_a_reload(tab, fixture_site, every_type, over):
    folder, served = fixture_site
    url = served.url(EXERCISES) if over == "http" else (folder / EXERCISES).as_uri()
    ids = list(every_type.definitions)
    filled, back, document, _, errors, levels = fill_reload_and_read(tab, url, ids, keyboard=False)
    assert not errors
    # No heading level skipped inside a filled-in view (the summary of a chart one below its exercise).
    assert all(b <= a + 1 for view in levels for a, b in itertools.pairwise(view)), levels
    assert any(len(view) > 1 for view in levels), levels
    assert back == filled
    every_control_filled(filled)
    check_stored(document, every_type)


@every_engine
def test_every_type_can_be_done_with_the_keyboard_alone(tab, fixture_site, every_type):
    _, served = fixture_site
    ids = list(every_type.definitions)
    filled, back, document, met, errors, _ = fill_reload_and_read(tab, served.url(EXERCISES), ids, keyboard=True)
    assert not errors
    assert back == filled
    for exercise_id, kinds in met.items():
        assert "other" not in kinds, (exercise_id, kinds)  # every control that takes focus is a known kind
    assert set().union(*met.values()) == {"text", "radio", "select", "button"}
    every_control_filled(filled)
    check_stored(document, every_type)
