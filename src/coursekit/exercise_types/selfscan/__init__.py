"""Self-scan: statements rated on a labelled scale. The view (``view.js``) draws the chart, the
summary in words and, when the scan is done a second time (``compare_with``), the before/after
comparison; they live there only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from ...texts import author, learner
from ..base import (
    ANSWER_TEXT,
    DEFINITION_TEXT,
    EXERCISE_ID_PATTERN,
    Definition,
    ExerciseType,
    ParseContext,
    SampleLearner,
    answer_list,
    answer_object,
    definition_texts,
    invalid,
)

# The scale when a definition gives none. Its labels are stored with every answer.
DEFAULT_SCALE = ("helemaal niet", "weinig", "enigszins", "sterk", "zeer sterk")


@dataclass(frozen=True, kw_only=True)
class Selfscan(Definition):
    type: ClassVar[str] = "selfscan"
    statements: tuple[str, ...]
    scale: tuple[str, ...]
    notes: bool
    compare_with: str | None
    role_profile: bool = False  # statements written as "Rol: ..."; the class overview shows a role profile
    compare_title: str = ""  # title of the compare_with scan, filled in when the catalog is read

    def asked(self) -> dict:
        return {"statements": list(self.statements), "scale": list(self.scale)}


def role_groups(statements: Sequence[str]) -> dict[str, list[int]]:
    """{'Catalysator': [0, 1, 2], ...} from statements written as 'Rol: ...'; {} if not all are."""
    groups: dict[str, list[int]] = {}
    for index, statement in enumerate(statements):
        role, colon, rest = statement.partition(": ")
        if not colon or not role.strip() or not rest.strip():
            return {}
        groups.setdefault(role.strip(), []).append(index)
    return groups if len(groups) >= 2 else {}


class SelfscanType(ExerciseType[Selfscan]):
    name = "selfscan"
    label = "Zelfscan"
    order = 2
    definition = Selfscan
    definition_schema: ClassVar[dict] = {
        "properties": {
            "statements": definition_texts(),
            "statements_from": {
                "type": "object",
                "additionalProperties": False,
                "required": ["table", "column"],
                "properties": {"table": DEFINITION_TEXT, "column": DEFINITION_TEXT},
            },
            "scale": definition_texts(2, 10),
            "notes": {"type": "boolean"},
            "compare_with": {"type": "string", "pattern": EXERCISE_ID_PATTERN},
            "role_profile": {"type": "boolean"},
        },
        "required": [],
        "oneOf": [{"required": ["statements"]}, {"required": ["statements_from"]}],
    }
    value_schema: ClassVar[dict] = answer_object(
        {
            "scale": answer_list(ANSWER_TEXT),
            "ratings": answer_list(
                answer_object(
                    {
                        "statement": ANSWER_TEXT,
                        "score": {"type": ["integer", "null"], "minimum": 1},
                        "note": ANSWER_TEXT,
                    }
                )
            ),
        }
    )

    def parse(self, fields: dict, common: dict, context: ParseContext) -> Selfscan:
        if "statements" in fields:
            statements = tuple(fields["statements"])
        else:
            source = fields["statements_from"]
            statements = context.unique(
                "statements_from", tuple(context.column(source["table"], source["column"], "statements_from"))
            )
        compare_with = fields.get("compare_with") or None
        if compare_with == common["id"]:
            raise context.error(author.DEF_COMPARE_SELF)
        role_profile = fields.get("role_profile", False)
        if role_profile and not role_groups(statements):
            raise context.error(author.DEF_ROLE_PROFILE)
        return Selfscan(
            **common,
            statements=statements,
            scale=tuple(fields.get("scale", DEFAULT_SCALE)),
            notes=fields.get("notes", False),
            compare_with=compare_with,
            role_profile=role_profile,
        )

    def check_value(self, value: dict) -> None:
        top = len(value["scale"])
        for index, rating in enumerate(value["ratings"]):
            score = rating["score"]
            if score is not None and score > top:
                raise invalid(learner.VALUE_OUT_OF_RANGE, where=f"ratings[{index}].score", value=score, low=1, high=top)

    def is_empty(self, value: dict) -> bool:
        return all(r["score"] is None and not r["note"].strip() for r in value["ratings"])

    def recorded(self, value: dict) -> dict:
        return {"statements": [rating["statement"] for rating in value["ratings"]], "scale": value["scale"]}

    def sample(self, definition: Selfscan, learner: SampleLearner) -> dict:
        top = len(definition.scale)
        earlier = learner.scores.get(definition.compare_with or "", {})
        roles = list(role_groups(definition.statements)) if definition.role_profile else []
        ratings = []
        given: dict[str, int | None] = {}
        for statement in definition.statements:
            before = earlier.get(statement)
            if before is not None:  # the second scan: most learners rise a little
                step = learner.rng.choice((0, 0, 1, 1, 1, -1)) + learner.bonus(statement)
                score: int | None = _clip(before + step, top)
            elif roles:
                role = roles.index(statement.partition(": ")[0].strip())
                favourite = 1 if role == learner.favourite else 0
                score = _clip(learner.level + favourite + learner.rng.choice((-1, 0, 0)), top)
            else:
                score = _clip(learner.level + learner.rng.choice((-2, -1, 0, 0, 1)), top)
            if learner.rng.random() < 0.04:
                score = None  # now and then a statement is left open
            note = learner.note() if definition.notes and score is not None and learner.rng.random() < 0.5 else ""
            ratings.append({"statement": statement, "score": score, "note": note})
            given[statement] = score
        learner.scores[definition.id] = given
        return {"scale": list(definition.scale), "ratings": ratings}


def _clip(score: int, top: int) -> int:
    return max(1, min(top, score))


TYPE = SelfscanType()
