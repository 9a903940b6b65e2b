"""The page layer is small: what it adds to an exercise page stays within a fixed byte budget.

Counted as a gzip-compressing web server (such as GitHub Pages) sends it: the script (minified by
terser, as the book build does once `npm ci` has installed it) and the stylesheet. The portfolio
script (the export and the import, coursekit-portfolio.js) is loaded only when a learner exports or
imports, and has a budget of its own. Deterministic, so it can be a test; `pytest -s` prints the
figures.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from coursekit import page

pytestmark = pytest.mark.slow  # terser takes a few seconds
ROOT = Path(__file__).resolve().parents[2]
BUDGET = 25_000  # bytes, gzip: the script and the stylesheet together
PORTFOLIO_BUDGET = 12_500  # bytes, gzip: the portfolio script, loaded on the first export or import
BOOK = "https://github.com/ambtelijk-vakmanschap/opgavegericht-werken"


def sent(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0))


@pytest.fixture(scope="module")
def bundle() -> page.Bundle:
    terser = page.find_terser(ROOT)
    if terser is None:
        message = "terser is missing: run `npm ci` in the repository root (package.json pins it)"
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return page.build(BOOK, terser)


def test_an_exercise_page_gets_at_most_25_kb_gzip_of_script_and_style(bundle):
    script, stylesheet = sent(bundle.script), sent(bundle.stylesheet)
    print(
        f"\npage layer: script {len(bundle.script):,} bytes ({script:,} gzip), "
        f"stylesheet {len(bundle.stylesheet):,} bytes ({stylesheet:,} gzip), together {script + stylesheet:,} gzip"
    )
    assert script + stylesheet <= BUDGET, f"{script + stylesheet:,} bytes gzip; budget {BUDGET:,}"


def test_the_portfolio_script_is_within_its_own_budget(bundle):
    portfolio = sent(bundle.portfolio)
    print(f"\nportfolio script: {len(bundle.portfolio):,} bytes ({portfolio:,} gzip)")
    assert portfolio <= PORTFOLIO_BUDGET, f"{portfolio:,} bytes gzip; budget {PORTFOLIO_BUDGET:,}"
