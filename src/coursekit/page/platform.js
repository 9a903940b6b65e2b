// A chapter inside a learning platform (SCORM 1.2 and SCORM 2004; issue 22). Only the pages of a
// SCORM package load this script (coursekit.lms writes the packages); the online book never does.
// It has two roles, chosen by its script tag:
// - the package's launch page (index.html, data-lms-launch): it finds the platform's API as the
//   SCORM run-time specification says (up the parent windows, then the opener), opens the session
//   once (Initialize), shows the book's pages in a frame and offers them the same API, in which
//   Initialize is already done and Terminate only commits: a learner can go from the chapter to the
//   exercises and the portfolio page within one session. When the launch page goes (pagehide, also
//   when the tab is closed) the pages write what is waiting, and the session is ended: exit
//   "suspend", the session's time, Commit, Terminate.
// - a page with exercises or the portfolio panel: it restores the answers the platform keeps
//   (cmi.suspend_data) into the browser's store, merged by the newest answer per exercise (the
//   portfolio import's rule, store.merge), and writes them back a moment after each change and on
//   leaving, with the completion, the score and one interaction per knowledge check. The platform
//   gets the answers, the completion and the score: nothing else. Every refusal of the platform
//   leaves the page working on the browser's store, and the learner is told once.
import LZString from "lz-string";
import rules from "coursekit-type-rules";
import { C, T, format, isObject, tooDeep } from "./base.js";
import { checkAnswer, recordOf } from "./answers.js";
import { el } from "./dom.js";
import { Invalid } from "./formatting.js";
import { StoreError } from "./store.js";

// The calls and data model elements of each version (SCORM 1.2 RTE 3.4; SCORM 2004 4th ed. RTE 3.1, 4.2).
export const VERSIONS = {
  "1.2": {
    api: "API", initialize: "LMSInitialize", terminate: "LMSFinish", get: "LMSGetValue", set: "LMSSetValue",
    commit: "LMSCommit", error: "LMSGetLastError", errorString: "LMSGetErrorString", diagnostic: "LMSGetDiagnostic",
    limit: 4096, status: "cmi.core.lesson_status", score: "cmi.core.score", exit: "cmi.core.exit",
    time: "cmi.core.session_time", response: "student_response", wrong: "wrong",
  },
  2004: {
    api: "API_1484_11", initialize: "Initialize", terminate: "Terminate", get: "GetValue", set: "SetValue",
    commit: "Commit", error: "GetLastError", errorString: "GetErrorString", diagnostic: "GetDiagnostic",
    limit: 64000, status: "cmi.completion_status", score: "cmi.score", exit: "cmi.exit",
    time: "cmi.session_time", response: "learner_response", wrong: "incorrect",
  },
};
const SUSPEND = "cmi.suspend_data";
const PREFIX = "ck1:"; // the format of what this page keeps in suspend_data (a version of its own)
const LETTERS = "abcdefghijklmnopqrstuvwxyz"; // a choice's response: one letter per option (SCORM 1.2 CMIFeedback)

// The platform's API seen from `start`: the nearest window up the parents that has it, then the
// same from the opener (a platform that opens the package in a new window). A window of another
// origin cannot be read: the search stops there.
function lookUp(start, name) {
  let win = start;
  for (let steps = 0; win && steps < 10; steps += 1) {
    try {
      if (win[name]) return win[name];
      if (win.parent === win) return null;
      win = win.parent;
    } catch (error) {
      return null;
    }
  }
  return null;
}

export function findApi(version, start = globalThis) {
  const name = VERSIONS[version].api;
  let opener = null;
  try {
    opener = start.opener;
  } catch (error) {
    // no opener to look in
  }
  return lookUp(start, name) || (opener ? lookUp(opener, name) : null);
}

// One call of the API: its result as a string, "" when it threw or is missing.
function call(api, name, ...args) {
  try {
    return typeof api[name] === "function" ? String(api[name](...args)) : "";
  } catch (error) {
    return "";
  }
}

// What the page keeps in suspend_data: {a: records by exercise id (the newest answer, without
// the earlier ones, which stay in the browser), i: the knowledge checks in interaction order}.
export const encode = (data) => PREFIX + LZString.compressToBase64(JSON.stringify(data));

