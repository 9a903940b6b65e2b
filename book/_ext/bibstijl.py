"""Dutch citation style: "Ansell en Gash (2008)" instead of "Ansell and Gash (2008)", and
"(z.j.)" (zonder jaar) instead of the English "(n.d.)" for a source without a year.

Registers two pybtex plugins, selected in ``_config.yml``:

- ``author_year_nl`` (``bibtex_reference_style``): citations in the text;
- ``plain_nl`` (``bibtex_default_style``): the entries in the bibliographies.

A source without a year is allowed only when its entry says why (tests/test_data.py).

And, for a translated edition (``make book-en``), :class:`CitationIdsAfterTranslation`: every
citation in a translated paragraph keeps an id of its own, and the bibliography's back links point
at the citations that are on the page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pybtex.plugin
import sphinxcontrib.bibtex.plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import Node, first_of, names, node, optional, sentence
from pybtex.style.template import field as entry_field
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinxcontrib.bibtex.citation_target import parse_citation_targets
from sphinxcontrib.bibtex.roles import CitationRef
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


class CitationIdsAfterTranslation(SphinxTransform):
    """Citations in a translated paragraph: one id each, and the back links to them.

    Sphinx's ``Locale`` transform gives each cross-reference of a translated paragraph the attributes
    of the original one with the same target, ``ids`` included (``update_pending_xrefs`` in
    ``sphinx/transforms/i18n.py``). A source cited twice in one paragraph then has the same id twice
    (invalid HTML; epubcheck refuses the EPUB), and sphinxcontrib-bibtex's list of citations still
    holds the ids of the original paragraph's citations (and of the translation's, as they were
    parsed), so the bibliography's back links point at ids no element has. After the translation,
    every citation on the page gets an id of its own and the list holds the page's citations as they
    are now. A page whose citations are all in order (every Dutch page) is left as it is.
    """

    default_priority = 25  # after Locale (20), before the references are resolved

    def apply(self, **kwargs) -> None:
        cited = [xref for xref in self.document.findall(addnodes.pending_xref) if xref.get("refdomain") == "cite"]
        seen: set[str] = set()
        for xref in cited:
            if not xref.get("ids") or xref["ids"][0] in seen:
                xref["ids"] = []
                self.document.set_id(xref)
            seen.add(xref["ids"][0])
        domain = self.env.get_domain("cite")
        docname = self.env.docname
        listed = Counter(ref.citation_ref_id for ref in domain.citation_refs if ref.docname == docname)
        if listed == Counter(xref["ids"][0] for xref in cited):
            return
        domain.data["citation_refs"] = [ref for ref in domain.citation_refs if ref.docname != docname] + [
            CitationRef(
                citation_ref_id=xref["ids"][0],
                docname=docname,
                line=xref.line or 0,
                targets=list(parse_citation_targets(xref["reftarget"])),
            )
            for xref in cited
        ]


def setup(app):
    app.add_transform(CitationIdsAfterTranslation)
    sphinxcontrib.bibtex.plugin.register_plugin(
        "sphinxcontrib.bibtex.style.referencing", "author_year_nl", DutchAuthorYearReferenceStyle
    )
    pybtex.plugin.register_plugin("pybtex.style.formatting", "plain_nl", DutchPlainStyle)
    # env_version: the doctrees and the list of citations depend on the transform (read them again).
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.1", "env_version": 2}
