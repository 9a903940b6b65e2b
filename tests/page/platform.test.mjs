// A chapter inside a learning platform (page/platform.js): what the page keeps in suspend_data and
// reads back (damaged or hostile data is refused with a Dutch reason, never a crash), what fits in
// SCORM 1.2's 4,096 characters (left out in the page's order, never cut), completion and score, the
// session time in each version's format, and the API the launch page offers its frame. The whole
// run in a real run-time (scorm-again) is tests/browser/test_lms_platform.py. Run through pytest
// (tests/page/test_node.py).
import assert from "node:assert/strict";
import { test } from "node:test";
import LZString from "lz-string";
import { FakeStorage, page } from "./harness.mjs";
import { Platform, VERSIONS, combined, decode, encode, findApi, fit, learnerKey, result, sessionApi, timespan } from "../../src/coursekit/page/platform.js";

const AT = "2026-12-07T10:00:00Z";
const reflection = (id, text) => page.checkAnswer({
  exercise_id: id, chapter: 6, type: "reflection", value: { responses: [{ prompt: "Vraag?", text }] },
  updated_at: AT, edition: "", definition: "",
});
const check = (id, choice, correct, attempts) => page.checkAnswer({
  exercise_id: id, chapter: 6, type: "multiple_choice", value: { question: "Vraag?", choice, correct, attempts },
  updated_at: AT, edition: "", definition: "",
});
const definitions = [
  { id: "h6-reflectie-a", chapter: 6, type: "reflection", title: "Reflectie A", prompts: ["Vraag?"] },
  { id: "h6-kennis-a", chapter: 6, type: "multiple_choice", title: "Kennisvraag A", question: "Vraag?",
    options: [{ text: "Ja", correct: true, feedback: "Goed." }, { text: "Nee", correct: false, feedback: "Nog niet." }] },
  { id: "h6-sorteer-a", chapter: 6, type: "matching", title: "Sorteren A", question: "Vraag?", categories: ["x", "y"],
    items: [{ text: "een", answer: "x", explanation: "." }, { text: "twee", answer: "y", explanation: "." }] },
];

test("what the page keeps comes back as the same answers, the earlier ones left in the browser", () => {
  const answers = new Map([["h6-reflectie-a", reflection("h6-reflectie-a", "<b>mijn</b> & jouw")]]);
  const { text, left } = fit(definitions, answers, {}, ["h6-kennis-a"], VERSIONS["1.2"].limit);
  assert.deepEqual(left, []);
  assert.ok(text.startsWith("ck1:"));
  const back = decode(text);
  assert.equal(back.answers.length, 1);
  assert.equal(back.answers[0].value.responses[0].text, "<b>mijn</b> & jouw");
  assert.deepEqual(back.reported, ["h6-kennis-a"]);
  assert.equal(back.skipped, 0);
});

test("damaged, foreign or hostile platform data is refused in Dutch, never thrown as something else", () => {
  const nested = "[".repeat(5000) + "]".repeat(5000);
  const cases = ["", "iets anders", "ck1:", "ck1:!!!", "ck1:" + "A".repeat(70000), "ck1:" + LZString.compressToBase64("[1,2]"),
    "ck1:" + LZString.compressToBase64(nested), "ck1:" + LZString.compressToBase64('{"a": []}')];
  for (const raw of cases) {
    assert.throws(() => decode(raw), (error) => error instanceof page.Invalid && error.message === page.T.LMS_DAMAGED, raw);
  }
});

test("an unreadable answer in the platform's data is skipped and counted, the others come back", () => {
  const good = reflection("h6-reflectie-a", "goed");
  const raw = encode({ a: { "h6-reflectie-a": page.recordOf(good), "h6-kennis-a": { exercise_id: "h6-kennis-a", type: "??" }, "h6-x": page.recordOf(good) }, i: [1, "h6-kennis-a", "<b>"] });
  const back = decode(raw);
  assert.deepEqual(back.answers.map((answer) => answer.exercise_id), ["h6-reflectie-a"]);
  assert.equal(back.skipped, 2); // a bad record, and a record under another exercise's id
  assert.deepEqual(Object.keys(back.records), ["h6-reflectie-a", "h6-kennis-a", "h6-x"]); // kept as they are
  assert.deepEqual(back.reported, ["h6-kennis-a"]);
});

