"""Knowledge check with one answer: options, each with the feedback that explains it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from ...texts import author
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

MAX_ATTEMPTS = 1_000_000
# Authors often open their feedback with the verdict itself ("Goed. ...", "Nog niet. ..."); the
# badge already says it, so that opening is dropped instead of shown twice ("Goed! Goed.").
OPENING_VERDICT = re.compile(r"^(Goed|Nog niet)[.!]\s+")


def without_verdict(feedback: str) -> str:
    return OPENING_VERDICT.sub("", feedback, count=1)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Definition):
    type: ClassVar[str] = "multiple_choice"
    question: str
    options: tuple[Option, ...]

    def asked(self) -> dict:
        return {"question": self.question, "options": [option.text for option in self.options]}


class MultipleChoiceType(ExerciseType[MultipleChoice]):
    name = "multiple_choice"
    label = "Kennisvraag"
    order = 3
    definition = MultipleChoice
    definition_schema: ClassVar[dict] = {
        "properties": {
            "question": DEFINITION_TEXT,
            "options": definition_records(
                {"text": DEFINITION_TEXT, "correct": {"type": "boolean"}, "feedback": DEFINITION_TEXT},
                ["text", "correct", "feedback"],
                low=2,
                high=10,
            ),
        },
        "required": ["question", "options"],
    }
    value_schema: ClassVar[dict] = answer_object(
        {
            "question": ANSWER_TEXT,
            "choice": ANSWER_TEXT,
            "correct": {"type": "boolean"},
            "attempts": {"type": "integer", "minimum": 1, "maximum": MAX_ATTEMPTS - 1},
        }
    )

    def parse(self, fields: dict, common: dict, context: ParseContext) -> MultipleChoice:
        options = tuple(Option(o["text"], o["correct"], o["feedback"]) for o in fields["options"])
        context.unique("options", tuple(option.text for option in options))
        if not any(option.correct for option in options):
            raise context.error(author.DEF_NO_CORRECT)
        return MultipleChoice(**common, question=fields["question"], options=options)

    def is_empty(self, value: dict) -> bool:
        return not value["choice"]

    def recorded(self, value: dict) -> dict:
        return {"question": value["question"]}

    def sample(self, definition: MultipleChoice, learner: SampleLearner) -> dict:
        right = [o for o in definition.options if o.correct]
        wrong = [o for o in definition.options if not o.correct]
        roll = learner.rng.random()
        if roll < 0.65 or not wrong:
            return {"question": definition.question, "choice": right[0].text, "correct": True, "attempts": 1}
        if roll < 0.9:
            return {"question": definition.question, "choice": right[0].text, "correct": True, "attempts": 2}
        return {
            "question": definition.question,
            "choice": learner.rng.choice(wrong).text,
            "correct": False,
            "attempts": 1,
        }


TYPE = MultipleChoiceType()
