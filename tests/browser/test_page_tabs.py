"""Two tabs, one learner (issue 23, item 4), in Chromium, on the fixture of every type (no book build).

The same exercises open in two tabs of one browser: what is saved in one appears in the other (the
``storage`` event, ``Host.refresh``), for every type. When both are edited (tab B still typing when
tab A saves), no answer is lost: the newest wins and the other is kept as an earlier answer with
reason ``other_tab``, labelled so in the portfolio, and both tabs say what happened.

The scenarios are plain functions of simple steps (fixturesite.py), so another engine can run them.
"""

from __future__ import annotations

import pytest

from coursekit import schemas
from coursekit.answers import Answer
from coursekit.texts import learner
from fixturesite import (
    EXERCISES,
    every_view,
    fill_every_view,
    first_text,
    open_tab,
    settle,
    shown_text,
    stored_entry,
    type_answer,
    write_site,
)
from pagetools import StaticSite

pytestmark = pytest.mark.slow

REFLECTION = "h1-reflectie"
FIRST, TEXT_A, TEXT_B = "Eerste versie.", "Getypt in tabblad A.", "Getypt in tabblad B, tegelijk."


@pytest.fixture(scope="module")
def tabs_site(every_type, tmp_path_factory):
    folder = write_site(tmp_path_factory.mktemp("tabs-site"), every_type)
    with StaticSite(folder) as served:
        yield served


async def wait_for_text(tab, exercise_id: str, text: str) -> None:
    selector = f"#ck-{exercise_id}-antwoord-1"
    await tab.wait_for_function("([s, t]) => document.querySelector(s).value === t", arg=[selector, text])


async def every_type_crosses_over(browser, url: str):
    """Tab A fills in every exercise; returns what A shows, what B (open all along) shows, and what
    a tab opened afterwards shows."""
    context = await browser.new_context(locale="nl-NL", service_workers="block")
    errors: list[str] = []
    try:
        tab_a, tab_b = await open_tab(context, url, errors), await open_tab(context, url, errors)
        await fill_every_view(tab_a)
        await settle(tab_b, 500)
        tab_c = await open_tab(context, url, errors)
        return await every_view(tab_a), await every_view(tab_b), await every_view(tab_c), errors
    finally:
        await context.close()


async def both_tabs_edit(browser, url: str):
    """A saves a first answer, B shows it; then B types while A types and saves; both texts survive."""
    context = await browser.new_context(locale="nl-NL", service_workers="block")
    errors: list[str] = []
    try:
        tab_a, tab_b = await open_tab(context, url, errors), await open_tab(context, url, errors)
        await type_answer(tab_a, REFLECTION, FIRST)
        await wait_for_text(tab_b, REFLECTION, FIRST)
        await type_answer(tab_a, REFLECTION, TEXT_A, leave=False)  # A types
        await type_answer(tab_b, REFLECTION, TEXT_B, leave=False)  # B types: dirty, its save still to come
        await tab_a.locator(f"#ck-{REFLECTION}-antwoord-1").blur()  # A saves while B is typing
        await tab_b.locator(f"#ck-{REFLECTION}-antwoord-1").blur()  # then B saves
        await settle(tab_a, 500)
        entry = await stored_entry(tab_a, REFLECTION)
        shown = (await shown_text(tab_a, REFLECTION), await shown_text(tab_b, REFLECTION))
        notes = [await tab.locator(".ck-live").first.locator(".ck-alert").inner_text() for tab in (tab_a, tab_b)]
        return entry, shown, notes, errors
    finally:
        await context.close()


def test_what_one_tab_saves_appears_in_the_other_for_every_type(browser, tabs_site, every_type):
    seen_a, seen_b, seen_later, errors = browser.run(every_type_crosses_over(browser.browser, tabs_site.url(EXERCISES)))
    assert not errors
    assert len(seen_a) == len(every_type.definitions)
    for seen in seen_a:  # every control filled in, in every view
        assert all(seen["texts"]) and all(seen["selects"]) and None not in seen["checked"], seen
        assert any(seen.values()), seen
    assert seen_later == seen_a  # all of it was saved
    assert seen_b == seen_a  # and the other tab shows it, without a reload


def test_no_answer_is_lost_when_two_tabs_edit_the_same_exercise(browser, tabs_site):
    entry, shown, notes, errors = browser.run(both_tabs_edit(browser.browser, tabs_site.url(EXERCISES)))
    assert not errors
    answer = Answer.from_dict(entry)  # the store's entry is an answer the notebooks read
    assert schemas.is_valid("answer", entry)
    kept = [one for one in answer.earlier if one.get("reason") == "other_tab"]
    # The newest wins; the other is kept, labelled as from another tab.
    assert {first_text(answer.value), *(first_text(one["value"]) for one in kept)} >= {TEXT_A, TEXT_B}
    assert len(kept) == 1
    # Both tabs show the answer that counts now, and say what happened to the other.
    assert shown == (first_text(answer.value), first_text(answer.value))
    winner = 1 if first_text(answer.value) == TEXT_B else 0
    assert learner.PAGE_OTHER_TAB_KEPT in notes[winner]
    assert learner.PAGE_OTHER_TAB_KEPT_HERE in notes[1 - winner]
