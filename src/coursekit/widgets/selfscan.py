"""Self-scan: statements rated on a labelled scale, with a chart and a text summary."""

from __future__ import annotations

import ipywidgets as widgets

from .. import render
from ..exercise_types import selfscan
from ..exercise_types.selfscan import Selfscan
from ..texts import learner
from .base import LABEL_STYLE, AutosavingView, numbered, paragraph


class SelfscanView(AutosavingView[Selfscan]):
    def build(self, saved: dict | None) -> list[widgets.Widget]:
        definition = self.definition
        scale = definition.scale
        previous = {rating["statement"]: rating for rating in saved["ratings"]} if saved else {}
        options = [(learner.SCALE_OPTION.format(number=n, label=label), n) for n, label in enumerate(scale, start=1)]
        legend = selfscan.scale_legend(scale)
        controls: list[widgets.Widget] = [paragraph(learner.SCALE_LEGEND.format(scale=legend))]
        self.scores: list[widgets.Dropdown] = []
        self.notes: list[widgets.Text] = []
        for number, statement in enumerate(definition.statements, start=1):
            old = previous.get(statement, {})
            score = widgets.Dropdown(
                options=options,
                value=old.get("score") if old.get("score") in range(1, len(scale) + 1) else None,
                description=learner.STATEMENT_LABEL.format(number=number),
                style=LABEL_STYLE,
            )
            score.observe(self._scored, names="value")
            self.scores.append(score)
            row = [score]
            if definition.notes:
                note = widgets.Text(
                    value=old.get("note", ""),
                    description=learner.NOTE_LABEL.format(number=number),
                    placeholder=learner.NOTE_PLACEHOLDER,
                    style=LABEL_STYLE,
                    layout=widgets.Layout(flex="1 1 20em"),
                )
                note.observe(self.typed, names="value")
                self.notes.append(note)
                row.append(note)
            controls += [numbered(number, statement), widgets.HBox(row, layout=widgets.Layout(flex_flow="row wrap"))]
        self.chart = widgets.HTML(layout=widgets.Layout(flex="2 1 28em"))
        self.summary = widgets.HTML(layout=widgets.Layout(flex="1 1 18em"))
        self.draw()
        return [*controls, widgets.HBox([self.chart, self.summary], layout=widgets.Layout(flex_flow="row wrap"))]

    def _scored(self, change: dict) -> None:
        self.autosave.flush()
        self.draw()

    def _earlier(self) -> list[int | None] | None:
        """Scores of the scan this one is compared with, aligned with this scan's statements."""
        compare_with = self.definition.compare_with
        earlier = self.store.get(compare_with) if compare_with else None
        if earlier is None or earlier.type != "selfscan":
            return None
        by_statement = {rating["statement"]: rating["score"] for rating in earlier.value["ratings"]}
        return [by_statement.get(statement) for statement in self.definition.statements]

    def draw(self) -> None:
        earlier = self._earlier()
        chart = selfscan.chart(
            self.definition.statements, [s.value for s in self.scores], self.definition.scale, earlier
        )
        note = ""
        if self.definition.compare_with and earlier is None:
            note = render.macro("p", text=learner.SUMMARY_NO_EARLIER.format(title=self.definition.compare_title))
        self.chart.value = chart.image_html
        self.summary.value = note + chart.summary_html

    def current_value(self) -> dict:
        notes = [note.value for note in self.notes] or [""] * len(self.scores)
        return {
            "scale": list(self.definition.scale),
            "ratings": [
                {"statement": statement, "score": score.value, "note": note}
                for statement, score, note in zip(self.definition.statements, self.scores, notes)
            ],
        }
