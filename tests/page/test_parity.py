"""Parity: the page and the notebooks give the same results for the same answers.

Python (coursekit) and the page's script (coursekit/page, run in Node) are given the same input;
their results must be equal byte for byte: the Dutch message for every kind of bad answer, the
reading of hostile export files, and the Dutch numbers and times all of these show. The portfolio
documents, the answer blocks and the summaries in words of the self-scan and the forcefield exist
only in JavaScript now (the page and the notebook's views): they must be the expected ones
(tests/page/expected/, made by Python's former twins) byte for byte.

The answers are made for the exercises of tests/fixtures/every-type.yml (a sample of every type),
not the book's; the book's sample exports are read with the book's own exercises.
"""

from __future__ import annotations

import base64
import json
import os
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from coursekit.answers import Answer, InvalidAnswer, parse_time
from coursekit.definitions import load_catalog
from coursekit.exercise_types import REGISTRY
from coursekit.formatting import date_time, decimal, md_cell, md_escape, md_quote, paragraphs, signed_decimal
from coursekit.portfolio.format import ExportProblem, read_export
from coursekit.static import catalog_json

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
EXPECTED = Path(__file__).parent / "expected"
NASTY = (
    "Regel 1 <b>&amp;</b> 'q' \"d\" *ster* _x_ | pipe # kop\n- lijst\n1. een\n\n\n  > quote\r\nCR\rLF `c` [a](b)"
    " {c} $d ~e !f\\g  \n   \n٣) arabisch\u00a0nbsp\u2028sep 😀 emoji\tTab\x1cfs"
)
TEXTS = ("", "   ", "kort", NASTY, "Twee alinea's.\n\nDe tweede, met\neen regel erin.", "# Kop\n+ plus\n= is")


@pytest.fixture(scope="module")
def catalog(every_type):
    return every_type


@pytest.fixture(scope="module")
def book_catalog():
    """The book's exercises: the sample exports (scripts/make_sample_exports.py) answer them."""
    return load_catalog(ROOT)


class Learner:
    """A made-up learner whose answers are full of characters that need escaping."""

    forces = ("Budget | verdeeld", "<Politieke> deadline", "  ", "Oud *zeer*", "Één trekker")

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.level = self.rng.choice((2, 3, 4))
        self.favourite = self.rng.randrange(4)
        self.scores: dict = {}

    def text(self, index: int) -> str:
        return self.rng.choice(TEXTS)

    def note(self) -> str:
        return self.rng.choice(TEXTS)

    def bonus(self, statement: str) -> int:
        return self.rng.choice((0, 1))


def answers_of(catalog, seed: int) -> dict[str, Answer]:
    learner = Learner(seed)
    start = datetime(2026, 3, 28, 22, 0, tzinfo=timezone.utc)  # across the change to summer time
    answers = {}
    for number, definition in enumerate(catalog.definitions.values()):
        value = REGISTRY[definition.type].sample(definition, learner)
        moment = (start + timedelta(minutes=37 * number)).isoformat(timespec="milliseconds")
        answers[definition.id] = Answer(definition.id, definition.chapter, definition.type, value, moment)
    # answers the book does not know (any more), and one whose type changed
    answers["h77-verdwenen"] = Answer(
        "h77-verdwenen", 77, "reflection", {"responses": [{"prompt": "Oud?", "text": NASTY}]}, "2026-01-01T00:00:00Z"
    )
    # an answer to a question that changed since, with the answers to two earlier versions of it
    reflection = next(d for d in catalog.definitions.values() if d.type == "reflection")
    first = {
        "value": {"responses": [{"prompt": "Een oude vraag?", "text": NASTY}]},
        "updated_at": "2025-10-01T09:00:00Z",
        "edition": "2025-2026",
        "definition": "aaaaaaaaaaaa",
    }
    second = {**first, "updated_at": "2026-03-29T01:30:00+01:00", "edition": "", "definition": ""}
    answers[reflection.id] = Answer(
        reflection.id,
        reflection.chapter,
        "reflection",
        answers[reflection.id].value,
        "2026-11-01T08:00:00Z",
        "2026-2027",
        "ffffffffffff",
        (first, second),
    )
    some = next(d for d in catalog.definitions.values() if d.type == "multiple_choice")
    answers[some.id] = Answer(
        some.id, some.chapter, "dilemma", {"question": "q", "choice": "c"}, "2026-05-01T10:00:00+02:00"
    )
    return answers


