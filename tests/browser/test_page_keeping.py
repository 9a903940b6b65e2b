"""Where a learner's answers are, and when the browser may delete them (issue 23, item 2), in Chromium.

The answers live in the browser only, and browsers delete a site's data: WebKit after seven days
of use without the site, Firefox and Chromium under storage pressure unless the site's storage is
persistent (book/beloftes.md). So the first save asks for persistent storage
(``navigator.storage.persist``, stubbed here by an init script that counts the calls and answers
as the test says); the portfolio panel says whether the browser granted it; each exercise page and
the panel say where the answers are and when the last export was; and a calm reminder with a way to
export comes when work is not in an export and the browser gave no persistent storage, or there
was no export for seven days. The test sets the clock (Playwright's ``clock.set_fixed_time``): no
sleeps, no timed assertions.

The pages are made from the fixture of every type (tests/fixtures/every-type.yml) as the book makes
them: an exercise page and the portfolio page, with the page's scripts and the catalog. No book
build is needed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coursekit import formatting
from coursekit.texts import learner

pytestmark = pytest.mark.slow

READY = "() => window.coursekitPage && window.coursekitPage.page"
TEXT = "#ck-h1-reflectie-antwoord-1"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
# navigator.storage as a browser gives it: persisted() says whether the storage is persistent,
# persist() asks (and counts the calls in window.storageCalls); a grant holds for the next pages
# (kept in sessionStorage, as the browser keeps it). STATE: "granted" (persist() grants),
# "granted-before" (persistent from the start), "refused" (persist() does not grant), "missing" (no
# navigator.storage) or "throwing" (both throw).
STORAGE = """
(() => {
  const state = "STATE";
  const calls = (window.storageCalls = { persist: 0, persisted: 0 });
  const manager = {
    persist() {
      calls.persist += 1;
      if (state === "throwing") throw new Error("kapot");
      if (state === "granted") sessionStorage.setItem("test-persisted", "1");
      return Promise.resolve(state === "granted" || state === "granted-before");
    },
    persisted() {
      calls.persisted += 1;
      if (state === "throwing") throw new Error("kapot");
      return Promise.resolve(state === "granted-before" || sessionStorage.getItem("test-persisted") === "1");
    },
  };
  const storage = () => (state === "missing" ? undefined : manager);
  Object.defineProperty(Navigator.prototype, "storage", { configurable: true, get: storage });
})();
"""


@pytest.fixture(scope="module")
def keeping_site(fixture_site):
    """An exercise page (index.html) and the portfolio page (portfolio.html) of the fixture."""
    return fixture_site[1]


async def new_context(browser, storage: str, vendor: str | None = None):
    """A fresh profile whose navigator.storage answers as `storage` says; `vendor`: the browser's
    navigator.vendor ("Apple Computer, Inc." in WebKit, which deletes on a clock)."""
    context = await browser.new_context(locale="nl-NL", service_workers="block", accept_downloads=True)
    await context.add_init_script(STORAGE.replace("STATE", storage))
    if vendor is not None:
        script = "Object.defineProperty(Navigator.prototype, 'vendor', {configurable: true, get: () => VENDOR});"
        await context.add_init_script(script.replace("VENDOR", repr(vendor)))
    return context


async def opened(context, url, errors):
    page = await context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(url, wait_until="load")
    await page.wait_for_function(READY)
    return page


async def at(page, url, moment: datetime):
    """Go to `url` with the clock at `moment` (Date.now() and new Date() say that time)."""
    await page.clock.set_fixed_time(moment)
    await page.goto(url, wait_until="load")
    await page.wait_for_function(READY)
    await settled(page)


async def settled(page):
    """The page's promises (persisted(), persist()) have been answered."""
    await page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")


async def save(page, text: str):
    await page.fill(TEXT, text)
    await page.locator(TEXT).blur()
    exercise = page.locator(".ck-live", has=page.locator(TEXT))
    await exercise.locator(".ck-status").get_by_text("Opgeslagen").wait_for()
    await settled(page)


