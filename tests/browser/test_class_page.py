"""The class overview in the teacher's browser (book/docenten/klasoverzicht-in-je-browser), used as a
teacher uses it, in Chromium.

A teacher drops the bulk-download zip of Moodle, Canvas, Brightspace or Blackboard (made from the
synthetic sample exports in exactly those layouts: coursekit.classpage.samples) and sees the
notebook's overview: the same learners under the same letters, the same skipped files, the charts
each with a table. Names only after "Namen tonen". Hostile zips give their reasons and the page
stays responsive; the keyboard alone does everything; axe-core finds nothing in the filled-in
overview, in light and in dark mode; nothing is requested from any host; the page reflows at 320
pixels and prints without its controls. Only this page loads the class page's script and style.
A platform's zip and hostile zips, chosen with the file button, are read alike in Chromium, Firefox
and WebKit.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from pathlib import Path

import pytest

from coursekit.classpage import samples
from coursekit.texts import teacher
from engines import every_engine
from pagetools import ROOT, parse, settled, transfer_size

pytestmark = pytest.mark.slow

PAGE = "book/docenten/klasoverzicht-in-je-browser.html"
NOTEBOOK_PAGE = "notebooks/docent/klasoverzicht.html"
FOLDER = "_static/klasoverzicht/"
BUDGET = 40_000  # bytes gzip: the class page's script (unzipit included) and stylesheet
SAMPLES = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
FILE_BUTTON = ".ck-classpage input[type=file]:not([webkitdirectory])"
READY = "() => performance.getEntriesByName('coursekit-class-ready').length > 0"
RUN_AXE = """async () => {
  const result = await axe.run(document.querySelector('.ck-classpage'), {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, resultTypes: ["violations"],
  });
  const where = (v) => v.nodes.map((n) => n.target.join(" ")).join(", ");
  return {checked: result.passes.length, found: result.violations.map((v) => `${v.id}: ${where(v)}`)};
}"""
# Drop files on the page as a browser does: a DataTransfer with the files, on the drop zone.
DROP = """([names, contents]) => {
  const transfer = new DataTransfer();
  names.forEach((name, index) => {
    const bytes = Uint8Array.from(atob(contents[index]), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], name, {type: "application/zip"}));
  });
  const zone = document.querySelector(".ck-drop");
  zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: transfer, bubbles: true, cancelable: true}));
  zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
}"""


@pytest.fixture(scope="module")
def zips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("klas")
    items = samples.submissions(SAMPLES)
    found = {}
    for name, layout in samples.LAYOUTS.items():
        found[name] = folder / f"{name}.zip"
        found[name].write_bytes(layout(items))
    export = (SAMPLES / "portfolio-voorbeeldcursist-1-synthetisch-20261115-2101.html").read_bytes()
    for name, data in samples.hostile(export).items():
        found[name] = folder / f"vijandig-{name}.zip"
        found[name].write_bytes(data)
    return found


# What the notebook shows of the sample exports (tests/page/test_class_parity.py holds it to these).
EXPECTED = json.loads(
    (ROOT / "tests" / "page" / "fixtures" / "class-overview-expected.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def notebooks():
    """What the notebook makes of each platform's zip unpacked: {layout: {letters: name}} (the same
    exports as `notebook`; the letters follow the platform's students, classview/layouts.py)."""
    return {
        layout: {one["letters"]: one["name"] for one in EXPECTED[f"zip {layout}"]["learners"]}
        for layout in samples.LAYOUTS
    }


@pytest.fixture(scope="module")
def notebook():
    """The notebook's overview of the same exports: {letters: name}, in letter order."""
    return {one["letters"]: one["name"] for one in EXPECTED["loose"]["learners"]}


async def new_context(browser, site, blocked=None, **options):
    """A fresh profile; a request to another host is blocked and noted, every request is counted."""
    context = await browser.new_context(locale="nl-NL", accept_downloads=True, **options)
    context.requests = []

    async def guard(route):
        url = route.request.url
        context.requests.append(url)
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
    await page.goto(url, wait_until="load")
    await settled(page)
    await page.wait_for_function("() => window.coursekitClass && window.coursekitClass.page")
    return page


