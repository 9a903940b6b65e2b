"""Charts as PNG images, each with a text alternative: one place for how every chart looks.

A chart is a PNG in an ``<img>`` with an ``alt`` text, and beside it a summary in words with a
table of every value, so nothing depends on seeing the picture or telling colours apart: two
series also differ in hatching and are named in a legend. matplotlib loads on first use and is
used only through its object API (no pyplot state, safe in a timer thread).
"""

from __future__ import annotations

import base64
import io
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import macro
from .blocks import Table

NOW_COLOUR = "#0072B2"  # Okabe-Ito blue / orange: distinguishable with colour blindness
EARLIER_COLOUR = "#E69F00"
HATCHES = ("", "..", "//", "xx", "\\\\", "++", "--", "oo", "||", "**")
LABEL_LENGTH = 45


def literal(text: str) -> str:
    """'$' would start matplotlib's math mode."""
    return text.replace("$", r"\$")


def axis_label(text: str, length: int = LABEL_LENGTH) -> str:
    """Short enough for an axis, shown literally."""
    text = " ".join(text.split())
    if len(text) > length:
        text = text[: length - 1].rstrip() + "…"
    return literal(text)


def png(draw: Callable, height: float, width: float = 7.5, *, dpi: int = 96) -> bytes:
    """Draw on a new figure (``draw(figure, axes)``) and return it as PNG bytes."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    draw(figure, figure.add_subplot())
    buffer = io.BytesIO()
    with warnings.catch_warnings():  # a script without a glyph in the font is drawn as boxes: no warning wall
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        figure.savefig(buffer, format="png")
    return buffer.getvalue()


def data_uri(image: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(image).decode("ascii")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    colour: str
    hatch: str


def horizontal_bars(
    labels: Sequence[str], series: Sequence[Series], *, top: int, axis: str, legend: bool, height: float
) -> bytes:
    """One bar per label and series (values 1..top), labels as given (see :func:`axis_label`)."""

    def draw(figure, axes) -> None:
        positions = range(len(labels))
        thickness = 0.8 / len(series)
        for offset, one in enumerate(series):
            shown = [(p, v) for p, v in zip(positions, one.values) if v is not None]
            bars = axes.barh(
                [p - 0.4 + thickness * (offset + 0.5) for p, _ in shown],
                [v for _, v in shown],
                height=thickness,
                color=one.colour,
                hatch=one.hatch,
                edgecolor="black",
                label=one.name,
            )
            axes.bar_label(bars, padding=3)
        axes.set_yticks(list(positions), list(labels))
        axes.invert_yaxis()
        axes.set_xlim(0, top + 0.5)
        axes.set_xticks(range(1, top + 1))
        axes.set_xlabel(literal(axis))
        if legend:
            figure.legend(loc="outside upper center", ncols=2)

    return png(draw, 0.45 * height + 1.4)


@dataclass(frozen=True)
class Summary:
    """A chart's text alternative: key facts in words and a table of every value."""

    lines: tuple[str, ...]
    table: Table


@dataclass(frozen=True)
class Chart:
    image_html: str  # "" when there is nothing to draw
    summary_html: str

    @classmethod
    def drawn(cls, image: bytes, alt: str, summary: Summary) -> Chart:
        return cls(
            macro("image", "chart.html", src=data_uri(image), alt=alt), macro("summary", "chart.html", found=summary)
        )

    @classmethod
    def empty(cls, text: str) -> Chart:
        return cls("", macro("empty", "chart.html", text=text))
