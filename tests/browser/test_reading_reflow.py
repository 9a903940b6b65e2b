"""WCAG 1.4.10 Reflow, on every page at 320 CSS px wide (a 1280 px screen at 400% zoom).

- No page scrolls sideways: the failing page is named with the elements that stick out.
- No table is wider than the box it sits in, unless it is a real data table (class
  `pf-datatable`, see book/_ext/page_fixes_tables.py) that scrolls inside a focusable region
  with an accessible name. List-like tables (term and description, a self-scan's statements)
  reflow into stacked blocks instead.
- Images and figures scale down (they are part of "sticks out" above).
Also at 640 CSS px with two device pixels per CSS pixel: 200% browser zoom on a 1280 px screen.
"""

from __future__ import annotations

import pytest

from readingtools import NARROW, REFLOW_JS, checked_pages, for_each_page

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the theme's reading checks over every page


async def reflow(page, relative):
    # A page that carries a class's files (the teacher's notebook) is measured once its class
    # overview is drawn, not before.
    if await page.locator(".ck-class-files").count():
        await page.wait_for_function(
            "() => performance.getEntriesByName('coursekit-class-ready').length > 0", timeout=60_000
        )
        await page.evaluate("() => document.fonts.ready.then(() => new Promise(requestAnimationFrame))")
    return await page.evaluate(REFLOW_JS)


def reflow_failures(results) -> tuple[list[str], int, int]:
    failures, sideways, tables = [], 0, 0
    for relative, found in results:
        if found["scrollWidth"] > found["width"] + 1:
            sideways += 1
            failures.append(
                f"{relative}: the page is {found['scrollWidth']} px wide in a "
                f"{found['width']} px window; sticking out: " + "; ".join(found["wide"][:5])
            )
        bad = [table for table in found["tables"] if not (table["data"] and table["region"])]
        tables += bool(bad)
        failures += [
            f"{relative}: table {table['table']} is wider than its box"
            + (
                " (a data table, but not in a focusable, named region)"
                if table["data"]
                else " (a list-like table: it should reflow)"
            )
            for table in bad
        ]
    return failures, sideways, tables


@pytest.mark.parametrize(
    "viewport, scale", [(NARROW, 1), ({"width": 640, "height": 400}, 2)], ids=["320px", "640px-zoom200"]
)
def test_no_page_scrolls_sideways(browser, edition, viewport, scale):
    site, pages = edition.site, checked_pages(edition.html, edition.pages)
    results = browser.run(
        for_each_page(browser.browser, site, pages, reflow, viewport=viewport, device_scale_factor=scale)
    )
    failures, sideways, tables = reflow_failures(results)
    print(
        f"{viewport['width']} px: {sideways} of {len(results)} pages scroll sideways; "
        f"{tables} pages have a table wider than its box"
    )
    assert results, "no pages found"
    assert not failures, "\n".join(failures)
