"""Course data: ``data/<name>.csv`` checked against ``data/<name>.schema.json``.

The schema is a subset of Frictionless Table Schema::

    {"fields": [{"name": "opgave", "type": "string", "description": "...",
                 "constraints": {"required": true, "unique": true}},
                {"name": "generatie", "type": "string",
                 "constraints": {"enum": ["Ambacht 1.0", "Ambacht 2.0", "Ambacht 3.0"]}},
                {"name": "nummer", "type": "integer",
                 "constraints": {"minimum": 1, "maximum": 15}}],
     "primaryKey": ["nummer"]}

Types: string, integer, number, boolean, date (YYYY-MM-DD). Constraints:
required, unique, enum, minimum, maximum, pattern (whole-value regex). An empty
cell is a missing value. The CSV header must list the fields in schema order.
Descriptive keys (title, description, sources, ...) are allowed; a feature
outside this subset that would change validation is an error, never ignored.
Row numbers in errors count the header as row 1, as a spreadsheet does.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import i18n, paths
from .texts import author

if TYPE_CHECKING:
    import pandas

TABLE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
SCHEMA_SUFFIX = ".schema.json"
# Table Schema features that change validation but are not in this subset: refused, never ignored.
UNSUPPORTED_SCHEMA_KEYS = ("missingValues", "foreignKeys")
UNSUPPORTED_FIELD_KEYS = ("format", "trueValues", "falseValues", "bareNumber", "decimalChar", "groupChar")
CONSTRAINTS = ("required", "unique", "enum", "minimum", "maximum", "pattern")
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PANDAS_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


class DataError(ValueError):
    """A data table or its schema is wrong; the message names file, row and column."""


def _cast_integer(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise ValueError(text)
    return int(text)


def _cast_number(text: str) -> float:
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    return float(text)


def _cast_boolean(text: str) -> bool:
    if text in TRUE_VALUES:
        return True
    if text in FALSE_VALUES:
        return False
    raise ValueError(text)


def _cast_date(text: str) -> date:
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    return date.fromisoformat(text)


_CASTS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": _cast_integer,
    "number": _cast_number,
    "boolean": _cast_boolean,
    "date": _cast_date,
}
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "date": (),
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "string"
    description: str = ""
    required: bool = False
    unique: bool = False
    enum: tuple | None = None
    minimum: Any = None
    maximum: Any = None
    pattern: re.Pattern | None = None
    translate: bool = False  # "translate": true: a text shown to readers, in data.po (coursekit.i18n)

    def cast(self, text: str) -> Any:
        """The typed value of one cell; ``None`` for an empty cell. Raises ValueError (Dutch)."""
        if text == "":
            if self.required:
                raise ValueError(author.DATA_REQUIRED)
            return None
        if self.pattern is not None and not self.pattern.fullmatch(text):
            raise ValueError(author.DATA_PATTERN.format(value=text, pattern=self.pattern.pattern))
        try:
            value = _CASTS[self.type](text)
        except ValueError:
            raise ValueError(author.DATA_NOT_TYPE.format(value=text, type=author.DATA_TYPE_NAMES[self.type])) from None
        self._check_range(value)
        return value

    def _check_range(self, value: Any) -> None:
        if self.enum is not None and value not in self.enum:
            raise ValueError(author.DATA_ENUM.format(value=value, allowed=", ".join(map(str, self.enum))))
        if self.minimum is not None and value < self.minimum:
            raise ValueError(author.DATA_MINIMUM.format(value=value, limit=self.minimum))
        if self.maximum is not None and value > self.maximum:
            raise ValueError(author.DATA_MAXIMUM.format(value=value, limit=self.maximum))


@dataclass(frozen=True)
class Schema:
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [field.name for field in self.fields]


@dataclass(frozen=True)
class Table:
    """A checked table: typed values per row, as dicts in schema column order."""

    name: str
    schema: Schema
    rows: tuple[dict, ...]


# --- Schema -------------------------------------------------------------------


def _label(path: Path) -> str:
    """'data/opgaven.csv': short, and enough to find the file."""
    return f"{path.parent.name}/{path.name}"


def _schema_value(field_type: str, value: Any, constraint: str, name: str) -> Any:
    """A constraint value as the field's type (strings are cast, like cells)."""
    if isinstance(value, str) and field_type != "string":
        try:
            return _CASTS[field_type](value)
        except ValueError:
            pass
    elif isinstance(value, _JSON_TYPES[field_type]) and (field_type == "boolean") == isinstance(value, bool):
        return value
    raise ValueError(
        author.DATA_SCHEMA_CONSTRAINT.format(
            name=name,
            constraint=constraint,
            problem=author.DATA_NOT_TYPE.format(value=value, type=author.DATA_TYPE_NAMES[field_type]),
        )
    )


