// The learner's answers in the browser: one document per book in localStorage, in exactly the shape
// of the notebooks' answer file (schemas/store.schema.json), with the same rules (store.py):
// every change re-reads the document and changes only its own entries (another tab may have saved
// since), a document that is damaged or not ours is set aside, never overwritten, and an entry this
// version cannot read is kept as it is and reported. Nothing leaves the device. Two tabs, one
// learner: the newest answer per exercise wins, and the other is kept as an earlier answer (save,
// keepOtherTab in answers.js).
import { checkAnswer, keepOtherTab, recordOf } from "./answers.js";
import { C, format, isObject, same, T, tooDeep } from "./base.js";
import { Invalid, invalid, stamp } from "./formatting.js";
import { schemaErrors } from "./schema.js";

// The page script and the portfolio script (portfolio_script.js) are two bundles, each with its own
// copy of this module: an error of either copy is a StoreError to both (the import's merge).
export class StoreError extends Error {
  constructor(message) {
    super(message);
    this.name = "StoreError";
  }

  static [Symbol.hasInstance](value) {
    return value instanceof Error && value.name === "StoreError";
  }
}

// store.decide: the newer answer wins; equal answers are left alone.
export function decide(local, incoming) {
  if (!local) return "added";
  if (local.type === incoming.type && same(local.value, incoming.value)) return "unchanged";
  return incoming.moment > local.moment ? "updated" : "kept_local";
}

// store.py, MIGRATIONS: the document of format version n brought to n + 1.
export const STORE_MIGRATIONS = {
  1: (document) => {
    const answers = {};
    for (const [key, entry] of Object.entries(document.answers)) {
      answers[key] = isObject(entry) ? { ...entry, edition: "", definition: "" } : entry;
    }
    return { ...document, schema_version: 2, answers };
  },
};

export function emptyDocument() {
  return { format: C.store_format, schema_version: C.store_version, answers: {} };
}

// Why the browser refused: a full storage, or storage that is not allowed at all.
export function storageReason(error) {
  const full = error && (error.name === "QuotaExceededError" || error.code === 22 || error.code === 1014);
  return full ? T.PAGE_STORAGE_FULL : T.PAGE_STORAGE_BLOCKED;
}

export function storageProblem(error) {
  return new StoreError(format(T.SAVE_FAILED, { reason: storageReason(error) }));
}

export class Store {
  // `storage`: a function returning window.localStorage (it may throw when storage is blocked).
  constructor(storage, book) {
    this.storage = storage;
    this.key = "coursekit-antwoorden:" + book;
    this.notices = [];
    this.unsaved = new Map(); // answers the browser refused to keep: still offered for download
    this.cache = [null, null];
  }

  // Keep the answers under another key from now on (page/platform.js: one per learner in a platform).
  useKey(key) {
    this.key = key;
    this.cache = [null, null];
  }

