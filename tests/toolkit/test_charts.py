"""Charts: any text draws, and the text alternative carries every value."""

from __future__ import annotations

import base64
import re
import warnings

from coursekit.exercise_types.forcefield import chart as forcefield_chart
from coursekit.exercise_types.selfscan import chart as selfscan_chart

SCALE = ("nooit", "soms", "vaak")


def png_of(chart) -> bytes:
    return base64.b64decode(re.search(r'src="data:image/png;base64,([^"]+)"', chart.image_html).group(1))


def test_dollar_signs_emoji_and_any_script_draw_without_error_or_warning():
    statements = ["Kost $5 per uur", "Alleen een $", "😀 emoji", "مرحبا بالعالم 中文", "<b>html</b> " * 20]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        chart = selfscan_chart(statements, [1, 2, 3, 2, 1], SCALE)
    assert png_of(chart).startswith(b"\x89PNG")
    assert "&lt;b&gt;html&lt;/b&gt;" in chart.summary_html and "<b>" not in chart.summary_html


def test_equal_scores_have_a_highest_but_no_separate_lowest():
    summary = selfscan_chart(["a", "b"], [2, 2], SCALE).summary_html
    assert "Hoogst (2 – soms): 1. a; 2. b." in summary and "Laagst" not in summary


def test_unchanged_scores_are_named_as_such():
    summary = selfscan_chart(["a", "b"], [2, None], SCALE, earlier=[2, 3]).summary_html
    assert "Geen enkele score is veranderd." in summary and "<td>3 – vaak</td><td>–</td>" in summary


def test_forces_without_a_name_or_strength_are_left_out():
    chart = forcefield_chart(
        [
            {"force": "  ", "strength": 5, "influence": "veel"},
            {"force": "Regels $", "strength": None, "influence": None},
            {"force": "Tijdsdruk", "strength": 2, "influence": None},
        ]
    )
    assert png_of(chart).startswith(b"\x89PNG")
    assert "Je noemde één kracht met een sterkte." in chart.summary_html
    assert "<td>niet ingevuld</td>" in chart.summary_html and "Regels" not in chart.summary_html