async def export(page, button: str = learner.PORTFOLIO_EXPORT):
    """Make the export on the portfolio page and download it (the JSON file)."""
    await page.get_by_role("button", name=button).click()
    async with page.expect_download():
        await page.get_by_role("link", name=learner.PORTFOLIO_DOWNLOAD_JSON).click()
    await settled(page)


def exported_line(moment: datetime) -> str:
    return learner.PAGE_WHERE + " " + learner.PAGE_WHERE_EXPORTED.format(when=formatting.date_time(moment))


# --- Asking for persistent storage ---------------------------------------------------------------


async def first_save(browser, site, storage):
    context = await new_context(browser, storage)
    errors: list[str] = []
    try:
        page = await opened(context, site.url("index.html"), errors)
        await settled(page)
        before = await page.evaluate("() => window.storageCalls.persist")
        await save(page, "Mijn eerste antwoord.")
        first = await page.evaluate("() => window.storageCalls.persist")
        await save(page, "Mijn eerste antwoord, verbeterd.")
        second = await page.evaluate("() => window.storageCalls.persist")
        await page.reload(wait_until="load")
        await page.wait_for_function(READY)
        kept = await page.input_value(TEXT)
        return before, first, second, kept, errors
    finally:
        await context.close()


def test_the_first_save_asks_for_persistent_storage_once(browser, keeping_site):
    before, first, second, kept, errors = browser.run(first_save(browser.browser, keeping_site, "granted"))
    assert (before, first, second) == (0, 1, 1)  # not on opening the page; on the first save; not again
    assert kept == "Mijn eerste antwoord, verbeterd." and not errors


@pytest.mark.parametrize("storage", ["missing", "throwing", "refused"])
def test_saving_goes_on_when_the_browser_cannot_or_will_not_keep_the_storage(browser, keeping_site, storage):
    before, first, second, kept, errors = browser.run(first_save(browser.browser, keeping_site, storage))
    assert kept == "Mijn eerste antwoord, verbeterd." and not errors
    if storage != "missing":
        assert (before, first, second) == (0, 1, 1)


# --- What the portfolio panel says -----------------------------------------------------------------


async def panel_says(browser, site, storage, save_first):
    context = await new_context(browser, storage)
    errors: list[str] = []
    try:
        page = await opened(context, site.url("index.html"), errors)
        if save_first:
            await save(page, "Een antwoord.")
        await page.goto(site.url("portfolio.html"), wait_until="load")
        await page.wait_for_function(READY)
        await settled(page)
        return await page.locator(".ck-persisted").inner_text(), errors
    finally:
        await context.close()


@pytest.mark.parametrize(
    ("storage", "save_first", "said"),
    [
        ("granted", True, learner.PAGE_PERSISTED),  # granted on the first save
        ("granted-before", False, learner.PAGE_PERSISTED),
        ("refused", True, learner.PAGE_NOT_PERSISTED),
        ("missing", True, learner.PAGE_PERSISTENCE_UNKNOWN),
        ("throwing", True, learner.PAGE_PERSISTENCE_UNKNOWN),
    ],
)
def test_the_panel_says_whether_the_browser_granted_persistent_storage(
    browser, keeping_site, storage, save_first, said
):
    text, errors = browser.run(panel_says(browser.browser, keeping_site, storage, save_first))
    assert text == said and not errors


# --- Where the answers are, and the last export --------------------------------------------------


async def where_and_export(browser, site):
    context = await new_context(browser, "granted")
    errors: list[str] = []
    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        await at(page, site.url("index.html"), START)
        lines = {"before": await page.locator(".ck-where").all_inner_texts()}
        lines["all of it"] = await page.locator(".ck-keeping").inner_text()  # the where line and nothing else
        await save(page, "Een antwoord.")
        await at(page, site.url("portfolio.html"), START + timedelta(hours=1))
        lines["panel before"] = await page.locator(".ck-where").all_inner_texts()
        await export(page)
        lines["panel after"] = await page.locator(".ck-where").all_inner_texts()
        await at(page, site.url("index.html"), START + timedelta(days=2))
        lines["page after"] = await page.locator(".ck-where").all_inner_texts()
        # the intro and the where line come before the first exercise
        lines["order"] = await page.evaluate(
            "() => [...document.querySelectorAll('.ck-intro, .ck-keeping, .ck-live')]"
            ".slice(0, 3).map((e) => e.className)"
        )
        return lines, errors
    finally:
        await context.close()