  notice(text) {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  area() {
    try {
      return this.storage();
    } catch (error) {
      throw storageProblem(error);
    }
  }

  // The stored document; a damaged or foreign one is copied aside first (and then overwritten), an
  // older one migrated after a copy is kept. When the browser refuses the copy (its storage is
  // full): `writing`, a StoreError (nothing is overwritten); else what can be read is shown, with a
  // notice the learner sees when the page opens.
  read(area, writing = false) {
    let raw;
    try {
      raw = area.getItem(this.key);
    } catch (error) {
      throw storageProblem(error);
    }
    if (raw === null) return emptyDocument();
    if (raw === this.cache[0]) return this.cache[1];
    let document = null;
    try {
      if (!tooDeep(raw)) document = JSON.parse(raw); // nested deeper than C.max_depth: not ours
    } catch (error) {
      document = null;
    }
    const version = isObject(document) && document.format === C.store_format ? document.schema_version : null;
    if (!Number.isInteger(version) || version < 1 || version > C.store_version || !isObject(document.answers)) {
      this.setAside(area, raw, writing);
      return emptyDocument();
    }
    if (version < C.store_version) return this.migrate(area, raw, document, writing);
    if (schemaErrors("store", { ...document, answers: {} }).length) {
      this.setAside(area, raw, writing);
      return emptyDocument();
    }
    this.cache = [raw, document];
    return document;
  }

  // An older format version (store.py, _migrate): a copy is kept under its own key, then the
  // document is brought to the current version and stored, and the learner is told once. When the
  // browser refuses, the old document stays as it was and its answers are shown, migrated in memory.
  migrate(area, raw, document, writing) {
    const copy = `${this.key}.versie-${document.schema_version}-${stamp(Date.now() * 1000)}`;
    for (let from = document.schema_version; from < C.store_version; from += 1) document = STORE_MIGRATIONS[from](document);
    const migrated = JSON.stringify(document);
    try {
      area.setItem(copy, raw);
      area.setItem(this.key, migrated);
    } catch (error) {
      try {
        area.removeItem(copy); // a copy of a document that did not change would only confuse
      } catch (ignored) {
        // blocked storage: there is no copy
      }
      if (writing) throw storageProblem(error); // never lose the old document: it stays as it was
      this.notice(format(T.PAGE_STORE_MIGRATION_FAILED, { reason: storageReason(error) }));
      return document;
    }
    this.cache = [migrated, document];
    this.notice(format(T.PAGE_STORE_MIGRATED, { key: copy }));
    return document;
  }

  setAside(area, raw, writing) {
    const aside = `${this.key}.beschadigd-${stamp(Date.now() * 1000)}-${Math.random().toString(36).slice(2, 6)}`;
    try {
      area.setItem(aside, raw);
      area.removeItem(this.key);
    } catch (error) {
      if (writing) throw storageProblem(error); // never overwrite what could not be kept
      this.notice(format(T.PAGE_STORE_SET_ASIDE_FAILED, { reason: storageReason(error) }));
      return;
    }
    this.notice(T.PAGE_STORE_SET_ASIDE);
  }

  entry(id, entry, report) {
    if (entry === undefined) return null;
    try {
      const answer = checkAnswer(entry);
      if (answer.exercise_id !== id) throw invalid(T.STORE_ID_MISMATCH, { found: answer.exercise_id });
      return answer;
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      if (report) this.notice(format(T.STORE_BAD_ENTRY, { exercise_id: id, reason: problem.message }));
      return null;
    }
  }

  // Every readable answer, by exercise id, with the ones the browser refused to keep.
  answers() {
    const found = new Map();
    let entries = {};
    try {
      entries = this.read(this.area()).answers;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
    }
    for (const [id, entry] of Object.entries(entries)) {
      const answer = this.entry(id, entry, true);
      if (answer) found.set(id, answer);
    }
    for (const [id, answer] of this.unsaved) if (!found.has(id) || answer.moment > found.get(id).moment) found.set(id, answer);
    return found;
  }

  get(id) {
    let entry;
    try {
      entry = this.read(this.area()).answers[id];
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
    }
    const stored = this.entry(id, entry, true);
    const unsaved = this.unsaved.get(id);
    return unsaved && (!stored || unsaved.moment > stored.moment) ? unsaved : stored;
  }

  update(change) {
    const area = this.area();
    const current = this.read(area, true);
    const document = { ...current, answers: { ...current.answers } };
    if (!change(document.answers)) return;
    const raw = JSON.stringify(document);
    try {
      area.setItem(this.key, raw);
    } catch (error) {
      throw storageProblem(error);
    }
    this.cache = [raw, document];
  }

  // Store one answer; on a StoreError (Dutch) the answer is still kept for this page's downloads.
  // `known`: the answer this tab started from (null: none); when another tab saved since, the
  // newest wins and the other is kept as an earlier answer (keepOtherTab). Returns what was stored.
  save(answer, known) {
    try {
      this.update((entries) => {
        if (known !== undefined) answer = keepOtherTab(answer, this.entry(answer.exercise_id, entries[answer.exercise_id], false), known);
        entries[answer.exercise_id] = recordOf(answer);
        return true;
      });
      this.unsaved.delete(answer.exercise_id);
    } catch (error) {
      if (error instanceof StoreError) this.unsaved.set(answer.exercise_id, answer);
      throw error;
    }
    return answer;
  }

  // Add imported answers: a local answer is only replaced by a newer one (store.decide). An entry
  // this version cannot read is replaced only after a copy of the whole document is kept.
  merge(incoming) {
    let outcomes = [];
    const changed = ["added", "updated", "replaced_unreadable"];
    this.update((entries) => {
      let backup = null;
      outcomes = incoming.map((answer) => {
        const raw = entries[answer.exercise_id];
        const local = this.entry(answer.exercise_id, raw, false);
        let status = decide(local, answer);
        if (raw !== undefined && !local) {
          if (!backup) backup = this.keepCopy();
          status = "replaced_unreadable";
        }
        if (changed.includes(status)) entries[answer.exercise_id] = recordOf(answer);
        return { answer, status, local, backup: status === "replaced_unreadable" ? backup : null };
      });
      return outcomes.some((outcome) => changed.includes(outcome.status));
    });
    return outcomes;
  }

  // A copy of the stored document under its own key (store.BACKUP_MARK); the key is returned.
  keepCopy() {
    const area = this.area();
    const copy = `${this.key}.kopie-${stamp(Date.now() * 1000)}`;
    try {
      area.setItem(copy, area.getItem(this.key) || "");
    } catch (error) {
      throw storageProblem(error); // never replace what could not be kept
    }
    return copy;
  }

  // "Wis mijn antwoorden": the document and the copies set aside, of this book only.
  clear() {
    const area = this.area();
    try {
      const keys = [];
      for (let index = 0; index < area.length; index += 1) keys.push(area.key(index));
      const copies = [this.key + ".beschadigd-", this.key + ".kopie-", this.key + ".versie-"];
      for (const key of keys) if (key === this.key || copies.some((prefix) => key.startsWith(prefix))) area.removeItem(key);
    } catch (error) {
      throw storageProblem(error);
    }
    this.unsaved.clear();
    this.cache = [null, null];
  }
}