test("what does not fit in SCORM 1.2 is left out in the page's order, never cut", () => {
  const long = Array.from({ length: 900 }, (_, n) => `woord${(n * 7919) % 100003}`).join(" ");
  const answers = new Map([
    ["h6-reflectie-a", reflection("h6-reflectie-a", long)],
    ["h6-kennis-a", check("h6-kennis-a", "Ja", true, 1)],
  ]);
  const { text, left } = fit(definitions, answers, {}, [], VERSIONS["1.2"].limit);
  assert.ok(text.length <= 4096);
  assert.deepEqual(left, ["h6-reflectie-a"]);
  assert.deepEqual(decode(text).answers.map((answer) => answer.exercise_id), ["h6-kennis-a"]);
  assert.deepEqual(fit(definitions, answers, {}, [], VERSIONS[2004].limit).left, []); // 64,000 holds both
});

test("completed when every exercise has an answer; a point for a knowledge check right the first time, one per item sorted right", () => {
  const sorted = page.checkAnswer({
    exercise_id: "h6-sorteer-a", chapter: 6, type: "matching", updated_at: AT, edition: "", definition: "",
    value: { question: "Vraag?", placements: [{ item: "een", category: "x", correct: true }, { item: "twee", category: "x", correct: false }], score: 1, total: 2 },
  });
  const first = new Map([["h6-kennis-a", check("h6-kennis-a", "Ja", true, 1)]]);
  assert.deepEqual(result(definitions, first), { completed: false, points: 1, max: 3, answered: 1 });
  const later = new Map([["h6-kennis-a", check("h6-kennis-a", "Ja", true, 2)], ["h6-sorteer-a", sorted], ["h6-reflectie-a", reflection("h6-reflectie-a", "x")]]);
  assert.deepEqual(result(definitions, later), { completed: true, points: 1, max: 3, answered: 2 });
  const empty = new Map([["h6-reflectie-a", reflection("h6-reflectie-a", "  ")]]);
  assert.equal(result(definitions.slice(0, 1), empty).completed, false); // an empty reflection is no answer
  assert.equal(result([], new Map()).completed, false); // no exercises known: never "completed"
});

test("the session's time in SCORM 1.2's and SCORM 2004's formats", () => {
  assert.equal(timespan("1.2", 3723450), "0001:02:03.45");
  assert.equal(timespan("2004", 3723450), "PT1H2M3.45S");
  assert.equal(timespan("1.2", 0), "0000:00:00.00");
});

test("the API is found up the parents and then through the opener; a window of another origin stops the search", () => {
  const api = { LMSInitialize: () => "true" };
  const top = { API: api };
  top.parent = top;
  const middle = { parent: top };
  const inner = { parent: middle };
  assert.equal(findApi("1.2", inner), api);
  assert.equal(findApi("2004", inner), null);
  const foreign = { get parent() { throw new DOMException("blocked", "SecurityError"); } };
  assert.equal(findApi("1.2", { parent: foreign }), null);
  const popup = { opener: inner };
  popup.parent = popup;
  assert.equal(findApi("1.2", popup), api);
});

test("the launch page keeps one session: Initialize is done, Terminate only commits, and after the end every call is refused", () => {
  const calls = [];
  const api = Object.fromEntries(["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError", "GetErrorString", "GetDiagnostic"]
    .map((name) => [name, () => (calls.push(name), name === "GetValue" ? "kept" : "true")]));
  const session = { open: true };
  const offered = sessionApi(api, VERSIONS[2004], session);
  assert.equal(offered.Initialize(""), "true");
  assert.equal(offered.GetValue("cmi.suspend_data"), "kept");
  assert.equal(offered.Terminate(""), "true");
  assert.deepEqual(calls, ["GetValue", "Commit"]);
  session.open = false;
  assert.equal(offered.SetValue("cmi.suspend_data", "x"), "false");
  assert.equal(offered.GetLastError(), "101");
  assert.deepEqual(calls, ["GetValue", "Commit"]);
});

// --- The page's side against a platform's API (a SCORM 1.2 stand-in that keeps what it is given) ---

