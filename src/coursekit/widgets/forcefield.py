"""Forcefield (krachtenveld): the learner names forces, rates their strength and own influence."""

from __future__ import annotations

import ipywidgets as widgets

from ..exercise_types import forcefield
from ..exercise_types.forcefield import INFLUENCE_LEVELS, STRENGTHS, Forcefield
from ..texts import learner
from .base import LABEL_STYLE, AutosavingView, paragraph


class ForcefieldView(AutosavingView[Forcefield]):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        previous = saved["forces"] if saved else []
        strengths = [
            (learner.STRENGTH_OPTION.format(number=n, label=label), n)
            for n, label in zip(STRENGTHS, learner.STRENGTH_LABELS)
        ]
        self.forces: list[widgets.Text] = []
        self.strengths: list[widgets.Dropdown] = []
        self.influences: list[widgets.Dropdown] = []
        rows: list[widgets.Widget] = []
        for index in range(self.definition.rows):
            old = previous[index] if index < len(previous) else {"force": "", "strength": None, "influence": None}
            number = index + 1
            force = widgets.Text(
                value=old["force"],
                description=learner.FORCE_LABEL.format(number=number),
                placeholder=learner.FORCE_PLACEHOLDER,
                style=LABEL_STYLE,
                layout=widgets.Layout(flex="1 1 20em"),
            )
            strength = widgets.Dropdown(
                options=strengths,
                value=old["strength"],
                style=LABEL_STYLE,
                description=learner.STRENGTH_LABEL.format(number=number),
            )
            influence = widgets.Dropdown(
                options=[(learner.INFLUENCE_LABELS[level], level) for level in INFLUENCE_LEVELS],
                value=old["influence"],
                description=learner.INFLUENCE_LABEL.format(number=number),
                style=LABEL_STYLE,
            )
            force.observe(self.typed, names="value")
            strength.observe(self._chosen, names="value")
            influence.observe(self._chosen, names="value")
            self.forces.append(force)
            self.strengths.append(strength)
            self.influences.append(influence)
            rows.append(widgets.HBox([force, strength, influence], layout=widgets.Layout(flex_flow="row wrap")))
        self.chart = widgets.HTML(layout=widgets.Layout(flex="2 1 28em"))
        self.summary = widgets.HTML(layout=widgets.Layout(flex="1 1 18em"))
        self.draw()
        return [
            paragraph(learner.FORCEFIELD_LEGEND),
            *rows,
            self.save_now_button(),
            widgets.HBox([self.chart, self.summary], layout=widgets.Layout(flex_flow="row wrap")),
        ]

    def _chosen(self, change: dict) -> None:
        self.autosave.flush()

    def save_current(self) -> None:
        super().save_current()
        self.draw()

    def draw(self) -> None:
        chart = forcefield.chart(self.current_value()["forces"])
        self.chart.value = chart.image_html
        self.summary.value = chart.summary_html

    def current_value(self) -> dict:
        return {
            "forces": [
                {"force": f.value, "strength": s.value, "influence": i.value}
                for f, s, i in zip(self.forces, self.strengths, self.influences)
            ]
        }
