// The multiple-choice question in the browser: its rules and its view.
import { T, format } from "../../page/base.js";
import { View, chosenOf, line, verdict, widget, withoutVerdict } from "../base.js";

export const asked = (d) => ({ question: d.question, options: d.options.map((o) => o.text) });
export const recorded = (value) => ({ question: value.question });
export const isEmpty = (value) => !value.choice;

// In a learning platform (page/platform.js): a point when the first choice was right; as an
// interaction the first choice (known only while it is the one made: null after a retry), the
// right option (numbered from 0) and whether the first try was right.
const firstRight = (value) => Boolean(value && value.correct && value.attempts === 1);
export const score = (value) => ({ points: firstRight(value) ? 1 : 0, max: 1 });
export function interaction(value, definition) {
  const chosen = definition.options.findIndex((option) => option.text === value.choice);
  const right = definition.options.findIndex((option) => option.correct);
  if (chosen < 0) return null;
  return { chosen: value.attempts === 1 ? chosen : null, right, first: firstRight(value) };
}

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
    this.attempts = 0;
    return [this.choiceGroup(this.definition.question, this.definition.options), this.checkButtons(), this.feedback];
  }

  render(value) {
    this.attempts = value ? value.attempts : 0;
    this.locked(false, this.options);
    if (this.pick(value) >= 0) this.reveal();
  }

  reveal() {
    const option = this.chosen();
    const text = `${withoutVerdict(option.feedback)} (${format(T.ATTEMPTS, { count: this.attempts })})`;
    this.feedback.replaceChildren(verdict(option.correct, T.CORRECT, T.NOT_YET, text));
    this.locked(true, this.options);
  }

  checkAnswer() {
    const option = this.chosen();
    if (!option) return;
    this.attempts += 1;
    this.reveal();
    this.retry.focus();
    this.save({ question: this.definition.question, choice: option.text, correct: option.correct, attempts: this.attempts });
  }

  tryAgain() {
    this.locked(false, this.options);
    for (const input of this.options) input.checked = false;
    this.feedback.replaceChildren();
    this.options[0].focus();
  }
}

export default /* @__PURE__ */ widget(MultipleChoiceView);
