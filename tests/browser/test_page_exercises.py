"""The exercises on the book's own pages (coursekit/page), used as a learner does, in Chromium.

For every exercise type: fill it in, reload, and find the answer back, over HTTP and from
``file://``; what the page stores is a store the notebooks can read (the JSON Schemas and
``Answer.from_dict`` accept every entry). The portfolio page exports in the notebook's format
(the Python import takes it) and imports the notebook's export. Blocked storage keeps the text
and offers a download at once; the keyboard alone does everything; axe-core finds nothing in the
filled-in exercises; nothing is requested from another host; printing prints the answers;
without JavaScript the static form shows.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from coursekit import schemas
from coursekit.answers import Answer
from coursekit.definitions import load_catalog
from coursekit.exercise_types import REGISTRY
from coursekit.portfolio.format import read_export
from coursekit.store import AnswerStore
from coursekit.texts import learner
from engines import every_engine
from pagecalls import build_export, import_export
from pagetools import ROOT, STORED_DOCUMENT, settled

pytestmark = pytest.mark.slow

CH1, CH4, CH7, CH8, CH9 = (
    "notebooks/01-generaties.html",
    "notebooks/04-onderstroom.html",
    "notebooks/07-faciliterend-leiderschap.html",
    "notebooks/08-vakmanschap.html",
    "notebooks/09-kern.html",
)
PORTFOLIO = "notebooks/portfolio.html"
REFLECTION = "Wat ik merk:\n\nde <b>opgave</b> & het 'mandaat' botsen."
STORE_KEY = "coursekit-antwoorden:"
BLOCK_STORAGE = """
Object.defineProperty(window, "localStorage", {get() { throw new DOMException("geblokkeerd", "SecurityError"); }});
"""


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT)


def address(site, book_html, relative, over):
    return site.url(relative) if over == "http" else (book_html / relative).as_uri()


async def new_context(browser, site, blocked=None, **options):
    """A fresh browser profile whose requests to other hosts are blocked (and noted)."""
    context = await browser.new_context(locale="nl-NL", service_workers="block", accept_downloads=True, **options)

    async def guard(route):
        url = route.request.url
        if site.is_local(url) or url.startswith("file:"):
            await route.continue_()
        else:
            if blocked is not None:
                blocked.append(url)
            await route.abort()

    await context.route("**/*", guard)
    return context


async def opened(context, url, errors=None):
    page = await context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)) if errors is not None else None)
    await visit(page, url)
    return page


async def visit(page, url):
    """Go to ``url`` and wait until its scripts are in and its exercises are ready."""
    await page.goto(url, wait_until="load")
    await settled(page)
    await page.wait_for_function("() => window.coursekitPage?.page")


async def stored(page) -> dict:
    """The page's store document, as the browser keeps it."""
    return await page.evaluate(STORED_DOCUMENT, STORE_KEY)


def saved_text(exercise_id):
    return f"#ck-{exercise_id}-antwoord-1"


async def fill_chapter_1(page):
    for number in range(1, 16):
        await page.check(f"#ck-h1-zelfscan-opgaven-stelling-{number}-{number % 5}")
    for number in range(1, 7):
        await page.select_option(f"#ck-h1-sorteer-opgaven-onderdeel-{number}", index=1 + number % 3)
    exercise = page.locator(".ck-live", has=page.locator("#ck-h1-sorteer-opgaven-onderdeel-1"))
    await exercise.get_by_role("button", name=learner.CHECK).click()
    quiz = page.locator(".ck-live", has=page.locator("#ck-h1-kennis-lagen-keuze-1"))
    await page.check("#ck-h1-kennis-lagen-keuze-1")
    await quiz.get_by_role("button", name=learner.CHECK).click()
    await page.fill(saved_text("h1-reflectie-botsing"), REFLECTION)
    await page.get_by_role("button", name=learner.SAVE_NOW).first.click()


