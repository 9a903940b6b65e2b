"""Dutch citation style: "Ansell en Gash (2008)" instead of "Ansell and Gash (2008)", and
"(z.j.)" (zonder jaar) instead of the English "(n.d.)" for a source without a year.

Registers two pybtex plugins, selected in ``_config.yml``:

- ``author_year_nl`` (``bibtex_reference_style``): citations in the text;
- ``plain_nl`` (``bibtex_default_style``): the entries in the bibliographies.

A source without a year is allowed only when its entry says why (tests/test_data.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pybtex.plugin
import sphinxcontrib.bibtex.plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import Node, first_of, names, node, optional, sentence
from pybtex.style.template import field as entry_field
from sphinxcontrib.bibtex.style import template
from sphinxcontrib.bibtex.style.referencing import PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle

NO_YEAR = "z.j."  # "zonder jaar": the Dutch for sphinxcontrib-bibtex's "n.d."


@node
def year_nl(children, data):
    """The entry's year, or "z.j." (sphinxcontrib-bibtex's ``year`` node prints "n.d.")."""
    assert not children
    return first_of[optional[entry_field("year")], NO_YEAR].format_data(data)


def dutch_years(tree):
    """A copy of a citation template with every ``year`` node replaced by :func:`year_nl`."""
    if not isinstance(tree, Node):
        return tree
    if tree.f is template.year.f:
        return year_nl
    copy = tree._clone()
    copy.args = [dutch_years(arg) for arg in tree.args]
    copy.children = [dutch_years(child) for child in tree.children]
    return copy


def dutch_persons() -> PersonStyle:
    return PersonStyle(sep2=" en ", last_sep=" en ")


@dataclass
class DutchAuthorYearReferenceStyle(AuthorYearReferenceStyle):
    """Author-year citations with Dutch conjunctions and "z.j." for a source without a year."""

    person: PersonStyle = field(default_factory=dutch_persons)

    def inner(self, role_name):
        return dutch_years(super().inner(role_name))


class DutchPlainStyle(PlainStyle):
    """pybtex's plain style with "en" between the last two names."""

    def format_names(self, role, as_sentence=True):
        formatted = names(role, sep=", ", sep2=" en ", last_sep=" en ")
        return sentence[formatted] if as_sentence else formatted


def setup(app):
    sphinxcontrib.bibtex.plugin.register_plugin(
        "sphinxcontrib.bibtex.style.referencing", "author_year_nl", DutchAuthorYearReferenceStyle
    )
    pybtex.plugin.register_plugin("pybtex.style.formatting", "plain_nl", DutchPlainStyle)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
