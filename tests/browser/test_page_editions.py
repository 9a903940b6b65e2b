"""Answers that know their edition, on the page: an answer to a question that was reworded since
is kept, flagged with the question as it was, and kept as an earlier answer when the learner
answers the new question; a store from before editions is migrated with a copy kept."""

from __future__ import annotations

import json

import pytest

from coursekit.answers import Answer
from coursekit.definitions import load_catalog
from coursekit.texts import learner
from pagetools import ROOT, settled
from test_page_exercises import new_context, opened, saved_text

pytestmark = pytest.mark.slow

PAGE = "notebooks/01-generaties.html"
EXERCISE = "h1-reflectie-botsing"


def old_store(catalog) -> str:
    """A store of format version 1 (before editions) with an answer to a question since reworded."""
    definition = catalog.get(EXERCISE)
    responses = [{"prompt": "Een vraag zoals die vroeger luidde?", "text": "Mijn oude antwoord"}]
    responses += [{"prompt": prompt, "text": ""} for prompt in definition.prompts[1:]]
    record = {
        "exercise_id": EXERCISE,
        "chapter": 1,
        "type": "reflection",
        "value": {"responses": responses},
        "updated_at": "2026-10-01T10:00:00Z",
    }
    return json.dumps({"format": "coursekit-antwoorden", "schema_version": 1, "answers": {EXERCISE: record}})


def test_a_reworded_question_keeps_the_answer_flags_it_and_keeps_it_as_earlier(browser, site):
    browser.run(reworded(browser.browser, site, load_catalog(ROOT)))


async def reworded(browser, site, catalog):
    context = await new_context(browser, site)
    page = await opened(context, site.url(PAGE))
    key = await page.evaluate("() => window.coursekitPage.page.store.key")
    await page.evaluate("([key, text]) => localStorage.setItem(key, text)", [key, old_store(catalog)])
    await page.reload(wait_until="load")
    await settled(page)
    await page.wait_for_function("() => window.coursekitPage && window.coursekitPage.page")
    exercise = page.locator(".ck-live", has=page.locator(saved_text(EXERCISE)))
    note = exercise.locator(".ck-changed")
    await note.get_by_text("Deze vraag is gewijzigd sinds je antwoord").wait_for()
    assert "Een vraag zoals die vroeger luidde?" in await note.inner_text()
    assert "Mijn oude antwoord" in await note.inner_text()
    copies = await page.evaluate(
        "(key) => Object.keys(localStorage).filter(k => k.startsWith(key + '.versie-1-'))", key
    )
    assert len(copies) == 1  # the version-1 store, kept as it was

    await page.fill(saved_text(EXERCISE), "Mijn antwoord op de nieuwe vraag")
    await exercise.get_by_role("button", name=learner.SAVE_NOW).click()
    await note.get_by_text(learner.QUESTION_CHANGED_KEPT).wait_for()
    document = json.loads(await page.evaluate("(key) => localStorage.getItem(key)", key))
    record = document["answers"][EXERCISE]
    answer = Answer.from_dict(record)  # the notebooks read what the page stored
    assert answer.value["responses"][0]["text"] == "Mijn antwoord op de nieuwe vraag"
    assert answer.definition == catalog.get(EXERCISE).version and answer.edition == catalog.edition
    assert len(answer.earlier) == 1 and answer.earlier[0]["value"]["responses"][0]["text"] == "Mijn oude antwoord"
    await page.reload(wait_until="load")
    await settled(page)
    await page.wait_for_function("() => window.coursekitPage && window.coursekitPage.page")
    assert not await page.locator(".ck-changed", has_text="Deze vraag is gewijzigd").count()
    await context.close()