async def drop(page, *paths: Path):
    names = [path.name for path in paths]
    contents = [base64.b64encode(path.read_bytes()).decode("ascii") for path in paths]
    await page.evaluate("() => performance.clearMarks()")
    await page.evaluate(DROP, [names, contents])
    await page.wait_for_function(READY, timeout=60_000)


async def headings(page) -> list[str]:
    return await page.locator(".ck-report h3").all_inner_texts()


async def learner_cells(page) -> list[str]:
    table = page.locator(".ck-class-section[data-key=cursisten] table")
    return await table.locator("tbody th").all_inner_texts()


async def column(page, key: str, head: str) -> list[str]:
    """The cells under the column head `head` in the table of section `key`."""
    table = page.locator(f".ck-class-section[data-key={key}] table").first
    heads = await table.locator("thead th").all_inner_texts()
    rows = await table.locator("tbody tr").all()
    return [(await row.locator("th, td").all_inner_texts())[heads.index(head)] for row in rows]


# --- Each platform's zip ---------------------------------------------------------------------


async def platform_overviews(browser, site, zips):
    found, errors, blocked = {}, [], []
    context = await new_context(browser, site, blocked)
    try:
        page = await opened(context, site.url(PAGE), errors)
        await page.wait_for_load_state("networkidle")  # the theme's scripts fetch the editions list
        loaded = len(context.requests)
        for layout in samples.LAYOUTS:
            await drop(page, zips[layout])
            text = await page.locator(".ck-report").inner_text()
            hidden = {
                "headings": await headings(page),
                "learners": await learner_cells(page),
                "editions": await column(page, "cursisten", teacher.COL_EDITION),
                "charts": await page.locator(".ck-report figure svg[role=img] title").count(),
                "tables after charts": await page.locator(".ck-report figure + .ck-table-wrap table").count(),
                "skipped": await page.locator(".ck-class-section[data-key=bestanden] table")
                .first.locator("tbody tr")
                .count(),
                "text": text,
            }
            await page.check(".ck-toolbar input[type=checkbox]")
            shown = {"learners": await learner_cells(page), "text": await page.locator(".ck-report").inner_text()}
            await page.uncheck(".ck-toolbar input[type=checkbox]")
            found[layout] = {"hidden": hidden, "shown": shown}
        requests_while_reading = context.requests[loaded:]
    finally:
        await context.close()
    return found, errors, blocked, requests_while_reading


def test_each_platforms_zip_gives_the_notebooks_overview_without_names(browser, site, zips, notebooks):
    found, errors, blocked, requests = browser.run(platform_overviews(browser.browser, site, zips))
    assert errors == [] and blocked == []
    assert requests == [], "reading the zips requested something"
    for layout, views in found.items():
        notebook = notebooks[layout]
        hidden, shown = views["hidden"], views["shown"]
        assert hidden["headings"][:2] == [teacher.HEAD_FILES, teacher.HEAD_EXERCISES], layout
        assert teacher.HEAD_ROLES in hidden["headings"] and hidden["headings"][-1] == teacher.HEAD_LEARNERS
        assert hidden["learners"] == [f"Cursist {letters}" for letters in notebook], layout
        assert hidden["editions"] == ["2026-2027"] * len(notebook), layout  # the edition of each export
        assert "Voorbeeldcursist" not in hidden["text"] and "portfolio-voorbeeld" not in hidden["text"], layout
        assert teacher.PLATFORM_NAMES[layout] in hidden["text"]
        assert hidden["skipped"] == 2  # the note that is no export, the older export of learner 2
        assert hidden["charts"] >= 5 and hidden["tables after charts"] == hidden["charts"]
        # "Namen tonen": the notebook's letters, each with the learner's name.
        assert shown["learners"] == [f"Cursist {letters} ({name})" for letters, name in notebook.items()], layout
        assert "portfolio-voorbeeldcursist-2-synthetisch-20261004-2202.html" in shown["text"]
        # Reflection texts are never shown, not even with names (every sample reflection says this).
        assert "Synthetisch voorbeeldantwoord" not in shown["text"] + hidden["text"]


