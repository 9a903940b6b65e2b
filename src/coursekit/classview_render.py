"""Class overview, step 3b: the static HTML of the overview (sections, tables, charts, notes).

Pure functions from ``ClassData`` (:mod:`coursekit.classview_read`) to HTML. Names and file names
appear only when ``show_names`` is true; :func:`static_html` (the online book, a saved notebook)
never shows them. Reflection texts are never shown.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Sequence

from . import static
from .classview_charts import distribution_png, roles_png, shift_png
from .classview_read import MAX_FILES, ClassData, Note, Skipped
from .classview_stats import (
    ROLE_SCAN,
    _short_title,
    before_after,
    dilemma_choices,
    exercise_rows,
    learner_rows,
    role_groups,
    role_profile,
    scan_distribution,
    unknown_answers,
)
from .definitions import Catalog, Dilemma, Selfscan
from .formatting import date_time, decimal, long_date, signed_decimal
from .messages import (  # the Dutch texts: section "Class overview for teachers" in messages.py
    CLASSVIEW_STATIC_NOTE as STATIC_NOTE,
    CLASSVIEW_SAMPLE_NOTE as SAMPLE_NOTE,
    CLASSVIEW_PRIVACY_NOTE as PRIVACY_NOTE,
    CLASSVIEW_PLAIN as PLAIN,
    CLASSVIEW_TOO_MANY_FILES as TOO_MANY_FILES,
    CLASSVIEW_SUMMARY as SUMMARY,
    CLASSVIEW_SMALL_GROUP_NOTE as SMALL_GROUP_NOTE,
    CLASSVIEW_NAMES_HIDDEN as NAMES_HIDDEN,
    CLASSVIEW_LABELS_NOTE as LABELS_NOTE,
    CLASSVIEW_NOTE_UNKNOWN as NOTE_UNKNOWN,
    CLASSVIEW_UNKNOWN_DATE as UNKNOWN_DATE,
    CLASSVIEW_HEAD_FILES as HEAD_FILES,
    CLASSVIEW_HEAD_EXERCISES as HEAD_EXERCISES,
    CLASSVIEW_HEAD_SHIFT as HEAD_SHIFT,
    CLASSVIEW_HEAD_ROLES as HEAD_ROLES,
    CLASSVIEW_HEAD_SCAN as HEAD_SCAN,
    CLASSVIEW_HEAD_DILEMMAS as HEAD_DILEMMAS,
    CLASSVIEW_HEAD_LEARNERS as HEAD_LEARNERS,
    CLASSVIEW_FILES_ALL_USED as FILES_ALL_USED,
    CLASSVIEW_FILES_SKIPPED_CAPTION as FILES_SKIPPED_CAPTION,
    CLASSVIEW_FILES_NOTES_CAPTION as FILES_NOTES_CAPTION,
    CLASSVIEW_COL_FILE as COL_FILE,
    CLASSVIEW_COL_REASON as COL_REASON,
    CLASSVIEW_COL_NOTE as COL_NOTE,
    CLASSVIEW_COL_LEARNER as COL_LEARNER,
    CLASSVIEW_COL_CHAPTER as COL_CHAPTER,
    CLASSVIEW_COL_EXERCISE as COL_EXERCISE,
    CLASSVIEW_COL_KIND as COL_KIND,
    CLASSVIEW_COL_DONE as COL_DONE,
    CLASSVIEW_COL_RESULT as COL_RESULT,
    CLASSVIEW_COL_STATEMENT as COL_STATEMENT,
    CLASSVIEW_COL_COUNT as COL_COUNT,
    CLASSVIEW_COL_MEAN as COL_MEAN,
    CLASSVIEW_COL_MEDIAN as COL_MEDIAN,
    CLASSVIEW_COL_PAIRS as COL_PAIRS,
    CLASSVIEW_COL_BEFORE as COL_BEFORE,
    CLASSVIEW_COL_AFTER as COL_AFTER,
    CLASSVIEW_COL_DELTA as COL_DELTA,
    CLASSVIEW_COL_ROSE as COL_ROSE,
    CLASSVIEW_COL_SAME as COL_SAME,
    CLASSVIEW_COL_FELL as COL_FELL,
    CLASSVIEW_COL_ROLE as COL_ROLE,
    CLASSVIEW_COL_LOWEST as COL_LOWEST,
    CLASSVIEW_COL_HIGHEST as COL_HIGHEST,
    CLASSVIEW_COL_STRONGEST as COL_STRONGEST,
    CLASSVIEW_COL_CHOICE as COL_CHOICE,
    CLASSVIEW_COL_EXPORTED as COL_EXPORTED,
    CLASSVIEW_COL_EXERCISES_DONE as COL_EXERCISES_DONE,
    CLASSVIEW_COL_CHAPTERS as COL_CHAPTERS,
    CLASSVIEW_COL_FINAL as COL_FINAL,
    CLASSVIEW_EXERCISES_CAPTION as EXERCISES_CAPTION,
    CLASSVIEW_DONE as DONE,
    CLASSVIEW_NO_RESULT as NO_RESULT,
    CLASSVIEW_SCAN_NOBODY as SCAN_NOBODY,
    CLASSVIEW_SCAN_INTRO as SCAN_INTRO,
    CLASSVIEW_SCAN_CAPTION as SCAN_CAPTION,
    CLASSVIEW_FIGURE_CAPTION as FIGURE_CAPTION,
    CLASSVIEW_TABLE_CAPTION as TABLE_CAPTION,
    CLASSVIEW_SCAN_ALT as SCAN_ALT,
    CLASSVIEW_SCAN_EXCLUDED as SCAN_EXCLUDED,
    CLASSVIEW_SHIFT_INTRO as SHIFT_INTRO,
    CLASSVIEW_SHIFT_NOBODY as SHIFT_NOBODY,
    CLASSVIEW_SHIFT_MEAN as SHIFT_MEAN,
    CLASSVIEW_SHIFT_CAPTION as SHIFT_CAPTION,
    CLASSVIEW_SHIFT_ALT as SHIFT_ALT,
    CLASSVIEW_ROLES_INTRO as ROLES_INTRO,
    CLASSVIEW_ROLES_NOBODY as ROLES_NOBODY,
    CLASSVIEW_ROLES_NO_GROUPS as ROLES_NO_GROUPS,
    CLASSVIEW_ROLES_CAPTION as ROLES_CAPTION,
    CLASSVIEW_ROLES_TIES as ROLES_TIES,
    CLASSVIEW_ROLES_ALT as ROLES_ALT,
    CLASSVIEW_DILEMMA_INTRO as DILEMMA_INTRO,
    CLASSVIEW_DILEMMA_CAPTION as DILEMMA_CAPTION,
    CLASSVIEW_LEARNERS_CAPTION as LEARNERS_CAPTION,
    CLASSVIEW_LEARNERS_FINAL_NOTE as LEARNERS_FINAL_NOTE,
)


DEFAULT_FOLDER = "voorbeeld-exports"
SMALL_GROUP = 5  # below this, a distribution is close to individual answers


def _image(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}" style="max-width:100%;height:auto">'


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]], row_header: int = 0) -> str:
    """An accessible table; cell ``row_header`` of each row is its row header. Cells are plain text."""
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in header)

    def cell(index: int, text: str) -> str:
        return f'<th scope="row">{escape(text)}</th>' if index == row_header else f"<td>{escape(text)}</td>"

    body = "".join(f"<tr>{''.join(cell(i, c) for i, c in enumerate(row))}</tr>" for row in rows)
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figure(png: bytes, alt: str, caption: str) -> str:
    text = FIGURE_CAPTION.format(caption=caption[0].lower() + caption[1:])
    return f'<figure style="margin:0">{_image(png, alt)}<figcaption>{escape(text)}</figcaption></figure>'


def _chart_table(caption: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    return _table(TABLE_CAPTION.format(caption=caption[0].lower() + caption[1:]), header, rows)


def _number(value: float | None) -> str:
    return NO_RESULT if value is None else decimal(value)


def _learners_phrase(count: int) -> str:
    return f"{count} cursist" if count == 1 else f"{count} cursisten"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    html: str


H_SECTION = "h3"


def _section(key: str, title: str, body: str) -> Section:
    return Section(key, title, f'<section><{H_SECTION}>{escape(title)}</{H_SECTION}>{body}</section>')


def _skipped_reason(skipped: Skipped, data: ClassData, show_names: bool) -> str:
    if skipped.kept is None:
        return skipped.reason
    learner = next((l for l in data.learners if l.letters == skipped.learner), None)
    when = date_time(learner.exported_at) if learner and learner.exported_at else UNKNOWN_DATE
    return skipped.reason.format(
        learner=learner.label(show_names) if learner else "",
        kept=skipped.kept.reference(show_names) if skipped.kept else "", when=when)


def files_section(data: ClassData, catalog: Catalog, show_names: bool) -> Section:
    learner_of = {l.file.number: l for l in data.learners}
    parts = [_p(SUMMARY.format(learners=_learners_phrase(len(data.learners)), folder=data.folder,
                               files=len(data.files), used=len(data.learners), skipped=len(data.skipped)))]
    if data.truncated:
        parts.append(_p(TOO_MANY_FILES.format(limit=MAX_FILES)))
    if not show_names and data.files:
        parts.append(_p(NAMES_HIDDEN))
    if data.skipped:
        rows = []
        for skipped in data.skipped:
            rows.append((skipped.file.reference(show_names), _skipped_reason(skipped, data, show_names)))
        parts.append(_table(FILES_SKIPPED_CAPTION, [COL_FILE, COL_REASON], rows))
    elif data.files:
        parts.append(_p(FILES_ALL_USED))
    notes = list(data.notes)
    for learner in data.learners:
        count = unknown_answers(learner, catalog)
        if count:
            notes.append(Note(learner.file, NOTE_UNKNOWN.format(count=count)))
    if notes:
        rows = []
        for note in sorted(notes, key=lambda n: n.file.number):
            learner = learner_of.get(note.file.number)
            text = note.text.format(other=note.other.reference(show_names)) if note.other else note.text
            rows.append((note.file.reference(show_names), learner.label(show_names) if learner else "", text))
        parts.append(_table(FILES_NOTES_CAPTION, [COL_FILE, COL_LEARNER, COL_NOTE], rows))
    return _section("bestanden", HEAD_FILES, "".join(parts))


def exercises_section(data: ClassData, catalog: Catalog) -> Section:
    total = len(data.learners)
    rows = [(f"{row.definition.chapter}", row.definition.title, row.definition.label,
             DONE.format(done=row.done, total=total), row.result) for row in exercise_rows(data, catalog)]
    table = _table(EXERCISES_CAPTION.format(total=total),
                   [COL_CHAPTER, COL_EXERCISE, COL_KIND, COL_DONE, COL_RESULT], rows, row_header=1)
    return _section("oefeningen", HEAD_EXERCISES, table)


def _scale_text(scale: Sequence[str]) -> str:
    return ", ".join(f"{n} = {label}" for n, label in enumerate(scale, start=1))


def scan_section(data: ClassData, definition: Selfscan) -> Section:
    stats = scan_distribution(data, definition)
    title = HEAD_SCAN.format(title=definition.title, chapter=definition.chapter)
    if not stats.learners:
        body = _p(SCAN_NOBODY) + (_p(SCAN_EXCLUDED.format(count=stats.excluded)) if stats.excluded else "")
        return _section(definition.id, title, body)
    scale = definition.scale
    parts = [_p(SCAN_INTRO.format(count=stats.learners, scale=_scale_text(scale)))]
    if stats.excluded:
        parts.append(_p(SCAN_EXCLUDED.format(count=stats.excluded)))
    alt = SCAN_ALT.format(low=scale[0], top=len(scale), high=scale[-1])
    parts.append(_figure(distribution_png(stats), alt, SCAN_CAPTION))
    header = [COL_STATEMENT, *(str(n) for n in range(1, len(scale) + 1)), COL_COUNT, COL_MEAN, COL_MEDIAN]
    rows = [(f"{i + 1}. {s}", *(str(c) for c in stats.counts[i]), str(stats.n(i)),
             _number(stats.mean(i)), _number(stats.median(i))) for i, s in enumerate(definition.statements)]
    parts.append(_chart_table(SCAN_CAPTION, header, rows))
    return _section(definition.id, title, "".join(parts))


def shift_section(data: ClassData, before: Selfscan, after: Selfscan) -> Section:
    stats = before_after(data, before, after)
    title = HEAD_SHIFT.format(title=_short_title(before) + " en " + _short_title(after).lower())
    intro = _p(SHIFT_INTRO.format(both=stats.both, before=before.title, after=after.title,
                                  only_before=stats.only_before, only_after=stats.only_after))
    if not stats.both or stats.mean_before is None:
        return _section(f"{before.id}--{after.id}", title, intro + _p(SHIFT_NOBODY))
    mean = _p(SHIFT_MEAN.format(before=decimal(stats.mean_before), after=decimal(stats.mean_after),
                                delta=signed_decimal(stats.mean_after - stats.mean_before)))
    figure = _figure(shift_png(stats), SHIFT_ALT, SHIFT_CAPTION)
    rows = [(f"{i + 1}. {r.statement}", str(r.pairs), _number(r.before), _number(r.after),
             NO_RESULT if r.before is None else signed_decimal(r.after - r.before),
             str(r.rose), str(r.same), str(r.fell)) for i, r in enumerate(stats.rows)]
    table = _chart_table(SHIFT_CAPTION, [COL_STATEMENT, COL_PAIRS, COL_BEFORE, COL_AFTER, COL_DELTA,
                                   COL_ROSE, COL_SAME, COL_FELL], rows)
    return _section(f"{before.id}--{after.id}", title, intro + mean + figure + table)


def roles_section(data: ClassData, definition: Selfscan) -> Section:
    if not role_groups(definition.statements):
        return _section("rollen", HEAD_ROLES, _p(ROLES_NO_GROUPS))
    stats = role_profile(data, definition)
    if not stats.learners or all(r.mean is None for r in stats.rows):
        return _section("rollen", HEAD_ROLES, _p(ROLES_NOBODY))
    per_role = stats.rows[0].statements
    parts = [_p(ROLES_INTRO.format(count=stats.learners, per_role=per_role))]
    parts.append(_figure(roles_png(stats), ROLES_ALT, ROLES_CAPTION))
    rows = [(r.role, _number(r.mean), _number(r.lowest), _number(r.highest), _learners_phrase(r.strongest))
            for r in stats.rows]
    parts.append(_chart_table(ROLES_CAPTION, [COL_ROLE, COL_MEAN, COL_LOWEST, COL_HIGHEST, COL_STRONGEST], rows))
    if stats.ties:
        parts.append(_p(ROLES_TIES))
    return _section("rollen", HEAD_ROLES, "".join(parts))


def dilemmas_section(data: ClassData, catalog: Catalog) -> Section | None:
    dilemmas = [d for d in catalog.definitions.values() if isinstance(d, Dilemma)]
    if not dilemmas:
        return None
    parts = []
    for definition in dilemmas:
        stats = dilemma_choices(data, definition)
        parts.append(f"<h4>{escape(definition.title)}</h4>")
        parts.append(f"<blockquote>{_p(definition.situation)}</blockquote>")
        parts.append(_p(DILEMMA_INTRO.format(done=stats.done, total=len(data.learners))))
        parts.append(_table(DILEMMA_CAPTION.format(title=definition.title), [COL_CHOICE, COL_COUNT],
                            [(text, str(count)) for text, count in stats.counts]))
    return _section("dilemmas", HEAD_DILEMMAS, "".join(parts))


def learners_section(data: ClassData, catalog: Catalog, show_names: bool) -> Section:
    rows = [(row.learner.label(show_names), row.learner.file.reference(show_names),
             long_date(row.learner.exported_at) if row.learner.exported_at else UNKNOWN_DATE,
             DONE.format(done=row.done, total=row.total), row.chapters, row.final)
            for row in sorted(learner_rows(data, catalog), key=lambda r: (len(r.learner.letters), r.learner.letters))]
    table = _table(LEARNERS_CAPTION, [COL_LEARNER, COL_FILE, COL_EXPORTED, COL_EXERCISES_DONE, COL_CHAPTERS,
                                      COL_FINAL], rows)
    return _section("cursisten", HEAD_LEARNERS, _p(LABELS_NOTE) + table + _p(LEARNERS_FINAL_NOTE))


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
    role_scan = catalog.get(ROLE_SCAN)
    if isinstance(role_scan, Selfscan):
        sections.append(roles_section(data, role_scan))
    sections += [scan_section(data, definition) for definition in scans]
    dilemmas = dilemmas_section(data, catalog)
    if dilemmas is not None:
        sections.append(dilemmas)
    sections.append(learners_section(data, catalog, show_names))
    return sections


def _messages(data: ClassData) -> str:
    lines = []
    if data.problem:
        lines.append(f'<p role="alert"><strong>{escape(data.problem)}</strong></p>')
    if data.learners and len(data.learners) < SMALL_GROUP:
        lines.append(_p(SMALL_GROUP_NOTE.format(minimum=SMALL_GROUP)))
    return "".join(lines)


def report_html(data: ClassData, catalog: Catalog, show_names: bool = False,
                sections: Sequence[Section] | None = None, intro: str = "") -> str:
    """The whole overview as one self-contained block of HTML."""
    sections = render_sections(data, catalog, show_names) if sections is None else sections
    return (f'<div class="coursekit-static coursekit-classview" lang="nl">{static.STYLE}{intro}'
            f"{_messages(data)}{''.join(s.html for s in sections)}</div>")


def _static_intro(folder: str) -> str:
    sample = _p(SAMPLE_NOTE.format(folder=folder)) if Path(folder).name == DEFAULT_FOLDER else ""
    return _p(STATIC_NOTE.format(folder=folder)) + sample + _p(PRIVACY_NOTE)


def static_html(data: ClassData, catalog: Catalog, sections: Sequence[Section] | None = None) -> str:
    """The static form for the online book and for saved notebooks: never any name."""
    return report_html(data, catalog, False, sections, _static_intro(data.folder))


def plain_text(data: ClassData) -> str:
    return PLAIN.format(folder=data.folder, learners=len(data.learners), skipped=len(data.skipped))
