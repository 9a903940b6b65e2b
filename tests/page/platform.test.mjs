// A chapter inside a learning platform (page/platform.js): what the page keeps in suspend_data and
// reads back (damaged or hostile data is refused with a Dutch reason, never a crash), what fits in
// SCORM 1.2's 4,096 characters (left out in the page's order, never cut), completion and score, the
// session time in each version's format, and the API the launch page offers its frame. The whole
// run in a real run-time (scorm-again) is tests/browser/test_lms_platform.py. Run through pytest
// (tests/page/test_node.py).
import assert from "node:assert/strict";
import { test } from "node:test";
import LZString from "lz-string";
import { page } from "./harness.mjs";
import { VERSIONS, decode, encode, findApi, fit, result, sessionApi, timespan } from "../../src/coursekit/page/platform.js";

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
  const { text, left } = fit(definitions, answers, ["h6-kennis-a"], VERSIONS["1.2"].limit);
  assert.deepEqual(left, []);
  assert.ok(text.startsWith("ck1:"));
  const back = decode(text);
  assert.equal(back.answers.length, 1);
  assert.equal(back.answers[0].value.responses[0].text, "<b>mijn</b> & jouw");
  assert.deepEqual(back.interactions, ["h6-kennis-a"]);
  assert.equal(back.skipped, 0);
});

test("damaged, foreign or hostile platform data is refused in Dutch, never thrown as something else", () => {
  const nested = "[".repeat(5000) + "]".repeat(5000);
  const cases = ["", "iets anders", "ck1:", "ck1:!!!", "ck1:" + LZString.compressToBase64("[1,2]"),
    "ck1:" + LZString.compressToBase64(nested), "ck1:" + LZString.compressToBase64('{"a": []}')];
  for (const raw of cases) {
    assert.throws(() => decode(raw), (error) => error instanceof page.Invalid && error.message === page.T.LMS_DAMAGED, raw);
  }
});

test("an unreadable answer in the platform's data is skipped and counted, the others come back", () => {
  const good = reflection("h6-reflectie-a", "goed");
  const raw = encode({ a: { "h6-reflectie-a": page.recordOf(good), "h6-kennis-a": { exercise_id: "h6-kennis-a", type: "??" }, "h6-x": page.recordOf(good) }, i: [1, "h6-kennis-a"] });
  const back = decode(raw);
  assert.deepEqual(back.answers.map((answer) => answer.exercise_id), ["h6-reflectie-a"]);
  assert.equal(back.skipped, 2); // a bad record, and a record under another exercise's id
  assert.deepEqual(back.interactions, ["h6-kennis-a"]);
});

test("what does not fit in SCORM 1.2 is left out in the page's order, never cut", () => {
  const long = Array.from({ length: 900 }, (_, n) => `woord${(n * 7919) % 100003}`).join(" ");
  const answers = new Map([
    ["h6-reflectie-a", reflection("h6-reflectie-a", long)],
    ["h6-kennis-a", check("h6-kennis-a", "Ja", true, 1)],
  ]);
  const { text, left } = fit(definitions, answers, [], VERSIONS["1.2"].limit);
  assert.ok(text.length <= 4096);
  assert.deepEqual(left.map((definition) => definition.id), ["h6-reflectie-a"]);
  assert.deepEqual(decode(text).answers.map((answer) => answer.exercise_id), ["h6-kennis-a"]);
  assert.deepEqual(fit(definitions, answers, [], VERSIONS[2004].limit).left, []); // 64,000 holds both
});

test("completed when every exercise has an answer; a point for a knowledge check right the first time, one per item sorted right", () => {
  const sorted = page.checkAnswer({
    exercise_id: "h6-sorteer-a", chapter: 6, type: "matching", updated_at: AT, edition: "", definition: "",
    value: { question: "Vraag?", placements: [{ item: "een", category: "x", correct: true }, { item: "twee", category: "x", correct: false }], score: 1, total: 2 },
  });
  const first = new Map([["h6-kennis-a", check("h6-kennis-a", "Ja", true, 1)]]);
  assert.deepEqual(result(definitions, first), { completed: false, points: 1, max: 3, scored: 1 });
  const later = new Map([["h6-kennis-a", check("h6-kennis-a", "Ja", true, 2)], ["h6-sorteer-a", sorted], ["h6-reflectie-a", reflection("h6-reflectie-a", "x")]]);
  assert.deepEqual(result(definitions, later), { completed: true, points: 1, max: 3, scored: 2 });
  const empty = new Map([["h6-reflectie-a", reflection("h6-reflectie-a", "  ")]]);
  assert.equal(result(definitions.slice(0, 1), empty).completed, false); // an empty reflection is no answer
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
