"""Agreement between two codings of the case outcomes (issue 25: a second, independent coding).

Covers: Cohen's kappa and the percentage agreement on small synthetic codings with known
answers, the comparison of two coding tables (shared cases only, each disagreement with both
codes), the Dutch messages for a broken coding, and the second coding in data/ itself: its
overall outcome follows the criteria's rule, and every code rests on sources of that case's facts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas
import pytest

from coursekit.data import DataError, load_table
from coursekit.explorer import cases as case_module
from coursekit.explorer.agreement import DIMENSIONS, agreement, compare_codings, compare_with_first_coding
from coursekit.texts import agreement as texts

ROOT = Path(__file__).resolve().parents[2]


def coding(key: str, rows: list[tuple[str, str, str, str]]) -> pandas.DataFrame:
    return pandas.DataFrame(rows, columns=[key, *DIMENSIONS])


# --- Kappa and percentage on synthetic codings ----------------------------------------------------


def test_perfect_agreement_has_kappa_one():
    result = agreement("doelbereik", ["bereikt", "deels", "onbepaald"], ["bereikt", "deels", "onbepaald"])
    assert (result.cases, result.agreed, result.percent) == (3, 3, 100)
    assert result.kappa == pytest.approx(1)


def test_kappa_of_the_textbook_two_by_two_table():
    # 50 cases: both yes 20, first yes second no 5, first no second yes 10, both no 15.
    first = ["ja"] * 25 + ["nee"] * 25
    second = ["ja"] * 20 + ["nee"] * 5 + ["ja"] * 10 + ["nee"] * 15
    result = agreement("x", first, second)
    assert result.observed == pytest.approx(0.7)
    assert result.expected == pytest.approx(0.5)
    assert result.kappa == pytest.approx(0.4)


def test_agreement_no_better_than_chance_has_kappa_zero():
    result = agreement("x", ["a", "a", "b", "b"], ["a", "b", "a", "b"])
    assert result.percent == pytest.approx(50)
    assert result.kappa == pytest.approx(0)


def test_systematic_disagreement_has_negative_kappa():
    assert agreement("x", ["a", "b", "a", "b"], ["b", "a", "b", "a"]).kappa == pytest.approx(-1)


def test_kappa_is_undefined_when_both_coders_use_one_code():
    result = agreement("x", ["gemengd"] * 4, ["gemengd"] * 4)
    assert result.kappa is None and result.percent == 100


# --- Comparing two coding tables --------------------------------------------------------------------


FIRST = coding(
    "id",
    [
        ("a", "bereikt", "positief", "succes"),
        ("b", "deels", "gemengd", "gemengd"),
        ("c", "niet_bereikt", "onbepaald", "mislukt"),
        ("d", "bereikt", "onbepaald", "onbepaald"),
    ],
)
SECOND = coding(
    "casus_id",
    [
        ("c", "niet_bereikt", "onbepaald", "mislukt"),
        ("b", "niet_bereikt", "gemengd", "mislukt"),
        ("a", "bereikt", "positief", "succes"),
        ("e", "deels", "onbepaald", "gemengd"),
    ],
)


def test_compare_codings_uses_the_shared_cases_and_lists_each_disagreement():
    result = compare_codings(FIRST, SECOND)
    assert [(a.dimension, a.cases, a.agreed) for a in result.agreements] == [
        ("doelbereik", 3, 2),
        ("publieke_waarde", 3, 3),
        ("uitkomst", 3, 2),
    ]
    assert [(d.case, d.dimension, d.first, d.second) for d in result.disagreements] == [
        ("b", "doelbereik", "deels", "niet_bereikt"),
        ("b", "uitkomst", "gemengd", "mislukt"),
    ]
    assert (result.only_first, result.only_second) == (("d",), ("e",))


def test_the_tables_for_the_book_have_dutch_headers_and_rounded_figures():
    result = compare_codings(FIRST, SECOND)
    table = result.table()
    assert list(table[texts.COL_DIMENSION]) == ["Doelbereik", "Publieke waarde", "Uitkomst"]
    assert list(table[texts.COL_PERCENT]) == [67, 100, 67]
    # doelbereik: p_o = 2/3; first codes bereikt, deels, niet_bereikt; second bereikt, 2x niet_bereikt
    # p_e = (1*1 + 1*0 + 1*2) / 9 = 1/3, kappa = (2/3 - 1/3) / (2/3) = 0.5
    assert table[texts.COL_KAPPA].iloc[0] == 0.5
    disagreements = result.disagreement_table()
    assert list(disagreements.columns) == [texts.COL_CASE, texts.COL_DIMENSION, texts.COL_FIRST, texts.COL_SECOND]
    assert len(disagreements) == 2


def test_an_undefined_kappa_reads_as_not_applicable():
    same = coding("id", [("a", "bereikt", "positief", "succes"), ("b", "bereikt", "positief", "succes")])
    table = compare_codings(same, same.rename(columns={"id": "casus_id"})).table()
    assert list(table[texts.COL_KAPPA]) == [texts.KAPPA_UNDEFINED] * 3


def test_a_coding_without_a_dimension_column_gets_a_dutch_message_naming_it():
    with pytest.raises(DataError, match="eerste codering.*publieke_waarde"):
        compare_codings(FIRST.drop(columns=["publieke_waarde"]), SECOND)


def test_a_case_coded_twice_gets_a_dutch_message():
    twice = pandas.concat([SECOND, SECOND.iloc[:1]], ignore_index=True)
    with pytest.raises(DataError, match="tweede codering.*'c'.*meer dan eens"):
        compare_codings(FIRST, twice)


def test_an_empty_code_gets_a_dutch_message_naming_case_and_dimension():
    empty = SECOND.astype("string")
    empty.loc[0, "uitkomst"] = pandas.NA
    with pytest.raises(DataError, match="tweede codering.*'c'.*uitkomst"):
        compare_codings(FIRST, empty)


def test_codings_without_a_shared_case_are_refused():
    with pytest.raises(DataError, match="geen casus gemeen"):
        compare_codings(FIRST.iloc[3:], SECOND.iloc[:1])


# --- The data tables --------------------------------------------------------------------------------


def write_table(directory: Path, name: str, frame: pandas.DataFrame) -> None:
    fields = [{"name": column, "type": "string", "constraints": {"required": True}} for column in frame.columns]
    (directory / f"{name}.schema.json").write_text(json.dumps({"fields": fields}), encoding="utf-8")
    frame.to_csv(directory / f"{name}.csv", index=False)


def test_compare_with_first_coding_reads_both_tables_from_the_data_folder(tmp_path):
    write_table(tmp_path, "casussen", FIRST)
    write_table(tmp_path, "uitkomst_tweede_codering", SECOND)
    result = compare_with_first_coding(tmp_path)
    assert [a.agreed for a in result.agreements] == [2, 3, 2]


def test_compare_with_first_coding_names_the_file_that_lacks_the_codes(tmp_path):
    write_table(tmp_path, "casussen", FIRST[["id"]])
    write_table(tmp_path, "uitkomst_tweede_codering", SECOND)
    with pytest.raises(DataError, match=re.escape("data/casussen.csv (eerste codering)") + ".*doelbereik"):
        compare_with_first_coding(tmp_path)


def derived_outcome(goal: str, value: str) -> str:
    """The rule of dimension 'uitkomst' in the coding criteria (first rule that fits)."""
    derive = getattr(case_module, "derive_outcome", None)  # the package's rule, once merged
    if derive is not None:
        return derive(goal, value)
    if goal == "niet_bereikt" or value == "negatief":
        return "mislukt"
    if goal == "bereikt" and value == "positief":
        return "succes"
    if goal == "deels" or value == "gemengd":
        return "gemengd"
    return "onbepaald"


def test_the_outcome_rule_puts_harm_before_success():
    assert derived_outcome("bereikt", "negatief") == "mislukt"
    assert derived_outcome("bereikt", "onbepaald") == "onbepaald"
    assert derived_outcome("onbepaald", "gemengd") == "gemengd"


def test_second_coding_derives_each_outcome_by_the_rule():
    second = load_table("uitkomst_tweede_codering", ROOT / "data")
    wrong = [
        f"{row.casus_id}: {row.uitkomst}, volgens de regel {derived_outcome(row.doelbereik, row.publieke_waarde)}"
        for row in second.itertuples()
        if row.uitkomst != derived_outcome(row.doelbereik, row.publieke_waarde)
    ]
    assert not wrong, f"data/uitkomst_tweede_codering.csv: uitkomst volgt niet uit de regel: {wrong}"


def test_second_coding_cites_only_sources_of_the_cases_own_facts():
    """Every key behind a code is the source of a fact of that case (criterion 'bewijs').

    Runs once casus_feiten holds every coded case (after the branches with the split stikstof
    case and the five new cases are merged); until then it is skipped.
    """
    second = load_table("uitkomst_tweede_codering", ROOT / "data")
    facts = load_table("casus_feiten", ROOT / "data")
    missing = sorted(set(second["casus_id"]) - set(facts["casus_id"]))
    if missing:
        pytest.skip(f"casus_feiten mist nog casussen: {', '.join(missing)}")
    bibliography = (ROOT / "book" / "references.bib").read_text(encoding="utf-8")
    keys = set(re.findall(r"^@\w+\{([^,\s]+),", bibliography, re.M))
    problems = []
    for row in second.itertuples():
        own = set(facts.loc[facts["casus_id"] == row.casus_id, "bron"])
        for column in ("doelbereik_bronnen", "publieke_waarde_bronnen"):
            for key in getattr(row, column).split(";"):
                if key not in own or key not in keys:
                    problems.append(f"{row.casus_id}/{column}: {key}")
    assert not problems, (
        f"data/uitkomst_tweede_codering.csv: bron zonder feit van de casus of niet in references.bib: {problems}"
    )


def test_the_two_codings_in_the_book_cover_the_same_cases():
    """After the merge, every case of the second coding is also coded in casussen."""
    first = load_table("casussen", ROOT / "data")
    if "doelbereik" not in first.columns:
        pytest.skip("data/casussen.csv heeft nog geen kolom doelbereik (eerste codering nog niet samengevoegd)")
    result = compare_with_first_coding(ROOT / "data")
    assert result.only_second == (), f"alleen in de tweede codering: {result.only_second}"
    assert all(a.cases == len(load_table("uitkomst_tweede_codering", ROOT / "data")) for a in result.agreements)
