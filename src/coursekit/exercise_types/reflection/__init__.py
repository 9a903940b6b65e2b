"""Reflection: open questions, one text area each, saved while the learner types."""

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
    definition_texts,
)


@dataclass(frozen=True, kw_only=True)
class Reflection(Definition):
    type: ClassVar[str] = "reflection"
    prompts: tuple[str, ...]

    def asked(self) -> dict:
        return {"prompts": list(self.prompts)}


class ReflectionType(ExerciseType[Reflection]):
    name = "reflection"
    label = "Reflectievraag"
    order = 1
    definition = Reflection
    definition_schema: ClassVar[dict] = {"properties": {"prompts": definition_texts()}, "required": ["prompts"]}
    value_schema: ClassVar[dict] = answer_object(
        {"responses": answer_list(answer_object({"prompt": ANSWER_TEXT, "text": ANSWER_TEXT}))}
    )

    def parse(self, fields: dict, common: dict, context: ParseContext) -> Reflection:
        return Reflection(**common, prompts=tuple(fields["prompts"]))

    def is_empty(self, value: dict) -> bool:
        return not any(response["text"].strip() for response in value["responses"])

    def recorded(self, value: dict) -> dict:
        return {"prompts": [response["prompt"] for response in value["responses"]]}

    def sample(self, definition: Reflection, learner: SampleLearner) -> dict:
        return {
            "responses": [
                {"prompt": prompt, "text": learner.text(index)}
                for index, prompt in enumerate(definition.prompts, start=1)
            ]
        }


TYPE = ReflectionType()
