"""Case explorer: browse and compare the book's sourced Dutch cases of collaboration.

For chapter authors (chapter 3 uses it; chapter 10 may reuse it)::

    from coursekit.explorer import case_explorer

    case_explorer()                      # all cases, first case selected
    case_explorer(domain="water")        # start with one domain selected
    case_explorer(cases=["wassenaar", "energieakkoord"])        # start with these cases selected
    case_explorer(notebook="notebooks/10-meer-weten.ipynb")     # Binder link in the static form

Every argument is optional; ``domain`` is one of ``polderen``, ``lobby``, ``water``, ``crisis``.

Data (read and validated with :func:`coursekit.data.load_table`):

- ``data/casussen.csv``: one row per case (``id, naam, domein, jaar_start, jaar_eind,
  korte_omschrijving, bron, bron_detail``);
- ``data/casus_feiten.csv``: one row per fact (``casus_id, nr, kenmerk, waarde, eenheid, bron,
  bron_detail``).

``bron`` is a BibTeX key in ``book/references.bib``; the explorer shows it as a short reference
("Author (year). Title.") with a link when the entry has a ``url`` or ``doi``. To add a case, add a
row to both tables (and the key to the ``casus_id`` enum in ``data/casus_feiten.schema.json``); no
code changes are needed.

:func:`case_explorer` returns a :class:`CaseExplorer`. Its ``_repr_mimebundle_`` gives

- the live ipywidgets view (JupyterLab, Voila): dropdowns for domain and period, a multiple
  selection of cases, a timeline chart (matplotlib, with alt text and a text alternative) and a
  table of the facts of the selected cases with their sources;
- a static ``text/html`` form for the online book: a note that the filters work in Binder (with
  launch links from ``_config.yml``), the timeline of all cases, and the full case table and fact
  table as accessible HTML tables with captions.

The pure helpers (:func:`filter_cases`, :func:`facts_for`, :func:`timeline_png`,
:func:`static_html`, :func:`read_bibliography`) are public so that tests can use them.
"""

from __future__ import annotations

import base64
import html
import io
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from . import launch, paths, static
from .data import DataError, load_table
from .display import LiveAndStatic, Message
from .messages import (  # the Dutch texts: section "Case explorer" in messages.py
    EXPLORER_DOMAIN_LABELS as DOMAIN_LABELS,
    EXPLORER_ALL_DOMAINS as ALL_DOMAINS,
    EXPLORER_PERIODS as PERIODS,
    EXPLORER_TITLE as TITLE,
    EXPLORER_INTRO as INTRO,
    EXPLORER_LABEL_DOMAIN as LABEL_DOMAIN,
    EXPLORER_LABEL_PERIOD as LABEL_PERIOD,
    EXPLORER_LABEL_CASES as LABEL_CASES,
    EXPLORER_NO_CASES as NO_CASES,
    EXPLORER_NO_SELECTION as NO_SELECTION,
    EXPLORER_COUNT as COUNT,
    EXPLORER_CHART_ALT as CHART_ALT,
    EXPLORER_CHART_CAPTION as CHART_CAPTION,
    EXPLORER_CHART_AXIS as CHART_AXIS,
    EXPLORER_CHART_CLIPPED as CHART_CLIPPED,
    EXPLORER_CHART_SELECTED as CHART_SELECTED,
    EXPLORER_TEXT_ALTERNATIVE as TEXT_ALTERNATIVE,
    EXPLORER_YEARS_SPAN as YEARS_SPAN,
    EXPLORER_YEARS_FROM as YEARS_FROM,
    EXPLORER_CASES_CAPTION as CASES_CAPTION,
    EXPLORER_FACTS_CAPTION as FACTS_CAPTION,
    EXPLORER_SELECTED_CASES_CAPTION as SELECTED_CASES_CAPTION,
    EXPLORER_SELECTED_FACTS_CAPTION as SELECTED_FACTS_CAPTION,
    EXPLORER_ALL_FACTS_SUMMARY as ALL_FACTS_SUMMARY,
    EXPLORER_COL_CASE as COL_CASE,
    EXPLORER_COL_DOMAIN as COL_DOMAIN,
    EXPLORER_COL_YEARS as COL_YEARS,
    EXPLORER_COL_DESCRIPTION as COL_DESCRIPTION,
    EXPLORER_COL_SOURCE as COL_SOURCE,
    EXPLORER_COL_FEATURE as COL_FEATURE,
    EXPLORER_COL_VALUE as COL_VALUE,
    EXPLORER_SOURCE_PLACE as SOURCE_PLACE,
    EXPLORER_NO_YEAR as NO_YEAR,
    EXPLORER_STATIC_INTRO as STATIC_INTRO,
    EXPLORER_STATIC_OPEN_BINDER as STATIC_OPEN_BINDER,
    EXPLORER_UNKNOWN_DOMAIN as UNKNOWN_DOMAIN,
    EXPLORER_DATA_PROBLEM as DATA_PROBLEM,
    EXPLORER_UNKNOWN_CASES as UNKNOWN_CASES,
)

