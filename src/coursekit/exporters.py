"""The portfolio document: every answer, readable, in Markdown, HTML and JSON.

Each answer becomes a few neutral blocks (a labelled line, a quoted text, a
table); one renderer turns blocks into Markdown, another into a standalone HTML
page. Both embed the answers as data, so an export can be imported again:

* HTML: ``<script type="application/json" id="coursekit-portfolio">`` (a data
  block that never runs; ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc.)
  under a Content-Security-Policy that forbids every script;
* Markdown: a final ``<!-- coursekit-portfolio:BASE64 -->`` comment;
* JSON: the data alone.

All learner text is escaped, so HTML, Markdown or ``<script>`` in an answer
shows as text and never runs.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import statistics
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from typing import Mapping, Sequence, Union

from . import messages
from .answers import Answer, InvalidAnswer
from .definitions import Catalog, Definition, Dilemma, MultipleChoice
from .formatting import date_time, decimal, html_text, local, long_date, md_cell, md_escape, md_quote

PAYLOAD_FORMAT = "coursekit-portfolio"
PAYLOAD_VERSION = 1
HTML_DATA_ID = "coursekit-portfolio"
_HTML_DATA = re.compile(
    rf'<script type="application/json" id="{HTML_DATA_ID}">(.*?)</script>', re.DOTALL)
_MD_DATA = re.compile(r"<!-- coursekit-portfolio:([A-Za-z0-9+/=\s]*?) -->")


class ExportFormatError(ValueError):
    """The file is not a portfolio export; the message is Dutch."""


# --- Blocks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    label: str
    text: str


@dataclass(frozen=True)
class Quote:
    """A learner's own text, line breaks kept."""

    question: str
    text: str


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Union[Line, Quote, Table]


@dataclass(frozen=True)
class Entry:
    title: str
    saved_on: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class ExportBundle:
    basename: str  # without extension
    markdown: str
    html: str
    json: str


# --- Answers to blocks ------------------------------------------------------------------


def _reflection(value: dict, definition: Definition | None) -> list[Block]:
    return [Quote(r["prompt"], r["text"] if r["text"].strip() else messages.PORTFOLIO_EMPTY_TEXT) for r in value["responses"]]


def _selfscan(value: dict, definition: Definition | None) -> list[Block]:
    scale = value["scale"]
    with_notes = any(rating["note"].strip() for rating in value["ratings"])
    header = (messages.TABLE_STATEMENT, messages.TABLE_SCORE) + ((messages.TABLE_NOTE,) if with_notes else ())
    rows = []
    for number, rating in enumerate(value["ratings"], start=1):
        score = rating["score"]
        cells = (f"{number}. {rating['statement']}",
                 messages.NOT_SCORED if score is None else messages.SCALE_OPTION.format(number=score, label=scale[score - 1]))
        rows.append(cells + ((rating["note"],) if with_notes else ()))
    blocks: list[Block] = [
        Line(messages.PORTFOLIO_SCALE, ", ".join(f"{n} = {label}" for n, label in enumerate(scale, start=1))),
        Table(messages.TABLE_SCORES_CAPTION, header, tuple(rows)),
    ]
    scores = [rating["score"] for rating in value["ratings"] if rating["score"] is not None]
    if scores:
        blocks.append(Line(messages.PORTFOLIO_MEAN, decimal(statistics.mean(scores))))
    return blocks


def _multiple_choice(value: dict, definition: Definition | None) -> list[Block]:
    result = (messages.PORTFOLIO_MC_CORRECT if value["correct"] else messages.PORTFOLIO_MC_WRONG)
    blocks: list[Block] = [
        Line(messages.PORTFOLIO_QUESTION, value["question"]),
        Line(messages.YOUR_ANSWER, value["choice"]),
        Line(messages.PORTFOLIO_RESULT, result.format(attempts=value["attempts"])),
    ]
    if isinstance(definition, MultipleChoice):
        blocks += [Line(messages.PORTFOLIO_FEEDBACK, o.feedback) for o in definition.options if o.text == value["choice"]]
    return blocks


def _matching(value: dict, definition: Definition | None) -> list[Block]:
    rows = tuple(
        (p["item"], p["category"], messages.ITEM_CORRECT if p["correct"] else messages.ITEM_NOT_YET)
        for p in value["placements"]
    )
    return [
        Line(messages.PORTFOLIO_QUESTION, value["question"]),
        Table(messages.PORTFOLIO_PLACEMENTS,
              (messages.TABLE_ITEM, messages.PORTFOLIO_CHOICE, messages.TABLE_RESULT), rows),
        Line(messages.PORTFOLIO_RESULT,
             messages.PORTFOLIO_MATCH_SCORE.format(score=value["score"], total=value["total"])),
    ]


