"""Two tabs, one learner (issue 23, item 4), in Chromium, Firefox and WebKit, on the fixture of every
type (no book build).

The same exercises open in two tabs of one browser: what is saved in one appears in the other (the
``storage`` event, ``Host.refresh``), for every type. When both are edited (tab B still typing when
tab A saves), no answer is lost: the newest wins and the other is kept as an earlier answer with
reason ``other_tab``, labelled so in the portfolio, and both tabs say what happened.
"""

from __future__ import annotations

import time

import pytest

from coursekit import schemas
from coursekit.answers import Answer
from coursekit.texts import learner
from drivers import fill_with_mouse, snapshot
from engines import every_engine
from fixturesite import EXERCISES, READY, STORE_KEY, first_text, text_field

pytestmark = pytest.mark.slow

REFLECTION = "h1-reflectie"
FIRST, TEXT_A, TEXT_B = "Eerste versie.", "Getypt in tabblad A.", "Getypt in tabblad B, tegelijk."
VIEWS = "() => document.querySelectorAll('.ck-live').length"
ENTRY = "(key, id) => { const t = localStorage.getItem(key); return t ? JSON.parse(t).answers[id] || null : null; }"
STORED_TEXT = "(k, id, t) => JSON.parse(localStorage.getItem(k)).answers[id].value.responses[0].text === t"
TYPE_UNFOCUSED = """(selector, text) => {
  const field = document.querySelector(selector);
  field.value = text;
  field.dispatchEvent(new Event('input', {bubbles: true}));
}"""
LEAVE = "(s) => document.querySelector(s).dispatchEvent(new Event('blur'))"
ALERT = "() => document.querySelector('.ck-live .ck-alert')?.textContent || ''"
# Both texts are in the store: one as the answer, the other as an earlier answer from another tab.
BOTH_KEPT = """(key, id, a, b) => {
  const entry = JSON.parse(localStorage.getItem(key) || '{}').answers?.[id];
  const others = (entry?.earlier || []).filter((one) => one.reason === 'other_tab');
  const texts = [entry?.value, ...others.map((one) => one.value)].map((v) => v?.responses?.[0]?.text);
  return texts.includes(a) && texts.includes(b);
}"""


def opened(tab, url: str):
    tab.goto(url)
    tab.wait_for(READY)
    return tab


def every_view(tab) -> list[dict]:
    return [snapshot(tab, n) for n in range(tab.evaluate(VIEWS))]


def shown(tab) -> str:
    return tab.evaluate("(s) => document.querySelector(s).value", text_field(REFLECTION))


def type_in(tab, text: str) -> None:
    """Type `text` in the reflection's first field, replacing what is there (the keyboard's select-all
    differs per system, so the field is emptied first)."""
    tab.evaluate("(s) => { document.querySelector(s).value = ''; }", text_field(REFLECTION))
    tab.click(text_field(REFLECTION))
    tab.type(text)


@every_engine
def test_what_one_tab_saves_appears_in_the_other_for_every_type(tab, fixture_site, every_type):
    _, served = fixture_site
    url = served.url(EXERCISES)
    first, second = opened(tab, url), opened(tab.new_tab(), url)
    for n, exercise_id in enumerate(every_type.definitions):
        fill_with_mouse(first, n, exercise_id)
    seen_first = every_view(first)
    first.press("Tab")  # the last text is left: it is saved
    first.wait_for("(n) => document.querySelectorAll('.ck-live .ck-status:not(:empty)').length >= n", len(seen_first))
    assert len(seen_first) == len(every_type.definitions)
    for seen in seen_first:  # every control filled in, in every view
        assert all(seen["texts"]) and all(seen["selects"]) and None not in seen["checked"], seen
    # The other tab shows it without a reload, and so does a tab opened afterwards.
    deadline = time.monotonic() + 30
    while every_view(second) != seen_first and time.monotonic() < deadline:
        time.sleep(0.1)
    assert every_view(second) == seen_first, tab.engine
    assert every_view(opened(tab.new_tab(), url)) == seen_first
    assert first.errors() == [] and second.errors() == []


@every_engine
def test_no_answer_is_lost_when_two_tabs_edit_the_same_exercise(tab, fixture_site):
    _, served = fixture_site
    url = served.url(EXERCISES)
    tab_a, tab_b = opened(tab, url), opened(tab.new_tab(), url)
    type_in(tab_a, FIRST)
    tab_a.press("Tab")  # A leaves the field: saved
    tab_b.wait_for("(s, t) => document.querySelector(s).value === t", text_field(REFLECTION), FIRST)
    # Both tabs are typing: each has a change not yet saved. Moving the keyboard between windows
    # leaves the field there (WebKit then saves at once), so the typing comes as the input events
    # typing makes, without moving the focus; leaving a field is its blur.
    for each, text in ((tab_a, TEXT_A), (tab_b, TEXT_B)):
        each.evaluate(TYPE_UNFOCUSED, text_field(REFLECTION), text)
    tab_a.evaluate(LEAVE, text_field(REFLECTION))  # A saves while B is typing (or B's pause saved B first)
    tab_a.wait_for(f"(...a) => !({STORED_TEXT})(...a)", STORE_KEY, REFLECTION, FIRST)
    tab_b.evaluate(LEAVE, text_field(REFLECTION))  # then B saves
    # B may show A's alert before its own save is done (a tab behind runs its timers late): wait for
    # the store to hold both (a lost text never comes, and the wait fails).
    tab_a.wait_for(BOTH_KEPT, STORE_KEY, REFLECTION, TEXT_A, TEXT_B)
    tab_b.wait_for(ALERT)
    entry = tab_a.wait_for(ENTRY, STORE_KEY, REFLECTION)
    answer = Answer.from_dict(entry)  # the store's entry is an answer the notebooks read
    assert schemas.is_valid("answer", entry)
    kept = [one for one in answer.earlier if one.get("reason") == "other_tab"]
    # The newest wins; the other is kept, labelled as from another tab.
    assert {first_text(answer.value), *(first_text(one["value"]) for one in kept)} >= {TEXT_A, TEXT_B}, tab.engine
    assert len(kept) == 1
    # Both tabs show the answer that counts now, and say what happened to the other.
    now = first_text(answer.value)
    tab_a.wait_for("(s, t) => document.querySelector(s).value === t", text_field(REFLECTION), now)
    assert (shown(tab_a), shown(tab_b)) == (now, now)
    notes = [tab_a.evaluate(ALERT), tab_b.evaluate(ALERT)]
    winner = 1 if now == TEXT_B else 0
    assert learner.PAGE_OTHER_TAB_KEPT in notes[winner], (tab.engine, notes)
    assert learner.PAGE_OTHER_TAB_KEPT_HERE in notes[1 - winner], (tab.engine, notes)
    assert tab_a.errors() == [] and tab_b.errors() == []