def test_the_page_knows_every_exercise_type(on_page):
    """A new type needs its rules (KINDS in page/answers.js) and its view (page/views.js) too."""
    assert on_page(("types",))[0] == {"kinds": list(REGISTRY), "views": list(REGISTRY)}


def page_export(on_page, answers, catalog, name, moment):
    records = [answer.to_dict() for answer in answers.values()]
    return on_page(("buildExport", records, catalog_json(catalog), name, moment.isoformat()))[0]


NAMES = ["", "  Anna  de\u00a0Vries <a@b.nl> | *x* ", "Émile 😀" * 30]


def expected(stem: str, suffix: str) -> str:
    """An expected document (tests/page/expected/): the notebooks' documents, byte for byte, as
    Python made them while it had its own twin (portfolio/document.py). A deliberate change to the
    documents writes them again: COURSEKIT_WRITE_EXPECTED=1 (then review the diff)."""
    return (EXPECTED / f"{stem}.{suffix}").read_bytes().decode("utf-8")


def written(stem: str, page: dict) -> None:
    if os.environ.get("COURSEKIT_WRITE_EXPECTED"):
        for suffix, key in (("html", "html"), ("md", "markdown"), ("json", "json")):
            (EXPECTED / f"{stem}.{suffix}").write_bytes(page[key].encode("utf-8"))
        if not stem.endswith("empty"):
            (EXPECTED / f"{stem}.basename").write_bytes(f"{page['basename']}\n".encode())


@pytest.mark.parametrize("name", NAMES)
def test_the_page_exports_exactly_what_the_notebook_exports(on_page, catalog, name):
    answers = answers_of(catalog, len(name))
    moment = datetime(2026, 10, 25, 1, 30, tzinfo=timezone.utc)  # the night summer time ends
    page = page_export(on_page, answers, catalog, name, moment)
    stem = f"export-{NAMES.index(name)}"
    written(stem, page)
    assert page["basename"] == expected(stem, "basename").strip()
    assert page["json"] == expected(stem, "json")
    assert page["markdown"] == expected(stem, "md")
    assert page["html"] == expected(stem, "html")


def test_an_empty_portfolio_is_the_same_too(on_page, catalog):
    moment = datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc)
    page = page_export(on_page, {}, catalog, "", moment)
    written("export-empty", page)
    assert (page["html"], page["markdown"], page["json"]) == tuple(
        expected("export-empty", suffix) for suffix in ("html", "md", "json")
    )


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("portfolio-*")), ids=lambda path: path.name)
def test_the_sample_exports_read_and_export_alike(on_page, book_catalog, path):
    """A sample export is the notebooks' document for its answers (scripts/make_sample_exports.py);
    the page makes it again byte for byte, and its other two documents carry the same data."""
    catalog = book_catalog
    parsed = read_export(path.read_bytes())
    data = base64.b64encode(path.read_bytes()).decode()
    read = on_page(("readExport", data))[0]
    assert read["name"] == parsed.name and read["version"] == parsed.version
    assert [answer["exercise_id"] for answer in read["answers"]] == list(parsed.answers)
    page = page_export(on_page, parsed.answers, catalog, parsed.name, parsed.exported_at)
    assert page[{".md": "markdown"}.get(path.suffix, path.suffix[1:])] == path.read_bytes().decode("utf-8")
    for document in (page["html"], page["markdown"], page["json"]):
        assert read_export(document.encode("utf-8")).answers == parsed.answers


