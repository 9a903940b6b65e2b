// The completion per learner per chapter as CSV, for a learning platform's gradebook: one row per
// learner, per chapter the number of exercises done (the header says out of how many), the total
// and the final assignment. Comma-separated, quoted where needed (RFC 4180), UTF-8 with a byte
// order mark (spreadsheets then show accents), CRLF line ends. Names and the platform's student
// id only when the teacher shows names; otherwise "Cursist A", which no gradebook can match.
//
// Spreadsheet injection (OWASP, "CSV Injection"): a spreadsheet may split a line on "," or on ";"
// (the list separator of Dutch Excel) or on a tab, so a learner named "Jan;=1+1" must not become
// a cell "=1+1". Every field that holds a separator, a quote or a line break is quoted, and every
// piece of a text as any spreadsheet could split it that starts a formula (= + - @, a tab or a
// carriage return) gets a ' in front, so it stays text however the file is opened.
import { format } from "../page/base.js";
import { byCodePoint, K } from "./classbase.js";
import { CATALOG, exercisesPerChapter, learnerRows } from "./classstats.js";

const CSV_PIECES = /(^|[,;\t\r\n])(?=[=+\-@\t\r])/g;

export function csvCell(value) {
  if (typeof value === "number") return String(value);
  const text = String(value).replace(CSV_PIECES, "$1'");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function gradebookCsv(data, showNames) {
  const perChapter = exercisesPerChapter();
  const chapters = [...perChapter.keys()].sort((a, b) => a - b);
  const header = [K.COL_LEARNER];
  if (showNames) header.push(K.CSV_NAME, K.CSV_PLATFORM, K.CSV_PLATFORM_ID);
  header.push(...chapters.map((number) => format(K.CSV_CHAPTER, { number, total: perChapter.get(number) })));
  header.push(format(K.CSV_TOTAL, { total: CATALOG.definitions.size }), K.COL_FINAL);
  const rows = learnerRows(data)
    .sort((a, b) => a.learner.letters.length - b.learner.letters.length || byCodePoint(a.learner.letters, b.learner.letters))
    .map((row) => {
      const student = row.learner.file.student;
      const cells = [format(K.LEARNER, { letters: row.learner.letters })];
      if (showNames) {
        cells.push(row.learner.shownName, student ? K.PLATFORM_NAMES[student.platform] : "", student ? student.key.slice(student.platform.length + 1) : "");
      }
      cells.push(...chapters.map((number) => row.perChapter.get(number) || 0), row.done, row.final);
      return cells;
    });
  return "\ufeff" + [header, ...rows].map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