NOTEBOOK = "notebooks/03-kunnen-wij-dit.ipynb"


# --- Sources ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reference:
    """A BibTeX entry shown as a short reference."""

    key: str
    text: str
    url: str = ""


_ENTRY_START = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,", re.M)
_LATEX = (
    (r"{\"e}", "ë"), (r"\"e", "ë"), (r"{\'e}", "é"), (r"\'e", "é"), (r"{\'i}", "í"),
    (r"\'i", "í"), (r"{\'a}", "á"), (r"\'a", "á"), (r"{\o}", "ø"), (r"\o", "ø"),
    ("``", "“"), ("''", "”"), ("---", "—"), ("--", "–"), (r"\&", "&"),
)


def _read_value(text: str, start: int) -> tuple[str, int]:
    """Read a braced or quoted BibTeX value starting at ``start``; return (value, end)."""
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text):
        return "", start
    if text[start] == "{":
        depth, i = 0, start
        while i < len(text):
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    return text[start + 1:i], i + 1
            i += 1
        return text[start + 1:], len(text)
    if text[start] == '"':
        end = text.find('"', start + 1)
        end = len(text) if end < 0 else end
        return text[start + 1:end], end + 1
    match = re.match(r"[^,}\s]+", text[start:])
    value = match.group(0) if match else ""
    return value, start + len(value)


def _plain(value: str) -> str:
    """BibTeX text without braces and common LaTeX accents."""
    for latex, plain in _LATEX:
        value = value.replace(latex, plain)
    value = value.replace("{", "").replace("}", "")
    return " ".join(value.split())


