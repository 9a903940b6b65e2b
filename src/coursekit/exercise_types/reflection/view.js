// The reflection in the browser: its rules (for the checks and the portfolio) and its view.
import { T, strip } from "../../page/base.js";
import { el, field } from "../../page/dom.js";
import { View, nth, quote, widget } from "../base.js";

export const asked = (d) => ({ prompts: d.prompts });
export const recorded = (value) => ({ prompts: value.responses.map((r) => r.prompt) });
export const isEmpty = (value) => !value.responses.some((response) => strip(response.text));
export const blocks = (value) => value.responses.map((r) => quote(r.prompt, strip(r.text) ? r.text : T.PORTFOLIO_EMPTY_TEXT));

class ReflectionView extends View {
  build() {
    const prompts = this.definition.prompts;
    this.areas = [];
    this.mirrors = [];
    const fields = prompts.map((prompt, index) => {
      const id = this.id(`antwoord-${index + 1}`);
      const area = el("textarea", { id, rows: 6, class: "ck-text", oninput: () => this.typing(index), onblur: () => this.flush() });
      const mirror = el("div", { class: "ck-print" });
      this.areas.push(area);
      this.mirrors.push(mirror);
      return field(prompts.length === 1 ? prompt : nth(prompt, index), area, mirror);
    });
    return [fields, this.saveNowButton()];
  }

  typing(index) {
    this.mirrors[index].textContent = this.areas[index].value;
    this.typed();
  }

  render(value) {
    const texts = value ? value.responses.map((response) => response.text) : [];
    this.areas.forEach((area, index) => {
      area.value = texts[index] || "";
      this.mirrors[index].textContent = area.value;
    });
  }

  value() {
    return { responses: this.definition.prompts.map((prompt, index) => ({ prompt, text: this.areas[index].value })) };
  }
}

export default /* @__PURE__ */ widget(ReflectionView);
