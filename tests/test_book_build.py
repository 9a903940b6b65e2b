"""The book builds without a single warning, and the built pages give readers what they need.

Checks on every built page (lang="nl", nothing from other hosts, no widget scripts, links,
alt text) live in tests/browser/test_site_files.py. The build comes from the `book_build` fixture
in tests/conftest.py: the one `make book` runs (same flags, same _build folder and jupyter-cache),
made once per test run and shared with tests/browser.
"""

from __future__ import annotations

import re

import pytest

from helpers import ROOT, exercise_notebooks, page_of

pytestmark = pytest.mark.slow
HTML = ROOT / "_build" / "html"


@pytest.fixture(scope="module")
def build(book_build):
    return book_build


def test_book_builds_without_warnings(build):
    output = build.stdout + build.stderr
    # Sphinx's own format ("file:line: WARNING: ..."); a kernel's log line "[IPKernelApp]
    # WARNING | ..." during execution is not a problem with the book.
    warnings = [line for line in output.splitlines() if re.search(r"\b(WARNING|ERROR|CRITICAL):", line)]
    assert build.returncode == 0 and not warnings, "\n".join(warnings) or output[-3000:]


def test_notebook_pages_have_a_binder_launch_button(build):
    for notebook in exercise_notebooks():
        page = page_of(notebook)
        html = page.read_text(encoding="utf-8")
        assert "mybinder.org/v2/gh/" in html, f"{page.name}: geen Binder-knop"
        assert "urlpath=lab/tree/notebooks" in html, f"{page.name}: knop opent geen JupyterLab"


def test_exercises_show_a_static_form_on_the_page(build):
    """No empty gap where a widget would be: the static form and a way to do the exercise."""
    for notebook in exercise_notebooks():
        html = page_of(notebook).read_text(encoding="utf-8")
        assert "coursekit-static" in html, f"{notebook.stem}: geen statische oefening op de pagina"


def test_execution_table_lists_every_notebook(build):
    html = (HTML / "book" / "uitvoering.html").read_text(encoding="utf-8")
    for notebook in exercise_notebooks():
        docname = notebook.relative_to(ROOT).with_suffix("").as_posix()
        assert docname in html, f"{docname} niet in de uitvoeringstabel"

