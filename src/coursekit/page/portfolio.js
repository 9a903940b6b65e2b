// The portfolio export: the data, the two documents made of the template parts (DATA.parts,
// rendered with slots: coursekit.render.slots), the reader of exports with its version rule
// (portfolio/format.py keeps a twin for the class overview in a notebook), and the import with its
// report, for the page and for the notebook's panel (notebook/portfolio.js), whose kernel merges.
// On the page it is in the second script (portfolio_script.js), which the page loads when needed;
// the notebook's bundle and the class page's bundle import it directly.
import { checkAnswer, CONTROL, exportJson, LONE_SURROGATE, questionChanged } from "./answers.js";
import { C, cut, DATA, format, isObject, SPACE, T, tooDeep, words } from "./base.js";
import { dateTime, html, Invalid, longDate, mdCell, mdEscape, mdQuote, mdRow, mdRule, paragraphs, parseTime, stamp } from "./formatting.js";
import { StoreError } from "./store.js";
import { line } from "../exercise_types/base.js";
import types from "coursekit-type-rules";

export class ExportProblem extends Error {
  constructor(kind, version) {
    super(kind);
    this.kind = kind;
    this.version = version;
  }
}

// --- The documents ------------------------------------------------------------------------

export const STEPS = {
  html, md_cell: mdCell, md_block: mdEscape, md_quote: mdQuote, md_row: mdRow, md_rule: mdRule,
  long_date: longDate, date_time: dateTime,
};
export const SLOT = /\x01([a-z_]+)((?:\|[a-z_]+)*)\x02/g;

// One part with its slots filled: each value goes through the steps its marker names.
export function fill(language, name, values) {
  return DATA.parts[language][name].replace(SLOT, (marker, slot, steps) => {
    if (!(slot in values)) throw new Error(`part ${name}: no value for ${slot}`);
    return steps.split("|").slice(1).reduce((value, step) => STEPS[step](value), values[slot]);
  });
}

// The blocks as macros.html's block() puts them together.
export function htmlBlock(block) {
  const part = (name, values) => fill("html", name, values || {});
  if (block.kind === "line") return part("line_block", block);
  if (block.kind === "quote") {
    const text = paragraphs(block.text)
      .map((lines) => part("paragraph", { lines: lines.map(html).join(part("line_break")) }))
      .join("");
    return part("quote_block", { question: block.question, paragraphs: text });
  }
  const head = block.header.map((cell) => part("column_header", { cell })).join("");
  const body = block.rows
    .map((row) => part("table_row", { cells: row.map((cell, index) => part(index ? "table_cell" : "row_header_cell", { cell })).join("") }))
    .join("");
  return part("table_frame", { caption: block.caption, head, body });
}

export function markdownBlock(block) {
  if (block.kind === "line") return fill("markdown", "line_block", block);
  if (block.kind === "quote") return fill("markdown", "quote_block", block);
  const rows = block.rows.map((row) => fill("markdown", "table_row", { row })).join("");
  return fill("markdown", "table_block", { caption: block.caption, header: block.header, rows });
}

// The HTML and the Markdown document: the same parts in the same order.
export function documentText(language, sections, name, moment, data) {
  const part = (partName, values) => fill(language, partName, values || {});
  const block = language === "html" ? (b) => htmlBlock(b) + "\n\n" : markdownBlock;
  let body = sections.length ? "" : part("nothing");
  for (const section of sections) {
    const entries = section.entries
      .map((entry) => part("entry", { title: entry.title, saved_on: entry.saved_on, blocks: entry.blocks.map(block).join("") }))
      .join("");
    body += part("section", { heading: section.heading, entries });
  }
  const values = { name_line: name ? part("name_line", { name }) : "", moment, body, data };
  return part("document", values);
}

// --- The data -------------------------------------------------------------------------------

