"""A file of one's own (issue 23, item 3), in Chromium, on the fixture of every type (no book build).

Where the browser has the File System Access API, the portfolio panel offers "Bewaar ook in een
bestand", and the page keeps that file up to date after each save, as an export every reader of
exports reads. Here ``showSaveFilePicker`` is stubbed by an init script that returns a real handle
from the origin-private file system (OPFS), and the test reads the file back from there. A later
visit goes on with the same file (kept in IndexedDB), after a click when the browser wants to ask
first. Without the API the panel says in one sentence that the export is the way. A failed write
names the file, and the answer stays in the browser.
"""

from __future__ import annotations

import json

import pytest

from coursekit import schemas
from coursekit.portfolio.format import read_export
from coursekit.texts import learner
from fixturesite import EXERCISES, PORTFOLIO, first_text, open_tab, settle, stored_entry, type_answer, write_site
from pagetools import StaticSite
from test_page_exercises import BLOCK_STORAGE

pytestmark = pytest.mark.slow

FILE = "portfolio.json"
REFLECTION = "h1-reflectie"
ANSWER = "Mijn antwoord, <b>bewaard</b> & in een 'bestand'."
PICKER = """
window.showSaveFilePicker = async () => {
  const folder = await navigator.storage.getDirectory();
  return folder.getFileHandle("portfolio.json", { create: true });
};
"""
NO_PICKER = """
delete window.showSaveFilePicker;
delete Window.prototype.showSaveFilePicker;
"""
# A later visit where the browser asks before the page may write again.
ASKS = """
FileSystemHandle.prototype.queryPermission = async () => "prompt";
"""
READ_FILE = """async (name) => {
  const folder = await navigator.storage.getDirectory();
  try {
    return await (await (await folder.getFileHandle(name)).getFile()).text();
  } catch (error) {
    return null;
  }
}"""
FULL_DISK = """(name) => {
  FileSystemFileHandle.prototype.createWritable = async () => { throw new DOMException("vol", "QuotaExceededError"); };
}"""
# The file deleted behind the page's back: a picked file's handle then refuses (NotFoundError); an
# OPFS handle would quietly make it again, so the refusal is stubbed after the file is removed.
FILE_GONE = """async (name) => {
  await (await navigator.storage.getDirectory()).removeEntry(name);
  FileSystemFileHandle.prototype.createWritable = async () => { throw new DOMException("weg", "NotFoundError"); };
}"""
FAILURES = {"full": (FULL_DISK, learner.PAGE_FILE_FULL), "gone": (FILE_GONE, learner.PAGE_FILE_GONE)}


@pytest.fixture(scope="module")
def file_site(every_type, tmp_path_factory):
    folder = write_site(tmp_path_factory.mktemp("file-site"), every_type)
    with StaticSite(folder) as served:
        yield served


async def file_text(tab) -> str | None:
    return await tab.evaluate(READ_FILE, FILE)


async def file_with(tab, text: str) -> dict:
    """The file's export once it holds ``text`` (the page writes a while after a save)."""
    for _ in range(100):
        found = await file_text(tab)
        if found and text in found:
            return json.loads(found)
        await tab.wait_for_timeout(100)
    raise AssertionError(f"the file never held {text!r}: {await file_text(tab)!r}")


async def choose_file(tab) -> None:
    """On the portfolio page: "Bewaar ook in een bestand", and wait until it is written."""
    await tab.get_by_role("button", name=learner.PAGE_FILE_CHOOSE).click()
    await tab.get_by_text(learner.PAGE_FILE_WRITTEN.split("{")[0] + FILE).wait_for()


async def new_context(browser, *scripts):
    context = await browser.new_context(locale="nl-NL", service_workers="block")
    for script in scripts:
        await context.add_init_script(script)
    return context


async def keeps_the_file(browser, site, blocked=False):
    """Choose the file on the portfolio page, answer on the exercise page (``blocked``: with the
    browser's storage for the answers blocked from then on), and read the file back."""
    context = await new_context(browser, PICKER)
    errors: list[str] = []
    try:
        tab = await open_tab(context, site.url(PORTFOLIO), errors)
        await choose_file(tab)
        empty = json.loads(await file_text(tab))
        if blocked:
            await context.add_init_script(BLOCK_STORAGE)
        await tab.goto(site.url(EXERCISES))
        await tab.wait_for_function("() => window.coursekitPage.page")
        await type_answer(tab, REFLECTION, ANSWER)
        written = await file_with(tab, "bewaard")
        shown = await tab.locator(".ck-file").inner_text()
        return empty, written, shown, errors
    finally:
        await context.close()


