"""The book as a static host (GitHub Pages) serves it: under the base URL's sub-path, gzip.

- The landing page, a chapter, an exercise page and a teacher's page load everything they need
  from the sub-path (no request fails, none goes to the server root).
- An address that does not exist, at any depth, gets the book's Dutch 404 page with status 404:
  its style and favicon load, its links (home, chapters, search) lead to pages that exist, and
  axe-core finds nothing serious on it.
"""

from __future__ import annotations

import asyncio
import re
from urllib.parse import urlsplit

import pytest

from hosttools import SubPathHost
from pagetools import settled
from readingtools import AXE_TAGS, BLOCKING, RUN_AXE

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the static host (404, sub-path) changes rarely

PAGE_TYPES = [
    "book/index.html",
    "book/06-anatomie.html",
    "notebooks/01-generaties.html",
    "book/docenten/hoofdstuk-06.html",
    "notebooks/docent/klasoverzicht.html",
]
MISSING = ["bestaat-niet.html", "book/bestaat-niet.html", "a/b/c/d/bestaat-niet", "notebooks/docent/oud/pagina.html"]


def sub_path(book_html) -> str:
    robots = (book_html / "robots.txt").read_text(encoding="utf-8")
    url = re.search(r"^Sitemap:\s*(\S+)$", robots, re.MULTILINE).group(1)
    return urlsplit(url).path.rsplit("sitemap.xml", 1)[0]


async def visit(browser, host, address, axe_source=None):
    context = await browser.new_context(service_workers="block")
    failed, outside = [], []

    async def guard(route):
        url = route.request.url
        if not url.startswith(host.origin):
            await route.abort()
        else:
            if not url.startswith(host.origin + host.prefix):
                outside.append(url)
            await route.continue_()

    await context.route("**/*", guard)
    page = await context.new_page()
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.url} ({response.status})")
            if response.status >= 400 and response.url != address
            else None
        ),
    )
    page.on("requestfailed", lambda request: failed.append(f"{request.url} (failed)"))
    try:
        response = await page.goto(address, wait_until="load")
        await settled(page)  # the scripts it loads once its text is drawn are requested too
        links = await page.evaluate("""Array.from(document.querySelectorAll('a[href]'))
            .map(a => a.href).filter(href => href.startsWith(location.origin))""")
        form = await page.evaluate("""(() => { const f = document.querySelector('form');
            return f ? f.action : null; })()""")
        lang = await page.evaluate("document.documentElement.lang")
        title = await page.title()
        if axe_source:
            await page.add_script_tag(content=axe_source)
            failed += [
                f"[{v['impact']}] {v['id']}: {v['nodes'][0]['html']}"
                for v in await page.evaluate(RUN_AXE, AXE_TAGS)
                if v["impact"] in BLOCKING
            ]
        return response.status, failed, outside, links, form, lang, title
    finally:
        await context.close()


async def visit_all(browser, host, addresses, axe_source=None):
    return await asyncio.gather(*(visit(browser, host, address, axe_source) for address in addresses))


async def status_of(browser, urls):
    context = await browser.new_context()
    try:
        return {url: (await context.request.get(url)).status for url in urls}
    finally:
        await context.close()


def test_pages_load_everything_from_the_sub_path(browser, book_html):
    with SubPathHost(book_html, sub_path(book_html)) as host:
        results = browser.run(visit_all(browser.browser, host, [host.url(page) for page in PAGE_TYPES]))
    problems = []
    for page, (status, failed, outside, *_rest) in zip(PAGE_TYPES, results):
        if status != 200:
            problems.append(f"{page}: HTTP {status}")
        problems += [f"{page}: {what}" for what in failed]
        problems += [f"{page}: requested outside the sub-path: {url}" for url in outside]
    assert not problems, "\n".join(problems)


def test_missing_pages_get_the_dutch_404_page_at_any_depth(browser, book_html, axe_js):
    with SubPathHost(book_html, sub_path(book_html)) as host:
        results = browser.run(
            visit_all(
                browser.browser, host, [host.url(address) for address in MISSING], axe_js.read_text(encoding="utf-8")
            )
        )
        links = sorted({link.split("#")[0] for result in results for link in result[3]})
        statuses = browser.run(status_of(browser.browser, links))
    problems = []
    for address, (status, failed, outside, page_links, form, lang, title) in zip(MISSING, results):
        if status != 404:
            problems.append(f"{address}: HTTP {status}, expected 404")
        if lang != "nl" or "niet gevonden" not in title.lower():
            problems.append(f"{address}: not the Dutch 404 page ({lang!r}, {title!r})")
        problems += [f"{address}: {what}" for what in failed + outside]
        if not form or not form.startswith(host.url("search.html")):
            problems.append(f"{address}: the search form goes to {form}")
        if host.url("book/index.html") not in page_links:
            problems.append(f"{address}: no link to the landing page")
    problems += [f"404 page links to {link}: HTTP {status}" for link, status in statuses.items() if status != 200]
    assert len(links) > 10, f"the 404 page offers few links: {links}"
    assert not problems, "\n".join(problems)