async def fill_chapter_4(page):
    await page.fill("#ck-h4-krachtenveld-kracht-1", "Budget | bij één directie")
    await page.select_option("#ck-h4-krachtenveld-sterkte-1", "4")
    await page.select_option("#ck-h4-krachtenveld-invloed-1", "enige")
    await page.fill("#ck-h4-krachtenveld-kracht-2", "Politieke deadline")
    await page.select_option("#ck-h4-krachtenveld-sterkte-2", "5")
    await page.locator("#ck-h4-krachtenveld-kracht-2").blur()


async def fill_chapter_7(page):
    await page.check("#ck-h7-dilemma-knoop-keuze-1")
    dilemma = page.locator(".ck-live", has=page.locator("#ck-h7-dilemma-knoop-keuze-1"))
    await dilemma.get_by_role("button", name=learner.CHOOSE_THIS).click()


async def fill_and_reload(browser, site, book_html, over):
    blocked, errors = [], []
    context = await new_context(browser, site, blocked)
    try:
        page = await opened(context, address(site, book_html, CH1, over), errors)
        await fill_chapter_1(page)
        await visit(page, address(site, book_html, CH4, over))
        await fill_chapter_4(page)
        await visit(page, address(site, book_html, CH7, over))
        await fill_chapter_7(page)
        await page.wait_for_timeout(300)
        document = await stored(page)
        await visit(page, address(site, book_html, CH1, over))
        back = {
            "scores": [await page.is_checked(f"#ck-h1-zelfscan-opgaven-stelling-{n}-{n % 5}") for n in range(1, 16)],
            "summary": await page.locator(".ck-live", has=page.locator("#ck-h1-zelfscan-opgaven-stelling-1-1"))
            .locator(".ck-summary")
            .inner_text(),
            "sorting": await page.locator(".ck-live", has=page.locator("#ck-h1-sorteer-opgaven-onderdeel-1"))
            .locator(".ck-feedback")
            .inner_text(),
            "choice": await page.is_checked("#ck-h1-kennis-lagen-keuze-1"),
            "quiz": await page.locator(".ck-live", has=page.locator("#ck-h1-kennis-lagen-keuze-1"))
            .locator(".ck-feedback")
            .inner_text(),
            "reflection": await page.input_value(saved_text("h1-reflectie-botsing")),
        }
        await visit(page, address(site, book_html, CH4, over))
        back["force"] = await page.input_value("#ck-h4-krachtenveld-kracht-1")
        back["strength"] = await page.input_value("#ck-h4-krachtenveld-sterkte-2")
        back["forces"] = await page.locator(".ck-live", has=page.locator("#ck-h4-krachtenveld-kracht-1")).inner_text()
        await visit(page, address(site, book_html, CH7, over))
        back["dilemma"] = await page.locator(".ck-live", has=page.locator("#ck-h7-dilemma-knoop-keuze-1")).inner_text()
        return document, back, blocked, errors
    finally:
        await context.close()


@pytest.mark.parametrize("over", ["http", "file"])
def test_every_type_is_filled_in_and_comes_back_after_a_reload(browser, site, book_html, catalog, over):
    document, back, blocked, errors = browser.run(fill_and_reload(browser.browser, site, book_html, over))
    assert not errors and not blocked
    assert all(back["scores"])
    assert "Je hebt 15 van de 15 stellingen een score gegeven." in back["summary"]
    assert learner.MATCH_SCORE.format(score=0, total=6)[:10] in back["sorting"]
    assert back["choice"] and (learner.CORRECT in back["quiz"] or learner.NOT_YET in back["quiz"])
    assert back["reflection"] == REFLECTION
    assert back["force"] == "Budget | bij één directie" and back["strength"] == "5"
    assert "Hierop heb je enige invloed: Budget | bij één directie." in back["forces"]
    assert learner.THEORY in back["dilemma"]
    # What the page stores is the notebooks' store: the schema and the Python reader accept it.
    assert schemas.is_valid("store", document), list(schemas.errors("store", document))[:1]
    answers = {key: Answer.from_dict(entry) for key, entry in document["answers"].items()}
    assert {answer.type for answer in answers.values()} == set(catalog_types(catalog))
    assert answers["h1-reflectie-botsing"].value["responses"][0]["text"] == REFLECTION


