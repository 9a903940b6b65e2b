"""Case dilemma: a short situation, a choice, and feedback that names the theory behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...texts import learner
from ..base import (
    ANSWER_TEXT,
    DEFINITION_TEXT,
    Definition,
    ExerciseType,
    ParseContext,
    SampleLearner,
    answer_object,
    definition_records,
)


@dataclass(frozen=True)
class Choice:
    text: str
    feedback: str
    theory: str


@dataclass(frozen=True, kw_only=True)
class Dilemma(Definition):
    type: ClassVar[str] = "dilemma"
    situation: str
    question: str
    choices: tuple[Choice, ...]

    def asked(self) -> dict:
        return {
            "situation": self.situation,
            "question": self.question,
            "choices": [choice.text for choice in self.choices],
        }


class DilemmaType(ExerciseType[Dilemma]):
    name = "dilemma"
    label = "Casus: wat doe je?"
    order = 5
    definition = Dilemma
    definition_schema: ClassVar[dict] = {
        "properties": {
            "situation": DEFINITION_TEXT,
            "question": DEFINITION_TEXT,
            "choices": definition_records(
                {"text": DEFINITION_TEXT, "feedback": DEFINITION_TEXT, "theory": DEFINITION_TEXT},
                ["text", "feedback", "theory"],
                low=2,
                high=10,
            ),
        },
        "required": ["situation", "choices"],
    }
    value_schema: ClassVar[dict] = answer_object({"question": ANSWER_TEXT, "choice": ANSWER_TEXT})

    def parse(self, fields: dict, common: dict, context: ParseContext) -> Dilemma:
        choices = tuple(Choice(c["text"], c["feedback"], c["theory"]) for c in fields["choices"])
        context.unique("choices", tuple(choice.text for choice in choices))
        return Dilemma(
            **common,
            situation=fields["situation"],
            question=fields.get("question", learner.DEFAULT_DILEMMA_QUESTION),
            choices=choices,
        )

    def is_empty(self, value: dict) -> bool:
        return not value["choice"]

    def recorded(self, value: dict) -> dict:
        return {"question": value["question"]}

    def sample(self, definition: Dilemma, learner: SampleLearner) -> dict:
        weights = [
            3 if index == learner.favourite % len(definition.choices) else 1 for index in range(len(definition.choices))
        ]
        choice = learner.rng.choices(definition.choices, weights=weights)[0]
        return {"question": definition.question, "choice": choice.text}


TYPE = DilemmaType()
