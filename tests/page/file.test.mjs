// A file of one's own (page/file.js) without a browser: what is written is an export's JSON, the
// same as the export's .json; one write at a time; a failure names the file and stops writing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeStorage, page } from "./harness.mjs";
import { fileReason, PortfolioFile } from "../../src/coursekit/page/file.js";

const { T } = { T: page.DATA.texts };

const reflection = (text) => page.checkAnswer({
  exercise_id: "h1-reflectie", chapter: 1, type: "reflection", value: { responses: [{ prompt: "Vraag", text }] },
  updated_at: "2026-11-27T10:00:00Z", edition: "2026-2027", definition: "",
});

// A handle as showSaveFilePicker gives one: its writes are kept in `written`; `refuse` makes them fail.
function fakeHandle(name) {
  const handle = { name, written: [], refuse: null, open: 0, most: 0 };
  handle.createWritable = async () => {
    if (handle.refuse) throw new DOMException("nee", handle.refuse);
    handle.open += 1;
    handle.most = Math.max(handle.most, handle.open);
    let text = "";
    return {
      write: async (chunk) => {
        await new Promise((done) => setTimeout(done, 5));
        text += chunk;
      },
      close: async () => {
        handle.open -= 1;
        handle.written.push(text);
      },
      abort: async () => {
        handle.open -= 1;
      },
    };
  };
  return handle;
}

function newStore() {
  const area = new FakeStorage();
  return new page.Store(() => area, "boek");
}

function fileFor(store) {
  const file = new PortfolioFile({ store, definitions: [{ edition: "2026-2027" }] });
  file.handle = fakeHandle("mijn-portfolio.json");
  file.ready = true;
  return file;
}

test("the file holds the whole portfolio as an export's JSON, the same as the export's .json", async () => {
  const store = newStore();
  store.save(reflection("in het bestand"), null);
  const file = fileFor(store);
  await file.write();
  const [text] = file.handle.written;
  const data = JSON.parse(text);
  assert.equal(page.schemaErrors("portfolio-export", data).length, 0);
  assert.deepEqual(data.answers, [page.recordOf(store.get("h1-reflectie"))]);
  const catalog = { edition: "2026-2027", chapters: new Map(), definitions: new Map() };
  const moment = page.parseTime(data.exported_at);
  assert.equal(text, page.buildExport(store.answers(), catalog, "", moment).json);
  assert.match(file.state[0], /mijn-portfolio\.json/);
});

test("writes come one at a time, and once more when the answers changed meanwhile", async () => {
  const store = newStore();
  const file = fileFor(store);
  store.save(reflection("een"), null);
  const first = file.write();
  store.save(reflection("twee"));
  const second = file.write();
  await Promise.all([first, second]);
  assert.equal(file.handle.most, 1);
  assert.match(file.handle.written.at(-1), /twee/);
});

test("a failed write names the file and its reason, stops writing and keeps the answers", async () => {
  const store = newStore();
  store.save(reflection("blijft"), null);
  const file = fileFor(store);
  file.handle.refuse = "QuotaExceededError";
  await file.write();
  assert.equal(file.state[0], page.format(T.PAGE_FILE_FAILED, { file: "mijn-portfolio.json", reason: T.PAGE_FILE_FULL }));
  assert.equal(file.state[1], "error");
  assert.equal(file.ready, false);
  assert.equal(store.get("h1-reflectie").value.responses[0].text, "blijft");
  file.changed(); // not ready: nothing is planned until the learner goes on
  assert.equal(file.timer, null);
});

test("each failure has its Dutch reason", () => {
  const reason = (name) => fileReason(new DOMException("x", name));
  assert.equal(reason("NotAllowedError"), T.PAGE_FILE_DENIED);
  assert.equal(reason("SecurityError"), T.PAGE_FILE_DENIED);
  assert.equal(reason("NotFoundError"), T.PAGE_FILE_GONE);
  assert.equal(reason("QuotaExceededError"), T.PAGE_FILE_FULL);
  assert.equal(reason("InvalidStateError"), T.PAGE_FILE_OTHER);
  assert.equal(fileReason(undefined), T.PAGE_FILE_OTHER);
});
