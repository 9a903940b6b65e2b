// The six exercise types on the page, as their widgets (coursekit/widgets) work in JupyterLab:
// the same texts, feedback, summaries and saving, with native controls (labelled, keyboard-only
// usable, arrow keys in radio groups) and status lines announced to screen readers.

const OPENING_VERDICT = new RegExp(C.opening_verdict.replace(/\\s/g, `[${SPACE}]`));
const withoutVerdict = (feedback) => feedback.replace(OPENING_VERDICT, "");

function verdict(correct, right, wrong, text) {
  return el("p", {}, el("strong", {}, correct ? right : wrong), " ", text);
}

// The frame every exercise shares (widgets/base.py): heading, controls, status line, saving.
class View {
  constructor(root, definition, links, page) {
    this.root = root;
    this.definition = definition;
    this.page = page;
    this.store = page.store;
    this.kind = KINDS[definition.type];
    this.timer = null;
    this.status = el("p", { class: "ck-status", role: "status" });
    this.alert = el("div", { class: "ck-alert", role: "alert" });
    this.saved = this.stored();
    this.changedNote = el("div", { class: "ck-changed" });
    this.noteChanged();
    const heading = el(C.heading, {}, definition.title);
    const instruction = definition.instruction ? el("p", {}, definition.instruction) : null;
    const body = el("div", { class: "ck-body" }, this.build());
    root.replaceChildren(...[heading, instruction, this.changedNote, body, this.status, this.alert, notebookLinks(links, T.STATIC_OPEN_BINDER)].filter(Boolean));
    root.classList.add("ck-live");
    this.show(this.saved);
  }

  // The question changed since the saved answer (widgets/base.py): the answer stays, shown with the
  // question as it was; a new answer keeps it as an earlier answer.
  noteChanged() {
    const answer = this.saved;
    this.changed = Boolean(answer && questionChanged(this.definition, answer.definition, answer.value));
    if (!this.changed) {
      this.changedNote.replaceChildren();
      return;
    }
    this.changedNote.setAttribute("role", "note");
    this.changedNote.replaceChildren(
      el("p", {}, el("strong", {}, format(T.QUESTION_CHANGED, { when: dateTime(answer.moment) }))),
      el("details", { open: true }, el("summary", {}, T.QUESTION_CHANGED_EARLIER), blockNodes(this.kind.blocks(answer.value, null))));
  }

  stored() {
    const answer = this.store.get(this.definition.id);
    return answer && answer.type === this.definition.type ? answer : null;
  }

  // Fill the controls from an answer (or empty them), and say so.
  show(answer) {
    this.render(answer ? answer.value : null);
    this.say(answer ? format(T.RESTORED, { when: dateTime(answer.moment) }) : "");
  }

  say(text, warnings) {
    this.status.textContent = text;
    this.alert.replaceChildren(...(warnings || []).map((warning) => (typeof warning === "string" ? el("p", {}, warning) : warning)));
  }

  // Another tab saved (or the answers were imported or wiped): show what is stored now.
  refresh() {
    if (this.timer) return; // the learner is typing here: their save comes next
    const answer = this.stored();
    if (answer && this.saved && same(answer.value, this.saved.value)) {
      this.redraw(); // a scan this one is compared with may have changed
      return;
    }
    this.saved = answer;
    this.noteChanged();
    this.render(answer ? answer.value : null);
    this.say(answer ? format(T.PAGE_UPDATED_ELSEWHERE, { when: dateTime(answer.moment) }) : "");
    this.redraw();
  }

  redraw() {}

  save(value) {
    const known = this.store.notices.length;
    let answer;
    try {
      const earlier = this.saved ? [...(this.saved.earlier || [])] : [];
      if (this.saved && this.changed) earlier.push(asEarlier(this.saved));
      answer = createAnswer(this.definition, value, earlier);
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      this.say(problem.tooLong ? problem.message : format(T.INVALID_ANSWER, { reason: problem.message }));
      return;
    }
    try {
      this.store.save(answer);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      this.say(error.message, [el("p", {}, T.PAGE_DOWNLOAD_NOW), downloadList(this.page.bundle())]);
      return;
    }
    this.saved = answer;
    if (this.changed) {
      this.changed = false;
      this.changedNote.replaceChildren(el("p", {}, T.QUESTION_CHANGED_KEPT));
    }
    this.say(format(T.SAVED_AT, { time: clock(answer.moment) }), this.store.notices.slice(known));
    for (const view of this.page.views) if (view !== this) view.redraw(); // a later scan compares with this one
  }

