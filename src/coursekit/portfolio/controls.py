"""The few ipywidgets helpers the portfolio panel uses (the exercises' own widgets are anywidgets,
:mod:`coursekit.notebook`): its frame, label style, buttons and HTML blocks."""

from __future__ import annotations

import ipywidgets as widgets

LABEL_STYLE = {"description_width": "initial"}
FRAME = {"border": "1px solid #767676", "padding": "0.5em 1em", "margin": "0.5em 0"}


def html(markup: str) -> widgets.HTML:
    return widgets.HTML(value=markup, layout=widgets.Layout(width="100%"))


def button(description: str, icon: str, tooltip: str = "") -> widgets.Button:
    return widgets.Button(
        description=description, icon=icon, tooltip=tooltip or description, layout=widgets.Layout(width="auto")
    )
