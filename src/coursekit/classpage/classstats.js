// The class overview's counting (on the page and in the notebook's widget): who did which exercise,
// the distribution of a self-scan, the before/after shift of two scans, the role profile, the
// dilemma choices and, per learner, the portfolio for the final assignment
// (tests/page/test_class_parity.py holds the numbers of the sample class). Means are taken exactly,
// and rounded once.
import { DATA, format, strip } from "../page/base.js";
import { decimal } from "../page/formatting.js";
import { byCodePoint, K } from "./classbase.js";

// The book's exercises: built into the class page's script; the notebook's widget is handed them
// by the kernel (useCatalog), since its committed bundle is the same for every book.
export const CATALOG = {};
export function useCatalog(catalog) {
  CATALOG.definitions = new Map(catalog.exercises.map((definition) => [definition.id, definition]));
  CATALOG.chapters = new Map(catalog.chapters.map((chapter) => [chapter.number, chapter]));
  CATALOG.final = catalog.final_assignment;
}
useCatalog(DATA.catalog);

export const definitionsOf = (type) => [...CATALOG.definitions.values()].filter((definition) => definition.type === type);
export const sum = (numbers) => numbers.reduce((total, number) => total + number, 0);
export const average = (numbers) => (numbers.length ? sum(numbers) / numbers.length : null);

export function median(numbers) {
  if (!numbers.length) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Exact fractions (small whole numbers): the mean of role scores that are themselves means.
export const gcd = (a, b) => (b ? gcd(b, a % b) : Math.abs(a));
export function fraction(numerator, denominator) {
  const divisor = gcd(numerator, denominator) || 1;
  return { n: numerator / divisor, d: denominator / divisor };
}
export const plus = (a, b) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const valueOf = (a) => a.n / a.d;

// stats._answer: the learner's answer to `definition` if it is of the same type.
export function answerTo(learner, definition) {
  const answer = learner.answers.get(definition.id);
  return answer && answer.type === definition.type ? answer : null;
}

// stats.unknown_answers
export function unknownAnswers(learner) {
  let count = 0;
  for (const answer of learner.answers.values()) {
    const definition = CATALOG.definitions.get(answer.exercise_id);
    count += !definition || definition.type !== answer.type ? 1 : 0;
  }
  return count;
}

// stats.exercise_rows
export function exerciseRows(data) {
  return [...CATALOG.definitions.values()].map((definition) => {
    const answers = data.learners.map((learner) => answerTo(learner, definition)).filter(Boolean);
    let result = K.NO_RESULT;
    if (answers.length && definition.type === "multiple_choice") {
      const first = answers.filter((answer) => answer.value.correct && answer.value.attempts === 1).length;
      result = format(K.RESULT_MC, { first, done: answers.length });
    } else if (answers.length && definition.type === "matching") {
      result = format(K.RESULT_MATCHING, { mean: decimal(average(answers.map((answer) => answer.value.score))), items: definition.items });
    }
    return { definition, done: answers.length, result };
  });
}

// stats._scores: the scores in the order of the definition's statements; null if they do not fit.
export function scoresOf(answer, definition) {
  const value = answer.value;
  if (value.scale.length !== definition.scale.length) return null;
  const byStatement = new Map(value.ratings.map((rating) => [rating.statement, rating.score]));
  const wanted = new Set(definition.statements);
  if (byStatement.size !== wanted.size || [...byStatement.keys()].some((statement) => !wanted.has(statement))) return null;
  return definition.statements.map((statement) => byStatement.get(statement));
}

// stats.scan_scores: {letters: scores} and how many answers did not fit.
export function scanScores(data, definition) {
  const found = new Map();
  let excluded = 0;
  for (const learner of data.learners) {
    const answer = answerTo(learner, definition);
    if (!answer) continue;
    const scores = scoresOf(answer, definition);
    if (scores === null) excluded += 1;
    else found.set(learner.letters, scores);
  }
  return { found, excluded };
}

// stats.scan_distribution: per statement, how many learners gave each score.
export function scanDistribution(data, definition) {
  const { found, excluded } = scanScores(data, definition);
  const counts = definition.statements.map((_, index) => {
    const column = [...found.values()].map((scores) => scores[index]);
    return definition.scale.map((_, score) => column.filter((value) => value === score + 1).length);
  });
  const values = (index) => counts[index].flatMap((count, score) => Array(count).fill(score + 1));
  return {
    definition, counts, learners: found.size, excluded,
    n: (index) => sum(counts[index]),
    mean: (index) => average(values(index)),
    median: (index) => median(values(index)),
  };
}

// stats.before_after: paired comparison of two scans (statements in the order of `after`).
export function beforeAfter(data, before, after) {
  const first = scanScores(data, before).found;
  const second = scanScores(data, after).found;
  const position = new Map(before.statements.map((statement, index) => [statement, index]));
  const both = [...first.keys()].filter((key) => second.has(key)).sort(byCodePoint);
  const allBefore = [];
  const allAfter = [];
  const rows = after.statements.map((statement, index) => {
    const pairs = [];
    for (const one of both) {
      if (!position.has(statement)) continue;
      const earlier = first.get(one)[position.get(statement)];
      const later = second.get(one)[index];
      if (earlier !== null && later !== null) pairs.push([earlier, later]);
    }
    allBefore.push(...pairs.map(([b]) => b));
    allAfter.push(...pairs.map(([, a]) => a));
    return {
      statement,
      pairs: pairs.length,
      before: average(pairs.map(([b]) => b)),
      after: average(pairs.map(([, a]) => a)),
      rose: pairs.filter(([b, a]) => a > b).length,
      same: pairs.filter(([b, a]) => a === b).length,
      fell: pairs.filter(([b, a]) => a < b).length,
    };
  });
  return {
    before, after, rows, both: both.length,
    onlyBefore: [...first.keys()].filter((key) => !second.has(key)).length,
    onlyAfter: [...second.keys()].filter((key) => !first.has(key)).length,
    meanBefore: average(allBefore),
    meanAfter: average(allAfter),
  };
}

// exercise_types/selfscan.role_groups: {role: [indices]} from "Rol: ..." statements; {} if not all are.
export function roleGroups(statements) {
  const groups = new Map();
  for (const [index, statement] of statements.entries()) {
    const at = statement.indexOf(": ");
    if (at < 0) return new Map();
    const role = strip(statement.slice(0, at));
    if (!role || !strip(statement.slice(at + 2))) return new Map();
    if (!groups.has(role)) groups.set(role, []);
    groups.get(role).push(index);
  }
  return groups.size >= 2 ? groups : new Map();
}

// stats.role_profile: per role the learners' role scores (the mean of their scored statements).
export function roleProfile(data, definition) {
  const groups = roleGroups(definition.statements);
  const { found } = scanScores(data, definition);
  const perRole = new Map([...groups.keys()].map((role) => [role, []]));
  const strongest = new Map([...groups.keys()].map((role) => [role, 0]));
  let ties = false;
  for (const scores of found.values()) {
    const mine = new Map();
    for (const [role, indices] of groups) {
      const values = indices.map((index) => scores[index]).filter((score) => score !== null);
      if (values.length) {
        const score = fraction(sum(values), values.length);
        mine.set(role, score);
        perRole.get(role).push(score);
      }
    }
    if (mine.size) {
      const top = Math.max(...[...mine.values()].map(valueOf));
      const best = [...mine].filter(([, score]) => valueOf(score) === top).map(([role]) => role);
      ties = ties || best.length > 1;
      for (const role of best) strongest.set(role, strongest.get(role) + 1);
    }
  }
  const rows = [...groups].map(([role, indices]) => {
    const scores = perRole.get(role);
    const total = scores.reduce(plus, fraction(0, 1));
    return {
      role,
      statements: indices.length,
      mean: scores.length ? total.n / (total.d * scores.length) : null,
      lowest: scores.length ? Math.min(...scores.map(valueOf)) : null,
      highest: scores.length ? Math.max(...scores.map(valueOf)) : null,
      strongest: strongest.get(role),
    };
  });
  return { definition, rows, learners: found.size, ties };
}

// stats.dilemma_choices: how many chose each option (the book's order, others after).
export function dilemmaChoices(data, definition) {
  const chosen = data.learners.map((learner) => answerTo(learner, definition)).filter(Boolean).map((answer) => answer.value.choice);
  const known = definition.choices;
  const others = [...new Set(chosen)].filter((text) => !known.includes(text)).sort(byCodePoint);
  return { definition, counts: [...known, ...others].map((text) => [text, chosen.filter((one) => one === text).length]), done: chosen.length };
}

// stats._ranges: [1, 2, 3, 5] -> "1–3, 5"
export function ranges(numbers) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts = [];
  let start = null;
  sorted.forEach((number, index) => {
    if (start === null) start = number;
    if (index + 1 === sorted.length || sorted[index + 1] !== number + 1) {
      parts.push(start === number ? String(start) : `${start}–${number}`);
      start = null;
    }
  });
  return parts.join(", ") || K.NO_RESULT;
}

