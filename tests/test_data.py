"""Facts in data/: every table matches its schema, and every fact names a source that exists."""

from __future__ import annotations

import re

import pytest

from coursekit.data import DataError, load_table, table_names
from helpers import BOOK, DATA


def bib_keys() -> set[str]:
    text = (BOOK / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, re.M))


def test_every_csv_has_a_schema_and_every_schema_a_csv():
    csvs = {p.stem for p in DATA.glob("*.csv")}
    schemas = {p.name.removesuffix(".schema.json") for p in DATA.glob("*.schema.json")}
    assert csvs == schemas, f"zonder schema: {csvs - schemas}; zonder tabel: {schemas - csvs}"


@pytest.mark.parametrize("name", table_names())
def test_table_matches_its_schema(name):
    table = load_table(name)  # raises DataError naming file, row and column
    assert len(table) > 0, f"data/{name}.csv is leeg"


@pytest.mark.parametrize("name", table_names())
def test_every_source_is_in_the_bibliography(name):
    table = load_table(name)
    keys = bib_keys()
    if "bron" in table.columns:
        unknown = sorted(set(table["bron"].dropna()) - keys)
        assert not unknown, f"data/{name}.csv: bronnen niet in references.bib: {unknown}"


def test_a_malformed_table_names_file_row_and_column(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "_config.yml").write_text("title: test\n", encoding="utf-8")
    schema = (DATA / "opgaven.schema.json").read_text(encoding="utf-8")
    (tmp_path / "data" / "opgaven.schema.json").write_text(schema, encoding="utf-8")
    rows = (DATA / "opgaven.csv").read_text(encoding="utf-8").splitlines()
    rows[3] = rows[3].replace("Ambacht 1.0", "Ambacht 9.9")  # third data row
    (tmp_path / "data" / "opgaven.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("COURSEKIT_ROOT", str(tmp_path))
    with pytest.raises(DataError) as caught:
        load_table("opgaven")
    message = str(caught.value)
    assert "opgaven.csv" in message and "generatie" in message and "3" in message


def test_cases_include_failures_and_every_case_has_an_outcome():
    """The case set is not a collection of good practices: failures are described too."""
    cases = load_table("casussen")
    assert cases["uitkomst"].notna().all(), "data/casussen.csv: casussen zonder uitkomst"
    outcomes = set(cases["uitkomst"])
    assert {"succes", "mislukt"} <= outcomes, f"data/casussen.csv: alleen {sorted(outcomes)}"


def test_every_case_has_sourced_facts_and_failures_in_depth():
    """Each case is described with several facts, and the failure cases in depth."""
    cases = load_table("casussen")
    facts = load_table("casus_feiten")
    for row in cases.itertuples():
        case_id = row.id
        own = facts[facts["casus_id"] == case_id]
        assert len(own) >= 3, f"{case_id}: minder dan drie feiten"
        assert own["bron"].notna().all(), f"{case_id}: feiten zonder bron"
        if row.uitkomst == "mislukt":
            assert len(own) >= 10, f"{case_id}: een mislukte casus hoort diepgaand beschreven"
