"""Data tables: CSV checked against a Table Schema subset; errors name file, row and column."""

from __future__ import annotations

import json

import pytest

from coursekit.data import DataError, load_table, read_table, table_names, validate_all


@pytest.fixture
def data_dir(course):
    return course.root / "data"


def write_table(folder, name, csv_text, fields, **schema):
    (folder / f"{name}.csv").write_text(csv_text, encoding="utf-8")
    (folder / f"{name}.schema.json").write_text(json.dumps({"fields": fields, **schema}), encoding="utf-8")


def test_a_table_loads_with_typed_columns(course):
    table = load_table("thema")
    assert list(table.columns) == ["nr", "thema", "generatie", "actief", "sinds"]
    assert str(table["nr"].dtype) == "Int64" and str(table["actief"].dtype) == "boolean"
    assert table["actief"].tolist() == [True, True, False, True]
    assert str(table["sinds"].dtype).startswith("datetime64") and table["sinds"].iloc[3].month == 6


@pytest.mark.parametrize(
    "row, column, words",
    [
        ("5,Nieuw,Ambacht 4.0,true,2001-01-01", "generatie", "staat niet in de toegestane lijst"),
        ("5,,Ambacht 3.0,true,2001-01-01", "thema", "leeg, maar is verplicht"),
        ("5,Weerbaarheid,Ambacht 3.0,true,2001-01-01", "thema", "komt al voor in rij 5"),
        ("vijf,Nieuw,Ambacht 3.0,true,2001-01-01", "nr", "geen geheel getal"),
        ("5,Nieuw,Ambacht 3.0,ja,2001-01-01", "actief", "ja/nee-waarde"),
        ("5,Nieuw,Ambacht 3.0,true,1-1-2001", "sinds", "datum (JJJJ-MM-DD)"),
        ("5,Nieuw,Ambacht 3.0,true,1900-01-01", "sinds", "kleiner dan het minimum"),
        ("100,Nieuw,Ambacht 3.0,true,2001-01-01", "nr", "groter dan het maximum"),
        ("4,Nieuw,Ambacht 3.0,true,2001-01-01", "nr", "sleutel (nr) = 4 komt al voor in rij 5"),
    ],
)
def test_a_bad_cell_is_reported_with_file_row_and_column(data_dir, row, column, words):
    with open(data_dir / "thema.csv", "a", encoding="utf-8") as file:
        file.write(row + "\n")
    with pytest.raises(DataError) as caught:
        load_table("thema")
    message = str(caught.value)
    assert message.startswith(f"data/thema.csv, rij 6, kolom '{column}'")
    assert words in message


def test_a_row_with_too_few_values_names_the_row(data_dir):
    with open(data_dir / "thema.csv", "a", encoding="utf-8") as file:
        file.write("5,Nieuw\n")
    with pytest.raises(DataError, match=r"data/thema.csv, rij 6: 2 waarden, verwacht 5"):
        read_table("thema")


def test_a_header_that_differs_from_the_schema_is_reported(data_dir):
    write_table(data_dir, "kop", "naam,nummer\na,1\n", [{"name": "nummer"}, {"name": "naam"}])
    with pytest.raises(DataError, match=r"data/kop.csv, rij 1 \(kopregel\): verwacht de kolommen nummer, naam"):
        read_table("kop")


def test_a_pattern_must_match_the_whole_value(data_dir):
    fields = [{"name": "url", "constraints": {"pattern": "https://.*"}}]
    write_table(data_dir, "adres", "url\nhttps://example.org\n", fields)
    assert read_table("adres").rows[0]["url"] == "https://example.org"
    write_table(data_dir, "adres", "url\nzie https://example.org\n", fields)
    with pytest.raises(DataError, match="past niet bij het patroon"):
        read_table("adres")


def test_excel_byte_order_mark_and_quoted_newlines_are_read(data_dir):
    (data_dir / "bom.csv").write_bytes('\ufeffnaam,tekst\nA,"twee\nregels"\n'.encode("utf-8"))
    (data_dir / "bom.schema.json").write_text(json.dumps({"fields": [{"name": "naam"}, {"name": "tekst"}]}))
    assert read_table("bom").rows == ({"naam": "A", "tekst": "twee\nregels"},)


@pytest.mark.parametrize(
    "schema, words",
    [
        ({"fields": [{"name": "a"}], "missingValues": ["NA"]}, "missingValues wordt niet ondersteund"),
        ({"fields": [{"name": "a", "format": "email"}]}, "format wordt niet ondersteund"),
        ({"fields": [{"name": "a", "constraints": {"minLength": 2}}]}, "onbekende constraint minLength"),
        ({"fields": [{"name": "a", "type": "year"}]}, "onbekend type 'year'"),
        ({"fields": [{"name": "a"}, {"name": "a"}]}, "twee keer"),
        ({"fields": [{"name": "a", "type": "integer", "constraints": {"minimum": "laag"}}]}, "constraint 'minimum'"),
        ({"fields": [{"name": "a", "constraints": {"pattern": "("}}]}, "constraint 'pattern'"),
        ({"fields": [{"name": "a"}], "primaryKey": ["b"]}, "primaryKey noemt 'b'"),
        ({"fields": []}, "niet-lege lijst"),
    ],
)
def test_a_schema_outside_the_subset_is_an_error_naming_the_schema_file(data_dir, schema, words):
    (data_dir / "s.csv").write_text("a\n1\n", encoding="utf-8")
    (data_dir / "s.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_table("s")
    assert str(caught.value).startswith("data/s.schema.json: ") and words in str(caught.value)


def test_table_names_with_path_tricks_are_refused(course):
    with pytest.raises(DataError, match="geen geldige tabelnaam"):
        load_table("../thema")


def test_validate_all_lists_every_problem(data_dir):
    assert validate_all() == ["thema"] == table_names()
    (data_dir / "wees.csv").write_text("a\n1\n", encoding="utf-8")
    (data_dir / "leeg.schema.json").write_text(json.dumps({"fields": [{"name": "a"}]}), encoding="utf-8")
    write_table(data_dir, "fout", "n\nx\n", [{"name": "n", "type": "integer"}])
    with pytest.raises(DataError) as caught:
        validate_all()
    problems = str(caught.value).splitlines()
    assert len(problems) == 3
    assert "data/wees.csv: er is geen bijbehorend schema" in problems[0]
    assert "data/leeg.schema.json: er is geen bijbehorend CSV-bestand" in problems[1]
    assert problems[2].startswith("data/fout.csv, rij 2, kolom 'n'")