# --- Hostile zips ----------------------------------------------------------------------------


async def hostile_overview(browser, site, zips):
    errors = []
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(PAGE), errors)
        cases = ["bom", "groot-uitgepakt", "paden", "zip-in-zip", "koppeling", "te-veel", "kapot", "liegt-over-grootte"]
        names = [zips[case].name for case in cases]
        contents = [base64.b64encode(zips[case].read_bytes()).decode("ascii") for case in cases]
        await page.evaluate(DROP, [names, contents])
        # While the zips are read, the page answers (it never hangs the browser).
        answered = await page.evaluate("() => new Promise(resolve => setTimeout(() => resolve(1 + 1), 0))")
        await page.wait_for_function(READY, timeout=60_000)
        await page.check(".ck-toolbar input[type=checkbox]")
        rows = await page.locator(".ck-class-section[data-key=bestanden] table").first.locator("tbody tr").all()
        reasons = {}
        for row in rows:
            file, reason = await row.locator("th, td").all_inner_texts()
            reasons[file.strip("‘’")] = reason
        learners = await learner_cells(page)
        url = page.url
    finally:
        await context.close()
    return errors, answered, reasons, learners, url


def test_hostile_zips_give_their_reasons_and_the_page_keeps_answering(browser, site, zips):
    errors, answered, reasons, learners, url = browser.run(hostile_overview(browser.browser, site, zips))
    assert errors == [] and answered == 2 and url.endswith(PAGE)
    expected = {
        "vijandig-groot-uitgepakt.zip": teacher.ZIP_TOO_BIG_UNPACKED.format(size=500),
        "vijandig-kapot.zip": teacher.ZIP_DAMAGED,
        "vijandig-te-veel.zip": teacher.ZIP_TOO_MANY_ENTRIES.format(limit="10.000"),
        "vijandig-zip-in-zip.zip/Piet_1002_assignsubmission_file/alles.zip": teacher.SKIP_NESTED_ZIP,
        "vijandig-koppeling.zip/Piet_1002_assignsubmission_file/portfolio.html": teacher.SKIP_LINK,
        "vijandig-liegt-over-grootte.zip/Piet_1002_assignsubmission_file/portfolio.html": teacher.SKIP_ZIP_SIZE,
        "vijandig-paden.zip/../../buiten.html": teacher.SKIP_UNSAFE_PATH,
    }
    for file, reason in expected.items():
        assert reasons.get(file) == reason, file
    assert reasons["vijandig-bom.zip/Piet_1002_assignsubmission_file/portfolio.html"].startswith("uitgepakt ")
    # The good export in each zip still counts: one learner, found in six zips (same student: one letter).
    assert learners == ["Cursist A (Voorbeeldcursist 1 (synthetisch))"]


# --- Keyboard, axe, reflow, print ------------------------------------------------------------


async def tab_to(page, selector, key="Tab", limit=200):
    for _ in range(limit):
        await page.keyboard.press(key)
        if await page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return True
    return False


