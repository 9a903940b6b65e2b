"""Knowledge checks: multiple choice and matching, with explained feedback and retry.

Feedback starts with a sign and a word ("✔ Goed", "✘ Nog niet"), never colour alone.
The result is saved when the learner clicks "Controleer".
"""

from __future__ import annotations

import re

from html import escape

import ipywidgets as widgets

from .. import messages
from .base import LABEL_STYLE, ExerciseView, button, html, numbered, p, paragraph


# Authors often open their feedback with the verdict itself ("Goed. ...", "Nog niet. ..."); the
# badge already says it, so that opening is dropped instead of printed twice ("Goed! Goed.").
_OPENING_VERDICT = re.compile(r"^(Goed|Nog niet)[.!]\s+")


def _verdict(correct: bool, text: str, right: str, wrong: str) -> str:
    text = _OPENING_VERDICT.sub("", text, count=1)
    return f"<p><strong>{escape(right if correct else wrong)}</strong> {escape(text)}</p>"


class MultipleChoiceView(ExerciseView):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        options = self.definition.options
        self.attempts = saved["attempts"] if saved else 0
        self.choice = widgets.RadioButtons(options=[option.text for option in options], value=None,
                                           description=messages.YOUR_ANSWER, style=LABEL_STYLE,
                                           layout=widgets.Layout(width="auto"))
        self.check_button = button(messages.CHECK, "check")
        self.retry_button = button(messages.RETRY, "refresh")
        self.feedback = html("")
        self.check_button.on_click(self.check)
        self.retry_button.on_click(self.retry)
        self.retry_button.disabled = True
        if saved and saved["choice"] in self.choice.options:
            self.choice.value = saved["choice"]
            self._reveal()
        return [paragraph(self.definition.question), self.choice,
                widgets.HBox([self.check_button, self.retry_button]), self.feedback]

    def _chosen(self):
        return next(option for option in self.definition.options if option.text == self.choice.value)

    def _reveal(self) -> None:
        option = self._chosen()
        attempt = f" ({messages.ATTEMPTS.format(count=self.attempts)})"
        self.feedback.value = _verdict(option.correct, option.feedback + attempt, messages.CORRECT, messages.NOT_YET)
        self.choice.disabled = self.check_button.disabled = True
        self.retry_button.disabled = False

    def check(self, _: object = None) -> None:
        if self.choice.value is None:
            self.feedback.value = p(messages.CHOOSE_FIRST)
            return
        self.attempts += 1
        self._reveal()
        option = self._chosen()
        self.save({"question": self.definition.question, "choice": option.text,
                   "correct": option.correct, "attempts": self.attempts})

    def retry(self, _: object = None) -> None:
        self.choice.disabled = self.check_button.disabled = False
        self.retry_button.disabled = True
        self.choice.value = None
        self.feedback.value = ""


class MatchingView(ExerciseView):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        definition = self.definition
        placed = {p["item"]: p["category"] for p in saved["placements"]} if saved else {}
        self.choices: list[widgets.Dropdown] = []
        self.item_feedback: list[widgets.HTML] = []
        rows: list[widgets.Widget] = []
        for number, item in enumerate(definition.items, start=1):
            previous = placed.get(item.text)
            choice = widgets.Dropdown(options=list(definition.categories),
                                      value=previous if previous in definition.categories else None,
                                      description=messages.ITEM_LABEL.format(number=number), style=LABEL_STYLE)
            feedback = html("")
            self.choices.append(choice)
            self.item_feedback.append(feedback)
            rows += [numbered(number, item.text), choice, feedback]
        self.check_button = button(messages.CHECK, "check")
        self.retry_button = button(messages.RETRY, "refresh")
        self.check_button.on_click(self.check)
        self.retry_button.on_click(self.retry)
        self.retry_button.disabled = True
        self.score = html("")
        if saved and all(choice.value is not None for choice in self.choices):
            self._reveal()
        return [paragraph(definition.question), *rows, widgets.HBox([self.check_button, self.retry_button]),
                self.score]

    def _reveal(self) -> int:
        """Show per-item feedback and the score; return the number correct."""
        correct = 0
        for item, choice, feedback in zip(self.definition.items, self.choices, self.item_feedback):
            right = choice.value == item.answer
            correct += right
            feedback.value = _verdict(right, item.explanation, messages.ITEM_CORRECT + " —", messages.ITEM_NOT_YET + " —")
            choice.disabled = True
        total = len(self.choices)
        verdict = messages.MATCH_ALL_CORRECT if correct == total else messages.MATCH_TRY_AGAIN
        self.score.value = p(f"{messages.MATCH_SCORE.format(score=correct, total=total)} {verdict}")
        self.check_button.disabled = True
        self.retry_button.disabled = False
        return correct

    def check(self, _: object = None) -> None:
        open_items = sum(choice.value is None for choice in self.choices)
        if open_items:
            self.score.value = p(messages.ITEMS_OPEN.format(count=open_items))
            return
        correct = self._reveal()
        self.save({
            "question": self.definition.question,
            "placements": [{"item": item.text, "category": choice.value, "correct": choice.value == item.answer}
                           for item, choice in zip(self.definition.items, self.choices)],
            "score": correct,
            "total": len(self.choices),
        })

    def retry(self, _: object = None) -> None:
        """Keep the choices so the learner can change only what was wrong."""
        for choice, feedback in zip(self.choices, self.item_feedback):
            choice.disabled = False
            feedback.value = ""
        self.score.value = p(messages.MATCH_TRY_AGAIN)
        self.check_button.disabled = False
        self.retry_button.disabled = True