async def goes_on_after_a_click(browser, site):
    context = await new_context(browser, PICKER)
    errors: list[str] = []
    try:
        tab = await open_tab(context, site.url(PORTFOLIO), errors)
        await choose_file(tab)
        await tab.close()
        await context.add_init_script(ASKS)  # the next visit: the browser asks first
        tab = await open_tab(context, site.url(EXERCISES), errors)
        resume = tab.get_by_role("button", name=learner.PAGE_FILE_CONTINUE.format(file=FILE))
        await resume.wait_for()
        await type_answer(tab, REFLECTION, ANSWER)
        await settle(tab, 1500)
        before = json.loads(await file_text(tab))  # not written without permission
        await resume.click()
        after = await file_with(tab, "bewaard")
        return before, after, errors
    finally:
        await context.close()


async def without_the_api(browser, site):
    context = await new_context(browser, NO_PICKER)
    errors: list[str] = []
    try:
        tab = await open_tab(context, site.url(PORTFOLIO), errors)
        panel = await tab.locator(".ck-live").inner_text()
        buttons = await tab.get_by_role("button", name=learner.PAGE_FILE_CHOOSE).count()
        tab = await open_tab(context, site.url(EXERCISES), errors)
        files = await tab.locator(".ck-file").count()
        return panel, buttons, files, errors
    finally:
        await context.close()


async def a_write_fails(browser, site, failure: str):
    context = await new_context(browser, PICKER)
    errors: list[str] = []
    try:
        tab = await open_tab(context, site.url(PORTFOLIO), errors)
        await choose_file(tab)
        await tab.goto(site.url(EXERCISES))
        await tab.wait_for_function("() => window.coursekitPage.page")
        await tab.evaluate(FAILURES[failure][0], FILE)
        await type_answer(tab, REFLECTION, ANSWER)
        alert = tab.locator(".ck-file [role=alert]")
        await alert.wait_for()
        return await alert.inner_text(), await stored_entry(tab, REFLECTION), errors
    finally:
        await context.close()


def test_the_chosen_file_holds_the_portfolio_after_each_save(browser, file_site):
    empty, written, shown, errors = browser.run(keeps_the_file(browser.browser, file_site))
    assert not errors
    for export in (empty, written):
        assert schemas.is_valid("portfolio-export", export), list(schemas.errors("portfolio-export", export))[:1]
    assert empty["answers"] == []
    [answer] = written["answers"]
    assert answer["exercise_id"] == REFLECTION and first_text(answer["value"]) == ANSWER
    # Every reader of exports reads it: the Python reader too.
    parsed = read_export(json.dumps(written).encode("utf-8"))
    assert first_text(parsed.answers[REFLECTION].value) == ANSWER
    assert FILE in shown


def test_with_the_browser_storage_blocked_the_file_still_gets_the_answer(browser, file_site):
    _, written, _, errors = browser.run(keeps_the_file(browser.browser, file_site, blocked=True))
    assert not errors
    assert [first_text(answer["value"]) for answer in written["answers"]] == [ANSWER]


def test_a_later_visit_goes_on_with_the_file_after_a_click(browser, file_site):
    before, after, errors = browser.run(goes_on_after_a_click(browser.browser, file_site))
    assert not errors
    assert before["answers"] == []
    assert schemas.is_valid("portfolio-export", after)
    assert [first_text(answer["value"]) for answer in after["answers"]] == [ANSWER]


def test_without_the_api_the_panel_says_the_export_is_the_way(browser, file_site):
    panel, buttons, files, errors = browser.run(without_the_api(browser.browser, file_site))
    assert not errors
    assert learner.PAGE_FILE_NO_API in panel
    assert buttons == 0 and files == 0


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failed_write_names_the_file_and_keeps_the_answer(browser, file_site, failure):
    alert, entry, errors = browser.run(a_write_fails(browser.browser, file_site, failure))
    assert not errors
    assert alert == learner.PAGE_FILE_FAILED.format(file=FILE, reason=FAILURES[failure][1])
    assert first_text(entry["value"]) == ANSWER
