"""The book's citation style (book/_ext/bibstijl.py) is Dutch: "en" between two authors, and
"z.j." (zonder jaar) for a source without a year, never sphinxcontrib-bibtex's English "n.d.".

The built pages are checked too: tests/test_book_build.py::test_citations_without_a_year_print_zj.
"""

from __future__ import annotations

import pytest
import yaml
from pybtex.database import parse_string
from sphinxcontrib.bibtex.style.referencing import format_references
from sphinxcontrib.bibtex.style.template import SphinxReferenceInfo

import bibstijl  # book/_ext is on sys.path (tests/conftest.py)
from helpers import ROOT

ENTRIES = parse_string(
    "@misc{zonder, author = {Jansen, Jan and Pietersen, Piet}, title = {Zonder jaar},"
    " note = {Geen jaar op de pagina.}}\n"
    "@misc{met, author = {Jansen, Jan}, title = {Met jaar}, year = {2018}}\n",
    "bibtex",
).entries


def cite(role: str, key: str) -> str:
    """The text of a citation with ``role`` (p, t, year, ...) of one entry, as the book formats it."""
    info = SphinxReferenceInfo(None, "hoofdstuk", "hoofdstuk", "id1", None, "", "")
    style = bibstijl.DutchAuthorYearReferenceStyle()
    return str(format_references(style, role, [(ENTRIES[key], None, info)]))


def test_the_book_uses_the_dutch_citation_style():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert config["sphinx"]["config"]["bibtex_reference_style"] == "author_year_nl"
    assert "bibstijl" in config["sphinx"]["local_extensions"]


@pytest.mark.parametrize("role", ["p", "ps", "t", "ct", "ts", "year", "yearpar"])
def test_a_source_without_a_year_prints_zj_never_nd(role):
    text = cite(role, "zonder")
    assert "z.j." in text and "n.d." not in text, text


@pytest.mark.parametrize("role", ["p", "t", "year"])
def test_a_source_with_a_year_prints_its_year(role):
    text = cite(role, "met")
    assert "2018" in text and "z.j." not in text, text


def test_two_authors_are_joined_with_en():
    assert "Jansen en Pietersen" in cite("t", "zonder")