const at = (when) => `2026-12-0${when}T10:00:00Z`;
const answerAt = (id, text, when) => page.checkAnswer({
  exercise_id: id, chapter: 6, type: "reflection", value: { responses: [{ prompt: "Vraag?", text }] },
  updated_at: at(when), edition: "", definition: "",
});

class FakeApi {
  constructor(kept = {}, refuse = {}) {
    this.data = { "cmi.interactions._count": "0", "cmi.core.student_id": "s-1", ...kept };
    this.refuse = refuse; // {commit: true} or {names: ["cmi.interactions.0.id"]}
    this.commits = 0;
  }
  LMSInitialize() { return "true"; }
  LMSGetValue(name) { return this.data[name] ?? ""; }
  LMSSetValue(name, value) {
    if ((this.refuse.names || []).some((prefix) => name.startsWith(prefix))) return "false";
    this.data[name] = value;
    const found = /^cmi\.interactions\.(\d+)\.id$/.exec(name);
    if (found) this.data["cmi.interactions._count"] = String(Math.max(Number(this.data["cmi.interactions._count"]), Number(found[1]) + 1));
    return "true";
  }
  LMSCommit() { this.commits += 1; return this.refuse.commit ? "false" : "true"; }
  LMSFinish() { return "true"; }
  LMSGetLastError() { return this.refuse.commit ? "391" : "0"; }
  kept() { return this.data["cmi.suspend_data"] ? decode(this.data["cmi.suspend_data"]) : null; }
}

const catalog = { exercises: definitions };
function pageOf(storage = new FakeStorage()) {
  const views = [];
  return {
    store: new page.Store(() => storage, "boek"), views, panel: null,
    keeping: { where: "", refresh() {} }, refreshAll() {}, storage,
  };
}
const platformOf = (api, learnerPage = pageOf()) => new Platform(learnerPage, "1.2", [6], api, catalog).start();

test("the platform's copy and the browser's answers meet: the newer stays, the other is kept as an earlier answer", () => {
  const older = answerAt("h6-reflectie-a", "op het werk", 1);
  const newer = answerAt("h6-reflectie-a", "thuis", 2);
  assert.equal(combined(null, older), older);
  assert.equal(combined(older, { ...older }), null); // the browser already has it
  const fromPlatform = combined(older, newer);
  assert.equal(fromPlatform.value.responses[0].text, "thuis");
  assert.deepEqual(fromPlatform.earlier.map((one) => one.value.responses[0].text), ["op het werk"]);
  const fromBrowser = combined(newer, older);
  assert.equal(fromBrowser.value.responses[0].text, "thuis");
  assert.deepEqual(fromBrowser.earlier.map((one) => one.value.responses[0].text), ["op het werk"]);
});

test("another device: the platform's answers come into an empty browser, and are written back whole", () => {
  const api = new FakeApi({ "cmi.suspend_data": encode({ a: { "h6-reflectie-a": page.recordOf(answerAt("h6-reflectie-a", "thuis", 2)) }, i: [] }) });
  const learnerPage = pageOf();
  const platform = platformOf(api, learnerPage);
  assert.ok(platform.open);
  assert.equal(learnerPage.store.get("h6-reflectie-a").value.responses[0].text, "thuis");
  assert.ok(platform.messages.includes(page.T.LMS_RESTORED));
  platform.write();
  assert.equal(api.kept().answers[0].value.responses[0].text, "thuis");
  assert.equal(api.data["cmi.core.lesson_status"], "incomplete");
});

test("each learner's answers are kept apart in a browser that several learners share", () => {
  const storage = new FakeStorage();
  const first = pageOf(storage);
  platformOf(new FakeApi({ "cmi.core.student_id": "anna" }), first);
  first.store.save(answerAt("h6-reflectie-a", "van Anna", 1));
  const second = pageOf(storage);
  const api = new FakeApi({ "cmi.core.student_id": "bram" });
  platformOf(api, second);
  assert.equal(second.store.get("h6-reflectie-a"), null);
  assert.equal(api.kept().answers.length, 0); // nothing of Anna's reaches Bram's record
  assert.notEqual(learnerKey("anna"), learnerKey("bram"));
});

