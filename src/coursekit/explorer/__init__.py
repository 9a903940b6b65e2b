"""Case explorer: browse and compare the book's sourced Dutch cases of collaboration.

For chapter notebooks (chapters 3, 5 and 10 use it)::

    from coursekit.explorer import case_explorer

    case_explorer(notebook="notebooks/03-kunnen-wij-dit.ipynb")          # all cases
    case_explorer(domain="crisis", cases=["corona"], notebook="notebooks/05-corona.ipynb")

``notebook`` is the notebook the static form's Binder link opens (the one that calls it);
``domain`` is a key of ``data/casus_domeinen.csv``; ``cases`` are case ids to select at the start.

The data is described in :mod:`coursekit.explorer.cases`. ``bron`` is a BibTeX key in
``book/references.bib``, shown as a short reference with a link when the entry has a ``url`` or
``doi`` (:mod:`coursekit.explorer.references`). :func:`case_explorer` returns a
:class:`CaseExplorer`, whose ``_repr_mimebundle_`` gives the live ipywidgets view (JupyterLab,
Voila: filters for domain, period and outcome, a multiple selection of cases, a timeline with alt
text and a text version, how the outcome of each chosen case is coded, and its facts with their sources)
and a static ``text/html`` form for the online book (all cases, the coding of each and all their
facts).

The coding of a case (columns ``doel_partners`` to ``uitkomst`` of ``casussen``) shows the two
dimensions with their reasoning and sources, the peiljaar, and the derived outcome with the rule
that gives it; it points to the criteria in chapter 3 (:data:`CRITERIA_PAGE`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import launch, paths, render, static
from ..data import DataError, load_table
from ..display import LiveAndStatic, Message
from ..render.charts import data_uri
from ..texts import explorer
from .cases import (
    Domain,
    Period,
    domains,
    facts_for,
    filter_cases,
    in_time_order,
    outcome_reason,
    periods,
    source_keys,
    span,
    text,
    whole,
    years_label,
)
from .references import Reference, read_bibliography
from .timeline import timeline_png

__all__ = ["CaseExplorer", "case_explorer"]

# The criteria for coding outcomes: the section labelled h03-uitkomsten-coderen in chapter 3,
# as a path in the built book. The static form sits on a notebook page (notebooks/...), so it
# links relatively; the live view links to the published book (html.baseurl in _config.yml).
CRITERIA_PAGE = "book/03-kunnen-wij-dit.html#h03-uitkomsten-coderen"
STATIC_CRITERIA_URL = "../" + CRITERIA_PAGE


def _macro(name: str, **context: Any) -> str:
    return render.macro(name, "explorer.html", **context)


def _source(key: str, detail: Any, references: dict[str, Reference]) -> dict:
    reference = references.get(key)
    place = text(detail)
    return {
        "text": reference.text if reference else key,
        "url": reference.url if reference else "",
        "place_url": place if place.startswith("http") else "",
        "place": "" if place.startswith("http") else place,
    }


def _has_outcome(cases) -> bool:
    return "uitkomst" in cases.columns


CODING_COLUMNS = ("doel_partners", "doelbereik", "publieke_waarde", "peiljaar", "uitkomst")


def _has_coding(cases) -> bool:
    return all(column in cases.columns for column in CODING_COLUMNS)


def coding_html(cases, references: dict[str, Reference], criteria_url: str = "", heading: str = "h4") -> str:
    """How the outcome of each of ``cases`` is coded: the partners' goals, the two dimensions with
    their reasoning and sources, the peiljaar and the derived outcome, with a pointer to the
    criteria (a link when ``criteria_url`` is given). ``heading``: the tag of each case's heading."""
    if not _has_coding(cases):
        return ""
    rows = []
    for _, row in cases.iterrows():
        goal, value = text(row["doelbereik"]), text(row["publieke_waarde"])
        outcome = text(row["uitkomst"])
        year = whole(row["peiljaar"])
        rows.append(
            {
                "id": row["id"],
                "title": explorer.CODING_CASE.format(
                    name=row["naam"], outcome=explorer.OUTCOME_LABELS.get(outcome, outcome)
                ),
                "goals": text(row["doel_partners"]),
                "goal_label": explorer.LABEL_GOAL_ATTAINMENT.format(code=explorer.GOAL_LABELS.get(goal, goal)),
                "goal_reasoning": text(row.get("doelbereik_toelichting")),
                "goal_sources": [_source(key, "", references) for key in source_keys(row.get("doelbereik_bronnen"))],
                "value_label": explorer.LABEL_PUBLIC_VALUE.format(code=explorer.VALUE_LABELS.get(value, value)),
                "value_reasoning": text(row.get("publieke_waarde_toelichting")),
                "value_sources": [
                    _source(key, "", references) for key in source_keys(row.get("publieke_waarde_bronnen"))
                ],
                "year": explorer.REFERENCE_YEAR.format(year=year) if year is not None else "",
                "reason": explorer.OUTCOME_REASONS[outcome_reason(goal, value)],
            }
        )
    return _macro("coding", rows=rows, criteria_url=criteria_url, heading=heading)


