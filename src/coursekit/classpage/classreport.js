// The overview itself (on the book's page and in the notebook):
// the files check, who did what, the before/after shifts, the role profiles, the self-scans, the
// dilemmas and, per learner, the final assignment. Built as elements with their texts (never
// markup strings). Names and file names only when `showNames`; reflection texts never.
import { thousands } from "../page/answers.js";
import { C, format, T } from "../page/base.js";
import { el } from "../page/dom.js";
import { dateTime, decimal, longDate, signedDecimal } from "../page/formatting.js";
import { byCodePoint, K } from "./classbase.js";
import { distributionChart, rolesChart, shiftChart } from "./classcharts.js";
import { beforeAfter, CATALOG, definitionsOf, dilemmaChoices, exerciseRows, learnerRows, roleGroups, roleProfile, scanDistribution, shortTitle, unknownAnswers } from "./classstats.js";

export const count = (number) => format(number === 1 ? K.LEARNERS_ONE : K.LEARNERS_MANY, { count: number });
export const numberOrDash = (value) => (value === null ? K.NO_RESULT : decimal(value));
export const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);

// macros.table: a caption, column headers, and in each row the cell `rowHeader` as its header.
// The columns in `paths` hold file names, which may break anywhere (they have no spaces).
// A long table (a class of hundreds) gets its first ROWS_AT_ONCE rows now; the rest follows later
// (moreRows; classboot.js) as tables of the same columns, with a fixed layout, one below the other:
// each is laid out on its own, where one table of 2,000 rows froze the page for a second whenever
// rows were added.
export const ROWS_AT_ONCE = 50;

export function classTable(caption, header, rows, rowHeader = 0, paths = []) {
  const cell = (text, index) => {
    const attributes = { class: paths.includes(index) ? "ck-path" : null };
    return index === rowHeader ? el("th", { scope: "row", ...attributes }, text) : el("td", attributes, text);
  };
  const long = rows.length > ROWS_AT_ONCE;
  const table = (part, label) => el("table", { class: long ? "ck-table ck-table-long" : "ck-table", "aria-label": label },
    label ? "" : el("caption", {}, caption),
    el("thead", {}, el("tr", {}, header.map((text) => el("th", { scope: "col" }, text)))),
    el("tbody", {}, part.map((row) => el("tr", {}, row.map(cell)))));
  const wrap = el("div", { class: "ck-table-wrap" }, table(rows.slice(0, ROWS_AT_ONCE), null));
  if (long) wrap.later = { rows: rows.slice(ROWS_AT_ONCE), table, label: format(K.TABLE_CONTINUED, { caption }) };
  return wrap;
}

// Add the next rows of a long table (at most `count`, all when no count) as a table of their own;
// true while rows remain.
export function moreRows(wrap, count = Infinity) {
  const later = wrap.later;
  if (!later) return false;
  while (later.rows.length) {
    wrap.append(later.table(later.rows.splice(0, Math.min(count, ROWS_AT_ONCE)), later.label));
    count -= ROWS_AT_ONCE;
    if (count <= 0) break;
  }
  if (!later.rows.length) delete wrap.later;
  return Boolean(wrap.later);
}

export const paragraphsOf = (...lines) => lines.filter(Boolean).map((line) => el("p", {}, line));

// The chart with its caption, then its text version.
export function figureOf(chart, caption) {
  return el("figure", { class: "ck-figure" }, chart, el("figcaption", {}, format(K.FIGURE_CAPTION, { caption: lowerFirst(caption) })));
}

export function chartTable(caption, header, rows) {
  return classTable(format(K.TABLE_CAPTION, { caption: lowerFirst(caption) }), header, rows);
}

export function section(key, title, ...parts) {
  return { key, title, node: el("section", { class: "ck-class-section", "data-key": key }, el("h3", {}, title), ...parts) };
}

// Why a file is not used, as the teacher reads it (who it belongs to, which file counts instead).
export function skippedReason(skipped, data, showNames) {
  if (!skipped.kept) return skipped.reason;
  const learner = data.learners.find((one) => one.letters === skipped.learner);
  return format(skipped.reason, {
    learner: learner ? learner.label(showNames) : "",
    kept: skipped.kept.reference(showNames),
    when: learner && learner.exportedAt !== null ? dateTime(learner.exportedAt) : K.UNKNOWN_DATE,
  });
}

