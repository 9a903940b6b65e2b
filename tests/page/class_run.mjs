// For the class page's tests in Python (tests/page/test_class_*.py, through classtools.run): one
// Node process per test worker, which answers one request per line on stdin with one line on stdout.
// A request is {"script": path, "files": [{"path": name in the overview, "file": path on disk} (or
// "base64": the bytes the notebook's kernel read, or "problem": why it did not)], "show_names": bool,
// "calls": [...]}. It reads the files as the page does (archive.js, classread.js) and answers
// {"ok": what the overview shows}: learners, skipped files and notes (with their reasons), the
// counts of classstats.js, the CSV, and which files were unpacked; "calls" run other functions of
// the page. A request that throws is answered {"error": its stack}, and the next one is read.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import vm from "node:vm";

// stdout carries only the answers: whatever the page's script logs goes to stderr.
for (const level of ["log", "info", "debug"]) console[level] = console.error;

const scripts = new Map(); // path -> the page's API (globalThis.coursekitClass), each script run once
function pageOf(path) {
  if (!scripts.has(path)) {
    vm.runInThisContext(readFileSync(path, "utf-8"), { filename: path });
    scripts.set(path, globalThis.coursekitClass);
  }
  return scripts.get(path);
}

function callsOf(page) {
  return {
    sha256Hex: (text) => page.sha256Hex(text),
    pyJson: (value) => page.pyJson(value),
    studentOf: (path) => page.studentOf(path),
    letters: (index) => page.letters(index),
    identity: (name) => page.identity(name),
    skipReason: (kind, version) => page.skipReason({ kind, version }),
  };
}
async function overview(page, input) {
  // A file on disk, bytes the notebook's kernel read (base64), or a file it did not read (problem).
  const handed = input.files.map(({ path, file, base64, problem }) => {
    if (problem) return { path, problem };
    return { file: new Blob([base64 === undefined ? readFileSync(file) : Buffer.from(base64, "base64")]), path };
  });
  const collected = await page.collect(handed);
  const unpacked = [];
  for (const item of collected.items) {
    const read = item.read;
    item.read = read && ((signal) => (unpacked.push(item.path), read(signal)));
  }
  if (input.stopped) {
    // The teacher pressed "Stop" before reading began: nothing is unpacked, Stopped is thrown.
    const controller = new AbortController();
    controller.abort();
    try {
      await page.readClass(collected, { signal: controller.signal });
      return { stopped: false, unpacked };
    } catch (error) {
      return { stopped: error instanceof page.Stopped, unpacked };
    }
  }
  let data;
  if (input.worker) {
    // What the worker does (classworker.js), its messages received as the page receives them.
    const messages = [];
    await page.workerRead(handed, (message) => messages.push(structuredClone(message)));
    const first = messages[0];
    const outcomes = messages.filter((m) => m.kind === "read").flatMap((m) => m.outcomes);
    data = page.fromSkeleton(first, outcomes, messages[messages.length - 1].skeleton);
    for (const item of collected.items) if (item.read) unpacked.push(item.path); // unpacked by the worker
  } else {
    data = await page.readClass(collected);
  }
  const show = Boolean(input.show_names);
  const reference = (file) => file && { relative: file.relative, number: file.number, shown: file.reference(show) };
  const number = (value) => (value === null ? null : value);
  return {
    files: data.files.map((file) => file.relative),
    sides: data.sides,
    truncated: data.truncated,
    problem: data.problem,
    platforms: page.platformsOf(collected.items),
    unpacked,
    learners: data.learners.map((learner) => ({
      letters: learner.letters, name: learner.name, label: learner.label(show), file: reference(learner.file),
      unknown: page.unknownAnswers(learner), student: learner.file.student, edition: learner.edition,
      exported_at: learner.exportedAt,
    })),
    learners_table: page.learnersTable(data, show),
    skipped: data.skipped.map((one) => ({
      file: reference(one.file), reason: one.reason, learner: one.learner, kept: reference(one.kept),
      shown: page.skippedReason(one, data, show),
    })),
    notes: data.notes.map((note) => ({ file: reference(note.file), text: note.text, other: reference(note.other) })),
    exercises: page.exerciseRows(data).map((row) => ({ id: row.definition.id, done: row.done, result: row.result })),
    scans: [...page.CATALOG.definitions.values()].filter((d) => d.type === "selfscan").map((definition) => {
      const stats = page.scanDistribution(data, definition);
      return {
        id: definition.id, counts: stats.counts, learners: stats.learners, excluded: stats.excluded,
        means: definition.statements.map((_, index) => number(stats.mean(index))),
        medians: definition.statements.map((_, index) => number(stats.median(index))),
      };
    }),
    shifts: [...page.CATALOG.definitions.values()].filter((d) => d.type === "selfscan" && d.compare_with).map((after) => {
      const stats = page.beforeAfter(data, page.CATALOG.definitions.get(after.compare_with), after);
      return {
        id: after.id, rows: stats.rows, both: stats.both, only_before: stats.onlyBefore, only_after: stats.onlyAfter,
        mean_before: stats.meanBefore, mean_after: stats.meanAfter,
      };
    }),
    roles: [...page.CATALOG.definitions.values()].filter((d) => d.type === "selfscan" && d.role_profile).map((definition) => {
      const stats = page.roleProfile(data, definition);
      return { id: definition.id, rows: stats.rows, learners: stats.learners, ties: stats.ties };
    }),
    dilemmas: [...page.CATALOG.definitions.values()].filter((d) => d.type === "dilemma").map((definition) => {
      const stats = page.dilemmaChoices(data, definition);
      return { id: definition.id, counts: stats.counts, done: stats.done };
    }),
    rows: page.learnerRows(data).map((row) => ({
      letters: row.learner.letters, done: row.done, total: row.total, chapters: row.chapters, final: row.final,
      per_chapter: Object.fromEntries(row.perChapter),
    })),
    csv: page.gradebookCsv(data, show),
  };
}

async function answer(input) {
  const page = pageOf(input.script);
  const calls = callsOf(page);
  const result = { calls: (input.calls || []).map(([name, ...args]) => calls[name](...args)) };
  if (input.files) result.overview = await overview(page, input);
  return result;
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  let reply;
  try {
    reply = { ok: await answer(JSON.parse(line)) };
  } catch (error) {
    reply = { error: String((error && error.stack) || error) };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
}