def catalog_types(catalog):
    return {definition.type for definition in catalog.definitions.values()}


async def compare_scans(browser, site):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(CH9))
        summary = page.locator(".ck-live", has=page.locator("#ck-h9-zelfscan-eind-stelling-1-1")).locator(".ck-summary")
        before = await summary.inner_text()
        await visit(page, site.url(CH8))
        count = await page.locator("fieldset.ck-scale").count()
        for number in range(1, count + 1):
            await page.check(f"#ck-h8-zelfscan-begin-stelling-{number}-1")
        await visit(page, site.url(CH9))
        for number in range(1, count + 1):
            await page.check(f"#ck-h9-zelfscan-eind-stelling-{number}-3")
        return before, await summary.inner_text()
    finally:
        await context.close()


def test_the_second_self_scan_is_compared_with_the_first(browser, site):
    before, after = browser.run(compare_scans(browser.browser, site))
    assert "nog niet ingevuld" in before
    assert "Gemiddeld eerder 2,0, nu 4,0 (verschil +2,0)." in after
    assert learner.TABLE_COMPARE_CAPTION in after


async def export_on_the_page(browser, site, name):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(CH1))
        await fill_chapter_1(page)
        await visit(page, site.url(PORTFOLIO))
        await page.fill("input[autocomplete=name]", name)
        await page.get_by_role("button", name=learner.PORTFOLIO_EXPORT).click()
        files = {}
        for label in (learner.PORTFOLIO_DOWNLOAD_HTML, learner.PORTFOLIO_DOWNLOAD_MD, learner.PORTFOLIO_DOWNLOAD_JSON):
            async with page.expect_download() as waiting:
                await page.get_by_role("link", name=label).click()
            download = await waiting.value
            files[download.suggested_filename] = Path(await download.path()).read_bytes()
        return files, await stored(page)
    finally:
        await context.close()


def test_a_page_export_imports_in_the_notebooks(browser, site, catalog, tmp_path):
    files, document = browser.run(export_on_the_page(browser.browser, site, "Anna de Vries"))
    assert sorted(name.rsplit(".", 1)[1] for name in files) == ["html", "json", "md"]
    assert all(name.startswith("portfolio-anna-de-vries-") for name in files)
    for number, (name, data) in enumerate(sorted(files.items())):
        store = AnswerStore(tmp_path / f"store-{number}" / "antwoorden.json")
        report = import_export(data, name, store, catalog)
        assert report.added == len(document["answers"]) and report.skipped == 0, report
        assert {key: answer.to_dict() for key, answer in store.answers().items()} == document["answers"]
    # and the page's document is the notebook's document for the same answers, name and moment
    parsed = read_export(files[next(name for name in files if name.endswith(".json"))])
    python = build_export(parsed.answers, catalog, name=parsed.name, moment=parsed.exported_at)
    assert files[python.basename + ".html"].decode() == python.html
    assert files[python.basename + ".md"].decode() == python.markdown


async def import_on_the_page(browser, site, path, over_local):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(CH1))
        if over_local:
            await page.fill(saved_text("h1-reflectie-botsing"), "Mijn nieuwere tekst")
            await page.get_by_role("button", name=learner.SAVE_NOW).first.click()
        await visit(page, site.url(PORTFOLIO))
        await page.set_input_files("input[type=file]", str(path))
        report = page.locator(".ck-report")
        await report.get_by_text("Import van").wait_for()
        text = await report.inner_text()
        await visit(page, site.url(CH1))
        return text, await stored(page), await page.input_value(saved_text("h1-reflectie-botsing"))
    finally:
        await context.close()


class Learner:
    """Enough of a learner for the exercise types' sample answers (ExerciseType.sample)."""

    forces = ("Een politieke deadline", "Het budget zit bij één directie", "Oud zeer")

    def __init__(self):
        self.rng = random.Random(3)
        self.level, self.favourite, self.scores = 3, 1, {}

    def text(self, index):
        return f"Antwoord {index} uit JupyterLab."

    def note(self):
        return "notitie"

    def bonus(self, statement):
        return 0