def chart_html(cases, domain_styles: dict[str, Domain], selected: Iterable[str] = ()) -> str:
    if len(cases) == 0:
        return render.macro("p", text=explorer.NO_CASES)
    selected = list(selected)
    cases = in_time_order(cases)
    first = int(cases["jaar_start"].min())
    last = max(span(row)[1] for _, row in cases.iterrows())
    items = []
    for _, row in cases.iterrows():
        domain = domain_styles[row["domein"]].name if row["domein"] in domain_styles else row["domein"]
        chosen = f" — {explorer.CHART_SELECTED}" if row["id"] in selected else ""
        items.append(f"{row['naam']} ({domain.lower()}): {years_label(row)}{chosen}")
    return _macro(
        "chart",
        src=data_uri(timeline_png(cases, domain_styles, selected)),
        alt=explorer.CHART_ALT.format(count=len(cases), first=first, last=last),
        items=items,
    )


def cases_table_html(
    cases, references: dict[str, Reference], domain_styles: dict[str, Domain], caption: str = explorer.CASES_CAPTION
) -> str:
    """An accessible table of cases (caption, column headers, row headers)."""
    rows = [
        {
            "name": row["naam"],
            "domain": domain_styles[row["domein"]].name if row["domein"] in domain_styles else row["domein"],
            "outcome": explorer.OUTCOME_LABELS.get(row["uitkomst"], row["uitkomst"]) if _has_outcome(cases) else "",
            "years": years_label(row),
            "description": row["korte_omschrijving"],
            "source": _source(row["bron"], row["bron_detail"], references),
        }
        for _, row in cases.iterrows()
    ]
    return _macro("cases_table", caption=caption, rows=rows, with_outcome=_has_outcome(cases))


def facts_table_html(cases, facts, references: dict[str, Reference], caption: str = explorer.FACTS_CAPTION) -> str:
    """An accessible table of the facts of ``cases`` (grouped per case, with sources)."""
    names = dict(zip(cases["id"], cases["naam"]))
    rows = [
        {
            "case": names.get(row["casus_id"], row["casus_id"]),
            "feature": row["kenmerk"],
            "value": f"{text(row['waarde'])} {text(row['eenheid'])}".strip(),
            "source": _source(row["bron"], row["bron_detail"], references),
        }
        for _, row in facts_for(facts, list(cases["id"])).iterrows()
    ]
    return _macro("facts_table", caption=caption, rows=rows)


def static_html(
    cases, facts, references: dict[str, Reference], domain_styles: dict[str, Domain], launch_note: str = ""
) -> str:
    """The static form for the online book: intro, launch note, timeline, case table, the coding
    of each case and the fact table."""
    cases = in_time_order(cases)
    fact_count = len(facts_for(facts, cases["id"]))
    return _macro(
        "page",
        style=render.markup(static.STYLE),
        heading=static.HEADING,
        note=render.markup(launch_note),
        chart_html=render.markup(chart_html(cases, domain_styles)),
        cases_html=render.markup(cases_table_html(cases, references, domain_styles)),
        coding_html=render.markup(coding_html(cases, references, STATIC_CRITERIA_URL, CASE_HEADING)),
        facts_summary=explorer.ALL_FACTS_SUMMARY.format(count=fact_count),
        facts_html=render.markup(facts_table_html(cases, facts, references)),
    )


# Each case's coding gets a heading one level under the notebook's ### exercise heading (h3 on the page).
CASE_HEADING = "h4"


def _wrap(content: str) -> str:
    return _macro("wrap", style=render.markup(static.STYLE), content=render.markup(content))