async def keyboard_only(browser, site, zips):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(PAGE))
        # Playwright turns on its file-chooser interception when a listener is added, without
        # waiting for Chromium; a key pressed right after could open an unseen native chooser
        # (3 runs in 22 here). A listener added before the tabbing gives it time to be on.
        page.on("filechooser", lambda _chooser: None)
        assert await tab_to(page, FILE_BUTTON)
        outline = await page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        async with page.expect_file_chooser() as chooser:
            await page.keyboard.press("Space")
        await (await chooser.value).set_files(zips["moodle"])
        await page.wait_for_function(READY, timeout=60_000)
        focused = await page.evaluate("() => document.activeElement.textContent")
        assert await tab_to(page, ".ck-toolbar input[type=checkbox]", "Shift+Tab")  # the controls above it
        await page.keyboard.press("Space")
        named = await learner_cells(page)
        await page.keyboard.press("Tab")
        await page.keyboard.press("ArrowDown")  # "Toon": the first part only
        visible = await page.locator(".ck-class-section:visible h3").all_inner_texts()
        async with page.expect_download() as download:
            assert await tab_to(page, ".ck-toolbar button")
            await page.keyboard.press("Enter")
        saved = await (await download.value).path()
        table = Path(saved).read_text(encoding="utf-8-sig")
    finally:
        await context.close()
    return outline, focused, named, visible, table


def test_the_keyboard_alone_picks_the_zip_shows_names_chooses_a_part_and_downloads_the_csv(
    browser, site, zips, notebooks
):
    notebook = notebooks["moodle"]
    outline, focused, named, visible, table = browser.run(keyboard_only(browser.browser, site, zips))
    assert outline != "none"  # the focus is visible
    assert focused == teacher.HEAD_FILES  # after reading, the focus goes to the overview
    assert named[0] == f"Cursist A ({notebook['A']})"
    assert visible == [teacher.HEAD_FILES]
    rows = list(csv.reader(io.StringIO(table)))
    assert rows[0][:4] == [teacher.COL_LEARNER, teacher.CSV_NAME, teacher.CSV_PLATFORM, teacher.CSV_PLATFORM_ID]
    assert [row[1] for row in rows[1:]] == list(notebook.values())


async def axe_on_the_overview(browser, site, zips, axe_source):
    found = {}
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(PAGE))
        await drop(page, zips["moodle"])
        await page.add_script_tag(content=axe_source)
        for theme in ("light", "dark"):
            await page.evaluate("(theme) => document.documentElement.dataset.theme = theme", theme)
            for names in (False, True):
                await page.set_checked(".ck-toolbar input[type=checkbox]", names)
                found[f"{theme}, names {'shown' if names else 'hidden'}"] = await page.evaluate(RUN_AXE)
    finally:
        await context.close()
    return found


def test_axe_finds_nothing_in_the_filled_in_overview_in_light_and_dark_mode(browser, site, zips, axe_js):
    found = browser.run(axe_on_the_overview(browser.browser, site, zips, axe_js.read_text(encoding="utf-8")))
    assert {key: result["found"] for key, result in found.items()} == {key: [] for key in found}
    assert all(result["checked"] > 10 for result in found.values()), found


async def narrow_and_printed(browser, site, zips):
    context = await new_context(browser, site, viewport={"width": 320, "height": 640})
    try:
        page = await opened(context, site.url(PAGE))
        await drop(page, zips["brightspace"])
        # Everything of the overview stays within 320 pixels (a wide table scrolls in its own box).
        # The theme's own parts are not checked here: its "next page" arrow is a few pixels too wide.
        wider = await page.evaluate(
            "() => [...document.querySelectorAll('.ck-classpage, .ck-classpage *')]"
            ".filter(e => !e.closest('.ck-table-wrap') && e.getBoundingClientRect().right > 321)"
            ".map(e => `${e.tagName} ${e.className.baseVal ?? e.className} ${e.textContent.slice(0, 30)}`)"
        )
        scrolling = await page.evaluate(
            "() => [...document.querySelectorAll('.ck-table-wrap')].filter(b => b.scrollWidth > b.clientWidth + 1)"
            ".map(b => [b.getAttribute('tabindex'), b.getAttribute('role'), b.getAttribute('aria-label')])"
        )
        await page.emulate_media(media="print")
        printed = {
            "controls": await page.locator(".ck-drop, .ck-toolbar, .ck-progress").evaluate_all(
                "(nodes) => nodes.map(n => getComputedStyle(n).display)"
            ),
            "sections": await page.locator(".ck-class-section").count(),
            "visible sections": await page.locator(".ck-class-section:visible").count(),
        }
    finally:
        await context.close()
    return wider, scrolling, printed


