// Charts as SVG (the colours and the label length from coursekit.render.charts): horizontal bars (values 1..top), a label
// above each bar, "earlier" hatched and in another colour, so nothing depends on colour alone.
// The summary in words with its table (the text alternative) is shown beside every chart.
import { C, cut, length, strip, words } from "./base.js";
import { uid } from "./dom.js";

export const SVG = "http://www.w3.org/2000/svg";

export function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// labels: one per row; series: [{name, values, colour, hatched}]; top: the highest value.
// Drawn at the width it gets on the page (so its text is as large as the page's), 260-640 px.
export function barChart(labels, series, top, axis, alt, room) {
  const width = Math.round(Math.max(260, Math.min(640, room || 560)));
  const left = 8;
  const span = width - left - 40;
  const bar = 16;
  const row = 24 + bar * series.length;
  const legend = series.length > 1 ? 28 : 0;
  const x = (value) => left + (span * value) / (top + 0.5);
  const fit = Math.min(C.label_length, Math.floor((width - left - 8) / 7.8)); // characters a line holds
  const lines = wrap(axis, Math.floor((width - left - 8) / 7.8)); // the axis title, on as many lines as it needs
  const height = legend + labels.length * row + 30 + 18 * lines.length;
  const id = uid("grafiek");
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": id + "-titel", class: "ck-svg" });
  chart.append(svg("title", { id: id + "-titel" }, alt));
  const defs = svg("defs", {});
  const pattern = svg("pattern", { id: id + "-arcering", width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  pattern.append(svg("rect", { width: 8, height: 8, fill: C.colours.earlier }), svg("line", { x1: 0, y1: 0, x2: 0, y2: 8, stroke: "#000", "stroke-width": 2 }));
  defs.append(pattern);
  chart.append(defs);
  const fill = (one) => (one.hatched ? `url(#${id}-arcering)` : one.colour);
  series.forEach((one, index) => {
    if (!legend) return;
    const start = left + index * 140;
    chart.append(svg("rect", { x: start, y: 6, width: 18, height: 14, fill: fill(one), stroke: "#000" }), svg("text", { x: start + 24, y: 18 }, one.name));
  });
  labels.forEach((label, index) => {
    const y = legend + index * row;
    chart.append(svg("text", { x: left, y: y + 16, class: "ck-svg-label" }, axisLabel(label, fit)));
    series.forEach((one, offset) => {
      const value = one.values[index];
      if (value === null) return;
      const top = y + 22 + offset * bar;
      chart.append(svg("rect", { x: left, y: top, width: x(value) - left, height: bar - 3, fill: fill(one), stroke: "currentColor" }));
      chart.append(svg("text", { x: x(value) + 4, y: top + bar - 5 }, String(value)));
    });
  });
  const base = legend + labels.length * row + 8;
  chart.append(svg("line", { x1: left, y1: base, x2: x(top + 0.5), y2: base, stroke: "currentColor" }));
  for (let tick = 1; tick <= top; tick += 1) {
    chart.append(svg("line", { x1: x(tick), y1: base, x2: x(tick), y2: base + 5, stroke: "currentColor" }));
    chart.append(svg("text", { x: x(tick), y: base + 19, "text-anchor": "middle" }, String(tick)));
  }
  lines.forEach((text, index) => chart.append(svg("text", { x: left, y: base + 38 + 18 * index }, text)));
  return chart;
}

export function wrap(text, count) {
  const lines = [""];
  for (const word of words(text)) {
    const last = lines[lines.length - 1];
    if (last && length(last) + 1 + length(word) > count) lines.push(word);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines;
}

// A label short enough for a chart (C.label_length characters at most), on one line.
export function axisLabel(text, count) {
  text = words(text).join(" ");
  return length(text) > count ? strip(cut(text, count - 1)) + "…" : text;
}
