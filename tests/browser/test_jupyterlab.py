"""A learner in JupyterLab and Voila from the Binder requirements alone, with the keyboard only.

JupyterLab runs from ``.venv-binder`` (made from binder/requirements.txt by the fixture ``binder_env``
of tests/conftest.py) with the course package as it is now; Chromium opens chapter 1, runs all
cells, then: Tab into the reflection, type (command-mode letters included), see "Opgeslagen";
in the knowledge question press ArrowDown (the choice changes, the active cell does not), Tab to
"Controleer" and press Enter (the feedback shows); restart the kernel and run all: the answer is
back. Voila shows the same views. Answers go to a temporary store, never the learner's.

A small book with the fixture of every type (tests/fixtures/every-type.yml) is done the same way,
with the generic keyboard driver (drivers.py: one per kind of control), so every type, and a new
one, is done by keyboard alone in JupyterLab and comes back after a kernel restart.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from conftest import chromium_path
from coursekit.texts import learner, teacher
from drivers import fill_with_keyboard, snapshot
from engines import ChromiumTab
from helpers import fixture_catalog
from pagetools import ROOT

pytestmark = pytest.mark.slow
NOTEBOOK = "notebooks/01-generaties.ipynb"
PORTFOLIO = "notebooks/portfolio.ipynb"
TYPED = "Met het toetsenbord: dbaa 12"  # "d d", "b", "a" would cut or add cells in command mode
ACTIVE_CELL = (
    "[...document.querySelectorAll('.jp-Notebook .jp-Cell')].findIndex((c) => c.classList.contains('jp-mod-active'))"
)
CHECKED = "[...document.querySelectorAll(`input[name='${document.activeElement.name}']`)].findIndex((r) => r.checked)"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(binder_env, tmp_path):
    """Start ``jupyter lab`` or ``voila`` from the Binder environment (tests/conftest.py:
    ``binder_env``, with this checkout's coursekit); yield its address."""
    if not chromium_path():
        pytest.skip("no Chromium: apt-get install chromium")
    binder = binder_env.parent
    env = {
        **os.environ,
        "COURSEKIT_STORE": str(tmp_path / "antwoorden.json"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_DATA_DIR": str(tmp_path / "data"),
    }
    started = []

    def start(*command: str, cwd: Path = ROOT) -> str:
        port = free_port()
        log = tmp_path / f"{command[0]}.log"
        process = subprocess.Popen(
            [str(binder / command[0]), *command[1:], "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1"],
            cwd=cwd,
            env=env,
            stdout=log.open("w"),  # the server writes to it until the test ends
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its kernels too are stopped at the end, by the group's id
        )
        started.append(process)
        for _ in range(180):
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                return f"http://127.0.0.1:{port}"
            except OSError:
                time.sleep(1)
        pytest.fail(f"{command[0]} did not start: {log.read_text()[-2000:]}")

    yield start, tmp_path
    for process in started:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)


STARTED = "() => [...document.querySelectorAll('.jp-InputArea-prompt')]"
STARTED += ".some((p) => /\\[(\\d+|\\*)\\]/.test(p.textContent))"


# JupyterLab as a learner starts it here: no token, no news from the internet.
LAB = ("jupyter-lab", "--ServerApp.token=", "--ServerApp.password=", "--allow-root", "--LabApp.news_url=")


@contextlib.contextmanager
def lab(server, notebook: str):
    """JupyterLab over the book, and a Chromium page on it with ``notebook`` open and all its cells
    run: (page, the test's folder)."""
    from playwright.sync_api import sync_playwright

    start, tmp_path = server
    url = start(*LAB, f"--ServerApp.root_dir={ROOT}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        run_all(page, url, notebook)
        yield page, tmp_path
        browser.close()


def run_all(page, url: str, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab under a workspace of its own and run all its cells."""
    page.goto(f"{url}/lab/workspaces/ck{uuid.uuid4().hex[:8]}/tree/{notebook}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=180_000)
    time.sleep(3)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # On a busy machine JupyterLab may take "Run All Cells" before the notebook's kernel is there,
    # and run nothing; a cell with an execution number (or a star) says the run began.
    for attempt in range(3):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            page.wait_for_function(STARTED, timeout=60_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise


def statuses(page) -> list[str]:
    return [
        text for text in page.evaluate("[...document.querySelectorAll('.ck-status')].map((s) => s.textContent)") if text
    ]


def test_every_step_by_keyboard_in_jupyterlab_and_the_answer_is_back_after_a_restart(server):
    with lab(server, NOTEBOOK) as (page, tmp_path):
        page.wait_for_function("document.querySelectorAll('.ck-live').length >= 5", timeout=180_000)

        reflection = page.locator(".ck-live:has(textarea)").first
        reflection.scroll_into_view_if_needed()
        reflection.locator("h1, h2, h3, h4, h5").first.click()  # the cell, not a control
        cells = page.evaluate("document.querySelectorAll('.jp-Notebook .jp-Cell').length")
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.tagName") == "TEXTAREA":
                break
        page.keyboard.type(TYPED)
        page.wait_for_function(
            "[...document.querySelectorAll('.ck-status')].some((s) => s.textContent.includes('Opgeslagen'))",
            timeout=30_000,
        )
        assert page.evaluate("document.querySelectorAll('.jp-Notebook .jp-Cell').length") == cells

        choice = page.locator(".ck-live:has(input[type=radio])").filter(has_text=learner.CHECK).first
        choice.scroll_into_view_if_needed()
        choice.locator("h1, h2, h3, h4, h5").first.click()
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.type") == "radio":
                break
        page.keyboard.press("Space")
        cell, checked = page.evaluate(ACTIVE_CELL), page.evaluate(CHECKED)
        page.keyboard.press("ArrowDown")
        time.sleep(0.5)
        assert (page.evaluate(ACTIVE_CELL), page.evaluate(CHECKED)) == (cell, checked + 1)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == learner.CHECK
        page.keyboard.press("Enter")
        page.wait_for_function(
            "(text) => [...document.querySelectorAll('.ck-feedback')].some((f) => f.textContent.includes(text))",
            arg=learner.ATTEMPTS.format(count=1),
            timeout=30_000,
        )
        page.screenshot(path=str(tmp_path / "jupyterlab-choice.png"))

        page.get_by_role("menuitem", name="Kernel", exact=True).click()
        page.get_by_role("menuitem", name="Restart Kernel and Run All Cells…").click()
        page.locator(".jp-Dialog button.jp-mod-accept").click()
        # the new run's views (the old outputs stay until their cell runs again) say they restored
        page.wait_for_function(
            "(text) => [...document.querySelectorAll('.ck-live')].some((v) => v.querySelector('textarea')"
            " && v.querySelector('.ck-status').textContent.startsWith(text))",
            arg=learner.RESTORED.split("{")[0],
            timeout=180_000,
        )
        restored = page.evaluate("[...document.querySelectorAll('.ck-live textarea')].map((t) => t.value)")
        assert TYPED in restored
        page.locator(".ck-live textarea").first.scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "jupyterlab-after-restart.png"))


def test_voila_shows_the_same_views(server):
    from playwright.sync_api import sync_playwright

    start, tmp_path = server
    url = start("voila", NOTEBOOK, "--Voila.ip=127.0.0.1")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(url)
        page.wait_for_function("document.querySelectorAll('.ck-live').length >= 5", timeout=180_000)
        page.wait_for_selector(".ck-portfolio", timeout=60_000)
        headings = page.evaluate(  # the exercises' views; the portfolio panel is one too (.ck-portfolio)
            "[...document.querySelectorAll('.ck-live:not(.ck-portfolio)')].map((v) => v.firstElementChild.textContent)"
        )
        portfolio = page.locator(".ck-portfolio h4").inner_text()
        page.screenshot(path=str(tmp_path / "voila.png"), full_page=True)
        browser.close()
    assert len(headings) == 5 and all(headings)
    assert portfolio == learner.PORTFOLIO_HEADING


def fixture_book(folder: Path) -> tuple[list[str], str]:
    """A small book with the fixture of every type as chapter 1, and a notebook showing each."""
    catalog = fixture_catalog(folder)
    (folder / "data").mkdir()
    ids = list(catalog.definitions)
    cells = [
        {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source}
        for source in ["from coursekit import exercise"] + [f"exercise({exercise_id!r})" for exercise_id in ids]
    ]
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = folder / "notebooks" / "01-alle-typen.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return ids, "notebooks/01-alle-typen.ipynb"


def every_type_in_jupyterlab(browser, url: str, ids: list[str], notebook: str):
    page = browser.run(browser.browser.new_page(viewport={"width": 1280, "height": 1000}))
    tab = ChromiumTab(browser, page.context, page)  # the generic drivers speak to a tab (engines.py)
    try:
        tab.goto(f"{url}/lab/workspaces/ck{uuid.uuid4().hex[:8]}/tree/{notebook}")
        browser.run(page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=180_000))
        time.sleep(3)
        for attempt in range(3):  # as in run_all: until the run has begun
            browser.run(page.get_by_role("menuitem", name="Run", exact=True).click())
            browser.run(page.get_by_role("menuitem", name="Run All Cells", exact=True).click())
            try:
                tab.wait_for(STARTED, timeout=60)
                break
            except TimeoutError:
                if attempt == 2:
                    raise
        tab.wait_for("(n) => document.querySelectorAll('.ck-live').length >= n", len(ids), timeout=180)
        cells = tab.evaluate("() => document.querySelectorAll('.jp-Notebook .jp-Cell').length")
        tab.click(".ck-live :is(h1, h2, h3, h4, h5)")  # the cell, not a control
        met = {exercise_id: fill_with_keyboard(tab, n, exercise_id) for n, exercise_id in enumerate(ids)}
        count = "(text, count) => [...document.querySelectorAll('.ck-live .ck-status')]"
        count += ".filter((s) => s.textContent.startsWith(text)).length >= count"
        tab.wait_for(count, learner.SAVED_AT.split("{")[0], len(ids), timeout=60)
        cells_after = tab.evaluate("() => document.querySelectorAll('.jp-Notebook .jp-Cell').length")
        filled = [snapshot(tab, n) for n in range(len(ids))]
        browser.run(page.get_by_role("menuitem", name="Kernel", exact=True).click())
        browser.run(page.get_by_role("menuitem", name="Restart Kernel and Run All Cells…").click())
        browser.run(page.locator(".jp-Dialog button.jp-mod-accept").click())
        tab.wait_for(count, learner.RESTORED.split("{")[0], len(ids), timeout=180)
        back = [snapshot(tab, n) for n in range(len(ids))]
        return met, filled, back, (cells, cells_after)
    finally:
        browser.run(page.close())


def test_every_type_by_keyboard_alone_in_jupyterlab_comes_back_after_a_restart(server, browser):
    """The fixture of every type, done with the generic keyboard driver (drivers.py) in JupyterLab."""
    start, tmp_path = server
    ids, notebook = fixture_book(tmp_path / "boek")
    url = start(*LAB, f"--ServerApp.root_dir={tmp_path / 'boek'}", cwd=tmp_path / "boek")
    met, filled, back, (cells, cells_after) = every_type_in_jupyterlab(browser, url, ids, notebook)
    assert cells_after == cells  # no key typed in an exercise added or cut a cell
    for exercise_id, kinds in met.items():
        assert kinds and "other" not in kinds, (exercise_id, kinds)
    assert set().union(*met.values()) == {"text", "radio", "select", "button"}  # every kind of control met
    for exercise_id, seen in zip(ids, filled):
        assert all(seen["texts"]) and all(seen["selects"]) and None not in seen["checked"], (exercise_id, seen)
    assert back == filled


def test_the_portfolio_panel_exports_and_imports_by_keyboard_in_jupyterlab(server):
    """The portfolio panel in JupyterLab: the view (the page's portfolio) and the kernel talk through
    anywidget's messages. Export with the keyboard: the files are written next to the answer file and
    offered as downloads; then import one of them from the folder: the kernel reads it, the view
    checks it, the kernel merges (nothing new: every answer is already there)."""
    with lab(server, PORTFOLIO) as (page, tmp_path):
        panel = page.locator(".ck-portfolio")
        panel.wait_for(timeout=180_000)
        panel.get_by_label(learner.PORTFOLIO_NAME).click()
        page.keyboard.type("Sam de Vries")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == learner.PORTFOLIO_EXPORT
        page.keyboard.press("Enter")
        panel.get_by_text(learner.PORTFOLIO_WRITTEN.format(folder=tmp_path / "portfolio")).wait_for(timeout=30_000)
        links = panel.locator(".ck-downloads a").count()
        chooser = panel.locator("select")
        chooser.wait_for(timeout=30_000)
        chooser.focus()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == learner.PORTFOLIO_IMPORT_CHOSEN
        page.keyboard.press("Enter")
        panel.get_by_text("Import van").wait_for(timeout=30_000)
        report = panel.locator(".ck-report").inner_text()
        page.screenshot(path=str(tmp_path / "jupyterlab-portfolio.png"))
    written = sorted(path.suffix for path in (tmp_path / "portfolio").iterdir())
    assert written == [".html", ".json", ".md"] and links == 3
    assert "0 toegevoegd, 0 bijgewerkt, 0 overgeslagen" in report


def test_the_class_overview_reads_the_sample_folder_in_jupyterlab(server):
    """The teacher's notebook in JupyterLab: the class page's overview as an anywidget, its files
    read by the kernel; "Namen tonen" by keyboard shows the names, and typing in the folder field
    adds or cuts no cell."""
    with lab(server, "notebooks/docent/klasoverzicht.ipynb") as (page, tmp_path):
        page.wait_for_selector(".jp-OutputArea .ck-class-section", timeout=180_000)
        overview = page.locator(".jp-OutputArea .ck-classpage").first
        sections = overview.locator(".ck-class-section h3").all_inner_texts()
        cells = page.evaluate("document.querySelectorAll('.jp-Notebook .jp-Cell').length")
        overview.get_by_label(teacher.LABEL_SHOW_NAMES).focus()
        page.keyboard.press("Space")
        names = overview.get_by_label(teacher.LABEL_SHOW_NAMES).is_checked()
        field = overview.get_by_role("textbox").first
        field.focus()
        page.keyboard.type("ab")  # "a" and "b" add cells in command mode
        cells_after = page.evaluate("document.querySelectorAll('.jp-Notebook .jp-Cell').length")
        page.screenshot(path=str(tmp_path / "jupyterlab-class.png"))
    assert teacher.HEAD_FILES in sections and len(sections) >= 4
    assert names and cells_after == cells