// Answers grouped by chapter in the book's order.
export function sections(answers, catalog) {
  const order = new Map([...catalog.definitions.keys()].map((id, index) => [id, index]));
  const rank = (answer) => [answer.chapter, order.has(answer.exercise_id) ? order.get(answer.exercise_id) : order.size];
  const ranked = [...answers.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (a.exercise_id < b.exercise_id ? -1 : a.exercise_id > b.exercise_id ? 1 : 0);
  });
  const grouped = new Map();
  for (const answer of ranked) {
    const known = catalog.definitions.get(answer.exercise_id);
    const definition = known && known.type === answer.type ? known : null;
    const saved = format(T.PORTFOLIO_SAVED_ON, { when: dateTime(answer.moment) });
    if (!grouped.has(answer.chapter)) grouped.set(answer.chapter, []);
    grouped.get(answer.chapter).push({
      title: known ? known.title : answer.exercise_id,
      saved_on: `${T.TYPE_LABELS[answer.type]} · ${saved}`,
      blocks: answerBlocks(answer, definition),
    });
  }
  return [...grouped].map(([number, entries]) => {
    const chapter = catalog.chapters.get(number);
    const heading = chapter
      ? format(T.PORTFOLIO_CHAPTER, { number, title: chapter.title })
      : format(T.PORTFOLIO_OTHER_CHAPTER, { number });
    return { heading, entries };
  });
}

// An answer's blocks, a note when its question has changed since, and every earlier answer after
// it: to an earlier version of the question, or kept from another tab (reason "other_tab").
export function answerBlocks(answer, definition) {
  const kind = types[answer.type];
  const blocks = kind.blocks(answer.value, definition);
  if (definition && questionChanged(definition, answer.definition, answer.value)) {
    blocks.push(line(T.PORTFOLIO_CHANGED_LABEL, T.PORTFOLIO_CHANGED));
  }
  for (const earlier of answer.earlier || []) {
    const when = dateTime(parseTime(earlier.updated_at));
    let text = earlier.edition
      ? format(T.PORTFOLIO_EARLIER_EDITION, { edition: earlier.edition, when })
      : format(T.PORTFOLIO_EARLIER, { when });
    if (earlier.reason === C.other_tab) text = format(T.PORTFOLIO_EARLIER_OTHER_TAB, { when });
    blocks.push(line(T.PORTFOLIO_EARLIER_LABEL, text), ...kind.blocks(earlier.value, null));
  }
  return blocks;
}

// A catalog from the page's data: {edition, chapters: [...], exercises: [definition, ...]}.
export function catalogOf(data) {
  return {
    edition: data.edition || "",
    chapters: new Map((data.chapters || []).map((chapter) => [chapter.number, chapter])),
    definitions: new Map((data.exercises || []).map((definition) => [definition.id, definition])),
  };
}

export const cleanText = (text) => text.replace(new RegExp(LONE_SURROGATE, "g"), "").replace(CONTROL, "");
export const cleanName = (name) => cut(words(cleanText(name)).join(" "), C.max_name_length);

export function slug(name) {
  const ascii = name.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
}

