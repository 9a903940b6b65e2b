// The teacher's notebook's class overview (anywidget's `_esm`): the class page's overview
// (classpage.js) under a folder field. The kernel (coursekit.classview.widget) lists the folder and
// reads its files safely; it hands them over in the trait "files" ({path, bytes} or {path, problem}
// each, the bytes as a binary buffer), the book's exercises in "catalog", and a problem with the
// folder itself in "problem". "Lees de map" asks the kernel to read the folder again
// ({"method": "read", "folder": ...}); every reading raises "reading". Everything else (checking
// each file, who is who, counting, charts, the report) is the page's, as if the files were dropped.
// Bundled by `python -m coursekit.notebook` into classoverview.js (committed: Binder has no Node).
import { button, el, uid } from "../page/dom.js";
import { K } from "./classbase.js";
import { ClassPage, embeddedHanded } from "./classpage.js";
import { useCatalog } from "./classstats.js";

// The bytes of a buffer as the widget's front end hands them (a DataView), or as a test does.
export function bytesOf(data) {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(0);
}

export function handedOf(files) {
  return embeddedHanded((files || []).map((one) => (one.problem ? one : { path: one.path, bytes: bytesOf(one.bytes) })));
}

export default {
  render({ model, el: root }) {
    // Keys typed in the overview stay there (as in the exercise widget, notebook/entry.js): the
    // host element and every control that takes focus carry JupyterLab's attribute.
    root.setAttribute("data-lm-suppress-shortcuts", "true");
    const suppress = (event) => {
      if (event.target instanceof Element) event.target.setAttribute("data-lm-suppress-shortcuts", "true");
    };
    root.addEventListener("focusin", suppress);
    root.classList.add("ck-classpage");
    root.setAttribute("lang", "nl");
    useCatalog(model.get("catalog"));
    const folder = el("input", { type: "text", id: uid("map"), placeholder: K.FOLDER_PLACEHOLDER, size: 40 });
    folder.value = model.get("folder");
    const ask = () => model.send({ method: "read", folder: folder.value });
    folder.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        ask();
      }
    });
    const problem = el("p", { class: "ck-folder-problem", role: "alert" });
    const source = el("div", { class: "ck-folder" },
      el("p", { class: "ck-intro" }, el("strong", {}, K.TITLE)),
      el("p", {}, K.INTRO),
      el("p", {}, K.PRIVACY_NOTE),
      el("div", { class: "ck-field ck-inline" }, el("label", { for: folder.id }, K.LABEL_FOLDER), folder, " ", button(K.BUTTON_READ, ask)),
      problem);
    const page = new ClassPage(root, { source });
    page.names.checked = Boolean(model.get("show_names"));
    let first = true;
    const show = () => {
      folder.value = model.get("folder");
      const text = model.get("problem");
      problem.replaceChildren(text ? el("strong", {}, text) : "");
      const files = model.get("files") || [];
      if (text && !files.length) {
        page.data = null;
        page.report.replaceChildren();
        page.toolbar.hidden = true;
        page.say("");
        return;
      }
      page.read(handedOf(files), first);
      first = false;
    };
    model.on("change:reading", show);
    show();
    return () => {
      model.off("change:reading", show);
      root.removeEventListener("focusin", suppress);
      page.dispose();
    };
  },
};