export function filesSection(data, showNames, platforms) {
  const learnerOf = new Map(data.learners.map((learner) => [learner.file.number, learner]));
  const parts = paragraphsOf(
    format(K.PAGE_SUMMARY, { learners: count(data.learners.length), files: data.files.length, used: data.learners.length, skipped: data.skipped.length }),
    platforms.length ? format(K.PAGE_LAYOUTS, { platforms: platforms.map((name) => K.PLATFORM_NAMES[name]).join(", ") }) : data.files.length ? K.PAGE_NO_LAYOUT : "",
    data.sides ? format(K.PAGE_SIDE_FILES, { count: data.sides }) : "",
    data.truncated ? format(K.PAGE_TOO_MANY_FILES, { limit: thousands(C.max_files) }) : "",
    showNames === false && data.files.length ? K.NAMES_HIDDEN : "", // null: no names (the static form)
  );
  if (data.skipped.length) {
    const rows = data.skipped.map((one) => [one.file.reference(showNames), skippedReason(one, data, showNames)]);
    parts.push(classTable(K.FILES_SKIPPED_CAPTION, [K.COL_FILE, K.COL_REASON], rows, 0, [0, 1]));
  } else if (data.files.length) {
    parts.push(...paragraphsOf(K.FILES_ALL_USED));
  }
  const notes = [...data.notes];
  for (const learner of data.learners) {
    const unknown = unknownAnswers(learner);
    if (unknown) notes.push({ file: learner.file, text: format(K.NOTE_UNKNOWN, { count: unknown }) });
  }
  if (notes.length) {
    const rows = notes
      .sort((a, b) => a.file.number - b.file.number)
      .map((note) => {
        const owner = learnerOf.get(note.file.number);
        const text = note.other ? format(note.text, { other: note.other.reference(showNames) }) : note.text;
        return [note.file.reference(showNames), owner ? owner.label(showNames) : "", text];
      });
    parts.push(classTable(K.FILES_NOTES_CAPTION, [K.COL_FILE, K.COL_LEARNER, K.COL_NOTE], rows, 0, [0, 2]));
  }
  return section("bestanden", K.HEAD_FILES, ...parts);
}

export function exercisesSection(data) {
  const total = data.learners.length;
  const rows = exerciseRows(data).map((row) => [
    String(row.definition.chapter), row.definition.title, T.TYPE_LABELS[row.definition.type],
    format(K.DONE, { done: row.done, total }), row.result,
  ]);
  const header = [K.COL_CHAPTER, K.COL_EXERCISE, K.COL_KIND, K.COL_DONE, K.COL_RESULT];
  return section("oefeningen", K.HEAD_EXERCISES, classTable(format(K.EXERCISES_CAPTION, { total }), header, rows, 1));
}

export function scanSection(data, definition, room) {
  const stats = scanDistribution(data, definition);
  const title = format(K.HEAD_SCAN, { title: definition.title, chapter: definition.chapter });
  const excluded = stats.excluded ? format(K.SCAN_EXCLUDED, { count: stats.excluded }) : "";
  if (!stats.learners) return section(definition.id, title, ...paragraphsOf(K.SCAN_NOBODY, excluded));
  const scale = definition.scale;
  const legend = scale.map((label, index) => `${index + 1} = ${label}`).join(", ");
  const header = [K.COL_STATEMENT, ...scale.map((_, index) => String(index + 1)), K.COL_COUNT, K.COL_MEAN, K.COL_MEDIAN];
  const rows = definition.statements.map((statement, index) => [
    `${index + 1}. ${statement}`, ...stats.counts[index].map(String), String(stats.n(index)),
    numberOrDash(stats.mean(index)), numberOrDash(stats.median(index)),
  ]);
  return section(definition.id, title,
    ...paragraphsOf(format(K.SCAN_INTRO, { count: stats.learners, scale: legend }), excluded),
    figureOf(distributionChart(stats, room), K.SCAN_CAPTION),
    chartTable(K.SCAN_CAPTION, header, rows));
}

export function shiftSection(data, before, after, room) {
  const stats = beforeAfter(data, before, after);
  const title = format(K.HEAD_SHIFT, { title: format(K.SHIFT_PAIR, { before: shortTitle(before), after: shortTitle(after).toLowerCase() }) });
  const intro = format(K.SHIFT_INTRO, {
    both: stats.both, before: before.title, after: after.title, only_before: stats.onlyBefore, only_after: stats.onlyAfter,
  });
  const key = `${before.id}--${after.id}`;
  if (!stats.both || stats.meanBefore === null || stats.meanAfter === null) return section(key, title, ...paragraphsOf(intro, K.SHIFT_NOBODY));
  const mean = format(K.SHIFT_MEAN, {
    before: decimal(stats.meanBefore), after: decimal(stats.meanAfter), delta: signedDecimal(stats.meanAfter - stats.meanBefore),
  });
  const rows = stats.rows.map((row, index) => [
    `${index + 1}. ${row.statement}`, String(row.pairs), numberOrDash(row.before), numberOrDash(row.after),
    row.before === null || row.after === null ? K.NO_RESULT : signedDecimal(row.after - row.before),
    String(row.rose), String(row.same), String(row.fell),
  ]);
  const header = [K.COL_STATEMENT, K.COL_PAIRS, K.COL_BEFORE, K.COL_AFTER, K.COL_DELTA, K.COL_ROSE, K.COL_SAME, K.COL_FELL];
  return section(key, title, ...paragraphsOf(intro, mean), figureOf(shiftChart(stats, room), K.SHIFT_CAPTION), chartTable(K.SHIFT_CAPTION, header, rows));
}