  // Autosaving (widgets/base.AutosavingView): after a pause in typing, at once after a choice.
  typed() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), C.save_delay_ms);
  }

  flush() {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.saveCurrent();
  }

  saveCurrent() {
    const value = this.value();
    if (!this.kind.empty(value)) this.save(value);
    else if (this.saved) this.say(format(T.NOTHING_TO_SAVE_KEPT, { when: dateTime(this.saved.moment) }));
    else this.say(T.NOTHING_TO_SAVE);
    this.redraw();
  }

  chose() {
    this.timer = this.timer || -1;
    this.flush();
  }

  saveNowButton() {
    return button(T.SAVE_NOW, () => this.chose(), { title: T.SAVE_NOW_TOOLTIP });
  }

  id(part) {
    return `ck-${this.definition.id}-${part}`;
  }

  // A radio group: native radios with one name, so the arrow keys move between them.
  radios(name, options, onchange) {
    return options.map(([value, text], index) => el("label", { class: "ck-option" },
      el("input", { type: "radio", name: this.id(name), value, id: this.id(`${name}-${index}`), onchange }), " ", text));
  }

  select(id, label, options, onchange) {
    return [
      el("label", { for: id }, label),
      el("select", { id, onchange }, el("option", { value: "" }, T.PAGE_CHOOSE), options.map(([value, text]) => el("option", { value }, text))),
    ];
  }

  // The chart and its summary in words (charts.Chart): the summary is the text alternative.
  chartArea(empty) {
    this.chart = el("div", { class: "ck-chart" });
    this.summary = el("div", { class: "ck-summary" });
    this.emptyText = empty;
    return el("div", { class: "ck-chart-area" }, this.chart, this.summary);
  }

  drawChart(found, draw, note) {
    this.chart.replaceChildren(found ? draw(this.chart.clientWidth) : "");
    this.summary.replaceChildren(
      note ? el("p", {}, note) : "",
      ...(found ? [el("h5", {}, T.SUMMARY_HEADING), ...found.lines.map((text) => el("p", {}, text)), tableOf(found.table)] : [el("p", {}, this.emptyText)]));
  }
}

const checked = (inputs) => inputs.find((input) => input.checked) || null;

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
      return el("div", { class: "ck-field" }, el("label", { for: id }, prompts.length === 1 ? prompt : `${index + 1}. ${prompt}`), area, mirror);
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

