// The class overview, drawn into a root element: what the teacher hands in is read (in a worker
// where one starts), then the overview follows with "Namen tonen", a choice of part and a CSV for
// the gradebook. The book's page (classboot.js) gives it the drop zone and two file buttons; the
// notebook's widget (classnotebook.js) its folder field. One way: read (archive.js, classread.js)
// -> count (classstats.js) -> draw (classcharts.js) -> show (classreport.js).
import { C, format } from "../page/base.js";
import { button, el, uid } from "../page/dom.js";
import { stamp } from "../page/formatting.js";
import { droppedFiles } from "./archive.js";
import { K, Stopped } from "./classbase.js";
import { pause } from "./classread.js";
import { count, moreRows, paragraphsOf, ROWS_AT_ONCE, sectionMakers } from "./classreport.js";
import { gradebookCsv } from "./gradebook.js";
import { readHanded } from "./classworker.js";

// Until the browser has drawn what changed (a frame), or 100 ms in a tab that draws nothing.
export function frame() {
  return new Promise((resolve) => {
    let over = false;
    const done = () => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      pause().then(resolve);
    };
    const timer = setTimeout(done, 100);
    requestAnimationFrame(done);
  });
}

// Files carried by a page or a widget ({path, text} or {path, bytes}, or {path, problem}: not read,
// with the Dutch reason) as if they had been dropped.
export function embeddedHanded(files) {
  return files.map(({ path, text, bytes, problem }) => (problem ? { path, problem } : { path, file: new Blob([bytes || text]) }));
}