export function rolesSection(data, definition, room) {
  if (!roleGroups(definition.statements).size) return section("rollen", K.HEAD_ROLES, ...paragraphsOf(K.ROLES_NO_GROUPS));
  const stats = roleProfile(data, definition);
  if (!stats.learners || stats.rows.every((row) => row.mean === null)) return section("rollen", K.HEAD_ROLES, ...paragraphsOf(K.ROLES_NOBODY));
  const rows = stats.rows.map((row) => [row.role, numberOrDash(row.mean), numberOrDash(row.lowest), numberOrDash(row.highest), count(row.strongest)]);
  return section("rollen", K.HEAD_ROLES,
    ...paragraphsOf(format(K.ROLES_INTRO, { count: stats.learners, per_role: stats.rows[0].statements })),
    figureOf(rolesChart(stats, room), K.ROLES_CAPTION),
    chartTable(K.ROLES_CAPTION, [K.COL_ROLE, K.COL_MEAN, K.COL_LOWEST, K.COL_HIGHEST, K.COL_STRONGEST], rows),
    ...paragraphsOf(stats.ties ? K.ROLES_TIES : ""));
}

export function dilemmasSection(data) {
  const dilemmas = definitionsOf("dilemma");
  if (!dilemmas.length) return null;
  const parts = dilemmas.map((definition) => {
    const stats = dilemmaChoices(data, definition);
    return el("div", { class: "ck-dilemma" },
      el("h4", {}, definition.title),
      el("blockquote", {}, el("p", {}, definition.situation)),
      el("p", {}, format(K.DILEMMA_INTRO, { done: stats.done, total: data.learners.length })),
      classTable(format(K.DILEMMA_CAPTION, { title: definition.title }), [K.COL_CHOICE, K.COL_COUNT], stats.counts.map(([text, number]) => [text, String(number)])));
  });
  return section("dilemmas", K.HEAD_DILEMMAS, ...parts);
}

// Which platform student a file is tied to; the number only with the names.
export function linked(student, showNames) {
  if (!student) return K.LINKED_NONE;
  const platform = K.PLATFORM_NAMES[student.platform];
  return showNames ? format(K.LINKED_SHOWN, { platform, id: student.id }) : format(K.LINKED_HIDDEN, { platform });
}

// Per learner the export, the edition of the book it was made in, the
// exercises, the chapters and the final assignment.
export function learnersTable(data, showNames) {
  const rows = learnerRows(data)
    .sort((a, b) => a.learner.letters.length - b.learner.letters.length || byCodePoint(a.learner.letters, b.learner.letters))
    .map((row) => [
      row.learner.label(showNames), row.learner.file.reference(showNames), linked(row.learner.file.student, showNames),
      row.learner.exportedAt !== null ? longDate(row.learner.exportedAt) : K.UNKNOWN_DATE,
      row.learner.edition || K.UNKNOWN_EDITION,
      format(K.DONE, { done: row.done, total: row.total }), row.chapters, row.final,
    ]);
  const header = [K.COL_LEARNER, K.COL_FILE, K.COL_LINKED, K.COL_EXPORTED, K.COL_EDITION, K.COL_EXERCISES_DONE, K.COL_CHAPTERS, K.COL_FINAL];
  return { caption: K.LEARNERS_CAPTION, header, rows };
}

export function learnersSection(data, showNames) {
  const { caption, header, rows } = learnersTable(data, showNames);
  return section("cursisten", K.HEAD_LEARNERS, ...paragraphsOf(K.LABELS_NOTE), classTable(caption, header, rows, 0, [1]),
    ...paragraphsOf(CATALOG.final ? K.LEARNERS_FINAL_NOTE : ""));
}

// Every part of the overview, in the order a teacher reads it, each as a
// function that makes it (so that the page can draw a large class part by part, classboot.js).
export function* sectionMakers(data, showNames, platforms, room) {
  if (!data.files.length) return;
  yield () => filesSection(data, showNames, platforms);
  if (!data.learners.length) return;
  yield () => exercisesSection(data);
  const scans = definitionsOf("selfscan");
  for (const definition of scans) {
    const earlier = CATALOG.definitions.get(definition.compare_with || "");
    if (earlier && earlier.type === "selfscan") yield () => shiftSection(data, earlier, definition, room);
  }
  for (const definition of scans) if (definition.role_profile) yield () => rolesSection(data, definition, room);
  for (const definition of scans) yield () => scanSection(data, definition, room);
  yield () => dilemmasSection(data);
  yield () => learnersSection(data, showNames);
}

export function reportSections(data, showNames, platforms, room) {
  const sections = [...sectionMakers(data, showNames, platforms, room)].map((make) => make()).filter(Boolean);
  for (const one of sections) for (const wrap of one.node.querySelectorAll(".ck-table-wrap")) moreRows(wrap);
  return sections;
}
