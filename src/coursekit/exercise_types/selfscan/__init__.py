"""Self-scan: statements rated on a labelled scale, with a chart, a summary in words and, when the
scan is done a second time (``compare_with``), the before/after comparison."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from ...formatting import decimal, signed_decimal
from ...render import charts
from ...render.blocks import Table
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

Scores = Sequence["int | None"]


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


# --- Showing scores: shared by the widget, the page and the portfolio --------------------------


def scale_legend(scale: Sequence[str]) -> str:
    """'1 = helemaal niet, 2 = weinig, ...'"""
    return ", ".join(f"{number} = {label}" for number, label in enumerate(scale, start=1))


def score_text(score: int | None, scale: Sequence[str]) -> str:
    if score is None:
        return learner.NOT_SCORED
    return learner.SCALE_OPTION.format(number=score, label=scale[score - 1])


def _numbered(statements: Sequence[str], indices: Sequence[int]) -> str:
    return "; ".join(f"{index + 1}. {statements[index]}" for index in indices)


def _extremes(statements: Sequence[str], scores: Scores, scale: Sequence[str]) -> list[str]:
    scored = [(index, score) for index, score in enumerate(scores) if score is not None]
    values = [score for _, score in scored]
    lines = [
        learner.SUMMARY_SCORED.format(scored=len(scored), total=len(statements)),
        learner.SUMMARY_MEAN.format(mean=decimal(statistics.mean(values)), top=len(scale)),
    ]
    high, low = max(values), min(values)
    lines.append(
        learner.SUMMARY_HIGHEST.format(
            score=high, label=scale[high - 1], statements=_numbered(statements, [i for i, s in scored if s == high])
        )
    )
    if low != high:
        lines.append(
            learner.SUMMARY_LOWEST.format(
                score=low, label=scale[low - 1], statements=_numbered(statements, [i for i, s in scored if s == low])
            )
        )
    return lines


def _changes(statements: Sequence[str], scores: Scores, earlier: Scores) -> list[str]:
    before = [s for s in earlier if s is not None]
    now = [s for s in scores if s is not None]
    lines = []
    if before:
        lines.append(
            learner.SUMMARY_MEAN_COMPARE.format(
                before=decimal(statistics.mean(before)),
                after=decimal(statistics.mean(now)),
                delta=signed_decimal(statistics.mean(now) - statistics.mean(before)),
            )
        )
    pairs = [(i, b, a) for i, (b, a) in enumerate(zip(earlier, scores)) if a is not None and b is not None]
    rose = "; ".join(f"{i + 1}. {statements[i]} ({b} → {a})" for i, b, a in pairs if a > b)
    fell = "; ".join(f"{i + 1}. {statements[i]} ({b} → {a})" for i, b, a in pairs if a < b)
    if rose:
        lines.append(learner.SUMMARY_ROSE.format(statements=rose))
    if fell:
        lines.append(learner.SUMMARY_FELL.format(statements=fell))
    if pairs and not rose and not fell:
        lines.append(learner.SUMMARY_NO_CHANGE)
    return lines


def summary(
    statements: Sequence[str], scores: Scores, scale: Sequence[str], earlier: Scores | None = None
) -> charts.Summary | None:
    """The summary in words and the table of every score; None when nothing is scored yet."""
    if all(score is None for score in scores):
        return None
    lines = _extremes(statements, scores, scale)
    numbered = [f"{i + 1}. {s}" for i, s in enumerate(statements)]
    if earlier is None:
        table = Table(
            learner.TABLE_SCORES_CAPTION,
            (learner.TABLE_STATEMENT, learner.TABLE_SCORE),
            tuple((n, score_text(s, scale)) for n, s in zip(numbered, scores)),
        )
    else:
        lines += _changes(statements, scores, earlier)
        table = Table(
            learner.TABLE_COMPARE_CAPTION,
            (learner.TABLE_STATEMENT, learner.TABLE_EARLIER, learner.TABLE_NOW),
            tuple((n, score_text(b, scale), score_text(a, scale)) for n, b, a in zip(numbered, earlier, scores)),
        )
    return charts.Summary(tuple(lines), table)


def chart(
    statements: Sequence[str], scores: Scores, scale: Sequence[str], earlier: Scores | None = None
) -> charts.Chart:
    """Scores per statement as a bar chart with its summary; with ``earlier``, before and after."""
    found = summary(statements, scores, scale, earlier)
    if found is None:
        return charts.Chart.empty(learner.CHART_EMPTY_SELFSCAN)
    series = [charts.Series(learner.CHART_NOW, tuple(scores), charts.NOW_COLOUR, "")]
    if earlier is not None:
        series.insert(0, charts.Series(learner.CHART_EARLIER, tuple(earlier), charts.EARLIER_COLOUR, "//"))
    png = charts.horizontal_bars(
        [charts.axis_label(f"{i + 1}. {s}") for i, s in enumerate(statements)],
        series,
        top=len(scale),
        axis=f"{learner.CHART_SCORE_AXIS} (1 = {scale[0]}, {len(scale)} = {scale[-1]})",
        legend=earlier is not None,
        height=len(statements) * (1 if earlier is None else 1.6),
    )
    alt = learner.CHART_ALT_SELFSCAN if earlier is None else learner.CHART_ALT_COMPARE
    return charts.Chart.drawn(png, alt, found)


TYPE = SelfscanType()
