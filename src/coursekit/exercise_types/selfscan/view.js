// The self-scan in the browser: its rules, its summary and chart, and its view.
import { C, T, format, strip } from "../../page/base.js";
import { barChart } from "../../page/charts.js";
import { el } from "../../page/dom.js";
import { decimal, invalid, signedDecimal } from "../../page/formatting.js";
import { View, line, mean, nth, scaleLegend, scoreText, table, widget } from "../base.js";

export const asked = (d) => ({ statements: d.statements, scale: d.scale });
export const recorded = (value) => ({ statements: value.ratings.map((r) => r.statement), scale: value.scale });

export function check(value) {
  const top = value.scale.length;
  value.ratings.forEach((rating, index) => {
    if (rating.score !== null && rating.score > top) {
      throw invalid(T.VALUE_OUT_OF_RANGE, { where: `ratings[${index}].score`, value: rating.score, low: 1, high: top });
    }
  });
}

export const isEmpty = (value) => value.ratings.every((rating) => rating.score === null && !strip(rating.note));

export function blocks(value) {
  const scale = value.scale;
  const notes = value.ratings.some((rating) => strip(rating.note));
  const header = [T.TABLE_STATEMENT, T.TABLE_SCORE, ...(notes ? [T.TABLE_NOTE] : [])];
  const rows = value.ratings.map((rating, index) => [
    nth(rating.statement, index), scoreText(rating.score, scale), ...(notes ? [rating.note] : []),
  ]);
  const found = [line(T.PORTFOLIO_SCALE, scaleLegend(scale)), table(T.TABLE_SCORES_CAPTION, header, rows)];
  const scores = value.ratings.map((rating) => rating.score).filter((score) => score !== null);
  if (scores.length) found.push(line(T.PORTFOLIO_MEAN, decimal(mean(scores))));
  return found;
}

function numbered(statements, indices) {
  return indices.map((index) => nth(statements[index], index)).join("; ");
}

// The summary in words, with the table of every value (tests/page/expected/summaries.json holds what it must say).
export function summary(statements, scores, scale, earlier) {
  if (scores.every((score) => score === null)) return null;
  const scored = [];
  scores.forEach((score, index) => score !== null && scored.push([index, score]));
  const values = scored.map(([, score]) => score);
  const high = Math.max(...values);
  const low = Math.min(...values);
  const at = (wanted) => scored.filter(([, score]) => score === wanted).map(([index]) => index);
  const lines = [
    format(T.SUMMARY_SCORED, { scored: scored.length, total: statements.length }),
    format(T.SUMMARY_MEAN, { mean: decimal(mean(values)), top: scale.length }),
    format(T.SUMMARY_HIGHEST, { score: high, label: scale[high - 1], statements: numbered(statements, at(high)) }),
  ];
  if (low !== high) lines.push(format(T.SUMMARY_LOWEST, { score: low, label: scale[low - 1], statements: numbered(statements, at(low)) }));
  const names = statements.map(nth);
  if (!earlier) {
    const rows = names.map((name, index) => [name, scoreText(scores[index], scale)]);
    return { lines, table: table(T.TABLE_SCORES_CAPTION, [T.TABLE_STATEMENT, T.TABLE_SCORE], rows) };
  }
  const before = earlier.filter((score) => score !== null);
  const now = scores.filter((score) => score !== null);
  if (before.length) {
    lines.push(format(T.SUMMARY_MEAN_COMPARE, {
      before: decimal(mean(before)), after: decimal(mean(now)), delta: signedDecimal(mean(now) - mean(before)),
    }));
  }
  const pairs = [];
  earlier.forEach((b, index) => index < scores.length && b !== null && scores[index] !== null && pairs.push([index, b, scores[index]]));
  const change = (up) => pairs.filter(([, b, a]) => (up ? a > b : a < b)).map(([i, b, a]) => `${nth(statements[i], i)} (${b} → ${a})`).join("; ");
  const rose = change(true);
  const fell = change(false);
  if (rose) lines.push(format(T.SUMMARY_ROSE, { statements: rose }));
  if (fell) lines.push(format(T.SUMMARY_FELL, { statements: fell }));
  if (pairs.length && !rose && !fell) lines.push(T.SUMMARY_NO_CHANGE);
  const rows = names.map((name, index) => [name, scoreText(earlier[index], scale), scoreText(scores[index], scale)]);
  return { lines, table: table(T.TABLE_COMPARE_CAPTION, [T.TABLE_STATEMENT, T.TABLE_EARLIER, T.TABLE_NOW], rows) };
}

