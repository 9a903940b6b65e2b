"""Dark mode: every page with the theme's switch set to dark.

- axe-core (WCAG 2.0/2.1 A and AA rules, colour contrast among them) finds nothing serious or
  critical, as in light mode (tests/browser/test_axe_pages.py);
- no text sits on a large light area in the article (notebook output, an exercise's static form,
  the class overview's tables): charts and other images may keep a light mat.
"""

from __future__ import annotations

import pytest

from readingtools import AXE_TAGS, BLOCKING, LIGHT_AREAS_JS, RUN_AXE, WIDE, checked_pages, for_each_page

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the theme's reading checks over every page


def test_every_page_reads_well_in_dark_mode(browser, edition, axe_js):
    site = edition.site
    axe_source = axe_js.read_text(encoding="utf-8")

    async def check(page, relative):
        theme = await page.evaluate("document.documentElement.dataset.theme")
        light_areas = await page.evaluate(LIGHT_AREAS_JS)
        await page.add_script_tag(content=axe_source)
        return theme, light_areas, await page.evaluate(RUN_AXE, AXE_TAGS)

    pages = checked_pages(edition.html, edition.pages)
    results = browser.run(
        for_each_page(browser.browser, site, pages, check, dark=True, viewport=WIDE, color_scheme="dark")
    )
    failures, findings = [], 0
    for relative, (theme, light_areas, violations) in results:
        if relative != "404.html" and theme != "dark":
            failures.append(f"{relative}: the page did not switch to dark (data-theme={theme!r})")
        failures += [f"{relative}: light area in dark mode: {area}" for area in light_areas]
        for violation in violations:
            if violation["impact"] not in BLOCKING:
                continue
            findings += len(violation["nodes"])
            example = violation["nodes"][0]
            failures.append(
                f"{relative}: [{violation['impact']}] {violation['id']} — "
                f"{violation['help']} ({len(violation['nodes'])}x, e.g. "
                f"{example['target']}: {example['html']})"
            )
    print(f"dark mode: {len(results)} pages, {findings} serious/critical axe findings")
    assert results, "no pages found"
    assert not failures, "\n".join(failures)
