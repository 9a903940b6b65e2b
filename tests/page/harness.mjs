// The page's modules (coursekit/page and the exercise types' views), imported as they are, for
// the tests: run Node with --import ./tests/page/register.mjs and COURSEKIT_GENERATED set (the
// folder of the generated modules; tests/page/conftest.py makes it).
import * as answers from "../../src/coursekit/page/answers.js";
import * as base from "../../src/coursekit/page/base.js";
import * as formatting from "../../src/coursekit/page/formatting.js";
import * as portfolio from "../../src/coursekit/page/portfolio.js";
import * as schema from "../../src/coursekit/page/schema.js";
import * as store from "../../src/coursekit/page/store.js";
import * as notebookPortfolio from "../../src/coursekit/notebook/portfolio.js";
import types from "coursekit-types";

// The page's logic by name, imported from its modules.
export const page = {
  ...base, ...formatting, ...schema, ...answers, ...portfolio, ...store, types,
  selfscanSummary: types.selfscan.summary, forcefieldSummary: types.forcefield.summary,
  views: Object.keys(types).filter((name) => types[name].default && typeof types[name].default.render === "function"),
};

// The notebook's portfolio panel (its view's logic, without the DOM).
export const notebook = notebookPortfolio;

// The same logic, for the tests that were written against the built script (load(path) ran it).
export function load() {
  return page;
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
