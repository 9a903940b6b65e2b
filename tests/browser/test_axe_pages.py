"""Every page of the built book in headless Chromium: accessible, self-hosted, no broken assets.

For each page: axe-core (WCAG 2.0/2.1 level A and AA rules) must find no violation of serious or
critical impact, and no skipped heading level (axe's "heading-order", as Lighthouse checks it); the
page must not request anything from another host (such requests are
blocked and reported); every local asset must load (no 404) and no script may throw.
Findings of minor or moderate impact are printed (`pytest -s`), not failed. An exercise page,
filled in, is checked in Chromium, Firefox and WebKit as well.
"""

from __future__ import annotations

import asyncio

import pytest

from engines import every_engine
from pagetools import settled

pytestmark = pytest.mark.slow

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}
# Rules outside those tags that fail whatever their impact: a skipped heading level (Lighthouse's
# "heading-order", a best-practice rule of moderate impact) breaks the page outline a
# screen-reader user moves through, live exercises included.
ALSO_BLOCKING = ["heading-order"]
PAGES_AT_ONCE = 3
RUN_AXE = """async ([tags, rules]) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  const more = await axe.run(document, {runOnly: {type: "rule", values: rules}, resultTypes: ["violations"]});
  return [...result.violations, ...more.violations].map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html.slice(0, 160)})),
  }));
}"""


async def guard_other_hosts(context, site, blocked):
    """Block every request to another host, and note it."""

    async def guard(route):
        if site.is_local(route.request.url):
            await route.continue_()
        else:
            blocked.append(route.request.url)
            await route.abort()

    await context.route("**/*", guard)


async def check_page(context, site, relative, axe_source):
    """Open one page: (axe violations, broken assets, script errors)."""
    page = await context.new_page()
    broken, errors = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "requestfailed",
        lambda request: broken.append(f"{request.url} ({request.failure})") if site.is_local(request.url) else None,
    )
    page.on(
        "response",
        lambda response: broken.append(f"{response.url} (HTTP {response.status})") if response.status >= 400 else None,
    )
    try:
        await page.goto(site.url(relative), wait_until="load")
        await settled(page)
        await page.add_script_tag(content=axe_source)
        violations = await page.evaluate(RUN_AXE, [AXE_TAGS, ALSO_BLOCKING])
    finally:
        await page.close()
    return violations, broken, errors


async def check_pages(browser, site, pages, axe_source):
    context = await browser.new_context(locale="nl-NL", service_workers="block")
    blocked: list[str] = []
    await guard_other_hosts(context, site, blocked)
    limit = asyncio.Semaphore(PAGES_AT_ONCE)

    async def one(relative):
        async with limit:
            return relative, await check_page(context, site, relative, axe_source)

    try:
        results = await asyncio.gather(*(one(relative) for relative in pages))
    finally:
        await context.close()
    return results, blocked


def test_every_page_passes_axe_and_stays_on_this_site(browser, edition, axe_js):
    site, book_html = edition.site, edition.html
    pages = [
        relative
        for relative in edition.pages
        # the root page only redirects to book/index.html (checked offline for lang/title)
        if not (relative == "index.html" and (book_html / "book" / "index.html").is_file())
        # served at the base URL's sub-path: test_site_host.py runs axe on it there
        and relative != "404.html"
    ]
    results, blocked = browser.run(check_pages(browser.browser, site, pages, axe_js.read_text(encoding="utf-8")))
    failures, notes = [], []
    for relative, (violations, broken, errors) in results:
        for violation in violations:
            example = violation["nodes"][0]
            line = (
                f"{relative}: [{violation['impact']}] {violation['id']} — {violation['help']}"
                f" ({len(violation['nodes'])}x, e.g. {example['target']}: {example['html']})"
            )
            blocking = violation["impact"] in BLOCKING or violation["id"] in ALSO_BLOCKING
            (failures if blocking else notes).append(line)
        failures += [f"{relative}: asset did not load: {what}" for what in broken]
        failures += [f"{relative}: script error: {error}" for error in errors]
    failures += [f"a page requested another host: {url}" for url in sorted(set(blocked))]
    print(f"axe-core checked {len(results)} pages; {len(notes)} minor/moderate findings")
    print("\n".join(notes))
    assert results, "no pages found"
    assert not failures, "\n".join(failures)


async def search_from_a_chapter(browser, site, term):
    context = await browser.new_context(service_workers="block")
    await guard_other_hosts(context, site, [])
    page = await context.new_page()
    try:
        await page.goto(site.url("book/index.html"), wait_until="load")
        await settled(page)
        await page.keyboard.press("Control+k")
        box = page.locator("#pst-search-dialog input[name=q]")
        await box.wait_for(state="visible", timeout=5000)
        await box.fill(term)
        await box.press("Enter")
        await page.wait_for_url(f"**/search.html?q={term}*", timeout=10000)
        results = page.locator("#search-results li a")
        await results.first.wait_for(timeout=10000)
        return await results.count()
    finally:
        await context.close()


def test_search_box_finds_a_chapter(browser, site):
    """Chapter pages carry no search scripts of their own: the search box opens search.html."""
    assert browser.run(search_from_a_chapter(browser.browser, site, "vakmanschap")) >= 1


EXERCISE_PAGE = "notebooks/01-generaties.html"


@every_engine
def test_an_exercise_page_passes_axe_in_every_engine(tab, site, axe_js):
    """An exercise page with its live exercises, filled in, in Chromium, Firefox and WebKit: the
    engines draw the same markup differently (focus, form controls), so axe runs in each."""
    tab.goto(site.url(EXERCISE_PAGE))
    tab.wait_for("() => window.coursekitPage && window.coursekitPage.page")
    tab.click("textarea")
    tab.type("Een antwoord, zodat de status en de knoppen er ook staan.")
    tab.press("Tab")
    tab.evaluate("(source) => { (0, eval)(source); return typeof axe; }", axe_js.read_text(encoding="utf-8"))
    violations = tab.evaluate(RUN_AXE, [AXE_TAGS, ALSO_BLOCKING])
    blocking = [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
        for v in violations
        if v["impact"] in BLOCKING or v["id"] in ALSO_BLOCKING
    ]
    assert blocking == [], (tab.engine, blocking)
    assert tab.evaluate("() => document.querySelectorAll('.ck-live').length") > 3
    assert tab.errors() == []
