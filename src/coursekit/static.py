"""The static form of an exercise: plain HTML for the online book and any viewer without a kernel.

Made from the same definition as the widget (template ``static_exercise.html`` with the type's own
part from ``exercise_types/templates/``). It shows the questions, the scale as a table, the
options (with the explained answers folded away in ``<details>``) and a note with the Binder link.
Self-contained (no scripts, no external files), every text escaped, tables with ``<caption>`` and
``<th scope>``, no meaning carried by colour.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import render as templates
from .exercise_types import REGISTRY
from .exercise_types.base import Definition
from .texts import learner

HEADING = "h4"  # notebooks introduce each exercise with a ### Markdown heading
# Put first inside the form's <div>: @scope limits the rules to that div, which keeps a <style>
# in the page body valid HTML (the Nu checker refuses selectors that may match earlier elements).
STYLE = (
    "<style>@scope {"
    "table{border-collapse:collapse;margin:.5em 0}"
    "th,td{border:1px solid #767676;padding:.25em .5em;text-align:left;vertical-align:top}"
    ".coursekit-note{border-left:4px solid #767676;padding:.25em .75em}"
    "}</style>"
)


def launch_note(links: Mapping[str, str], notebook: str, action: str = learner.STATIC_OPEN_BINDER) -> str:
    """'You cannot fill this in here' plus the Binder (and Voila) link."""
    return templates.macro("launch_note", "static_parts.html", links=links, notebook=notebook, action=action)


def render(definition: Definition, links: Mapping[str, str]) -> str:
    """The static HTML form of one exercise; ``links`` from :func:`coursekit.launch.notebook_links`."""
    exercise_type = REGISTRY[definition.type]
    return templates.html(
        "static_exercise.html",
        definition=definition,
        heading=HEADING,
        style=templates.markup(STYLE),
        body=exercise_type.template,
        note=templates.markup(launch_note(links, definition.notebook)),
        **exercise_type.static_context(definition),
    )


def render_portfolio(links: Mapping[str, str], notebook: str) -> str:
    """The static stand-in for the portfolio panel."""
    return templates.html(
        "static_portfolio.html",
        heading=HEADING,
        style=templates.markup(STYLE),
        note=templates.markup(launch_note(links, notebook, learner.STATIC_OPEN_PORTFOLIO)),
    )


def plain(definition: Definition) -> str:
    """The ``text/plain`` description."""
    return learner.STATIC_PLAIN.format(label=definition.label, title=definition.title, chapter=definition.chapter)
