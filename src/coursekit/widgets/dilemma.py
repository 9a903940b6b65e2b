"""Case dilemma: a short situation, a choice, and feedback that names the theory behind it."""

from __future__ import annotations

import ipywidgets as widgets

from .. import render
from ..exercise_types.dilemma import Dilemma
from ..texts import learner
from .base import LABEL_STYLE, ExerciseView, button, html, paragraph


class DilemmaView(ExerciseView[Dilemma]):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        definition = self.definition
        self.choice = widgets.RadioButtons(
            options=[choice.text for choice in definition.choices],
            value=None,
            description=learner.YOUR_CHOICE,
            style=LABEL_STYLE,
            layout=widgets.Layout(width="auto"),
        )
        self.confirm_button = button(learner.CHOOSE_THIS, "check")
        self.confirm_button.on_click(self.confirm)
        self.feedback = html("")
        if saved and saved["choice"] in self.choice.options:
            self.choice.value = saved["choice"]
            self._reveal()
        self.choice.observe(lambda change: setattr(self.feedback, "value", ""), names="value")
        situation = html(render.macro("situation", "exercise_parts.html", text=definition.situation))
        return [situation, paragraph(definition.question), self.choice, self.confirm_button, self.feedback]

    def _reveal(self) -> None:
        chosen = self.definition.chosen(self.choice.value)
        self.feedback.value = render.macro("dilemma_feedback", "exercise_parts.html", choice=chosen)

    def confirm(self, _: object = None) -> None:
        if self.choice.value is None:
            self.feedback.value = render.macro("p", text=learner.CHOOSE_FIRST)
            return
        self._reveal()
        self.save({"question": self.definition.question, "choice": self.choice.value})
