"""Forcefield (krachtenveld): the learner names forces, rates their strength and their own influence.
The view (``view.js``) draws the chart and its summary in words; they live there only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

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


TYPE = ForcefieldType()