def test_every_type_shows_its_answer_in_the_same_blocks(on_page, catalog):
    """The blocks exist only in JavaScript now (each type's view.js); the expected ones were made by
    Python's former twin (tests/page/expected/blocks.json; COURSEKIT_WRITE_EXPECTED=1 writes them)."""
    calls = []
    for seed in range(3):
        for answer in answers_of(catalog, seed).values():
            definition = catalog.get(answer.exercise_id)
            definition = definition if definition is not None and definition.type == answer.type else None
            calls.append(("blocks", answer.to_dict(), definition.to_json() if definition else None))
    found = on_page(*calls)
    if os.environ.get("COURSEKIT_WRITE_EXPECTED"):
        (EXPECTED / "blocks.json").write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads((EXPECTED / "blocks.json").read_text(encoding="utf-8"))
    assert found == expected


# The summaries in words live only in the views (exercise_types/<type>/view.js); the notebooks'
# Python said the same until it was retired, and what it said is kept in expected/summaries.json
# (the inputs these tests drew at random, with seeds 7 and 11, and the cases of test_charts.py).
SUMMARIES = json.loads((EXPECTED / "summaries.json").read_text(encoding="utf-8"))


def test_the_selfscan_summaries_are_the_same(on_page):
    calls = [("selfscanSummary", *arguments) for arguments, _ in SUMMARIES["selfscan"]]
    assert on_page(*calls) == [expected for _, expected in SUMMARIES["selfscan"]]


def test_the_forcefield_summaries_are_the_same(on_page):
    calls = [("forcefieldSummary", *arguments) for arguments, _ in SUMMARIES["forcefield"]]
    assert on_page(*calls) == [expected for _, expected in SUMMARIES["forcefield"]]


def bad_records():
    good = {
        "exercise_id": "h1-test",
        "chapter": 1,
        "type": "selfscan",
        "value": {"scale": ["a", "b", "c"], "ratings": [{"statement": "s", "score": 2, "note": ""}]},
        "updated_at": "2026-11-27T14:02:00.000+00:00",
        "edition": "2026-2027",
        "definition": "0123456789ab",
    }
    rating = good["value"]["ratings"][0]
    yield good
    yield "geen object"
    yield {**good, "extra": 1}
    yield {key: value for key, value in good.items() if key != "updated_at"}
    for key, value in [
        ("exercise_id", "H1-test"),
        ("exercise_id", "h1-test\n"),
        ("exercise_id", 5),
        ("exercise_id", "../../etc"),
        ("chapter", 0),
        ("chapter", 100),
        ("chapter", "1"),
        ("chapter", True),
        ("type", "raadsel"),
        ("type", None),
        ("updated_at", "gisteren"),
        ("updated_at", "1999-12-31T23:59:59Z"),
        ("updated_at", "2026-02-30T10:00:00Z"),
        ("updated_at", "2026-11-27T14:02:00"),
        ("updated_at", 12),
        ("updated_at", "2026-11-27T14:02:00+24:00"),
        ("value", []),
        ("value", {}),
        ("value", {"scale": [], "ratings": []}),
    ]:
        yield {**good, key: value}
    for change in [
        {"score": 4},
        {"score": 0},
        {"score": None},
        {"score": "2"},
        {"score": 2.5},
        {"score": True},
        {"note": 5},
        {"note": "\ud800"},
        {"note": "x" * 50_001},
        {"note": "😀" * 50_000},
        {"note": "ok\x00\x07\x1b"},
        {"statement": None},
        {"extra": ""},
    ]:
        yield {**good, "value": {**good["value"], "ratings": [{**rating, **change}]}}
    yield {**good, "value": {"scale": ["a"], "ratings": [rating], "more": 1}}
    yield {**good, "value": {"ratings": [rating]}}
    forces = {"forces": [{"force": "f", "strength": 6, "influence": "veel"}]}
    yield {**good, "type": "forcefield", "value": forces}
    yield {**good, "type": "forcefield", "value": {"forces": [{"force": "f", "strength": 1, "influence": "heel veel"}]}}
    yield {**good, "type": "forcefield", "value": {"forces": [{"force": "f", "strength": 1, "influence": 3}]}}
    placement = {"item": "i", "category": "c", "correct": True}
    matching = {"question": "q", "placements": [placement, {**placement, "correct": False}], "score": 1, "total": 2}
    yield {**good, "type": "matching", "value": matching}
    yield {**good, "type": "matching", "value": {**matching, "score": 2}}
    yield {**good, "type": "matching", "value": {**matching, "total": 3}}
    yield {**good, "type": "matching", "value": {**matching, "score": 5}}
    yield {**good, "type": "matching", "value": {**matching, "placements": []}}
    choice = {"question": "q", "choice": "c", "correct": False, "attempts": 0}
    yield {**good, "type": "multiple_choice", "value": choice}
    yield {**good, "type": "multiple_choice", "value": {**choice, "attempts": 1_000_000}}
    yield {**good, "type": "multiple_choice", "value": {**choice, "correct": "nee", "attempts": 2}}
    yield {**good, "type": "dilemma", "value": {"question": "q"}}
    yield {**good, "type": "reflection", "value": {"responses": [{"prompt": "p", "text": ["a"]}]}}
    yield {**good, "type": "reflection", "value": {"responses": "tekst"}}