def _unsupported(keys: Any, refused: tuple[str, ...]) -> None:
    found = sorted(set(keys) & set(refused))
    if found:
        raise ValueError(author.DATA_SCHEMA_UNSUPPORTED.format(keys=", ".join(found)))


def _constraint_kwargs(name: str, field_type: str, constraints: Any) -> dict:
    if not isinstance(constraints, dict):
        raise ValueError(
            author.DATA_SCHEMA_CONSTRAINT.format(name=name, constraint="constraints", problem=author.DATA_EXPECT_OBJECT)
        )
    unknown = sorted(set(constraints) - set(CONSTRAINTS))
    if unknown:
        raise ValueError(author.DATA_SCHEMA_UNKNOWN.format(keys=", ".join(unknown), allowed=", ".join(CONSTRAINTS)))
    kwargs: dict[str, Any] = {}
    for flag in ("required", "unique"):
        if flag in constraints:
            if not isinstance(constraints[flag], bool):
                raise ValueError(
                    author.DATA_SCHEMA_CONSTRAINT.format(name=name, constraint=flag, problem=author.DATA_EXPECT_BOOL)
                )
            kwargs[flag] = constraints[flag]
    if "enum" in constraints:
        if not isinstance(constraints["enum"], list) or not constraints["enum"]:
            raise ValueError(
                author.DATA_SCHEMA_CONSTRAINT.format(name=name, constraint="enum", problem=author.DATA_EXPECT_LIST)
            )
        kwargs["enum"] = tuple(_schema_value(field_type, v, "enum", name) for v in constraints["enum"])
    for limit in ("minimum", "maximum"):
        if limit in constraints:
            if field_type not in ("integer", "number", "date"):
                raise ValueError(
                    author.DATA_SCHEMA_CONSTRAINT.format(name=name, constraint=limit, problem=author.DATA_LIMIT_TYPES)
                )
            kwargs[limit] = _schema_value(field_type, constraints[limit], limit, name)
    if "pattern" in constraints:
        kwargs["pattern"] = _compile_pattern(name, field_type, constraints["pattern"])
    return kwargs


def _compile_pattern(name: str, field_type: str, pattern: Any) -> re.Pattern:
    if field_type != "string" or not isinstance(pattern, str):
        raise ValueError(
            author.DATA_SCHEMA_CONSTRAINT.format(name=name, constraint="pattern", problem=author.DATA_PATTERN_TYPE)
        )
    try:
        return re.compile(pattern)
    except re.error as error:
        raise ValueError(author.DATA_SCHEMA_CONSTRAINT.format(name=name, constraint="pattern", problem=error)) from None


