// The answer record (coursekit.answers.Answer) and what each exercise type owns
// (coursekit/exercise_types): the checks of a value, when it is empty, how the portfolio shows it.
import { C, cut, isObject, length, pyStr, same, T, valueTooDeep } from "./base.js";
import { invalid, isoTime, nowIso, parseTime } from "./formatting.js";
import { firstError, schemaErrors } from "./schema.js";
import types from "coursekit-type-rules";

export const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const EXERCISE_ID = new RegExp(C.exercise_id_pattern, "u");

export const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// schemas/dutch.py, _where: ['value', 'ratings', 2, 'score'] -> 'ratings[2].score'.
export function where(path) {
  if (!path.length) return "answer";
  if (path[0] === "value") {
    path = path.slice(1);
    if (!path.length) return "value";
  }
  let text = "";
  for (const step of path) text += typeof step === "number" ? `[${step}]` : text ? `.${step}` : step;
  return text;
}

export const thousands = (number) => String(number).replace(/\B(?=(\d{3})+(?!\d))/g, C.thousands_separator);
export const TYPE_TEXTS = {
  string: T.VALUE_NOT_TEXT, integer: T.VALUE_NOT_WHOLE_NUMBER, boolean: T.VALUE_NOT_YES_NO,
  array: T.VALUE_NOT_LIST, object: T.VALUE_NOT_OBJECT,
};

// schemas/dutch.py, answer_problem: the Invalid (Dutch) for the first error, or null.
export function answerProblem(errors) {
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
export function checkText(text, at) {
  if (LONE_SURROGATE.test(text)) throw invalid(T.VALUE_BAD_TEXT, { where: at });
  return text.replace(CONTROL, "");
}

export function cleaned(value, at) {
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
export function checkAnswer(data) {
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
  const check = types[type].check || (() => {}); // a type with nothing beyond its schema exports none
  check(record.value);
  record.moment = parseTime(updated);
  earlier.forEach((one, index) => {
    one.value = cleaned(one.value, `earlier[${index}]`);
    check(one.value);
    parseTime(one.updated_at);
  });
  return record;
}

// A new answer of this moment to `definition` (Answer.answering): with the book's edition, the
// version of the question and the answers to earlier versions of it.
export function createAnswer(definition, value, earlier) {
  const record = {
    exercise_id: definition.id, chapter: definition.chapter, type: definition.type, value, updated_at: nowIso(),
    edition: definition.edition || "", definition: definition.version || "",
  };
  if (earlier && earlier.length) record.earlier = earlier;
  return checkAnswer(record);
}

// The record as stored and exported (Answer.to_dict): its fields in this order; earlier only when there are.
export function recordOf(answer) {
  const { exercise_id, chapter, type, value, updated_at, edition, definition, earlier } = answer;
  const record = { exercise_id, chapter, type, value, updated_at, edition, definition };
  if (earlier && earlier.length) record.earlier = earlier;
  return record;
}

// The JSON of an export (portfolio-export.schema.json) of `answers` (a Map of checked answers): the
// export's .json file, and the file the page keeps on the learner's disk (file.js). `name` is cleaned.
export function exportJson(answers, edition, name, moment) {
  const payload = {
    format: C.export_format, schema_version: C.export_version, exported_at: isoTime(moment, false),
    edition, name, answers: [...answers.values()].map(recordOf),
  };
  return JSON.stringify(payload, null, 1);
}

// Answer.as_earlier: this answer kept as an earlier one, when the question changed since.
export function asEarlier(answer) {
  const { value, updated_at, edition, definition } = answer;
  return { value, updated_at, edition, definition };
}

// Two tabs, one learner: the newest answer per exercise wins, and no answer is lost. `stored` is
// the answer in the store now, `known` the one this tab started from (null: none). When another
// tab saved since (stored is not known), `answer` (newer) keeps the stored one as an earlier answer
// with reason "other_tab" (`reason`; none for another device, page/platform.js), and the earlier
// answers that tab kept; oldest first, at most C.max_earlier.
export function keepOtherTab(answer, stored, known, reason = C.other_tab) {
  // The stored answer is the one this tab knew: nothing to keep. updated_at has whole seconds, so
  // two saves within one second (another tab's and the one known here) also differ in their value.
  if (!stored || stored.type !== answer.type || (known && stored.updated_at === known.updated_at && same(stored.value, known.value))) return answer;
  const earlier = [...answer.earlier];
  const kept = (one) => earlier.some((mine) => mine.updated_at === one.updated_at && same(mine.value, one.value));
  for (const one of stored.earlier) if (!kept(one)) earlier.push(one);
  const theirs = !(known && same(stored.value, known.value)) && !same(stored.value, answer.value);
  if (theirs && !kept(stored)) earlier.push(reason ? { ...asEarlier(stored), reason } : asEarlier(stored));
  earlier.sort((a, b) => parseTime(a.updated_at) - parseTime(b.updated_at));
  return { ...answer, earlier: earlier.slice(-C.max_earlier) };
}

// exercise_types.question_changed: does `value` (given to the question's `version`) answer another
// question than `definition` asks now? Without a version, by the texts the value recorded.
export function questionChanged(definition, version, value) {
  if (version) return version !== definition.version;
  const asked = types[definition.type].asked(definition);
  const recorded = types[definition.type].recorded(value);
  return Object.keys(recorded).some((key) => !same(asked[key], recorded[key]));
}