def test_a_notebook_export_imports_on_the_page(browser, site, catalog, tmp_path):
    answers, learner_ = {}, Learner()
    for number, definition in enumerate(d for d in catalog.definitions.values() if d.chapter in (1, 4, 7)):
        value = REGISTRY[definition.type].sample(definition, learner_)
        moment = f"2026-09-0{number % 9 + 1}T10:00:00Z"
        answers[definition.id] = Answer(definition.id, definition.chapter, definition.type, value, moment)
    bundle = build_export(answers, catalog, name="Notebook")
    path = tmp_path / f"{bundle.basename}.md"
    path.write_text(bundle.markdown, encoding="utf-8")
    report, document, shown = browser.run(import_on_the_page(browser.browser, site, path, False))
    assert learner.IMPORT_SUMMARY.format(file=path.name, added=len(answers), updated=0, skipped=0) in report
    assert {key: Answer.from_dict(entry) for key, entry in document["answers"].items()} == answers
    assert shown == answers["h1-reflectie-botsing"].value["responses"][0]["text"]
    # a newer answer on the page is kept, and the report says so
    report, document, shown = browser.run(import_on_the_page(browser.browser, site, path, True))
    assert "• Overgeslagen: 'Reflectie" in report and shown == "Mijn nieuwere tekst"


async def with_blocked_storage(browser, site):
    context = await new_context(browser, site)
    await context.add_init_script(BLOCK_STORAGE)
    try:
        page = await opened(context, site.url(CH1))
        await page.fill(saved_text("h1-reflectie-botsing"), REFLECTION)
        await page.locator(saved_text("h1-reflectie-botsing")).blur()
        exercise = page.locator(".ck-live", has=page.locator(saved_text("h1-reflectie-botsing")))
        status = await exercise.locator(".ck-status").inner_text()
        alert = await exercise.locator(".ck-alert").inner_text()
        async with page.expect_download() as waiting:
            await exercise.get_by_role("link", name=learner.PORTFOLIO_DOWNLOAD_JSON).click()
        data = Path(await (await waiting.value).path()).read_bytes()
        return status, alert, await page.input_value(saved_text("h1-reflectie-botsing")), data
    finally:
        await context.close()


def test_when_storage_is_blocked_the_text_stays_and_a_download_is_offered(browser, site):
    status, alert, text, data = browser.run(with_blocked_storage(browser.browser, site))
    assert status == learner.SAVE_FAILED.format(reason=learner.PAGE_STORAGE_BLOCKED)
    assert learner.PAGE_DOWNLOAD_NOW in alert
    assert text == REFLECTION
    assert read_export(data).answers["h1-reflectie-botsing"].value["responses"][0]["text"] == REFLECTION


async def keyboard_only(browser, site):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(CH1))
        first = page.locator("#ck-h1-zelfscan-opgaven-stelling-1-0")
        await first.focus()  # as if tabbed to; then only keys
        await page.keyboard.press("Space")
        await page.keyboard.press("ArrowRight")
        await page.keyboard.press("ArrowRight")
        focused_ring = await page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        await page.keyboard.press("Tab")  # to the next statement's group
        await page.keyboard.press("Space")
        quiz = page.locator("#ck-h1-kennis-lagen-keuze-0")
        await quiz.focus()
        await page.keyboard.press("ArrowDown")
        await page.keyboard.press("Tab")  # to Controleer
        await page.keyboard.press("Enter")
        feedback = await page.locator(".ck-live", has=quiz).locator(".ck-feedback").inner_text()
        retry_focused = await page.evaluate("() => document.activeElement.textContent")
        area = page.locator(saved_text("h1-reflectie-botsing"))
        await area.focus()
        await page.keyboard.type("Met het toetsenbord.")
        await page.keyboard.press("Tab")  # leaving the field saves
        document = await stored(page)
        return focused_ring, feedback, retry_focused, document
    finally:
        await context.close()


