// The force field in the browser: its rules, its summary and chart, and its view.
import { C, T, format, strip } from "../../page/base.js";
import { axisLabel, barChart } from "../../page/charts.js";
import { el, field } from "../../page/dom.js";
import { View, influenceText, namedForces, table, widget } from "../base.js";

export const asked = (d) => ({ rows: d.rows });
export const recorded = (value) => ({ rows: value.forces.length });
export const isEmpty = (value) => value.forces.every((f) => !strip(f.force) && f.strength === null && f.influence === null);

export function blocks(value) {
  const rows = value.forces
    .filter((f) => strip(f.force) || f.strength !== null)
    .map((f) => [f.force, f.strength === null ? T.NOT_SCORED : String(f.strength), influenceText(f.influence, T.NOT_SCORED)]);
  return [table(T.TABLE_FORCES_CAPTION, [T.TABLE_FORCE, T.TABLE_STRENGTH, T.TABLE_INFLUENCE], rows)];
}

// The summary in words, with the table of every value (tests/page/expected/summaries.json holds what it must say).
export function summary(forces) {
  const named = namedForces(forces);
  if (!named.length) return null;
  const strongest = named[0].strength;
  const listed = (test) => named.filter(test).map((f) => strip(f.force)).join("; ");
  const lines = [
    format(T.SUMMARY_FORCES[String(named.length)] || T.SUMMARY_FORCES.many, { count: named.length }),
    format(T.SUMMARY_STRONGEST, { strength: strongest, forces: listed((f) => f.strength === strongest) }),
  ];
  for (const level of C.influence_levels) {
    const forcesAt = listed((f) => f.influence === level);
    if (forcesAt) lines.push(format(T.SUMMARY_INFLUENCE, { level: T.INFLUENCE_LABELS[level], forces: forcesAt }));
  }
  const rows = named.map((f) => [strip(f.force), String(f.strength), influenceText(f.influence, T.CHART_NO_INFLUENCE)]);
  return { lines, table: table(T.TABLE_FORCES_CAPTION, [T.TABLE_FORCE, T.TABLE_STRENGTH, T.TABLE_INFLUENCE], rows) };
}

export function chart(forces, room) {
  const named = namedForces(forces);
  const labels = named.map((f) => format(T.CHART_FORCE_LABEL, { force: axisLabel(f.force, C.label_length), influence: influenceText(f.influence, T.CHART_NO_INFLUENCE) }));
  const axis = `${T.CHART_STRENGTH_AXIS} (1 = ${T.STRENGTH_LABELS[0]}, 5 = ${T.STRENGTH_LABELS[4]})`;
  return barChart(labels, [{ name: "", values: named.map((f) => f.strength), colour: C.colours.now }], 5, axis, T.CHART_ALT_FORCEFIELD, room);
}

class ForcefieldView extends View {
  build() {
    this.rows = [];
    const strengths = T.STRENGTH_LABELS.map((label, index) => [index + 1, format(T.STRENGTH_OPTION, { number: index + 1, label })]);
    const influences = C.influence_levels.map((level) => [level, T.INFLUENCE_LABELS[level]]);
    const fields = [];
    for (let number = 1; number <= this.definition.rows; number += 1) {
      const id = this.id(`kracht-${number}`);
      const force = this.textInput(id, T.FORCE_PLACEHOLDER);
      const strength = this.select(this.id(`sterkte-${number}`), strengths, () => this.chose());
      const influence = this.select(this.id(`invloed-${number}`), influences, () => this.chose());
      this.rows.push({ force, strength, influence });
      fields.push(el("fieldset", { class: "ck-force" }, el("legend", {}, format(T.FORCE_LABEL, { number })),
        el("div", { class: "ck-field ck-wide" }, el("label", { for: id }, T.TABLE_FORCE), force),
        field(T.STRENGTH_LABEL, strength),
        field(T.INFLUENCE_LABEL, influence)));
    }
    return [el("p", {}, T.FORCEFIELD_LEGEND), fields, this.saveNowButton(), this.chartArea(T.CHART_EMPTY_FORCEFIELD)];
  }

  render(value) {
    const forces = value ? value.forces : [];
    this.rows.forEach((row, index) => {
      const old = forces[index] || { force: "", strength: null, influence: null };
      row.force.value = old.force;
      row.strength.value = old.strength === null ? "" : String(old.strength);
      row.influence.value = old.influence || "";
    });
    this.redraw();
  }

  value() {
    return {
      forces: this.rows.map((row) => ({
        force: row.force.value, strength: row.strength.value ? Number(row.strength.value) : null, influence: row.influence.value || null,
      })),
    };
  }

  redraw() {
    const forces = this.value().forces;
    this.drawChart(summary(forces), (room) => chart(forces, room));
  }
}

export default /* @__PURE__ */ widget(ForcefieldView);
