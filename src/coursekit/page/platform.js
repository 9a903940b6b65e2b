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
import { C, T, format, isObject, same, tooDeep } from "./base.js";
import { EXERCISE_ID, checkAnswer, keepOtherTab, recordOf } from "./answers.js";
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
// the earlier ones, which stay in the browser), i: the knowledge checks already reported as
// interactions}.
export const encode = (data) => PREFIX + LZString.compressToBase64(JSON.stringify(data));
export const MAX_SUSPEND = VERSIONS[2004].limit; // longer data is not ours (SCORM 2004's own limit)

// What `raw` (suspend_data) holds: {records: every entry as it is, answers: the readable ones,
// reported, skipped: how many could not be read}; an Invalid when it is not ours or damaged.
export function decode(raw) {
  if (raw.length > MAX_SUSPEND || !raw.startsWith(PREFIX)) throw new Invalid(T.LMS_DAMAGED);
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
  const reported = Array.isArray(data.i) ? data.i.filter((id) => typeof id === "string" && EXERCISE_ID.test(id)) : [];
  return { records: data.a, answers, reported, skipped };
}

const kept = (answer) => ({ ...recordOf(answer), earlier: undefined });

// What the platform keeps, in this order: `only` (entries that are nowhere else: the platform's own
// that this browser has no readable answer for, kept as they were), then the answers of
// `definitions` in the page's order. What does not fit in `limit` characters is left out, entry by
// entry, never cut; returns {text, chosen: the entries kept, left: the ids left out}.
export function fit(definitions, answers, only, reported, limit) {
  const entries = Object.entries(only);
  for (const definition of definitions) {
    const answer = answers.get(definition.id);
    if (answer) entries.push([definition.id, kept(answer)]);
  }
  const chosen = Object.fromEntries(entries);
  const text = () => encode({ a: chosen, i: reported });
  if (text().length <= limit) return { text: text(), chosen, left: [] };
  const left = [];
  for (const [id] of entries) delete chosen[id];
  for (const [id, record] of entries) {
    chosen[id] = record;
    if (text().length > limit) {
      delete chosen[id];
      left.push(id);
    }
  }
  return { text: text(), chosen, left };
}

// Two answers to one exercise, from the browser (`local`) and the platform (`incoming`): the newer
// stays, the other becomes one of its earlier answers (so nothing is lost on either device); null
// when the browser already holds it.
export function combined(local, incoming) {
  if (!local) return incoming;
  if (local.type !== incoming.type) return incoming.moment > local.moment ? incoming : null;
  if (same(local.value, incoming.value)) return null;
  const [newer, older] = incoming.moment > local.moment ? [incoming, local] : [local, incoming];
  return keepOtherTab(newer, older, null, null); // the two tabs' rule, without the other tab's mark
}

// The chapter's result: completed when every exercise has an answer; the score from the types that
// have a score rule (knowledge checks, sorting exercises), as points of their maximum; `answered`:
// how many of those scored exercises have an answer.
export function result(definitions, answers) {
  let points = 0;
  let max = 0;
  let answered = 0;
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
    if (value) answered += 1;
  }
  return { completed: definitions.length > 0 && done === definitions.length, points, max, answered };
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

