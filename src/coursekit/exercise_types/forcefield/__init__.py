"""Forcefield (krachtenveld): the learner names forces, rates their strength and their own influence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from ...render import charts
from ...render.blocks import Table
from ...texts import learner
from ..base import (
    ANSWER_TEXT,
    Definition,
    ExerciseType,
    ParseContext,
    SampleLearner,
    answer_list,
    answer_object,
)

STRENGTHS = range(1, 6)
# The stored values of "invloed"; learner.INFLUENCE_LABELS says how each is shown.
INFLUENCE_LEVELS = ("veel", "enige", "geen")


@dataclass(frozen=True, kw_only=True)
class Forcefield(Definition):
    type: ClassVar[str] = "forcefield"
    rows: int

    def asked(self) -> dict:
        return {"rows": self.rows}


class ForcefieldType(ExerciseType[Forcefield]):
    name = "forcefield"
    label = "Krachtenveld"
    order = 6
    definition = Forcefield
    definition_schema: ClassVar[dict] = {
        "properties": {"rows": {"type": "integer", "minimum": 1, "maximum": 20}},
        "required": [],
    }
    value_schema: ClassVar[dict] = answer_object(
        {
            "forces": answer_list(
                answer_object(
                    {
                        "force": ANSWER_TEXT,
                        "strength": {
                            "type": ["integer", "null"],
                            "minimum": STRENGTHS.start,
                            "maximum": STRENGTHS.stop - 1,
                        },
                        "influence": {"enum": [*INFLUENCE_LEVELS, None]},
                    }
                )
            ),
        }
    )

    def parse(self, fields: dict, common: dict, context: ParseContext) -> Forcefield:
        return Forcefield(**common, rows=fields.get("rows", 6))

    def is_empty(self, value: dict) -> bool:
        return all(not f["force"].strip() and f["strength"] is None and f["influence"] is None for f in value["forces"])

    def recorded(self, value: dict) -> dict:
        return {"rows": len(value["forces"])}

    def sample(self, definition: Forcefield, learner: SampleLearner) -> dict:
        named = learner.rng.sample(
            learner.forces, k=min(learner.rng.randint(3, 5), definition.rows, len(learner.forces))
        )
        forces = [
            {"force": force, "strength": learner.rng.randint(2, 5), "influence": learner.rng.choice(INFLUENCE_LEVELS)}
            for force in named
        ]
        forces += [{"force": "", "strength": None, "influence": None}] * (definition.rows - len(forces))
        return {"forces": forces}


def influence_text(level: str | None, missing: str) -> str:
    return learner.INFLUENCE_LABELS[level] if level else missing


def _named(forces: Sequence[dict]) -> list[dict]:
    """Forces with a name and a strength, strongest first."""
    return sorted((f for f in forces if f["force"].strip() and f["strength"] is not None), key=lambda f: -f["strength"])


def summary(forces: Sequence[dict]) -> charts.Summary | None:
    """The summary in words and the table of the named forces; None when there are none yet."""
    named = _named(forces)
    if not named:
        return None
    strongest = named[0]["strength"]
    lines = [
        learner.SUMMARY_FORCES.get(len(named), learner.SUMMARY_FORCES["many"]).format(count=len(named)),
        learner.SUMMARY_STRONGEST.format(
            strength=strongest, forces="; ".join(f["force"].strip() for f in named if f["strength"] == strongest)
        ),
    ]
    for level in INFLUENCE_LEVELS:
        listed = "; ".join(f["force"].strip() for f in named if f["influence"] == level)
        if listed:
            lines.append(learner.SUMMARY_INFLUENCE.format(level=learner.INFLUENCE_LABELS[level], forces=listed))
    table = Table(
        learner.TABLE_FORCES_CAPTION,
        (learner.TABLE_FORCE, learner.TABLE_STRENGTH, learner.TABLE_INFLUENCE),
        tuple(
            (f["force"].strip(), str(f["strength"]), influence_text(f["influence"], learner.CHART_NO_INFLUENCE))
            for f in named
        ),
    )
    return charts.Summary(tuple(lines), table)


def chart(forces: Sequence[dict]) -> charts.Chart:
    """The named forces as bars, strongest first, with the summary."""
    found = summary(forces)
    if found is None:
        return charts.Chart.empty(learner.CHART_EMPTY_FORCEFIELD)
    named = _named(forces)
    labels = [
        learner.CHART_FORCE_LABEL.format(
            force=charts.axis_label(f["force"]), influence=influence_text(f["influence"], learner.CHART_NO_INFLUENCE)
        )
        for f in named
    ]
    strength = charts.Series("", tuple(f["strength"] for f in named), charts.NOW_COLOUR, "")
    axis = f"{learner.CHART_STRENGTH_AXIS} (1 = {learner.STRENGTH_LABELS[0]}, 5 = {learner.STRENGTH_LABELS[-1]})"
    png = charts.horizontal_bars(labels, [strength], top=5, axis=axis, legend=False, height=len(named))
    return charts.Chart.drawn(png, learner.CHART_ALT_FORCEFIELD, found)


TYPE = ForcefieldType()
