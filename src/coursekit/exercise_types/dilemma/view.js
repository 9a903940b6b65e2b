// The dilemma in the browser: its rules and its view.
import { T, format } from "../../page/base.js";
import { button, el } from "../../page/dom.js";
import { View, chosenOf, line, widget } from "../base.js";

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
    const group = this.choiceGroup(question, choices, () => this.feedback.replaceChildren());
    const confirm = button(T.CHOOSE_THIS, () => this.confirm());
    return [el("blockquote", {}, el("p", {}, situation)), group, el("p", { class: "ck-buttons" }, confirm), this.feedback];
  }

  render(value) {
    if (this.pick(value) >= 0) this.reveal();
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
    if (!choice) return;
    this.reveal();
    this.save({ question: this.definition.question, choice: choice.text });
  }
}

export default /* @__PURE__ */ widget(DilemmaView);