def test_the_overview_reflows_at_320_pixels_and_prints_without_its_controls(browser, site, zips):
    wider, scrolling, printed = browser.run(narrow_and_printed(browser.browser, site, zips))
    assert wider == []
    # A table too wide for 320 pixels scrolls in its own box, which the keyboard can reach.
    assert all(tabindex == "0" and role == "region" and label for tabindex, role, label in scrolling)
    assert printed["controls"] == ["none", "none", "none"]
    assert printed["visible sections"] == printed["sections"] > 5


# --- From file://, without JavaScript, and only on this page ---------------------------------


async def picked_folder(browser, site):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(PAGE))
        await page.set_input_files(".ck-classpage input[webkitdirectory]", SAMPLES)
        await page.wait_for_function(READY, timeout=60_000)
        await page.check(".ck-toolbar input[type=checkbox]")
        learners = await learner_cells(page)
        rows = page.locator(".ck-class-section[data-key=bestanden] table").first.locator("tbody tr")
        skipped = [await row.locator("th").inner_text() for row in await rows.all()]
        text = await page.locator(".ck-report").inner_text()
    finally:
        await context.close()
    return learners, skipped, text


def test_the_folder_button_reads_a_folder_as_the_notebook_does(browser, site, notebook):
    learners, skipped, text = browser.run(picked_folder(browser.browser, site))
    # No platform's layout: the page says that the names in the exports are the key.
    assert " ".join(teacher.PAGE_NO_LAYOUT.split()) in " ".join(text.split())
    assert learners == [f"Cursist {letters} ({name})" for letters, name in notebook.items()]
    folder = SAMPLES.name
    assert skipped == [
        f"‘{folder}/LEESMIJ-synthetische-voorbeelden.txt’",
        f"‘{folder}/portfolio-voorbeeldcursist-2-synthetisch-20261004-2202.html’",
    ]


async def from_file_and_without_script(browser, site, book_html, zips):
    context = await new_context(browser, site)
    try:
        page = await opened(context, (book_html / PAGE).as_uri())
        await page.set_input_files(FILE_BUTTON, zips["canvas"])
        await page.wait_for_function(READY, timeout=60_000)
        from_file = await learner_cells(page)
    finally:
        await context.close()
    bare = await new_context(browser, site, java_script_enabled=False)
    try:
        page = await bare.new_page()
        await page.goto(site.url(PAGE))
        await settled(page)
        without = await page.locator(".ck-classpage").inner_text()
    finally:
        await bare.close()
    return from_file, without


def test_the_page_works_from_file_and_says_what_it_needs_without_javascript(browser, site, book_html, zips):
    from_file, without = browser.run(from_file_and_without_script(browser.browser, site, book_html, zips))
    assert len(from_file) == 8
    assert without.strip() == teacher.PAGE_NEEDS_SCRIPT


def test_the_class_page_forbids_its_scripts_to_connect_to_other_hosts(book_html):
    html = (book_html / PAGE).read_text(encoding="utf-8")
    head = html[: html.index("<script")]
    assert (
        "<meta content=\"connect-src 'self'; form-action 'none'; worker-src blob:\" "
        'http-equiv="Content-Security-Policy"' in head
    )


def test_only_the_class_page_loads_its_script_and_style_within_budget(book_html, book_pages):
    """This page, and the teacher's notebook, whose static form is the class page's overview of the
    sample exports (coursekit.classview.widget)."""
    loading = sorted(relative for relative in book_pages if FOLDER in str(parse(book_html / relative).loads))
    assert loading == [PAGE, NOTEBOOK_PAGE]
    loads = [url for _, url in parse(book_html / PAGE).loads]
    assert not any("_static/oefenpagina/" in url for url in loads)
    # (mappen/: the sample files the teacher's notebook page shows, tests/browser/test_first_paint.py)
    files = sorted(path for path in (book_html / FOLDER).iterdir() if path.is_file() and path.suffix != ".zip")
    assert [path.name for path in files] == ["coursekit-klas.css", "coursekit-klas.js"]
    sizes = {path.name: transfer_size(path) for path in files}
    print(sizes)
    assert sum(gz for _, gz in sizes.values()) <= BUDGET, sizes


