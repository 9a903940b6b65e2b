// The frame every exercise shares, in every host (the notebook's entry.js and the page's host.js):
// the heading and instruction, the "question changed" note, the body the type's view draws into,
// the status line and the alerts, and what a host adds after them (the page: the notebook links).
// It shows the traits a host sets: "status" ({kind, text, warnings}) and "answer" (a saved answer
// to an earlier version of the question gets the note).
import { T, format } from "../page/base.js";
import { questionChanged } from "../page/answers.js";
import { blockNodes, el, headingOf } from "../page/dom.js";
import { dateTime, parseTime } from "../page/formatting.js";

export class Frame {
  constructor(root, definition, type, ...after) {
    this.definition = definition;
    this.type = type;
    this.status = el("p", { class: "ck-status", role: "status" });
    this.alert = el("div", { class: "ck-alert", role: "alert" });
    this.changedNote = el("div", { class: "ck-changed" });
    this.changed = false;
    this.body = el("div", { class: "ck-body" });
    const heading = el(headingOf(root), {}, definition.title);
    const instruction = definition.instruction ? el("p", {}, definition.instruction) : null;
    root.replaceChildren(...[heading, instruction, this.changedNote, this.body, this.status, this.alert, ...after].filter(Boolean));
    root.classList.add("ck-live");
  }

  // The saved answer (a record of the store format, or null): does it answer another question?
  noteChanged(answer) {
    this.changed = Boolean(answer && questionChanged(this.definition, answer.definition, answer.value));
    if (!this.changed) {
      this.changedNote.replaceChildren();
      this.changedNote.removeAttribute("role");
      return;
    }
    this.changedNote.setAttribute("role", "note");
    this.changedNote.replaceChildren(
      el("p", {}, el("strong", {}, format(T.QUESTION_CHANGED, { when: dateTime(parseTime(answer.updated_at)) }))),
      el("details", { open: true }, el("summary", {}, T.QUESTION_CHANGED_EARLIER), blockNodes(this.type.blocks(answer.value, null))));
  }

  // A new answer was saved: the earlier one is kept as an earlier answer.
  kept() {
    if (!this.changed) return;
    this.changed = false;
    this.changedNote.replaceChildren(el("p", {}, T.QUESTION_CHANGED_KEPT));
  }

  say(status) {
    const { text = "", warnings = [] } = status || {};
    this.status.textContent = text;
    this.alert.replaceChildren(...warnings.map((warning) => (typeof warning === "string" ? el("p", {}, warning) : warning)));
  }
}
