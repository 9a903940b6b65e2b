// Loads the page's script (built by coursekit.page) into Node and returns its logic
// (globalThis.coursekitPage). The script starts no page without a `document`.
import { readFileSync } from "node:fs";
import vm from "node:vm";

export function load(path = process.env.COURSEKIT_PAGE_JS) {
  if (!path) throw new Error("set COURSEKIT_PAGE_JS to the built script (python -m coursekit.page FOLDER)");
  vm.runInThisContext(readFileSync(path, "utf-8"), { filename: path });
  return globalThis.coursekitPage;
}

// A localStorage stand-in: `refuse` makes every write throw as a browser does.
export class FakeStorage {
  constructor() {
    this.items = new Map();
    this.refuse = null; // "QuotaExceededError" or "SecurityError"
  }
  get length() { return this.items.size; }
  key(index) { return [...this.items.keys()][index] ?? null; }
  getItem(key) { return this.items.has(key) ? this.items.get(key) : null; }
  setItem(key, value) {
    if (this.refuse) throw new DOMException("refused", this.refuse);
    this.items.set(key, String(value));
  }
  removeItem(key) { this.items.delete(key); }
}
