"""Case dilemma: a short situation, a choice, and feedback that names the theory behind it."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from .. import messages
from .base import LABEL_STYLE, ExerciseView, button, html, p, paragraph


class DilemmaView(ExerciseView):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        definition = self.definition
        self.choice = widgets.RadioButtons(options=[choice.text for choice in definition.choices], value=None,
                                           description=messages.YOUR_CHOICE, style=LABEL_STYLE,
                                           layout=widgets.Layout(width="auto"))
        self.confirm_button = button(messages.CHOOSE_THIS, "check")
        self.confirm_button.on_click(self.confirm)
        self.feedback = html("")
        if saved and saved["choice"] in self.choice.options:
            self.choice.value = saved["choice"]
            self._reveal()
        self.choice.observe(lambda change: setattr(self.feedback, "value", ""), names="value")
        return [html(f"<blockquote>{escape(definition.situation)}</blockquote>"), paragraph(definition.question),
                self.choice, self.confirm_button, self.feedback]

    def _reveal(self) -> None:
        chosen = next(c for c in self.definition.choices if c.text == self.choice.value)
        self.feedback.value = (
            f"<p><strong>{escape(messages.YOU_CHOSE.format(choice=chosen.text))}</strong></p>"
            + p(chosen.feedback)
            + f"<p><strong>{escape(messages.THEORY)}</strong> {escape(chosen.theory)}</p>"
        )

    def confirm(self, _: object = None) -> None:
        if self.choice.value is None:
            self.feedback.value = p(messages.CHOOSE_FIRST)
            return
        self._reveal()
        self.save({"question": self.definition.question, "choice": self.choice.value})
