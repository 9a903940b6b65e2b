// Where the answers are and when the browser may delete them (page/keeping.js): the rule of the
// reminder to export, the moments kept beside the store, and the calls to navigator.storage that
// never throw. Run through pytest (tests/page/test_node.py).
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeStorage, page } from "./harness.mjs";
import { DAY, REMINDER_DAYS, changes, keepingKey, noteKeeping, readKeeping, reminderDue, storageCall } from "../../src/coursekit/page/keeping.js";

const NOW = Date.UTC(2026, 11, 7, 12, 0);
const days = (count) => NOW - count * DAY;

test("the reminder waits seven days (WebKit's rule) when the browser gave no answer or persistent storage", () => {
  assert.equal(REMINDER_DAYS, 7);
  for (const persisted of [true, null]) {
    // exported 8 days ago, changed since: due; exported 6 days ago: not yet
    assert.equal(reminderDue(NOW, days(8), days(1), persisted), true);
    assert.equal(reminderDue(NOW, days(6), days(1), persisted), false);
    assert.equal(reminderDue(NOW, days(7), days(1), persisted), true); // seven days exactly
    // never exported: counted from the oldest answer not in an export
    assert.equal(reminderDue(NOW, null, days(1), persisted, days(8)), true);
    assert.equal(reminderDue(NOW, null, days(1), persisted, days(2)), false);
  }
});

test("without persistent storage the reminder is due as soon as work is not in an export", () => {
  assert.equal(reminderDue(NOW, null, NOW, false), true);
  assert.equal(reminderDue(NOW, days(1), NOW, false), true);
});

test("no reminder when everything is in an export, or nothing was saved", () => {
  for (const persisted of [true, false, null]) {
    assert.equal(reminderDue(NOW, days(30), days(31), persisted), false); // exported after the last change
    assert.equal(reminderDue(NOW, days(3), days(3), persisted), false); // the export holds the last change
    assert.equal(reminderDue(NOW, null, null, persisted), false); // no answers
  }
});

test("a dismissal holds until an answer changes again", () => {
  assert.equal(reminderDue(NOW, days(9), days(8), true, days(8), days(1)), false);
  assert.equal(reminderDue(NOW, days(9), NOW, true, days(8), days(1)), true); // changed after the dismissal
  assert.equal(reminderDue(NOW, null, days(2), false, days(2), days(1)), false);
  assert.equal(reminderDue(NOW, null, NOW, false, days(2), days(1)), true);
});

test("the newest answer and the oldest one after the last export, in milliseconds", () => {
  const answers = new Map([
    ["a", { moment: days(5) * 1000 }],
    ["b", { moment: days(1) * 1000 }],
    ["c", { moment: days(3) * 1000 }],
  ]);
  assert.deepEqual(changes(answers, null), { last: days(1), first: days(5) });
  assert.deepEqual(changes(answers, days(4)), { last: days(1), first: days(3) });
  assert.deepEqual(changes(answers, NOW), { last: days(1), first: null });
  assert.deepEqual(changes(new Map(), null), { last: null, first: null });
});

test("the moments are kept beside the store, never in it, and blocked storage only forgets them", () => {
  const area = new FakeStorage();
  const store = new page.Store(() => area, "boek");
  assert.equal(keepingKey(store), "coursekit-bewaren:boek");
  assert.deepEqual(readKeeping(store), { exported: null, dismissed: null });
  noteKeeping(store, { exported: days(2) });
  noteKeeping(store, { dismissed: days(1) });
  assert.deepEqual(readKeeping(store), { exported: days(2), dismissed: days(1) });
  assert.equal(area.getItem(store.key), null); // the store itself is untouched
  area.setItem(keepingKey(store), "{niet: json");
  assert.deepEqual(readKeeping(store), { exported: null, dismissed: null });
  area.setItem(keepingKey(store), JSON.stringify({ exported: "gisteren", dismissed: 5 }));
  assert.deepEqual(readKeeping(store), { exported: null, dismissed: 5 });
  area.refuse = "QuotaExceededError";
  assert.doesNotThrow(() => noteKeeping(store, { exported: NOW }));
  const blocked = new page.Store(() => { throw new DOMException("no", "SecurityError"); }, "boek");
  assert.deepEqual(readKeeping(blocked), { exported: null, dismissed: null });
  assert.doesNotThrow(() => noteKeeping(blocked, { exported: NOW }));
});

test("navigator.storage missing, throwing or refusing: an answer of null or false, never an error", async () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  const use = (storage) => Object.defineProperty(globalThis, "navigator", { value: { storage }, configurable: true });
  try {
    use(undefined);
    assert.equal(await storageCall("persist"), null);
    use({});
    assert.equal(await storageCall("persisted"), null);
    use({ persist: () => { throw new Error("kapot"); } });
    assert.equal(await storageCall("persist"), null);
    use({ persist: () => Promise.reject(new Error("geweigerd")) });
    assert.equal(await storageCall("persist"), null);
    use({ persist: () => Promise.resolve(false), persisted: () => Promise.resolve(true) });
    assert.equal(await storageCall("persist"), false);
    assert.equal(await storageCall("persisted"), true);
    use({ persisted: () => "ja" });
    assert.equal(await storageCall("persisted"), null);
  } finally {
    if (original) Object.defineProperty(globalThis, "navigator", original);
    else delete globalThis.navigator;
  }
});
