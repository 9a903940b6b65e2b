// Where the learner's answers are and how long the browser keeps them (issue 23). The answers live
// in this browser only, and a browser may delete a site's data: WebKit after seven days of use
// without the site, Firefox and Chromium under storage pressure unless the site's storage is
// persistent. So the page asks for persistent storage on the first save (navigator.storage.persist;
// the API may be missing: never thrown, never in the way of saving), says where the answers are
// and when the last export was (once per exercise page, and in the portfolio panel with what the
// browser granted), and shows a calm reminder with a way to export when work is not in an export
// and the browser may delete it. The moment of the last export and of a dismissed reminder are kept
// beside the store (keepingKey), tolerant of blocked storage.
import { isObject, format, T } from "./base.js";
import { button, el, kids } from "./dom.js";
import { dateTime } from "./formatting.js";

export const REMINDER_DAYS = 7; // WebKit's rule: seven days of browser use without the site
export const DAY = 24 * 60 * 60 * 1000;

// Is a reminder to export due? Times in milliseconds, null for none. `lastChange`: the newest saved
// answer; `firstChange`: the oldest one not in the last export; `persisted`: what the browser said
// (true, false, or null when it cannot say or it does not matter: evictsByClock); `dismissed`: when the learner last put the reminder aside.
// Due when work is not in an export and the browser may delete it: it gave no persistent storage,
// or there was no export for REMINDER_DAYS. A dismissal holds until an answer changes again.
export function reminderDue(now, lastExport, lastChange, persisted, firstChange = lastChange, dismissed = null) {
  if (lastChange === null || (lastExport !== null && lastExport >= lastChange)) return false;
  if (dismissed !== null && dismissed >= lastChange) return false;
  if (persisted === false) return true;
  return now - (lastExport === null ? firstChange : lastExport) >= REMINDER_DAYS * DAY;
}

// WebKit (Safari, and every browser on an iPhone or iPad) deletes a site's storage after seven days
// of use without the site (book/beloftes.md); its navigator.vendor says Apple. Chromium (Google Inc.)
// and Firefox (empty) delete best-effort storage only under storage pressure.
export const evictsByClock = () => typeof navigator !== "undefined" && navigator.vendor === "Apple Computer, Inc.";

// The newest answer and the oldest one after `since` (milliseconds), of a Map of answers (moments in µs).
export function changes(answers, since) {
  let last = null;
  let first = null;
  for (const answer of answers.values()) {
    const moment = answer.moment / 1000;
    if (last === null || moment > last) last = moment;
    if ((since === null || moment > since) && (first === null || moment < first)) first = moment;
  }
  return { last, first };
}

// The key beside the store's: "coursekit-bewaren:<book>" (the store's is "coursekit-antwoorden:<book>").
export const keepingKey = (store) => "coursekit-bewaren" + store.key.slice(store.key.indexOf(":"));
const moment = (value) => (Number.isFinite(value) ? value : null);

// {exported, dismissed}: milliseconds or null; nothing when storage is blocked or the entry is not ours.
export function readKeeping(store) {
  let found = null;
  try {
    found = JSON.parse(store.storage().getItem(keepingKey(store)));
  } catch (error) {
    // blocked storage or a damaged entry: nothing known
  }
  const record = isObject(found) ? found : {};
  return { exported: moment(record.exported), dismissed: moment(record.dismissed) };
}

// Keep `change` ({exported} or {dismissed}); with storage blocked or full it is only not remembered.
export function noteKeeping(store, change) {
  try {
    store.storage().setItem(keepingKey(store), JSON.stringify({ ...readKeeping(store), ...change }));
  } catch (error) {
    // the where line and the reminder just do not know it next time
  }
}

// A function of navigator.storage, called safely: a promise of true, false or null (no such API).
export function storageCall(name) {
  try {
    const manager = typeof navigator === "undefined" ? null : navigator.storage;
    if (!manager || typeof manager[name] !== "function") return Promise.resolve(null);
    return Promise.resolve(manager[name]()).then((value) => (typeof value === "boolean" ? value : null), () => null);
  } catch (error) {
    return Promise.resolve(null);
  }
}

export class Keeping {
  constructor(page) {
    this.page = page;
    this.store = page.store;
    this.places = [];
    this.persisted = null;
    this.asked = null; // this page's request for persistent storage (once, on the first save)
    this.settled = false; // the browser has said whether the storage is persistent
    this.where = T.PAGE_WHERE; // in a learning platform: also there (page/platform.js)
    storageCall("persisted").then((granted) => {
      this.persisted = granted;
      this.settled = true;
      this.refresh();
    });
    // An export, a dismissal or answers in another tab.
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key === keepingKey(this.store) || event.key === this.store.key) this.refresh();
    });
  }

  // A place that shows where the answers are, and the reminder with `action` (a link or a button).
  // `panel`: the portfolio panel, which also says what the browser granted, and whose reminder may
  // come at any time; elsewhere the reminder comes only as the page opens (nothing moves under the
  // learner's hands while they work), and may go.
  place(action, panel) {
    const root = el("div", { class: "ck-keeping", tabindex: "-1" });
    this.places.push({ root, action, panel, open: panel });
    this.refresh();
    return root;
  }

  refresh() {
    const known = readKeeping(this.store);
    const found = changes(this.store.answers(), known.exported);
    // No persistent storage only counts where the browser deletes on a clock (WebKit); Firefox and
    // Chromium delete under storage pressure, and for them the seven days without an export count.
    const risk = evictsByClock() ? this.persisted : null;
    const due = reminderDue(Date.now(), known.exported, found.last, risk, found.first, known.dismissed);
    const where = [this.where, " ", known.exported === null ? T.PAGE_WHERE_NO_EXPORT : format(T.PAGE_WHERE_EXPORTED, { when: dateTime(known.exported * 1000) })];
    const granted = this.persisted === null ? T.PAGE_PERSISTENCE_UNKNOWN : this.persisted ? T.PAGE_PERSISTED : T.PAGE_NOT_PERSISTED;
    for (const place of this.places) {
      if (!place.panel && this.settled && place.open === false) place.open = due ? "now" : "never";
      const shown = due && (place.panel || place.open === "now");
      // With storage blocked nothing is kept here (the exercises say so): no where line, no reminder.
      place.root.replaceChildren(...kids(this.blocked() ? [] : [
        el("p", { class: "ck-where" }, where),
        place.panel && el("p", { class: "ck-persisted" }, granted),
        shown && el("div", { class: "ck-reminder" }, el("p", {}, T.PAGE_REMINDER),
          el("p", { class: "ck-buttons" }, place.action(), " ", button(T.PAGE_REMINDER_LATER, () => this.dismiss(place))))]));
    }
  }

  blocked() {
    try {
      this.store.storage();
      return false;
    } catch (error) {
      return true;
    }
  }

  // The first save on this page asks for persistent storage (a browser may ask the learner).
  saved() {
    if (this.asked || this.persisted) return; // asked on this page already, or persistent already
    this.asked = storageCall("persist").then((granted) => {
      if (granted !== null) this.persisted = granted;
      this.refresh();
    });
  }

  // The learner downloaded the export made at `moment` (milliseconds).
  exported(moment) {
    noteKeeping(this.store, { exported: moment });
    this.refresh();
  }

  // "Wis mijn antwoorden": the moments go with the answers.
  forget() {
    try {
      this.store.storage().removeItem(keepingKey(this.store));
    } catch (error) {
      // blocked storage: nothing was kept
    }
    this.refresh();
  }

  dismiss(place) {
    noteKeeping(this.store, { dismissed: Date.now() });
    this.refresh();
    place.root.focus();
  }
}