// The answers in `raw` (suspend_data): {answers, interactions, skipped}; an Invalid when it is not ours or damaged.
export function decode(raw) {
  if (!raw.startsWith(PREFIX)) throw new Invalid(T.LMS_DAMAGED);
  let data = null;
  try {
    const text = LZString.decompressFromBase64(raw.slice(PREFIX.length));
    if (text && text.length <= C.max_export_bytes && !tooDeep(text)) data = JSON.parse(text);
  } catch (error) {
    data = null;
  }
  if (!isObject(data) || !isObject(data.a)) throw new Invalid(T.LMS_DAMAGED);
  const answers = [];
  let skipped = 0;
  for (const [id, record] of Object.entries(data.a)) {
    try {
      const answer = checkAnswer(record);
      if (answer.exercise_id !== id) throw new Invalid(id);
      answers.push(answer);
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      skipped += 1;
    }
  }
  const interactions = Array.isArray(data.i) ? data.i.filter((id) => typeof id === "string") : [];
  return { answers, interactions, skipped };
}

const kept = (answer) => ({ ...recordOf(answer), earlier: undefined });

// The answers of `definitions` (in their order) that fit in `limit` characters: what does not fit
// is left out, in that order, never cut; returns {text, left: the definitions left out}.
export function fit(definitions, answers, interactions, limit) {
  const chosen = {};
  const left = [];
  const text = () => encode({ a: chosen, i: interactions });
  for (const definition of definitions) {
    const answer = answers.get(definition.id);
    if (answer) chosen[definition.id] = kept(answer);
  }
  if (text().length <= limit) return { text: text(), left };
  for (const id of Object.keys(chosen)) delete chosen[id];
  for (const definition of definitions) {
    const answer = answers.get(definition.id);
    if (!answer) continue;
    chosen[definition.id] = kept(answer);
    if (text().length > limit) {
      delete chosen[definition.id];
      left.push(definition);
    }
  }
  return { text: text(), left };
}

// The chapter's result: completed when every exercise has an answer; the score from the types that
// have a score rule (knowledge checks, sorting exercises), as points of their maximum.
export function result(definitions, answers) {
  let points = 0;
  let max = 0;
  let scored = 0;
  let done = 0;
  for (const definition of definitions) {
    const answer = answers.get(definition.id);
    const value = answer && answer.type === definition.type ? answer.value : null;
    if (value && !rules[definition.type].isEmpty(value)) done += 1;
    const score = rules[definition.type].score;
    if (!score) continue;
    const found = score(value, definition);
    points += found.points;
    max += found.max;
    if (value) scored += 1;
  }
  return { completed: done === definitions.length, points, max, scored };
}

// SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) and SCORM 2004's duration (PT#H#M#S) of `ms`.
export function timespan(version, ms) {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = (seconds % 60).toFixed(2);
  if (version === "1.2") return `${String(Math.min(hours, 9999)).padStart(4, "0")}:${String(minutes).padStart(2, "0")}:${rest.padStart(5, "0")}`;
  return `PT${hours}H${minutes}M${rest}S`;
}

// --- The launch page --------------------------------------------------------------------------

// The API the launch page offers its frame: the platform's, with the session kept open while
// `session.open` (Terminate only commits); once the launch page has ended the session, or when it
// could not open one, every call is refused.
export function sessionApi(api, calls, session) {
  const offered = {};
  for (const name of [calls.get, calls.set, calls.commit, calls.error, calls.errorString, calls.diagnostic]) {
    offered[name] = (...args) => (session.open ? api[name](...args) : name === calls.error ? "101" : name === calls.get ? "" : "false");
  }
  offered[calls.initialize] = () => String(session.open);
  offered[calls.terminate] = () => (session.open ? api[calls.commit]("") : "false");
  return offered;
}