def _dilemma(value: dict, definition: Definition | None) -> list[Block]:
    blocks: list[Block] = []
    if isinstance(definition, Dilemma):
        blocks.append(Line(messages.PORTFOLIO_SITUATION, definition.situation))
    blocks += [Line(messages.PORTFOLIO_QUESTION, value["question"]), Line(messages.PORTFOLIO_CHOICE, value["choice"])]
    if isinstance(definition, Dilemma):
        for choice in definition.choices:
            if choice.text == value["choice"]:
                blocks += [Line(messages.PORTFOLIO_FEEDBACK, choice.feedback),
                           Line(messages.PORTFOLIO_THEORY, choice.theory)]
    return blocks


def _forcefield(value: dict, definition: Definition | None) -> list[Block]:
    rows = tuple(
        (f["force"], messages.NOT_SCORED if f["strength"] is None else str(f["strength"]),
         f["influence"] or messages.NOT_SCORED)
        for f in value["forces"] if f["force"].strip() or f["strength"] is not None
    )
    header = (messages.TABLE_FORCE, messages.TABLE_STRENGTH, messages.TABLE_INFLUENCE)
    return [Table(messages.TABLE_FORCES_CAPTION, header, rows)]


_DESCRIBE = {
    "reflection": _reflection,
    "selfscan": _selfscan,
    "multiple_choice": _multiple_choice,
    "matching": _matching,
    "dilemma": _dilemma,
    "forcefield": _forcefield,
}


def _sections(answers: Mapping[str, Answer], catalog: Catalog) -> list[Section]:
    """Answers grouped by chapter, in the book's order (unknown exercises last, by id)."""
    order = {exercise_id: index for index, exercise_id in enumerate(catalog.definitions)}
    ranked = sorted(answers.values(), key=lambda a: (a.chapter, order.get(a.exercise_id, len(order)), a.exercise_id))
    sections: dict[int, list[Entry]] = {}
    for answer in ranked:
        definition = catalog.get(answer.exercise_id)
        title = definition.title if definition else answer.exercise_id
        label = messages.TYPE_LABELS[answer.type]
        saved = messages.PORTFOLIO_SAVED_ON.format(when=date_time(answer.moment))
        sections.setdefault(answer.chapter, []).append(
            Entry(title, f"{label} · {saved}", tuple(_DESCRIBE[answer.type](answer.value, definition))))
    result = []
    for number, entries in sections.items():
        chapter = catalog.chapters.get(number)
        heading = (messages.PORTFOLIO_CHAPTER.format(number=number, title=chapter.title) if chapter
                   else messages.PORTFOLIO_OTHER_CHAPTER.format(number=number))
        result.append(Section(heading, tuple(entries)))
    return result


# --- Rendering ----------------------------------------------------------------------------


def _payload(answers: Mapping[str, Answer], name: str, moment: datetime) -> str:
    return json.dumps({
        "format": PAYLOAD_FORMAT,
        "schema_version": PAYLOAD_VERSION,
        "exported_at": moment.isoformat(timespec="seconds"),
        "name": name,
        "answers": [answer.to_dict() for answer in answers.values()],
    }, ensure_ascii=False, indent=1)


def _md_block(block: Block) -> str:
    if isinstance(block, Line):
        return f"**{md_escape(block.label)}:** {md_cell(block.text)}"
    if isinstance(block, Quote):
        return f"**{md_cell(block.question)}**\n\n{md_quote(block.text)}"
    header = "| " + " | ".join(md_cell(cell) for cell in block.header) + " |"
    rule = "| " + " | ".join("---" for _ in block.header) + " |"
    rows = ["| " + " | ".join(md_cell(cell) or " " for cell in row) + " |" for row in block.rows]
    return "\n".join([f"*{md_escape(block.caption)}*", "", header, rule, *rows])


def to_markdown(sections: Sequence[Section], name: str, moment: datetime, payload: str) -> str:
    parts = [f"# {md_escape(messages.PORTFOLIO_TITLE)}", ""]
    if name:
        parts.append(f"**{messages.PORTFOLIO_NAME_LINE}:** {md_cell(name)}  ")
    parts += [f"**{messages.PORTFOLIO_DATE_LINE}:** {long_date(moment)}", ""]
    if not sections:
        parts += [md_escape(messages.PORTFOLIO_NOTHING), ""]
    for section in sections:
        parts += [f"## {md_escape(section.heading)}", ""]
        for entry in section.entries:
            parts += [f"### {md_cell(entry.title)}", "", f"*{md_escape(entry.saved_on)}*", ""]
            for block in entry.blocks:
                parts += [_md_block(block), ""]
    encoded = base64.b64encode(payload.encode("utf-8")).decode("ascii")
    parts += ["---", "", md_escape(messages.PORTFOLIO_FOOTER), "", f"<!-- coursekit-portfolio:{encoded} -->", ""]
    return "\n".join(parts)


