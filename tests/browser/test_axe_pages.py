"""Every page of the built book in headless Chromium: accessible, self-hosted, no broken assets.

For each page: axe-core (WCAG 2.0/2.1 level A and AA rules) must find no violation of serious or
critical impact; the page must not request anything from another host (such requests are
blocked and reported); every local asset must load (no 404) and no script may throw.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), html: n.html.slice(0, 160)})),
  }));
}"""


def check_page(context, site, relative, axe_js):
    """Open one page; return (violations, blocked external requests, broken assets, errors)."""
    page = context.new_page()
    external, broken, errors = [], [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: broken.append(
        f"{request.url} ({request.failure})") if site.is_local(request.url) else None)
    page.on("response", lambda response: broken.append(
        f"{response.url} (HTTP {response.status})") if response.status >= 400 else None)

    def guard(route):
        if site.is_local(route.request.url):
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    try:
        page.goto(site.url(relative), wait_until="load")
        page.add_script_tag(path=str(axe_js))
        violations = page.evaluate(RUN_AXE, AXE_TAGS)
    finally:
        page.close()
    return violations, external, broken, errors


def test_every_page_passes_axe_and_stays_on_this_site(browser, site, book_html, book_pages,
                                                       axe_js):
    context = browser.new_context(locale="nl-NL", service_workers="block")
    failures, notes = [], []
    checked = 0
    for relative in book_pages:
        if relative == "index.html" and (book_html / "book" / "index.html").is_file():
            continue  # the root page only redirects to book/index.html, checked below
        violations, external, broken, errors = check_page(context, site, relative, axe_js)
        checked += 1
        for violation in violations:
            line = (f"{relative}: [{violation['impact']}] {violation['id']} — {violation['help']}"
                    f" ({len(violation['nodes'])}x, e.g. {violation['nodes'][0]['target']}: "
                    f"{violation['nodes'][0]['html']})")
            (failures if violation["impact"] in BLOCKING else notes).append(line)
        failures += [f"{relative}: loads from another host: {url}" for url in external]
        failures += [f"{relative}: asset did not load: {what}" for what in broken]
        failures += [f"{relative}: script error: {error}" for error in errors]
    context.close()
    print(f"axe-core checked {checked} pages; {len(notes)} minor/moderate findings")
    print("\n".join(notes))
    assert checked, "no pages found"
    assert not failures, "\n".join(failures)


def test_search_box_finds_a_chapter(browser, site):
    """The search box on a chapter page (no search scripts of its own) leads to results."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if site.is_local(route.request.url)
               else route.abort())
    page.goto(site.url("book/index.html"), wait_until="load")
    page.keyboard.press("Control+k")
    search = page.locator("#pst-search-dialog input[name=q]")
    search.wait_for(state="visible", timeout=5000)
    search.fill("vakmanschap")
    search.press("Enter")
    page.wait_for_url("**/search.html?q=vakmanschap*", timeout=10000)
    results = page.locator("#search-results li a")
    results.first.wait_for(timeout=10000)
    assert results.count() >= 1, "no search results for 'vakmanschap'"
    context.close()