export function launch(script, win = globalThis) {
  const version = script.dataset.lmsVersion;
  const calls = VERSIONS[version];
  const api = findApi(version, win);
  const session = { open: Boolean(api) && call(api, calls.initialize, "") === "true" };
  const started = Date.now();
  win[calls.api] = sessionApi(api, calls, session);
  const frame = win.document.querySelector("iframe");
  const end = () => {
    if (!session.open) return;
    try {
      const page = frame.contentWindow.coursekitPlatform; // the page in the frame writes what waits
      if (page) page.flush();
    } catch (error) {
      // a page of another origin, or none
    }
    call(api, calls.set, calls.exit, "suspend"); // the answers stay for the next visit
    call(api, calls.set, calls.time, timespan(version, Date.now() - started));
    call(api, calls.commit, "");
    session.open = false;
    call(api, calls.terminate, "");
  };
  win.addEventListener("pagehide", end);
  frame.src = script.dataset.lmsLaunch;
  return { api: win[calls.api], end };
}

// --- A page with exercises ------------------------------------------------------------------

export class Platform {
  constructor(page, version, chapters, api) {
    this.page = page;
    this.version = version;
    this.calls = VERSIONS[version];
    this.api = api;
    const catalog = globalThis.coursekitCatalog || { exercises: [] };
    const wanted = new Set(chapters);
    this.definitions = catalog.exercises.filter((definition) => wanted.has(definition.chapter));
    this.interactions = [];
    this.open = false;
    this.timer = null;
    this.written = null; // the suspend_data last written (or read): unchanged data is not sent again
    this.said = new Set();
    this.line = null;
  }

  get(name) {
    return call(this.api, this.calls.get, name);
  }

  set(name, value) {
    return call(this.api, this.calls.set, name, String(value)) === "true";
  }

  // Says `text` once, above the exercises or the portfolio panel; `kind` "error" is an alert.
  say(text, kind = "") {
    if (this.said.has(text)) return;
    this.said.add(text);
    const first = document.querySelector(".ck-intro, .coursekit-static");
    if (!first) return;
    if (!this.line) {
      this.line = el("div", { class: "ck-platform" });
      first.before(this.line);
    }
    const link = document.querySelector("script[data-portfolio]");
    const portfolio = link ? link.dataset.portfolio : "";
    const there = portfolio ? [" ", el("a", { href: (portfolio === "#" ? "" : portfolio) + "#ck-export" }, T.PAGE_REMINDER_EXPORT_THERE)] : [];
    this.line.append(el("p", kind === "error" ? { role: "alert" } : { role: "status" }, text, kind === "error" ? there : []));
  }

  // The platform refused: the page goes on with the browser's store.
  refused() {
    const code = call(this.api, this.calls.error) || "?";
    this.open = false;
    this.say(format(T.LMS_REFUSED, { code }), "error");
  }

  start() {
    if (!this.api || call(this.api, this.calls.initialize, "") !== "true") {
      this.say(T.LMS_UNREACHABLE, "error");
      return this;
    }
    this.open = true;
    const intro = document.querySelector(".ck-intro");
    if (intro) intro.firstChild.textContent = T.LMS_INTRO;
    this.page.keeping.where = T.LMS_WHERE;
    this.page.keeping.refresh();
    this.restore();
    this.write(false);
    return this;
  }

  restore() {
    const raw = this.get(SUSPEND);
    if (!raw) return;
    let found;
    try {
      found = decode(raw);
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      this.damaged = true; // not overwritten now: only a change of the learner writes again
      this.say(T.LMS_DAMAGED, "error");
      return;
    }
    this.written = raw;
    this.interactions = found.interactions;
    if (found.skipped) this.say(format(T.LMS_SKIPPED, { count: found.skipped }), "error");
    if (!found.answers.length) return;
    const store = this.page.store;
    let outcomes;
    try {
      outcomes = store.merge(found.answers);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      // The browser keeps nothing: the platform's answers are shown and offered for download.
      for (const answer of found.answers) {
        const local = store.get(answer.exercise_id);
        if (!local || answer.moment > local.moment) store.unsaved.set(answer.exercise_id, answer);
      }
      outcomes = [{ status: "added" }];
    }
    if (outcomes.some((outcome) => outcome.status === "added" || outcome.status === "updated")) {
      this.page.refreshAll();
      this.say(T.LMS_RESTORED);
    }
  }

