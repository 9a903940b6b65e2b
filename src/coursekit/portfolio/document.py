"""The portfolio document: every answer, readable, as HTML and Markdown, with its data embedded.

Each answer becomes blocks (its exercise type's :meth:`~ExerciseType.blocks`); the templates
``portfolio.html`` and ``portfolio.md`` render them the same way for every type. All learner text
is escaped, so HTML, Markdown or ``<script>`` in an answer shows as text and never runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from .. import render
from ..answers import Answer, clean_text, parse_time
from ..definitions import Catalog, Definition
from ..exercise_types import REGISTRY, question_changed
from ..formatting import date_time, json_for_script, local
from ..render.blocks import Block, Line
from ..texts import learner
from .format import HTML_DATA_ID, MAX_NAME_LENGTH, markdown_comment, payload, payload_text

STYLE = """
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


def sections(answers: Mapping[str, Answer], catalog: Catalog) -> list[Section]:
    """Answers grouped by chapter, in the book's order (unknown exercises last, by id)."""
    order = {exercise_id: index for index, exercise_id in enumerate(catalog.definitions)}
    ranked = sorted(answers.values(), key=lambda a: (a.chapter, order.get(a.exercise_id, len(order)), a.exercise_id))
    grouped: dict[int, list[Entry]] = {}
    for answer in ranked:
        known = catalog.get(answer.exercise_id)
        title = known.title if known else answer.exercise_id
        definition = known if known is not None and known.type == answer.type else None
        saved = learner.PORTFOLIO_SAVED_ON.format(when=date_time(answer.moment))
        blocks = answer_blocks(answer, definition)
        grouped.setdefault(answer.chapter, []).append(
            Entry(title, f"{REGISTRY[answer.type].label} · {saved}", tuple(blocks))
        )
    result = []
    for number, entries in grouped.items():
        chapter = catalog.chapters.get(number)
        heading = (
            learner.PORTFOLIO_CHAPTER.format(number=number, title=chapter.title)
            if chapter
            else learner.PORTFOLIO_OTHER_CHAPTER.format(number=number)
        )
        result.append(Section(heading, tuple(entries)))
    return result


def answer_blocks(answer: Answer, definition: Definition | None) -> list[Block]:
    """An answer in the portfolio: its blocks, a note when its question has changed since, and every
    earlier answer (to an earlier version of the question) after it."""
    exercise_type = REGISTRY[answer.type]
    blocks = exercise_type.blocks(answer.value, definition)
    if definition is not None and question_changed(definition, answer.definition, answer.value):
        blocks.append(Line(learner.PORTFOLIO_CHANGED_LABEL, learner.PORTFOLIO_CHANGED))
    for earlier in answer.earlier:
        when = date_time(parse_time(earlier["updated_at"]))
        text = (
            learner.PORTFOLIO_EARLIER_EDITION.format(edition=earlier["edition"], when=when)
            if earlier["edition"]
            else learner.PORTFOLIO_EARLIER.format(when=when)
        )
        blocks += [Line(learner.PORTFOLIO_EARLIER_LABEL, text), *exercise_type.blocks(earlier["value"], None)]
    return blocks


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40]


def build_export(
    answers: Mapping[str, Answer], catalog: Catalog, *, name: str = "", moment: datetime | None = None
) -> ExportBundle:
    """The portfolio of ``answers`` as Markdown, HTML and JSON."""
    moment = moment or datetime.now(timezone.utc)
    name = " ".join(clean_text(name).split())[:MAX_NAME_LENGTH]
    data = payload_text(payload(answers, name, moment, catalog.edition))
    context = {"name": name, "moment": moment, "sections": sections(answers, catalog)}
    stamp = local(moment).strftime("%Y%m%d-%H%M")
    basename = "-".join(part for part in ("portfolio", _slug(name) or "opgavegericht-werken", stamp))
    html = render.html(
        "portfolio.html",
        **context,
        style=render.markup(STYLE),
        data_id=HTML_DATA_ID,
        data=render.markup(json_for_script(data)),
    )
    markdown = render.markdown("portfolio.md", **context, data=render.markup(markdown_comment(data)))
    return ExportBundle(basename, markdown, html, data + "\n")
