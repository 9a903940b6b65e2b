// The answer record (coursekit.answers.Answer) and what each exercise type owns
// (coursekit/exercise_types): the checks of a value, when it is empty, how the portfolio shows it.

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const EXERCISE_ID = new RegExp(C.exercise_id_pattern, "u");

function invalid(template, values, tooLong) {
  const error = new Invalid(format(template, values));
  error.tooLong = Boolean(tooLong);
  return error;
}

const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// schemas/dutch.py, _where: ['value', 'ratings', 2, 'score'] -> 'ratings[2].score'.
function where(path) {
  if (!path.length) return "answer";
  if (path[0] === "value") {
    path = path.slice(1);
    if (!path.length) return "value";
  }
  let text = "";
  for (const step of path) text += typeof step === "number" ? `[${step}]` : text ? `.${step}` : step;
  return text;
}

const thousands = (number) => String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const TYPE_TEXTS = {
  string: T.VALUE_NOT_TEXT, integer: T.VALUE_NOT_WHOLE_NUMBER, boolean: T.VALUE_NOT_YES_NO,
  array: T.VALUE_NOT_LIST, object: T.VALUE_NOT_OBJECT,
};

// schemas/dutch.py, answer_problem: the Invalid (Dutch) for the first error, or null.
function answerProblem(errors) {
  const error = firstError(errors);
  if (!error) return null;
  const { path, schema, instance: value, keyword } = error;
  const at = where(path);
  const field = path.length === 1 ? path[0] : null;
  const shown = (count) => cut(pyStr(value), count);
  if (field === "exercise_id") return invalid(T.BAD_EXERCISE_ID, { exercise_id: shown(80) });
  if (field === "chapter") return invalid(T.VALUE_BAD_CHAPTER, { value: shown(20) });
  if (field === "type") return invalid(T.UNKNOWN_TYPE, { type: shown(40) });
  if (field === "updated_at") return invalid(T.VALUE_BAD_TIME, { value: shown(40) });
  if (keyword === "required" || keyword === "additionalProperties") {
    const expected = Object.keys(schema.properties || {}).join(", ");
    return invalid(T.VALUE_WRONG_FIELDS, { where: at, expected, actual: Object.keys(value).join(", ") || "-" });
  }
  if (keyword === "maxLength") {
    return invalid(T.TEXT_TOO_LONG, { length: thousands(length(value)), maximum: thousands(schema.maxLength) }, true);
  }
  if (keyword === "minItems") return invalid(T.VALUE_EMPTY_LIST, { where: at });
  if (keyword === "minimum" || keyword === "maximum") {
    if ("minimum" in schema && "maximum" in schema) {
      return invalid(T.VALUE_OUT_OF_RANGE, { where: at, value, low: schema.minimum, high: schema.maximum });
    }
    return invalid(T.VALUE_TOO_SMALL, { where: at, value, low: schema.minimum || 0 });
  }
  if (keyword === "enum") {
    const allowed = schema.enum.filter((option) => option !== null).map(pyStr).join(", ");
    return invalid(T.VALUE_NOT_ALLOWED, { where: at, value: shown(40), allowed });
  }
  if (keyword === "type") {
    const expected = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    return invalid(TYPE_TEXTS[expected] || T.VALUE_INVALID, { where: at });
  }
  return invalid(T.VALUE_INVALID, { where: at });
}

// answers.check_text: control characters taken out, a lone surrogate refused.
function checkText(text, at) {
  if (LONE_SURROGATE.test(text)) throw invalid(T.VALUE_BAD_TEXT, { where: at });
  return text.replace(CONTROL, "");
}

function cleaned(value, at) {
  if (typeof value === "string") return checkText(value, at);
  if (Array.isArray(value)) return value.map((item, index) => cleaned(item, `${at}[${index}]`));
  if (isObject(value)) {
    const result = {};
    for (const [key, item] of Object.entries(value)) result[key] = cleaned(item, at ? `${at}.${key}` : key);
    return result;
  }
  return value;
}

// Answer.from_dict: a checked copy of an answer record, or an Invalid with a Dutch message.
function checkAnswer(data) {
  if (!isObject(data)) throw invalid(T.VALUE_NOT_OBJECT, { where: "answer" });
  if (valueTooDeep(data)) throw invalid(T.VALUE_TOO_DEEP, { depth: C.max_depth }); // before any check recurses
  const id = data.exercise_id;
  if (typeof id !== "string" || !EXERCISE_ID.test(id)) throw invalid(T.BAD_EXERCISE_ID, { exercise_id: cut(pyStr(id), 80) });
  const problem = answerProblem(schemaErrors("answer", data));
  if (problem) throw problem;
  const { chapter, type, updated_at: updated, edition, definition } = data;
  const earlier = (data.earlier || []).map((one) => ({ ...one }));
  const record = { exercise_id: id, chapter, type, value: data.value, updated_at: updated, edition, definition, earlier };
  record.value = cleaned(record.value, "");
  KINDS[type].check(record.value);
  record.moment = parseTime(updated);
  earlier.forEach((one, index) => {
    one.value = cleaned(one.value, `earlier[${index}]`);
    KINDS[type].check(one.value);
    parseTime(one.updated_at);
  });
  return record;
}

