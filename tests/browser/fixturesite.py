"""A small site from the fixture of every type (tests/fixtures/every-type.yml), made as the book makes
its pages, without a book build: ``index.html`` with every exercise's static form, ``portfolio.html``
with the portfolio panel's, and the page's scripts and stylesheet beside them.

And a few steps a learner takes on it, as functions of a Playwright page (test_page_file.py, which
needs Chromium's File System Access API). Tests that run in every engine use engines.Tab and the
generic drivers (drivers.py) on the same site (the `fixture_site` fixture in conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from coursekit import page as page_layer
from coursekit import static

BOOK = "every-type"
EXERCISES, PORTFOLIO = "index.html", "portfolio.html"
PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="{stylesheet}"></head>
<body><main>{forms}</main>
<script src="{script}" data-portfolio="portfolio.html" data-catalog="{catalog}" defer></script></body></html>
"""
READY = "() => window.coursekitPage && window.coursekitPage.page"
STORE_KEY = f"coursekit-antwoorden:{BOOK}"


def write_site(folder: Path, catalog) -> Path:
    """The two pages and the scripts in ``folder``."""
    page_layer.write(folder, BOOK, catalog=catalog)
    names = {
        "stylesheet": page_layer.STYLESHEET_NAME,
        "script": page_layer.SCRIPT_NAME,
        "catalog": page_layer.CATALOG_NAME,
    }
    forms = "\n".join(static.render(definition, {}) for definition in catalog.definitions.values())
    panel = static.render_portfolio({}, "notebooks/portfolio.ipynb", catalog)
    (folder / EXERCISES).write_text(PAGE.format(title="Oefeningen", forms=forms, **names), encoding="utf-8")
    (folder / PORTFOLIO).write_text(PAGE.format(title="Portfolio", forms=panel, **names), encoding="utf-8")
    return folder


async def open_tab(context, url: str, errors: list[str] | None = None):
    """A new tab on ``url``, once the page's script has run."""
    tab = await context.new_page()
    if errors is not None:
        tab.on("pageerror", lambda error: errors.append(str(error)))
    await tab.goto(url, wait_until="load")
    await tab.wait_for_function(READY)
    return tab


def text_field(exercise_id: str, number: int = 1) -> str:
    return f"#ck-{exercise_id}-antwoord-{number}"


async def type_answer(tab, exercise_id: str, text: str, *, leave: bool = True) -> None:
    """Type ``text`` in the exercise's first text field; ``leave``: then leave the field (it saves at once)."""
    await tab.fill(text_field(exercise_id), text)
    if leave:
        await tab.locator(text_field(exercise_id)).blur()


async def shown_text(tab, exercise_id: str) -> str:
    return await tab.locator(text_field(exercise_id)).input_value()


async def stored_entry(tab, exercise_id: str) -> dict | None:
    """The exercise's entry in the browser's store, as the page keeps it."""
    text = await tab.evaluate("(key) => localStorage.getItem(key)", STORE_KEY)
    return json.loads(text)["answers"].get(exercise_id) if text else None


def first_text(value: dict) -> str:
    """The first text of a reflection's value."""
    return value["responses"][0]["text"]


async def settle(tab, milliseconds: int = 300) -> None:
    await tab.evaluate("(ms) => new Promise((done) => requestAnimationFrame(() => setTimeout(done, ms)))", milliseconds)