def _parse_field(spec: Any) -> Field:
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
        raise ValueError(author.DATA_SCHEMA_NAME)
    _unsupported(spec, UNSUPPORTED_FIELD_KEYS)
    name, field_type = spec["name"], spec.get("type", "string")
    if field_type not in _CASTS:
        raise ValueError(author.DATA_SCHEMA_TYPE.format(name=name, type=field_type, allowed=", ".join(_CASTS)))
    description = spec.get("description", "")
    translate = spec.get("translate", False)
    if not isinstance(translate, bool) or (translate and field_type != "string"):
        raise ValueError(author.DATA_SCHEMA_TRANSLATE.format(name=name))
    return Field(
        name=name,
        type=field_type,
        description=str(description),
        translate=translate,
        **_constraint_kwargs(name, field_type, spec.get("constraints", {})),
    )


def _parse_schema(document: Any) -> Schema:
    if not isinstance(document, dict):
        raise ValueError(author.DATA_SCHEMA_FIELDS)
    _unsupported(document, UNSUPPORTED_SCHEMA_KEYS)
    specs = document.get("fields")
    if not isinstance(specs, list) or not specs:
        raise ValueError(author.DATA_SCHEMA_FIELDS)
    fields = []
    for number, spec in enumerate(specs, start=1):
        try:
            fields.append(_parse_field(spec))
        except ValueError as error:
            raise ValueError(author.DATA_SCHEMA_FIELD.format(number=number, problem=error)) from None
    names = [field.name for field in fields]
    for name in names:
        if names.count(name) > 1:
            raise ValueError(author.DATA_SCHEMA_DUPLICATE.format(name=name))
    primary_key = document.get("primaryKey", [])
    primary_key = [primary_key] if isinstance(primary_key, str) else primary_key
    for name in primary_key:
        if name not in names:
            raise ValueError(author.DATA_SCHEMA_PRIMARY_KEY.format(name=name))
    required = set(primary_key)  # key columns may not be empty
    fields = [Field(**{**vars(f), "required": f.required or f.name in required}) for f in fields]
    return Schema(tuple(fields), tuple(primary_key))


def read_schema(path: Path) -> Schema:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(author.DATA_MISSING_FILE.format(file=_label(path))) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(author.DATA_READ_ERROR.format(file=_label(path), error=error)) from None
    try:
        document = json.loads(text)
    except ValueError as error:
        raise DataError(author.DATA_SCHEMA_JSON.format(file=_label(path), error=error)) from None
    try:
        return _parse_schema(document)
    except ValueError as error:
        raise DataError(author.DATA_SCHEMA_SHAPE.format(file=_label(path), problem=error)) from None


# --- Table ----------------------------------------------------------------------


def _table_files(name: str, directory: Path) -> tuple[Path, Path]:
    if not isinstance(name, str) or not TABLE_NAME.fullmatch(name):
        raise DataError(author.DATA_BAD_NAME.format(name=name))
    return directory / f"{name}.csv", directory / f"{name}{SCHEMA_SUFFIX}"


def _check_rows(label: str, schema: Schema, records: list[list[str]]) -> list[dict]:
    rows: list[dict] = []
    first_seen: dict[tuple, int] = {}
    for row_number, cells in enumerate(records, start=2):
        if len(cells) != len(schema.fields):
            raise DataError(
                author.DATA_ROW_LENGTH.format(file=label, row=row_number, count=len(cells), expected=len(schema.fields))
            )
        row = {}
        for field, cell in zip(schema.fields, cells):
            try:
                row[field.name] = value = field.cast(cell)
            except ValueError as problem:
                raise DataError(
                    author.DATA_CELL.format(file=label, row=row_number, column=field.name, problem=problem)
                ) from None
            if field.unique and value is not None:
                first = first_seen.setdefault((field.name, value), row_number)
                if first != row_number:
                    raise DataError(
                        author.DATA_CELL.format(
                            file=label,
                            row=row_number,
                            column=field.name,
                            problem=author.DATA_UNIQUE.format(value=value, first=first),
                        )
                    )
        if schema.primary_key:
            key = tuple(row[name] for name in schema.primary_key)
            first = first_seen.setdefault(("", key), row_number)
            if first != row_number:
                raise DataError(
                    author.DATA_CELL.format(
                        file=label,
                        row=row_number,
                        column=", ".join(schema.primary_key),
                        problem=author.DATA_PRIMARY_KEY.format(
                            columns=", ".join(schema.primary_key), value=", ".join(map(str, key)), first=first
                        ),
                    )
                )
        rows.append(row)
    return rows