// A new answer of this moment to `definition` (Answer.answering): with the book's edition, the
// version of the question and the answers to earlier versions of it.
function createAnswer(definition, value, earlier) {
  const record = {
    exercise_id: definition.id, chapter: definition.chapter, type: definition.type, value, updated_at: nowIso(),
    edition: definition.edition || "", definition: definition.version || "",
  };
  if (earlier && earlier.length) record.earlier = earlier;
  return checkAnswer(record);
}

// The record as stored and exported (Answer.to_dict): its fields in this order; earlier only when there are.
function recordOf(answer) {
  const { exercise_id, chapter, type, value, updated_at, edition, definition, earlier } = answer;
  const record = { exercise_id, chapter, type, value, updated_at, edition, definition };
  if (earlier && earlier.length) record.earlier = earlier;
  return record;
}

// Answer.as_earlier: this answer kept as an earlier one, when the question changed since.
function asEarlier(answer) {
  const { value, updated_at, edition, definition } = answer;
  return { value, updated_at, edition, definition };
}

// exercise_types.question_changed: does `value` (given to the question's `version`) answer another
// question than `definition` asks now? Without a version, by the texts the value recorded.
function questionChanged(definition, version, value) {
  if (version) return version !== definition.version;
  const asked = KINDS[definition.type].asked(definition);
  const recorded = KINDS[definition.type].recorded(value);
  return Object.keys(recorded).some((key) => !same(asked[key], recorded[key]));
}

// --- The exercise types --------------------------------------------------------------------

const line = (label, text) => ({ kind: "line", label, text });
const quote = (question, text) => ({ kind: "quote", question, text });
const table = (caption, header, rows) => ({ kind: "table", caption, header, rows });

function scaleLegend(scale) {
  return scale.map((label, index) => `${index + 1} = ${label}`).join(", ");
}

function scoreText(score, scale) {
  return score === null ? T.NOT_SCORED : format(T.SCALE_OPTION, { number: score, label: scale[score - 1] });
}

function influenceText(level, missing) {
  return level ? T.INFLUENCE_LABELS[level] : missing;
}

const mean = (numbers) => numbers.reduce((sum, number) => sum + number, 0) / numbers.length;
const chosenOf = (options, text) => (options || []).find((option) => option.text === text);

