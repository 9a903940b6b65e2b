"""The page layer (coursekit/page) is loaded where there is an exercise, and nowhere else.

Pages whose body holds an exercise's static form (the exercise notebooks and the portfolio page)
load the script and the stylesheet from `_static/oefenpagina/`; every other page loads neither.
The files the book ships stay within the budget of tests/page/test_budget.py.
"""

from __future__ import annotations

from pagetools import parse, transfer_size

FOLDER = "_static/oefenpagina/"
BUDGET = 25_000  # bytes gzip, as tests/page/test_budget.py


def test_only_pages_with_an_exercise_load_the_page_layer(book_html, book_pages):
    wrong = []
    for relative in book_pages:
        path = book_html / relative
        has_form = 'class="coursekit-static"' in path.read_text(encoding="utf-8")
        loaded = sorted(url.split("?")[0].rsplit("/", 1)[1] for _, url in parse(path).loads if FOLDER in url)
        expected = ["coursekit-page.css", "coursekit-page.js"] if has_form else []
        if loaded != expected:
            wrong.append(f"{relative}: loads {loaded}, expected {expected}")
    assert not wrong, "\n".join(wrong)
    with_layer = [r for r in book_pages if FOLDER in str(parse(book_html / r).loads)]
    assert "notebooks/01-generaties.html" in with_layer and "notebooks/portfolio.html" in with_layer
    assert "book/01-generaties.html" not in with_layer


def test_the_shipped_page_layer_is_within_budget(book_html):
    files = sorted((book_html / FOLDER).iterdir())
    sizes = {path.name: transfer_size(path) for path in files}
    print(sizes)
    assert [path.name for path in files] == ["coursekit-page.css", "coursekit-page.js"]
    assert sum(gz for _, gz in sizes.values()) <= BUDGET, sizes
