// The rules for a class of exports (on the book's page and in the notebook): every
// file checked, a Dutch reason for each file that is not used, one export per learner (the
// newest), anonymous letters in an order that does not follow the names; the same however the
// files are handed in (tests/page/test_class_parity.py). A file in a platform's student folder
// belongs to that student (layouts.js), so the platform, not the name typed in the export, says
// who is who.
import { recordOf } from "../page/answers.js";
import { C, format, pyFloat } from "../page/base.js";
import { decimal } from "../page/formatting.js";
import { ExportProblem, readExport } from "../page/portfolio.js";
import { byCodePoint, K, Stopped } from "./classbase.js";
import { identity, platformsOf } from "./layouts.js";
import { hexOf, sha256Bytes, sha256Hex, UTF8 } from "./sha256.js";

// Why an export is not used, for the teacher.
export function skipReason(problem) {
  const damaged = {
    damaged_data: K.DAMAGED_DATA, damaged_version: K.DAMAGED_VERSION, damaged_answers: K.DAMAGED_ANSWERS,
    too_deep: format(K.DAMAGED_DEPTH, { depth: C.max_depth }),
  };
  if (problem.kind === "newer") return format(K.SKIP_NEWER, { version: problem.version, current: C.export_version });
  if (problem.kind === "too_large") return format(K.SKIP_TOO_LARGE, { size: decimal(C.max_file_bytes / 1024 / 1024) });
  if (damaged[problem.kind]) return format(K.SKIP_DAMAGED, { detail: damaged[problem.kind] });
  const reasons = {
    zip: K.SKIP_NESTED_ZIP, // a zip inside what was handed in is never unpacked
    not_text: K.SKIP_NOT_TEXT,
    not_export: K.SKIP_NOT_EXPORT,
    edited: K.SKIP_EDITED,
    store_file: K.SKIP_STORE_FILE,
    other_json: K.SKIP_OTHER_JSON,
  };
  return reasons[problem.kind] || K.SKIP_NOT_EXPORT;
}