def _read_records(path: Path) -> list[list[str]]:
    label = _label(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as file:
            reader = csv.reader(file)
            try:
                return [record for record in reader if record]
            except csv.Error as error:
                raise DataError(
                    author.DATA_CELL.format(file=label, row=reader.line_num, column="?", problem=error)
                ) from None
    except FileNotFoundError:
        raise DataError(author.DATA_MISSING_FILE.format(file=label)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(author.DATA_READ_ERROR.format(file=label, error=error)) from None


def read_table(name: str, directory: Path | None = None) -> Table:
    """Read and check one table; raises :class:`DataError`."""
    directory = directory if directory is not None else paths.data_dir(paths.project_root())
    csv_path, schema_path = _table_files(name, directory)
    schema = read_schema(schema_path)
    records = _read_records(csv_path)
    if not records:
        raise DataError(author.DATA_EMPTY_FILE.format(file=_label(csv_path)))
    header, *body = records
    if header != schema.names:
        raise DataError(
            author.DATA_HEADER.format(file=_label(csv_path), expected=", ".join(schema.names), actual=", ".join(header))
        )
    rows = _check_rows(_label(csv_path), schema, body)
    # Checked in Dutch; shown in the process's language (the English edition: data.po).
    texts = [field.name for field in schema.fields if field.translate]
    if texts and i18n.language() != i18n.SOURCE_LANGUAGE:
        rows = [{**row, **{name: i18n.gettext("data", row[name]) for name in texts if row[name]}} for row in rows]
    return Table(name, schema, tuple(rows))


def load_table(name: str, directory: Path | None = None) -> pandas.DataFrame:
    """``data/<name>.csv`` as a pandas DataFrame, checked against its schema.

    Raises :class:`DataError` naming file, row and column of the first problem.
    """
    import pandas  # imported here: keeps ``import coursekit`` fast

    table = read_table(name, directory)
    return pandas.DataFrame(
        {
            field.name: pandas.Series([row[field.name] for row in table.rows], dtype=_PANDAS_DTYPES[field.type])
            for field in table.schema.fields
        }
    )


def table_names(directory: Path | None = None) -> list[str]:
    """Names of the tables in the data folder (one per CSV file)."""
    directory = directory if directory is not None else paths.data_dir(paths.project_root())
    return sorted(p.name[: -len(".csv")] for p in directory.glob("*.csv"))


def validate_all(directory: Path | None = None) -> list[str]:
    """Check every table in the data folder; return the table names.

    Raises one :class:`DataError` listing every problem (a CSV without schema,
    a schema without CSV, and the first error in each table).
    """
    directory = directory if directory is not None else paths.data_dir(paths.project_root())
    tables = set(table_names(directory))
    schemas = {p.name[: -len(SCHEMA_SUFFIX)] for p in directory.glob(f"*{SCHEMA_SUFFIX}")}
    problems = [
        author.DATA_NO_SCHEMA.format(file=_label(directory / f"{n}.csv"), schema=f"{n}{SCHEMA_SUFFIX}")
        for n in sorted(tables - schemas)
    ] + [
        author.DATA_NO_CSV.format(file=_label(directory / f"{n}{SCHEMA_SUFFIX}"), csv=f"{n}.csv")
        for n in sorted(schemas - tables)
    ]
    for name in sorted(tables & schemas):
        try:
            read_table(name, directory)
        except DataError as error:
            problems.append(str(error))
    if problems:
        raise DataError("\n".join(problems))
    return sorted(tables & schemas)