export function jsonForScript(text) {
  return text.replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

export function base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

// The portfolio of `answers` (a Map of checked answers) as HTML, Markdown and JSON (build_export).
export function buildExport(answers, catalog, name, moment) {
  name = cleanName(name || "");
  const data = exportJson(answers, catalog.edition || "", name, moment);
  const grouped = sections(answers, catalog);
  return {
    basename: ["portfolio", slug(name) || "opgavegericht-werken", stamp(moment)].join("-"),
    html: documentText("html", grouped, name, moment, jsonForScript(data)),
    markdown: documentText("markdown", grouped, name, moment, `<!-- coursekit-portfolio:${base64(data)} -->`),
    json: data + "\n",
  };
}

// --- Reading an export: the one reader, the one version rule ---------------------------------

export const HTML_DATA = new RegExp(`<script type="application/json" id="${C.html_data_id}">([\\s\\S]*?)</script>`);
export const MD_DATA = new RegExp(`<!-- coursekit-portfolio:([A-Za-z0-9+/=${SPACE}]*?) -->`, "g");
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const strictUtf8 = (bytes, keepMark) => new TextDecoder("utf-8", { fatal: true, ignoreBOM: keepMark }).decode(bytes);

export function embeddedPayload(text) {
  const found = HTML_DATA.exec(text);
  if (found) return found[1];
  const blocks = [...text.matchAll(MD_DATA)];
  if (!blocks.length) return null;
  const encoded = words(blocks[blocks.length - 1][1]).join("");
  if (!BASE64.test(encoded)) throw new Error("base64");
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return strictUtf8(bytes, true);
}

// format._find_payload: nesting is checked on the JSON text before it is parsed (C.max_depth).
// Returns the data and the JSON text it was parsed from.
export function findPayload(text) {
  if (/^[ \t\n\r]*[[{]/.test(text) && tooDeep(text)) throw new ExportProblem("too_deep");
  try {
    return [JSON.parse(text), text];
  } catch (error) {
    // not JSON as a whole: look for the data block of an HTML or Markdown export
  }
  let embedded;
  try {
    embedded = embeddedPayload(text);
  } catch (error) {
    throw new ExportProblem("damaged_data");
  }
  if (embedded !== null) {
    if (tooDeep(embedded)) throw new ExportProblem("too_deep");
    try {
      return [JSON.parse(embedded), embedded];
    } catch (error) {
      throw new ExportProblem("damaged_data");
    }
  }
  if (text.includes(C.html_data_id)) throw new ExportProblem("damaged_data");
  if (text.includes(T.PORTFOLIO_TITLE)) throw new ExportProblem("edited");
  throw new ExportProblem("not_export");
}

// portfolio/format.py, MIGRATIONS: the data of format version n brought to n + 1.
export const EXPORT_MIGRATIONS = {
  1: (document) => ({
    ...document, schema_version: 2, edition: "",
    answers: Array.isArray(document.answers)
      ? document.answers.map((entry) => (isObject(entry) ? { ...entry, edition: "", definition: "" } : entry))
      : document.answers,
  }),
};

// read_export: {name, exportedAt, answers (Map, the newest per exercise), problems, version}.
export function readExport(bytes) {
  if (bytes.length > C.max_export_bytes) throw new ExportProblem("too_large");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) throw new ExportProblem("zip");
  let text;
  try {
    text = strictUtf8(bytes, false);
  } catch (error) {
    throw new ExportProblem("not_text");
  }
  if (text.includes("\x00")) throw new ExportProblem("not_text");
  let [document, source] = findPayload(text);
  if (!isObject(document)) throw new ExportProblem("other_json");
  if (document.format === C.store_format) throw new ExportProblem("store_file");
  if (document.format !== C.export_format) throw new ExportProblem("other_json");
  const version = document.schema_version;
  // JSON.parse reads 1.0 as 1; Python (format.py) reads a float and refuses it, so does this. A quote
  // in a JSON string is escaped, so only a key can follow "{" or "," here (at any depth: an export
  // has no other "schema_version", and a file with one is refused rather than read).
  const whole = !/[{,]\s*"schema_version"\s*:\s*-?\d+[.eE]/.test(source);
  if (!Number.isInteger(version) || version < 1 || !whole) throw new ExportProblem("damaged_version");
  if (version > C.export_version) throw new ExportProblem("newer", version);
  for (let from = version; from < C.export_version; from += 1) document = EXPORT_MIGRATIONS[from](document);
  if (!Array.isArray(document.answers)) throw new ExportProblem("damaged_answers");
  const answers = new Map();
  const problems = [];
  for (const entry of document.answers) {
    let answer;
    try {
      answer = checkAnswer(entry);
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      problems.push(problem.message);
      continue;
    }
    const known = answers.get(answer.exercise_id);
    if (!known || answer.moment > known.moment) answers.set(answer.exercise_id, answer);
  }
  let exportedAt = null;
  try {
    exportedAt = parseTime(document.exported_at);
  } catch (error) {
    // an export without a readable moment is still an export
  }
  const name = typeof document.name === "string" ? cleanName(document.name) : "";
  const edition = typeof document.edition === "string" && /^\d{4}-\d{4}$/.test(document.edition) ? document.edition : "";
  return { name, exportedAt, answers, problems, version, edition };
}

// --- Importing: the merge rule and the report ---------------------------------------------------

export const REPORT = {
  added: T.IMPORT_ADDED, updated: T.IMPORT_UPDATED, unchanged: T.IMPORT_UNCHANGED, kept_local: T.IMPORT_KEPT_LOCAL,
  replaced_unreadable: T.IMPORT_REPLACED_UNREADABLE,
};

// Why an export cannot be imported, naming the file.
export function refusal(problem, filename) {
  let reason = T.IMPORT_NOT_EXPORT;
  if (problem.kind === "newer") reason = T.IMPORT_NEWER_FORMAT;
  else if (problem.kind === "too_large") reason = format(T.IMPORT_TOO_LARGE, { size: Math.floor(C.max_export_bytes / (1024 * 1024)) });
  else if (problem.kind === "too_deep") reason = format(T.IMPORT_TOO_DEEP, { depth: C.max_depth });
  return format(T.IMPORT_REFUSED, { file: filename, reason });
}

// A report that only says `summary` (nothing was merged).
const said = (summary) => ({ summary, lines: [] });

// An import in two steps, so a kernel can merge in between (the notebook's panel,
// coursekit/notebook/portfolio.js): readImport reads and checks the file, giving the answers that
// fit the course and the problems (or, for a file that is refused, the report); importReport words
// what the store decided ({answer, status, local, backup} per answer).
export function readImport(bytes, filename, catalog) {
  let parsed;
  try {
    parsed = readExport(bytes);
  } catch (problem) {
    if (!(problem instanceof ExportProblem)) throw problem;
    return { report: said(refusal(problem, filename)) };
  }
  const answers = [];
  const problems = parsed.problems.map((detail) => format(T.IMPORT_INVALID, { detail }));
  for (const answer of parsed.answers.values()) {
    const known = catalog.definitions.get(answer.exercise_id);
    if (!known || known.type === answer.type) answers.push(answer);
    else problems.push(format(T.IMPORT_WRONG_TYPE, { title: importTitle(answer, catalog) }));
  }
  return { answers, problems };
}

export function importTitle(answer, catalog) {
  const known = catalog.definitions.get(answer.exercise_id);
  return format(T.IMPORT_TITLE, { title: known ? known.title : answer.exercise_id, chapter: answer.chapter });
}

// `place` words where a copy was kept; `after` follows the summary when something changed.
export function importReport(filename, outcomes, problems, catalog, place, after) {
  const count = (...statuses) => outcomes.filter((outcome) => statuses.includes(outcome.status)).length;
  const added = count("added");
  const updated = count("updated", "replaced_unreadable");
  const skipped = outcomes.length - added - updated + problems.length;
  const lines = outcomes.map(({ answer, status, local, backup }) => format(REPORT[status], {
    title: importTitle(answer, catalog), local: local && dateTime(local.moment), incoming: dateTime(answer.moment),
    backup: backup && place(backup),
  }));
  const summary = format(T.IMPORT_SUMMARY, { file: filename, added, updated, skipped });
  return { summary: added || updated ? `${summary} ${after}` : summary, lines: lines.concat(problems), added, updated, skipped };
}

// Merge an export into the page's `store`, with a Dutch report of every decision.
export function importExport(bytes, filename, store, catalog) {
  const found = readImport(bytes, filename, catalog);
  if (found.report) return found.report;
  let outcomes;
  try {
    outcomes = store.merge(found.answers);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return said(format(T.IMPORT_FAILED, { reason: error.message }));
  }
  return importReport(filename, outcomes, found.problems, catalog, (key) => format(T.PAGE_BACKUP_PLACE, { key }), T.PAGE_IMPORT_SHOWN);
}
