"""The timeline of the cases as a PNG: one bar per case, coloured and hatched by domain."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from ..render import charts
from ..texts import explorer
from .cases import Domain, in_time_order, span

FALLBACK = Domain("", "", "#777777", "")


def _clip_year(starts: Sequence[int]) -> int | None:
    """A left axis limit that keeps one early outlier from squeezing the other cases."""
    ordered = sorted(set(starts))
    if len(ordered) >= 2 and ordered[1] - ordered[0] > 60:
        return ordered[1] - 10
    return None


def timeline_png(cases, domains: dict[str, Domain], selected: Iterable[str] = ()) -> bytes:
    """A PNG timeline of ``cases``: one horizontal bar per case, selected cases outlined."""
    from matplotlib.patches import Patch

    selected = set(selected)
    rows = list(in_time_order(cases).iterrows())
    starts = [int(row["jaar_start"]) for _, row in rows]
    ends = [span(row)[1] for _, row in rows]
    clip = _clip_year(starts)
    left = (clip if clip is not None else min(starts, default=2000)) - 2
    right = max(ends, default=2020) + 2

    def draw(figure, axes) -> None:
        for position, (_, row) in enumerate(rows):
            start, end = span(row)
            style = domains.get(row["domein"], FALLBACK)
            shown_start = max(start, left + 1)
            width = max(end - shown_start, 0.8)
            chosen = row["id"] in selected
            axes.barh(
                position,
                width,
                left=shown_start,
                color=style.colour,
                hatch=style.hatch,
                edgecolor="black" if chosen else style.colour,
                linewidth=2.0 if chosen else 0.5,
                height=0.6,
            )
            if start < shown_start:
                axes.annotate(
                    "◀ " + explorer.CHART_CLIPPED.format(year=start),
                    (shown_start, position),
                    xytext=(4, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=9,
                )
        labels = [
            textwrap.fill((row["naam"] + f" ({explorer.CHART_SELECTED})") if row["id"] in selected else row["naam"], 30)
            for _, row in rows
        ]
        axes.set_yticks(range(len(rows)), labels=[charts.literal(label) for label in labels], fontsize=10)
        for tick, (_, row) in zip(axes.get_yticklabels(), rows):
            if row["id"] in selected:
                tick.set_fontweight("bold")
        axes.invert_yaxis()
        axes.set_xlim(left, right)
        axes.set_xlabel(explorer.CHART_AXIS)
        axes.grid(axis="x", alpha=0.3)
        present = [domain for key, domain in domains.items() if key in set(cases["domein"])]
        figure.legend(
            handles=[Patch(facecolor=d.colour, hatch=d.hatch, label=d.name) for d in present],
            loc="outside upper center",
            ncol=min(max(len(present), 1), 2),
            fontsize=10,
            frameon=False,
        )

    return charts.png(draw, 1.5 + 0.55 * max(len(rows), 1), width=6.6, dpi=110)
