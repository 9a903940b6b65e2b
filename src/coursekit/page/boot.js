// Start: every static form with a data block becomes a working exercise (or the portfolio panel).
// Without this script, or when it fails, the static form stays as it is.
import { C, T } from "./base.js";
import { el } from "./dom.js";
import { fileSupported, PortfolioFile } from "./file.js";
import { Host } from "./host.js";
import { Keeping } from "./keeping.js";
import { portfolioCode } from "./lazy.js";
import { PortfolioPanel } from "./panel.js";
import { Store } from "./store.js";
import types from "coursekit-types";

// The book's pages give the theme a stand-in when site storage is blocked (page_fixes layout.html)
// and keep the browser's refusal in coursekitStorageRefused: the exercises must not be fooled.
function localStorageArea() {
  if (globalThis.coursekitStorageRefused) throw globalThis.coursekitStorageRefused;
  return window.localStorage;
}

// Once per exercise page, under the intro: where the answers are, and the reminder with a link to
// the portfolio page's export (the export needs the portfolio page's name field and catalog).
function keepingPlace(page, portfolio) {
  const link = () => (portfolio ? el("a", { href: portfolio + "#ck-export" }, T.PAGE_REMINDER_EXPORT_THERE) : T.PAGE_REMINDER_EXPORT_THERE);
  return page.keeping.place(link, false);
}

function boot(script) {
  performance.mark("coursekit-start");
  const page = { store: new Store(localStorageArea, C.book), views: [], panel: null, definitions: [] };
  page.catalogAddress = script && script.dataset.catalog;
  // The portfolio script (lazy.js): where the book put it (data-portfolio-script), else beside this one.
  page.portfolioAddress = script && (script.dataset.portfolioScript || (script.src && new URL(C.portfolio_script, script.src).href));
  page.portfolio = () => portfolioCode(page.portfolioAddress);
  // Everything this page holds, for a download when the browser refuses to keep it: a promise, as
  // the portfolio script may still have to load; the answers are taken now, the unsaved ones too.
  page.bundle = () => {
    const answers = page.store.answers();
    const moment = Date.now() * 1000;
    const definitions = new Map(page.definitions.map((definition) => [definition.id, definition]));
    const edition = page.definitions.length ? page.definitions[0].edition : "";
    return page.portfolio().then((code) => code.buildExport(answers, { edition, chapters: new Map(), definitions }, "", moment));
  };
  // A file of one's own (file.js), where the browser can keep one: written a while after each change.
  page.file = fileSupported() ? new PortfolioFile(page) : null;
  page.changed = () => page.file && page.file.changed();
  page.refreshAll = () => {
    for (const view of page.views) view.refresh();
    if (page.panel) page.panel.refresh();
  };
  page.keeping = new Keeping(page); // where the answers are, the last export, the reminder
  const forms = [...document.querySelectorAll(".coursekit-static")];
  for (const root of forms) {
    const block = root.querySelector("script.coursekit-data");
    if (!block) continue;
    try {
      const data = JSON.parse(block.textContent);
      // The launch links of the static form's note: JupyterLab (Binder or a hub) and Voila.
      const [lab, voila] = [...root.querySelectorAll(".coursekit-note a")].map((link) => link.getAttribute("href"));
      const links = { lab, voila };
      const type = data.exercise && types[data.exercise.type];
      if (type && type.default) {
        page.definitions.push(data.exercise);
        page.views.push(new Host(root, data.exercise, links, page, type));
      } else if (data.portfolio) {
        page.panel = new PortfolioPanel(root, data.portfolio, links, page);
      }
    } catch (error) {
      console.error("coursekit", error); // the exercise stays in its static form
    }
  }
  if (page.views.length) {
    const portfolio = script && script.dataset.portfolio;
    const intro = el("p", { class: "ck-intro" }, T.PAGE_INTRO, portfolio ? [" ", el("a", { href: portfolio }, T.PAGE_TO_PORTFOLIO)] : null);
    page.views[0].root.before(intro, keepingPlace(page, portfolio));
    if (page.store.notices.length) page.views[0].say(page.views[0].status.textContent, "", page.store.notices);
    if (page.file) intro.after(page.file.place()); // the file's state and its alerts, above the exercises
  }
  if (page.file && (page.views.length || page.panel)) page.file.open();
  // Another tab saved, imported or wiped: show what is stored now.
  window.addEventListener("storage", (event) => {
    if (event.key === null || event.key === page.store.key) page.refreshAll();
  });
  // Leaving the page: save what is still being typed.
  const flushAll = () => {
    page.views.forEach((view) => view.flush());
    if (page.file) page.file.flush();
  };
  window.addEventListener("pagehide", flushAll);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flushAll());
  performance.mark("coursekit-ready");
  return page;
}

// The page's state (its store, views and panel), for the browser tests and the benchmark.
globalThis.coursekitPage = {};

if (typeof document !== "undefined") {
  const script = document.currentScript;
  const start = () => {
    globalThis.coursekitPage.page = boot(script);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