test("a damaged copy in the platform is said and not overwritten until the learner changes an answer", () => {
  const api = new FakeApi({ "cmi.suspend_data": "ck1:kapot" });
  const learnerPage = pageOf();
  const platform = platformOf(api, learnerPage);
  assert.ok(platform.messages.includes(page.T.LMS_DAMAGED));
  assert.equal(api.data["cmi.suspend_data"], "ck1:kapot");
  platform.leave();
  assert.equal(api.data["cmi.suspend_data"], "ck1:kapot");
  learnerPage.store.save(answerAt("h6-reflectie-a", "nieuw", 3));
  platform.changed();
  platform.write();
  assert.equal(api.kept().answers[0].value.responses[0].text, "nieuw");
});

test("what only the platform holds stays in it: unreadable entries, other chapters, and answers wiped in the browser", () => {
  const other = { ...page.recordOf(answerAt("h6-reflectie-a", "x", 1)), exercise_id: "h7-reflectie-b", chapter: 7 };
  const records = { "h6-kennis-a": { exercise_id: "h6-kennis-a", type: "??" }, "h7-reflectie-b": other, "h6-reflectie-a": page.recordOf(answerAt("h6-reflectie-a", "thuis", 2)) };
  const api = new FakeApi({ "cmi.suspend_data": encode({ a: records, i: [] }) });
  const learnerPage = pageOf();
  const platform = platformOf(api, learnerPage);
  assert.ok(platform.messages.some((text) => text.startsWith("⚠ 1 antwoord")));
  learnerPage.store.clear(); // "Wis mijn antwoorden"
  learnerPage.store.save(answerAt("h6-reflectie-a", "opnieuw", 3));
  platform.write();
  const kept = api.kept();
  assert.deepEqual(Object.keys(kept.records).sort(), ["h6-kennis-a", "h6-reflectie-a", "h7-reflectie-b"]);
  assert.equal(kept.records["h6-kennis-a"].type, "??"); // as it was
  assert.equal(kept.records["h6-reflectie-a"].value.responses[0].text, "opnieuw");
});

test("without the book's list of exercises nothing is written: the platform keeps what it had", () => {
  const api = new FakeApi({ "cmi.suspend_data": "ck1:iets" });
  const platform = new Platform(pageOf(), "1.2", [6], api, undefined).start();
  assert.equal(platform.open, false);
  assert.ok(platform.messages.includes(page.T.LMS_NO_CATALOG));
  assert.equal(api.data["cmi.suspend_data"], "ck1:iets");
});

test("leaving writes what is being typed, and a refused commit is said once and tried again", () => {
  const api = new FakeApi({}, { commit: true });
  const learnerPage = pageOf();
  const platform = platformOf(api, learnerPage);
  learnerPage.views.push({ flush: () => learnerPage.store.save(answerAt("h6-reflectie-a", "net getypt", 3)) });
  platform.write();
  platform.write();
  assert.equal(platform.messages.filter((text) => text.includes("foutcode 391")).length, 1);
  api.refuse = {};
  platform.leave();
  assert.equal(api.kept().answers[0].value.responses[0].text, "net getypt");
  assert.ok(api.commits >= 3);
});

test("a platform without interactions is no refusal; interactions are numbered after the platform's own count", () => {
  const check = (id, choice, correct, attempts) => page.checkAnswer({
    exercise_id: id, chapter: 6, type: "multiple_choice", value: { question: "Vraag?", choice, correct, attempts },
    updated_at: AT, edition: "", definition: "",
  });
  const without = new FakeApi({}, { names: ["cmi.interactions"] });
  const learnerPage = pageOf();
  const platform = platformOf(without, learnerPage);
  learnerPage.store.save(check("h6-kennis-a", "Ja", true, 1));
  platform.write();
  assert.equal(platform.messages.filter((text) => text.includes("foutcode")).length, 0);
  assert.equal(without.kept().answers.length, 1);
  const counted = new FakeApi({ "cmi.interactions._count": "4" });
  const second = pageOf();
  const again = platformOf(counted, second);
  second.store.save(check("h6-kennis-a", "Nee", false, 2)); // a retry: the first choice is not known
  again.write();
  assert.equal(counted.data["cmi.interactions.4.id"], "h6-kennis-a");
  assert.equal(counted.data["cmi.interactions.4.result"], "wrong");
  assert.equal(counted.data["cmi.interactions.4.correct_responses.0.pattern"], "a");
  assert.equal(counted.data["cmi.interactions.4.student_response"], undefined);
});