export function chart(statements, scores, scale, earlier, room) {
  const series = [{ name: T.CHART_NOW, values: scores, colour: C.colours.now }];
  if (earlier) series.unshift({ name: T.CHART_EARLIER, values: earlier, colour: C.colours.earlier, hatched: true });
  const axis = `${T.CHART_SCORE_AXIS} (1 = ${scale[0]}, ${scale.length} = ${scale[scale.length - 1]})`;
  return barChart(statements.map(nth), series, scale.length, axis, earlier ? T.CHART_ALT_COMPARE : T.CHART_ALT_SELFSCAN, room);
}

class SelfscanView extends View {
  build() {
    const { statements, scale, notes } = this.definition;
    this.groups = [];
    this.notes = [];
    const options = scale.map((label, index) => [index + 1, format(T.SCALE_OPTION, { number: index + 1, label })]);
    const rows = statements.map((statement, index) => {
      const radios = this.radios(`stelling-${index + 1}`, options, () => this.chose());
      this.groups.push(radios);
      let note = null;
      if (notes) {
        const id = this.id(`toelichting-${index + 1}`);
        const input = this.textInput(id, T.NOTE_PLACEHOLDER);
        this.notes.push(input);
        note = el("div", { class: "ck-note" }, el("label", { for: id }, T.NOTE_LABEL), input);
      }
      return el("fieldset", { class: "ck-scale" }, el("legend", {}, nth(statement, index)), el("div", { class: "ck-options" }, radios.map((input) => input.parentNode)), note);
    });
    const legend = el("p", {}, format(T.SCALE_LEGEND, { scale: scaleLegend(scale) }));
    return [legend, rows, this.chartArea(T.CHART_EMPTY_SELFSCAN)];
  }

  render(value) {
    const old = new Map(value ? value.ratings.map((rating) => [rating.statement, rating]) : []);
    this.definition.statements.forEach((statement, index) => {
      const rating = old.get(statement) || {};
      for (const input of this.groups[index]) input.checked = Number(input.value) === rating.score;
      if (this.notes.length) this.notes[index].value = rating.note || "";
    });
    this.redraw();
  }

  scores() {
    return this.groups.map((group) => {
      const input = group.find((one) => one.checked);
      return input ? Number(input.value) : null;
    });
  }

  // The scores of the scan this one is compared with (the host's trait "compared"), by statement.
  earlier() {
    const other = this.definition.compare_with && this.model.get("compared");
    if (!other || other.type !== "selfscan") return null;
    const by = new Map(other.value.ratings.map((rating) => [rating.statement, rating.score]));
    return this.definition.statements.map((statement) => (by.has(statement) ? by.get(statement) : null));
  }

  redraw() {
    const { statements, scale, compare_with: compareWith, compare_title: compareTitle } = this.definition;
    const earlier = this.earlier();
    const scores = this.scores();
    const note = compareWith && !earlier ? format(T.SUMMARY_NO_EARLIER, { title: compareTitle }) : "";
    this.drawChart(summary(statements, scores, scale, earlier), (room) => chart(statements, scores, scale, earlier, room), note);
  }

  value() {
    return {
      scale: [...this.definition.scale],
      ratings: this.definition.statements.map((statement, index) => ({
        statement, score: this.scores()[index], note: this.notes.length ? this.notes[index].value : "",
      })),
    };
  }
}

export default /* @__PURE__ */ widget(SelfscanView);