def test_bad_answers_get_the_same_dutch_message(on_page):
    records = list(bad_records())
    results = on_page(*[("check", record) for record in records])
    for record, result in zip(records, results):
        try:
            answer = Answer.from_dict(record)
        except InvalidAnswer as problem:
            assert result.get("problem") == str(problem), record
        else:
            assert result.get("answer", {}).get("value") == answer.value, record


def export_text(answers: list, **fields) -> str:
    data = {
        "format": "coursekit-portfolio",
        "schema_version": 1,
        "exported_at": "2026-11-27T10:00:00+00:00",
        "name": "Naam",
        "answers": answers,
        **fields,
    }
    return json.dumps(data, ensure_ascii=False)


def hostile_files():
    good = {
        "exercise_id": "h1-a",
        "chapter": 1,
        "type": "dilemma",
        "value": {"question": "q", "choice": "c"},
        "updated_at": "2026-11-27T10:00:00Z",
        "edition": "",
        "definition": "",
    }
    yield b"PK\x03\x04rest"
    yield b"\xff\xfe\x00a"
    yield b"a\x00b"
    yield "\ufeff".encode() + export_text([good]).encode()
    yield b"[]"
    yield b"null"
    yield b'{"format": "coursekit-antwoorden", "schema_version": 1, "answers": {}}'
    yield b'{"format": "iets anders"}'
    for version in (0, -1, "1", True, 2, 99, None):
        yield export_text([good], schema_version=version).encode()
    yield export_text({}).encode()
    yield export_text(
        [good, {**good, "updated_at": "2026-11-28T10:00:00Z", "value": {"question": "q", "choice": "d"}}]
    ).encode()
    yield export_text([good, "x", {**good, "exercise_id": "fout"}, {**good, "type": "x"}]).encode()
    yield export_text([good], name="  Veel   spaties\x00 en \ud800 tekens " * 20, exported_at="nooit").encode(
        "utf-8", "surrogatepass"
    )
    yield export_text([good], name=7).encode()
    html = '<p>x</p><script type="application/json" id="coursekit-portfolio">' + export_text([good]) + "</script>"
    yield html.encode()
    yield html.replace("</script>", "").encode()
    yield b"<h1>Portfolio \xe2\x80\x94 Opgavegericht werken</h1>"
    yield b"coursekit-portfolio en verder niets"
    encoded = base64.b64encode(export_text([good]).encode()).decode()
    yield f"# Portfolio\n<!-- coursekit-portfolio:{encoded[:10]}\n {encoded[10:]} -->".encode()
    yield f"<!-- coursekit-portfolio:{encoded[:-2]} -->".encode()
    yield f"<!-- coursekit-portfolio:AAAA --> <!-- coursekit-portfolio:{encoded} -->".encode()
    yield b"<!-- coursekit-portfolio:/w== -->"
    yield b"gewone tekst"


