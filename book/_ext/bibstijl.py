"""Dutch citation style: "Ansell en Gash (2008)" instead of "Ansell and Gash (2008)".

Registers two pybtex plugins, selected in ``_config.yml``:

- ``author_year_nl`` (``bibtex_reference_style``): citations in the text;
- ``plain_nl`` (``bibtex_default_style``): the entries in the bibliographies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pybtex.plugin
import sphinxcontrib.bibtex.plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import names, sentence
from sphinxcontrib.bibtex.style.referencing import PersonStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle


def dutch_persons() -> PersonStyle:
    return PersonStyle(sep2=" en ", last_sep=" en ")


@dataclass
class DutchAuthorYearReferenceStyle(AuthorYearReferenceStyle):
    """Author-year citations with Dutch conjunctions."""

    person: PersonStyle = field(default_factory=dutch_persons)


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
