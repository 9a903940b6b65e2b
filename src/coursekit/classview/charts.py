"""Class overview, step 3a: the charts (PNG) of the counts in :mod:`coursekit.classview.stats`.

How charts look is decided in :mod:`coursekit.render.charts`; every chart has a text version, the
tables made by :mod:`coursekit.classview.render`.
"""

from __future__ import annotations

from ..formatting import decimal
from ..render import charts
from ..texts import teacher
from .stats import RoleStats, ScanStats, ShiftStats

LABEL_LENGTH = 48


def _label(text: str) -> str:
    return charts.axis_label(text, LABEL_LENGTH)


def _png(draw, height: float) -> bytes:
    return charts.png(draw, height, palette=True)


def score_colours(count: int) -> list[str]:
    """One colour per score 1..count, light to dark (cividis: readable with colour blindness).
    The page's SVG charts (coursekit.classpage) use the same colours."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    return [to_hex(colormaps["cividis"](0.15 + 0.8 * i / max(count - 1, 1))) for i in range(count)]


def distribution_png(stats: ScanStats) -> bytes:
    """Stacked horizontal bars: per statement the number of learners per score."""
    definition = stats.definition
    scale = definition.scale
    colours = score_colours(len(scale))

    def draw(figure, axes) -> None:
        positions = range(len(definition.statements))
        left = [0] * len(definition.statements)
        for score in range(len(scale)):
            widths = [stats.counts[i][score] for i in positions]
            bars = axes.barh(
                list(positions),
                widths,
                left=left,
                color=colours[score],
                edgecolor="black",
                hatch=charts.HATCHES[score % len(charts.HATCHES)],
                label=_label(f"{score + 1} – {scale[score]}"),
            )
            axes.bar_label(
                bars,
                labels=[str(w) if w else "" for w in widths],
                label_type="center",
                fontsize=9,
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"},
            )
            left = [start + width for start, width in zip(left, widths)]
        axes.set_yticks(list(positions), [_label(f"{i + 1}. {s}") for i, s in enumerate(definition.statements)])
        axes.invert_yaxis()
        axes.set_xlabel(teacher.CHART_COUNT_AXIS)
        axes.xaxis.get_major_locator().set_params(integer=True)
        figure.legend(loc="outside upper center", ncols=min(len(scale), 3), fontsize=9)

    return _png(draw, 0.42 * len(definition.statements) + 1.9)


def shift_png(stats: ShiftStats) -> bytes:
    """Grouped bars: mean score per statement at the start and at the end (paired learners)."""
    scale = stats.after.scale
    rows = stats.rows

    def draw(figure, axes) -> None:
        height = 0.38
        for offset, (name, values, colour, hatch) in enumerate(
            (
                (teacher.CHART_BEFORE, [r.before for r in rows], charts.EARLIER_COLOUR, "//"),
                (teacher.CHART_AFTER, [r.after for r in rows], charts.NOW_COLOUR, ""),
            )
        ):
            shown = [(i, v) for i, v in enumerate(values) if v is not None]
            bars = axes.barh(
                [i - 0.2 + offset * height for i, _ in shown],
                [v for _, v in shown],
                height=height,
                color=colour,
                hatch=hatch,
                edgecolor="black",
                label=name,
            )
            axes.bar_label(bars, labels=[decimal(v) for _, v in shown], padding=3, fontsize=9)
        axes.set_yticks(range(len(rows)), [_label(f"{i + 1}. {r.statement}") for i, r in enumerate(rows)])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.6)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_label(teacher.CHART_MEAN_AXIS.format(low=scale[0], top=len(scale), high=scale[-1])))
        figure.legend(loc="outside upper center", ncols=2)

    return _png(draw, 0.6 * len(rows) + 1.6)


def roles_png(stats: RoleStats) -> bytes:
    """Bars: the group's mean role score per role, with a line from lowest to highest."""
    scale = stats.definition.scale
    rows = [
        (r.role, r.mean, r.lowest, r.highest)
        for r in stats.rows
        if r.mean is not None and r.lowest is not None and r.highest is not None
    ]

    def draw(figure, axes) -> None:
        means = [mean for _, mean, _, _ in rows]
        errors = [[mean - low for _, mean, low, _ in rows], [high - mean for _, mean, _, high in rows]]
        bars = axes.barh(
            range(len(rows)),
            means,
            color=charts.NOW_COLOUR,
            edgecolor="black",
            height=0.6,
            xerr=errors,
            error_kw={"ecolor": "black", "capsize": 4},
        )
        axes.bar_label(bars, labels=[decimal(m) for m in means], padding=6, fontsize=9)
        axes.set_yticks(range(len(rows)), [_label(role) for role, _, _, _ in rows])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.6)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_label(teacher.CHART_MEAN_AXIS.format(low=scale[0], top=len(scale), high=scale[-1])))

    return _png(draw, 0.55 * len(rows) + 1.3)