def _html_block(block: Block) -> str:
    if isinstance(block, Line):
        return f"<p><strong>{escape(block.label)}:</strong> {escape(block.text)}</p>"
    if isinstance(block, Quote):
        return f'<p class="question"><strong>{escape(block.question)}</strong></p><blockquote>{html_text(block.text)}</blockquote>'
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in block.header)
    rows = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>{"".join(f"<td>{escape(c)}</td>" for c in row[1:])}</tr>'
        for row in block.rows
    )
    return f"<table><caption>{escape(block.caption)}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;max-width:48rem;
margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #767676;margin-top:2rem}h3{font-size:1.1rem}
.meta{font-style:italic;color:#4a4a4a}
blockquote{border-left:4px solid #767676;margin:0 0 1rem;padding:.25rem 1rem;white-space:normal;
overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0 1rem}caption{text-align:left;font-style:italic}
th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
footer{margin-top:2rem;border-top:1px solid #767676;font-size:.9rem}
@media print{body{margin:0;max-width:none}}
"""


def _json_for_script(payload: str) -> str:
    """JSON that cannot end the script element or open a comment: <, > and & as unicode escapes."""
    return payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_html(sections: Sequence[Section], name: str, moment: datetime, payload: str) -> str:
    title = escape(messages.PORTFOLIO_TITLE)
    body = [f"<h1>{title}</h1>"]
    if name:
        body.append(f"<p><strong>{escape(messages.PORTFOLIO_NAME_LINE)}:</strong> {escape(name)}</p>")
    body.append(f"<p><strong>{escape(messages.PORTFOLIO_DATE_LINE)}:</strong> {escape(long_date(moment))}</p>")
    if not sections:
        body.append(f"<p>{escape(messages.PORTFOLIO_NOTHING)}</p>")
    for section in sections:
        articles = "".join(
            f'<article><h3>{escape(entry.title)}</h3><p class="meta">{escape(entry.saved_on)}</p>'
            + "".join(_html_block(block) for block in entry.blocks) + "</article>"
            for entry in section.entries
        )
        body.append(f"<section><h2>{escape(section.heading)}</h2>{articles}</section>")
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + f"\n</main>\n<footer><p>{escape(messages.PORTFOLIO_FOOTER)}</p></footer>\n"
        f'<script type="application/json" id="{HTML_DATA_ID}">{_json_for_script(payload)}</script>\n'
        "</body>\n</html>\n"
    )


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]


def build_export(answers: Mapping[str, Answer], catalog: Catalog, *, name: str = "",
                 moment: datetime | None = None) -> ExportBundle:
    """The portfolio of ``answers`` as Markdown, HTML and JSON."""
    moment = moment or datetime.now(timezone.utc)
    name = " ".join(name.split())[:200]
    payload = _payload(answers, name, moment)
    sections = _sections(answers, catalog)
    stamp = local(moment).strftime("%Y%m%d-%H%M")
    basename = "-".join(part for part in ("portfolio", _slug(name) or "opgavegericht-werken", stamp))
    return ExportBundle(basename, to_markdown(sections, name, moment, payload),
                        to_html(sections, name, moment, payload), payload + "\n")


# --- Reading an export back ------------------------------------------------------------------


def embedded_payload(text: str) -> str | None:
    """The JSON text of the data block in an HTML or Markdown export; None if there is no block.

    The HTML block wins over a Markdown block; of several Markdown blocks the last one counts
    (ours is at the very end, after every answer). Raises ``binascii.Error`` or
    ``UnicodeDecodeError`` when a Markdown block is not valid base64 of UTF-8 text. The caller
    parses the JSON (coursekit.classview reads teachers' folders of exports with it too).
    """
    found = _HTML_DATA.search(text)
    if found:
        return found.group(1)
    blocks = _MD_DATA.findall(text)
    if blocks:
        return base64.b64decode("".join(blocks[-1].split()), validate=True).decode("utf-8")
    return None


def _find_payload(text: str) -> object:
    try:
        document = json.loads(text)
    except ValueError:
        document = None
    if isinstance(document, dict):
        return document
    embedded = embedded_payload(text)
    return None if embedded is None else json.loads(embedded)


def read_export(data: bytes) -> tuple[list[Answer], list[str]]:
    """The answers in an exported file, and a Dutch line for each one that could not be read.

    Raises :class:`ExportFormatError` when the file is not an export at all.
    """
    try:
        payload = _find_payload(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, binascii.Error, RecursionError):
        raise ExportFormatError(messages.IMPORT_NOT_EXPORT) from None
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise ExportFormatError(messages.IMPORT_NOT_EXPORT)
    version = payload.get("schema_version")
    if not isinstance(version, int) or version > PAYLOAD_VERSION:
        raise ExportFormatError(messages.IMPORT_NEWER_FORMAT)
    if not isinstance(payload.get("answers"), list):
        raise ExportFormatError(messages.IMPORT_NOT_EXPORT)
    answers, problems = [], []
    for entry in payload["answers"]:
        try:
            answers.append(Answer.from_dict(entry))
        except InvalidAnswer as problem:
            problems.append(messages.IMPORT_INVALID.format(detail=problem))
    return answers, problems
