"""The portfolio script (coursekit-portfolio.js: the export and the import) is loaded only when it is
needed, once, over HTTP and from ``file://``.

An exercise page loads the page script only: filling in and saving requests no portfolio script
and no catalog. On the portfolio page the first export requests each once; a second export and an
import use what is there. From ``file://`` the same works (a classic script, injected). When the
browser refuses to keep an answer, the script comes then, and the alert fills in its download
links. (test_page_exercises.py has the exports' and imports' contents; this file is about when
the scripts come.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coursekit import page as page_layer
from coursekit.portfolio.format import read_export
from coursekit.texts import learner
from pagetools import settled
from test_page_exercises import (
    BLOCK_STORAGE,
    CH1,
    PORTFOLIO,
    REFLECTION,
    address,
    new_context,
    opened,
    saved_text,
)

pytestmark = pytest.mark.slow

LAZY = (page_layer.PORTFOLIO_NAME, page_layer.CATALOG_NAME)
LOADED = "() => [Boolean(globalThis.coursekitPortfolio), Boolean(globalThis.coursekitCatalog)]"


def watch(context) -> list[str]:
    """The names of the lazily loaded scripts the context requests, in order (file:// included)."""
    requested: list[str] = []

    def note(request):
        name = request.url.split("?")[0].rsplit("/", 1)[-1]
        if name in LAZY:
            requested.append(name)

    context.on("request", note)
    return requested


async def a_moment(page):
    """A frame and 300 ms: time for a request that should not come."""
    await page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300)))")


async def export_and_import(browser, site, book_html, over, tmp_path):
    context = await new_context(browser, site)
    requested = watch(context)
    errors: list[str] = []
    try:
        page = await opened(context, address(site, book_html, CH1, over), errors)
        await page.fill(saved_text("h1-reflectie-botsing"), REFLECTION)
        await page.get_by_role("button", name=learner.SAVE_NOW).first.click()
        await a_moment(page)
        steps = {"exercise page": (list(requested), await page.evaluate(LOADED))}
        await page.goto(address(site, book_html, PORTFOLIO, over))
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage?.page")
        await a_moment(page)
        steps["portfolio page"] = (list(requested), await page.evaluate(LOADED))
        await page.get_by_role("button", name=learner.PORTFOLIO_EXPORT).click()
        async with page.expect_download() as waiting:
            await page.get_by_role("link", name=learner.PORTFOLIO_DOWNLOAD_JSON).click()
        exported = Path(await (await waiting.value).path()).read_bytes()
        steps["first export"] = (list(requested), await page.evaluate(LOADED))
        await page.get_by_role("button", name=learner.PORTFOLIO_EXPORT).click()
        await page.get_by_role("link", name=learner.PORTFOLIO_DOWNLOAD_JSON).wait_for()
        path = tmp_path / f"export-{over}.json"
        path.write_bytes(exported)
        await page.set_input_files("input[type=file]", str(path))
        report = page.locator(".ck-report")
        await report.get_by_text("Import van").wait_for()
        steps["second export and import"] = (list(requested), await page.evaluate(LOADED))
        scripts = await page.evaluate(
            "(name) => [...document.scripts].filter((s) => s.src.includes(name)).length", page_layer.PORTFOLIO_NAME
        )
        return steps, exported, await report.inner_text(), path.name, scripts, errors
    finally:
        await context.close()


@pytest.mark.parametrize("over", ["http", "file"])
def test_the_portfolio_script_comes_only_with_the_first_export_and_once(browser, site, book_html, over, tmp_path):
    steps, exported, report, name, scripts, errors = browser.run(
        export_and_import(browser.browser, site, book_html, over, tmp_path)
    )
    assert errors == []
    assert steps["exercise page"] == ([], [False, False])
    assert steps["portfolio page"] == ([], [False, False])
    first, loaded = steps["first export"]
    assert sorted(first) == sorted(LAZY) and loaded == [True, True]
    assert steps["second export and import"] == (first, [True, True])
    assert scripts == 1
    answers = read_export(exported).answers
    assert answers["h1-reflectie-botsing"].value["responses"][0]["text"] == REFLECTION
    # the same answers again: nothing new, and the report says so
    assert learner.IMPORT_SUMMARY.format(file=name, added=0, updated=0, skipped=len(answers)) in report


async def refused(browser, site, book_html, over):
    context = await new_context(browser, site)
    await context.add_init_script(BLOCK_STORAGE)
    requested = watch(context)
    errors: list[str] = []
    try:
        page = await opened(context, address(site, book_html, CH1, over), errors)
        await a_moment(page)
        before = list(requested)
        await page.fill(saved_text("h1-reflectie-botsing"), REFLECTION)
        await page.locator(saved_text("h1-reflectie-botsing")).blur()
        exercise = page.locator(".ck-live", has=page.locator(saved_text("h1-reflectie-botsing")))
        async with page.expect_download() as waiting:
            await exercise.get_by_role("link", name=learner.PORTFOLIO_DOWNLOAD_JSON).click()
        data = Path(await (await waiting.value).path()).read_bytes()
        alert = await exercise.locator(".ck-alert").inner_text()
        return before, list(requested), alert, data, await page.input_value(saved_text("h1-reflectie-botsing")), errors
    finally:
        await context.close()


@pytest.mark.parametrize("over", ["http", "file"])
def test_when_storage_is_refused_the_portfolio_script_comes_and_the_download_follows(browser, site, book_html, over):
    before, after, alert, data, text, errors = browser.run(refused(browser.browser, site, book_html, over))
    assert errors == []
    assert before == [] and after == [page_layer.PORTFOLIO_NAME]  # the catalog is not needed for it
    assert learner.PAGE_DOWNLOAD_NOW in alert and learner.PAGE_DOWNLOAD_PREPARING not in alert
    assert text == REFLECTION
    assert read_export(data).answers["h1-reflectie-botsing"].value["responses"][0]["text"] == REFLECTION
