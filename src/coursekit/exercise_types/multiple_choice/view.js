// The multiple-choice question in the browser: its rules and its view.
import { T, format } from "../../page/base.js";
import { button, el } from "../../page/dom.js";
import { View, checked, chosenOf, line, verdict, widget, withoutVerdict } from "../base.js";

export const asked = (d) => ({ question: d.question, options: d.options.map((o) => o.text) });
export const recorded = (value) => ({ question: value.question });
export const isEmpty = (value) => !value.choice;

export function blocks(value, definition) {
  const result = value.correct ? T.PORTFOLIO_MC_CORRECT : T.PORTFOLIO_MC_WRONG;
  const found = [
    line(T.PORTFOLIO_QUESTION, value.question), line(T.YOUR_ANSWER, value.choice),
    line(T.PORTFOLIO_RESULT, format(result, { attempts: value.attempts })),
  ];
  const chosen = definition && chosenOf(definition.options, value.choice);
  if (chosen) found.push(line(T.PORTFOLIO_FEEDBACK, chosen.feedback));
  return found;
}

class MultipleChoiceView extends View {
  build() {
    const { question, options } = this.definition;
    this.attempts = 0;
    this.options = this.radios("keuze", options.map((option, index) => [index, option.text])).map((label) => label.querySelector("input"));
    this.check = button(T.CHECK, () => this.checkAnswer());
    this.retry = button(T.RETRY, () => this.tryAgain(), { disabled: true });
    this.feedback = el("div", { class: "ck-feedback", "aria-live": "polite" });
    const group = el("fieldset", { class: "ck-choices" }, el("legend", {}, question), this.options.map((input) => input.parentNode));
    return [group, el("p", { class: "ck-buttons" }, this.check, " ", this.retry), this.feedback];
  }

  chosen() {
    const input = checked(this.options);
    return input ? this.definition.options[Number(input.value)] : null;
  }

  render(value) {
    this.attempts = value ? value.attempts : 0;
    const index = value ? this.definition.options.findIndex((option) => option.text === value.choice) : -1;
    this.options.forEach((input, at) => (input.checked = at === index));
    this.locked(false);
    this.feedback.replaceChildren();
    if (index >= 0) this.reveal();
  }

  locked(done) {
    for (const input of this.options) input.disabled = done;
    this.check.disabled = done;
    this.retry.disabled = !done;
  }

  reveal() {
    const option = this.chosen();
    const text = `${withoutVerdict(option.feedback)} (${format(T.ATTEMPTS, { count: this.attempts })})`;
    this.feedback.replaceChildren(verdict(option.correct, T.CORRECT, T.NOT_YET, text));
    this.locked(true);
  }

  checkAnswer() {
    const option = this.chosen();
    if (!option) {
      this.feedback.replaceChildren(el("p", {}, T.CHOOSE_FIRST));
      return;
    }
    this.attempts += 1;
    this.reveal();
    this.retry.focus();
    this.save({ question: this.definition.question, choice: option.text, correct: option.correct, attempts: this.attempts });
  }

  tryAgain() {
    this.locked(false);
    for (const input of this.options) input.checked = false;
    this.feedback.replaceChildren();
    this.options[0].focus();
  }
}

export default widget(MultipleChoiceView);
