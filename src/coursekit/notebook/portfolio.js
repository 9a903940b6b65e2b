// The portfolio panel in a notebook (anywidget; the kernel side is coursekit.notebook.portfolio):
// the page's portfolio rules (page/portfolio.js) make the documents and read and check an import,
// with the page's Dutch messages. The kernel keeps the answer file: it hands over the answers
// ("answers"), writes the finished documents next to the notebook, safely reads a file from the
// portfolio folder, and merges the checked answers of an import (its merge rule, never a silent
// overwrite); this view words what it decided.
import { checkAnswer, recordOf } from "../page/answers.js";
import { C, format, T } from "../page/base.js";
import { button, downloadList, el, field, uid } from "../page/dom.js";
import { buildExport, catalogOf, importReport, readImport, refusal } from "../page/portfolio.js";

// Answers from records the kernel read from the store (a record it cannot read is left out).
export function answersOf(records) {
  const answers = new Map();
  for (const record of records || []) {
    try {
      const answer = checkAnswer(record);
      answers.set(answer.exercise_id, answer);
    } catch (error) {
      // the kernel already reported an unreadable entry in its notices
    }
  }
  return answers;
}

// The progress line and the kernel's notices, as the panel shows them.
export function progressLines(records, catalog, notices) {
  const answers = answersOf(records);
  const done = [...catalog.definitions.keys()].filter((id) => answers.has(id)).length;
  const total = catalog.definitions.size;
  return [answers.size ? format(T.PORTFOLIO_PROGRESS, { done, total }) : T.PORTFOLIO_EMPTY, ...(notices || [])];
}

// The bytes of base64 text (a file the kernel read from disk).
export function bytesOf(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

// What the view sends the kernel for an import: the checked answers, or the refusal to show.
export function importRequest(bytes, filename, catalog) {
  const found = readImport(bytes, filename, catalog);
  if (found.report) return { report: found.report };
  return { message: { method: "merge", name: filename, answers: found.answers.map(recordOf), problems: found.problems } };
}

// The report of the kernel's merge ({outcomes: [{status, answer, local, backup}], problems} or {failed}).
export function mergedReport(reply, catalog) {
  if (reply.failed) return { summary: format(T.IMPORT_FAILED, { reason: reply.failed }), lines: [] };
  const outcomes = reply.outcomes.map((outcome) => ({
    ...outcome, answer: checkAnswer(outcome.answer), local: outcome.local && checkAnswer(outcome.local),
  }));
  return importReport(reply.name, outcomes, reply.problems, catalog, (path) => path, T.IMPORT_RERUN);
}

export class NotebookPortfolio {
  constructor(model, root) {
    this.model = model;
    this.catalog = catalogOf(model.get("catalog"));
    this.progress = el("div", { class: "ck-progress", role: "status" });
    this.name = el("input", { type: "text", id: uid("naam"), placeholder: T.PORTFOLIO_NAME_PLACEHOLDER, autocomplete: "name" });
    this.links = el("div", { class: "ck-links", "aria-live": "polite" });
    this.where = el("p", { role: "status" });
    this.file = el("input", { type: "file", id: uid("import"), accept: ".html,.md,.json", onchange: () => this.upload() });
    this.choice = el("select", { id: uid("map") });
    this.fromFolder = el("div", { class: "ck-field" });
    this.report = el("div", { class: "ck-report", role: "status" });
    root.replaceChildren(
      el("h4", {}, T.PORTFOLIO_HEADING), el("p", {}, T.PORTFOLIO_INTRO), this.progress,
      field(T.PORTFOLIO_NAME, this.name),
      el("p", {}, button(T.PORTFOLIO_EXPORT, () => this.export())), this.links, this.where,
      el("p", {}, T.PORTFOLIO_IMPORT_HELP),
      field(T.PORTFOLIO_IMPORT, this.file), this.fromFolder, this.report);
    root.classList.add("ck-live", "ck-portfolio");
    this.refresh();
  }

  refresh() {
    const lines = progressLines(this.model.get("answers"), this.catalog, this.model.get("notices"));
    this.progress.replaceChildren(...lines.map((text) => el("p", {}, text)));
    const files = this.model.get("files") || [];
    this.choice.replaceChildren(...files.map((name) => el("option", { value: name }, name)));
    this.fromFolder.replaceChildren(...(files.length ? [
      el("label", { for: this.choice.id }, format(T.PORTFOLIO_IMPORT_FOLDER, { folder: this.model.get("folder") })),
      this.choice, " ", button(T.PORTFOLIO_IMPORT_CHOSEN, () => this.model.send({ method: "read", name: this.choice.value })),
    ] : []));
  }

  // The answers may have changed since the panel was shown (the exercises save as the learner
  // types): the kernel reads the answer file again first, then the view makes the documents.
  export() {
    this.model.send({ method: "refresh", then: "export" });
  }

  exportNow() {
    const answers = answersOf(this.model.get("answers"));
    const bundle = buildExport(answers, this.catalog, this.name.value, Date.now() * 1000);
    this.links.replaceChildren(el("p", {}, el("strong", {}, T.PORTFOLIO_DOWNLOAD + ":")), downloadList(bundle));
    this.where.textContent = "";
    this.model.send({ method: "export", basename: bundle.basename, html: bundle.html, md: bundle.markdown, json: bundle.json });
  }

  async upload() {
    const file = this.file.files[0];
    if (!file) return;
    if (file.size > C.max_export_bytes) this.show({ summary: refusal({ kind: "too_large" }, file.name), lines: [] });
    else this.imported(new Uint8Array(await file.arrayBuffer()), file.name);
    this.file.value = ""; // ready for the next file, even the same one
  }

  imported(bytes, filename) {
    const request = importRequest(bytes, filename, this.catalog);
    if (request.report) this.show(request.report);
    else this.model.send(request.message);
  }

  show(report) {
    this.report.replaceChildren(el("p", {}, report.summary), report.lines.length ? el("ul", {}, report.lines.map((text) => el("li", {}, text))) : "");
  }

  // What the kernel sends back: where the documents went, a file it read, what it merged.
  message(content) {
    if (content.method === "refreshed" && content.then === "export") this.exportNow();
    else if (content.method === "written") this.where.textContent = content.text;
    else if (content.method === "file" && content.problem) this.show({ summary: content.problem, lines: [] });
    else if (content.method === "file") this.imported(bytesOf(content.data), content.name);
    else if (content.method === "merged") this.show(mergedReport(content, this.catalog));
  }
}

export function renderPortfolio(model, root) {
  const panel = new NotebookPortfolio(model, root);
  const refresh = () => panel.refresh();
  const message = (content) => panel.message(content);
  model.on("change:answers", refresh);
  model.on("change:notices", refresh);
  model.on("change:files", refresh);
  model.on("msg:custom", message);
  return () => {
    model.off("change:answers", refresh);
    model.off("change:notices", refresh);
    model.off("change:files", refresh);
    model.off("msg:custom", message);
  };
}
