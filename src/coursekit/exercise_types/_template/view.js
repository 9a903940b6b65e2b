// The template type "example" in the browser (see __init__.py): ONE ES module, found by the page's
// bundle by walking exercise_types/*/view.js (no list to edit).
//
// Named exports: the type's rules for the browser, the twins of the Python in __init__.py (the
// parity tests in tests/page compare them over tests/fixtures/every-type.yml).
// Default export: the view, in anywidget's contract: render({ model, el }). The model is the
// page's store (localStorage) on the page and the kernel in JupyterLab; its traits:
//   "definition"  the exercise definition (as in the static form's JSON data block)
//   "answer"      the saved answer record, or null
//   "value"       the learner's current value (set here, then model.save_changes())
//   "status"      {kind, text} set by the host after a save or restore
// The view never touches storage itself.

// The texts an answer responds to (Definition.asked).
export const asked = (definition) => ({ question: definition.question });

// The question as an answer's value recorded it (ExerciseType.recorded).
export const recorded = (value) => ({ question: value.question });

// Checks of a schema-valid value that a schema cannot express (ExerciseType.check_value): throw
// invalid(T.SOME_TEXT, {...}) from page/formatting.js. Optional: leave it out when there are none.
export function check() {}

// Nothing filled in: nothing worth saving (ExerciseType.is_empty).
export const empty = (value) => !value.text.trim();

// The answer in the portfolio (ExerciseType.blocks); the empty-text label is the page's text.
export const blocks = (value, _definition, texts) => [
  { kind: "quote", question: value.question, text: value.text.trim() ? value.text : texts.PORTFOLIO_EMPTY_TEXT },
];

export default {
  render({ model, el }) {
    const definition = model.get("definition");
    const answer = model.get("answer");
    const label = document.createElement("label");
    label.textContent = definition.question;
    const text = document.createElement("textarea");
    text.value = answer ? answer.value.text : "";
    label.append(text);
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    el.append(label, status);
    text.addEventListener("input", () => {
      model.set("value", { question: definition.question, text: text.value });
      model.save_changes();
    });
    const show = () => {
      status.textContent = (model.get("status") || {}).text || "";
    };
    model.on("change:status", show);
    return () => model.off("change:status", show);
  },
};
