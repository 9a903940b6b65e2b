"""The static form of an exercise: plain HTML for the online book and any viewer without a kernel.

Made from the same definition as the widget (template ``static_exercise.html`` with the type's own
part, ``template.html`` in its folder in ``exercise_types/``). It shows the questions, the scale as a
table, the options (with the explained answers folded away in ``<details>``) and a note with the
Binder link.
Self-contained (no scripts that run, no external files), every text escaped, tables with
``<caption>`` and ``<th scope>``, no meaning carried by colour.

Each form also carries its data for the page's front end (:mod:`coursekit.page`), which makes the
exercise interactive in the online book: a ``<script type="application/json" class="coursekit-data">``
block (never run) with the definition (:meth:`Definition.to_json`) or, for the portfolio, the whole
catalog; the page takes the launch links from the note. Without JavaScript the form shows as it is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import render as templates
from .exercise_types import REGISTRY
from .exercise_types.base import Definition
from .formatting import json_for_script
from .texts import learner

if TYPE_CHECKING:
    from .definitions import Catalog

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


def page_data(content: dict) -> object:
    """The data block's content: compact JSON that cannot end the ``<script>`` element."""
    return templates.markup(json_for_script(json.dumps(content, ensure_ascii=False, separators=(",", ":"))))


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
        data=page_data({"exercise": definition.to_json()}),
        **exercise_type.static_context(definition),
    )


def catalog_json(catalog: Catalog) -> dict:
    """The book's exercises in book order and its chapters, for the page's portfolio."""
    return {
        "edition": catalog.edition,
        "chapters": [
            {"number": chapter.number, "title": chapter.title, "notebook": chapter.notebook}
            for chapter in catalog.chapters.values()
        ],
        "exercises": [definition.to_json() for definition in catalog.definitions.values()],
    }


def render_portfolio(links: Mapping[str, str], notebook: str, catalog: Catalog) -> str:
    """The static stand-in for the portfolio panel. Its data block holds only the exercise ids (for
    the progress line); the page loads the whole catalog (:func:`catalog_json`, a file of its own
    that the browser caches) when the learner exports or imports."""
    return templates.html(
        "static_portfolio.html",
        heading=HEADING,
        style=templates.markup(STYLE),
        note=templates.markup(launch_note(links, notebook, learner.STATIC_OPEN_PORTFOLIO)),
        data=page_data({"portfolio": {"exercises": list(catalog.definitions)}}),
    )


def plain(definition: Definition) -> str:
    """The ``text/plain`` description."""
    return learner.STATIC_PLAIN.format(label=definition.label, title=definition.title, chapter=definition.chapter)