def test_the_keyboard_alone_does_everything(browser, site):
    ring, feedback, retry_focused, document = browser.run(keyboard_only(browser.browser, site))
    scan = document["answers"]["h1-zelfscan-opgaven"]["value"]["ratings"]
    assert [rating["score"] for rating in scan[:2]] == [3, 1]
    assert ring not in ("", "none")
    assert learner.CORRECT in feedback or learner.NOT_YET in feedback
    assert retry_focused == learner.RETRY
    assert document["answers"]["h1-kennis-lagen"]["value"]["attempts"] == 1
    assert document["answers"]["h1-reflectie-botsing"]["value"]["responses"][0]["text"] == "Met het toetsenbord."


RUN_AXE = """async (context) => {
  const result = await axe.run(context, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}});
  const found = result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
  return {found, checked: result.passes.length};
}"""


async def axe_on_filled_pages(browser, site, axe_source):
    context = await new_context(browser, site)
    found = {}
    try:
        page = await opened(context, site.url(CH1))
        await fill_chapter_1(page)
        for relative, fill in ((CH1, None), (CH4, fill_chapter_4), (CH7, fill_chapter_7), (PORTFOLIO, None)):
            await visit(page, site.url(relative))
            if fill:
                await fill(page)
            if relative == PORTFOLIO:
                await page.get_by_role("button", name=learner.PORTFOLIO_EXPORT).click()
                await page.get_by_role("button", name=learner.PAGE_CLEAR).click()
            await page.add_script_tag(content=axe_source)
            found[relative] = await page.evaluate(RUN_AXE, {"include": [[".ck-live"], [".ck-intro"]]})
    finally:
        await context.close()
    return found


def test_axe_finds_nothing_in_filled_in_exercises_with_their_feedback(browser, site, axe_js):
    results = browser.run(axe_on_filled_pages(browser.browser, site, axe_js.read_text(encoding="utf-8")))
    assert {relative: result["found"] for relative, result in results.items()} == {relative: [] for relative in results}
    assert all(result["checked"] > 10 for result in results.values()), results


def fill_scan(chapter, score):
    """Fill in the self-scan of chapter 8 (the first) or 9 (compared with it)."""
    name = {8: "h8-zelfscan-begin", 9: "h9-zelfscan-eind"}[chapter]

    async def fill(page):
        for number in range(1, await page.locator(f'[id^="ck-{name}-stelling-"][id$="-0"]').count() + 1):
            await page.check(f"#ck-{name}-stelling-{number}-{(score + number) % 5}")

    return fill


async def narrow(browser, site):
    context = await new_context(browser, site, viewport={"width": 360, "height": 740})
    widths = {}
    try:
        page = await opened(context, site.url(CH1))
        await fill_chapter_1(page)
        for relative, fill in (
            (CH1, None),
            (CH4, fill_chapter_4),
            (CH8, fill_scan(8, 1)),
            (CH9, fill_scan(9, 3)),
            (PORTFOLIO, None),
        ):
            await visit(page, site.url(relative))
            if fill:
                await fill(page)
            widths[page.url.rsplit("/", 1)[1] + " for " + relative] = await page.evaluate(
                "() => [...document.querySelectorAll('.ck-live, .ck-live *, .ck-intro')]"
                ".filter(e => e.getBoundingClientRect().right > 360)"
                ".map(e => `${e.tagName} ${e.id} ${e.type || ''} ${e.className.baseVal ?? e.className}`"
                " + ` ${e.textContent.slice(0, 40)}`)"
                ".concat(document.documentElement.scrollWidth > 360 ? ['the page itself'] : [])"
            )
    finally:
        await context.close()
    return widths


def test_nothing_scrolls_sideways_at_360_pixels(browser, site):
    widths = browser.run(narrow(browser.browser, site))
    assert widths == {relative: [] for relative in widths}


