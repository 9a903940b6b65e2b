// Two tabs, one learner (store.save with the answer a tab started from, answers.keepOtherTab): the
// newest answer per exercise wins and the other is kept as an earlier answer, reason "other_tab".
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeStorage, page } from "./harness.mjs";

const { T } = { T: page.DATA.texts };

const reflection = (text, updated) => page.checkAnswer({
  exercise_id: "h1-reflectie", chapter: 1, type: "reflection", value: { responses: [{ prompt: "Vraag", text }] },
  updated_at: updated, edition: "", definition: "",
});
const texts = (answer) => [answer.value.responses[0].text, ...answer.earlier.map((one) => `${one.value.responses[0].text}:${one.reason || ""}`)];

test("a tab that saves after another tab did keeps the other's answer as an earlier one", () => {
  const area = new FakeStorage();
  const tabA = new page.Store(() => area, "boek");
  const tabB = new page.Store(() => area, "boek");
  const first = tabA.save(reflection("begin", "2026-11-27T10:00:00Z"), null);
  const fromA = tabA.save(reflection("uit A", "2026-11-27T10:01:00Z"), first);
  const fromB = tabB.save(reflection("uit B", "2026-11-27T10:02:00Z"), first); // B started from "begin"
  assert.deepEqual(texts(fromB), ["uit B", "uit A:other_tab"]);
  const stored = JSON.parse(area.getItem("coursekit-antwoorden:boek"));
  assert.equal(page.schemaErrors("store", stored).length, 0);
  assert.deepEqual(texts(tabA.get("h1-reflectie")), ["uit B", "uit A:other_tab"]);
  // A saves again, from what it knew ("uit A"): B's answer is kept too, and A's earlier one stays.
  const again = tabA.save(reflection("weer A", "2026-11-27T10:03:00Z"), fromA);
  assert.deepEqual(texts(again), ["weer A", "uit A:other_tab", "uit B:other_tab"]);
});

test("a tab that knew the stored answer, or saves the same text, keeps nothing extra", () => {
  const area = new FakeStorage();
  const store = new page.Store(() => area, "boek");
  const first = store.save(reflection("een", "2026-11-27T10:00:00Z"), null);
  assert.deepEqual(texts(store.save(reflection("twee", "2026-11-27T10:01:00Z"), first)), ["twee"]);
  const other = new page.Store(() => area, "boek");
  assert.deepEqual(texts(other.save(reflection("twee", "2026-11-27T10:02:00Z"), first)), ["twee"]);
  // Without `known` (an import, a caller that does not track tabs) the answer is stored as it is.
  assert.deepEqual(texts(store.save(reflection("drie", "2026-11-27T10:03:00Z"))), ["drie"]);
});

test("earlier answers kept from another tab are at most max_earlier, oldest first", () => {
  const C = page.DATA.constants;
  let stored = reflection("0", "2026-11-27T10:00:00Z");
  for (let minute = 1; minute <= C.max_earlier + 3; minute += 1) {
    const time = `2026-11-27T${String(10 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00Z`;
    stored = page.keepOtherTab(reflection(String(minute), time), stored, null);
  }
  assert.equal(stored.earlier.length, C.max_earlier);
  const times = stored.earlier.map((one) => page.parseTime(one.updated_at));
  assert.deepEqual(times, [...times].sort((a, b) => a - b));
  assert.equal(page.schemaErrors("answer", page.recordOf(stored)).length, 0);
});

test("the portfolio labels an answer kept from another tab truthfully", () => {
  const area = new FakeStorage();
  new page.Store(() => area, "boek").save(reflection("uit A", "2026-11-27T10:01:00Z"), null);
  const answer = new page.Store(() => area, "boek").save(reflection("uit B", "2026-11-27T10:02:00Z"), null);
  const lines = page.answerBlocks(answer, null).filter((block) => block.kind === "line").map((block) => block.text);
  assert.ok(lines.some((text) => text.startsWith(T.PORTFOLIO_EARLIER_OTHER_TAB.split("{")[0])), lines);
  assert.ok(!lines.some((text) => text.includes("eerdere versie van deze vraag")), lines);
});

test("two saves within one second (updated_at has whole seconds) are still two answers", () => {
  const area = new FakeStorage();
  const tabA = new page.Store(() => area, "boek");
  const tabB = new page.Store(() => area, "boek");
  const first = tabA.save(reflection("begin", "2026-11-27T10:00:00Z"), null);
  tabA.save(reflection("uit A", "2026-11-27T10:00:00Z"), first); // the same second as "begin"
  const fromB = tabB.save(reflection("uit B", "2026-11-27T10:00:01Z"), first);
  assert.deepEqual(texts(fromB), ["uit B", "uit A:other_tab"]);
});
