"""The cases and their facts as tables: domains, periods, filtering and the years of a case.

Data (read and checked with :func:`coursekit.data.load_table`): ``casussen`` (one row per case),
``casus_feiten`` (one row per fact), ``casus_domeinen`` (each domain's name and its style in the
timeline) and ``casus_perioden`` (the periods to filter on). To add a case or a domain, add rows to
these tables (and the key to the enums in their schemas); no code changes are needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..data import load_table
from ..texts import explorer


@dataclass(frozen=True)
class Domain:
    key: str
    name: str
    colour: str
    hatch: str


@dataclass(frozen=True)
class Period:
    name: str
    first: int | None
    last: int | None


def missing(value: Any) -> bool:
    """True for None, NaN and pandas.NA (empty CSV cells)."""
    if value is None:
        return True
    try:
        import pandas

        return bool(pandas.isna(value))
    except (TypeError, ValueError):
        return False


def text(value: Any) -> str:
    return "" if missing(value) else str(value).strip()


def whole(value: Any) -> int | None:
    if missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def domains() -> dict[str, Domain]:
    table = load_table("casus_domeinen")
    return {
        row["id"]: Domain(row["id"], row["naam"], row["kleur"], text(row["arcering"])) for _, row in table.iterrows()
    }


def periods() -> list[Period]:
    """'Alle jaren' first, then the periods of ``casus_perioden`` in their order."""
    table = load_table("casus_perioden")
    return [Period(explorer.ALL_YEARS, None, None)] + [
        Period(row["naam"], whole(row["van"]), whole(row["tot"])) for _, row in table.iterrows()
    ]


def span(row) -> tuple[int, int]:
    start = int(row["jaar_start"])
    end = whole(row["jaar_eind"])
    return start, end if end is not None else start


def years_label(row) -> str:
    start, end = span(row)
    return str(start) if end == start else explorer.YEARS_SPAN.format(start=start, end=end)


def in_time_order(cases):
    """Cases in time order (start year, then name)."""
    return cases.sort_values(["jaar_start", "naam"]).reset_index(drop=True)


# The two coding dimensions (data/uitkomst_criteria.csv) and the rule that derives the overall
# outcome from them: the rows of dimension 'uitkomst' there, applied in their order.
GOALS_NOT_MET = "niet_bereikt"
GOALS_MET = "bereikt"
PARTLY = ("deels", "gemengd")
VALUE_NEGATIVE = "negatief"
VALUE_POSITIVE = "positief"


def derive_outcome(goal_attainment: str, public_value: str) -> str:
    """The overall outcome code (column ``uitkomst``) from ``doelbereik`` and ``publieke_waarde``.

    In this order: 'mislukt' if the partners did not reach their goals or public value was harmed;
    'succes' if both are met; 'gemengd' if either is partial; otherwise 'onbepaald' (one dimension
    still lacks evidence). A partnership that served its partners but harmed public values is
    'mislukt' overall; its ``doelbereik`` still shows that it worked for the partners.
    """
    if goal_attainment == GOALS_NOT_MET or public_value == VALUE_NEGATIVE:
        return "mislukt"
    if goal_attainment == GOALS_MET and public_value == VALUE_POSITIVE:
        return "succes"
    if goal_attainment in PARTLY or public_value in PARTLY:
        return "gemengd"
    return "onbepaald"


def outcome_reason(goal_attainment: str, public_value: str) -> str:
    """Which rule of :func:`derive_outcome` applies: a key of ``texts.explorer.OUTCOME_REASONS``
    (the outcome, or for 'mislukt' which dimension made it so)."""
    outcome = derive_outcome(goal_attainment, public_value)
    if outcome != "mislukt":
        return outcome
    if goal_attainment == GOALS_NOT_MET and public_value == VALUE_NEGATIVE:
        return "mislukt_beide"
    return "mislukt_doel" if goal_attainment == GOALS_NOT_MET else "mislukt_waarde"


def source_keys(value: Any) -> list[str]:
    """The BibTeX keys of a sources cell ('a;b;c'), in order, without empty ones."""
    return [key.strip() for key in text(value).split(";") if key.strip()]


def filter_cases(cases, domain: str = "", period: Period | None = None, outcome: str = ""):
    """The cases (a DataFrame like ``casussen``) in ``domain`` ('' = all) that overlap ``period``
    (None = all years), with ``outcome`` ('' = any). A case overlaps a period when its years share
    at least one year with it. Returned in time order."""
    low, high = (period.first, period.last) if period else (None, None)
    mask = []
    for _, row in cases.iterrows():
        start, end = span(row)
        in_domain = not domain or row["domein"] == domain
        in_period = (high is None or start <= high) and (low is None or end >= low)
        with_outcome = not outcome or ("uitkomst" in row and row["uitkomst"] == outcome)
        mask.append(bool(in_domain and in_period and with_outcome))
    subset = cases[mask] if len(cases) else cases
    return in_time_order(subset)


def facts_for(facts, case_ids: Iterable[str]):
    """The facts (a DataFrame like ``casus_feiten``) of the given cases, in the given order."""
    order = {case_id: index for index, case_id in enumerate(case_ids)}
    subset = facts[facts["casus_id"].isin(list(order))].copy()
    subset["_order"] = subset["casus_id"].map(order)
    return subset.sort_values(["_order", "nr"]).drop(columns="_order").reset_index(drop=True)
