// The page as the host of the exercise types' views (exercise_types/<type>/view.js): the frame
// every exercise shares, as in a notebook (exercise_types/frame.js: heading, the "question
// changed" note, status line, alerts; here also the notebook links) and the saving, in the
// browser's store. Each view gets a model (model.js) and draws its controls; it sets "value" and
// calls save_changes(); the host keeps it.
import { C, T, format, same } from "./base.js";
import { asEarlier, createAnswer, keepOtherTab, recordOf } from "./answers.js";
import { downloadList, el, notebookLinks } from "./dom.js";
import { Frame } from "../exercise_types/frame.js";
import { Invalid, clock, dateTime } from "./formatting.js";
import { StoreError } from "./store.js";
import { Model } from "./model.js";

// Did saving keep an answer another tab had saved meanwhile (store.save, keepOtherTab)?
const keptOtherTab = (made, stored) => stored.earlier.length > made.earlier.length;

// Did another tab save `stored` over `mine` (saved here) without having seen it? Only a save within
// a moment (SYNC_SECONDS) can have missed it; a later one saw it and replaced it on purpose.
const SYNC_SECONDS = 2;
function overwritten(stored, mine) {
  if (!stored || !mine || stored.type !== mine.type || same(stored.value, mine.value)) return false;
  const after = stored.moment - mine.moment;
  const kept = stored.earlier.some((one) => one.updated_at === mine.updated_at && same(one.value, mine.value));
  return after >= 0 && after <= SYNC_SECONDS * 1e6 && !kept;
}

// A text saying when `answer` was saved ({when}).
const when = (text, answer) => format(text, { when: dateTime(answer.moment) });

export class Host {
  constructor(root, definition, links, page, type) {
    this.root = root;
    this.definition = definition;
    this.page = page;
    this.store = page.store;
    this.type = type;
    this.dirty = false; // the view has a value not yet handed over (the learner is typing)
    this.saved = this.stored();
    this.frame = new Frame(root, definition, type, notebookLinks(links, T.STATIC_OPEN_BINDER));
    this.status = this.frame.status;
    this.frame.noteChanged(this.saved && recordOf(this.saved));
    const saved = this.saved;
    this.model = new Model(
      { definition, answer: saved && recordOf(saved), value: saved ? saved.value : null, status: { kind: "", text: "" }, compared: this.compared() },
      () => this.save());
    this.model.on("change:value", () => (this.dirty = true));
    type.default.render({ model: this.model, el: this.frame.body });
    this.restored(saved, T.RESTORED);
  }

  // The saved answer of the scan this one is compared with (for its chart and summary).
  compared() {
    const other = this.definition.compare_with && this.store.get(this.definition.compare_with);
    return other ? recordOf(other) : null;
  }

  stored() {
    const answer = this.store.get(this.definition.id);
    return answer && answer.type === this.definition.type ? answer : null;
  }

  say(text, kind = "", warnings = []) {
    this.frame.say({ text, warnings });
    if (this.model) this.model.set("status", { kind, text });
  }

  // The answer kept now (restored, or saved elsewhere), if any.
  restored(answer, text) {
    this.say(answer ? when(text, answer) : "", answer ? "restored" : "");
  }

  // Another tab saved (or the answers were imported or wiped): show what is stored now.
  refresh() {
    if (this.dirty) return; // the learner is typing here: their save comes next
    let answer = this.stored();
    if (overwritten(answer, this.mine)) {
      // WebKit hands localStorage to other tabs a moment later: a tab that saved within that moment
      // did not see the answer saved here, and wrote over it. Keep it as an earlier answer.
      try {
        answer = this.store.save(keepOtherTab(answer, this.mine, null), answer);
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
      }
    }
    this.model.set("compared", this.compared()); // a scan this one is compared with may have changed
    if (answer && this.saved && same(answer.value, this.saved.value)) {
      // The same answer, perhaps with an answer another tab kept (one it had written over here).
      const before = this.saved;
      this.saved = answer;
      if (keptOtherTab(before, answer) && answer.earlier.at(-1).reason === C.other_tab) this.say(this.status.textContent, "saved", [T.PAGE_OTHER_TAB_KEPT]);
      return;
    }
    this.frame.noteChanged(answer && recordOf(answer));
    this.model.set("answer", answer && recordOf(answer));
    const kept = this.saved && answer && answer.earlier.some((one) => one.reason === C.other_tab && one.updated_at === this.saved.updated_at);
    this.restored(answer, T.PAGE_UPDATED_ELSEWHERE);
    if (kept) this.say(this.status.textContent, "restored", [T.PAGE_OTHER_TAB_KEPT_HERE]);
    this.saved = answer;
  }

  // The view handed over its value (save_changes): keep it, or say why not.
  save() {
    this.dirty = false;
    const value = this.model.get("value");
    if (this.type.isEmpty(value)) {
      this.say(this.saved ? when(T.NOTHING_TO_SAVE_KEPT, this.saved) : T.NOTHING_TO_SAVE);
      return;
    }
    const known = this.store.notices.length;
    let answer;
    try {
      const earlier = this.saved ? [...(this.saved.earlier || [])] : [];
      if (this.saved && this.frame.changed) earlier.push(asEarlier(this.saved));
      answer = createAnswer(this.definition, value, earlier);
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      this.say(problem.tooLong ? problem.message : format(T.INVALID_ANSWER, { reason: problem.message }), "error");
      return;
    }
    const made = answer;
    try {
      answer = this.store.save(answer, this.saved); // another tab saved meanwhile: the newest wins, the other is kept
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      // The downloads follow once the portfolio script is there (page.bundle); the answer is kept in memory.
      const downloads = el("div", {}, el("p", {}, T.PAGE_DOWNLOAD_PREPARING));
      this.say(error.message, "error", [el("p", {}, T.PAGE_DOWNLOAD_NOW), downloads]);
      this.page.bundle().then(
        (bundle) => downloads.replaceChildren(downloadList(bundle)),
        () => downloads.replaceChildren(el("p", {}, T.PAGE_DOWNLOAD_MISSING)));
      this.page.changed(); // a file of one's own still gets it (the store keeps it in memory)
      return;
    }
    this.saved = answer;
    this.mine = answer; // saved in this tab (refresh: another tab may write over it unseen)
    this.frame.kept();
    this.model.set("answer", recordOf(answer));
    const notices = this.store.notices.slice(known);
    if (keptOtherTab(made, answer)) notices.push(T.PAGE_OTHER_TAB_KEPT);
    this.say(format(T.SAVED_AT, { time: clock(answer.moment) }), "saved", notices);
    if (this.page.keeping) this.page.keeping.saved(); // the first save asks for persistent storage
    this.page.changed(); // the file of one's own, if any (file.js)
    for (const host of this.page.views) if (host !== this) host.model.set("compared", host.compared()); // a later scan compares with this one
  }

  // Leaving the page: the view saves what is still being typed.
  flush() {
    this.model.send({ method: "flush" });
  }
}
