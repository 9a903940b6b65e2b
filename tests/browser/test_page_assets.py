"""The page layer (coursekit/page) is loaded where there is an exercise, and nowhere else.

Pages whose body holds an exercise's static form (the exercise notebooks and the portfolio page)
load the script from `_static/oefenpagina/`; every other page does not. Its few style rules travel
in the book's one stylesheet (book/_ext/page_fixes.py bundles every stylesheet into boek.css). The
book's catalog of exercises and the portfolio script (the export and the import) are files of their
own that the page loads only when a learner exports or imports. The script and its styles stay
within the budget of tests/page/test_budget.py, and so does the portfolio script, within its own.
"""

from __future__ import annotations

from pagetools import parse, transfer_size

FOLDER = "_static/oefenpagina/"
BUDGET = 25_000  # bytes gzip, as tests/page/test_budget.py
PORTFOLIO_BUDGET = 12_500  # bytes gzip, the portfolio script, as tests/page/test_budget.py
LMS_BUDGET = 13_000  # bytes gzip, the script of a SCORM package's pages only (measured: 12,526)


def test_only_pages_with_an_exercise_load_the_page_layer(book_html, book_pages):
    wrong = []
    for relative in book_pages:
        path = book_html / relative
        has_form = 'class="coursekit-static"' in path.read_text(encoding="utf-8")
        loaded = sorted(url.split("?")[0].rsplit("/", 1)[1] for _, url in parse(path).loads if FOLDER in url)
        expected = ["coursekit-page.js"] if has_form else []
        if loaded != expected:
            wrong.append(f"{relative}: loads {loaded}, expected {expected}")
    assert not wrong, "\n".join(wrong)
    with_layer = [r for r in book_pages if FOLDER in str(parse(book_html / r).loads)]
    assert "notebooks/01-generaties.html" in with_layer and "notebooks/portfolio.html" in with_layer
    assert "book/01-generaties.html" not in with_layer


def test_the_page_styles_are_in_the_books_stylesheet(book_html):
    rules = (book_html / FOLDER / "coursekit-page.css").read_text(encoding="utf-8")
    stylesheet = (book_html / "_static" / "boek.css").read_text(encoding="utf-8")
    assert ".ck-live" in rules and ".ck-live" in stylesheet


def test_the_shipped_page_layer_is_within_budget(book_html):
    files = sorted((book_html / FOLDER).iterdir())
    assert [path.name for path in files] == [
        "coursekit-catalog.js",
        "coursekit-lms.js",
        "coursekit-page.css",
        "coursekit-page.js",
        "coursekit-portfolio.js",
    ]
    sizes = {path.name: transfer_size(path) for path in files if path.name != "coursekit-catalog.js"}
    print(sizes)
    portfolio = sizes.pop("coursekit-portfolio.js")
    platform = sizes.pop("coursekit-lms.js")
    assert sum(gz for _, gz in sizes.values()) <= BUDGET, sizes
    assert portfolio[1] <= PORTFOLIO_BUDGET, portfolio
    assert platform[1] <= LMS_BUDGET, platform


def test_no_page_of_the_online_book_loads_the_learning_platforms_script(book_html, book_pages):
    """Only a SCORM package's pages (coursekit.lms) load it: outside a platform nothing changes."""
    assert not [page for page in book_pages if "coursekit-lms.js" in (book_html / page).read_text(encoding="utf-8")]
