"""Class overview, step 2: count the answers of the learners read by :mod:`coursekit.classview.read`.

Pure functions, no HTML: who did which exercise, the score distribution of a self-scan, the
before/after shift of two self-scans, the role profile of chapter 7, the choices in the dilemmas
and, per learner, how far the portfolio for the final assignment is.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from ..answers import Answer
from ..definitions import Catalog, Definition
from ..exercise_types.dilemma import Dilemma
from ..exercise_types.matching import Matching
from ..exercise_types.multiple_choice import MultipleChoice
from ..exercise_types.selfscan import Selfscan, role_groups
from ..formatting import decimal
from ..texts import teacher
from .read import ClassData, Learner


def _answer(learner: Learner, definition: Definition) -> Answer | None:
    """The learner's answer to ``definition`` if it is of the same type."""
    answer = learner.answers.get(definition.id)
    return answer if answer is not None and answer.type == definition.type else None


def unknown_answers(learner: Learner, catalog: Catalog) -> int:
    """Answers to exercises this version of the book does not have (or has as another type)."""
    count = 0
    for answer in learner.answers.values():
        definition = catalog.get(answer.exercise_id)
        count += definition is None or definition.type != answer.type
    return count


@dataclass(frozen=True)
class ExerciseRow:
    definition: Definition
    done: int
    result: str


def exercise_rows(data: ClassData, catalog: Catalog) -> list[ExerciseRow]:
    """Per exercise of the book (book order): how many learners answered it, and a result."""
    rows = []
    for definition in catalog.definitions.values():
        answers = [a for a in (_answer(one, definition) for one in data.learners) if a is not None]
        result = teacher.NO_RESULT
        if answers and isinstance(definition, MultipleChoice):
            first = sum(a.value["correct"] and a.value["attempts"] == 1 for a in answers)
            result = teacher.RESULT_MC.format(first=first, done=len(answers))
        elif answers and isinstance(definition, Matching):
            mean = statistics.mean(a.value["score"] for a in answers)
            result = teacher.RESULT_MATCHING.format(mean=decimal(mean), items=len(definition.items))
        rows.append(ExerciseRow(definition, len(answers), result))
    return rows


def _scores(answer: Answer, definition: Selfscan) -> list[int | None] | None:
    """The answer's scores in the order of the definition's statements; None if they do not fit."""
    value = answer.value
    if len(value["scale"]) != len(definition.scale):
        return None
    by_statement = {rating["statement"]: rating["score"] for rating in value["ratings"]}
    if set(by_statement) != set(definition.statements):
        return None
    return [by_statement[statement] for statement in definition.statements]


@dataclass(frozen=True)
class ScanStats:
    definition: Selfscan
    counts: tuple[tuple[int, ...], ...]  # per statement, per score 1..k
    learners: int  # learners whose scan counts
    excluded: int  # answers left out (other statements or scale)

    def n(self, index: int) -> int:
        return sum(self.counts[index])

    def values(self, index: int) -> list[int]:
        return [score for score, count in enumerate(self.counts[index], start=1) for _ in range(count)]

    def mean(self, index: int) -> float | None:
        values = self.values(index)
        return statistics.mean(values) if values else None

    def median(self, index: int) -> float | None:
        values = self.values(index)
        return statistics.median(values) if values else None


def scan_scores(data: ClassData, definition: Selfscan) -> tuple[dict[str, list[int | None]], int]:
    """{learner letters: scores aligned with the statements}, and how many answers did not fit."""
    found, excluded = {}, 0
    for learner in data.learners:
        answer = _answer(learner, definition)
        if answer is None:
            continue
        scores = _scores(answer, definition)
        if scores is None:
            excluded += 1
        else:
            found[learner.letters] = scores
    return found, excluded


def scan_distribution(data: ClassData, definition: Selfscan) -> ScanStats:
    """How many learners gave each score, per statement."""
    found, excluded = scan_scores(data, definition)
    counts = []
    for index in range(len(definition.statements)):
        column = [scores[index] for scores in found.values()]
        counts.append(tuple(column.count(score) for score in range(1, len(definition.scale) + 1)))
    return ScanStats(definition, tuple(counts), len(found), excluded)


@dataclass(frozen=True)
class ShiftRow:
    statement: str
    pairs: int
    before: float | None
    after: float | None
    rose: int
    same: int
    fell: int


@dataclass(frozen=True)
class ShiftStats:
    before: Selfscan
    after: Selfscan
    rows: tuple[ShiftRow, ...]
    both: int
    only_before: int
    only_after: int
    mean_before: float | None
    mean_after: float | None


