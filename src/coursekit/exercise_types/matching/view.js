// The matching exercise in the browser: its rules and its view.
import { T, format } from "../../page/base.js";
import { el, field } from "../../page/dom.js";
import { invalid } from "../../page/formatting.js";
import { View, line, nth, table, verdict, widget, withoutVerdict } from "../base.js";

export const asked = (d) => ({ question: d.question, categories: d.categories, items: d.items.map((i) => i.text) });
export const recorded = (value) => ({ question: value.question, items: value.placements.map((p) => p.item) });

export function check(value) {
  const count = value.placements.length;
  const correct = value.placements.filter((placement) => placement.correct).length;
  if (value.total !== count) throw invalid(T.VALUE_OUT_OF_RANGE, { where: "total", value: value.total, low: count, high: count });
  if (value.score > count) throw invalid(T.VALUE_OUT_OF_RANGE, { where: "score", value: value.score, low: 0, high: count });
  if (value.score !== correct) throw invalid(T.VALUE_SCORE_MISMATCH, { score: value.score, correct });
}

export const isEmpty = () => false;

// In a learning platform (page/platform.js): a point per situation placed right.
export const score = (value, definition) => ({ points: value ? value.score : 0, max: definition.items.length });

export function blocks(value) {
  const rows = value.placements.map((p) => [p.item, p.category, p.correct ? T.ITEM_CORRECT : T.ITEM_NOT_YET]);
  return [
    line(T.PORTFOLIO_QUESTION, value.question),
    table(T.PORTFOLIO_PLACEMENTS, [T.TABLE_ITEM, T.PORTFOLIO_CHOICE, T.TABLE_RESULT], rows),
    line(T.PORTFOLIO_RESULT, format(T.PORTFOLIO_MATCH_SCORE, { score: value.score, total: value.total })),
  ];
}

class MatchingView extends View {
  build() {
    const { question, categories, items } = this.definition;
    this.choices = [];
    this.verdicts = [];
    const rows = items.map((item, index) => {
      const choice = this.select(this.id(`onderdeel-${index + 1}`), categories.map((category) => [category, category]));
      const feedback = el("div", { class: "ck-item-feedback" });
      this.choices.push(choice);
      this.verdicts.push(feedback);
      return field(nth(item.text, index), choice, feedback);
    });
    this.score = el("p", { class: "ck-feedback", "aria-live": "polite" });
    return [el("p", {}, question), rows, this.checkButtons(), this.score];
  }

  render(value) {
    const placed = new Map(value ? value.placements.map((p) => [p.item, p.category]) : []);
    this.definition.items.forEach((item, index) => {
      const category = placed.get(item.text);
      this.choices[index].value = this.definition.categories.includes(category) ? category : "";
    });
    this.tryAgain(true);
    if (value && this.choices.every((choice) => choice.value)) this.reveal();
  }

  reveal() {
    let correct = 0;
    this.definition.items.forEach((item, index) => {
      const right = this.choices[index].value === item.answer;
      correct += right ? 1 : 0;
      this.verdicts[index].replaceChildren(verdict(right, T.ITEM_CORRECT + " —", T.ITEM_NOT_YET + " —", withoutVerdict(item.explanation)));
    });
    this.locked(true, this.choices);
    const total = this.choices.length;
    this.score.textContent = `${format(T.MATCH_SCORE, { score: correct, total })} ${correct === total ? T.MATCH_ALL_CORRECT : T.MATCH_TRY_AGAIN}`;
    return correct;
  }

  checkAnswer() {
    const open = this.choices.filter((choice) => !choice.value).length;
    if (open) {
      this.score.textContent = format(T.ITEMS_OPEN, { count: open });
      return;
    }
    const correct = this.reveal();
    this.retry.focus();
    this.save({
      question: this.definition.question,
      placements: this.definition.items.map((item, index) => ({
        item: item.text, category: this.choices[index].value, correct: this.choices[index].value === item.answer,
      })),
      score: correct,
      total: this.choices.length,
    });
  }

  // Keep the choices, so the learner changes only what was wrong.
  tryAgain(quiet) {
    this.locked(false, this.choices);
    for (const feedback of this.verdicts) feedback.replaceChildren();
    this.score.textContent = quiet === true ? "" : T.MATCH_TRY_AGAIN;
    if (quiet !== true) (this.choices.find((choice, index) => choice.value !== this.definition.items[index].answer) || this.choices[0]).focus();
  }
}

export default /* @__PURE__ */ widget(MatchingView);
