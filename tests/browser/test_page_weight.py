"""What a reader downloads: the landing page and a chapter's exercise page stay light.

Chromium opens each page with an empty cache and records every response; each is counted with
the size of the file it came from, both as stored and as a gzip-compressing web server (such as
GitHub Pages) sends it (fonts and images are already compressed and count as they are). The
budgets are about 20% above what the book reached when they were set; see the report printed by
`pytest -s` to re-measure. Raise a budget only for something readers need.
"""

from __future__ import annotations

import pytest

from pagetools import transfer_size

pytestmark = pytest.mark.slow

# page: (bytes as stored, bytes sent gzip-compressed), each about 1.2 x the measured value.
BUDGETS = {
    "index.html": (900_000, 380_000),
    "notebooks/01-generaties.html": (900_000, 380_000),
}


def downloads(browser, site, relative):
    """{file served: (stored bytes, gzip bytes)} for one page load with an empty cache."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    served, unknown = {}, []

    def record(request):
        path = site.file_for(request.url)
        if path is None:
            unknown.append(request.url)
        else:
            served[path.relative_to(site.root).as_posix()] = transfer_size(path)

    page.on("requestfinished", record)
    page.route("**/*", lambda route: route.continue_() if site.is_local(route.request.url)
               else route.abort())
    page.goto(site.url(relative), wait_until="load")
    page.wait_for_load_state("networkidle")
    context.close()
    return served, unknown


@pytest.mark.parametrize("relative", sorted(BUDGETS))
def test_page_weight_within_budget(browser, site, relative):
    served, unknown = downloads(browser, site, relative)
    stored = sum(size for size, _ in served.values())
    sent = sum(size for _, size in served.values())
    report = "\n".join(f"  {size:>9,} {gz:>9,}  {name}" for name, (size, gz)
                       in sorted(served.items(), key=lambda item: -item[1][0]))
    print(f"\n{relative}: {len(served)} files, {stored:,} bytes stored, {sent:,} bytes gzip\n"
          f"{report}")
    assert not unknown, f"requests not served from the book: {unknown}"
    budget_stored, budget_sent = BUDGETS[relative]
    assert stored <= budget_stored and sent <= budget_sent, (
        f"{relative} downloads {stored:,} bytes ({sent:,} gzip); budget {budget_stored:,} "
        f"({budget_sent:,} gzip)\n{report}")
