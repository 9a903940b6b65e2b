"""Keyboard focus (WCAG 2.4.7 Focus Visible, 2.4.3 Focus Order), on every page.

Tabbing from the top of the page through everything that takes focus (up to MAX_STOPS stops):
- every element that gets focus is on screen and visible (not hidden, transparent or off-page),
  and shows a focus indicator (an outline or a box shadow);
- the order follows the document (no positive tabindex), and inside the article it runs from
  top to bottom (within a table: cell by cell, row by row).
A failing page is named with the element.
"""

from __future__ import annotations

import pytest

from readingtools import FOCUS_JS, WIDE, checked_pages, for_each_page

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the theme's reading checks over every page

MAX_STOPS = 400


async def tab_through(page, relative):
    stops, problems = [], []
    for _ in range(MAX_STOPS):
        await page.keyboard.press("Tab")
        stop = await page.evaluate(FOCUS_JS)
        if stop is None or (stops and stop["order"] == stops[0]["order"]):
            break  # back at the start: every stop was visited
        if not stop["seen"] or not stop["indicator"]:  # it may still be sliding into view
            await page.wait_for_timeout(700)
            stop = await page.evaluate(FOCUS_JS) or stop
        if not stop["seen"]:
            problems.append(f"focus lands on something not visible: {stop['name']}")
        elif not stop["indicator"]:
            problems.append(f"no visible focus indicator on {stop['name']}")
        if stop["tabindex"] > 0:
            problems.append(f"positive tabindex ({stop['tabindex']}) on {stop['name']}")
        if stops:
            last = stops[-1]
            if stop["order"] < last["order"] and stop["name"] != last["name"]:
                problems.append(f"focus goes back in the page: from {last['name']} to {stop['name']}")
            elif (
                stop["inArticle"]
                and last["inArticle"]
                and stop["top"] < last["top"] - 8
                and not (stop["table"] >= 0 and stop["table"] == last["table"])
            ):
                problems.append(f"focus goes up in the article: from {last['name']} to {stop['name']}")
        stops.append(stop)
    return len(stops), problems


def test_focus_is_visible_and_in_reading_order(browser, site, book_html, book_pages):
    pages = checked_pages(book_html, book_pages)
    results = browser.run(for_each_page(browser.browser, site, pages, tab_through, viewport=WIDE), timeout=1800)
    failures = [f"{relative}: {problem}" for relative, (_, problems) in results for problem in problems]
    print(
        f"focus: {len(results)} pages, {sum(count for _, (count, _) in results)} focus stops, "
        f"{len({line.split(':')[0] for line in failures})} pages with problems"
    )
    assert results, "no pages found"
    assert not failures, "\n".join(failures)
