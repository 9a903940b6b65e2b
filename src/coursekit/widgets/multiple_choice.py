"""Knowledge check with one answer: explained feedback per option, and a retry.

Feedback starts with a sign and a word ("✔ Goed!", "✘ Nog niet goed."), never colour alone.
The result is saved when the learner clicks "Controleer".
"""

from __future__ import annotations

import ipywidgets as widgets

from .. import render
from ..exercise_types.multiple_choice import MultipleChoice, Option, without_verdict
from ..texts import learner
from .base import LABEL_STYLE, ExerciseView, button, html, paragraph


class MultipleChoiceView(ExerciseView[MultipleChoice]):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        options = self.definition.options
        self.attempts = saved["attempts"] if saved else 0
        self.choice = widgets.RadioButtons(
            options=[option.text for option in options],
            value=None,
            description=learner.YOUR_ANSWER,
            style=LABEL_STYLE,
            layout=widgets.Layout(width="auto"),
        )
        self.check_button = button(learner.CHECK, "check")
        self.retry_button = button(learner.RETRY, "refresh")
        self.feedback = html("")
        self.check_button.on_click(self.check)
        self.retry_button.on_click(self.retry)
        self.retry_button.disabled = True
        if saved and saved["choice"] in self.choice.options:
            self.choice.value = saved["choice"]
            self._reveal()
        return [
            paragraph(self.definition.question),
            self.choice,
            widgets.HBox([self.check_button, self.retry_button]),
            self.feedback,
        ]

    def _option(self) -> Option:
        option = self.definition.chosen(self.choice.value)
        assert option is not None  # the radio buttons offer the definition's options only
        return option

    def _reveal(self) -> None:
        option = self._option()
        text = without_verdict(option.feedback) + f" ({learner.ATTEMPTS.format(count=self.attempts)})"
        self.feedback.value = render.macro(
            "verdict", correct=option.correct, text=text, right=learner.CORRECT, wrong=learner.NOT_YET
        )
        self.choice.disabled = self.check_button.disabled = True
        self.retry_button.disabled = False

    def check(self, _: object = None) -> None:
        if self.choice.value is None:
            self.feedback.value = render.macro("p", text=learner.CHOOSE_FIRST)
            return
        self.attempts += 1
        self._reveal()
        option = self._option()
        self.save(
            {
                "question": self.definition.question,
                "choice": option.text,
                "correct": option.correct,
                "attempts": self.attempts,
            }
        )

    def retry(self, _: object = None) -> None:
        self.choice.disabled = self.check_button.disabled = False
        self.retry_button.disabled = True
        self.choice.value = None
        self.feedback.value = ""
