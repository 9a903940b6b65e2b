"""Class overview, step 3a: the charts (PNG bytes) of the counts in :mod:`coursekit.classview_stats`.

Matplotlib loads on first use. Every chart has a text version: the tables made by
:mod:`coursekit.classview_render`.
"""

from __future__ import annotations

import io
import warnings
from typing import Callable

from . import charts
from .classview_stats import RoleStats, ScanStats, ShiftStats
from .formatting import decimal
from .messages import (  # the Dutch texts: section "Class overview for teachers" in messages.py
    CLASSVIEW_CHART_BEFORE as CHART_BEFORE,
    CLASSVIEW_CHART_AFTER as CHART_AFTER,
    CLASSVIEW_CHART_MEAN_AXIS as CHART_MEAN_AXIS,
    CLASSVIEW_CHART_COUNT_AXIS as CHART_COUNT_AXIS,
)


LABEL_LENGTH = 48


_HATCHES = ("", "..", "//", "xx", "\\\\", "++", "--", "oo", "||", "**")


def _label(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > LABEL_LENGTH:
        text = text[: LABEL_LENGTH - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def _png(draw: Callable, height: float) -> bytes:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, height), dpi=96, layout="constrained")
    draw(figure, figure.add_subplot())
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        figure.savefig(buffer, format="png")
    return _smaller_png(buffer.getvalue())


def _smaller_png(png: bytes) -> bytes:
    """The same picture with a palette of at most 128 colours: a page with many charts stays light."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with matplotlib; without it the PNG stays as it is
        return png
    with Image.open(io.BytesIO(png)) as image:
        small = image.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        buffer = io.BytesIO()
        small.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue() if buffer.tell() < len(png) else png


def distribution_png(stats: ScanStats) -> bytes:
    """Stacked horizontal bars: per statement the number of learners per score."""
    from matplotlib import colormaps

    definition = stats.definition
    scale = definition.scale
    colours = colormaps["cividis"]([0.15 + 0.8 * i / max(len(scale) - 1, 1) for i in range(len(scale))])

    def draw(figure, axes) -> None:
        positions = range(len(definition.statements))
        left = [0] * len(definition.statements)
        for score in range(len(scale)):
            widths = [stats.counts[i][score] for i in positions]
            bars = axes.barh(list(positions), widths, left=left, color=colours[score], edgecolor="black",
                             hatch=_HATCHES[score % len(_HATCHES)], label=_label(f"{score + 1} – {scale[score]}"))
            axes.bar_label(bars, labels=[str(w) if w else "" for w in widths], label_type="center", fontsize=9,
                           bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
            left = [l + w for l, w in zip(left, widths)]
        axes.set_yticks(list(positions), [_label(f"{i + 1}. {s}") for i, s in enumerate(definition.statements)])
        axes.invert_yaxis()
        axes.set_xlabel(CHART_COUNT_AXIS)
        axes.xaxis.get_major_locator().set_params(integer=True)
        figure.legend(loc="outside upper center", ncols=min(len(scale), 3), fontsize=9)

    return _png(draw, 0.42 * len(definition.statements) + 1.9)


def shift_png(stats: ShiftStats) -> bytes:
    """Grouped bars: mean score per statement at the start and at the end (paired learners)."""
    scale = stats.after.scale
    rows = stats.rows

    def draw(figure, axes) -> None:
        height = 0.38
        for offset, (name, values, colour, hatch) in enumerate((
                (CHART_BEFORE, [r.before for r in rows], charts.EARLIER_COLOUR, "//"),
                (CHART_AFTER, [r.after for r in rows], charts.NOW_COLOUR, ""))):
            shown = [(i, v) for i, v in enumerate(values) if v is not None]
            bars = axes.barh([i - 0.2 + offset * height for i, _ in shown], [v for _, v in shown], height=height,
                             color=colour, hatch=hatch, edgecolor="black", label=name)
            axes.bar_label(bars, labels=[decimal(v) for _, v in shown], padding=3, fontsize=9)
        axes.set_yticks(range(len(rows)), [_label(f"{i + 1}. {r.statement}") for i, r in enumerate(rows)])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.6)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_label(CHART_MEAN_AXIS.format(low=scale[0], top=len(scale), high=scale[-1])))
        figure.legend(loc="outside upper center", ncols=2)

    return _png(draw, 0.6 * len(rows) + 1.6)


def roles_png(stats: RoleStats) -> bytes:
    """Bars: the group's mean role score per role, with a line from lowest to highest."""
    scale = stats.definition.scale
    rows = [r for r in stats.rows if r.mean is not None]

    def draw(figure, axes) -> None:
        means = [r.mean for r in rows]
        errors = [[r.mean - r.lowest for r in rows], [r.highest - r.mean for r in rows]]
        bars = axes.barh(range(len(rows)), means, color=charts.NOW_COLOUR, edgecolor="black", height=0.6,
                         xerr=errors, error_kw={"ecolor": "black", "capsize": 4})
        axes.bar_label(bars, labels=[decimal(m) for m in means], padding=6, fontsize=9)
        axes.set_yticks(range(len(rows)), [_label(r.role) for r in rows])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.6)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_label(CHART_MEAN_AXIS.format(low=scale[0], top=len(scale), high=scale[-1])))

    return _png(draw, 0.55 * len(rows) + 1.3)
