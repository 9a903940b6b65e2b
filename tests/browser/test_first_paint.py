"""A page's text is drawn before anything else is fetched that it does not need to draw it.

Lighthouse (``make benchmark``) counts every request a page starts before its largest text is
drawn. So the pages fetch only their stylesheet before the first frame:
- the scripts (the theme's bundle, the exercise page's and the class page's own scripts, and the
  sample files the teacher's notebook page shows) are listed in the page and loaded once the text
  is drawn (``book/_ext/page_fixes_templates/layout.html``); they still run in their order, and the
  page works without them until then;
- images load lazily: an image far down a chapter is fetched when the reader scrolls near it; its
  width and height keep its place until then.
"""

from __future__ import annotations

import pytest

from coursekit.texts import teacher
from pagetools import parse, settled

CHAPTER = "book/06-anatomie.html"
# The page's own settings ran once the theme's scripts were in (DOCUMENTATION_OPTIONS is a `const`
# of the bundle, so not a property of `window`).
SETTINGS_RAN = "() => typeof DOCUMENTATION_OPTIONS === 'object' && DOCUMENTATION_OPTIONS.search_as_you_type === false"
CLASS_NOTEBOOK = "notebooks/docent/klasoverzicht.html"

# When each script was requested, and when the page first drew text (ms since navigation).
TIMES = """() => ({
  painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  scripts: performance.getEntriesByType('resource')
    .filter((e) => e.initiatorType === 'script' || /\\.js(\\?|$)/.test(e.name))
    .map((e) => [e.name.split('?')[0].split('/').slice(-2).join('/'), e.startTime]),
})"""


def test_no_page_fetches_a_script_before_its_text_is_drawn(book_html, book_pages):
    """Every page of the book's layout but the search page (which needs its scripts at once) has no
    <script src>; its scripts are in the list that is loaded after the first frame, the theme's
    bundle last. (The 404 page and the address that forwards to the landing page stand alone.)"""
    wrong = []
    for relative in book_pages:
        if relative in ("search.html", "404.html", "index.html"):
            continue
        loads = parse(book_html / relative).loads
        at_once = [url for what, url in loads if what == "script src"]
        later = [url for what, url in loads if what == "script after paint"]
        if at_once or not later or "/bundles/" not in later[-1]:
            wrong.append(f"{relative}: fetched at once {at_once}, after the first frame {later}")
    assert not wrong, "\n".join(wrong[:10])


def test_every_image_loads_lazily_and_keeps_its_place(book_html, book_pages):
    """Lazy, and with its width and height, so the text does not jump when it comes and a link
    around it can take focus before it is there."""
    wrong = [
        f"{relative}: {image['src']} (loading={image['loading']}, size={image['size']})"
        for relative in book_pages
        for image in parse(book_html / relative).images
        if image["loading"] != "lazy" or not all(image["size"])
    ]
    assert not wrong, "\n".join(wrong[:10])


def test_the_teachers_notebook_page_carries_its_sample_files_in_a_script_of_its_own(book_html):
    """The sample class (some 25 kB) is not in the page's HTML but in a script listed after it."""
    text = (book_html / CLASS_NOTEBOOK).read_text(encoding="utf-8")
    listed = [url for what, url in parse(book_html / CLASS_NOTEBOOK).loads if what == "script after paint"]
    carried = [url for url in listed if "/klasoverzicht/mappen/" in url]
    assert len(carried) == 1 and listed.index(carried[0]) < next(
        index for index, url in enumerate(listed) if "coursekit-klas.js" in url
    )
    assert '"gzip"' not in text and len(text.encode("utf-8")) < 45_000


def test_without_its_sample_files_the_teachers_notebook_page_says_so(browser, site):
    """The script with the sample files does not arrive (a blocked or lost file): the overview
    says in Dutch what to do, and the page's other scripts still run."""

    async def check():
        context = await browser.browser.new_context()
        try:
            await context.route("**/klasoverzicht/mappen/*", lambda route: route.abort())
            page = await context.new_page()
            await page.goto(site.url(CLASS_NOTEBOOK))
            await settled(page)
            status = page.locator(".ck-classpage .ck-status")
            await status.get_by_text(teacher.PAGE_CARRIED_MISSING).wait_for()
            return await status.inner_text(), await page.evaluate(SETTINGS_RAN)
        finally:
            await context.close()

    said, settings_ran = browser.run(check())
    assert said.strip() == teacher.PAGE_CARRIED_MISSING and settings_ran


@pytest.mark.parametrize("relative", [CHAPTER, "notebooks/01-generaties.html", CLASS_NOTEBOOK])
def test_scripts_are_requested_after_the_first_text_and_then_work(browser, site, relative):
    """In Chromium: each script is requested after the first text is drawn, and then runs (the
    theme's settings ran; an exercise page's exercises and the teacher's overview are ready)."""

    async def check():
        context = await browser.browser.new_context()
        try:
            page = await context.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            await page.goto(site.url(relative))
            await settled(page)
            await page.wait_for_function(SETTINGS_RAN)
            if relative.startswith("notebooks/0"):
                await page.wait_for_function("() => performance.getEntriesByName('coursekit-ready').length")
            if relative == CLASS_NOTEBOOK:
                await page.wait_for_function(
                    "() => /^Klaar/.test(document.querySelector('.ck-classpage .ck-status')?.textContent || '')"
                )
            return await page.evaluate(TIMES), errors
        finally:
            await context.close()

    times, errors = browser.run(check())
    assert errors == []
    assert times["painted"] is not None and times["scripts"], times
    early = [(name, start) for name, start in times["scripts"] if start < times["painted"]]
    assert not early, f"requested before the first text ({times['painted']:.0f} ms): {early}"
