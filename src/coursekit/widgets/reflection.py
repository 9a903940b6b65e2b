"""Reflection: one text area per prompt, saved while the learner types."""

from __future__ import annotations

import ipywidgets as widgets

from ..exercise_types.reflection import Reflection
from ..texts import learner
from .base import LABEL_STYLE, AutosavingView, numbered, paragraph


class ReflectionView(AutosavingView[Reflection]):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        prompts = self.definition.prompts
        texts = [response["text"] for response in saved["responses"]] if saved else []
        self.text_areas: list[widgets.Textarea] = []
        controls: list[widgets.Widget] = []
        for index, prompt in enumerate(prompts):
            single = len(prompts) == 1
            area = widgets.Textarea(
                value=texts[index] if index < len(texts) else "",
                description=learner.SINGLE_ANSWER_LABEL if single else learner.ANSWER_LABEL.format(number=index + 1),
                rows=6,
                style=LABEL_STYLE,
                layout=widgets.Layout(width="100%"),
            )
            area.observe(self.typed, names="value")
            self.text_areas.append(area)
            controls += [paragraph(prompt) if single else numbered(index + 1, prompt), area]
        return [*controls, self.save_now_button()]

    def current_value(self) -> dict:
        return {
            "responses": [
                {"prompt": prompt, "text": area.value} for prompt, area in zip(self.definition.prompts, self.text_areas)
            ]
        }
