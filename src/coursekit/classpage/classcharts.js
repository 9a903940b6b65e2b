// The class overview's charts as SVG: the
// distribution of a self-scan (stacked bars, a colour AND a pattern per score), the before/after
// shift (two bars per statement, "begin" hatched) and the role profile (a bar per role with a line
// from the lowest to the highest score). Each is an image with a title (its text alternative) and
// stands above a table with every value. Labels sit above their bars, so a chart fits 320 px.
// Text is in currentColor (light and dark mode); numbers on a bar sit on a white box.
import { C, format, length } from "../page/base.js";
import { axisLabel, svg, wrap } from "../page/charts.js";
import { uid } from "../page/dom.js";
import { decimal } from "../page/formatting.js";
import { K } from "./classbase.js";

export const PATTERNS = ["", "dots", "slash", "cross", "backslash", "plus", "dash", "rings", "bars", "stars"];

// One <pattern> per name: thin black marks on a transparent ground, laid over the colour.
export function patternOf(defs, id, name) {
  if (!name) return null;
  const pattern = svg("pattern", { id, width: 8, height: 8, patternUnits: "userSpaceOnUse" });
  const mark = { stroke: "#000", "stroke-width": 1.2, fill: "none" };
  const shapes = {
    dots: [["circle", { cx: 4, cy: 4, r: 1.4, fill: "#000" }]],
    slash: [["path", { d: "M0 8L8 0", ...mark }]],
    backslash: [["path", { d: "M0 0L8 8", ...mark }]],
    cross: [["path", { d: "M0 8L8 0M0 0L8 8", ...mark }]],
    plus: [["path", { d: "M4 1V7M1 4H7", ...mark }]],
    dash: [["path", { d: "M0 4H8", ...mark }]],
    rings: [["circle", { cx: 4, cy: 4, r: 2.2, ...mark }]],
    bars: [["path", { d: "M4 0V8", ...mark }]],
    stars: [["path", { d: "M4 1V7M1 4H7M2 2L6 6M6 2L2 6", ...mark }]],
  };
  for (const [tag, attributes] of shapes[name]) pattern.append(svg(tag, attributes));
  defs.append(pattern);
  return `url(#${id})`;
}

// A frame: the <svg> (role img, titled by `alt`) and its <defs>, for a chart `width` wide.
export function chartFrame(width, height, alt) {
  const id = uid("klasgrafiek");
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": id + "-titel", class: "ck-svg" });
  const defs = svg("defs", {});
  chart.append(svg("title", { id: id + "-titel" }, alt), defs);
  return { chart, defs, id };
}

export function chartWidth(room) {
  return Math.round(Math.max(260, Math.min(640, room || 560)));
}

// A number on a bar: on a white box, readable on any colour and in dark mode.
export function valueLabel(x, y, text) {
  const group = svg("g", { class: "ck-svg-value" });
  const wide = 7.5 * text.length + 6;
  group.append(svg("rect", { x: x - wide / 2, y: y - 12, width: wide, height: 16, rx: 3, fill: "#fff" }));
  group.append(svg("text", { x, y: y + 1, "text-anchor": "middle", fill: "#000" }, text));
  return group;
}

// A horizontal axis from 0 to `top` in steps of `step`, with its title below it; returns its height.
export function axis(chart, left, span, base, top, step, title, width) {
  const x = (value) => left + (span * value) / top;
  chart.append(svg("line", { x1: left, y1: base, x2: left + span, y2: base, stroke: "currentColor" }));
  for (let tick = 0; tick <= top; tick += step) {
    chart.append(svg("line", { x1: x(tick), y1: base, x2: x(tick), y2: base + 5, stroke: "currentColor" }));
    chart.append(svg("text", { x: x(tick), y: base + 19, "text-anchor": "middle" }, String(tick)));
  }
  const lines = wrap(title, Math.floor((width - left - 8) / 7.8));
  lines.forEach((text, index) => chart.append(svg("text", { x: left, y: base + 38 + 18 * index }, text)));
  return 38 + 18 * lines.length;
}

// A legend of [name, fill] pairs, wrapped over as many lines as the width needs.
export function legend(chart, entries, width) {
  let x = 8;
  let y = 6;
  for (const [name, fills] of entries) {
    const wide = 26 + 7.5 * length(name) + 14;
    if (x > 8 && x + wide > width) {
      x = 8;
      y += 22;
    }
    for (const fill of fills) chart.append(svg("rect", { x, y, width: 18, height: 14, fill, stroke: "currentColor" }));
    chart.append(svg("text", { x: x + 24, y: y + 12 }, name));
    x += wide;
  }
  return y + 26;
}