def test_where_the_answers_are_and_when_the_last_export_was(browser, keeping_site):
    lines, errors = browser.run(where_and_export(browser.browser, keeping_site))
    nothing_yet = learner.PAGE_WHERE + " " + learner.PAGE_WHERE_NO_EXPORT
    assert lines["before"] == [nothing_yet]  # once on the exercise page
    assert lines["all of it"].strip() == nothing_yet
    assert lines["panel before"] == [nothing_yet]
    exported = exported_line(START + timedelta(hours=1))
    assert lines["panel after"] == [exported]
    assert lines["page after"] == [exported]
    intro, keeping, exercise = lines["order"]
    assert (intro, keeping) == ("ck-intro", "ck-keeping") and "ck-live" in exercise.split()
    assert not errors


# --- The reminder, with the clock the test sets --------------------------------------------------


async def reminder_over_days(browser, site):
    context = await new_context(browser, "granted")  # persistent: only the seven days count
    errors: list[str] = []
    seen = {}

    async def look(name, url, moment):
        await at(page, url, moment)
        reminder = page.locator(".ck-reminder")
        seen[name] = await reminder.inner_text() if await reminder.count() else None
        return reminder

    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        await at(page, site.url("index.html"), START)
        await save(page, "Eerste versie.")
        await look("just saved", site.url("index.html"), START)
        await look("six days, never exported", site.url("index.html"), START + timedelta(days=6))
        await look("eight days, never exported", site.url("index.html"), START + timedelta(days=8))
        await at(page, site.url("portfolio.html"), START + timedelta(days=8))
        await export(page)
        await at(page, site.url("index.html"), START + timedelta(days=8, hours=1))
        await save(page, "Tweede versie.")
        await look("changed, exported an hour ago", site.url("index.html"), START + timedelta(days=8, hours=1))
        await look("changed, exported six days ago", site.url("index.html"), START + timedelta(days=14))
        reminder = await look("changed, exported eight days ago", site.url("index.html"), START + timedelta(days=16))
        seen["link"] = await reminder.get_by_role("link").get_attribute("href")
        await reminder.get_by_role("button", name=learner.PAGE_REMINDER_LATER).click()
        seen["focus after dismissing"] = await page.evaluate("() => document.activeElement.className")
        seen["dismissed, same page"] = await page.locator(".ck-reminder").count()
        await look("dismissed, reloaded", site.url("index.html"), START + timedelta(days=16, hours=1))
        await save(page, "Derde versie.")
        await look("changed after dismissing", site.url("index.html"), START + timedelta(days=16, hours=2))
        # On the portfolio page the reminder carries the export button itself.
        reminder = await look("portfolio page", site.url("portfolio.html"), START + timedelta(days=16, hours=3))
        await export(page, learner.PAGE_REMINDER_EXPORT_HERE)
        seen["after the export"] = await page.locator(".ck-reminder").count()
        seen["where after the export"] = await page.locator(".ck-where").inner_text()
        await look("exported, next day", site.url("index.html"), START + timedelta(days=17))
        return seen, errors
    finally:
        await context.close()


