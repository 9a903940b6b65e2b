// The portfolio page (the notebook has its own panel, notebook/portfolio.js): export every answer in this browser as HTML, Markdown
// and JSON in the notebooks' format, import an export made here or in JupyterLab, wipe the answers.
// The export and the import are in the portfolio script (portfolio.js, loaded by lazy.js on the
// first export or import, with the book's catalog): the panel itself draws, counts and wipes.
import { C, format, T } from "./base.js";
import { button, downloadList, el, field, headingOf, notebookLinks, uid } from "./dom.js";
import { loadOnce } from "./lazy.js";
import { StoreError } from "./store.js";

export class PortfolioPanel {
  constructor(root, data, links, page) {
    this.page = page;
    this.store = page.store;
    this.exercises = data.exercises || [];
    this.catalogAddress = page.catalogAddress;
    this.catalog = null; // the whole catalog: loaded (cached by the browser) on the first export or import
    this.progress = el("div", { class: "ck-progress" });
    this.name = el("input", { type: "text", id: uid("naam"), placeholder: T.PORTFOLIO_NAME_PLACEHOLDER, autocomplete: "name" });
    this.links = el("div", { class: "ck-links", "aria-live": "polite", onclick: (event) => this.downloaded(event) });
    this.file = el("input", { type: "file", id: uid("import"), accept: ".html,.md,.json", onchange: () => this.importFile() });
    this.report = el("div", { class: "ck-report", role: "status" });
    this.confirmation = el("div", { class: "ck-confirm" });
    this.cleared = el("p", { role: "status" });
    this.clearButton = button(T.PAGE_CLEAR, () => this.askToClear());
    const heading = headingOf(root);
    const part = headingOf(root, 1);
    root.replaceChildren(
      el(heading, {}, T.PORTFOLIO_HEADING), el("p", {}, T.PAGE_PORTFOLIO_INTRO), this.progress,
      ...this.fileSection(part),
      el(part, { id: "ck-export" }, T.PAGE_EXPORT_HEADING),
      page.keeping.place(() => button(T.PAGE_REMINDER_EXPORT_HERE, () => this.export()), true),
      field(T.PORTFOLIO_NAME, this.name),
      el("p", {}, button(T.PORTFOLIO_EXPORT, () => this.export())), this.links,
      el(part, {}, T.PAGE_IMPORT_HEADING), el("p", {}, T.PORTFOLIO_IMPORT_HELP),
      field(T.PORTFOLIO_IMPORT, this.file), this.report,
      el(part, {}, T.PAGE_CLEAR_HEADING), el("p", {}, T.PAGE_CLEAR_HELP), el("p", {}, this.clearButton), this.confirmation, this.cleared,
      notebookLinks(links, T.STATIC_OPEN_PORTFOLIO) || "");
    root.classList.add("ck-live");
    this.refresh();
  }

  // "Bewaar ook in een bestand" (file.js), where the browser can keep a file; elsewhere one sentence.
  fileSection(part) {
    const file = this.page.file;
    if (!file) return [el("p", { class: "ck-file-none" }, T.PAGE_FILE_NO_API)];
    return [el(part, {}, T.PAGE_FILE_HEADING), el("p", {}, T.PAGE_FILE_HELP), el("p", {}, button(T.PAGE_FILE_CHOOSE, () => file.choose())), file.place(true)];
  }

  refresh() {
    const answers = this.store.answers();
    const done = this.exercises.filter((id) => answers.has(id)).length;
    const lines = [answers.size ? format(T.PORTFOLIO_PROGRESS, { done, total: this.exercises.length }) : T.PORTFOLIO_EMPTY, ...this.store.notices];
    this.progress.replaceChildren(...lines.map((text) => el("p", {}, text)));
    this.page.keeping.refresh();
  }

  // The portfolio script and the book's exercises (coursekit-catalog.js), loaded (cached by the
  // browser) on the first export or import: [code, catalog]. Classic scripts: they load from file:// too.
  async load() {
    const [code, data] = await Promise.all([this.page.portfolio(), loadOnce(this.catalogAddress, () => globalThis.coursekitCatalog)]);
    this.catalog = this.catalog || code.catalogOf(data);
    return [code, this.catalog];
  }

  async export() {
    let code, catalog;
    try {
      [code, catalog] = await this.load();
    } catch (error) {
      this.links.replaceChildren(el("p", { role: "alert" }, T.PAGE_CATALOG_MISSING));
      return;
    }
    this.moment = Date.now(); // the export holds every answer saved until now
    const bundle = code.buildExport(this.store.answers(), catalog, this.name.value, this.moment * 1000);
    this.links.replaceChildren(el("p", {}, el("strong", {}, T.PORTFOLIO_DOWNLOAD + ":")), downloadList(bundle));
    this.refresh();
  }

  // A download of the export is the export: its moment is kept (keeping.js) for the where line and the reminder.
  downloaded(event) {
    if (event.target.closest("a[download]")) this.page.keeping.exported(this.moment);
  }

  async importFile() {
    const file = this.file.files[0];
    if (!file) return;
    let code, catalog;
    try {
      [code, catalog] = await this.load();
    } catch (error) {
      code = null;
    }
    let report;
    if (!code) report = { summary: T.PAGE_CATALOG_MISSING, lines: [] };
    else if (file.size > C.max_export_bytes) report = { summary: code.refusal({ kind: "too_large" }, file.name), lines: [] };
    else report = code.importExport(new Uint8Array(await file.arrayBuffer()), file.name, this.store, catalog);
    this.report.replaceChildren(el("p", {}, report.summary), report.lines.length ? el("ul", {}, report.lines.map((text) => el("li", {}, text))) : "");
    this.file.value = ""; // ready for the next file, even the same one
    this.refresh();
    this.page.refreshAll();
    this.page.changed();
  }

  askToClear() {
    const count = this.store.answers().size;
    const no = button(T.PAGE_CLEAR_NO, () => this.clear(false));
    this.confirmation.replaceChildren(
      el("p", { role: "alert" }, format(T.PAGE_CLEAR_CONFIRM, { count })),
      el("p", { class: "ck-buttons" }, button(T.PAGE_CLEAR_YES, () => this.clear(true)), " ", no));
    this.cleared.textContent = "";
    no.focus();
  }

  clear(sure) {
    this.confirmation.replaceChildren();
    if (sure) {
      try {
        this.store.clear();
        this.page.keeping.forget();
        this.cleared.textContent = T.PAGE_CLEARED;
        if (this.page.file) this.page.file.stop(); // a shared computer: the file stays the learner's, and is not emptied
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        this.cleared.textContent = error.message;
      }
    } else {
      this.cleared.textContent = T.PAGE_CLEAR_KEPT;
    }
    this.clearButton.focus();
    this.refresh();
  }
}
