// What the exercise types' browser modules (<type>/view.js) share: the blocks an answer is shown
// in (in the portfolio: a labelled line, a quoted text, a table), the texts of scores and levels, and the base of a view. A view follows the
// anywidget contract, `export default { render({ model, el }) }`: it draws its controls into `el`,
// fills them from the trait "answer", sets the trait "value" and calls `model.save_changes()`; the
// host (the page, with the browser's store) keeps the answer and says so. A view never touches storage.
import { C, SPACE, T, format, same, strip } from "../page/base.js";
import { button, el, headingOf, kids, tableOf } from "../page/dom.js";

export const line = (label, text) => ({ kind: "line", label, text });
export const quote = (question, text) => ({ kind: "quote", question, text });
export const table = (caption, header, rows) => ({ kind: "table", caption, header, rows });

export function scaleLegend(scale) {
  return scale.map((label, index) => `${index + 1} = ${label}`).join(", ");
}

export function scoreText(score, scale) {
  return score === null ? T.NOT_SCORED : format(T.SCALE_OPTION, { number: score, label: scale[score - 1] });
}

export function influenceText(level, missing) {
  return level ? T.INFLUENCE_LABELS[level] : missing;
}

export const mean = (numbers) => numbers.reduce((sum, number) => sum + number, 0) / numbers.length;
export const chosenOf = (options, text) => (options || []).find((option) => option.text === text);
// "2. text": the numbered items of a list, as the widgets and the portfolio number them.
export const nth = (text, index) => `${index + 1}. ${text}`;

// Forces with a name and a strength, strongest first (a stable sort, as Python's).
export function namedForces(forces) {
  return forces.filter((f) => strip(f.force) && f.strength !== null).sort((a, b) => b.strength - a.strength);
}

const OPENING_VERDICT = new RegExp(C.opening_verdict.replace(/\\s/g, `[${SPACE}]`));
export const withoutVerdict = (feedback) => feedback.replace(OPENING_VERDICT, "");

export function verdict(correct, right, wrong, text) {
  return el("p", {}, el("strong", {}, correct ? right : wrong), " ", text);
}

// The base of every view: its controls from build(), filled by render(value); saving through the
// model, after a pause in typing (typed) or at once after a choice (chose), as the widgets did.
export class View {
  constructor(model, root) {
    this.model = model;
    this.definition = model.get("definition");
    this.timer = null;
    this.sent = []; // values this view saved whose answer has not come back yet, oldest first
    root.append(...kids([this.build()]));
    const answer = model.get("answer");
    this.render(answer ? answer.value : null);
    // An answer this view saved comes back: a kernel sends it a while later, when the learner may
    // have gone on (another score, a note half typed), so it is never drawn over the controls. An
    // answer from elsewhere (another tab, an import, a wipe) is shown. Read the trait with get():
    // anywidget hands a listener Backbone's (model, value), the page only the value.
    model.on("change:answer", () => {
      const answer = model.get("answer");
      const value = answer ? answer.value : null;
      const mine = this.sent.findIndex((one) => same(one, value));
      if (mine >= 0) this.sent.splice(0, mine + 1);
      else {
        this.sent = [];
        this.render(value);
      }
    });
    model.on("change:compared", () => this.redraw());
    // The host asks for what is still being typed (the page is left).
    model.on("msg:custom", (message) => message && message.method === "flush" && this.flush());
  }

  redraw() {}

  save(value) {
    this.sent = [...this.sent.slice(-20), value]; // a kernel that answers none keeps no long list
    this.model.set("value", value);
    this.model.save_changes();
  }

  typed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), C.save_delay_ms);
    this.model.set("value", this.value());
  }

  flush() {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.save(this.value());
    this.redraw();
  }

  chose() {
    this.timer = this.timer || -1;
    this.flush();
  }

  saveNowButton() {
    return button(T.SAVE_NOW, () => this.chose(), { title: T.SAVE_NOW_TOOLTIP });
  }

  id(part) {
    return `ck-${this.definition.id}-${part}`;
  }

  // A text field saved after a pause in typing, and when it is left.
  textInput(id, placeholder) {
    return el("input", { type: "text", id, placeholder, oninput: () => this.typed(), onblur: () => this.flush() });
  }

  // A radio group: native radios with one name, so the arrow keys move between them. Returns the
  // inputs, each in its label (input.parentNode).
  radios(name, options, onchange) {
    return options.map(([value, text], index) => el("label", { class: "ck-option" },
      el("input", { type: "radio", name: this.id(name), value, id: this.id(`${name}-${index}`), onchange }), " ", text).firstChild);
  }

  // The items of a question to choose from (multiple choice, dilemma): their radios (this.options)
  // in a fieldset, and the feedback below.
  choiceGroup(legend, items, onchange) {
    this.items = items;
    this.options = this.radios("keuze", items.map((item, index) => [index, item.text]), onchange);
    this.feedback = el("div", { class: "ck-feedback", "aria-live": "polite" });
    return el("fieldset", { class: "ck-choices" }, el("legend", {}, legend), this.options.map((input) => input.parentNode));
  }

  // The item chosen, or null after asking to choose one first.
  chosen() {
    const input = this.options.find((one) => one.checked);
    if (!input) this.feedback.replaceChildren(el("p", {}, T.CHOOSE_FIRST));
    return input ? this.items[Number(input.value)] : null;
  }

  // The saved choice checked again (none without a value); its index, or -1.
  pick(value) {
    const index = value ? this.items.findIndex((item) => item.text === value.choice) : -1;
    this.options.forEach((input, at) => (input.checked = at === index));
    this.feedback.replaceChildren();
    return index;
  }

  // "Check" and "Try again" (multiple choice, matching).
  checkButtons() {
    this.check = button(T.CHECK, () => this.checkAnswer());
    this.retry = button(T.RETRY, () => this.tryAgain(), { disabled: true });
    return el("p", { class: "ck-buttons" }, this.check, " ", this.retry);
  }

  // Checked (done: the controls locked, "Try again" open) or open to try again.
  locked(done, controls) {
    for (const control of controls) control.disabled = done;
    this.check.disabled = done;
    this.retry.disabled = !done;
  }

  select(id, options, onchange) {
    return el("select", { id, onchange }, el("option", { value: "" }, T.PAGE_CHOOSE), options.map(([value, text]) => el("option", { value }, text)));
  }

  // The chart and its summary in words (its only home: no Python twin): the summary is the text alternative.
  chartArea(empty) {
    this.chart = el("div", { class: "ck-chart" });
    this.summary = el("div", { class: "ck-summary" });
    this.emptyText = empty;
    return el("div", { class: "ck-chart-area" }, this.chart, this.summary);
  }

  drawChart(found, draw, note) {
    this.chart.replaceChildren(found ? draw(this.chart.clientWidth) : "");
    this.summary.replaceChildren(
      note ? el("p", {}, note) : "",
      ...(found ? [el(headingOf(this.summary.closest(".ck-live"), 1), {}, T.SUMMARY_HEADING), ...found.lines.map((text) => el("p", {}, text)), tableOf(found.table)] : [el("p", {}, this.emptyText)]));
  }
}

// A view class as the anywidget module's default export.
export function widget(ViewClass) {
  return {
    render({ model, el: root }) {
      new ViewClass(model, root);
    },
  };
}
