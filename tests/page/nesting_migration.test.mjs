// Issue 28 on the page: deep nesting (6) and migrations the learner is told about (11, 12).
// Run through pytest (tests/page/test_node.py), which builds the script first.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeStorage, load } from "./harness.mjs";

const page = load();
const T = page.DATA.texts;
const C = page.DATA.constants;
const KEY = "coursekit-antwoorden:boek";
const MOMENT = "2026-11-27T14:02:00.000+00:00";
const fmt = (template, values) => template.replace(/\{(\w+)\}/g, (field, name) => (name in values ? String(values[name]) : field));
const reflection = (text) => ({
  exercise_id: "h1-reflectie", chapter: 1, type: "reflection", value: { responses: [{ prompt: "Vraag", text }] },
  updated_at: MOMENT, edition: "", definition: "",
});
const nested = (depth) => "[".repeat(depth) + '"x"' + "]".repeat(depth);

// An export with one answer whose `where` is a list nested `depth` deep.
function deepExport(depth, where) {
  const record = reflection("gewoon");
  if (where === "value") record.value = { responses: "@@" };
  else record[where] = "@@";
  const document = { format: "coursekit-portfolio", schema_version: 2, exported_at: MOMENT, edition: "", name: "Diep", answers: [record] };
  return new TextEncoder().encode(JSON.stringify(document).replace('"@@"', nested(depth)));
}

const catalog = { edition: "", chapters: new Map(), definitions: new Map() };

for (const where of ["exercise_id", "chapter", "value"]) {
  test(`6: an export whose ${where} is nested 5,000 deep is refused with a report naming the file`, () => {
    assert.throws(() => page.readExport(deepExport(5000, where)), (error) => error instanceof page.ExportProblem && error.kind === "too_deep");
    const store = new page.Store(() => new FakeStorage(), "boek");
    const report = page.importExport(deepExport(5000, where), "diep.json", store, catalog);
    const reason = fmt(T.IMPORT_TOO_DEEP, { depth: C.max_depth });
    assert.equal(report.summary, fmt(T.IMPORT_REFUSED, { file: "diep.json", reason }));
  });
}

test("6: the depth limit counts as Python's: arrays and objects, not brackets in texts", () => {
  assert.equal(page.tooDeep(nested(C.max_depth)), false);
  assert.equal(page.tooDeep(nested(C.max_depth + 1)), true);
  assert.equal(page.tooDeep(JSON.stringify({ tekst: "[".repeat(1000), ook: '\\"[[['.repeat(100) })), false);
  assert.equal(page.tooDeep("[".repeat(1_000_000)), true);
  let deep = "x";
  for (let index = 0; index < 100_000; index += 1) deep = [deep];
  assert.throws(() => page.checkAnswer({ ...reflection("x"), value: { responses: deep } }), (error) => error instanceof page.Invalid);
});

test("6: a stored document nested too deep is set aside, never parsed into a crash", () => {
  const area = new FakeStorage();
  const raw = JSON.stringify({ format: "coursekit-antwoorden", schema_version: 2, answers: { "h1-reflectie": { ...reflection("x"), value: "@@" } } })
    .replace('"@@"', nested(20000));
  area.setItem(KEY, raw);
  const store = new page.Store(() => area, "boek");
  assert.equal(store.answers().size, 0);
  assert.deepEqual(store.notices, [T.PAGE_STORE_SET_ASIDE]);
  store.save(page.checkAnswer(reflection("opnieuw")));
  assert.equal(store.get("h1-reflectie").value.responses[0].text, "opnieuw");
});

function version1(area, text = "oud") {
  const old = { exercise_id: "h1-reflectie", chapter: 1, type: "reflection", value: { responses: [{ prompt: "Vraag", text }] }, updated_at: MOMENT };
  const raw = JSON.stringify({ format: "coursekit-antwoorden", schema_version: 1, answers: { "h1-reflectie": old } });
  area.setItem(KEY, raw);
  return raw;
}

test("12: a migration says once that the answers were converted, and under which name the copy is", () => {
  const area = new FakeStorage();
  version1(area);
  const store = new page.Store(() => area, "boek");
  assert.equal(store.get("h1-reflectie").value.responses[0].text, "oud");
  const [copy] = [...area.items.keys()].filter((key) => key.startsWith(KEY + ".versie-1-"));
  assert.deepEqual(store.notices, [fmt(T.PAGE_STORE_MIGRATED, { key: copy })]);
  store.answers();
  assert.equal(store.notices.length, 1);
  const later = new page.Store(() => area, "boek"); // the next page: nothing more to say
  assert.equal(later.answers().size, 1);
  assert.deepEqual(later.notices, []);
});

test("11: with the browser's storage full, a version-1 store shows its answers and says why at once", () => {
  const area = new FakeStorage();
  const raw = version1(area, "bewaard");
  area.refuse = "QuotaExceededError";
  const store = new page.Store(() => area, "boek");
  assert.equal(store.get("h1-reflectie").value.responses[0].text, "bewaard"); // before any save
  assert.deepEqual(store.notices, [fmt(T.PAGE_STORE_MIGRATION_FAILED, { reason: T.PAGE_STORAGE_FULL })]);
  assert.equal(store.answers().size, 1);
  assert.deepEqual([...area.items.keys()], [KEY]); // no copy left, the document as it was
  assert.equal(area.getItem(KEY), raw);
  assert.throws(() => store.save(page.checkAnswer(reflection("nieuw"))), (error) => error instanceof page.StoreError);
  assert.equal(area.getItem(KEY), raw);
});

test("11: with the browser's storage full, a large damaged store is reported at once and kept", () => {
  const area = new FakeStorage();
  const raw = "{" + "x".repeat(2_000_000);
  area.setItem(KEY, raw);
  area.refuse = "QuotaExceededError";
  const store = new page.Store(() => area, "boek");
  assert.equal(store.answers().size, 0);
  assert.deepEqual(store.notices, [fmt(T.PAGE_STORE_SET_ASIDE_FAILED, { reason: T.PAGE_STORAGE_FULL })]);
  assert.throws(() => store.save(page.checkAnswer(reflection("nieuw"))), (error) => error instanceof page.StoreError);
  assert.equal(area.getItem(KEY), raw);
});
