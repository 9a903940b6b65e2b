"""Issue 28, defect 14: with site storage blocked (a browser setting some organisations enforce),
reading ``localStorage`` throws. The theme's scripts (colour mode, highlighting) read it on every
page; a guard in the layout's <head> gives them an in-memory stand-in, so no page throws an uncaught
error, while the book's own exercises still see the refusal and tell the learner.

Storage is blocked as in ``test_page_exercises.py``: ``window.localStorage`` throws a SecurityError,
as Chromium's does when a site may not keep data. The same pages with the guard taken out (by the
test server, on the fly) do throw: the guard is what stops the errors.
"""

from __future__ import annotations

import re

import pytest

from coursekit.texts import learner
from pagetools import settled
from test_page_exercises import BLOCK_STORAGE, CH1, REFLECTION, new_context, saved_text

pytestmark = pytest.mark.slow

CHAPTER = "book/01-generaties.html"
GUARD = re.compile(r"<script data-cfasync=\"false\">\s*/\* Site storage blocked.*?</script>", re.DOTALL)


async def errors_on(browser, site, relative, *, guard=True):
    """Uncaught errors of one page with storage blocked (after load and a scroll and a theme click)."""
    context = await new_context(browser, site)
    await context.add_init_script(BLOCK_STORAGE)
    errors: list[str] = []
    if not guard:

        async def strip(route):
            response = await route.fetch()
            body = await response.text()
            assert GUARD.search(body), "the guard is not in the page"
            await route.fulfill(response=response, body=GUARD.sub("", body))

        await context.route(re.compile(r".*\.html$"), strip)
    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        await page.goto(site.url(relative), wait_until="load")
        await settled(page)
        await page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300)))")
        toggle = page.locator(".theme-switch-button").first
        if await toggle.count() and await toggle.is_visible():
            await toggle.click()
        return errors
    finally:
        await context.close()


def test_14_a_chapter_page_throws_nothing_with_storage_blocked(browser, site):
    assert browser.run(errors_on(browser.browser, site, CHAPTER)) == []


def test_14_without_the_guard_the_theme_throws_so_the_test_can_fail(browser, site):
    assert browser.run(errors_on(browser.browser, site, CHAPTER, guard=False))


async def exercise_page(browser, site):
    context = await new_context(browser, site)
    await context.add_init_script(BLOCK_STORAGE)
    errors: list[str] = []
    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        await page.goto(site.url(CH1), wait_until="load")
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage && window.coursekitPage.page")
        await page.fill(saved_text("h1-reflectie-botsing"), REFLECTION)
        await page.locator(saved_text("h1-reflectie-botsing")).blur()
        exercise = page.locator(".ck-live", has=page.locator(saved_text("h1-reflectie-botsing")))
        return errors, await exercise.locator(".ck-status").inner_text()
    finally:
        await context.close()


def test_14_the_exercise_page_is_not_fooled_by_the_stand_in_and_says_storage_is_blocked(browser, site):
    errors, status = browser.run(exercise_page(browser.browser, site))
    assert errors == []
    assert status == learner.SAVE_FAILED.format(reason=learner.PAGE_STORAGE_BLOCKED)