// The files a page carries ({folder, gzip}: their list as gzip-compressed JSON in base64),
// unpacked with the browser's DecompressionStream, as if they had been dropped.
export async function carriedFiles(carried) {
  const bytes = Uint8Array.from(atob(carried.gzip), (character) => character.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return embeddedHanded(JSON.parse(await new Response(stream).text()));
}

export class ClassPage {
  // `source`: what stands above the overview instead of the drop zone and the file buttons (the
  // notebook's folder field, classnotebook.js); then nothing dropped on the page is read here, and
  // printing and clearing are left to the notebook. `names: null`: no "Namen tonen" (the static
  // form of the notebook, whose files carry no names).
  constructor(root, { source = null, names = true } = {}) {
    this.root = root;
    this.namesShown = names;
    this.data = null;
    this.platforms = [];
    this.controller = null;
    this.ends = new AbortController(); // dispose(): the window's listeners go
    const filesId = uid("bestanden");
    const folderId = uid("map");
    this.files = el("input", { type: "file", id: filesId, multiple: true, accept: ".zip,.html,.htm,.md,.json", onchange: () => this.picked(this.files) });
    this.folder = el("input", { type: "file", id: folderId, multiple: true, webkitdirectory: true, onchange: () => this.picked(this.folder) });
    this.zone = source || el("div", { class: "ck-drop" },
      el("p", { class: "ck-drop-text" }, K.PAGE_DROP),
      el("div", { class: "ck-pick" },
        el("div", { class: "ck-field" }, el("label", { for: filesId }, K.PAGE_PICK_FILES), this.files),
        el("div", { class: "ck-field" }, el("label", { for: folderId }, K.PAGE_PICK_FOLDER), this.folder)));
    this.status = el("p", { class: "ck-status", role: "status" });
    this.stopButton = button(K.PAGE_STOP, () => this.stop(), { hidden: true });
    this.names = el("input", { type: "checkbox", id: uid("namen"), onchange: () => this.show() });
    this.view = el("select", { id: uid("toon"), onchange: () => this.choose() });
    this.links = el("p", { class: "ck-downloads", "aria-live": "polite" });
    this.toolbar = el("div", { class: "ck-toolbar", hidden: true },
      names && el("div", { class: "ck-field ck-inline" }, this.names, el("label", { for: this.names.id }, K.LABEL_SHOW_NAMES)),
      el("div", { class: "ck-field ck-inline" }, el("label", { for: this.view.id }, K.LABEL_VIEW), this.view),
      el("p", { class: "ck-buttons" }, button(K.PAGE_CSV, () => this.csv()),
        !source && [" ", button(K.PAGE_PRINT, () => window.print()), " ", button(K.PAGE_CLEAR_CLASS, () => this.clear())]),
      this.links);
    this.report = el("div", { class: "ck-report" });
    root.replaceChildren(this.zone, el("div", { class: "ck-progress" }, this.status, this.stopButton), this.toolbar, this.report);
    root.classList.add("ck-live");
    this.width = 0;
    const listen = (type, handler) => window.addEventListener(type, handler, { signal: this.ends.signal });
    if (!source) {
      // A file dropped anywhere on the page is read here (and never opened in place of the page).
      const carriesFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes("Files");
      listen("dragover", (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        this.zone.classList.add("ck-drop-active");
      });
      listen("dragleave", (event) => {
        if (!event.relatedTarget) this.zone.classList.remove("ck-drop-active");
      });
      listen("drop", (event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        this.zone.classList.remove("ck-drop-active");
        this.dropped(event.dataTransfer);
      });
    }
    listen("resize", () => {
      if (!this.data) return;
      if (Math.abs(this.room() - this.width) > 80) this.show();
      else this.scrollable();
    });
  }

  // The notebook removes its view: no listener stays behind, no reading goes on.
  dispose() {
    this.controller?.abort();
    this.ends.abort();
  }

  room() {
    return this.report.clientWidth || this.root.clientWidth || 560;
  }

  picked(input) {
    const handed = [...input.files].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
    input.value = ""; // ready for the same files again
    this.read(handed);
  }

  async dropped(dataTransfer) {
    this.say(K.PAGE_COLLECTING);
    this.read(await droppedFiles(dataTransfer, C.max_entries));
  }

  say(text) {
    this.status.textContent = text;
  }

  // Read what was handed in ({file, path} each) and show the overview, then move the focus to its
  // first heading; `quiet`: not (a class shown when the page opens).
  async read(handed, quiet) {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    if (!handed.length) {
      this.say(K.PAGE_NOTHING);
      return;
    }
    performance.mark("coursekit-class-start");
    this.say(K.PAGE_COLLECTING);
    this.stopButton.hidden = false;
    try {
      const data = await readHanded(handed, {
        signal: controller.signal,
        progress: (done, total) => this.say(format(K.PAGE_READING, { done, total })),
      });
      performance.mark("coursekit-class-read");
      this.data = data;
      this.platforms = data.platforms;
      await this.show();
      this.say(format(K.PAGE_DONE, { learners: count(data.learners.length), skipped: data.skipped.length }));
      performance.mark("coursekit-class-ready");
      const first = this.report.querySelector("h3");
      if (first && !quiet) {
        first.setAttribute("tabindex", "-1");
        first.focus();
      }
    } catch (error) {
      if (!(error instanceof Stopped)) {
        console.error("coursekit: the class could not be read", error);
        this.say(K.PAGE_FAILED);
      } else if (this.controller === controller) {
        this.say(K.PAGE_STOPPED);
      }
    } finally {
      if (this.controller === controller) {
        this.stopButton.hidden = true;
        this.controller = null;
      }
    }
  }

  stop() {
    if (this.controller) this.controller.abort();
    this.files.focus();
  }

  // (Re)draw the overview: names shown or not, charts at the width they get. A large class (more
  // learners than a table shows at once) is drawn part by part, with a pause whenever a slice took
  // 40 ms and the long tables a slice of rows per frame, so that 2,000 learners never freeze the
  // page; a newer drawing (another click on "Namen tonen") ends an older one. A small class is
  // drawn at once.
  async show() {
    const data = this.data;
    if (!data) return;
    const drawing = (this.drawing = {});
    const large = data.learners.length > ROWS_AT_ONCE;
    const current = () => this.drawing === drawing && this.data === data;
    const showNames = this.namesShown && this.names.checked;
    this.width = this.room();
    const sections = [];
    let last = performance.now();
    for (const make of sectionMakers(data, showNames, this.platforms, this.width)) {
      if (large && performance.now() - last > 10) {
        await pause();
        if (!current()) return;
        last = performance.now();
      }
      const one = make();
      if (one) sections.push(one);
      if (large && performance.now() - last > 40) {
        await pause();
        if (!current()) return;
        last = performance.now();
      }
    }
    const small = data.learners.length && data.learners.length < C.small_group ? format(K.SMALL_GROUP_NOTE, { minimum: C.small_group }) : "";
    this.report.replaceChildren(
      ...paragraphsOf(small).map((node) => (node.setAttribute("class", "ck-note"), node)),
      data.problem ? el("p", { role: "alert" }, el("strong", {}, data.problem)) : "",
      ...sections.map((one) => one.node));
    const chosen = this.view.value;
    this.view.replaceChildren(el("option", { value: "" }, K.VIEW_ALL), ...sections.map((one) => el("option", { value: one.key }, one.title)));
    this.view.value = sections.some((one) => one.key === chosen) ? chosen : "";
    this.toolbar.hidden = !sections.length;
    this.links.replaceChildren();
    this.choose();
    if (document.fonts) document.fonts.ready.then(() => this.scrollable()); // a late font may widen a table
    // The rest of each long table (classreport.js, moreRows), a slice per frame.
    const wraps = sections.flatMap((one) => [...one.node.querySelectorAll(".ck-table-wrap")]).filter((wrap) => wrap.later);
    if (!wraps.length) {
      this.report.removeAttribute("aria-busy");
      return;
    }
    this.report.setAttribute("aria-busy", "true");
    for (const wrap of wraps) {
      do {
        await frame();
        if (!current()) return;
      } while (moreRows(wrap, ROWS_AT_ONCE));
    }
    this.report.removeAttribute("aria-busy");
    this.scrollable();
  }

  // A table wider than the page scrolls in its own box: then the keyboard can reach and scroll it.
  scrollable() {
    // All widths are read first, then the attributes set: a read after a write would lay out the
    // whole overview again, once per table.
    const boxes = [...this.report.querySelectorAll(".ck-table-wrap")];
    const wide = boxes.map((box) => box.scrollWidth > box.clientWidth + 1);
    boxes.forEach((box, index) => {
      if (wide[index]) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", box.querySelector("caption").textContent);
      } else {
        for (const name of ["tabindex", "role", "aria-label"]) box.removeAttribute(name);
      }
    });
  }

  // "Toon": one part, or all.
  choose() {
    const key = this.view.value;
    for (const node of this.report.querySelectorAll(".ck-class-section")) node.hidden = Boolean(key) && node.dataset.key !== key;
    this.scrollable();
  }

  csv() {
    if (!this.data) return;
    const showNames = this.names.checked;
    const url = URL.createObjectURL(new Blob([gradebookCsv(this.data, showNames)], { type: "text/csv;charset=utf-8" }));
    const name = `klasoverzicht-voltooiing-${stamp(Date.now() * 1000).slice(0, 8)}.csv`;
    const link = el("a", { href: url, download: name }, format(K.PAGE_CSV_READY, { file: name }));
    this.links.replaceChildren(link, " ", showNames ? K.PAGE_CSV_NAMES : K.PAGE_CSV_NO_NAMES);
    link.click();
  }

  clear() {
    if (this.controller) this.controller.abort();
    this.data = null;
    this.report.replaceChildren();
    this.toolbar.hidden = true;
    this.links.replaceChildren();
    this.say(K.PAGE_CLEARED_CLASS);
    this.files.focus();
  }
}
