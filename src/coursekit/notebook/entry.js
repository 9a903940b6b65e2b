// The notebook's one module (anywidget's `_esm`): the frame (exercise_types/frame.js) and every
// exercise type's view (exercise_types/<type>/view.js, found by walking the folders: the generated
// module "coursekit-types"), dispatching on the definition's type. The kernel (coursekit.notebook.
// widget) keeps the answers in the store file and sets "answer" and "status"; this shows them.
// The portfolio panel (coursekit.notebook.portfolio, trait "panel") is in the same module: its view
// is notebook/portfolio.js, on the page's portfolio rules.
// Bundled by `python -m coursekit.notebook` into exercise.js (committed: Binder has no Node).
import types from "coursekit-types";
import { Frame } from "../exercise_types/frame.js";
import { renderPortfolio } from "./portfolio.js";

// The view's model: anywidget's model, with the "msg:custom" listeners also kept here, so leaving
// the page can ask the view for what is still being typed, as the page's host does.
function viewModel(model, flushes) {
  return {
    get: (name) => model.get(name),
    set: (name, value) => model.set(name, value),
    save_changes: () => model.save_changes(),
    send: (content) => model.send(content),
    on(event, callback) {
      if (event === "msg:custom") flushes.push(callback);
      else model.on(event, callback);
    },
    off: (event, callback) => model.off(event, callback),
  };
}

export default {
  render({ model, el }) {
    // Keys typed inside the exercise stay there: JupyterLab's documented way ("Keyboard interaction
    // model" in its extension guide, docs/source/extension/notebook.rst: an element "with custom key
    // event handlers" may set the `lm-suppress-shortcuts` data attribute "to prevent side-effects
    // from the command-mode actions") is this attribute on the host element, so the arrow keys in
    // a radio group or a select do not move notebook cells, and "a", "b" or "d" add or cut none.
    // Lumino stops its walk up from the event's target AT such an element but still tests the
    // target itself (the command-mode "ArrowDown" binding's selector ends in ":focus", which a
    // focused radio matches), so every control that takes focus carries the attribute too.
    el.setAttribute("data-lm-suppress-shortcuts", "true");
    const suppress = (event) => {
      if (event.target instanceof Element) event.target.setAttribute("data-lm-suppress-shortcuts", "true");
    };
    el.addEventListener("focusin", suppress);
    if (model.get("panel") === "portfolio") {
      const stop = renderPortfolio(model, el);
      return () => {
        stop();
        el.removeEventListener("focusin", suppress);
      };
    }
    const definition = model.get("definition");
    const type = types[definition.type];
    const frame = new Frame(el, definition, type);
    const flushes = [];
    frame.noteChanged(model.get("answer"));
    frame.say(model.get("status"));
    const onStatus = () => {
      const status = model.get("status");
      if (status && status.kind === "saved") frame.kept();
      frame.say(status);
    };
    model.on("change:status", onStatus);
    type.default.render({ model: viewModel(model, flushes), el: frame.body });
    // Leaving the notebook (closing the tab, switching away): save what is still being typed.
    const leave = () => {
      for (const flush of flushes) flush({ method: "flush" });
      model.send({ method: "flush" });
    };
    const hidden = () => document.visibilityState === "hidden" && leave();
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      model.off("change:status", onStatus);
      el.removeEventListener("focusin", suppress);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", hidden);
    };
  },
};
