"""Fixtures for the checks on the built book: the pages, a local web server and headless Chromium.

The book comes from the `book_build` fixture in `tests/conftest.py` (the same build
`tests/test_book_build.py` uses, made once per test run). To check a book you built yourself
without rebuilding, point `BOOK_HTML` at its html folder:
`BOOK_HTML=_build/html .venv/bin/python -m pytest tests/browser -p no:xdist`.

Tools: Chromium from Debian (`apt-get install chromium`), driven by Playwright for Python (never
`playwright install`: it downloads a browser); axe-core and the Nu Html Checker from npm
(`npm ci` in the repository root, see package.json); Java 17 for the Nu Html Checker. Where one is
missing the tests that need it are skipped with a message saying how to install it; in CI
(`CI=true`) they fail instead, so a broken install step cannot pass unnoticed.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

import engines
from fixturesite import write_site
from pagetools import AXE_JS, ROOT, StaticSite, missing, pages

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def book_html(request) -> Path:
    """The folder with the built HTML book."""
    if os.environ.get("BOOK_HTML"):
        html = Path(os.environ["BOOK_HTML"]).resolve()
    else:
        try:
            build = request.getfixturevalue("book_build")  # tests/conftest.py
        except pytest.FixtureLookupError:
            pytest.fail(
                "tests/conftest.py must provide the session fixture `book_build` (the "
                "book built once per test run); or set BOOK_HTML to a built book",
                pytrace=False,
            )
        html = ROOT / "_build" / "html"
        if not (html / "index.html").is_file():
            pytest.fail("the book did not build:\n" + (build.stdout + build.stderr)[-3000:], pytrace=False)
    if not (html / "index.html").is_file():
        pytest.fail(f"no built book in {html}", pytrace=False)
    return html


@pytest.fixture(scope="session")
def book_pages(book_html) -> list[str]:
    return pages(book_html)


@pytest.fixture(scope="session")
def site(book_html):
    with StaticSite(book_html) as served:
        yield served


# The English edition's pages the reading checks visit: one of each kind (its templates and styles are
# the Dutch edition's, checked on every page; what differs is the text and the marked Dutch in it).
ENGLISH_SAMPLE = [
    "book/index.html",
    "book/02-opgavegericht-werken.html",
    "book/07-faciliterend-leiderschap.html",
    "notebooks/01-generaties.html",
    "notebooks/07-faciliterend-leiderschap.html",
    "notebooks/portfolio.html",
    "book/woordenlijst.html",
    "book/toegankelijkheid.html",
    "book/docenten/hoofdstuk-03.html",
    "book/docenten/klasoverzicht-in-je-browser.html",
    "notebooks/docent/klasoverzicht.html",
    "search.html",
]


@dataclass
class Edition:
    """One language's built edition as the reading checks use it."""

    lang: str
    html: Path
    site: StaticSite
    pages: list[str]


@pytest.fixture(scope="session")
def english_html(request) -> Path:
    """The English edition's HTML folder (``BOOK_HTML_EN``, or built once per run: ``book_build_en``)."""
    if os.environ.get("BOOK_HTML_EN"):
        html = Path(os.environ["BOOK_HTML_EN"]).resolve()
    else:
        build = request.getfixturevalue("book_build_en")  # tests/conftest.py
        html = ROOT / "_build" / "en" / "_build" / "html"
        if not (html / "index.html").is_file():
            pytest.fail("the English edition did not build:\n" + (build.stdout + build.stderr)[-3000:], pytrace=False)
    return html


@pytest.fixture(scope="session")
def english_site(english_html):
    with StaticSite(english_html) as served:
        yield served


@pytest.fixture(scope="session", params=["nl", "en"])
def edition(request) -> Edition:
    """The Dutch edition (every page) and the English one (a page of each kind)."""
    if request.param == "nl":
        html = request.getfixturevalue("book_html")
        return Edition("nl", html, request.getfixturevalue("site"), request.getfixturevalue("book_pages"))
    html = request.getfixturevalue("english_html")
    return Edition("en", html, request.getfixturevalue("english_site"), ENGLISH_SAMPLE)


@pytest.fixture(scope="session")
def axe_js() -> Path:
    if not AXE_JS.is_file():
        missing("axe-core", "run `npm ci` in the repository root (package.json pins it)")
    return AXE_JS


class Chromium:
    """Headless Chromium driven by Playwright's async API on an event loop in its own thread.

    Tests hand it coroutines with `run(...)`; the async API lets one test check several pages at
    once (a third faster on two cores than one page after another).
    """

    def __init__(self, executable: str) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self.browser = self.run(self._launch(executable))

    async def _launch(self, executable):
        from playwright.async_api import async_playwright

        self._playwright = await async_playwright().start()
        return await self._playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)

    def run(self, coroutine, timeout: float = 600):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        async def stop():
            await self.browser.close()
            await self._playwright.stop()

        try:
            self.run(stop(), timeout=60)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not executable:
        missing(
            "Chromium",
            "install it with `apt-get update && apt-get install -y chromium` "
            "(Debian's package; Playwright's own browser download does not work here)",
        )
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        missing(
            "Playwright for Python",
            "install the pinned requirements: `pip install -r requirements/dev.lock.txt` (never `playwright install`)",
        )
    chromium = Chromium(executable)
    yield chromium
    chromium.close()


def engine_missing(engine: str) -> None:
    why = engines.available(engine)
    if why:
        missing(engine.capitalize(), why)


@pytest.fixture(scope="session")
def firefox():
    engine_missing("firefox")
    running = engines.Firefox()
    yield running
    running.close()


@pytest.fixture(scope="session")
def xdisplay():
    """A virtual display for WebKitGTK (Xvfb)."""
    engine_missing("webkit")
    display = engines.Display()
    yield display
    display.close()


@pytest.fixture
def tab(request):
    """One learner's first tab in the engine the test is parametrized with (`engines.every_engine`):
    a fresh browser context (Chromium), user context (Firefox) or session (WebKit)."""
    engine = request.param
    engine_missing(engine)
    if engine == "chromium":
        session = engines.chromium_learner(request.getfixturevalue("browser"))
    elif engine == "firefox":
        session = engines.firefox_learner(request.getfixturevalue("firefox"))
    else:
        session = engines.webkit_learner(request.getfixturevalue("xdisplay"))
    with session as tab:
        yield tab


@pytest.fixture(scope="session")
def fixture_site(every_type, tmp_path_factory):
    """The fixture of every type as the book makes its pages, without a book build (fixturesite.py):
    (folder, served site) with ``index.html`` (every exercise) and ``portfolio.html`` (the panel)."""
    folder = write_site(tmp_path_factory.mktemp("every-type-site"), every_type)
    with StaticSite(folder) as served:
        yield folder, served
