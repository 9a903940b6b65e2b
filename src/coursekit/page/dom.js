// Building the page: elements with their texts (never markup strings), tables, downloads.
import { C, T } from "./base.js";
import { paragraphs } from "./formatting.js";

// The children to append: nested lists flattened, null, undefined and false left out.
export const kids = (children) => children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false);

// el("p", {class: "x"}, "text", child, ...): attributes starting with "on" become listeners.
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...kids(children));
  return node;
}

// A labelled control (the label names it by its id), and what follows it.
export function field(label, control, ...more) {
  return el("div", { class: "ck-field" }, el("label", { for: control.id }, label), control, more);
}

// Heading levels: an exercise keeps the level the book gave its static form's heading (one below its
// section; C.heading where it has none), and the headings inside it are one level below that.
// headingOf(root, 1): the level of the headings inside it. An exercise's own heading comes first.
export const headingOf = (root, down = 0) => {
  const found = root && root.querySelector("h1,h2,h3,h4,h5,h6");
  return `h${Math.min(6, +(found ? found.localName : C.heading)[1] + down)}`;
};

export let counter = 0;
export const uid = (base) => `ck-${base}-${(counter += 1)}`;

export function button(text, onclick, attributes) {
  return el("button", { type: "button", class: "ck-button", onclick, ...attributes }, text);
}

// A summary's table (macros.html, table): caption, column headers, a row header per row.
export function tableOf(found) {
  return el("table", { class: "ck-table" },
    el("caption", {}, found.caption),
    el("thead", {}, el("tr", {}, found.header.map((cell) => el("th", { scope: "col" }, cell)))),
    el("tbody", {}, found.rows.map((row) => el("tr", {}, row.map((cell, index) => el(index ? "td" : "th", index ? {} : { scope: "row" }, cell))))));
}

// The blocks of an answer (render/blocks.py) as the portfolio shows them (macros.html, block).
export function blockNodes(blocks) {
  return blocks.map((item) => {
    if (item.kind === "line") return el("p", {}, el("strong", {}, item.label + ":"), " ", item.text);
    if (item.kind === "quote") {
      return [el("p", { class: "question" }, el("strong", {}, item.question)),
        el("blockquote", {}, paragraphs(item.text).map((lines) => el("p", {}, lines.flatMap((text, index) => (index ? [el("br"), text] : [text])))))];
    }
    return tableOf(item);
  });
}

// Download links for the portfolio (object URLs: they work from file:// too).
export const MEDIA = { html: "text/html", md: "text/markdown", json: "application/json" };
export let downloadUrls = [];

export function downloadList(bundle) {
  for (const url of downloadUrls) URL.revokeObjectURL(url);
  downloadUrls = [];
  const link = (suffix, text, label) => {
    const url = URL.createObjectURL(new Blob([text], { type: `${MEDIA[suffix]};charset=utf-8` }));
    downloadUrls.push(url);
    return el("li", {}, el("a", { href: url, download: `${bundle.basename}.${suffix}` }, label));
  };
  return el("ul", { class: "ck-downloads" },
    link("html", bundle.html, T.PORTFOLIO_DOWNLOAD_HTML),
    link("md", bundle.markdown, T.PORTFOLIO_DOWNLOAD_MD),
    link("json", bundle.json, T.PORTFOLIO_DOWNLOAD_JSON));
}

// "Liever in JupyterLab?" with the launch links of the static form.
export function notebookLinks(links, action) {
  if (!links.lab) return null;
  return el("p", { class: "ck-notebook" }, T.PAGE_NOTEBOOK, " ",
    el("a", { href: links.lab }, action),
    links.voila ? [` ${T.STATIC_OR} `, el("a", { href: links.voila }, T.STATIC_OPEN_VOILA)] : null, ".");
}
