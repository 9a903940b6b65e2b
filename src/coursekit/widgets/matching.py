"""Matching (sorting): a category per item, feedback per item, and a retry that keeps the choices."""

from __future__ import annotations

import ipywidgets as widgets

from .. import render
from ..exercise_types.matching import Matching
from ..exercise_types.multiple_choice import without_verdict
from ..texts import learner
from .base import LABEL_STYLE, ExerciseView, button, html, numbered, paragraph


class MatchingView(ExerciseView[Matching]):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        definition = self.definition
        placed = {p["item"]: p["category"] for p in saved["placements"]} if saved else {}
        self.choices: list[widgets.Dropdown] = []
        self.item_feedback: list[widgets.HTML] = []
        rows: list[widgets.Widget] = []
        for number, item in enumerate(definition.items, start=1):
            previous = placed.get(item.text)
            choice = widgets.Dropdown(
                options=list(definition.categories),
                value=previous if previous in definition.categories else None,
                description=learner.ITEM_LABEL.format(number=number),
                style=LABEL_STYLE,
            )
            feedback = html("")
            self.choices.append(choice)
            self.item_feedback.append(feedback)
            rows += [numbered(number, item.text), choice, feedback]
        self.check_button = button(learner.CHECK, "check")
        self.retry_button = button(learner.RETRY, "refresh")
        self.check_button.on_click(self.check)
        self.retry_button.on_click(self.retry)
        self.retry_button.disabled = True
        self.score = html("")
        if saved and all(choice.value is not None for choice in self.choices):
            self._reveal()
        return [paragraph(definition.question), *rows, widgets.HBox([self.check_button, self.retry_button]), self.score]

    def _reveal(self) -> int:
        """Show per-item feedback and the score; return the number correct."""
        correct = 0
        for item, choice, feedback in zip(self.definition.items, self.choices, self.item_feedback):
            right = choice.value == item.answer
            correct += right
            feedback.value = render.macro(
                "verdict",
                correct=right,
                text=without_verdict(item.explanation),
                right=learner.ITEM_CORRECT + " —",
                wrong=learner.ITEM_NOT_YET + " —",
            )
            choice.disabled = True
        total = len(self.choices)
        verdict = learner.MATCH_ALL_CORRECT if correct == total else learner.MATCH_TRY_AGAIN
        self.score.value = render.macro("p", text=f"{learner.MATCH_SCORE.format(score=correct, total=total)} {verdict}")
        self.check_button.disabled = True
        self.retry_button.disabled = False
        return correct

    def check(self, _: object = None) -> None:
        open_items = sum(choice.value is None for choice in self.choices)
        if open_items:
            self.score.value = render.macro("p", text=learner.ITEMS_OPEN.format(count=open_items))
            return
        correct = self._reveal()
        self.save(
            {
                "question": self.definition.question,
                "placements": [
                    {"item": item.text, "category": choice.value, "correct": choice.value == item.answer}
                    for item, choice in zip(self.definition.items, self.choices)
                ],
                "score": correct,
                "total": len(self.choices),
            }
        )

    def retry(self, _: object = None) -> None:
        """Keep the choices so the learner can change only what was wrong."""
        for choice, feedback in zip(self.choices, self.item_feedback):
            choice.disabled = False
            feedback.value = ""
        self.score.value = render.macro("p", text=learner.MATCH_TRY_AGAIN)
        self.check_button.disabled = False
        self.retry_button.disabled = True
