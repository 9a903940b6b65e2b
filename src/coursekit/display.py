"""What a notebook cell shows: a live widget with a static fallback, or a Dutch message.

Jupyter front ends pick the richest output they can render: JupyterLab and
Voila show the widget, the static book (``nb_mime_priority_overrides``) and
any viewer without a kernel show the ``text/html`` form.
"""

from __future__ import annotations

from typing import Any

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


class Message:
    """A Dutch notice shown instead of an exercise: no traceback wall."""

    def __init__(self, text: str, details: tuple[str, ...] = ()):
        self.text = text
        self.details = details

    def __str__(self) -> str:
        return "\n".join((self.text, *self.details))

    def __repr__(self) -> str:
        return str(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        from . import render

        html = render.macro("message", lines=self.text.split("\n"), details=self.details)
        return {"text/plain": str(self), "text/html": html}


class LiveAndStatic:
    """A widget for a live kernel, with static HTML and a plain description as fallbacks."""

    def __init__(self, widget: Any, static_html: str, plain: str):
        self.widget = widget
        self.static_html = static_html
        self.plain = plain

    def __repr__(self) -> str:
        return self.plain

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = {"text/plain": self.plain, "text/html": self.static_html}
        shown = self.widget._repr_mimebundle_() or {}
        if isinstance(shown, tuple):  # anywidget gives (data, metadata)
            shown = shown[0]
        view = shown.get(WIDGET_VIEW)
        if view is not None:
            bundle[WIDGET_VIEW] = view
        return bundle
