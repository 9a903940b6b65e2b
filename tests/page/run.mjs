// For the parity tests in Python (tests/page/test_parity.py): reads {"calls": [[function,
// ...arguments], ...]} as JSON on stdin and prints the page's results as JSON. Run with
// --import ./register.mjs and COURSEKIT_GENERATED (see harness.mjs).
// With --serve: one such request per line, one line of results each, until stdin ends (the
// notebook panel's driver in tests/pagecalls.py keeps one Node running for many calls).
// Arguments and results are JSON; Maps, catalogs and byte strings are converted as noted below.
import { createInterface } from "node:readline";
import { notebook, page } from "./harness.mjs";

const answersMap = (records) => new Map(records.map((record) => {
  const answer = page.checkAnswer(record);
  return [answer.exercise_id, answer];
}));
const plain = (answer) => answer && { ...answer, moment: undefined };

const CALLS = {
  // [records], catalog data, name, moment (RFC 3339) -> {basename, html, markdown, json}
  buildExport: (records, catalog, name, moment) => page.buildExport(answersMap(records), page.catalogOf(catalog), name, page.parseTime(moment)),
  selfscanSummary: (...args) => page.selfscanSummary(...args),
  forcefieldSummary: (forces) => page.forcefieldSummary(forces),
  // the message for an answer record, or null when it is valid
  check: (record) => {
    try {
      return { answer: plain(page.checkAnswer(record)) };
    } catch (error) {
      if (!(error instanceof page.Invalid)) throw error;
      return { problem: error.message, tooLong: error.tooLong };
    }
  },
  // bytes as base64 -> the parsed export, or {problem: kind, version}
  readExport: (base64) => {
    try {
      const parsed = page.readExport(Uint8Array.from(Buffer.from(base64, "base64")));
      return { name: parsed.name, exportedAt: parsed.exportedAt, version: parsed.version, problems: parsed.problems,
        answers: [...parsed.answers.values()].map(plain) };
    } catch (error) {
      if (!(error instanceof page.ExportProblem)) throw error;
      return { problem: error.kind, version: error.version ?? null };
    }
  },
  // The notebook's portfolio panel (notebook/portfolio.js): bytes as base64, the file's name and
  // the catalog data -> {report} (refused) or {message} (what the view sends the kernel to merge)
  importRequest: (base64, filename, catalog) => notebook.importRequest(Uint8Array.from(Buffer.from(base64, "base64")), filename, page.catalogOf(catalog)),
  // the kernel's reply to a merge, and the catalog data -> the report {summary, lines, added, updated, skipped}
  mergedReport: (reply, catalog) => notebook.mergedReport(reply, page.catalogOf(catalog)),
  // answer records from the store, the catalog data and the notices -> the lines the panel shows
  progressLines: (records, catalog, notices) => notebook.progressLines(records, page.catalogOf(catalog), notices),
  types: () => ({ kinds: Object.keys(page.types), views: page.views }),
  decimal: (number) => page.decimal(number),
  signedDecimal: (number) => page.signedDecimal(number),
  dateTime: (moment) => page.dateTime(page.parseTime(moment)),
  parseTime: (value) => {
    try {
      return page.parseTime(value);
    } catch (error) {
      return { problem: error.message };
    }
  },
  mdEscape: (text) => page.mdEscape(text),
  mdQuote: (text) => page.mdQuote(text),
  mdCell: (text) => page.mdCell(text),
  html: (text) => page.html(text),
  paragraphs: (text) => page.paragraphs(text),
  blocks: (record, definition) => {
    const answer = page.checkAnswer(record);
    return page.types[answer.type].blocks(answer.value, definition);
  },
};

const answer = (request) => request.calls.map(([name, ...args]) => CALLS[name](...args));

if (process.argv.includes("--serve")) {
  for await (const line of createInterface({ input: process.stdin })) process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + "\n");
} else {
  const input = JSON.parse(await new Promise((resolve) => {
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk));
    process.stdin.on("end", () => resolve(text));
  }));
  process.stdout.write(JSON.stringify(answer(input)));
}
