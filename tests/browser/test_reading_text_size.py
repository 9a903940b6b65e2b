"""Text spacing (WCAG 1.4.12) and resize text (WCAG 1.4.4), on every page.

- Text spacing: with the criterion's values forced on every element (line height 1.5 times the
  font size, spacing after paragraphs 2 times, letter spacing 0.12 times, word spacing 0.16
  times), no text is cut off by its box or spills out of it (and so over what follows).
- Text zoom: with the browser's default text size doubled (as a reader's font-size setting does;
  Chromium's Page.setFontSizes), the body text is twice as large, no text is cut off or spills
  out of its box, and the page does not scroll sideways.
A failing page is named with the element and how much text does not fit.
"""

from __future__ import annotations

import pytest

from readingtools import CLIPPED_JS, TEXT_SPACING_CSS, WIDE, checked_pages, for_each_page

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the theme's reading checks over every page

BODY_TEXT_SIZE = """(() => {
  const p = document.querySelector("article p") || document.querySelector("main p, p");
  return p ? parseFloat(getComputedStyle(p).fontSize) : null;
})()"""
SETTLE = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def test_text_spacing_loses_no_text(browser, site, book_html, book_pages):
    async def check(page, relative):
        await page.add_style_tag(content=TEXT_SPACING_CSS)
        await page.evaluate(SETTLE)
        return await page.evaluate(CLIPPED_JS)

    pages = checked_pages(book_html, book_pages)
    results = browser.run(for_each_page(browser.browser, site, pages, check, viewport=WIDE))
    failures = [f"{relative}: {problem}" for relative, problems in results for problem in problems]
    print(f"text spacing: {sum(bool(problems) for _, problems in results)} of {len(results)} pages lose text")
    assert results, "no pages found"
    assert not failures, "\n".join(failures)


def test_text_zoom_200_percent_loses_no_text(browser, site, book_html, book_pages):
    async def check(page, relative):
        before = await page.evaluate(BODY_TEXT_SIZE)
        session = await page.context.new_cdp_session(page)
        await session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
        await page.evaluate(SETTLE)
        after = await page.evaluate(BODY_TEXT_SIZE)
        width = await page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
        return before, after, width, await page.evaluate(CLIPPED_JS)

    pages = checked_pages(book_html, book_pages)
    results = browser.run(for_each_page(browser.browser, site, pages, check, viewport=WIDE))
    failures = []
    for relative, (before, after, (scroll_width, width), problems) in results:
        if before and after and after < 1.9 * before:
            failures.append(f"{relative}: body text grew from {before:g} px to only {after:g} px")
        if scroll_width > width + 1:
            failures.append(f"{relative}: the page is {scroll_width} px wide in {width} px")
        failures += [f"{relative}: {problem}" for problem in problems]
    print(
        f"text zoom 200%: {len({line.split(':')[0] for line in failures})} of {len(results)} "
        "pages lose text or do not grow"
    )
    assert results, "no pages found"
    assert not failures, "\n".join(failures)