async def sample_class(browser, site, tmp_path):
    context = await new_context(browser, site)
    try:
        page = await opened(context, site.url(PAGE))
        async with page.expect_download() as info:
            await page.get_by_role("link", name=teacher.SAMPLE_CLASS_LINK).click()
        download = tmp_path / (await info.value).suggested_filename
        await (await info.value).save_as(download)
        await drop(page, download)
        return download, await learner_cells(page), await page.locator(".ck-report").inner_text()
    finally:
        await context.close()


def test_a_teacher_can_try_the_page_with_the_sample_class_it_offers(browser, site, notebooks, tmp_path):
    """The page offers the synthetic sample exports as a Moodle zip; dropped back on the page, they
    give the notebook's learners."""
    notebook = notebooks["moodle"]
    download, learners, text = browser.run(sample_class(browser.browser, site, tmp_path))
    assert download.name == "voorbeeldklas-moodle.zip"
    assert learners == [f"Cursist {letters}" for letters in notebook]
    assert teacher.PLATFORM_NAMES["moodle"] in text


# --- A large class: read off the main thread, the page never freezes (issue 28) -------------------

LARGE = 400  # learners: enough for the old in-page reading to freeze the page for far over 200 ms
WATCH = """() => {
  window.coursekitLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.coursekitLongTasks.push(entry.duration);
  }).observe({type: "longtask"});
  window.coursekitStatus = [];
  const status = document.querySelector(".ck-classpage [role=status]");
  new MutationObserver(() => window.coursekitStatus.push(status.textContent))
    .observe(status, {childList: true, characterData: true, subtree: true});
}"""


@pytest.fixture(scope="module")
def large_class(tmp_path_factory) -> Path:
    import importlib.util

    spec = importlib.util.spec_from_file_location("benchmark_class_page", ROOT / "scripts" / "benchmark_class_page.py")
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    path = tmp_path_factory.mktemp("groot") / f"klas-{LARGE}.zip"
    path.write_bytes(benchmark.class_zip(LARGE))
    return path


async def read_large(browser, site, url, path, in_page=False):
    context = await new_context(browser, site)
    errors = []
    try:
        page = await opened(context, url, errors)
        await page.evaluate(WATCH)
        if in_page:
            await page.evaluate("() => { window.coursekitClassNoWorker = true; }")
        await page.set_input_files(FILE_BUTTON, path)
        await page.wait_for_function(READY, timeout=300_000)
        await page.wait_for_timeout(100)
        found = await page.evaluate(
            """() => ({reader: coursekitClass.page.data.reader, learners: coursekitClass.page.data.learners.length,
                       letters: coursekitClass.page.data.learners.map((one) => one.letters + one.name),
                       tasks: window.coursekitLongTasks, status: window.coursekitStatus,
                       role: document.querySelector('.ck-classpage .ck-status').getAttribute('role')})"""
        )
    finally:
        await context.close()
    found["errors"] = errors
    found["requests"] = [url for url in context.requests if not url.startswith(("file:", "blob:")) and PAGE not in url]
    return found


def test_a_large_class_is_read_in_a_worker_with_progress(browser, site, large_class):
    # How long the page's main thread is busy is a speed target: make benchmark measures it
    # (scripts/benchmark_class_page.py, 2,000 learners, no task over 200 ms). A timed assertion here
    # failed whenever the machine was busy; this test checks what makes the page stay responsive.
    found = browser.run(read_large(browser.browser, site, site.url(PAGE), large_class))
    assert found["errors"] == [] and found["learners"] == LARGE
    assert found["reader"] == "worker"
    # The teacher sees the progress, in Dutch, in the status line (role="status").
    assert found["role"] == "status"
    progress = [text for text in found["status"] if text.startswith("Bezig met lezen: ")]
    assert progress and progress[-1] == teacher.PAGE_READING.format(done=LARGE, total=LARGE)


