// Property tests of the page's readers with fast-check (pinned in package.json; `npm ci`): nested,
// huge and odd exports and stored documents. Nothing raises but a refusal, every file gets a
// report naming it, and no stored document hides its problem. Python's twin, with the parity of
// both languages, is tests/page/test_hostile_parity_properties.py.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeStorage, load } from "./harness.mjs";

let fc = null;
try {
  fc = (await import("fast-check")).default;
} catch (error) {
  if (/^(1|true|yes)$/i.test(process.env.CI || "")) throw new Error("fast-check is missing: run `npm ci`", { cause: error });
}
const property = fc ? test : test.skip; // without `npm ci`: skipped, and said so

const page = load();
const C = page.DATA.constants;
const MOMENT = "2026-11-27T10:00:00.000+00:00";
const SLOTS = ["exercise_id", "chapter", "value", "responses", "name", "exported_at", "answers", "schema_version", "root"];
const catalog = { edition: "", chapters: new Map(), definitions: new Map() };

const oddExport = () => fc.record({
  slot: fc.constantFrom(...SLOTS),
  depth: fc.oneof(fc.integer({ min: 0, max: C.max_depth + 2 }), fc.constantFrom(984, 989, 5000, 20000)),
  kinds: fc.array(fc.constantFrom("[", "{"), { minLength: 1, maxLength: 3 }),
  inner: fc.oneof(fc.constantFrom('"x"', "1", "-0", "1e400", "null", '"\\ud800"', '"]]]"', "{}", "[]"), fc.json()),
  huge: fc.constantFrom(0, 0, 70000, 1500000),
  wrapper: fc.constantFrom("json", "html", "md", "bom"),
  junk: fc.oneof(fc.constant(""), fc.string({ maxLength: 20 })),
}).map(({ slot, depth, kinds, inner, huge, wrapper, junk }) => {
  let odd = inner;
  for (let index = 0; index < depth; index += 1) {
    odd = kinds[index % kinds.length] === "[" ? `[${odd}]` : `{"k":${odd}}`;
  }
  const record = {
    exercise_id: "h1-reflectie", chapter: 1, type: "reflection",
    value: { responses: [{ prompt: "Vraag", text: "t".repeat(huge) }] }, updated_at: MOMENT, edition: "", definition: "",
  };
  const document = { format: "coursekit-portfolio", schema_version: 2, exported_at: MOMENT, edition: "", name: "Sam", answers: [record] };
  if (["exercise_id", "chapter", "value"].includes(slot)) record[slot] = "@@";
  else if (slot === "responses") record.value = { responses: "@@" };
  else if (slot !== "root") document[slot] = "@@";
  let text = slot === "root" ? odd : JSON.stringify(document).replace('"@@"', odd) + junk;
  if (wrapper === "html") text = `<!DOCTYPE html><script type="application/json" id="coursekit-portfolio">${text.replace(/</g, "\\u003c")}</script>`;
  else if (wrapper === "md") text = `# Portfolio\n\n<!-- coursekit-portfolio:${Buffer.from(text, "utf-8").toString("base64")} -->`;
  else if (wrapper === "bom") text = "\ufeff" + text;
  return new TextEncoder().encode(text);
});

property("whatever an export holds, readExport returns it or refuses it with a kind the page words", () => {
  fc.assert(fc.property(oddExport(), (bytes) => {
    try {
      const parsed = page.readExport(bytes);
      assert.ok(parsed.answers instanceof Map && Array.isArray(parsed.problems));
    } catch (error) {
      assert.ok(error instanceof page.ExportProblem, String(error));
      assert.ok(typeof error.kind === "string" && error.kind.length);
    }
  }), { numRuns: 150 });
});

property("every import gives a report that names the file", () => {
  fc.assert(fc.property(oddExport(), fc.string({ minLength: 1, maxLength: 30 }), (bytes, name) => {
    const store = new page.Store(() => new FakeStorage(), "boek");
    const report = page.importExport(bytes, name, store, catalog);
    assert.ok(report.summary.includes(name), report.summary);
  }), { numRuns: 100 });
});

property("a stored document of any shape is read or set aside with a notice, never a crash", () => {
  const stored = fc.oneof(
    fc.json({ depthSize: "large" }),
    fc.integer({ min: 0, max: 20000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
    oddExport().map((bytes) => new TextDecoder().decode(bytes).replace("coursekit-portfolio", "coursekit-antwoorden")),
  );
  fc.assert(fc.property(stored, fc.boolean(), (raw, full) => {
    const area = new FakeStorage();
    area.setItem("coursekit-antwoorden:boek", raw);
    area.refuse = full ? "QuotaExceededError" : null;
    const store = new page.Store(() => area, "boek");
    store.answers();
    for (const notice of store.notices) assert.match(notice, /^[⚠ℹ]/u);
    if (full) assert.equal(area.getItem("coursekit-antwoorden:boek"), raw); // nothing overwritten
  }), { numRuns: 150 });
});
