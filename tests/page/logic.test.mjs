// Pure logic of the page layer, in Node's own test runner (node --test tests/page/).
// Run through pytest (tests/page/test_node.py), which generates the data module first.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeStorage, page } from "./harness.mjs";

const { T } = { T: page.DATA.texts };

const record = (id, type, value, updated = "2026-11-27T14:02:00.000+00:00") => ({
  exercise_id: id, chapter: Number(id.slice(1, id.indexOf("-"))), type, value, updated_at: updated,
  edition: "", definition: "",
});
const reflection = (text, updated) => record("h1-reflectie", "reflection", { responses: [{ prompt: "Vraag", text }] }, updated);

test("one decimal with a comma, ties to even as Python rounds them", () => {
  assert.equal(page.decimal(2.25), "2,2");
  assert.equal(page.decimal(2.75), "2,8");
  assert.equal(page.decimal(0.25), "0,2");
  assert.equal(page.decimal(3), "3,0");
  assert.equal(page.decimal(-0.04), "0,0");
  assert.equal(page.decimal(5 / 3), "1,7");
  assert.equal(page.signedDecimal(0.6), "+0,6");
  assert.equal(page.signedDecimal(-1), "-1,0");
  assert.equal(page.signedDecimal(0.01), "0,0");
});

test("times: RFC 3339 with a zone, between 2000 and 2200, shown in Dutch time", () => {
  assert.equal(page.parseTime("2026-11-27T14:02:00.123+00:00"), Date.UTC(2026, 10, 27, 14, 2, 0, 123) * 1000);
  assert.equal(page.parseTime("2026-11-27T15:02:00+01:00"), Date.UTC(2026, 10, 27, 14, 2) * 1000);
  for (const bad of ["2026-11-27 14:02:00Z", "2026-11-27T14:02:00", "1999-12-31T23:59:59Z", "2200-01-01T00:00:00Z",
    "2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:00:00+24:00", 17, null]) {
    assert.throws(() => page.parseTime(bad), page.Invalid, String(bad));
  }
  assert.equal(page.dateTime(page.parseTime("2026-03-29T00:30:00Z")), "29 maart 2026, 01:30");
  assert.equal(page.dateTime(page.parseTime("2026-03-29T01:30:00Z")), "29 maart 2026, 03:30"); // summer time
});