async def printed_and_without_script(browser, site):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(CH1))
        await page.fill(saved_text("h1-reflectie-botsing"), REFLECTION)
        await page.emulate_media(media="print")
        exercise = page.locator(".ck-live", has=page.locator(saved_text("h1-reflectie-botsing")))
        printed = await exercise.inner_text()
        area_shown = await page.locator(saved_text("h1-reflectie-botsing")).is_visible()
    finally:
        await context.close()
    bare = await new_context(browser, site, java_script_enabled=False)
    try:
        page = await bare.new_page()
        await page.goto(site.url(CH1))
        await settled(page)
        static = await page.locator(".coursekit-static").first.inner_text()
    finally:
        await bare.close()
    return printed, area_shown, static


def test_printing_prints_the_answers_and_without_javascript_the_static_form_shows(browser, site):
    printed, area_shown, static = browser.run(printed_and_without_script(browser.browser, site))
    assert "de <b>opgave</b> & het 'mandaat' botsen." in printed and not area_shown
    assert learner.STATIC_NOTE in static


async def two_tabs_and_wiping(browser, site):
    context = await new_context(browser, site)
    try:
        first = await opened(context, site.url(CH1))
        second = await opened(context, site.url(CH1))
        await first.fill(saved_text("h1-reflectie-botsing"), "Uit het eerste tabblad")
        await first.locator(saved_text("h1-reflectie-botsing")).blur()
        await second.wait_for_function(
            "(id) => document.querySelector(id).value === 'Uit het eerste tabblad'",
            arg=saved_text("h1-reflectie-botsing"),
        )
        await second.check("#ck-h1-zelfscan-opgaven-stelling-1-4")  # a save in the second tab keeps the first's
        # Chromium hands localStorage to another tab's process a moment later: wait until the first
        # tab sees the second's save (had it written over the first's answer, the set check fails).
        await first.wait_for_function(
            f"(prefix) => 'h1-zelfscan-opgaven' in (({STORED_DOCUMENT})(prefix).answers || {{}})", arg=STORE_KEY
        )
        both = await stored(first)
        portfolio = await opened(context, site.url(PORTFOLIO))
        await portfolio.get_by_role("button", name=learner.PAGE_CLEAR).click()
        asked = await portfolio.locator(".ck-confirm").inner_text()
        await portfolio.get_by_role("button", name=learner.PAGE_CLEAR_NO).click()
        kept = await stored(portfolio)
        await portfolio.get_by_role("button", name=learner.PAGE_CLEAR).click()
        await portfolio.get_by_role("button", name=learner.PAGE_CLEAR_YES).click()
        await first.wait_for_function(
            "(id) => document.querySelector(id).value === ''", arg=saved_text("h1-reflectie-botsing")
        )
        return both, asked, kept, await stored(portfolio)
    finally:
        await context.close()


def test_other_tabs_follow_and_wiping_asks_first(browser, site):
    both, asked, kept, wiped = browser.run(two_tabs_and_wiping(browser.browser, site))
    assert set(both["answers"]) == {"h1-reflectie-botsing", "h1-zelfscan-opgaven"}
    assert asked.startswith("Weet je het zeker?") and "(2)" in asked
    assert kept == both
    assert wiped == {}


# --- The same in Firefox and WebKit -------------------------------------------------------------

# Mark the element `tag` whose text is `text` (a button, a link), so the tab can click it.
MARK = """(tag, text) => {
  document.querySelectorAll('[data-test-target]').forEach((e) => e.removeAttribute('data-test-target'));
  const found = [...document.querySelectorAll(tag)].find((e) => e.textContent.trim() === text);
  if (found) found.setAttribute('data-test-target', '');
  return !!found;
}"""
# The three documents behind the export's download links: {file name: text}.
DOWNLOADS = """async (labels) => {
  const files = {};
  for (const label of labels) {
    const link = [...document.querySelectorAll('a[download]')].find((a) => a.textContent.trim() === label);
    files[link.getAttribute('download')] = await (await fetch(link.href)).text();
  }
  return files;
}"""
PAGE_READY = "() => window.coursekitPage && window.coursekitPage.page"


