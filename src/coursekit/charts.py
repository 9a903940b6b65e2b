"""Charts of a self-scan and a forcefield, each with a text alternative.

A chart is a PNG in an ``<img>`` with an ``alt`` text, and beside it an HTML
summary (key facts and a table with every value), so nothing depends on seeing
the picture or telling colours apart: the two series of a before/after chart
also differ in hatching and are named in a legend.

matplotlib is imported on first use, so ``import coursekit`` stays fast, and
only through its object API (no pyplot state, safe in a timer thread).
"""

from __future__ import annotations

import base64
import io
import statistics
import warnings
from dataclasses import dataclass
from html import escape
from typing import Callable, Sequence

from . import messages
from .formatting import decimal, signed_decimal

NOW_COLOUR = "#0072B2"  # Okabe-Ito blue / orange: distinguishable with colour blindness
EARLIER_COLOUR = "#E69F00"
LABEL_LENGTH = 45


@dataclass(frozen=True)
class Chart:
    image_html: str  # "" when there is nothing to draw
    summary_html: str


def _literal(text: str) -> str:
    """'$' would start matplotlib's math mode."""
    return text.replace("$", r"\$")


def _axis_label(text: str) -> str:
    """Short enough for an axis, shown literally."""
    text = " ".join(text.split())
    if len(text) > LABEL_LENGTH:
        text = text[: LABEL_LENGTH - 1].rstrip() + "…"
    return _literal(text)


def _png(draw: Callable, rows: int) -> bytes:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, 0.45 * rows + 1.4), dpi=96, layout="constrained")
    draw(figure.add_subplot())
    buffer = io.BytesIO()
    with warnings.catch_warnings():  # a script without a glyph in the font is drawn as boxes: no warning wall
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _image(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}" style="max-width:100%">'


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in header)
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>{"".join(f"<td>{escape(c)}</td>" for c in row[1:])}</tr>'
        for row in rows
    )
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _summary(paragraphs: Sequence[str], table: str) -> str:
    text = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    return f"<h5>{escape(messages.SUMMARY_HEADING)}</h5>{text}{table}"


# --- Self-scan -------------------------------------------------------------------------


def _score_text(score: int | None, scale: Sequence[str]) -> str:
    if score is None:
        return messages.NOT_SCORED
    return messages.SCALE_OPTION.format(number=score, label=scale[score - 1])


def _numbered(statements: Sequence[str], indices: Sequence[int]) -> str:
    return "; ".join(f"{index + 1}. {statements[index]}" for index in indices)


def _extremes(statements: Sequence[str], scores: Sequence[int | None], scale: Sequence[str]) -> list[str]:
    scored = [(index, score) for index, score in enumerate(scores) if score is not None]
    values = [score for _, score in scored]
    lines = [
        messages.SUMMARY_SCORED.format(scored=len(scored), total=len(statements)),
        messages.SUMMARY_MEAN.format(mean=decimal(statistics.mean(values)), top=len(scale)),
    ]
    high, low = max(values), min(values)
    lines.append(messages.SUMMARY_HIGHEST.format(
        score=high, label=scale[high - 1], statements=_numbered(statements, [i for i, s in scored if s == high])))
    if low != high:
        lines.append(messages.SUMMARY_LOWEST.format(
            score=low, label=scale[low - 1], statements=_numbered(statements, [i for i, s in scored if s == low])))
    return lines


def _changes(statements: Sequence[str], scores: Sequence[int | None], earlier: Sequence[int | None]) -> list[str]:
    before = [s for s in earlier if s is not None]
    now = [s for s in scores if s is not None]
    lines = []
    if before:
        lines.append(messages.SUMMARY_MEAN_COMPARE.format(
            before=decimal(statistics.mean(before)), after=decimal(statistics.mean(now)),
            delta=signed_decimal(statistics.mean(now) - statistics.mean(before))))
    pairs = [(i, b, a) for i, (b, a) in enumerate(zip(earlier, scores)) if a is not None and b is not None]
    rose = "; ".join(f"{i + 1}. {statements[i]} ({b} → {a})" for i, b, a in pairs if a > b)
    fell = "; ".join(f"{i + 1}. {statements[i]} ({b} → {a})" for i, b, a in pairs if a < b)
    if rose:
        lines.append(messages.SUMMARY_ROSE.format(statements=rose))
    if fell:
        lines.append(messages.SUMMARY_FELL.format(statements=fell))
    if pairs and not rose and not fell:
        lines.append(messages.SUMMARY_NO_CHANGE)
    return lines