// stats.short_title: "Zelfscan (eind): acht kwaliteiten ..." -> "Zelfscan (eind)"
export function shortTitle(definition) {
  return strip(definition.title.split(":")[0]);
}

// stats.final_assignment: "compleet" or "mist: ..." for the portfolio of the final assignment.
export function finalAssignment(learner) {
  const assignment = CATALOG.final;
  if (!assignment) return K.NO_RESULT;
  const missing = [];
  const own = new Set();
  for (const id of assignment.requires) {
    const definition = CATALOG.definitions.get(id);
    if (!definition) continue;
    own.add(definition.chapter);
    if (!answerTo(learner, definition)) missing.push(shortTitle(definition));
  }
  const chapters = new Set(
    [...CATALOG.definitions.values()]
      .filter((d) => d.type === "reflection" && !own.has(d.chapter) && answerTo(learner, d))
      .map((d) => d.chapter),
  );
  const wanted = assignment.reflections_from_other_chapters;
  if (chapters.size < wanted) missing.push(format(K.FINAL_REFLECTIONS, { count: wanted - chapters.size }));
  return missing.length ? format(K.FINAL_MISSING, { items: missing.join(", ") }) : K.FINAL_COMPLETE;
}

// stats.learner_rows, with the exercises done per chapter (for the gradebook's CSV).
export function learnerRows(data) {
  return data.learners.map((learner) => {
    const done = [...CATALOG.definitions.values()].filter((definition) => answerTo(learner, definition));
    const perChapter = new Map([...CATALOG.chapters.keys()].map((number) => [number, 0]));
    for (const definition of done) perChapter.set(definition.chapter, (perChapter.get(definition.chapter) || 0) + 1);
    return {
      learner, done: done.length, total: CATALOG.definitions.size,
      chapters: ranges(done.map((definition) => definition.chapter)), perChapter, final: finalAssignment(learner),
    };
  });
}

// How many exercises each chapter has (the gradebook's maximum per chapter).
export function exercisesPerChapter() {
  const counts = new Map([...CATALOG.chapters.keys()].map((number) => [number, 0]));
  for (const definition of CATALOG.definitions.values()) counts.set(definition.chapter, (counts.get(definition.chapter) || 0) + 1);
  return counts;
}
