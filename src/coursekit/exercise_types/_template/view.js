// The template type "example" in the browser (see __init__.py): ONE ES module, shaped as every
// type's view.js. The page's bundle finds it by walking exercise_types/*/view.js (no list to edit).
//
// Named exports: the type's rules for the browser: asked, recorded and isEmpty are twins of the
// Python in __init__.py (the parity tests in tests/page compare them over
// tests/fixtures/every-type.yml); blocks (the answer in the portfolio) is only here. Texts come from
// T (coursekit/texts, by name); the type's label is its `label` in __init__.py.
// Default export: the view, in anywidget's contract: render({ model, el }), made by widget() from a
// View (../base.js), which draws build() into `el`, fills it from the trait "answer", sets "value"
// and calls model.save_changes() after a pause in typing (typed) or at once (chose). The host (the
// page's store, or the kernel in JupyterLab) keeps the answer and sets "status"; a view never
// touches storage itself. The traits are described in page/model.js. Loading the module does
// nothing (the default export is marked /* @__PURE__ */): a bundle that needs only the rules (the
// class page, through the generated "coursekit-type-rules") leaves the view out.
import { T, strip } from "../../page/base.js";
import { el, field } from "../../page/dom.js";
import { View, quote, widget } from "../base.js";

// The texts an answer responds to (Definition.asked).
export const asked = (d) => ({ question: d.question });
// The question as an answer's value recorded it (ExerciseType.recorded).
export const recorded = (value) => ({ question: value.question });
// Checks of a schema-valid value that a schema cannot express (ExerciseType.check_value): export
// `check(value)`, throwing invalid(text, values) from page/formatting.js. None here.
// Nothing filled in: nothing worth saving (ExerciseType.is_empty).
export const isEmpty = (value) => !strip(value.text);
// The answer in the portfolio (ExerciseType.blocks).
export const blocks = (value) => [quote(value.question, strip(value.text) ? value.text : T.PORTFOLIO_EMPTY_TEXT)];

class ExampleView extends View {
  build() {
    this.area = el("textarea", { id: this.id("antwoord"), rows: 6, class: "ck-text", oninput: () => this.typed(), onblur: () => this.flush() });
    return [field(this.definition.question, this.area), this.saveNowButton()];
  }

  render(value) {
    this.area.value = value ? value.text : "";
  }

  value() {
    return { question: this.definition.question, text: this.area.value };
  }
}

export default /* @__PURE__ */ widget(ExampleView);