const KINDS = {
  reflection: {
    asked: (d) => ({ prompts: d.prompts }),
    recorded: (value) => ({ prompts: value.responses.map((r) => r.prompt) }),
    check() {},
    empty: (value) => !value.responses.some((response) => strip(response.text)),
    blocks: (value) => value.responses.map((r) => quote(r.prompt, strip(r.text) ? r.text : T.PORTFOLIO_EMPTY_TEXT)),
  },
  selfscan: {
    asked: (d) => ({ statements: d.statements, scale: d.scale }),
    recorded: (value) => ({ statements: value.ratings.map((r) => r.statement), scale: value.scale }),
    check(value) {
      const top = value.scale.length;
      value.ratings.forEach((rating, index) => {
        if (rating.score !== null && rating.score > top) {
          throw invalid(T.VALUE_OUT_OF_RANGE, { where: `ratings[${index}].score`, value: rating.score, low: 1, high: top });
        }
      });
    },
    empty: (value) => value.ratings.every((rating) => rating.score === null && !strip(rating.note)),
    blocks(value) {
      const scale = value.scale;
      const notes = value.ratings.some((rating) => strip(rating.note));
      const header = [T.TABLE_STATEMENT, T.TABLE_SCORE, ...(notes ? [T.TABLE_NOTE] : [])];
      const rows = value.ratings.map((rating, index) => [
        `${index + 1}. ${rating.statement}`, scoreText(rating.score, scale), ...(notes ? [rating.note] : []),
      ]);
      const blocks = [line(T.PORTFOLIO_SCALE, scaleLegend(scale)), table(T.TABLE_SCORES_CAPTION, header, rows)];
      const scores = value.ratings.map((rating) => rating.score).filter((score) => score !== null);
      if (scores.length) blocks.push(line(T.PORTFOLIO_MEAN, decimal(mean(scores))));
      return blocks;
    },
  },
  multiple_choice: {
    asked: (d) => ({ question: d.question, options: d.options.map((o) => o.text) }),
    recorded: (value) => ({ question: value.question }),
    check() {},
    empty: (value) => !value.choice,
    blocks(value, definition) {
      const result = value.correct ? T.PORTFOLIO_MC_CORRECT : T.PORTFOLIO_MC_WRONG;
      const blocks = [
        line(T.PORTFOLIO_QUESTION, value.question), line(T.YOUR_ANSWER, value.choice),
        line(T.PORTFOLIO_RESULT, format(result, { attempts: value.attempts })),
      ];
      const chosen = definition && chosenOf(definition.options, value.choice);
      if (chosen) blocks.push(line(T.PORTFOLIO_FEEDBACK, chosen.feedback));
      return blocks;
    },
  },
  matching: {
    asked: (d) => ({ question: d.question, categories: d.categories, items: d.items.map((i) => i.text) }),
    recorded: (value) => ({ question: value.question, items: value.placements.map((p) => p.item) }),
    check(value) {
      const count = value.placements.length;
      const correct = value.placements.filter((placement) => placement.correct).length;
      if (value.total !== count) throw invalid(T.VALUE_OUT_OF_RANGE, { where: "total", value: value.total, low: count, high: count });
      if (value.score > count) throw invalid(T.VALUE_OUT_OF_RANGE, { where: "score", value: value.score, low: 0, high: count });
      if (value.score !== correct) throw invalid(T.VALUE_SCORE_MISMATCH, { score: value.score, correct });
    },
    empty: () => false,
    blocks(value) {
      const rows = value.placements.map((p) => [p.item, p.category, p.correct ? T.ITEM_CORRECT : T.ITEM_NOT_YET]);
      return [
        line(T.PORTFOLIO_QUESTION, value.question),
        table(T.PORTFOLIO_PLACEMENTS, [T.TABLE_ITEM, T.PORTFOLIO_CHOICE, T.TABLE_RESULT], rows),
        line(T.PORTFOLIO_RESULT, format(T.PORTFOLIO_MATCH_SCORE, { score: value.score, total: value.total })),
      ];
    },
  },
  dilemma: {
    asked: (d) => ({ situation: d.situation, question: d.question, choices: d.choices.map((c) => c.text) }),
    recorded: (value) => ({ question: value.question }),
    check() {},
    empty: (value) => !value.choice,
    blocks(value, definition) {
      const blocks = definition ? [line(T.PORTFOLIO_SITUATION, definition.situation)] : [];
      blocks.push(line(T.PORTFOLIO_QUESTION, value.question), line(T.PORTFOLIO_CHOICE, value.choice));
      const chosen = definition && chosenOf(definition.choices, value.choice);
      if (chosen) blocks.push(line(T.PORTFOLIO_FEEDBACK, chosen.feedback), line(T.PORTFOLIO_THEORY, chosen.theory));
      return blocks;
    },
  },
  forcefield: {
    asked: (d) => ({ rows: d.rows }),
    recorded: (value) => ({ rows: value.forces.length }),
    check() {},
    empty: (value) => value.forces.every((f) => !strip(f.force) && f.strength === null && f.influence === null),
    blocks(value) {
      const rows = value.forces
        .filter((f) => strip(f.force) || f.strength !== null)
        .map((f) => [f.force, f.strength === null ? T.NOT_SCORED : String(f.strength), influenceText(f.influence, T.NOT_SCORED)]);
      return [table(T.TABLE_FORCES_CAPTION, [T.TABLE_FORCE, T.TABLE_STRENGTH, T.TABLE_INFLUENCE], rows)];
    },
  },
};

// --- Summaries in words, with the table of every value (the charts' text alternative) -----------

function numbered(statements, indices) {
  return indices.map((index) => `${index + 1}. ${statements[index]}`).join("; ");
}

// exercise_types/selfscan.summary
function selfscanSummary(statements, scores, scale, earlier) {
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
  const names = statements.map((statement, index) => `${index + 1}. ${statement}`);
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
  const change = (up) => pairs.filter(([, b, a]) => (up ? a > b : a < b)).map(([i, b, a]) => `${i + 1}. ${statements[i]} (${b} → ${a})`).join("; ");
  const rose = change(true);
  const fell = change(false);
  if (rose) lines.push(format(T.SUMMARY_ROSE, { statements: rose }));
  if (fell) lines.push(format(T.SUMMARY_FELL, { statements: fell }));
  if (pairs.length && !rose && !fell) lines.push(T.SUMMARY_NO_CHANGE);
  const rows = names.map((name, index) => [name, scoreText(earlier[index], scale), scoreText(scores[index], scale)]);
  return { lines, table: table(T.TABLE_COMPARE_CAPTION, [T.TABLE_STATEMENT, T.TABLE_EARLIER, T.TABLE_NOW], rows) };
}

// Forces with a name and a strength, strongest first (a stable sort, as Python's).
function namedForces(forces) {
  return forces.filter((f) => strip(f.force) && f.strength !== null).sort((a, b) => b.strength - a.strength);
}

// exercise_types/forcefield.summary
function forcefieldSummary(forces) {
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