// A short local name for the learner the platform says this is (its id, hashed: FNV-1a): the
// browser keeps each learner's answers apart, on a computer that several learners share.
export function learnerKey(id) {
  let hash = 0x811c9dc5;
  for (const char of String(id)) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
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

// A page back from the browser's back-forward cache has no session any more: it loads again.
function reloadWhenRestored(win) {
  win.addEventListener("pageshow", (event) => event.persisted && win.location.reload());
}

export function launch(script, win = globalThis) {
  const version = script.dataset.lmsVersion;
  const calls = VERSIONS[version];
  const api = findApi(version, win);
  const session = { open: Boolean(api) && call(api, calls.initialize, "") === "true" };
  if (session.open) {
    // A visit that only reads is not "completed": a platform makes that of a status never set.
    const status = call(api, calls.get, calls.status);
    if (status === "not attempted" || status === "unknown" || status === "") call(api, calls.set, calls.status, "incomplete");
  }
  const started = Date.now();
  win[calls.api] = sessionApi(api, calls, session);
  const frame = win.document.querySelector("iframe");
  const end = () => {
    if (!session.open) return;
    try {
      const page = frame.contentWindow.coursekitPlatform; // the page in the frame writes everything first
      if (page) page.leave();
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
  constructor(page, version, chapters, api, catalog = globalThis.coursekitCatalog) {
    this.page = page;
    this.version = version;
    this.calls = VERSIONS[version];
    this.api = api;
    const wanted = new Set(chapters);
    this.definitions = ((catalog && catalog.exercises) || []).filter((definition) => wanted.has(definition.chapter));
    this.reported = []; // the knowledge checks already reported as interactions
    this.copy = {}; // the platform's copy as last read or written: entries by exercise id, as they are
    this.open = false; // the session is open and this page may write
    this.damaged = false; // the platform's copy could not be read: written again only after a change
    this.timer = null;
    this.said = new Map(); // what the page said, by kind of message: its paragraph
    this.messages = [];
    this.line = null;
  }

  get(name) {
    return call(this.api, this.calls.get, name);
  }

  set(name, value) {
    return call(this.api, this.calls.set, name, String(value)) === "true";
  }

  // Says `text` above the exercises or the portfolio panel, once per `key` (a later text of the same
  // key replaces it); `alert`: a problem, said as an alert, with the export at hand.
  say(text, alert = false, key = text) {
    const before = this.said.get(key);
    if (before && before.text === text) return;
    this.messages.push(text);
    const node = this.paragraph(text, alert);
    if (node && before && before.node) before.node.replaceWith(node);
    else if (node) this.line.append(node);
    this.said.set(key, { text, node });
  }

  // The paragraph of a message, in the page's place for them (made the first time); null without a page.
  paragraph(text, alert) {
    const first = typeof document === "undefined" ? null : document.querySelector(".ck-intro, .coursekit-static");
    if (!first) return null;
    if (!this.line) {
      this.line = el("div", { class: "ck-platform" });
      first.before(this.line);
    }
    const link = document.querySelector("script[data-portfolio]");
    const portfolio = link ? link.dataset.portfolio : "";
    const there = portfolio ? [" ", el("a", { href: (portfolio === "#" ? "" : portfolio) + "#ck-export" }, T.PAGE_REMINDER_EXPORT_THERE)] : [];
    return el("p", alert ? { role: "alert" } : { role: "status" }, text, alert ? there : []);
  }

  start() {
    if (!this.api || call(this.api, this.calls.initialize, "") !== "true") {
      this.say(T.LMS_UNREACHABLE, true);
      return this;
    }
    if (!this.definitions.length) {
      this.say(T.LMS_NO_CATALOG, true); // nothing to keep apart from: the platform's copy stays as it is
      return this;
    }
    this.open = true;
    const learner = this.get(this.version === "1.2" ? "cmi.core.student_id" : "cmi.learner_id");
    if (learner) this.page.store.useKey(`${this.page.store.key}@${learnerKey(learner)}`);
    if (typeof document !== "undefined") {
      const intro = document.querySelector(".ck-intro");
      if (intro) intro.firstChild.textContent = T.LMS_INTRO;
      const wipe = this.page.panel && this.page.panel.clearButton.parentNode;
      if (wipe) wipe.before(el("p", { class: "ck-platform-wipe" }, T.LMS_WIPE_NOTE)); // beside "Wis mijn antwoorden"
    }
    this.page.keeping.where = T.LMS_WHERE;
    this.restore();
    this.page.refreshAll();
    this.write(false);
    return this;
  }

  // The platform's copy into the browser's store: per exercise the newer answer stays and the other
  // becomes an earlier one (combined). A damaged copy is said and left as it is until a change.
  restore() {
    const raw = this.get(SUSPEND);
    if (!raw) return;
    let found;
    try {
      found = decode(raw);
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      this.damaged = true;
      this.say(T.LMS_DAMAGED, true);
      return;
    }
    const ids = new Set(this.definitions.map((definition) => definition.id));
    this.copy = { ...found.records };
    this.reported = found.reported.filter((id) => ids.has(id));
    if (found.skipped) this.say(format(T.LMS_SKIPPED, { count: found.skipped }), true);
    const incoming = found.answers.filter((answer) => ids.has(answer.exercise_id));
    if (this.keep(incoming)) this.say(T.LMS_RESTORED);
  }

  // Keep `incoming` in the browser's store; whether anything changed there.
  keep(incoming) {
    const store = this.page.store;
    const changed = [];
    try {
      store.update((entries) => {
        for (const answer of incoming) {
          const raw = entries[answer.exercise_id];
          const local = store.entry(answer.exercise_id, raw, false);
          if (raw !== undefined && !local) continue; // an entry this version cannot read stays as it is
          const both = combined(local, answer);
          if (both) {
            entries[answer.exercise_id] = recordOf(both);
            changed.push(both);
          }
        }
        return changed.length > 0;
      });
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      // The browser keeps nothing: the platform's answers are shown and offered for download.
      for (const answer of incoming) {
        const both = combined(store.get(answer.exercise_id), answer);
        if (both) {
          store.unsaved.set(answer.exercise_id, both);
          changed.push(both);
        }
      }
    }
    return changed.length > 0;
  }

  // An answer changed (a save, an import): write a moment later.
  changed() {
    this.damaged = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), C.save_delay_ms);
  }

  // Leaving: every view hands over what is being typed, then everything is written and committed.
  leave() {
    if (this.left) return;
    this.left = true;
    for (const view of this.page.views) view.flush();
    this.write();
  }

  // Everything the platform keeps: the answers that fit, completion, score, new interactions; then
  // Commit. Only suspend_data and Commit decide whether the platform took it (an element a
  // platform does not have, such as interactions in some SCORM 1.2 players, is not a refusal).
  write(commit = true) {
    clearTimeout(this.timer);
    this.timer = null;
    if (!this.open || this.damaged) return;
    const answers = this.page.store.answers();
    const optional = this.report(answers);
    // What only the platform holds stays: entries of other chapters or editions, entries this
    // version cannot read, and answers this browser does not have (after "Wis mijn antwoorden").
    const only = Object.fromEntries(Object.entries(this.copy).filter(([id]) => !answers.has(id)));
    const { text, chosen, left } = fit(this.definitions, answers, only, this.reported, this.calls.limit);
    if (left.length) {
      const titles = left.map((id) => (this.definitions.find((d) => d.id === id) || { title: id }).title);
      this.say(format(T.LMS_TOO_MUCH, { limit: this.calls.limit.toLocaleString("nl-NL"), titles: titles.map((title) => `'${title}'`).join(", ") }), true, "too-much");
    }
    if (text === this.get(SUSPEND) && !commit && !optional) return;
    const kept = this.set(SUSPEND, text);
    this.outcome(answers);
    if (!kept || call(this.api, this.calls.commit, "") !== "true") {
      const code = call(this.api, this.calls.error);
      this.say(format(T.LMS_REFUSED, { code: code && code !== "0" ? format(T.LMS_ERROR_CODE, { code }) : "" }), true, "refused");
      return;
    }
    this.copy = chosen;
  }

  outcome(answers) {
    const calls = this.calls;
    const found = result(this.definitions, answers);
    this.set(calls.status, found.completed ? "completed" : "incomplete");
    if (found.answered === 0 || found.max === 0) return; // a score once a scored exercise is answered
    this.set(`${calls.score}.min`, 0);
    this.set(`${calls.score}.max`, 100);
    this.set(`${calls.score}.raw`, Math.round((100 * found.points) / found.max));
    if (this.version !== "2004") return;
    const scaled = Math.round((10000 * found.points) / found.max) / 10000;
    this.set("cmi.score.scaled", scaled);
    // The pass mark is the package's (its minNormalizedMeasure, coursekit.lms.package.PASSING),
    // which the platform gives as cmi.scaled_passing_score; without one, no success is said.
    const mark = Number.parseFloat(this.get("cmi.scaled_passing_score"));
    if (Number.isFinite(mark)) this.set("cmi.success_status", scaled >= mark ? "passed" : "failed");
  }

  // Reports each knowledge check not yet reported as an interaction, numbered after the platform's
  // own count: the learner's first choice when it is known, the right one, and whether the first
  // try was right (the score's rule). Adds them to `reported`; returns how many it added.
  report(answers) {
    let count = Number.parseInt(this.get("cmi.interactions._count"), 10);
    if (!Number.isInteger(count) || count < 0) return 0;
    let added = 0;
    for (const definition of this.definitions) {
      const answer = answers.get(definition.id);
      const rule = rules[definition.type].interaction;
      if (!answer || !rule || answer.type !== definition.type || this.reported.includes(definition.id)) continue;
      const found = rule(answer.value, definition);
      if (!found) continue;
      const at = `cmi.interactions.${count}.`;
      if (!this.set(at + "id", definition.id)) continue; // a platform without interactions
      this.set(at + "type", "choice");
      if (this.version === "2004") this.set(at + "description", definition.title.slice(0, 250));
      this.set(at + "correct_responses.0.pattern", LETTERS[found.right]);
      if (found.chosen !== null) this.set(at + this.calls.response, LETTERS[found.chosen]);
      this.set(at + "result", found.first ? "correct" : this.calls.wrong);
      this.reported.push(definition.id);
      count += 1;
      added += 1;
    }
    return added;
  }
}

// Start the role this script's tag asks for; a page with exercises waits for the page layer.
function start(script) {
  reloadWhenRestored(window);
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
  window.addEventListener("pagehide", () => {
    if (!platform.open) return;
    platform.leave();
    call(platform.api, platform.calls.terminate, ""); // inside the launch page: a Commit
    platform.open = false;
  });
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && platform.timer !== null && platform.write());
}

if (typeof document !== "undefined" && document.currentScript) {
  const script = document.currentScript;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => start(script));
  else start(script);
}
