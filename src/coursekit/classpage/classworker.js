// Reading off the page's main thread: a 2,000-learner zip takes seconds to unpack, check and
// fingerprint (SHA-256), and the page must stay responsive all that time (no task over 200 ms).
// The worker runs THIS bundle: coursekit.classpage.build wraps esbuild's bundle in one named
// function, coursekitClassBundle, whose own source is the worker's (no second file, no request, so
// it works from file:// and under the page's CSP, "worker-src blob:"). It unpacks and reads every
// file and sends the outcomes back in small batches, so that no single message takes long to
// receive; the page then applies the rules (classData) and draws. Where a worker cannot start (an
// old browser, a policy that forbids it, or these modules imported without the wrapper, as the
// tests in tests/page do), the page reads in-page, in slices with a pause between them (readClass).
/* global coursekitClassBundle, WorkerGlobalScope -- the build's wrapper function (above); a worker's global scope */
import { collect } from "./archive.js";
import { Stopped } from "./classbase.js";
import { ClassLearner, classData, ExportFile, readClass, readItem } from "./classread.js";
import { platformsOf } from "./layouts.js";

export const BATCH_MS = 50; // send what was read at least this often: small messages, steady progress
export const BATCH_FILES = 20; // and at most this many files at once (each message is received in one task)

// The plain data of an Item that the page needs back (a File or a function cannot cross).
export function itemData(item) {
  return { path: item.path, student: item.student || null, notes: item.notes };
}

// The class without its answers, by file number (what crosses back at the end: the answers came
// with the outcomes already, in small batches).
export function skeletonOf(data) {
  const number = (file) => (file ? file.number : null);
  return {
    learners: data.learners.map((learner) => ({ letters: learner.letters, file: learner.file.number })),
    skipped: data.skipped.map((one) => ({ file: one.file.number, reason: one.reason, learner: one.learner, kept: number(one.kept) })),
    notes: data.notes.map((note) => ({ file: note.file.number, text: note.text, other: number(note.other) })),
    problem: data.problem,
  };
}

// The page's ClassData from the outcomes and the skeleton (classread.js's classes again).
export function fromSkeleton(collected, outcomes, skeleton) {
  const files = collected.items.map((item, index) => new ExportFile(item.path, index + 1, item.student));
  const fileOf = (number) => (number === null ? null : files[number - 1]);
  const learners = skeleton.learners.map(({ letters, file }) => {
    const { export: found, print } = outcomes[file - 1];
    const learner = new ClassLearner(letters, found.name, files[file - 1], found.exportedAt, found.answers, found.edition);
    learner.print = print;
    return learner;
  });
  return {
    files, learners, truncated: collected.truncated, sides: collected.sides, problem: skeleton.problem,
    skipped: skeleton.skipped.map((one) => ({ ...one, file: fileOf(one.file), kept: fileOf(one.kept) })),
    notes: skeleton.notes.map((note) => ({ ...note, file: fileOf(note.file), other: fileOf(note.other) })),
    platforms: collected.platforms,
  };
}

// In the worker: read what the page handed ({file, path} each), post it back in small batches,
// then apply the rules here too (classData) and post the class without its answers.
export async function workerRead(handed, post) {
  const collected = await collect(handed);
  const total = collected.items.length;
  post({ kind: "collected", items: collected.items.map(itemData), truncated: collected.truncated, sides: collected.sides.length, platforms: platformsOf(collected.items) });
  const outcomes = [];
  let batch = [];
  let sent = performance.now();
  for (const [index, item] of collected.items.entries()) {
    const outcome = await readItem(item, null);
    outcomes.push(outcome);
    batch.push(outcome);
    if (performance.now() - sent > BATCH_MS || batch.length >= BATCH_FILES || index + 1 === total) {
      post({ kind: "read", outcomes: batch, done: index + 1, total });
      batch = [];
      sent = performance.now();
    }
  }
  const files = collected.items.map((item, index) => new ExportFile(item.path, index + 1, item.student || null));
  const notesOf = new Map(collected.items.map((item, index) => [index + 1, item.notes]));
  const data = classData(files, outcomes, { truncated: collected.truncated, sides: collected.sides.length, notesOf });
  post({ kind: "done", skeleton: skeletonOf(data) });
}

export const IN_WORKER = typeof document === "undefined" && typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
if (IN_WORKER) {
  globalThis.onmessage = (event) => {
    workerRead(event.data.handed, (message) => globalThis.postMessage(message)).catch((error) => {
      globalThis.postMessage({ kind: "failed", message: String((error && error.stack) || error) });
    });
  };
}

export class WorkerUnavailable extends Error {}

// The worker, made from this bundle's own source as a Blob; null where that is not possible.
export function startWorker() {
  const bundle = typeof coursekitClassBundle === "function" ? coursekitClassBundle : null;
  if (!bundle || typeof Worker === "undefined" || typeof Blob === "undefined" || globalThis.coursekitClassNoWorker) return null;
  try {
    const url = URL.createObjectURL(new Blob([`(${bundle.toString()})();\n`], { type: "text/javascript" }));
    return { worker: new Worker(url), url };
  } catch (error) {
    return null;
  }
}

// Read `handed` in the worker; rejects with WorkerUnavailable when it does not start (then the page
// reads in-page), with Stopped when the teacher stops.
export function readInWorker(started, handed, { signal = null, progress = () => {} } = {}) {
  const { worker, url } = started;
  return new Promise((resolve, reject) => {
    let collected = null;
    const outcomes = [];
    const end = (settle, value) => {
      worker.terminate();
      URL.revokeObjectURL(url);
      if (signal) signal.removeEventListener("abort", stop);
      settle(value);
    };
    const stop = () => end(reject, new Stopped());
    if (signal) {
      if (signal.aborted) return stop();
      signal.addEventListener("abort", stop);
    }
    worker.onerror = (event) => {
      event.preventDefault();
      end(reject, collected ? new Error(String(event.message)) : new WorkerUnavailable(String(event.message)));
    };
    worker.onmessage = ({ data: message }) => {
      if (message.kind === "collected") {
        collected = message;
        progress(0, message.items.length);
      } else if (message.kind === "read") {
        outcomes.push(...message.outcomes);
        progress(message.done, message.total);
      } else if (message.kind === "failed") {
        end(reject, new Error(message.message));
      } else if (message.kind === "done") {
        const data = fromSkeleton(collected, outcomes, message.skeleton);
        data.reader = "worker";
        end(resolve, data);
      }
    };
    worker.postMessage({ handed });
  });
}

// What the page calls: read in a worker where one starts, else in the page.
export async function readHanded(handed, options = {}) {
  const started = startWorker();
  if (started) {
    try {
      return await readInWorker(started, handed, options);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const collected = await collect(handed);
  if (options.signal && options.signal.aborted) throw new Stopped();
  const data = await readClass(collected, options);
  data.reader = "page";
  return data;
}