def _draw_selfscan(statements, scores, scale, earlier) -> Callable:
    def draw(axes) -> None:
        positions = range(len(statements))
        series = [(messages.CHART_NOW, scores, NOW_COLOUR, "")]
        if earlier is not None:
            series.insert(0, (messages.CHART_EARLIER, earlier, EARLIER_COLOUR, "//"))
        height = 0.8 / len(series)
        for offset, (name, values, colour, hatch) in enumerate(series):
            shown = [(p, v) for p, v in zip(positions, values) if v is not None]
            bars = axes.barh([p - 0.4 + height * (offset + 0.5) for p, _ in shown], [v for _, v in shown],
                             height=height, color=colour, hatch=hatch, edgecolor="black", label=name)
            axes.bar_label(bars, padding=3)
        axes.set_yticks(list(positions), [_axis_label(f"{i + 1}. {s}") for i, s in enumerate(statements)])
        axes.invert_yaxis()
        axes.set_xlim(0, len(scale) + 0.5)
        axes.set_xticks(range(1, len(scale) + 1))
        axes.set_xlabel(_literal(f"{messages.CHART_SCORE_AXIS} (1 = {scale[0]}, {len(scale)} = {scale[-1]})"))
        if earlier is not None:
            axes.figure.legend(loc="outside upper center", ncols=2)

    return draw


def selfscan_chart(statements: Sequence[str], scores: Sequence[int | None], scale: Sequence[str],
                   earlier: Sequence[int | None] | None = None) -> Chart:
    """Scores per statement; with ``earlier`` (aligned with ``statements``) a before/after chart."""
    if all(score is None for score in scores):
        return Chart("", f"<p>{escape(messages.CHART_EMPTY_SELFSCAN)}</p>")
    lines = _extremes(statements, scores, scale)
    numbered = [f"{i + 1}. {s}" for i, s in enumerate(statements)]
    if earlier is None:
        table = _table(messages.TABLE_SCORES_CAPTION, [messages.TABLE_STATEMENT, messages.TABLE_SCORE],
                       [(n, _score_text(s, scale)) for n, s in zip(numbered, scores)])
        alt = messages.CHART_ALT_SELFSCAN
    else:
        lines += _changes(statements, scores, earlier)
        table = _table(messages.TABLE_COMPARE_CAPTION,
                       [messages.TABLE_STATEMENT, messages.TABLE_EARLIER, messages.TABLE_NOW],
                       [(n, _score_text(b, scale), _score_text(a, scale))
                        for n, b, a in zip(numbered, earlier, scores)])
        alt = messages.CHART_ALT_COMPARE
    png = _png(_draw_selfscan(statements, scores, scale, earlier), len(statements) * (1 if earlier is None else 1.6))
    return Chart(_image(png, alt), _summary(lines, table))


# --- Forcefield --------------------------------------------------------------------------


def forcefield_chart(forces: Sequence[dict]) -> Chart:
    """Forces (``{"force", "strength", "influence"}``) with a name and a strength, strongest first."""
    named = sorted((f for f in forces if f["force"].strip() and f["strength"] is not None),
                   key=lambda f: -f["strength"])
    if not named:
        return Chart("", f"<p>{escape(messages.CHART_EMPTY_FORCEFIELD)}</p>")
    strongest = named[0]["strength"]
    lines = [
        messages.SUMMARY_FORCES.get(len(named), messages.SUMMARY_FORCES["many"]).format(count=len(named)),
        messages.SUMMARY_STRONGEST.format(strength=strongest, forces="; ".join(
            f["force"].strip() for f in named if f["strength"] == strongest)),
    ]
    for level in messages.INFLUENCE_LEVELS:
        listed = "; ".join(f["force"].strip() for f in named if f["influence"] == level)
        if listed:
            lines.append(messages.SUMMARY_INFLUENCE.format(level=level, forces=listed))
    influence = [f["influence"] or messages.CHART_NO_INFLUENCE for f in named]
    table = _table(messages.TABLE_FORCES_CAPTION,
                   [messages.TABLE_FORCE, messages.TABLE_STRENGTH, messages.TABLE_INFLUENCE],
                   [(f["force"].strip(), str(f["strength"]), i) for f, i in zip(named, influence)])

    def draw(axes) -> None:
        labels = [messages.CHART_FORCE_LABEL.format(force=_axis_label(f["force"]), influence=i)
                  for f, i in zip(named, influence)]
        bars = axes.barh(range(len(named)), [f["strength"] for f in named], color=NOW_COLOUR, edgecolor="black")
        axes.bar_label(bars, padding=3)
        axes.set_yticks(range(len(named)), labels)
        axes.invert_yaxis()
        axes.set_xlim(0, 5.5)
        axes.set_xticks(range(1, 6))
        axes.set_xlabel(f"{messages.CHART_STRENGTH_AXIS} (1 = {messages.STRENGTH_LABELS[0]}, "
                        f"5 = {messages.STRENGTH_LABELS[-1]})")

    return Chart(_image(_png(draw, len(named)), messages.CHART_ALT_FORCEFIELD), _summary(lines, table))