def _entry_fields(body: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    pos = 0
    for match in re.finditer(r"(\w+)\s*=", body):
        if match.start() < pos:
            continue
        value, pos = _read_value(body, match.end())
        fields[match.group(1).lower()] = value
    return fields


_PARTICLES = re.compile(r"((?:\b(?:van|von|der|den|de|te|ter|het|'t)\b\s*)+)$")


def _authors(raw: str) -> str:
    """'Steen, Martijn van der and ...' -> 'Van der Steen e.a.'; a braced name stays whole."""
    raw = raw.strip()
    if raw.startswith("{") and raw.endswith("}") and raw.count("{") == 1:
        return _plain(raw)  # a corporate author such as {Onderzoeksraad voor Veiligheid}
    names = []
    for person in (p.strip() for p in re.split(r"\s+and\s+", raw) if p.strip()):
        person = _plain(person)
        if "," in person:
            last, first = (part.strip() for part in person.split(",", 1))
            particle = _PARTICLES.search(first)
            if particle and particle.group(1).strip():
                words = particle.group(1).strip()
                last = f"{words[0].upper()}{words[1:]} {last}"
        else:
            last = person.split()[-1] if person.split() else person
        names.append(last)
    if len(names) > 2:
        return f"{names[0]} e.a."
    return " & ".join(names)


def read_bibliography(bib_file: Path) -> dict[str, Reference]:
    """Short references for every entry in a BibTeX file (missing file: empty dict)."""
    try:
        text = bib_file.read_text(encoding="utf-8")
    except OSError:
        return {}
    starts = list(_ENTRY_START.finditer(text))
    references: dict[str, Reference] = {}
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        body = text[match.end():end]
        fields = _entry_fields(body)
        who = _authors(fields.get("author") or fields.get("editor") or "")
        year = _plain(fields.get("year", "")) or NO_YEAR
        title = _plain(fields.get("title", match.group(2)))
        url = _plain(fields.get("url", ""))
        if not url and fields.get("doi"):
            url = "https://doi.org/" + _plain(fields["doi"])
        ending = "" if title.endswith((".", "?", "!")) else "."  # no "Wat doet X?." or "Akkoord.."
        text_ref = f"{who} ({year}). {title}{ending}" if who else f"{title} ({year})."
        references[match.group(2)] = Reference(match.group(2), text_ref, url)
    return references


# --- Filtering -------------------------------------------------------------------------------

def _missing(value) -> bool:
    """True for None, NaN and pandas.NA (empty CSV cells)."""
    if value is None:
        return True
    try:
        import pandas

        return bool(pandas.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value) -> str:
    return "" if _missing(value) else str(value).strip()


def _int_or_none(value) -> int | None:
    if _missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _span(row) -> tuple[int, int]:
    start = int(row["jaar_start"])
    end = _int_or_none(row["jaar_eind"])
    return start, end if end is not None else start


def filter_cases(cases, domain: str = "", period: str = PERIODS[0][0]):
    """The cases (a DataFrame like ``casussen``) in ``domain`` ('' = all) that overlap ``period``.

    ``period`` is one of the labels in :data:`PERIODS`. A case overlaps a period when its years
    (``jaar_start`` to ``jaar_eind``, or just ``jaar_start``) share at least one year with it.
    Returned sorted by start year, then name.
    """
    bounds = {label: (low, high) for label, low, high in PERIODS}
    if period not in bounds:
        raise ValueError(f"Unknown period {period!r}; choose one of {list(bounds)}")
    low, high = bounds[period]
    mask = []
    for _, row in cases.iterrows():
        start, end = _span(row)
        in_domain = not domain or row["domein"] == domain
        in_period = (high is None or start <= high) and (low is None or end >= low)
        mask.append(bool(in_domain and in_period))
    subset = cases[mask] if len(cases) else cases
    return subset.sort_values(["jaar_start", "naam"]).reset_index(drop=True)


def facts_for(facts, case_ids: Iterable[str]):
    """The facts (a DataFrame like ``casus_feiten``) of the given cases, in the given order."""
    order = {case_id: index for index, case_id in enumerate(case_ids)}
    subset = facts[facts["casus_id"].isin(list(order))].copy()
    subset["_order"] = subset["casus_id"].map(order)
    return subset.sort_values(["_order", "nr"]).drop(columns="_order").reset_index(drop=True)


# --- Chart -----------------------------------------------------------------------------------

_DOMAIN_STYLE = {  # colour-blind safe colours (Okabe-Ito) and a hatch, so colour is not the only cue
    "polderen": ("#0072B2", ""),
    "lobby": ("#D55E00", "//"),
    "water": ("#009E73", ".."),
    "crisis": ("#CC79A7", "xx"),
}


def _sorted(cases):
    """Cases in time order (start year, then name)."""
    return cases.sort_values(["jaar_start", "naam"]).reset_index(drop=True)


def years_label(row) -> str:
    start = int(row["jaar_start"])
    end = _int_or_none(row["jaar_eind"])
    if end is None or end == start:
        return str(start)
    return YEARS_SPAN.format(start=start, end=end)


def _clip_year(starts: Sequence[int]) -> int | None:
    """A left axis limit that keeps one early outlier from squeezing the other cases."""
    ordered = sorted(set(starts))
    if len(ordered) >= 2 and ordered[1] - ordered[0] > 60:
        return ordered[1] - 10
    return None


def timeline_png(cases, selected: Iterable[str] = ()) -> bytes:
    """A PNG timeline of ``cases``: one horizontal bar per case, selected cases outlined."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    selected = set(selected)
    rows = list(_sorted(cases).iterrows())
    height = 1.5 + 0.55 * max(len(rows), 1)
    figure = Figure(figsize=(6.6, height), dpi=110, layout="constrained")
    axes = figure.subplots()
    starts = [int(row["jaar_start"]) for _, row in rows]
    ends = [_span(row)[1] for _, row in rows]
    clip = _clip_year(starts)
    left = (clip if clip is not None else min(starts, default=2000)) - 2
    right = max(ends, default=2020) + 2
    for position, (_, row) in enumerate(rows):
        start, end = _span(row)
        colour, hatch = _DOMAIN_STYLE.get(row["domein"], ("#777777", ""))
        shown_start = max(start, left + 1)
        width = max(end - shown_start, 0.8)
        chosen = row["id"] in selected
        axes.barh(position, width, left=shown_start, color=colour, hatch=hatch,
                  edgecolor="black" if chosen else colour, linewidth=2.0 if chosen else 0.5, height=0.6)
        if start < shown_start:
            axes.annotate("◀ " + CHART_CLIPPED.format(year=start), (shown_start, position),
                          xytext=(4, 0), textcoords="offset points", va="center", fontsize=9)
    labels = [
        textwrap.fill((row["naam"] + f" ({CHART_SELECTED})") if row["id"] in selected else row["naam"], 30)
        for _, row in rows
    ]
    axes.set_yticks(range(len(rows)), labels=[label.replace("$", r"\$") for label in labels], fontsize=10)
    for tick, (_, row) in zip(axes.get_yticklabels(), rows):
        if row["id"] in selected:
            tick.set_fontweight("bold")
    axes.invert_yaxis()
    axes.set_xlim(left, right)
    axes.set_xlabel(CHART_AXIS)
    axes.grid(axis="x", alpha=0.3)
    present = [d for d in DOMAIN_LABELS if d in set(cases["domein"])]
    figure.legend(
        handles=[Patch(facecolor=_DOMAIN_STYLE[d][0], hatch=_DOMAIN_STYLE[d][1], label=DOMAIN_LABELS[d])
                 for d in present],
        loc="outside upper center", ncol=min(max(len(present), 1), 2), fontsize=10, frameon=False,
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _chart_html(cases, selected: Iterable[str] = ()) -> str:
    if len(cases) == 0:
        return f"<p>{html.escape(NO_CASES)}</p>"
    selected = list(selected)
    cases = _sorted(cases)
    png = base64.b64encode(timeline_png(cases, selected)).decode("ascii")
    first = int(cases["jaar_start"].min())
    last = max(_span(row)[1] for _, row in cases.iterrows())
    alt = CHART_ALT.format(count=len(cases), first=first, last=last)
    items = "".join(
        f"<li>{html.escape(row['naam'])} ({html.escape(DOMAIN_LABELS.get(row['domein'], row['domein']).lower())}): "
        f"{html.escape(years_label(row))}{' — ' + CHART_SELECTED if row['id'] in selected else ''}</li>"
        for _, row in cases.iterrows()
    )
    return (
        '<figure class="coursekit-explorer-chart" style="margin:0">'
        f'<img src="data:image/png;base64,{png}" alt="{html.escape(alt)}" style="max-width:100%;height:auto">'
        f"<figcaption>{html.escape(CHART_CAPTION)}</figcaption></figure>"
        f"<p><strong>{html.escape(TEXT_ALTERNATIVE)}</strong></p><ol>{items}</ol>"
    )


# --- Tables ----------------------------------------------------------------------------------

def _source_html(key: str, detail, references: dict[str, Reference]) -> str:
    reference = references.get(key)
    if reference is None:
        text = html.escape(key)
    elif reference.url:
        text = f'<a href="{html.escape(reference.url)}">{html.escape(reference.text)}</a>'
    else:
        text = html.escape(reference.text)
    detail = _text(detail)
    if detail.startswith("http"):
        text += f' (<a href="{html.escape(detail)}">{SOURCE_PLACE}</a>)'
    elif detail:
        text += f" ({html.escape(detail)})"
    return text


def cases_table_html(cases, references: dict[str, Reference], caption: str = CASES_CAPTION) -> str:
    """An accessible HTML table of cases (caption, column headers, row headers)."""
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in
                   (COL_CASE, COL_DOMAIN, COL_YEARS, COL_DESCRIPTION, COL_SOURCE))
    body = "".join(
        "<tr>"
        f'<th scope="row">{html.escape(row["naam"])}</th>'
        f"<td>{html.escape(DOMAIN_LABELS.get(row['domein'], row['domein']))}</td>"
        f"<td>{html.escape(years_label(row))}</td>"
        f"<td>{html.escape(row['korte_omschrijving'])}</td>"
        f"<td>{_source_html(row['bron'], row['bron_detail'], references)}</td>"
        "</tr>"
        for _, row in cases.iterrows()
    )
    return (f'<table><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _value_text(row) -> str:
    return f"{_text(row['waarde'])} {_text(row['eenheid'])}".strip()


def facts_table_html(cases, facts, references: dict[str, Reference], caption: str = FACTS_CAPTION) -> str:
    """An accessible HTML table of the facts of ``cases`` (grouped per case, with sources)."""
    names = dict(zip(cases["id"], cases["naam"]))
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in (COL_CASE, COL_FEATURE, COL_VALUE, COL_SOURCE))
    rows = []
    for _, row in facts_for(facts, list(cases["id"])).iterrows():
        rows.append(
            "<tr>"
            f"<td>{html.escape(names.get(row['casus_id'], row['casus_id']))}</td>"
            f'<th scope="row">{html.escape(row["kenmerk"])}</th>'
            f"<td>{html.escape(_value_text(row))}</td>"
            f"<td>{_source_html(row['bron'], row['bron_detail'], references)}</td>"
            "</tr>"
        )
    return (f'<table><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


# --- Static form -----------------------------------------------------------------------------

def _launch_note(root: Path | None, notebook: str) -> str:
    """The toolkit's standard note: nothing can be done here, plus the Binder (and Voila) links."""
    links = launch.notebook_links(notebook, root) if root is not None else {}
    return static.launch_note(links, notebook, STATIC_OPEN_BINDER)


def static_html(cases, facts, references: dict[str, Reference], launch_note: str = "") -> str:
    """The static form for the online book: intro, launch note, timeline, case and fact tables."""
    cases = _sorted(cases)
    fact_count = len(facts_for(facts, cases["id"]))
    return (
        f'<div class="coursekit-static coursekit-explorer" lang="nl">{static.STYLE}'
        f"<{static.HEADING}>{html.escape(TITLE)}</{static.HEADING}>"
        f"<p>{html.escape(STATIC_INTRO)}</p>{launch_note}"
        f"{_chart_html(cases)}"
        f"{cases_table_html(cases, references)}"
        f"<details><summary>{html.escape(ALL_FACTS_SUMMARY.format(count=fact_count))}</summary>"
        f"{facts_table_html(cases, facts, references)}</details>"
        "</div>"
    )


def _wrap(content: str) -> str:
    """Widget HTML with the toolkit's table style."""
    return f'<div class="coursekit-static" lang="nl">{static.STYLE}{content}</div>'


# --- The explorer ----------------------------------------------------------------------------

@dataclass
class CaseExplorer:
    """Live widget view plus a static HTML form of the case tables (see the module docstring)."""

    cases: object
    facts: object
    references: dict[str, Reference] = field(default_factory=dict)
    domain: str = ""
    selected: tuple[str, ...] = ()
    notebook: str = NOTEBOOK
    root: Path | None = None
    _view: object = field(default=None, init=False, repr=False)

    def static_html(self) -> str:
        return static_html(self.cases, self.facts, self.references, _launch_note(self.root, self.notebook))

    def widget(self):
        """The ipywidgets view (built once)."""
        if self._view is None:
            self._view = self._build_widget()
        return self._view

    def _build_widget(self):
        import ipywidgets as widgets

        style = {"description_width": "initial"}
        domain = widgets.Dropdown(
            description=LABEL_DOMAIN,
            options=[(ALL_DOMAINS, "")] + [(label, key) for key, label in DOMAIN_LABELS.items()],
            value=self.domain, style=style, layout=widgets.Layout(width="auto"),
        )
        period = widgets.Dropdown(
            description=LABEL_PERIOD, options=[label for label, _, _ in PERIODS],
            value=PERIODS[0][0], style=style, layout=widgets.Layout(width="auto"),
        )
        choice = widgets.SelectMultiple(
            description=LABEL_CASES, options=[], rows=min(max(len(self.cases), 3), 9),
            style=style, layout=widgets.Layout(width="95%"),
        )
        count = widgets.HTML()
        chart = widgets.HTML()
        table = widgets.HTML()
        state = {"updating": False}

        def refresh_chart_and_table(*_):
            shown = filter_cases(self.cases, domain.value, period.value)
            chosen = [case_id for case_id in choice.value if case_id in set(shown["id"])]
            chart.value = _wrap(_chart_html(shown, chosen))
            if not chosen:
                table.value = _wrap(f"<p>{html.escape(NO_SELECTION if len(shown) else NO_CASES)}</p>")
                return
            picked = shown[shown["id"].isin(chosen)]
            picked = picked.set_index("id").loc[chosen].reset_index()
            table.value = _wrap(
                cases_table_html(picked, self.references, SELECTED_CASES_CAPTION)
                + facts_table_html(picked, self.facts, self.references, SELECTED_FACTS_CAPTION))

        def refresh_options(*_):
            shown = filter_cases(self.cases, domain.value, period.value)
            previous = set(choice.value)
            state["updating"] = True
            choice.options = [(row["naam"], row["id"]) for _, row in shown.iterrows()]
            keep = tuple(i for i in shown["id"] if i in previous)
            choice.value = keep or (tuple(shown["id"][:1]) if len(shown) else ())
            state["updating"] = False
            count.value = html.escape(COUNT.format(shown=len(shown), total=len(self.cases)))
            refresh_chart_and_table()

        def on_choice(change):
            if not state["updating"]:
                refresh_chart_and_table()

        domain.observe(refresh_options, names="value")
        period.observe(refresh_options, names="value")
        choice.observe(on_choice, names="value")
        refresh_options()
        if self.selected:
            wanted = tuple(i for i in self.selected if i in set(o[1] for o in choice.options))
            if wanted:
                choice.value = wanted
        return widgets.VBox(
            [widgets.HTML(f"<p><strong>{html.escape(TITLE)}</strong></p><p>{html.escape(INTRO)}</p>"),
             widgets.HBox([domain, period]), count, choice, chart, table],
            layout=widgets.Layout(width="100%"),
        )

    def _repr_mimebundle_(self, include=None, exclude=None, **kwargs):
        plain = f"{TITLE}: {len(self.cases)} casussen"
        return LiveAndStatic(self.widget(), self.static_html(), plain)._repr_mimebundle_(include, exclude)


def case_explorer(domain: str = "", cases: Sequence[str] = (), notebook: str = NOTEBOOK):
    """Explore the sourced cases in ``data/casussen.csv`` and ``data/casus_feiten.csv``.

    ``domain``: start with this domain selected ('' = all; ``polderen``, ``lobby``, ``water`` or
    ``crisis``). ``cases``: case ids to select at the start. ``notebook``: the notebook (path from
    the repository root) that the Binder link in the static form opens.

    Returns a :class:`CaseExplorer`; when the data cannot be read, a Dutch
    :class:`~coursekit.display.Message` that says what is wrong (no traceback).
    """
    if domain and domain not in DOMAIN_LABELS:
        return Message(UNKNOWN_DOMAIN.format(domain=domain, allowed=", ".join(DOMAIN_LABELS)))
    try:
        root = paths.project_root()
        case_table = load_table("casussen")
        fact_table = load_table("casus_feiten")
    except (DataError, paths.ProjectRootNotFound) as error:
        return Message(DATA_PROBLEM, (str(error),))
    unknown = sorted(set(fact_table["casus_id"]) - set(case_table["id"]))
    if unknown:
        return Message(DATA_PROBLEM, (UNKNOWN_CASES.format(ids=", ".join(unknown)),))
    references = read_bibliography(root / "book" / "references.bib")
    return CaseExplorer(case_table, fact_table, references, domain=domain, selected=tuple(cases),
                        notebook=notebook, root=root)
