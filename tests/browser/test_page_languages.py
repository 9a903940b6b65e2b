"""The two editions as a learner and a teacher use them (issue 26), in Chromium.

The Dutch site with the English edition in its ``en/`` folder, as published. A learner switches from
a Dutch page to the same page in English; answers an exercise on the English page, where the
exercise speaks English; exports the portfolio there; and another browser imports that export on the
Dutch portfolio page, where the answer comes back under the same exercise. The teacher's class
overview reads the English export in both editions, and the notebook's reader (coursekit) too.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from coursekit.i18n import catalog
from coursekit.portfolio.format import read_export
from coursekit.texts import learner
from pagetools import StaticSite, settled

pytestmark = pytest.mark.slow

CH1, PORTFOLIO = "notebooks/01-generaties.html", "notebooks/portfolio.html"
CLASS_PAGE = "book/docenten/klasoverzicht-in-je-browser.html"
FIELD = "#ck-h1-reflectie-botsing-antwoord-1"
TEXT = "Written in the English edition: the 'mandate' & the <b>challenge</b> clash."
ENGLISH = catalog("coursekit", "en")
DROP = """([name, content]) => {
  const transfer = new DataTransfer();
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  transfer.items.add(new File([bytes], name, {type: "application/json"}));
  const zone = document.querySelector(".ck-drop");
  zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: transfer, bubbles: true, cancelable: true}));
  zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
}"""
CLASS_READY = "() => performance.getEntriesByName('coursekit-class-ready').length > 0"


def english(module: str, name: str, dutch: str) -> str:
    """A toolkit text as the English edition shows it (coursekit.po)."""
    return ENGLISH[(f"{module}.{name}", dutch)]


@pytest.fixture(scope="module")
def both(book_html, english_html, tmp_path_factory):
    """The published layout: the Dutch pages, and the English edition under en/ (links, no copies)."""
    root = tmp_path_factory.mktemp("site")
    for entry in Path(book_html).iterdir():
        (root / entry.name).symlink_to(entry)
    (root / "en").symlink_to(english_html)
    with StaticSite(root) as served:
        yield served


async def open_page(context, url):
    page = await context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    await page.goto(url, wait_until="load")
    await settled(page)
    return page


async def learner_in_english(browser, site):
    context = await browser.new_context(locale="en-GB", accept_downloads=True, service_workers="block")
    try:
        page = await open_page(context, site.url(CH1))
        await page.get_by_role("link", name="English").click()
        await page.wait_for_url(site.url("en/" + CH1))
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage?.page")
        lang = await page.evaluate("() => document.documentElement.lang")
        await page.fill(FIELD, TEXT)
        await page.get_by_role("button", name=english("learner", "SAVE_NOW", learner.SAVE_NOW)).first.click()
        saved = english("learner", "SAVED_AT", learner.SAVED_AT).split("{")[0]
        await page.get_by_text(saved).first.wait_for()
        await page.goto(site.url("en/" + PORTFOLIO), wait_until="load")
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage?.page")
        await page.fill("input[autocomplete=name]", "Anna de Vries")
        await page.get_by_role("button", name=english("learner", "PORTFOLIO_EXPORT", learner.PORTFOLIO_EXPORT)).click()
        label = english("learner", "PORTFOLIO_DOWNLOAD_JSON", learner.PORTFOLIO_DOWNLOAD_JSON)
        async with page.expect_download() as waiting:
            await page.get_by_role("link", name=label).click()
        download = await waiting.value
        return lang, download.suggested_filename, Path(await download.path()).read_bytes(), page.errors
    finally:
        await context.close()


async def import_in_dutch(browser, site, path):
    context = await browser.new_context(locale="nl-NL", service_workers="block")
    try:
        page = await open_page(context, site.url(PORTFOLIO))
        await page.wait_for_function("() => window.coursekitPage?.page")
        await page.set_input_files("input[type=file]", str(path))
        report = page.locator(".ck-report")
        await report.get_by_text("Import van").wait_for()
        summary = await report.inner_text()
        await page.goto(site.url(CH1), wait_until="load")
        await settled(page)
        await page.wait_for_function("() => window.coursekitPage?.page")
        return summary, await page.input_value(FIELD), page.errors
    finally:
        await context.close()


async def class_overview(browser, site, relative, path):
    context = await browser.new_context(service_workers="block")
    try:
        page = await open_page(context, site.url(relative))
        await page.wait_for_function("() => window.coursekitClass && window.coursekitClass.page")
        content = base64.b64encode(path.read_bytes()).decode("ascii")
        await page.evaluate(DROP, [path.name, content])
        await page.wait_for_function(CLASS_READY, timeout=60_000)
        table = page.locator(".ck-class-section[data-key=cursisten] table")
        return await table.locator("tbody th").all_inner_texts(), page.errors
    finally:
        await context.close()


def test_an_english_export_comes_back_in_the_dutch_edition_and_both_class_overviews(browser, both, tmp_path):
    lang, name, data, errors = browser.run(learner_in_english(browser.browser, both))
    assert lang == "en" and errors == []
    export = tmp_path / name
    export.write_bytes(data)
    # The notebook's reader (coursekit, in Dutch) reads it: the same exercise, the learner's text.
    parsed = read_export(data)
    assert parsed.answers["h1-reflectie-botsing"].value["responses"][0]["text"] == TEXT
    summary, shown, errors = browser.run(import_in_dutch(browser.browser, both, export))
    assert learner.IMPORT_SUMMARY.format(file=name, added=len(parsed.answers), updated=0, skipped=0) in summary
    assert shown == TEXT and errors == []
    for relative in (CLASS_PAGE, "en/" + CLASS_PAGE):
        learners, errors = browser.run(class_overview(browser.browser, both, relative, export))
        assert len(learners) == 1 and errors == [], (relative, learners)
