// A file of one's own: where the browser offers the File System Access API (showSaveFilePicker,
// Chromium on a desktop), the learner chooses a file on their own disk ("Bewaar ook in een
// bestand", in the portfolio panel) and the page keeps it up to date: a while after each save, the
// whole portfolio as an export's JSON (answers.exportJson, portfolio-export.schema.json), so every
// reader of exports (the import, the class page, the notebooks) reads it. The file's handle is kept
// in IndexedDB (one per book), so a later visit can go on with it: writing then needs the browser's
// permission, which it asks only after a click ("Ga verder met bestand ..."). Writing never touches
// the answers in the browser's storage: a failure (no permission, the file gone, a full disk) is
// said in Dutch, naming the file, and nothing is lost. Elsewhere the export is the way, and the
// panel says so.
import { C, T, format } from "./base.js";
import { exportJson } from "./answers.js";
import { button, el } from "./dom.js";
import { clock } from "./formatting.js";

const DATABASE = "coursekit";
const HANDLES = "bestanden";
const READ_WRITE = { mode: "readwrite" };

export const fileSupported = () => typeof globalThis.showSaveFilePicker === "function";

// One request on the handles' object store of IndexedDB: a promise of its result.
function handles(mode, act) {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(HANDLES);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      const transaction = database.transaction(HANDLES, mode);
      const request = act(transaction.objectStore(HANDLES));
      transaction.oncomplete = () => {
        database.close();
        resolve(request.result);
      };
      transaction.onerror = transaction.onabort = () => {
        database.close();
        reject(transaction.error);
      };
    };
  });
}

// Why a write failed, in Dutch.
export function fileReason(error) {
  const name = error && error.name;
  if (name === "NotAllowedError" || name === "SecurityError") return T.PAGE_FILE_DENIED;
  if (name === "NotFoundError" || name === "NotReadableError") return T.PAGE_FILE_GONE;
  if (name === "QuotaExceededError") return T.PAGE_FILE_FULL;
  return T.PAGE_FILE_OTHER;
}

export class PortfolioFile {
  constructor(page) {
    this.page = page;
    this.key = page.store.key;
    this.handle = null;
    this.ready = false; // the page may write (the browser granted it)
    this.places = []; // where the file's state is shown (the panel, above the exercises)
    this.state = [null];
    this.timer = null;
    this.writing = null;
    this.again = false;
  }

  // A place that shows the file's state and its "go on" button, kept up to date; `panel`: the
  // portfolio panel, which also has "stop" (above the exercises the state is enough).
  place(panel = false) {
    const node = el("div", { class: "ck-file" });
    node.panel = panel;
    this.places.push(node);
    this.draw(node);
    return node;
  }

  draw(node) {
    const [text, kind, action] = this.state;
    const attributes = kind === "error" ? { role: "alert" } : {}; // not read out after every save; a failure is
    const shown = action === this.stopButton ? node.panel : Boolean(action);
    node.replaceChildren(...(text ? [el("p", attributes, text)] : []), ...(shown ? [el("p", {}, action.call(this))] : []));
  }

  show(text, kind = "", action = null) {
    this.state = [text, kind, action];
    for (const node of this.places) this.draw(node);
  }

  name() {
    return this.handle ? this.handle.name : "";
  }

  resumeButton() {
    return button(format(T.PAGE_FILE_CONTINUE, { file: this.name() }), () => this.resume());
  }

  stopButton() {
    return button(T.PAGE_FILE_STOP, () => this.stop());
  }

  // A later visit: the file chosen before, ready when the browser still allows writing, else a
  // button to ask (the browser asks only after a click).
  async open() {
    let record;
    try {
      record = await handles("readonly", (store) => store.get(this.key));
    } catch (error) {
      return; // no IndexedDB here (blocked storage): no file to go on with
    }
    if (!record || !record.handle) return;
    this.handle = record.handle;
    let state = "prompt";
    try {
      state = await this.handle.queryPermission(READ_WRITE);
    } catch (error) {
      // a handle that cannot say: ask
    }
    if (state === "granted") {
      this.ready = true;
      this.show(format(T.PAGE_FILE_KEPT, { file: this.name() }), "", this.stopButton);
    } else {
      this.show(format(T.PAGE_FILE_ASK, { file: this.name() }), "", this.resumeButton);
    }
  }

  // "Bewaar ook in een bestand": the learner picks a file; it is written at once.
  async choose() {
    let handle;
    try {
      handle = await globalThis.showSaveFilePicker({
        suggestedName: T.PAGE_FILE_SUGGESTED,
        types: [{ description: T.PAGE_FILE_TYPE, accept: { "application/json": [".json"] } }],
      });
    } catch (error) {
      return; // cancelled: nothing changes
    }
    this.handle = handle;
    this.ready = true;
    try {
      await handles("readwrite", (store) => store.put({ handle }, this.key));
    } catch (error) {
      // not kept for a later visit (blocked storage); this visit still writes it
    }
    await this.write();
  }

  // "Ga verder met bestand ...": the browser asks the learner (after this click) to allow writing.
  async resume() {
    let state = "denied";
    try {
      state = await this.handle.requestPermission(READ_WRITE);
    } catch (error) {
      // refused
    }
    this.ready = state === "granted";
    if (this.ready) await this.write();
    else this.failed({ name: "NotAllowedError" });
  }

  // Stop keeping the file: it stays on the disk, the page forgets it.
  async stop() {
    const file = this.name();
    clearTimeout(this.timer);
    this.ready = false;
    this.handle = null;
    try {
      await handles("readwrite", (store) => store.delete(this.key));
    } catch (error) {
      // nothing was kept
    }
    this.show(format(T.PAGE_FILE_STOPPED, { file }));
  }

  // The answers changed (a save, an import, a wipe): write the file a moment later.
  changed() {
    if (!this.ready) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), C.save_delay_ms);
  }

  // Leaving the page: write now what is waiting.
  flush() {
    if (this.ready && this.timer !== null) this.write();
  }

  // Write the whole portfolio; one write at a time, and once more if the answers changed meanwhile.
  async write() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.writing) {
      this.again = true;
      return this.writing;
    }
    this.writing = this.writeNow();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
    if (this.again) {
      this.again = false;
      await this.write();
    }
  }

  async writeNow() {
    const handle = this.handle;
    if (!handle || !this.ready) return;
    const moment = Date.now() * 1000;
    const edition = this.page.definitions.length ? this.page.definitions[0].edition || "" : "";
    const text = exportJson(this.page.store.answers(), edition, "", moment) + "\n";
    try {
      const writable = await handle.createWritable();
      try {
        await writable.write(text);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => {}); // the file keeps what it had
        throw error;
      }
    } catch (error) {
      this.failed(error);
      return;
    }
    this.show(format(T.PAGE_FILE_WRITTEN, { file: this.name(), time: clock(moment) }), "", this.stopButton);
  }

  failed(error) {
    this.ready = false;
    const text = format(T.PAGE_FILE_FAILED, { file: this.name(), reason: fileReason(error) });
    this.show(text, "error", this.resumeButton);
  }
}
