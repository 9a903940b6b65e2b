"""A table: the neutral form a chart's summary in words shows its figures in (:mod:`.charts`).

The portfolio's blocks (a labelled line, a quoted text, a table) are JavaScript now: each type's
``blocks`` in its ``view.js``, rendered by ``page/portfolio.js``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
