"""Matching (sorting): put each item in a category; feedback per item."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from typing import Any, ClassVar

from ...texts import author, learner
from ..base import (
    ANSWER_TEXT,
    DEFINITION_TEXT,
    MAX_LIST,
    Definition,
    ExerciseType,
    ParseContext,
    SampleLearner,
    answer_list,
    answer_object,
    definition_records,
    definition_texts,
    invalid,
)


@dataclass(frozen=True)
class MatchItem:
    text: str
    answer: str
    explanation: str


@dataclass(frozen=True, kw_only=True)
class Matching(Definition):
    type: ClassVar[str] = "matching"
    question: str
    categories: tuple[str, ...]
    items: tuple[MatchItem, ...]

    def asked(self) -> dict:
        return {
            "question": self.question,
            "categories": list(self.categories),
            "items": [item.text for item in self.items],
        }


TABLE_SOURCE = {
    "type": "object",
    "properties": {
        "table": DEFINITION_TEXT,
        "text": DEFINITION_TEXT,
        "answer": DEFINITION_TEXT,
        "explanation": DEFINITION_TEXT,
        "sample": {"type": "integer", "minimum": 1, "maximum": MAX_LIST},
    },
    "required": ["table", "text", "answer"],
    "additionalProperties": False,
}


class MatchingType(ExerciseType[Matching]):
    name = "matching"
    label = "Sorteeropdracht"
    order = 4
    definition = Matching
    definition_schema: ClassVar[dict] = {
        "properties": {
            "question": DEFINITION_TEXT,
            "categories": definition_texts(2, 10),
            "items": definition_records(
                {"text": DEFINITION_TEXT, "answer": DEFINITION_TEXT, "explanation": DEFINITION_TEXT},
                ["text", "answer", "explanation"],
            ),
            "items_from": TABLE_SOURCE,
        },
        "required": ["question", "categories"],
        "oneOf": [{"required": ["items"]}, {"required": ["items_from"]}],
    }
    value_schema: ClassVar[dict] = answer_object(
        {
            "question": ANSWER_TEXT,
            "placements": answer_list(
                answer_object({"item": ANSWER_TEXT, "category": ANSWER_TEXT, "correct": {"type": "boolean"}})
            ),
            "score": {"type": "integer", "minimum": 0},
            "total": {"type": "integer", "minimum": 1},
        }
    )

    def parse(self, fields: dict, common: dict, context: ParseContext) -> Matching:
        categories = tuple(fields["categories"])
        if "items" in fields:
            items = [MatchItem(i["text"], i["answer"], i["explanation"]) for i in fields["items"]]
        else:
            items = self._table_items(fields["items_from"], common["id"], context)
        context.unique("items", tuple(item.text for item in items))
        for number, item in enumerate(items, start=1):
            if item.answer not in categories:
                raise context.error(author.DEF_BAD_ANSWER, number=number, value=item.answer)
        return Matching(**common, question=fields["question"], categories=categories, items=tuple(items))

    @staticmethod
    def _table_items(source: dict, exercise_id: str, context: ParseContext) -> list[MatchItem]:
        table = source["table"]
        texts = context.column(table, source["text"], "items_from")
        answers = context.column(table, source["answer"], "items_from")
        if "explanation" in source:
            explanations = context.column(table, source["explanation"], "items_from")
        else:
            explanations = [author.DEFAULT_ITEM_EXPLANATION.format(text=t, answer=a) for t, a in zip(texts, answers)]
        items = [MatchItem(*row) for row in zip(texts, answers, explanations)]
        if "sample" in source:
            count = source["sample"]
            if count > len(items):
                raise context.error(author.DEF_SAMPLE, sample=count, table=table, rows=len(items))
            # The same items every time: seeded by the exercise id.
            items = random.Random(zlib.crc32(exercise_id.encode())).sample(items, count)
        return items

    def check_value(self, value: dict) -> None:
        count = len(value["placements"])
        correct = sum(placement["correct"] for placement in value["placements"])
        if value["total"] != count:
            raise invalid(learner.VALUE_OUT_OF_RANGE, where="total", value=value["total"], low=count, high=count)
        if value["score"] > count:
            raise invalid(learner.VALUE_OUT_OF_RANGE, where="score", value=value["score"], low=0, high=count)
        if value["score"] != correct:
            raise invalid(learner.VALUE_SCORE_MISMATCH, score=value["score"], correct=correct)

    def is_empty(self, value: dict) -> bool:
        return False  # saved only when every item has a category

    def recorded(self, value: dict) -> dict:
        return {"question": value["question"], "items": [placement["item"] for placement in value["placements"]]}

    def sample(self, definition: Matching, learner: SampleLearner) -> dict:
        placements: list[dict[str, Any]] = []
        for item in definition.items:
            correct = learner.rng.random() < 0.8
            others = [c for c in definition.categories if c != item.answer]
            category = item.answer if correct else learner.rng.choice(others)
            placements.append({"item": item.text, "category": category, "correct": correct})
        score = sum(p["correct"] for p in placements)
        return {"question": definition.question, "placements": placements, "score": score, "total": len(placements)}


TYPE = MatchingType()