def before_after(data: ClassData, before: Selfscan, after: Selfscan) -> ShiftStats:
    """Paired comparison of two scans with the same statements (in the order of ``after``)."""
    first, _ = scan_scores(data, before)
    second, _ = scan_scores(data, after)
    position = {statement: index for index, statement in enumerate(before.statements)}
    both = sorted(set(first) & set(second))
    rows = []
    all_before: list[int] = []
    all_after: list[int] = []
    for index, statement in enumerate(after.statements):
        pairs: list[tuple[int, int]] = []
        for one in both:
            if statement in position:
                earlier, later = first[one][position[statement]], second[one][index]
                if earlier is not None and later is not None:
                    pairs.append((earlier, later))
        all_before += [b for b, _ in pairs]
        all_after += [a for _, a in pairs]
        rows.append(
            ShiftRow(
                statement,
                len(pairs),
                statistics.mean(b for b, _ in pairs) if pairs else None,
                statistics.mean(a for _, a in pairs) if pairs else None,
                sum(a > b for b, a in pairs),
                sum(a == b for b, a in pairs),
                sum(a < b for b, a in pairs),
            )
        )
    return ShiftStats(
        before,
        after,
        tuple(rows),
        len(both),
        len(set(first) - set(second)),
        len(set(second) - set(first)),
        statistics.mean(all_before) if all_before else None,
        statistics.mean(all_after) if all_after else None,
    )


@dataclass(frozen=True)
class RoleRow:
    role: str
    statements: int
    mean: float | None
    lowest: float | None
    highest: float | None
    strongest: int  # learners for whom this role scores highest (ties count for each role)


@dataclass(frozen=True)
class RoleStats:
    definition: Selfscan
    rows: tuple[RoleRow, ...]
    learners: int
    ties: bool


def role_profile(data: ClassData, definition: Selfscan) -> RoleStats:
    """Per role: the learners' role scores (mean of their scored statements of that role)."""
    groups = role_groups(definition.statements)
    found, _ = scan_scores(data, definition)
    per_role: dict[str, list[float]] = {role: [] for role in groups}
    strongest = dict.fromkeys(groups, 0)
    ties = False
    for scores in found.values():
        mine: dict[str, float] = {}
        for role, indices in groups.items():
            values = [score for score in (scores[i] for i in indices) if score is not None]
            if values:
                mine[role] = statistics.mean(values)
                per_role[role].append(mine[role])
        if mine:
            top = max(mine.values())
            best = [role for role, value in mine.items() if value == top]
            ties = ties or len(best) > 1
            for role in best:
                strongest[role] += 1
    rows = tuple(
        RoleRow(
            role,
            len(groups[role]),
            statistics.mean(per_role[role]) if per_role[role] else None,
            min(per_role[role], default=None),
            max(per_role[role], default=None),
            strongest[role],
        )
        for role in groups
    )
    return RoleStats(definition, rows, len(found), ties)


@dataclass(frozen=True)
class DilemmaStats:
    definition: Dilemma
    counts: tuple[tuple[str, int], ...]
    done: int


def dilemma_choices(data: ClassData, definition: Dilemma) -> DilemmaStats:
    """How many learners chose each option (options in the book's order, others after)."""
    chosen = [a.value["choice"] for a in (_answer(one, definition) for one in data.learners) if a is not None]
    known = [choice.text for choice in definition.choices]
    others = sorted(set(chosen) - set(known))
    return DilemmaStats(definition, tuple((text, chosen.count(text)) for text in known + others), len(chosen))


@dataclass(frozen=True)
class LearnerRow:
    learner: Learner
    done: int
    total: int
    chapters: str
    final: str


def _ranges(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 5] -> '1–3, 5'"""
    numbers = sorted(set(numbers))
    parts, start = [], None
    for index, number in enumerate(numbers):
        if start is None:
            start = number
        if index + 1 == len(numbers) or numbers[index + 1] != number + 1:
            parts.append(str(start) if start == number else f"{start}–{number}")
            start = None
    return ", ".join(parts) or teacher.NO_RESULT


def short_title(definition: Definition) -> str:
    """'Zelfscan (eind): acht kwaliteiten ...' -> 'Zelfscan (eind)'"""
    return definition.title.split(":", 1)[0].strip()


def final_assignment(learner: Learner, catalog: Catalog) -> str:
    """'compleet' or 'mist: ...' for the portfolio the final assignment asks for (``final_assignment``)."""
    assignment = catalog.final_assignment
    if assignment is None:
        return teacher.NO_RESULT
    missing, own_chapters = [], set()
    for exercise_id in assignment.requires:
        definition = catalog.get(exercise_id)
        if definition is not None:
            own_chapters.add(definition.chapter)
            if _answer(learner, definition) is None:
                missing.append(short_title(definition))
    chapters = {
        d.chapter
        for d in catalog.definitions.values()
        if d.type == "reflection" and d.chapter not in own_chapters and _answer(learner, d) is not None
    }
    wanted = assignment.reflections_from_other_chapters
    if len(chapters) < wanted:
        missing.append(teacher.FINAL_REFLECTIONS.format(count=wanted - len(chapters)))
    return teacher.FINAL_MISSING.format(items=", ".join(missing)) if missing else teacher.FINAL_COMPLETE


def learner_rows(data: ClassData, catalog: Catalog) -> list[LearnerRow]:
    rows = []
    for learner in data.learners:
        done = [d for d in catalog.definitions.values() if _answer(learner, d) is not None]
        rows.append(
            LearnerRow(
                learner,
                len(done),
                len(catalog.definitions),
                _ranges(d.chapter for d in done),
                final_assignment(learner, catalog),
            )
        )
    return rows