def test_from_file_and_without_a_worker_the_page_reads_the_same_class(browser, site, book_html, large_class):
    worker = browser.run(read_large(browser.browser, site, site.url(PAGE), large_class))
    from_file = browser.run(read_large(browser.browser, site, (book_html / PAGE).as_uri(), large_class))
    in_page = browser.run(read_large(browser.browser, site, site.url(PAGE), large_class, in_page=True))
    assert from_file["errors"] == [] and in_page["errors"] == []
    assert from_file["reader"] in {"worker", "page"}  # a worker from a Blob, where the browser allows it
    assert in_page["reader"] == "page"
    assert worker["letters"] == from_file["letters"] == in_page["letters"]


# --- The same in Firefox and WebKit ----------------------------------------------------------

CLASS_READY = "() => window.coursekitClass && window.coursekitClass.page"
LEARNER_CELLS = "() => [...document.querySelectorAll('.ck-class-section[data-key=cursisten] table tbody th')]"
LEARNER_CELLS += ".map((th) => th.textContent.trim())"
REASONS = """() => Object.fromEntries([...document.querySelectorAll(
  '.ck-class-section[data-key=bestanden] table')[0].querySelectorAll('tbody tr')].map((row) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())).map(([file, reason]) =>
  [file.replace(/^‘|’$/g, ''), reason]))"""


def chosen(tab, *paths: Path) -> None:
    """Choose zips in the page's file button, as a teacher does, and wait for the overview."""
    tab.evaluate("() => performance.clearMarks()")
    tab.set_files(FILE_BUTTON, list(paths))
    tab.wait_for(READY, timeout=60)


@every_engine
def test_a_platforms_zip_and_hostile_zips_chosen_in_the_file_button(tab, site, zips, notebooks):
    """In each engine: the Moodle zip, chosen with the file button, gives the notebook's learners
    without names; hostile zips give their reasons, and the good export in them still counts."""
    tab.goto(site.url(PAGE))
    tab.wait_for(CLASS_READY)
    chosen(tab, zips["moodle"])
    assert tab.evaluate(LEARNER_CELLS) == [f"Cursist {letters}" for letters in notebooks["moodle"]], tab.engine
    text = tab.text(".ck-report")
    assert "Voorbeeldcursist" not in text and "Synthetisch voorbeeldantwoord" not in text
    assert tab.evaluate("() => document.querySelectorAll('.ck-report figure svg[role=img]').length") >= 5
    chosen(tab, *(zips[case] for case in ("kapot", "te-veel", "paden", "zip-in-zip", "bom")))
    tab.click(".ck-toolbar input[type=checkbox]")  # "Namen tonen": the files by their names
    reasons = tab.evaluate(REASONS)
    assert reasons["vijandig-kapot.zip"] == teacher.ZIP_DAMAGED, (tab.engine, reasons)
    assert reasons["vijandig-te-veel.zip"] == teacher.ZIP_TOO_MANY_ENTRIES.format(limit="10.000")
    assert reasons["vijandig-paden.zip/../../buiten.html"] == teacher.SKIP_UNSAFE_PATH
    assert reasons["vijandig-zip-in-zip.zip/Piet_1002_assignsubmission_file/alles.zip"] == teacher.SKIP_NESTED_ZIP
    assert reasons["vijandig-bom.zip/Piet_1002_assignsubmission_file/portfolio.html"].startswith("uitgepakt ")
    assert tab.evaluate(LEARNER_CELLS) == ["Cursist A (Voorbeeldcursist 1 (synthetisch))"]
    assert tab.errors() == []
