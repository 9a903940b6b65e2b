"""The neutral parts an answer is shown in: a labelled line, a quoted text, a table.

Each exercise type describes an answer as blocks (:meth:`ExerciseType.blocks`); the portfolio
renders them as HTML and Markdown with the same templates for every type.
"""

from __future__ import annotations

from dataclasses import dataclass


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


Block = Line | Quote | Table


def to_json(block: Block) -> dict:
    """A block as JSON data (for comparing with the page's front end)."""
    if isinstance(block, Line):
        return {"kind": "line", "label": block.label, "text": block.text}
    if isinstance(block, Quote):
        return {"kind": "quote", "question": block.question, "text": block.text}
    return {
        "kind": "table",
        "caption": block.caption,
        "header": list(block.header),
        "rows": [list(row) for row in block.rows],
    }