@dataclass
class CaseExplorer:
    """Live widget view plus a static HTML form of the case tables (see the module docstring)."""

    cases: Any
    facts: Any
    references: dict[str, Reference] = field(default_factory=dict)
    domains: dict[str, Domain] = field(default_factory=dict)
    periods: list[Period] = field(default_factory=list)
    domain: str = ""
    selected: tuple[str, ...] = ()
    notebook: str = ""
    root: Path | None = None
    _view: Any = field(default=None, init=False, repr=False)

    def static_html(self) -> str:
        links = launch.notebook_links(self.notebook, self.root) if self.root is not None and self.notebook else {}
        note = static.launch_note(links, self.notebook, explorer.STATIC_OPEN_BINDER) if self.notebook else ""
        return static_html(self.cases, self.facts, self.references, self.domains, note)

    def criteria_url(self) -> str:
        """The published chapter 3 section with the coding criteria ('' if the book has no address)."""
        return launch.book_page_url(CRITERIA_PAGE, self.root) if self.root is not None else ""

    def widget(self) -> Any:
        """The ipywidgets view (built once)."""
        if self._view is None:
            self._view = self._build_widget()
        return self._view

    def _build_widget(self) -> Any:
        import ipywidgets as widgets

        style = {"description_width": "initial"}
        domain = widgets.Dropdown(
            description=explorer.LABEL_DOMAIN,
            options=[(explorer.ALL_DOMAINS, "")] + [(d.name, key) for key, d in self.domains.items()],
            value=self.domain,
            style=style,
            layout=widgets.Layout(width="auto"),
        )
        by_name = {one.name: one for one in self.periods}
        period = widgets.Dropdown(
            description=explorer.LABEL_PERIOD,
            options=list(by_name),
            value=self.periods[0].name,
            style=style,
            layout=widgets.Layout(width="auto"),
        )
        filters = [domain, period]
        outcome = widgets.Dropdown(
            description=explorer.LABEL_OUTCOME,
            options=[(explorer.ALL_OUTCOMES, "")] + [(label, key) for key, label in explorer.OUTCOME_LABELS.items()],
            value="",
            style=style,
            layout=widgets.Layout(width="auto"),
        )
        if _has_outcome(self.cases):
            filters.append(outcome)
        choice = widgets.SelectMultiple(
            description=explorer.LABEL_CASES,
            options=[],
            rows=min(max(len(self.cases), 3), 9),
            style=style,
            layout=widgets.Layout(width="95%"),
        )
        count, chart, table = widgets.HTML(), widgets.HTML(), widgets.HTML()
        state = {"updating": False}

        def shown_cases():
            return filter_cases(self.cases, domain.value, by_name[period.value], outcome.value)

        def refresh_chart_and_table(*_: Any) -> None:
            shown = shown_cases()
            chosen = [case_id for case_id in choice.value if case_id in set(shown["id"])]
            chart.value = _wrap(chart_html(shown, self.domains, chosen))
            if not chosen:
                table.value = _wrap(render.macro("p", text=explorer.NO_SELECTION if len(shown) else explorer.NO_CASES))
                return
            picked = shown[shown["id"].isin(chosen)].set_index("id").loc[chosen].reset_index()
            table.value = _wrap(
                cases_table_html(picked, self.references, self.domains, explorer.SELECTED_CASES_CAPTION)
                + coding_html(picked, self.references, self.criteria_url(), "h4")
                + facts_table_html(picked, self.facts, self.references, explorer.SELECTED_FACTS_CAPTION)
            )

        def refresh_options(*_: Any) -> None:
            shown = shown_cases()
            previous = set(choice.value)
            state["updating"] = True
            choice.options = [(row["naam"], row["id"]) for _, row in shown.iterrows()]
            keep = tuple(i for i in shown["id"] if i in previous)
            choice.value = keep or (tuple(shown["id"][:1]) if len(shown) else ())
            state["updating"] = False
            count.value = render.macro("p", text=explorer.COUNT.format(shown=len(shown), total=len(self.cases)))
            refresh_chart_and_table()

        def on_choice(change: Any) -> None:
            if not state["updating"]:
                refresh_chart_and_table()

        for control in filters:
            control.observe(refresh_options, names="value")
        choice.observe(on_choice, names="value")
        refresh_options()
        if self.selected:
            wanted = tuple(i for i in self.selected if i in {o[1] for o in choice.options})
            if wanted:
                choice.value = wanted
        return widgets.VBox(
            [widgets.HTML(_macro("intro")), widgets.HBox(filters), count, choice, chart, table],
            layout=widgets.Layout(width="100%"),
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None, **kwargs: Any) -> dict:
        plain = f"{explorer.TITLE}: {len(self.cases)} casussen"
        return LiveAndStatic(self.widget(), self.static_html(), plain)._repr_mimebundle_(include, exclude)


def case_explorer(domain: str = "", cases: Sequence[str] = (), notebook: str = "") -> CaseExplorer | Message:
    """Explore the sourced cases in ``data/`` (see the module docstring).

    Returns a :class:`CaseExplorer`; when the data cannot be read, a Dutch
    :class:`~coursekit.display.Message` that says what is wrong (no traceback).
    """
    try:
        root = paths.project_root()
        case_table = load_table("casussen")
        fact_table = load_table("casus_feiten")
        domain_styles = domains()
        period_list = periods()
    except (DataError, paths.ProjectRootNotFound) as error:
        return Message(explorer.DATA_PROBLEM, (str(error),))
    if domain and domain not in domain_styles:
        return Message(explorer.UNKNOWN_DOMAIN.format(domain=domain, allowed=", ".join(domain_styles)))
    unknown = sorted(set(fact_table["casus_id"]) - set(case_table["id"]))
    if unknown:
        return Message(explorer.DATA_PROBLEM, (explorer.UNKNOWN_CASES.format(ids=", ".join(unknown)),))
    references = read_bibliography(root / "book" / "references.bib")
    return CaseExplorer(
        case_table,
        fact_table,
        references,
        domain_styles,
        period_list,
        domain=domain,
        selected=tuple(cases),
        notebook=notebook,
        root=root,
    )
