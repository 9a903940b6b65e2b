"""Benchmark of the class overview in the teacher's browser (coursekit/classpage): not a test, a report.

    python scripts/benchmark_class_page.py             # after `make book`; BOOK_HTML=... for another build
    python scripts/benchmark_class_page.py --zip OUT   # only write the zip of 200 synthetic exports

Makes a class of 200 SYNTHETIC learners (the generator of the sample exports,
scripts/make_sample_exports.py, with other seeds: every answer made up), each with a portfolio
export (HTML, Markdown and JSON in turn), and zips them as Moodle's bulk download does. Then, in
headless Chromium (Debian's /usr/bin/chromium) on the built book served locally, it picks that zip
with the page's file button and measures the time from the page receiving the file to the whole
overview on screen (the script's marks "coursekit-class-start" and "coursekit-class-ready"):
reading the zip, checking every export, counting, drawing. Target: under 2 s. The median of several
runs; the figure varies with the load on the machine.

Then the same for a class of 2,000 learners (issue 28: a zip of about 19 MB froze the page for
seconds), measuring the longest task on the page's main thread while it reads and draws (the Long
Tasks API: a PerformanceObserver of "longtask" entries, each a task of 50 ms or more). Target: no
task over 200 ms; the reading and fingerprinting run in a Web Worker (classworker.js).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib.util
import os
import statistics
import sys
import threading
from datetime import timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(os.environ.get("BOOK_HTML", ROOT / "_build" / "html"))
PAGE = "book/docenten/klasoverzicht-in-je-browser.html"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LEARNERS = 200
RUNS = 5
TARGET_MS = 2000.0
LARGE = 2000  # learners in the class that must not freeze the page
LARGE_RUNS = 3
TASK_TARGET_MS = 200.0
# Installed before the zip is picked: every long task on the main thread from then on.
OBSERVE = """() => {
  window.coursekitLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.coursekitLongTasks.push([entry.startTime, entry.duration]);
  }).observe({type: "longtask"});
}"""
LONGEST = """() => {
  const start = performance.getEntriesByName('coursekit-class-start')[0].startTime;
  const tasks = window.coursekitLongTasks.filter(([at, duration]) => at + duration >= start);
  return Math.max(0, ...tasks.map(([, duration]) => duration));
}"""


def class_zip(count: int = LEARNERS) -> bytes:
    """A Moodle-style zip of ``count`` synthetic exports (the same bytes every run)."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "tests"))  # pagecalls: the page's modules in Node
    spec = importlib.util.spec_from_file_location("make_sample_exports", ROOT / "scripts" / "make_sample_exports.py")
    assert spec and spec.loader
    samples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(samples)
    from coursekit.classpage.samples import Submission, moodle
    from coursekit.definitions import load_catalog
    from pagecalls import build_export

    catalog = load_catalog(ROOT)
    items = []
    for number in range(1, count + 1):
        learner = samples.SyntheticLearner(100 + number)
        chapters = range(1, 2 + number % 10)
        answers = learner.answers(chapters, catalog)
        moment = samples.COURSE_START + timedelta(weeks=10, minutes=number)
        name = samples.NAME.format(number=100 + number)
        bundle = build_export(answers, catalog, name=name, moment=moment)
        suffix = ("html", "md", "json")[number % 3]
        content = {"html": bundle.html, "md": bundle.markdown, "json": bundle.json}[suffix]
        items.append(Submission(number, name, f"{bundle.basename}.{suffix}", content.encode("utf-8"), moment))
    return moodle(items)


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


async def measure(base: str, zipped: Path, learners: int, runs: int) -> tuple[list[float], list[float], list[str]]:
    """Per run: the time from picking the zip to the overview, the longest main-thread task, the reader."""
    from playwright.async_api import async_playwright

    times, longest, readers = [], [], []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = await browser.new_context()
            page = await context.new_page()
            await page.goto(base + PAGE, wait_until="load")
            await page.wait_for_function("() => window.coursekitClass && window.coursekitClass.page")
            await page.evaluate(OBSERVE)
            await page.set_input_files(".ck-classpage input[type=file]:not([webkitdirectory])", str(zipped))
            await page.wait_for_function(
                "() => performance.getEntriesByName('coursekit-class-ready').length", timeout=300_000
            )
            await page.wait_for_timeout(100)  # the observer reports a task shortly after it ends
            found = await page.evaluate("() => window.coursekitClass.page.data.learners.length")
            assert found == learners, f"{found} learners read, expected {learners}"
            times.append(
                await page.evaluate(
                    "() => performance.getEntriesByName('coursekit-class-ready')[0].startTime"
                    " - performance.getEntriesByName('coursekit-class-start')[0].startTime"
                )
            )
            longest.append(await page.evaluate(LONGEST))
            readers.append(await page.evaluate("() => window.coursekitClass.page.data.reader"))
            await context.close()
        await browser.close()
    return times, longest, readers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zip", type=Path, help="only write the zip of 200 synthetic exports to this path")
    arguments = parser.parse_args()
    data = class_zip()
    if arguments.zip:
        arguments.zip.write_bytes(data)
        print(f"{arguments.zip}: {len(data):,} bytes, {LEARNERS} synthetic exports (Moodle layout)")
        return 0
    if not (HTML / PAGE).is_file():
        print(f"No built book in {HTML}: run `make book` first (or set BOOK_HTML).")
        return 1
    zipped = ROOT / "_build" / "benchmark-klas-200.zip"
    zipped.write_bytes(data)
    large = ROOT / "_build" / f"benchmark-klas-{LARGE}.zip"
    large.write_bytes(class_zip(LARGE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(HTML)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        times, tasks, readers = asyncio.run(measure(base, zipped, LEARNERS, RUNS))
        large_times, large_tasks, large_readers = asyncio.run(measure(base, large, LARGE, LARGE_RUNS))
    finally:
        server.shutdown()
    median = statistics.median(times)
    verdict = "OK" if median < TARGET_MS else "TOO SLOW"
    print(f"Class overview in the browser ({PAGE}), Chromium, {LEARNERS} exports in a {len(data):,}-byte zip:")
    print(
        f"  file picked to overview shown       median {median:8.1f} ms   max {max(times):8.1f} ms"
        f"   target < {TARGET_MS:.0f} ms   {verdict}"
    )
    print(f"  longest main-thread task            max    {max(tasks):8.1f} ms   read in: {', '.join(set(readers))}")
    worst = max(large_tasks)
    task_verdict = "OK" if worst < TASK_TARGET_MS else "FREEZES"
    print(f"{LARGE} exports in a {large.stat().st_size:,}-byte zip:")
    print(
        f"  file picked to overview shown       median {statistics.median(large_times):8.1f} ms"
        f"   max {max(large_times):8.1f} ms"
    )
    print(
        f"  longest main-thread task            median {statistics.median(large_tasks):8.1f} ms   max {worst:8.1f} ms"
        f"   target < {TASK_TARGET_MS:.0f} ms   {task_verdict}   read in: {', '.join(set(large_readers))}"
    )
    return 0 if median < TARGET_MS and worst < TASK_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