def test_a_calm_reminder_comes_after_seven_days_without_an_export_and_can_be_put_aside(browser, keeping_site):
    seen, errors = browser.run(reminder_over_days(browser.browser, keeping_site))
    assert not errors
    assert seen["just saved"] is None and seen["six days, never exported"] is None
    assert learner.PAGE_REMINDER in seen["eight days, never exported"]
    assert learner.PAGE_REMINDER_EXPORT_THERE in seen["eight days, never exported"]
    assert seen["changed, exported an hour ago"] is None and seen["changed, exported six days ago"] is None
    assert learner.PAGE_REMINDER in seen["changed, exported eight days ago"]
    assert seen["link"] == "portfolio.html#ck-export"
    assert seen["focus after dismissing"] == "ck-keeping" and seen["dismissed, same page"] == 0
    assert seen["dismissed, reloaded"] is None  # the dismissal is remembered ...
    assert learner.PAGE_REMINDER in seen["changed after dismissing"]  # ... until an answer changes
    assert learner.PAGE_REMINDER_EXPORT_HERE in seen["portfolio page"]
    assert seen["after the export"] == 0
    assert seen["where after the export"] == exported_line(START + timedelta(days=16, hours=3))
    assert seen["exported, next day"] is None


async def reminder_without_persistence(browser, site, vendor):
    context = await new_context(browser, "refused", vendor)
    errors: list[str] = []
    try:
        page = await context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        await at(page, site.url("index.html"), START)
        shown = {"before saving": await page.locator(".ck-reminder").count()}
        await save(page, "Een antwoord.")
        shown["while working"] = await page.locator(".ck-reminder").count()  # nothing moves under the learner's hands
        await at(page, site.url("index.html"), START + timedelta(minutes=5))
        shown["next page"] = await page.locator(".ck-reminder").count()
        await at(page, site.url("portfolio.html"), START + timedelta(minutes=6))
        shown["portfolio page"] = await page.locator(".ck-reminder").count()
        await export(page)
        shown["exported"] = await page.locator(".ck-reminder").count()
        await at(page, site.url("index.html"), START + timedelta(minutes=7))
        shown["after the export"] = await page.locator(".ck-reminder").count()
        return shown, errors
    finally:
        await context.close()


@pytest.mark.parametrize("vendor", ["Apple Computer, Inc.", "Google Inc."])
def test_where_the_browser_deletes_on_a_clock_the_reminder_comes_as_soon_as_work_is_not_in_an_export(
    browser, keeping_site, vendor
):
    """WebKit without persistent storage: at once. Chromium (and Firefox) without it delete only
    under storage pressure: no reminder before the seven days (which test_the_reminder_... counts)."""
    shown, errors = browser.run(reminder_without_persistence(browser.browser, keeping_site, vendor))
    webkit = vendor.startswith("Apple")
    assert shown == {
        "before saving": 0,
        "while working": 0,
        "next page": int(webkit),
        "portfolio page": int(webkit),
        "exported": 0,
        "after the export": 0,
    }
    assert not errors


# --- With site storage blocked -------------------------------------------------------------------

BLOCK_STORAGE = """
Object.defineProperty(window, "localStorage", {get() { throw new DOMException("geblokkeerd", "SecurityError"); }});
"""


async def blocked_storage(browser, site):
    context = await new_context(browser, "refused")
    await context.add_init_script(BLOCK_STORAGE)
    errors: list[str] = []
    try:
        page = await opened(context, site.url("index.html"), errors)
        await page.fill(TEXT, "Een antwoord.")
        await page.locator(TEXT).blur()
        exercise = page.locator(".ck-live", has=page.locator(TEXT))
        status = await exercise.locator(".ck-status").inner_text()
        await settled(page)
        shown = {"page": await page.locator(".ck-where, .ck-reminder").count()}
        await page.goto(site.url("portfolio.html"), wait_until="load")
        await page.wait_for_function(READY)
        await settled(page)
        shown["panel"] = await page.locator(".ck-where, .ck-reminder").count()
        return status, shown, errors
    finally:
        await context.close()


def test_with_storage_blocked_the_page_claims_no_place_for_the_answers(browser, keeping_site):
    status, shown, errors = browser.run(blocked_storage(browser.browser, keeping_site))
    assert status == learner.SAVE_FAILED.format(reason=learner.PAGE_STORAGE_BLOCKED)
    assert shown == {"page": 0, "panel": 0} and not errors