def test_hostile_export_files_are_read_alike(on_page):
    files = list(hostile_files())
    results = on_page(*[("readExport", base64.b64encode(data).decode()) for data in files])
    for data, result in zip(files, results):
        try:
            parsed = read_export(data)
        except ExportProblem as problem:
            assert result == {"problem": problem.kind.value, "version": problem.version}, data[:80]
            continue
        assert "problem" not in result, data[:80]
        assert result["name"] == parsed.name and result["version"] == parsed.version
        assert result["problems"] == list(parsed.problems)
        assert [a["value"] for a in result["answers"]] == [a.value for a in parsed.answers.values()]
        exported = parsed.exported_at
        assert result["exportedAt"] == (None if exported is None else round(exported.timestamp() * 1_000_000))


def test_numbers_and_times_are_written_alike(on_page):
    numbers = [n / 4 for n in range(-40, 41)] + [n / 3 for n in range(-30, 31)] + [2.05, 2.15, 0.45, -0.05, 4.999]
    moments = [datetime(2026, 3, 29, 0, 59, tzinfo=timezone.utc) + timedelta(minutes=m) for m in (0, 1, 2)]
    moments += [datetime(2026, 10, 25, 0, 59, tzinfo=timezone.utc) + timedelta(minutes=m) for m in (0, 1, 61)]
    moments += [datetime(2000, 1, 1, tzinfo=timezone.utc), datetime(2199, 12, 31, 23, 59, tzinfo=timezone.utc)]
    calls = [("decimal", n) for n in numbers] + [("signedDecimal", n) for n in numbers]
    calls += [("dateTime", moment.isoformat()) for moment in moments]
    expected = [decimal(n) for n in numbers] + [signed_decimal(n) for n in numbers]
    expected += [date_time(moment) for moment in moments]
    assert on_page(*calls) == expected


def test_times_are_read_alike(on_page):
    values = [
        "2026-11-27T14:02:00.1234567+00:00",
        "2026-01-01T10:00:00+01:75",
        "2024-02-29T10:00:00Z",
        "2026-02-29T10:00:00Z",
        "2026-01-01T10:00:00-00:00",
        "2026-01-01T23:59:60Z",
        "2199-12-31T23:59:59.999999Z",
        "2200-01-01T00:00:00Z",
        "2200-01-01T00:30:00+01:00",
        "1999-12-31T23:30:00-01:00",
        "2026-1-01T10:00:00Z",
    ]
    results = on_page(*[("parseTime", value) for value in values])
    for value, result in zip(values, results):
        try:
            moment = parse_time(value)
        except InvalidAnswer as problem:
            assert result == {"problem": str(problem)}, value
        else:
            assert result == round(moment.timestamp() * 1_000_000), value


def test_markdown_and_html_escaping_are_alike(on_page):
    texts = [*TEXTS, NASTY, "1) een\n  2. twee\n\t+ drie", "\u00a0- nbsp\n\x1c= fs", "x\r\n\r\ny"]
    calls = [(name, text) for text in texts for name in ("mdEscape", "mdQuote", "mdCell", "html", "paragraphs")]
    import html as html_module

    expected = []
    for text in texts:
        expected += [md_escape(text), md_quote(text), md_cell(text), html_module.escape(text), paragraphs(text)]
    assert on_page(*calls) == expected