// Python's json.dumps(value, sort_keys=True, ensure_ascii=False) for answer records.
export function pyJson(value) {
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : pyFloat(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "[" + value.map(pyJson).join(", ") + "]";
  const keys = Object.keys(value).sort(byCodePoint);
  return "{" + keys.map((key) => JSON.stringify(key) + ": " + pyJson(value[key])).join(", ") + "}";
}

// The answers, sorted by exercise, as one hash.
export function fingerprint(answers) {
  const ids = [...answers.keys()].sort(byCodePoint);
  return sha256Hex(pyJson(ids.map((id) => recordOf(answers.get(id)))));
}

// 0 -> "A", 25 -> "Z", 26 -> "AA"
export function letters(index) {
  let text = "";
  for (let rest = index + 1; rest; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}

export function suffixOf(path) {
  const name = path.split("/").pop();
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : "";
}

// A file handed in, by its place in sorted order.
export class ExportFile {
  constructor(relative, number, student) {
    this.relative = relative;
    this.number = number;
    this.student = student; // {platform, key, label} or null
  }

  get suffix() {
    const suffix = suffixOf(this.relative);
    if (!suffix) return K.NO_SUFFIX;
    return C.common_suffixes.includes(suffix) ? suffix : K.OTHER_SUFFIX;
  }

  reference(showNames) {
    return showNames ? format(K.FILE_SHOWN, { name: this.relative }) : format(K.FILE_HIDDEN, { number: this.number, suffix: this.suffix });
  }
}

// A learner; `edition`: the edition of the book the export was made in ("" when unknown: an
// export of format version 1, read as the notebook reads it, migrated).
export class ClassLearner {
  constructor(letters, name, file, exportedAt, answers, edition = "") {
    Object.assign(this, { letters, name, file, exportedAt, answers, edition });
  }

  // The name the export gives, else the one the platform gives.
  get shownName() {
    return this.name || (this.file.student && this.file.student.label) || "";
  }

  label(showNames) {
    if (showNames) return format(K.LEARNER_WITH_NAME, { letters: this.letters, name: this.shownName || K.NO_NAME });
    return format(K.LEARNER, { letters: this.letters });
  }
}

// Newest first: the export of a learner that counts.
export function newestFirst(a, b) {
  const stamp = (one) => (one.export.exportedAt === null ? -Infinity : one.export.exportedAt);
  const key = (one) => [-stamp(one), -one.export.answers.size, one.export.name ? 0 : 1, one.file.number];
  const [x, y] = [key(a), key(b)];
  for (let index = 0; index < x.length; index += 1) if (x[index] !== y[index]) return x[index] < y[index] ? -1 : 1;
  return 0;
}

export function concatBytes(a, b) {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

// The class from the reading on: `files` (ExportFile, in order) with their outcomes
// ({export} from readExport, or {reason}), and `notesOf` (file number -> notes on its name).
export function classData(files, outcomes, { truncated = false, sides = 0, notesOf = new Map() } = {}) {
  const skipped = [];
  const parsed = [];
  files.forEach((file, index) => {
    const outcome = outcomes[index];
    if (outcome.export) parsed.push({ file, export: outcome.export, print: outcome.print || fingerprint(outcome.export.answers) });
    else skipped.push({ file, reason: outcome.reason, learner: "", kept: null });
  });

  // Group the exports of one learner. THE RULE (layouts.js): the platform's student id when the
  // layout gives one; only without it the same name, or (without a name) the very same answers.
  const named = new Map();
  const byPrint = new Map();
  const add = (key, one) => (named.has(key) ? named.get(key).push(one) : named.set(key, [one]));
  const nameKey = (one) => "naam:" + identity(one.export.name);
  for (const one of parsed) {
    const key = one.file.student ? one.file.student.key : one.export.name ? nameKey(one) : null;
    if (key === null) continue;
    add(key, one);
    if (one.export.answers.size && !byPrint.has(one.print)) byPrint.set(one.print, key);
  }
  for (const one of parsed) {
    if (one.file.student || one.export.name) continue;
    add(one.export.answers.size ? byPrint.get(one.print) || "antwoorden:" + one.print : `leeg:${one.file.number}`, one);
  }

  const chosen = [];
  for (const [key, group] of named) {
    group.sort(newestFirst);
    const [kept, ...others] = group;
    chosen.push({ key, kept });
    for (const one of others) {
      const reason = one.print === kept.print ? K.SKIP_SAME_EXPORT : K.SKIP_DUPLICATE;
      skipped.push({ file: one.file, reason, learner: key, kept: kept.file });
    }
  }
  // The letters follow a hash of each learner's key, salted with the content of all exports.
  const salt = sha256Bytes(UTF8.encode(chosen.map((one) => one.kept.print + one.kept.export.name).sort(byCodePoint).join("")));
  const rank = (one) => hexOf(sha256Bytes(concatBytes(salt, UTF8.encode(one.key))));
  chosen.forEach((one) => (one.rank = rank(one)));
  chosen.sort((a, b) => byCodePoint(a.rank, b.rank) || byCodePoint(a.key, b.key));

  const notes = [];
  const learners = [];
  const letterOf = new Map();
  chosen.forEach(({ key, kept }, index) => {
    letterOf.set(key, letters(index));
    const learner = new ClassLearner(
      letters(index), kept.export.name, kept.file, kept.export.exportedAt, kept.export.answers, kept.export.edition,
    );
    learner.print = kept.print;
    learners.push(learner);
    for (const text of notesOf.get(kept.file.number) || []) notes.push({ file: kept.file, text });
    if (kept.export.problems.length) notes.push({ file: kept.file, text: format(K.NOTE_BAD_ANSWERS, { count: kept.export.problems.length }) });
    if (!kept.export.answers.size) notes.push({ file: kept.file, text: K.NOTE_EMPTY });
    if (!kept.export.name && !kept.file.student) notes.push({ file: kept.file, text: K.NOTE_NO_NAME });
  });
  const seen = new Map();
  const seenNames = new Map();
  for (const learner of [...learners].sort((a, b) => a.file.number - b.file.number)) {
    if (learner.answers.size) {
      if (seen.has(learner.print)) notes.push({ file: learner.file, text: K.NOTE_SAME_ANSWERS, other: seen.get(learner.print).file });
      else seen.set(learner.print, learner);
    }
    // Two platform students whose exports carry the same name: both count, the teacher checks.
    if (learner.file.student && learner.name) {
      const name = identity(learner.name);
      if (seenNames.has(name)) notes.push({ file: learner.file, text: K.NOTE_SAME_NAME, other: seenNames.get(name).file });
      else seenNames.set(name, learner);
    }
  }
  for (const one of skipped) one.learner = letterOf.get(one.learner) || "";
  skipped.sort((a, b) => a.file.number - b.file.number);
  notes.sort((a, b) => a.file.number - b.file.number);
  return {
    files, learners, skipped, notes, truncated, sides,
    problem: !files.length ? K.PAGE_NOTHING : learners.length ? "" : K.PAGE_NO_LEARNERS,
  };
}

// Give the browser a moment (to paint the progress, to take a click on "Stop"): a message to
// ourselves, which timers would slow down to 4 ms after a few rounds.
export function pause() {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// One Item read: {export, print} (the fingerprint computed at once, not all at the end) or {reason}.
export async function readItem(item, signal) {
  if (item.problem) return { reason: item.problem };
  try {
    const found = readExport(await item.read(signal));
    return { export: found, print: fingerprint(found.answers) };
  } catch (problem) {
    if (problem instanceof Stopped) throw problem;
    if (problem instanceof ExportProblem) return { reason: skipReason(problem) };
    if (typeof problem === "string") return { reason: problem };
    throw problem;
  }
}

// Read every collected Item (archive.js) and apply the rules, in the page itself: `progress(done,
// total)` is called as files are read; the page stays responsive (a pause at least every 40 ms,
// inflating in chunks, one file's fingerprint at a time). Throws Stopped when `signal` is aborted.
export async function readClass(collected, { signal = null, progress = () => {} } = {}) {
  const files = collected.items.map((item, index) => new ExportFile(item.path, index + 1, item.student || null));
  const notesOf = new Map(collected.items.map((item, index) => [index + 1, item.notes]));
  const outcomes = [];
  let lastPause = performance.now();
  for (const [index, item] of collected.items.entries()) {
    if (signal && signal.aborted) throw new Stopped();
    outcomes.push(await readItem(item, signal));
    if (performance.now() - lastPause > 40) {
      progress(index + 1, collected.items.length);
      await pause();
      lastPause = performance.now();
    }
  }
  progress(collected.items.length, collected.items.length);
  const data = classData(files, outcomes, { truncated: collected.truncated, sides: collected.sides.length, notesOf });
  data.platforms = platformsOf(collected.items);
  return data;
}
