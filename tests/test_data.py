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


# --- Outcome coding (data/uitkomst_criteria.csv, chapter 3) ------------------------------------

CODED = ("doelbereik", "publieke_waarde")


def bib_years() -> dict[str, int]:
    text = (BOOK / "references.bib").read_text(encoding="utf-8")
    years = {}
    for key, body in re.findall(r"^@\w+\{([^,\s]+),(.*?)^\}", text, re.M | re.S):
        found = re.search(r"^\s*year\s*=\s*\{(\d{4})\}", body, re.M)
        if found:
            years[key] = int(found.group(1))
    return years


def test_the_codes_in_the_cases_are_the_codes_in_the_published_criteria():
    criteria = load_table("uitkomst_criteria")
    cases = load_table("casussen")
    for dimension in (*CODED, "uitkomst"):
        published = set(criteria[criteria["dimensie"] == dimension]["code"])
        used = set(cases[dimension])
        assert used <= published, f"data/casussen.csv, {dimension}: codes zonder criterium: {used - published}"
        assert published, f"data/uitkomst_criteria.csv: geen criteria voor {dimension}"


def test_every_code_carries_its_reasoning_and_sources_that_are_facts_of_the_case():
    """A code without reasoning, with an unknown source key, or with a source that backs no fact of
    the case, fails: the evidence behind a code can be checked in casus_feiten."""
    cases = load_table("casussen")
    facts = load_table("casus_feiten")
    keys = bib_keys()
    for row in cases.to_dict("records"):
        own_sources = set(facts[facts["casus_id"] == row["id"]]["bron"])
        assert len(str(row["doel_partners"]).split()) >= 8, f"{row['id']}: doel_partners te kort"
        for dimension in CODED:
            reasoning = str(row[f"{dimension}_toelichting"])
            assert len(reasoning.split()) >= 12, f"{row['id']}: {dimension} zonder echte toelichting"
            sources = str(row[f"{dimension}_bronnen"]).split(";")
            unknown = sorted(set(sources) - keys)
            assert not unknown, f"{row['id']}: {dimension}_bronnen niet in references.bib: {unknown}"
            unbacked = sorted(set(sources) - own_sources)
            assert not unbacked, f"{row['id']}: {dimension}_bronnen zonder feit in casus_feiten: {unbacked}"


def test_the_overall_outcome_follows_from_the_two_dimensions():
    from coursekit.explorer.cases import derive_outcome

    cases = load_table("casussen")
    for row in cases.to_dict("records"):
        expected = derive_outcome(row["doelbereik"], row["publieke_waarde"])
        assert row["uitkomst"] == expected, f"{row['id']}: uitkomst {row['uitkomst']}, volgens de regels {expected}"


def test_the_rule_for_the_overall_outcome():
    """The published rule: public harm makes a failure even when the partners reached their goal."""
    from coursekit.explorer.cases import derive_outcome

    assert derive_outcome("bereikt", "negatief") == "mislukt"
    assert derive_outcome("niet_bereikt", "onbepaald") == "mislukt"
    assert derive_outcome("bereikt", "positief") == "succes"
    assert derive_outcome("deels", "positief") == "gemengd"
    assert derive_outcome("onbepaald", "gemengd") == "gemengd"
    assert derive_outcome("bereikt", "onbepaald") == "onbepaald"


def test_the_gasgebouw_is_coded_as_a_success_for_its_partners_and_a_public_failure():
    """The case that made the old single label contradict its own definition."""
    cases = load_table("casussen").set_index("id")
    groningen = cases.loc["groningen"]
    assert (groningen["doelbereik"], groningen["publieke_waarde"]) == ("bereikt", "negatief")


def test_the_judgement_year_is_not_before_its_evidence():
    cases = load_table("casussen")
    years = bib_years()
    for row in cases.to_dict("records"):
        sources = set(str(row["doelbereik_bronnen"]).split(";")) | set(str(row["publieke_waarde_bronnen"]).split(";"))
        dated = [years[key] for key in sources if key in years]
        assert row["peiljaar"] >= max(dated, default=row["jaar_start"]), f"{row['id']}: peiljaar voor een bron"
        assert row["peiljaar"] >= row["jaar_start"], f"{row['id']}: peiljaar voor het begin van de casus"


def test_the_nitrogen_dossier_is_two_cases_split_at_the_break():
    """PAS (rijk and provinces, permits) and the landbouwakkoord talks (other actors, another
    question) are separate cases with their own facts, by the book's own rule (chapter 10)."""
    cases = load_table("casussen").set_index("id")
    facts = load_table("casus_feiten")
    assert "stikstof" not in cases.index
    pas, talks = cases.loc["pas"], cases.loc["landbouwakkoord"]
    assert pas["jaar_eind"] < talks["jaar_start"], "de twee casussen overlappen in de tijd"
    for case_id in ("pas", "landbouwakkoord"):
        assert len(facts[facts["casus_id"] == case_id]) >= 10, f"{case_id}: te weinig eigen feiten"
    assert "rvs2019pas" in set(facts[facts["casus_id"] == "pas"]["bron"])
    assert "anp2023gestaakt" in set(facts[facts["casus_id"] == "landbouwakkoord"]["bron"])


# --- References: no year without a reason ----------------------------------------------------


def test_no_reference_without_a_year_unless_it_says_why():
    """A reference prints '(z.j.)' or 'n.d.' only when its entry says why no year was found."""
    text = (BOOK / "references.bib").read_text(encoding="utf-8")
    problems = []
    for key, body in re.findall(r"^@\w+\{([^,\s]+),(.*?)^\}", text, re.M | re.S):
        year = re.search(r"^\s*year\s*=\s*\{([^}]*)\}", body, re.M)
        if year and re.fullmatch(r"\d{4}", year.group(1).strip()):
            continue
        note = re.search(r"^\s*note\s*=\s*\{(.*)\},?\s*$", body, re.M)
        if year or not note or "jaar" not in note.group(1):
            problems.append(key)
    assert not problems, f"book/references.bib: zonder jaartal en zonder reden: {problems}"