  // An answer changed (a save, an import, a wipe): write a moment later.
  changed() {
    this.damaged = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), C.save_delay_ms);
  }

  // Leaving the page: write now what waits.
  flush() {
    if (this.timer !== null) this.write();
  }

  // Everything the platform keeps: the answers that fit, completion, score, interactions; then Commit.
  write(commit = true) {
    clearTimeout(this.timer);
    this.timer = null;
    if (!this.open || this.damaged) return;
    const answers = this.page.store.answers();
    const reported = this.interactionsOf(answers);
    const { text, left } = fit(this.definitions, answers, this.interactions, this.calls.limit);
    if (left.length) this.say(format(T.LMS_TOO_MUCH, { limit: this.calls.limit.toLocaleString("nl-NL"), titles: left.map((d) => `'${d.title}'`).join(", ") }), "error");
    if (text === this.written && !commit && !reported.length) return;
    const ok = [...reported, this.set(SUSPEND, text), ...this.outcome(answers)];
    if (ok.includes(false) || call(this.api, this.calls.commit, "") !== "true") {
      this.refused();
      return;
    }
    this.written = text;
  }

  outcome(answers) {
    const calls = this.calls;
    const found = result(this.definitions, answers);
    const sets = [this.set(calls.status, found.completed ? "completed" : "incomplete")];
    if (found.scored > 0) { // a score once a scored exercise is answered
      sets.push(this.set(`${calls.score}.min`, 0), this.set(`${calls.score}.max`, 100));
      sets.push(this.set(`${calls.score}.raw`, Math.round((100 * found.points) / found.max)));
      if (this.version === "2004") {
        const scaled = Math.round((10000 * found.points) / found.max) / 10000;
        sets.push(this.set("cmi.score.scaled", scaled));
        // The pass mark is the package's (its minNormalizedMeasure, coursekit.lms.package.PASSING),
        // which the platform gives as cmi.scaled_passing_score; without one, no success is said.
        const mark = Number.parseFloat(this.get("cmi.scaled_passing_score"));
        if (Number.isFinite(mark)) sets.push(this.set("cmi.success_status", scaled >= mark ? "passed" : "failed"));
      }
    }
    return sets;
  }

  // One interaction per knowledge check, written once, when the platform first gets its answer: the
  // option chosen then, the right one, and whether it was right. Numbered in the order the learner
  // answered (SCORM 1.2 adds interactions one after another); the order is kept in suspend_data
  // ("i"), so a question is never reported twice, on this device or another.
  interactionsOf(answers) {
    const sets = [];
    for (const definition of this.definitions) {
      const answer = answers.get(definition.id);
      const rule = rules[definition.type].interaction;
      if (!answer || !rule || answer.type !== definition.type || this.interactions.includes(definition.id)) continue;
      const found = rule(answer.value, definition);
      if (!found) continue;
      const at = `cmi.interactions.${this.interactions.length}.`;
      this.interactions.push(definition.id);
      sets.push(this.set(at + "id", definition.id), this.set(at + "type", "choice"));
      if (this.version === "2004") sets.push(this.set(at + "description", definition.title.slice(0, 250)));
      sets.push(this.set(at + "correct_responses.0.pattern", LETTERS[found.right]));
      sets.push(this.set(at + this.calls.response, LETTERS[found.chosen]));
      sets.push(this.set(at + "result", found.chosen === found.right ? "correct" : this.calls.wrong));
    }
    return sets;
  }
}

// Start the role this script's tag asks for; a page with exercises waits for the page layer.
function start(script) {
  if (script.dataset.lmsLaunch) {
    globalThis.coursekitLaunch = launch(script);
    return;
  }
  const page = globalThis.coursekitPage && globalThis.coursekitPage.page;
  if (!page) return; // no exercises on this page
  const version = script.dataset.lmsVersion;
  const chapters = script.dataset.lmsChapters.split(" ").map(Number);
  const platform = new Platform(page, version, chapters, findApi(version)).start();
  globalThis.coursekitPlatform = platform;
  const before = page.changed;
  page.changed = () => {
    before();
    platform.changed();
  };
  const leave = () => {
    platform.flush();
    if (platform.open) call(platform.api, platform.calls.terminate, "");
    platform.open = false;
  };
  window.addEventListener("pagehide", leave);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && platform.flush());
}

if (typeof document !== "undefined" && document.currentScript) {
  const script = document.currentScript;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => start(script));
  else start(script);
}
