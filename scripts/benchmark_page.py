"""Benchmark of the exercises on the book's pages (coursekit/page): not a test, a report.

    python scripts/benchmark_page.py            # after `make book`; BOOK_HTML=... for another build

Measures in headless Chromium (Debian's /usr/bin/chromium), on the built book served locally:
  1. from DOMContentLoaded on an exercise page (chapter 1: five exercises) to the moment every
     exercise accepts input (the script's "coursekit-ready" mark), empty cache (target: under
     300 ms; the script is loaded once the page's text is drawn), and how much of that is the
     script's own start (target: under 100 ms)
  2. one save of a reflection as the learner's pause in typing triggers it: the answer checked
     against the schemas and written to localStorage, with an empty store and with a store of
     500 answers (target: under 20 ms, as the notebooks' save)
Each is the median of several runs; the figures vary with the load on the machine.
"""

from __future__ import annotations

import asyncio
import functools
import os
import statistics
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_HTML", ROOT / "_build" / "html"))
PAGE = "notebooks/01-generaties.html"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LOADS = 10
SAVES = 25
TEXT = "Ik merk dat de opgave pas leidend wordt als de partners vanaf het begin aan tafel zitten. " * 8

# A store of 500 answers, made in the page itself (so it has the page's own format).
FILL_STORE = """([count, text]) => {
  const api = window.coursekitPage, store = api.page.store, now = new Date().toISOString();
  const answers = {};
  for (let n = 0; n < count; n += 1) {
    const id = `h${1 + n % 10}-oefening-${n}`;
    answers[id] = {exercise_id: id, chapter: 1 + n % 10, type: "reflection",
      value: {responses: [{prompt: "Vraag", text}]}, updated_at: now};
  }
  localStorage.setItem(store.key, JSON.stringify({format: "coursekit-antwoorden", schema_version: 1, answers}));
}"""

# One save as a pause in typing triggers it: the view hands its value to the host (the page's
# model), which checks the answer and writes the store.
ONE_SAVE = """(text) => {
  const host = window.coursekitPage.page.views.find(v => v.definition.type === "reflection");
  const area = host.root.querySelector("textarea");
  area.value = text + Math.random();
  area.dispatchEvent(new Event("input"));
  const start = performance.now();
  host.flush();
  const took = performance.now() - start;
  if (!host.saved || !JSON.stringify(host.saved.value).includes(area.value)) throw new Error("not saved");
  return took;
}"""


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


async def measure(base: str) -> dict[str, list[float]]:
    from playwright.async_api import async_playwright

    results: dict[str, list[float]] = {"ready": [], "boot": [], "save (empty store)": [], "save (500 answers)": []}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(LOADS):
            context = await browser.new_context()
            page = await context.new_page()
            await page.goto(base + PAGE, wait_until="load")
            await page.wait_for_function("() => performance.getEntriesByName('coursekit-ready').length")
            ready, start, loaded = await page.evaluate(
                "[...['coursekit-ready', 'coursekit-start']"
                ".map(name => performance.getEntriesByName(name)[0].startTime),"
                " performance.getEntriesByType('navigation')[0].domContentLoadedEventStart]"
            )
            results["ready"].append(ready - loaded)
            results["boot"].append(ready - start)
            await context.close()
        context = await browser.new_context()
        page = await context.new_page()
        await page.goto(base + PAGE, wait_until="load")
        await page.wait_for_function("() => window.coursekitPage && window.coursekitPage.page")
        for label, count in (("save (empty store)", 0), ("save (500 answers)", 500)):
            await page.evaluate("() => localStorage.clear()")
            if count:
                await page.evaluate(FILL_STORE, [count, TEXT])
            for _ in range(SAVES):
                results[label].append(await page.evaluate(ONE_SAVE, TEXT))
        await browser.close()
    return results


def main() -> int:
    if not (HTML / PAGE).is_file():
        print(f"No built book in {HTML}: run `make book` first (or set BOOK_HTML).")
        return 1
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(HTML)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        results = asyncio.run(measure(f"http://127.0.0.1:{server.server_address[1]}/"))
    finally:
        server.shutdown()
    targets = {"ready": 300.0, "boot": 100.0, "save (empty store)": 20.0, "save (500 answers)": 20.0}
    names = {"ready": "DOMContentLoaded to exercises ready", "boot": "of which the script's own start"}
    print(f"Exercises on the page ({PAGE}), Chromium, median of {LOADS} loads / {SAVES} saves:")
    ok = True
    for label, values in results.items():
        median = statistics.median(values)
        verdict = "OK" if median < targets[label] else "TOO SLOW"
        ok = ok and median < targets[label]
        name = names.get(label, label)
        figures = f"median {median:8.1f} ms   max {max(values):8.1f} ms   target < {targets[label]:.0f} ms"
        print(f"  {name:<36} {figures}   {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
