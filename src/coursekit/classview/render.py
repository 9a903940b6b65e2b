"""Class overview, step 3b: the HTML of the overview (sections, tables, charts, notes).

Pure functions from ``ClassData`` (:mod:`coursekit.classview.read`) to HTML, written with the
macros of the template ``classview.html``. Names and file names appear only when ``show_names`` is
true; :func:`static_html` (the online book, a saved notebook) never shows them. Reflection texts
are never shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import render, static
from ..definitions import Catalog
from ..exercise_types.dilemma import Dilemma
from ..exercise_types.selfscan import Selfscan, role_groups, scale_legend
from ..formatting import date_time, decimal, long_date, signed_decimal
from ..render.charts import data_uri
from ..texts import teacher
from .charts import distribution_png, roles_png, shift_png
from .layouts import Student
from .read import MAX_FILES, ClassData, Note, Skipped
from .stats import (
    before_after,
    dilemma_choices,
    exercise_rows,
    learner_rows,
    role_profile,
    scan_distribution,
    short_title,
    unknown_answers,
)

DEFAULT_FOLDER = "voorbeeld-exports"
SMALL_GROUP = 5  # below this, a distribution is close to individual answers


def _macro(name: str, **context: Any) -> str:
    return render.macro(name, "classview.html", **context)


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]], row_header: int = 0) -> str:
    return render.macro("table", caption=caption, header=header, rows=rows, row_header=row_header)


def _p(*lines: str) -> str:
    return _macro("paragraphs_list", lines=lines)


def _figure(png: bytes, alt: str, caption: str) -> str:
    return _macro("figure", src=data_uri(png), alt=alt, caption=caption)


def _chart_table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    return _macro("chart_table", caption=caption, header=header, rows=rows)


def _number(value: float | None) -> str:
    return teacher.NO_RESULT if value is None else decimal(value)


def _learners_phrase(count: int) -> str:
    return f"{count} cursist" if count == 1 else f"{count} cursisten"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    html: str


def _section(key: str, title: str, *parts: str) -> Section:
    return Section(key, title, _macro("section", title=title, body=render.markup("".join(parts))))


def skipped_reason(skipped: Skipped, data: ClassData, show_names: bool) -> str:
    if skipped.kept is None:
        return skipped.reason
    learner = next((one for one in data.learners if one.letters == skipped.learner), None)
    when = date_time(learner.exported_at) if learner and learner.exported_at else teacher.UNKNOWN_DATE
    return skipped.reason.format(
        learner=learner.label(show_names) if learner else "",
        kept=skipped.kept.reference(show_names) if skipped.kept else "",
        when=when,
    )


def files_section(data: ClassData, catalog: Catalog, show_names: bool) -> Section:
    learner_of = {one.file.number: one for one in data.learners}
    parts = [
        _p(
            teacher.SUMMARY.format(
                learners=_learners_phrase(len(data.learners)),
                folder=data.folder,
                files=len(data.files),
                used=len(data.learners),
                skipped=len(data.skipped),
            )
        )
    ]
    if data.truncated:
        parts.append(_p(teacher.TOO_MANY_FILES.format(limit=MAX_FILES)))
    if not show_names and data.files:
        parts.append(_p(teacher.NAMES_HIDDEN))
    if data.skipped:
        rows = [(s.file.reference(show_names), skipped_reason(s, data, show_names)) for s in data.skipped]
        parts.append(_table(teacher.FILES_SKIPPED_CAPTION, [teacher.COL_FILE, teacher.COL_REASON], rows))
    elif data.files:
        parts.append(_p(teacher.FILES_ALL_USED))
    notes = list(data.notes)
    for learner in data.learners:
        count = unknown_answers(learner, catalog)
        if count:
            notes.append(Note(learner.file, teacher.NOTE_UNKNOWN.format(count=count)))
    if notes:
        note_rows = []
        for note in sorted(notes, key=lambda n: n.file.number):
            owner = learner_of.get(note.file.number)
            text = note.text.format(other=note.other.reference(show_names)) if note.other else note.text
            note_rows.append((note.file.reference(show_names), owner.label(show_names) if owner else "", text))
        parts.append(
            _table(teacher.FILES_NOTES_CAPTION, [teacher.COL_FILE, teacher.COL_LEARNER, teacher.COL_NOTE], note_rows)
        )
    return _section("bestanden", teacher.HEAD_FILES, *parts)


def exercises_section(data: ClassData, catalog: Catalog) -> Section:
    total = len(data.learners)
    rows = [
        (
            f"{row.definition.chapter}",
            row.definition.title,
            row.definition.label,
            teacher.DONE.format(done=row.done, total=total),
            row.result,
        )
        for row in exercise_rows(data, catalog)
    ]
    table = _table(
        teacher.EXERCISES_CAPTION.format(total=total),
        [teacher.COL_CHAPTER, teacher.COL_EXERCISE, teacher.COL_KIND, teacher.COL_DONE, teacher.COL_RESULT],
        rows,
        row_header=1,
    )
    return _section("oefeningen", teacher.HEAD_EXERCISES, table)


def scan_section(data: ClassData, definition: Selfscan) -> Section:
    stats = scan_distribution(data, definition)
    title = teacher.HEAD_SCAN.format(title=definition.title, chapter=definition.chapter)
    excluded = [teacher.SCAN_EXCLUDED.format(count=stats.excluded)] if stats.excluded else []
    if not stats.learners:
        return _section(definition.id, title, _p(teacher.SCAN_NOBODY, *excluded))
    scale = definition.scale
    parts = [_p(teacher.SCAN_INTRO.format(count=stats.learners, scale=scale_legend(scale)), *excluded)]
    alt = teacher.SCAN_ALT.format(low=scale[0], top=len(scale), high=scale[-1])
    parts.append(_figure(distribution_png(stats), alt, teacher.SCAN_CAPTION))
    header = [
        teacher.COL_STATEMENT,
        *(str(n) for n in range(1, len(scale) + 1)),
        teacher.COL_COUNT,
        teacher.COL_MEAN,
        teacher.COL_MEDIAN,
    ]
    rows = [
        (
            f"{i + 1}. {s}",
            *(str(c) for c in stats.counts[i]),
            str(stats.n(i)),
            _number(stats.mean(i)),
            _number(stats.median(i)),
        )
        for i, s in enumerate(definition.statements)
    ]
    parts.append(_chart_table(teacher.SCAN_CAPTION, header, rows))
    return _section(definition.id, title, *parts)


def shift_section(data: ClassData, before: Selfscan, after: Selfscan) -> Section:
    stats = before_after(data, before, after)
    title = teacher.HEAD_SHIFT.format(title=short_title(before) + " en " + short_title(after).lower())
    intro = teacher.SHIFT_INTRO.format(
        both=stats.both,
        before=before.title,
        after=after.title,
        only_before=stats.only_before,
        only_after=stats.only_after,
    )
    key = f"{before.id}--{after.id}"
    if not stats.both or stats.mean_before is None or stats.mean_after is None:
        return _section(key, title, _p(intro, teacher.SHIFT_NOBODY))
    mean = teacher.SHIFT_MEAN.format(
        before=decimal(stats.mean_before),
        after=decimal(stats.mean_after),
        delta=signed_decimal(stats.mean_after - stats.mean_before),
    )
    figure = _figure(shift_png(stats), teacher.SHIFT_ALT, teacher.SHIFT_CAPTION)
    rows = [
        (
            f"{i + 1}. {r.statement}",
            str(r.pairs),
            _number(r.before),
            _number(r.after),
            teacher.NO_RESULT if r.before is None or r.after is None else signed_decimal(r.after - r.before),
            str(r.rose),
            str(r.same),
            str(r.fell),
        )
        for i, r in enumerate(stats.rows)
    ]
    table = _chart_table(
        teacher.SHIFT_CAPTION,
        [
            teacher.COL_STATEMENT,
            teacher.COL_PAIRS,
            teacher.COL_BEFORE,
            teacher.COL_AFTER,
            teacher.COL_DELTA,
            teacher.COL_ROSE,
            teacher.COL_SAME,
            teacher.COL_FELL,
        ],
        rows,
    )
    return _section(key, title, _p(intro, mean), figure, table)


def roles_section(data: ClassData, definition: Selfscan) -> Section:
    key = "rollen"
    if not role_groups(definition.statements):
        return _section(key, teacher.HEAD_ROLES, _p(teacher.ROLES_NO_GROUPS))
    stats = role_profile(data, definition)
    if not stats.learners or all(r.mean is None for r in stats.rows):
        return _section(key, teacher.HEAD_ROLES, _p(teacher.ROLES_NOBODY))
    per_role = stats.rows[0].statements
    parts = [
        _p(teacher.ROLES_INTRO.format(count=stats.learners, per_role=per_role)),
        _figure(roles_png(stats), teacher.ROLES_ALT, teacher.ROLES_CAPTION),
    ]
    rows = [
        (r.role, _number(r.mean), _number(r.lowest), _number(r.highest), _learners_phrase(r.strongest))
        for r in stats.rows
    ]
    parts.append(
        _chart_table(
            teacher.ROLES_CAPTION,
            [teacher.COL_ROLE, teacher.COL_MEAN, teacher.COL_LOWEST, teacher.COL_HIGHEST, teacher.COL_STRONGEST],
            rows,
        )
    )
    if stats.ties:
        parts.append(_p(teacher.ROLES_TIES))
    return _section(key, teacher.HEAD_ROLES, *parts)


def dilemmas_section(data: ClassData, catalog: Catalog) -> Section | None:
    dilemmas = [d for d in catalog.definitions.values() if isinstance(d, Dilemma)]
    if not dilemmas:
        return None
    parts = []
    for definition in dilemmas:
        stats = dilemma_choices(data, definition)
        parts.append(
            _macro(
                "dilemma",
                title=definition.title,
                situation=definition.situation,
                intro=teacher.DILEMMA_INTRO.format(done=stats.done, total=len(data.learners)),
                caption=teacher.DILEMMA_CAPTION.format(title=definition.title),
                rows=[(text, str(count)) for text, count in stats.counts],
            )
        )
    return _section("dilemmas", teacher.HEAD_DILEMMAS, *parts)


def linked(student: Student | None, show_names: bool) -> str:
    """Which platform student a file is tied to; the number only with the names (it leads to a name)."""
    if student is None:
        return teacher.LINKED_NONE
    platform = teacher.PLATFORM_NAMES[student.platform]
    if show_names:
        return teacher.LINKED_SHOWN.format(platform=platform, id=student.id)
    return teacher.LINKED_HIDDEN.format(platform=platform)


def learners_section(data: ClassData, catalog: Catalog, show_names: bool) -> Section:
    rows = [
        (
            row.learner.label(show_names),
            row.learner.file.reference(show_names),
            linked(row.learner.file.student, show_names),
            long_date(row.learner.exported_at) if row.learner.exported_at else teacher.UNKNOWN_DATE,
            row.learner.edition or teacher.UNKNOWN_EDITION,
            teacher.DONE.format(done=row.done, total=row.total),
            row.chapters,
            row.final,
        )
        for row in sorted(learner_rows(data, catalog), key=lambda r: (len(r.learner.letters), r.learner.letters))
    ]
    table = _table(
        teacher.LEARNERS_CAPTION,
        [
            teacher.COL_LEARNER,
            teacher.COL_FILE,
            teacher.COL_LINKED,
            teacher.COL_EXPORTED,
            teacher.COL_EDITION,
            teacher.COL_EXERCISES_DONE,
            teacher.COL_CHAPTERS,
            teacher.COL_FINAL,
        ],
        rows,
    )
    return _section(
        "cursisten",
        teacher.HEAD_LEARNERS,
        _p(teacher.LABELS_NOTE),
        table,
        _p(teacher.LEARNERS_FINAL_NOTE) if catalog.final_assignment else "",
    )


def render_sections(data: ClassData, catalog: Catalog, show_names: bool = False) -> list[Section]:
    """Every part of the overview, in the order a teacher reads it."""
    if not data.files:
        return []
    sections = [files_section(data, catalog, show_names)]
    if not data.learners:
        return sections
    sections.append(exercises_section(data, catalog))
    scans = [d for d in catalog.definitions.values() if isinstance(d, Selfscan)]
    for definition in scans:
        earlier = catalog.get(definition.compare_with or "")
        if isinstance(earlier, Selfscan):
            sections.append(shift_section(data, earlier, definition))
    sections += [roles_section(data, definition) for definition in scans if definition.role_profile]
    sections += [scan_section(data, definition) for definition in scans]
    dilemmas = dilemmas_section(data, catalog)
    if dilemmas is not None:
        sections.append(dilemmas)
    sections.append(learners_section(data, catalog, show_names))
    return sections


def report_html(
    data: ClassData,
    catalog: Catalog,
    show_names: bool = False,
    sections: Sequence[Section] | None = None,
    intro: str = "",
) -> str:
    """The whole overview as one self-contained block of HTML."""
    sections = render_sections(data, catalog, show_names) if sections is None else sections
    small = (
        teacher.SMALL_GROUP_NOTE.format(minimum=SMALL_GROUP)
        if data.learners and len(data.learners) < SMALL_GROUP
        else ""
    )
    return _macro(
        "report",
        style=render.markup(static.STYLE),
        intro=render.markup(intro),
        problem=data.problem,
        small_group=small,
        sections=[render.markup(s.html) for s in sections],
    )


def _static_intro(folder: str) -> str:
    sample = [teacher.SAMPLE_NOTE.format(folder=folder)] if Path(folder).name == DEFAULT_FOLDER else []
    return _p(teacher.STATIC_NOTE.format(folder=folder), *sample, teacher.PRIVACY_NOTE)


def static_html(data: ClassData, catalog: Catalog, sections: Sequence[Section] | None = None) -> str:
    """The static form for the online book and for saved notebooks: never any name."""
    return report_html(data, catalog, False, sections, _static_intro(data.folder))


def plain_text(data: ClassData) -> str:
    return teacher.PLAIN.format(folder=data.folder, learners=len(data.learners), skipped=len(data.skipped))