class SelfscanView extends View {
  build() {
    const { statements, scale, notes } = this.definition;
    this.groups = [];
    this.notes = [];
    const options = scale.map((label, index) => [index + 1, format(T.SCALE_OPTION, { number: index + 1, label })]);
    const rows = statements.map((statement, index) => {
      const radios = this.radios(`stelling-${index + 1}`, options, () => this.chose());
      this.groups.push(radios.map((label) => label.querySelector("input")));
      let note = null;
      if (notes) {
        const id = this.id(`toelichting-${index + 1}`);
        const input = el("input", { type: "text", id, placeholder: T.NOTE_PLACEHOLDER, oninput: () => this.typed(), onblur: () => this.flush() });
        this.notes.push(input);
        note = el("div", { class: "ck-note" }, el("label", { for: id }, T.NOTE_LABEL), input);
      }
      return el("fieldset", { class: "ck-scale" }, el("legend", {}, `${index + 1}. ${statement}`), el("div", { class: "ck-options" }, radios), note);
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
    return this.groups.map((group) => (checked(group) ? Number(checked(group).value) : null));
  }

  // The scores of the scan this one is compared with, by statement (widgets/selfscan._earlier).
  earlier() {
    const other = this.definition.compare_with && this.store.get(this.definition.compare_with);
    if (!other || other.type !== "selfscan") return null;
    const by = new Map(other.value.ratings.map((rating) => [rating.statement, rating.score]));
    return this.definition.statements.map((statement) => (by.has(statement) ? by.get(statement) : null));
  }

  redraw() {
    const { statements, scale, compare_with: compareWith, compare_title: compareTitle } = this.definition;
    const earlier = this.earlier();
    const scores = this.scores();
    const note = compareWith && !earlier ? format(T.SUMMARY_NO_EARLIER, { title: compareTitle }) : "";
    this.drawChart(selfscanSummary(statements, scores, scale, earlier), (room) => selfscanChart(statements, scores, scale, earlier, room), note);
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

class MultipleChoiceView extends View {
  build() {
    const { question, options } = this.definition;
    this.attempts = 0;
    this.options = this.radios("keuze", options.map((option, index) => [index, option.text])).map((label) => label.querySelector("input"));
    this.check = button(T.CHECK, () => this.checkAnswer());
    this.retry = button(T.RETRY, () => this.tryAgain(), { disabled: true });
    this.feedback = el("div", { class: "ck-feedback", "aria-live": "polite" });
    const group = el("fieldset", { class: "ck-choices" }, el("legend", {}, question), this.options.map((input) => input.parentNode));
    return [group, el("p", { class: "ck-buttons" }, this.check, " ", this.retry), this.feedback];
  }

  chosen() {
    const input = checked(this.options);
    return input ? this.definition.options[Number(input.value)] : null;
  }

  render(value) {
    this.attempts = value ? value.attempts : 0;
    const index = value ? this.definition.options.findIndex((option) => option.text === value.choice) : -1;
    this.options.forEach((input, at) => (input.checked = at === index));
    this.locked(false);
    this.feedback.replaceChildren();
    if (index >= 0) this.reveal();
  }

  locked(done) {
    for (const input of this.options) input.disabled = done;
    this.check.disabled = done;
    this.retry.disabled = !done;
  }

  reveal() {
    const option = this.chosen();
    const text = `${withoutVerdict(option.feedback)} (${format(T.ATTEMPTS, { count: this.attempts })})`;
    this.feedback.replaceChildren(verdict(option.correct, T.CORRECT, T.NOT_YET, text));
    this.locked(true);
  }

  checkAnswer() {
    const option = this.chosen();
    if (!option) {
      this.feedback.replaceChildren(el("p", {}, T.CHOOSE_FIRST));
      return;
    }
    this.attempts += 1;
    this.reveal();
    this.retry.focus();
    this.save({ question: this.definition.question, choice: option.text, correct: option.correct, attempts: this.attempts });
  }

  tryAgain() {
    this.locked(false);
    for (const input of this.options) input.checked = false;
    this.feedback.replaceChildren();
    this.options[0].focus();
  }
}

class MatchingView extends View {
  build() {
    const { question, categories, items } = this.definition;
    this.choices = [];
    this.verdicts = [];
    const rows = items.map((item, index) => {
      const [label, choice] = this.select(this.id(`onderdeel-${index + 1}`), `${index + 1}. ${item.text}`, categories.map((category) => [category, category]));
      const feedback = el("div", { class: "ck-item-feedback" });
      this.choices.push(choice);
      this.verdicts.push(feedback);
      return el("div", { class: "ck-field" }, label, choice, feedback);
    });
    this.check = button(T.CHECK, () => this.checkAnswer());
    this.retry = button(T.RETRY, () => this.tryAgain(), { disabled: true });
    this.score = el("p", { class: "ck-feedback", "aria-live": "polite" });
    return [el("p", {}, question), rows, el("p", { class: "ck-buttons" }, this.check, " ", this.retry), this.score];
  }

  render(value) {
    const placed = new Map(value ? value.placements.map((p) => [p.item, p.category]) : []);
    this.definition.items.forEach((item, index) => {
      const category = placed.get(item.text);
      this.choices[index].value = this.definition.categories.includes(category) ? category : "";
    });
    this.tryAgain(true);
    if (value && this.choices.every((choice) => choice.value)) this.reveal();
  }

  reveal() {
    let correct = 0;
    this.definition.items.forEach((item, index) => {
      const right = this.choices[index].value === item.answer;
      correct += right ? 1 : 0;
      this.verdicts[index].replaceChildren(verdict(right, T.ITEM_CORRECT + " —", T.ITEM_NOT_YET + " —", withoutVerdict(item.explanation)));
      this.choices[index].disabled = true;
    });
    const total = this.choices.length;
    this.score.textContent = `${format(T.MATCH_SCORE, { score: correct, total })} ${correct === total ? T.MATCH_ALL_CORRECT : T.MATCH_TRY_AGAIN}`;
    this.check.disabled = true;
    this.retry.disabled = false;
    return correct;
  }

  checkAnswer() {
    const open = this.choices.filter((choice) => !choice.value).length;
    if (open) {
      this.score.textContent = format(T.ITEMS_OPEN, { count: open });
      return;
    }
    const correct = this.reveal();
    this.retry.focus();
    this.save({
      question: this.definition.question,
      placements: this.definition.items.map((item, index) => ({
        item: item.text, category: this.choices[index].value, correct: this.choices[index].value === item.answer,
      })),
      score: correct,
      total: this.choices.length,
    });
  }

  // Keep the choices, so the learner changes only what was wrong.
  tryAgain(quiet) {
    this.choices.forEach((choice, index) => {
      choice.disabled = false;
      this.verdicts[index].replaceChildren();
    });
    this.score.textContent = quiet === true ? "" : T.MATCH_TRY_AGAIN;
    this.check.disabled = false;
    this.retry.disabled = true;
    if (quiet !== true) (this.choices.find((choice, index) => choice.value !== this.definition.items[index].answer) || this.choices[0]).focus();
  }
}

class DilemmaView extends View {
  build() {
    const { situation, question, choices } = this.definition;
    const clear = () => this.feedback.replaceChildren();
    this.options = this.radios("keuze", choices.map((choice, index) => [index, choice.text]), clear).map((label) => label.querySelector("input"));
    this.feedback = el("div", { class: "ck-feedback", "aria-live": "polite" });
    const group = el("fieldset", { class: "ck-choices" }, el("legend", {}, question), this.options.map((input) => input.parentNode));
    const confirm = button(T.CHOOSE_THIS, () => this.confirm());
    return [el("blockquote", {}, el("p", {}, situation)), group, el("p", { class: "ck-buttons" }, confirm), this.feedback];
  }

  chosen() {
    const input = checked(this.options);
    return input ? this.definition.choices[Number(input.value)] : null;
  }

  render(value) {
    const index = value ? this.definition.choices.findIndex((choice) => choice.text === value.choice) : -1;
    this.options.forEach((input, at) => (input.checked = at === index));
    this.feedback.replaceChildren();
    if (index >= 0) this.reveal();
  }

  reveal() {
    const choice = this.chosen();
    this.feedback.replaceChildren(
      el("p", {}, el("strong", {}, format(T.YOU_CHOSE, { choice: choice.text }))),
      el("p", {}, choice.feedback),
      el("p", {}, el("strong", {}, T.THEORY), " ", choice.theory));
  }

  confirm() {
    const choice = this.chosen();
    if (!choice) {
      this.feedback.replaceChildren(el("p", {}, T.CHOOSE_FIRST));
      return;
    }
    this.reveal();
    this.save({ question: this.definition.question, choice: choice.text });
  }
}

class ForcefieldView extends View {
  build() {
    this.rows = [];
    const strengths = T.STRENGTH_LABELS.map((label, index) => [index + 1, format(T.STRENGTH_OPTION, { number: index + 1, label })]);
    const influences = C.influence_levels.map((level) => [level, T.INFLUENCE_LABELS[level]]);
    const fields = [];
    for (let number = 1; number <= this.definition.rows; number += 1) {
      const id = this.id(`kracht-${number}`);
      const force = el("input", { type: "text", id, placeholder: T.FORCE_PLACEHOLDER, oninput: () => this.typed(), onblur: () => this.flush() });
      const [strengthLabel, strength] = this.select(this.id(`sterkte-${number}`), T.STRENGTH_LABEL, strengths, () => this.chose());
      const [influenceLabel, influence] = this.select(this.id(`invloed-${number}`), T.INFLUENCE_LABEL, influences, () => this.chose());
      this.rows.push({ force, strength, influence });
      fields.push(el("fieldset", { class: "ck-force" }, el("legend", {}, format(T.FORCE_LABEL, { number })),
        el("div", { class: "ck-field ck-wide" }, el("label", { for: id }, T.TABLE_FORCE), force),
        el("div", { class: "ck-field" }, strengthLabel, strength),
        el("div", { class: "ck-field" }, influenceLabel, influence)));
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
    this.drawChart(forcefieldSummary(forces), (room) => forcefieldChart(forces, room));
  }
}

const VIEWS = {
  reflection: ReflectionView, selfscan: SelfscanView, multiple_choice: MultipleChoiceView,
  matching: MatchingView, dilemma: DilemmaView, forcefield: ForcefieldView,
};