// Per statement the number of learners per score, stacked.
export function distributionChart(stats, room) {
  const definition = stats.definition;
  const scale = definition.scale;
  const colours = C.score_colours[String(scale.length)] || scale.map(() => C.colours.now);
  const width = chartWidth(room);
  const fit = Math.min(C.chart_label_length, Math.floor((width - 16) / 7.8));
  const rowHeight = 46;
  const most = Math.max(1, ...definition.statements.map((_, index) => stats.n(index)));
  const step = most > 12 ? Math.ceil(most / 6) : 1;
  const end = Math.ceil(most / step) * step;
  const { chart, defs, id } = chartFrame(width, 10, format(K.SCAN_ALT, { low: scale[0], top: scale.length, high: scale[scale.length - 1] }));
  const fills = scale.map((_, score) => [colours[score], patternOf(defs, `${id}-${score}`, PATTERNS[score % PATTERNS.length])].filter(Boolean));
  const top = legend(chart, scale.map((label, score) => [axisLabel(`${score + 1} – ${label}`, fit), fills[score]]), width);
  const left = 8;
  const span = width - left - 16;
  const x = (count) => (span * count) / end;
  definition.statements.forEach((statement, index) => {
    const y = top + index * rowHeight;
    chart.append(svg("text", { x: left, y: y + 14, class: "ck-svg-label" }, axisLabel(`${index + 1}. ${statement}`, fit)));
    let start = left;
    stats.counts[index].forEach((count, score) => {
      if (!count) return;
      for (const fill of fills[score]) chart.append(svg("rect", { x: start, y: y + 20, width: x(count), height: 20, fill, stroke: "currentColor" }));
      if (x(count) >= 18) chart.append(valueLabel(start + x(count) / 2, y + 34, String(count)));
      start += x(count);
    });
  });
  const base = top + definition.statements.length * rowHeight + 4;
  const below = axis(chart, left, span, base, end, step, K.CHART_COUNT_AXIS, width);
  chart.setAttribute("viewBox", `0 0 ${width} ${base + below}`);
  return chart;
}

// Bars of means on the scale 1..top: one bar per series per row, optionally a line low-high.
export function meanChart(labels, series, top, alt, axisTitle, room, ranges) {
  const width = chartWidth(room);
  const fit = Math.min(C.chart_label_length, Math.floor((width - 16) / 7.8));
  const { chart, defs, id } = chartFrame(width, 10, alt);
  const hatch = patternOf(defs, `${id}-arcering`, "slash");
  const fillsOf = (one) => [one.colour, one.hatched ? hatch : null].filter(Boolean);
  const head = series.length > 1 ? legend(chart, series.map((one) => [one.name, fillsOf(one)]), width) : 6;
  const left = 8;
  const span = width - left - 56;
  const x = (value) => left + (span * value) / (top + 0.5);
  const bar = 18;
  const rowHeight = 24 + bar * series.length;
  labels.forEach((label, index) => {
    const y = head + index * rowHeight;
    chart.append(svg("text", { x: left, y: y + 14, class: "ck-svg-label" }, axisLabel(label, fit)));
    series.forEach((one, offset) => {
      const value = one.values[index];
      if (value === null) return;
      const barTop = y + 20 + offset * bar;
      for (const fill of fillsOf(one)) chart.append(svg("rect", { x: left, y: barTop, width: x(value) - left, height: bar - 3, fill, stroke: "currentColor" }));
      let end = x(value);
      const range = ranges && ranges[index];
      if (range) {
        const middle = barTop + (bar - 3) / 2;
        chart.append(svg("path", { d: `M${x(range[0])} ${middle}H${x(range[1])}M${x(range[0])} ${middle - 5}V${middle + 5}M${x(range[1])} ${middle - 5}V${middle + 5}`, stroke: "currentColor", "stroke-width": 2, fill: "none" }));
        end = Math.max(end, x(range[1]));
      }
      chart.append(svg("text", { x: end + 5, y: barTop + bar - 6 }, decimal(value)));
    });
  });
  const base = head + labels.length * rowHeight + 4;
  chart.append(svg("line", { x1: left, y1: base, x2: x(top + 0.5), y2: base, stroke: "currentColor" }));
  for (let tick = 1; tick <= top; tick += 1) {
    chart.append(svg("line", { x1: x(tick), y1: base, x2: x(tick), y2: base + 5, stroke: "currentColor" }));
    chart.append(svg("text", { x: x(tick), y: base + 19, "text-anchor": "middle" }, String(tick)));
  }
  const lines = wrap(axisTitle, Math.floor((width - left - 8) / 7.8));
  lines.forEach((text, index) => chart.append(svg("text", { x: left, y: base + 38 + 18 * index }, text)));
  chart.setAttribute("viewBox", `0 0 ${width} ${base + 38 + 18 * lines.length}`);
  return chart;
}

// The before/after shift: two bars per statement, "begin" hatched.
export function shiftChart(stats, room) {
  const scale = stats.after.scale;
  const labels = stats.rows.map((row, index) => `${index + 1}. ${row.statement}`);
  const series = [
    { name: K.CHART_BEFORE, values: stats.rows.map((row) => row.before), colour: C.colours.earlier, hatched: true },
    { name: K.CHART_AFTER, values: stats.rows.map((row) => row.after), colour: C.colours.now },
  ];
  const title = format(K.CHART_MEAN_AXIS, { low: scale[0], top: scale.length, high: scale[scale.length - 1] });
  return meanChart(labels, series, scale.length, K.SHIFT_ALT, title, room);
}

// The role profile: a bar per role, a line from the lowest to the highest score.
export function rolesChart(stats, room) {
  const scale = stats.definition.scale;
  const rows = stats.rows.filter((row) => row.mean !== null);
  const series = [{ name: "", values: rows.map((row) => row.mean), colour: C.colours.now }];
  const title = format(K.CHART_MEAN_AXIS, { low: scale[0], top: scale.length, high: scale[scale.length - 1] });
  return meanChart(rows.map((row) => row.role), series, scale.length, K.ROLES_ALT, title, room, rows.map((row) => [row.lowest, row.highest]));
}
