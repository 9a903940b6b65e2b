"""Agreement between two independent codings of the case outcomes: percentage and Cohen's kappa.

Issue 25 asks for two codings of the outcomes by different coders, with their agreement
reported. The first coding is in ``data/casussen.csv`` (key ``id``), the second in
``data/uitkomst_tweede_codering.csv`` (key ``casus_id``); both code ``doelbereik``,
``publieke_waarde`` and the derived ``uitkomst`` by the criteria in ``data/uitkomst_criteria.csv``.

For a chapter notebook::

    from coursekit.explorer.agreement import compare_with_first_coding

    comparison = compare_with_first_coding()
    comparison.table()                 # per dimension: cases, agreed, %, chance %, kappa
    comparison.disagreement_table()    # each case and dimension where the coders differ

Cohen's kappa corrects the observed agreement ``p_o`` for the agreement expected by chance
``p_e`` (from each coder's own share of each code): ``kappa = (p_o - p_e) / (1 - p_e)``. When
``p_e`` is 1 (both coders gave every case the same single code) kappa is undefined (``None``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import DataError, load_table
from ..texts import agreement as texts
from .cases import missing

DIMENSIONS = ("doelbereik", "publieke_waarde", "uitkomst")
FIRST_TABLE = "casussen"
SECOND_TABLE = "uitkomst_tweede_codering"


@dataclass(frozen=True)
class Agreement:
    """The agreement of two coders on one dimension over the cases both coded."""

    dimension: str
    cases: int
    agreed: int
    observed: float  # p_o: share of cases with the same code
    expected: float  # p_e: share expected by chance, from each coder's code frequencies
    kappa: float | None  # None when p_e == 1 (undefined)

    @property
    def percent(self) -> float:
        return 100 * self.observed


@dataclass(frozen=True)
class Disagreement:
    case: str
    dimension: str
    first: str
    second: str


@dataclass(frozen=True)
class Comparison:
    """Agreement per dimension, the disagreements, and the cases only one coder coded."""

    agreements: tuple[Agreement, ...]
    disagreements: tuple[Disagreement, ...]
    only_first: tuple[str, ...] = ()
    only_second: tuple[str, ...] = ()

    def table(self) -> Any:
        """The agreement per dimension as a DataFrame with Dutch column headers."""
        import pandas

        return pandas.DataFrame(
            [
                {
                    texts.COL_DIMENSION: texts.DIMENSION_LABELS.get(a.dimension, a.dimension),
                    texts.COL_CASES: a.cases,
                    texts.COL_AGREED: a.agreed,
                    texts.COL_PERCENT: round(a.percent),
                    texts.COL_EXPECTED: round(100 * a.expected),
                    texts.COL_KAPPA: texts.KAPPA_UNDEFINED if a.kappa is None else round(a.kappa, 2),
                }
                for a in self.agreements
            ]
        )

    def disagreement_table(self) -> Any:
        """Each case and dimension where the two codings differ, as a DataFrame (Dutch headers)."""
        import pandas

        return pandas.DataFrame(
            [
                {
                    texts.COL_CASE: d.case,
                    texts.COL_DIMENSION: texts.DIMENSION_LABELS.get(d.dimension, d.dimension),
                    texts.COL_FIRST: d.first,
                    texts.COL_SECOND: d.second,
                }
                for d in self.disagreements
            ],
            columns=[texts.COL_CASE, texts.COL_DIMENSION, texts.COL_FIRST, texts.COL_SECOND],
        )


def agreement(dimension: str, first: Sequence[str], second: Sequence[str]) -> Agreement:
    """Percentage agreement and Cohen's kappa of two equally long lists of codes (same cases)."""
    if len(first) != len(second):
        raise ValueError(f"first and second must code the same cases ({len(first)} != {len(second)})")
    if not first:
        raise ValueError(texts.NO_SHARED_CASES)
    cases = len(first)
    agreed = sum(a == b for a, b in zip(first, second))
    observed = agreed / cases
    count_first, count_second = Counter(first), Counter(second)
    expected = sum(count_first[code] * count_second[code] for code in count_first) / cases**2
    kappa = None if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(dimension, cases, agreed, observed, expected, kappa)


def _codes(table: Any, key: str, dimensions: Iterable[str], coding: str) -> dict[str, dict[str, str]]:
    """{case: {dimension: code}}; raises DataError (Dutch) on a missing column, key or code."""
    for column in (key, *dimensions):
        if column not in table.columns:
            raise DataError(texts.MISSING_COLUMN.format(coding=coding, column=column))
    codes: dict[str, dict[str, str]] = {}
    for index in range(len(table)):
        case = table[key].iloc[index]
        if case in codes:
            raise DataError(texts.DUPLICATE_CASE.format(coding=coding, case=case))
        row = {}
        for dimension in dimensions:
            value = table[dimension].iloc[index]
            if missing(value) or str(value) == "":
                raise DataError(texts.EMPTY_CODE.format(coding=coding, case=case, dimension=dimension))
            row[dimension] = str(value)
        codes[str(case)] = row
    return codes


def compare_codings(
    first: Any,
    second: Any,
    dimensions: Sequence[str] = DIMENSIONS,
    first_key: str = "id",
    second_key: str = "casus_id",
    first_name: str = texts.FIRST,
    second_name: str = texts.SECOND,
) -> Comparison:
    """Compare two codings (DataFrames with a case key and one column per dimension).

    Only the cases in both are compared, in the order of ``first``; the others are listed in
    ``only_first`` and ``only_second``. Raises :class:`~coursekit.data.DataError` with a Dutch
    message naming the coding when a column is missing, a case appears twice, a code is empty, or
    the codings share no case.
    """
    one = _codes(first, first_key, dimensions, first_name)
    two = _codes(second, second_key, dimensions, second_name)
    shared = [case for case in one if case in two]
    if not shared:
        raise DataError(texts.NO_SHARED_CASES)
    agreements = tuple(
        agreement(dimension, [one[c][dimension] for c in shared], [two[c][dimension] for c in shared])
        for dimension in dimensions
    )
    disagreements = tuple(
        Disagreement(case, dimension, one[case][dimension], two[case][dimension])
        for case in shared
        for dimension in dimensions
        if one[case][dimension] != two[case][dimension]
    )
    return Comparison(
        agreements,
        disagreements,
        only_first=tuple(c for c in one if c not in two),
        only_second=tuple(c for c in two if c not in one),
    )


def compare_with_first_coding(directory: Path | None = None) -> Comparison:
    """The book's two codings compared: ``casussen`` (first) against ``uitkomst_tweede_codering``.

    ``directory`` is the data folder (default: the project's ``data/``). Raises
    :class:`~coursekit.data.DataError` (Dutch, naming the file) when a table cannot be read or
    lacks a coding column.
    """
    first = load_table(FIRST_TABLE, directory)
    second = load_table(SECOND_TABLE, directory)
    return compare_codings(
        first,
        second,
        first_name=texts.IN_FILE.format(file=f"data/{FIRST_TABLE}.csv", coding=texts.FIRST),
        second_name=texts.IN_FILE.format(file=f"data/{SECOND_TABLE}.csv", coding=texts.SECOND),
    )
