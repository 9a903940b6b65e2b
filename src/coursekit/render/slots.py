"""Slots: render a template part once, with markers where its values go, for another front end to fill.

The portfolio document is written once, as Jinja2 parts (macros in ``portfolio_parts.html``,
``portfolio_parts.md`` and ``macros.html``). The page's front end (:mod:`coursekit.page`, also the
notebook's portfolio panel) gets every part rendered with a :class:`Slot` in place of each value and
fills the slots itself. A slot's marker names the value and every step the template applies to it
on the way out, in order: a filter (``md_quote``, ``long_date``, ...) and then the escaping of the
template's language (``html`` or ``md_cell``), unless the value is already markup. So the page
escapes and formats each value exactly where and how the template does.

A marker is ``\\x01name|step|step\\x02``; those two characters never occur in a template.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

OPEN, CLOSE = "\x01", "\x02"
MARKER_PATTERN = "\x01([a-z_]+)((?:\\|[a-z_]+)*)\x02"


class Slot:
    """A value to be filled in later. ``safe``: already markup (not escaped on output)."""

    def __init__(self, name: str, steps: tuple[str, ...] = (), *, safe: bool = False):
        self.name = name
        self.steps = steps
        self.safe = safe

    def through(self, step: str, *, safe: bool) -> Slot:
        """The slot after a filter named ``step``; ``safe`` when the filter returns markup."""
        return Slot(self.name, (*self.steps, step), safe=safe)

    def marker(self, escape: str) -> str:
        steps = self.steps if self.safe else (*self.steps, escape)
        return OPEN + "|".join((self.name, *steps)) + CLOSE

    def __str__(self) -> str:
        raise TypeError(f"slot {self.name!r} used as text: only output, macros and the slot-aware filters take slots")

    def __bool__(self) -> bool:
        raise TypeError(f"slot {self.name!r} used in a condition: put conditions around parts, not inside them")

    def __iter__(self):
        raise TypeError(f"slot {self.name!r} used in a loop: put loops around parts, not inside them")


def aware(step: str, function: Callable[[Any], Any], *, safe: bool) -> Callable[[Any], Any]:
    """A template filter that passes a slot on (noting ``step``) and works as ``function`` otherwise."""

    def apply(value: Any) -> Any:
        if isinstance(value, Slot):
            return value.through(step, safe=safe)
        return function(value)

    return apply


def part(value: Any) -> Any:
    """The ``part`` filter of Markdown templates: a part (macro) put into another is already Markdown."""
    from markupsafe import Markup

    if isinstance(value, Slot):
        return Slot(value.name, value.steps, safe=True)
    return Markup(value)
