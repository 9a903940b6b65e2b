// The dilemma in the browser: its rules and its view.
import { T, format } from "../../page/base.js";
import { button, el } from "../../page/dom.js";
import { View, checked, chosenOf, line, widget } from "../base.js";

export const asked = (d) => ({ situation: d.situation, question: d.question, choices: d.choices.map((c) => c.text) });
export const recorded = (value) => ({ question: value.question });
export const isEmpty = (value) => !value.choice;

export function blocks(value, definition) {
  const found = definition ? [line(T.PORTFOLIO_SITUATION, definition.situation)] : [];
  found.push(line(T.PORTFOLIO_QUESTION, value.question), line(T.PORTFOLIO_CHOICE, value.choice));
  const chosen = definition && chosenOf(definition.choices, value.choice);
  if (chosen) found.push(line(T.PORTFOLIO_FEEDBACK, chosen.feedback), line(T.PORTFOLIO_THEORY, chosen.theory));
  return found;
}

class DilemmaView extends View {
  build() {
    const { situation, question, choices } = this.definition;
    const clear = () => this.feedback.replaceChildren();
    this.options = this.radios("keuze", choices.map((choice, index) => [index, choice.text]), clear).map((label) => label.querySelector("input"));
    this.feedback = el("div", { class: "ck-feedback", "aria-live": "polite" });
    const group = el("fieldset", { class: "ck-choices" }, el("legend", {}, question), this.options.map((input) => input.parentNode));
    const confirm = button(T.CHOOSE_THIS, () => this.confirm());
    return [el("blockquote", {}, el("p", {}, situation)), group, el("p", { class: "ck-buttons" }, confirm), this.feedback];
  }

  chosen() {
    const input = checked(this.options);
    return input ? this.definition.choices[Number(input.value)] : null;
  }

  render(value) {
    const index = value ? this.definition.choices.findIndex((choice) => choice.text === value.choice) : -1;
    this.options.forEach((input, at) => (input.checked = at === index));
    this.feedback.replaceChildren();
    if (index >= 0) this.reveal();
  }

  reveal() {
    const choice = this.chosen();
    this.feedback.replaceChildren(
      el("p", {}, el("strong", {}, format(T.YOU_CHOSE, { choice: choice.text }))),
      el("p", {}, choice.feedback),
      el("p", {}, el("strong", {}, T.THEORY), " ", choice.theory));
  }

  confirm() {
    const choice = this.chosen();
    if (!choice) {
      this.feedback.replaceChildren(el("p", {}, T.CHOOSE_FIRST));
      return;
    }
    this.reveal();
    this.save({ question: this.definition.question, choice: choice.text });
  }
}

export default widget(DilemmaView);