def click_text(tab, tag: str, text: str) -> None:
    assert tab.wait_for(MARK, tag, text), f"no {tag} '{text}'"
    tab.click("[data-test-target]")


@every_engine
def test_the_portfolio_exports_and_a_wiped_browser_imports_it_back(tab, site, catalog, tmp_path):
    """In each engine: a reflection typed on the page is in the three exported documents (the
    notebooks read them); after the browser's storage is wiped, importing the JSON export brings the
    answer back on the page."""
    text = "Mijn reflectie in deze browser: <b>opgave</b> & 'mandaat'."
    tab.goto(site.url(CH1))
    tab.wait_for(PAGE_READY)
    tab.click(saved_text("h1-reflectie-botsing"))
    tab.type(text)
    click_text(tab, "button", learner.SAVE_NOW)
    tab.wait_for("(t) => document.body.textContent.includes(t)", learner.SAVED_AT.split("{")[0])
    tab.goto(site.url(PORTFOLIO))
    tab.wait_for(PAGE_READY)
    tab.click("input[autocomplete=name]")
    tab.type("Anna de Vries")
    click_text(tab, "button", learner.PORTFOLIO_EXPORT)
    labels = [learner.PORTFOLIO_DOWNLOAD_HTML, learner.PORTFOLIO_DOWNLOAD_MD]
    labels.append(learner.PORTFOLIO_DOWNLOAD_JSON)
    tab.wait_for("(n) => document.querySelectorAll('a[download]').length >= n", len(labels))
    files = tab.evaluate(DOWNLOADS, labels)
    document = tab.evaluate(STORED_DOCUMENT, STORE_KEY)
    assert tab.errors() == []
    assert sorted(name.rsplit(".", 1)[1] for name in files) == ["html", "json", "md"]
    assert all(name.startswith("portfolio-anna-de-vries-") for name in files)
    assert document["answers"]["h1-reflectie-botsing"]["value"]["responses"][0]["text"] == text
    for number, (name, data) in enumerate(sorted(files.items())):
        store = AnswerStore(tmp_path / f"store-{number}" / "antwoorden.json")
        report = import_export(data.encode("utf-8"), name, store, catalog)
        assert report.added == len(document["answers"]) and report.skipped == 0, (tab.engine, name, report)
    # Another browser, or this one after its storage was wiped: the JSON export brings the answer back.
    export = tmp_path / next(name for name in files if name.endswith(".json"))
    export.write_text(files[export.name], encoding="utf-8")
    tab.evaluate("() => localStorage.clear()")
    tab.reload()
    tab.wait_for(PAGE_READY)
    tab.set_files("input[type=file]", [export])
    summary = learner.IMPORT_SUMMARY.format(file=export.name, added=len(document["answers"]), updated=0, skipped=0)
    tab.wait_for("(t) => document.querySelector('.ck-report')?.textContent.includes(t)", summary)
    tab.goto(site.url(CH1))
    tab.wait_for(PAGE_READY)
    shown = tab.evaluate("(s) => document.querySelector(s).value", saved_text("h1-reflectie-botsing"))
    assert shown == text
    assert tab.evaluate(STORED_DOCUMENT, STORE_KEY)["answers"] == document["answers"]


@every_engine
def test_an_answer_typed_in_one_tab_appears_in_the_other(tab, site):
    """The same exercise open in two tabs of one learner: what is saved in one shows in the other."""
    field = saved_text("h1-reflectie-botsing")
    other = tab.new_tab()
    for each in (tab, other):
        each.goto(site.url(CH1))
        each.wait_for(PAGE_READY)
    tab.click(field)
    tab.type("Getypt in het eerste tabblad.")
    click_text(tab, "button", learner.SAVE_NOW)
    shown = other.wait_for("(s) => document.querySelector(s).value", field, timeout=20)
    assert shown == "Getypt in het eerste tabblad.", tab.engine
    assert tab.errors() == [] and other.errors() == []
