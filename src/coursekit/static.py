"""The static form of an exercise: plain HTML for the online book, where no kernel runs.

Made from the same :class:`~coursekit.definitions.Definition` as the widget. It
shows the questions, the scale as a table, the options (with the explained
answers folded away in ``<details>``) and a note with the Binder link to do the
exercise. Self-contained (no scripts, no external files), every text escaped,
tables with ``<caption>`` and ``<th scope>``, no meaning carried by colour.
"""

from __future__ import annotations

from html import escape
from typing import Callable, Mapping

from . import messages
from .definitions import Definition, Dilemma, Forcefield, Matching, MultipleChoice, Reflection, Selfscan

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
EMPTY_CELL = '<td><span aria-hidden="true">○</span></td>'


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _table(caption: str, header: list[str], rows: list[tuple[str, list[str]]]) -> str:
    """``rows`` are (row heading text, ready-made cell HTML)."""
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in header)
    body = "".join(
        f'<tr><th scope="row">{escape(heading)}</th>{"".join(cells)}</tr>' for heading, cells in rows
    )
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _details(summary: str, content: str) -> str:
    return f"<details><summary>{escape(summary)}</summary>{content}</details>"


def _reflection(definition: Reflection) -> str:
    if len(definition.prompts) == 1:
        return _p(definition.prompts[0])
    items = "".join(f"<li>{escape(prompt)}</li>" for prompt in definition.prompts)
    return f"<p>{escape(messages.STATIC_PROMPTS)}:</p><ol>{items}</ol>"


def _selfscan(definition: Selfscan) -> str:
    scale = definition.scale
    header = [messages.TABLE_STATEMENT] + [
        messages.SCALE_OPTION.format(number=number, label=label) for number, label in enumerate(scale, start=1)
    ]
    cells = [EMPTY_CELL] * len(scale)
    if definition.notes:
        header.append(messages.TABLE_NOTE)
        cells = cells + ["<td></td>"]
    rows = [(f"{number}. {statement}", cells) for number, statement in enumerate(definition.statements, start=1)]
    caption = messages.STATIC_SCALE_CAPTION.format(low=scale[0], top=len(scale), high=scale[-1])
    return _table(caption, header, rows)


def _multiple_choice(definition: MultipleChoice) -> str:
    options = "".join(f"<li>{escape(option.text)}</li>" for option in definition.options)
    explained = "".join(
        f"<dt>{escape(option.text)}</dt><dd><strong>"
        f"{escape(messages.STATIC_CORRECT_OPTION if option.correct else messages.STATIC_WRONG_OPTION)}"
        f"</strong> — {escape(option.feedback)}</dd>"
        for option in definition.options
    )
    return _p(definition.question) + f'<ol type="A">{options}</ol>' + _details(
        messages.STATIC_SHOW_FEEDBACK, f"<dl>{explained}</dl>")


def _matching(definition: Matching) -> str:
    categories = escape(", ".join(definition.categories))
    rows = [(f"{number}. {item.text}", ["<td></td>"]) for number, item in enumerate(definition.items, start=1)]
    answers = "".join(
        f"<li><strong>{escape(item.text)}</strong>: {escape(item.answer)}. {escape(item.explanation)}</li>"
        for item in definition.items
    )
    return (
        _p(definition.question)
        + f"<p>{escape(messages.STATIC_CATEGORIES)}: {categories}</p>"
        + _table(messages.STATIC_MATCH_CAPTION, [messages.TABLE_ITEM, messages.TABLE_CATEGORY], rows)
        + _details(messages.STATIC_SHOW_ANSWERS, f"<ol>{answers}</ol>")
    )


def _dilemma(definition: Dilemma) -> str:
    choices = "".join(f"<li>{escape(choice.text)}</li>" for choice in definition.choices)
    explained = "".join(
        f"<dt>{escape(choice.text)}</dt><dd>{escape(choice.feedback)} "
        f"<strong>{escape(messages.THEORY)}</strong> {escape(choice.theory)}</dd>"
        for choice in definition.choices
    )
    return (
        f"<blockquote>{_p(definition.situation)}</blockquote>"
        + _p(definition.question)
        + f'<ol type="A">{choices}</ol>'
        + _details(messages.STATIC_SHOW_CHOICES, f"<dl>{explained}</dl>")
    )


def _forcefield(definition: Forcefield) -> str:
    header = [messages.TABLE_FORCE, messages.TABLE_STRENGTH, messages.TABLE_INFLUENCE]
    rows = [
        (messages.FORCE_LABEL.format(number=number), ["<td></td>"] * 2)
        for number in range(1, definition.rows + 1)
    ]
    return _p(messages.FORCEFIELD_LEGEND) + _table(
        messages.STATIC_FORCES_CAPTION.format(rows=definition.rows), header, rows)


_BODIES: dict[str, Callable] = {
    "reflection": _reflection,
    "selfscan": _selfscan,
    "multiple_choice": _multiple_choice,
    "matching": _matching,
    "dilemma": _dilemma,
    "forcefield": _forcefield,
}


def launch_note(links: Mapping[str, str], notebook: str, action: str = messages.STATIC_OPEN_BINDER) -> str:
    """'You cannot fill this in here' plus the Binder (and Voila) link."""
    if "lab" in links:
        how = f'<a href="{escape(links["lab"])}">{escape(action)}</a>'
        if "voila" in links:
            how += (f' {escape(messages.STATIC_OR)} '
                    f'<a href="{escape(links["voila"])}">{escape(messages.STATIC_OPEN_VOILA)}</a>')
        how += f". {escape(messages.STATIC_BINDER_WAIT)}"
    else:
        how = escape(messages.STATIC_OPEN_LOCAL.format(notebook=notebook))
    return (f'<p class="coursekit-note" role="note"><strong>{escape(messages.STATIC_NOTE)}</strong> '
            f"{how}</p>")


def render(definition: Definition, links: Mapping[str, str]) -> str:
    """The static HTML form of one exercise; ``links`` from :func:`coursekit.launch.notebook_links`."""
    instruction = _p(definition.instruction) if definition.instruction else ""
    return (
        f'<div class="coursekit-static" lang="nl">{STYLE}'
        f"<{HEADING}>{escape(definition.title)}</{HEADING}>{instruction}"
        f"{_BODIES[definition.type](definition)}"
        f"{launch_note(links, definition.notebook)}</div>"
    )


def render_portfolio(links: Mapping[str, str], notebook: str) -> str:
    """The static stand-in for the portfolio panel."""
    return (
        f'<div class="coursekit-static" lang="nl">{STYLE}'
        f"<{HEADING}>{escape(messages.PORTFOLIO_HEADING)}</{HEADING}>{_p(messages.STATIC_PORTFOLIO)}"
        f"{launch_note(links, notebook, messages.STATIC_OPEN_PORTFOLIO)}</div>"
    )


def plain(definition: Definition) -> str:
    """The ``text/plain`` description."""
    return messages.STATIC_PLAIN.format(label=definition.label, title=definition.title, chapter=definition.chapter)