test("Markdown escaping leaves nothing that Markdown would read as markup", () => {
  assert.equal(page.mdEscape("*a* <b> | c\n- d\n1. e"), "\\*a\\* \\<b\\> \\| c\n\\- d\n1\\. e");
  assert.equal(page.mdQuote(" regel 1\n\nregel 2 "), "> regel 1  \n>\n> regel 2  ");
  assert.equal(page.mdCell("a\n b  |c"), "a b \\|c");
  assert.equal(page.html(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;");
});

test("a valid answer passes and is cleaned of control characters", () => {
  const answer = page.checkAnswer(reflection("tekst\u0000 met\u0007 tekens"));
  assert.equal(answer.value.responses[0].text, "tekst met tekens");
});

test("invalid answers get the Dutch message of the first problem", () => {
  const problem = (data) => {
    try {
      page.checkAnswer(data);
    } catch (error) {
      return error.message;
    }
    return null;
  };
  assert.match(problem(record("H1-x", "reflection", {})), /geen geldige naam voor een oefening/);
  assert.equal(problem(record("h1-x", "raadsel", {})), "onbekend soort oefening: raadsel");
  assert.equal(problem(record("h1-x", "reflection", { responses: [] })), "responses: de lijst is leeg");
  assert.equal(problem(reflection(5)), "responses[0].text: verwacht tekst");
  assert.equal(problem(reflection("x", "gisteren")), "'gisteren' is geen geldig tijdstip");
  assert.equal(problem(reflection("\ud800")), "responses[0].text: de tekst bevat een teken dat niet kan worden opgeslagen");
  assert.equal(problem({ ...reflection("x"), extra: 1 }), "answer: verwacht de velden exercise_id, chapter, type, value, updated_at, edition, definition, earlier, kreeg exercise_id, chapter, type, value, updated_at, edition, definition, extra");
  const tooLong = (() => { try { page.checkAnswer(reflection("x".repeat(50001))); } catch (error) { return error; } })();
  assert.ok(tooLong.tooLong);
  assert.match(tooLong.message, /50\.001 tekens; het maximum is 50\.000/);
  const scan = record("h2-scan", "selfscan", { scale: ["a", "b"], ratings: [{ statement: "s", score: 3, note: "" }] });
  assert.equal(problem(scan), "ratings[0].score: 3 ligt buiten het bereik 1–2");
  const match = record("h2-sort", "matching", { question: "q", placements: [{ item: "i", category: "c", correct: true }], score: 0, total: 1 });
  assert.equal(problem(match), "score 0 klopt niet met het aantal goede antwoorden (1)");
});

test("the store keeps one document in the store format and changes only its own entry", () => {
  const area = new FakeStorage();
  const tab1 = new page.Store(() => area, "boek");
  const tab2 = new page.Store(() => area, "boek");
  tab1.save(page.checkAnswer(reflection("een")));
  tab2.save(page.checkAnswer(record("h2-dilemma", "dilemma", { question: "q", choice: "c" })));
  const stored = JSON.parse(area.getItem("coursekit-antwoorden:boek"));
  assert.deepEqual(Object.keys(stored), ["format", "schema_version", "answers"]);
  assert.equal(stored.format, "coursekit-antwoorden");
  assert.deepEqual(Object.keys(stored.answers).sort(), ["h1-reflectie", "h2-dilemma"]);
  assert.equal(page.schemaErrors("store", stored).length, 0);
  assert.equal(tab1.get("h2-dilemma").value.choice, "c");
});

test("a damaged store is set aside, never overwritten, and the learner is told", () => {
  const area = new FakeStorage();
  area.setItem("coursekit-antwoorden:boek", "{niet: json");
  const store = new page.Store(() => area, "boek");
  store.save(page.checkAnswer(reflection("nieuw")));
  const aside = [...area.items.keys()].filter((key) => key.startsWith("coursekit-antwoorden:boek.beschadigd-"));
  assert.equal(aside.length, 1);
  assert.equal(area.getItem(aside[0]), "{niet: json");
  assert.deepEqual(store.notices, [T.PAGE_STORE_SET_ASIDE]);
});

test("an unreadable entry is reported and kept as it is", () => {
  const area = new FakeStorage();
  const bad = { exercise_id: "h3-x", chapter: 3, type: "reflection", value: { responses: "?" }, updated_at: "2026-11-27T14:02:00Z", edition: "", definition: "" };
  area.setItem("coursekit-antwoorden:boek", JSON.stringify({ format: "coursekit-antwoorden", schema_version: 2, answers: { "h3-x": bad } }));
  const store = new page.Store(() => area, "boek");
  assert.equal(store.answers().size, 0);
  assert.match(store.notices[0], /'h3-x' is onleesbaar en wordt genegeerd: responses: verwacht een lijst/);
  store.save(page.checkAnswer(reflection("x")));
  assert.deepEqual(JSON.parse(area.getItem("coursekit-antwoorden:boek")).answers["h3-x"], bad);
});

test("a full or blocked storage: a Dutch reason, and the answer is still offered for download", () => {
  const area = new FakeStorage();
  area.refuse = "QuotaExceededError";
  const store = new page.Store(() => area, "boek");
  const answer = page.checkAnswer(reflection("mijn tekst"));
  assert.throws(() => store.save(answer), (error) => error instanceof page.StoreError && error.message.includes(T.PAGE_STORAGE_FULL));
  assert.equal(store.answers().get("h1-reflectie").value.responses[0].text, "mijn tekst");
  const blocked = new page.Store(() => { throw new DOMException("no", "SecurityError"); }, "boek");
  assert.throws(() => blocked.save(answer), (error) => error.message.includes(T.PAGE_STORAGE_BLOCKED));
  assert.equal(blocked.get("h1-reflectie").value.responses[0].text, "mijn tekst");
});

test("wiping removes this book's answers only", () => {
  const area = new FakeStorage();
  area.setItem("ander", "blijft");
  area.setItem("coursekit-antwoorden:ander-boek", "blijft");
  const store = new page.Store(() => area, "boek");
  store.save(page.checkAnswer(reflection("weg")));
  store.clear();
  assert.deepEqual([...area.items.keys()].sort(), ["ander", "coursekit-antwoorden:ander-boek"]);
});

test("merging: the newer answer wins, equal ones are left, a newer local one is kept", () => {
  const area = new FakeStorage();
  const store = new page.Store(() => area, "boek");
  store.save(page.checkAnswer(reflection("lokaal", "2026-11-27T12:00:00Z")));
  const older = page.checkAnswer(reflection("oud", "2026-11-01T12:00:00Z"));
  const newer = page.checkAnswer(reflection("nieuw", "2026-11-28T12:00:00Z"));
  assert.deepEqual(store.merge([older]).map((o) => o.status), ["kept_local"]);
  assert.deepEqual(store.merge([newer]).map((o) => o.status), ["updated"]);
  assert.deepEqual(store.merge([newer]).map((o) => o.status), ["unchanged"]);
  assert.equal(store.get("h1-reflectie").value.responses[0].text, "nieuw");
});

const bytes = (text) => new TextEncoder().encode(text);
const catalog = page.catalogOf({ chapters: [{ number: 1, title: "Een" }], exercises: [{ id: "h1-reflectie", chapter: 1, type: "reflection", title: "Reflectie", prompts: ["Vraag"] }] });

test("an export made on the page reads back: HTML, Markdown and JSON", () => {
  const answers = new Map([["h1-reflectie", page.checkAnswer(reflection("Mijn <antwoord> & meer"))]]);
  const bundle = page.buildExport(answers, catalog, "  Anna  de Vries ", Date.UTC(2026, 10, 28, 9) * 1000);
  assert.equal(bundle.basename, "portfolio-anna-de-vries-20261128-1000");
  for (const text of [bundle.html, bundle.markdown, bundle.json]) {
    const parsed = page.readExport(bytes(text));
    assert.equal(parsed.name, "Anna de Vries");
    assert.equal(parsed.answers.get("h1-reflectie").value.responses[0].text, "Mijn <antwoord> & meer");
  }
  assert.ok(!bundle.html.includes("<antwoord>"));
});

test("files that are not usable exports are refused with a reason", () => {
  const kind = (data) => {
    try {
      page.readExport(data);
    } catch (error) {
      return error.kind;
    }
    return "read";
  };
  assert.equal(kind(Uint8Array.from([0x50, 0x4b, 3, 4, 0])), "zip");
  assert.equal(kind(Uint8Array.from([0xff, 0xfe, 0x41])), "not_text");
  assert.equal(kind(bytes("a\u0000b")), "not_text");
  assert.equal(kind(bytes("[1, 2]")), "other_json");
  assert.equal(kind(bytes('{"format": "coursekit-antwoorden", "schema_version": 1, "answers": {}}')), "store_file");
  assert.equal(kind(bytes('{"format": "coursekit-portfolio", "schema_version": 3, "answers": []}')), "newer");
  assert.equal(kind(bytes('{"format": "coursekit-portfolio", "schema_version": true, "answers": []}')), "damaged_version");
  assert.equal(kind(bytes('{"format": "coursekit-portfolio", "schema_version": 1, "answers": {}}')), "damaged_answers");
  assert.equal(kind(bytes("<h1>Portfolio — Opgavegericht werken</h1> zonder gegevens")), "edited");
  assert.equal(kind(bytes("<!-- coursekit-portfolio:!!! -->")), "damaged_data");
  assert.equal(kind(bytes("gewoon een tekst")), "not_export");
  assert.equal(kind(new Uint8Array(page.DATA.constants.max_export_bytes + 1)), "too_large");
});

test("importing reports every decision with the notebook's texts", () => {
  const area = new FakeStorage();
  const store = new page.Store(() => area, "boek");
  const answers = new Map([["h1-reflectie", page.checkAnswer(reflection("x"))]]);
  const bundle = page.buildExport(answers, catalog, "", Date.now() * 1000);
  const first = page.importExport(bytes(bundle.json), "export.json", store, catalog);
  assert.deepEqual([first.added, first.updated, first.skipped], [1, 0, 0]);
  assert.equal(first.lines[0], "✔ Toegevoegd: 'Reflectie' (hoofdstuk 1)");
  assert.match(first.summary, /^Import van export\.json klaar: 1 toegevoegd, 0 bijgewerkt, 0 overgeslagen\./);
  const again = page.importExport(bytes(bundle.html), "export.html", store, catalog);
  assert.equal(again.lines[0], "• Al aanwezig: 'Reflectie' (hoofdstuk 1)");
  assert.equal(page.importExport(bytes("onzin"), "x.txt", store, catalog).summary, "✘ x.txt: " + T.IMPORT_NOT_EXPORT);
});

test("an import over an entry this version cannot read keeps a copy first, and says so", () => {
  const area = new FakeStorage();
  const store = new page.Store(() => area, "boek");
  store.save(page.checkAnswer(reflection("bewaard")));
  const stored = JSON.parse(area.getItem(store.key));
  stored.answers["h1-reflectie"] = { exercise_id: "h1-reflectie", type: "van later" };
  area.setItem(store.key, JSON.stringify(stored));
  const answers = new Map([["h1-reflectie", page.checkAnswer(reflection("uit de export"))]]);
  const bundle = page.buildExport(answers, catalog, "", Date.now() * 1000);
  const report = page.importExport(bytes(bundle.json), "export.json", store, catalog);
  assert.match(report.lines[0], /^✔ Vervangen: 'Reflectie' \(hoofdstuk 1\) — je antwoord hier was onleesbaar/);
  const copy = report.lines[0].match(/‘([^’]+)’/)[1];
  assert.equal(JSON.parse(area.getItem(copy)).answers["h1-reflectie"].type, "van later");
  assert.deepEqual([report.added, report.updated], [0, 1]);
  assert.equal(store.get("h1-reflectie").value.responses[0].text, "uit de export");
});

test("a store of format version 1 is brought to version 2, with a copy of it kept", () => {
  const area = new FakeStorage();
  const old = { exercise_id: "h1-reflectie", chapter: 1, type: "reflection", value: { responses: [{ prompt: "Vraag", text: "oud" }] }, updated_at: "2026-11-27T14:02:00Z" };
  const raw = JSON.stringify({ format: "coursekit-antwoorden", schema_version: 1, answers: { "h1-reflectie": old } });
  area.setItem("coursekit-antwoorden:boek", raw);
  const store = new page.Store(() => area, "boek");
  const answer = store.get("h1-reflectie");
  assert.equal(answer.value.responses[0].text, "oud");
  assert.deepEqual([answer.edition, answer.definition], ["", ""]);
  const stored = JSON.parse(area.getItem("coursekit-antwoorden:boek"));
  assert.equal(stored.schema_version, 2);
  const copies = [...area.items.keys()].filter((key) => key.startsWith("coursekit-antwoorden:boek.versie-1-"));
  assert.equal(copies.length, 1);
  assert.equal(area.getItem(copies[0]), raw);
});

test("an answer to a question that changed is flagged; a new answer keeps it as earlier", () => {
  const definition = { id: "h1-reflectie", chapter: 1, type: "reflection", prompts: ["Nieuwe vraag?"], edition: "2027-2028", version: "aaaaaaaaaaaa" };
  const old = page.checkAnswer({ ...reflection("oud"), definition: "bbbbbbbbbbbb", edition: "2026-2027" });
  assert.ok(page.questionChanged(definition, old.definition, old.value));
  assert.ok(page.questionChanged(definition, "", old.value)); // no version: by the recorded prompt
  assert.ok(!page.questionChanged({ ...definition, prompts: ["Vraag"] }, "", old.value));
  const answer = page.createAnswer(definition, { responses: [{ prompt: "Nieuwe vraag?", text: "nieuw" }] }, [page.asEarlier(old)]);
  assert.deepEqual([answer.edition, answer.definition], ["2027-2028", "aaaaaaaaaaaa"]);
  assert.equal(answer.earlier[0].value.responses[0].text, "oud");
  assert.equal(answer.earlier[0].edition, "2026-2027");
});
