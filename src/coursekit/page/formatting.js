// Dutch numbers and times, HTML and Markdown escaping: ports of coursekit.formatting and
// coursekit.answers.parse_time, equal byte for byte (tests/page compares them with Python).
import { C, cut, format, pyStr, SPACE, strip, T, words } from "./base.js";

// One decimal with the language's decimal separator (a comma in Dutch). Python rounds an exact tie (x = odd/4, such as 2.25) to even;
// toFixed would round it up, so ties are rounded here.
export function decimal(number) {
  let rounded;
  const quarters = number * 4;
  if (Number.isInteger(quarters) && quarters % 2 !== 0) {
    const tenths = number * 10;
    const low = Math.floor(tenths);
    rounded = (low % 2 === 0 ? low : low + 1) / 10;
  } else {
    rounded = Number(number.toFixed(1));
  }
  return (rounded + 0).toFixed(1).replace("-0.0", "0.0").replace(".", C.decimal_separator);
}

export function signedDecimal(number) {
  const text = decimal(number);
  return Number(text.replace(C.decimal_separator, ".")) > 0 ? "+" + text : text;
}

// --- Times -----------------------------------------------------------------------------------

export const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
export const EARLIEST = Date.UTC(2000, 0, 1) * 1000;
export const LATEST = Date.UTC(2200, 0, 1) * 1000;

export class Invalid extends Error {}

// An Invalid with its Dutch message; `tooLong`: the text is too long (said without "ongeldig").
export function invalid(template, values, tooLong) {
  const error = new Invalid(format(template, values));
  error.tooLong = Boolean(tooLong);
  return error;
}

// The one reader of times (answers.parse_time): RFC 3339 with a time zone, 2000 to 2200.
// Returns microseconds since 1970 (exact in a double until long after 2200).
export function parseTime(value) {
  const found = typeof value === "string" ? RFC3339.exec(value) : null;
  let micro = null;
  if (found) {
    const [year, month, day, hour, minute, second] = found.slice(1, 7).map(Number);
    const fraction = Number(((found[7] || "") + "000000").slice(0, 6));
    const zone = found[8];
    const offset = zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    const days = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // in a leap year; 29 February below
    const leap = month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
    // As Python's datetime: an offset may have 75 minutes, but must stay within a day.
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= days && !leap && hour < 24 && minute < 60 &&
      second < 60 && Math.abs(offset) < 24 * 60;
    if (valid) {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      date.setUTCHours(hour, minute - offset, second, 0);
      micro = date.getTime() * 1000 + fraction;
    }
  }
  if (micro === null || micro < EARLIEST || micro >= LATEST) {
    throw new Invalid(format(T.VALUE_BAD_TIME, { value: cut(pyStr(value), 40) }));
  }
  return micro;
}

// As Python writes a moment: 2026-11-27T14:02:00.123+00:00 (milliseconds) or without them.
export function isoTime(micro, milliseconds) {
  const text = new Date(Math.floor(micro / 1000)).toISOString();
  return (milliseconds ? text.slice(0, 23) : text.slice(0, 19)) + "+00:00";
}

export function nowIso() {
  return isoTime(Date.now() * 1000, true);
}

// Dutch time (Europe/Amsterdam), as coursekit.formatting.local shows every moment.
export let clockParts;
export function local(micro) {
  if (!clockParts) {
    const options = { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" };
    try {
      clockParts = new Intl.DateTimeFormat("en-US", { ...options, timeZone: "Europe/Amsterdam" });
    } catch (error) {
      clockParts = new Intl.DateTimeFormat("en-US", options); // no time zone data: local time, as Python
    }
  }
  const parts = {};
  for (const part of clockParts.formatToParts(new Date(Math.floor(micro / 1000)))) parts[part.type] = Number(part.value);
  return parts;
}

export const two = (number) => String(number).padStart(2, "0");

export function clock(micro) {
  const { hour, minute } = local(micro);
  return `${two(hour)}:${two(minute)}`;
}

export function longDate(micro) {
  const { day, month, year } = local(micro);
  return `${day} ${C.months[month - 1]} ${year}`;
}

export function dateTime(micro) {
  return `${longDate(micro)}, ${clock(micro)}`;
}

export function stamp(micro) {
  const { year, month, day, hour, minute } = local(micro);
  return `${year}${two(month)}${two(day)}-${two(hour)}${two(minute)}`;
}

// --- HTML and Markdown ----------------------------------------------------------------------

export const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

export function html(text) {
  return String(text).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

export const MD_INLINE = /([\\`*_[\]<>#|~&!{}$])/g;
export const MD_LINE_START = new RegExp(`^([${SPACE}]*)([-+=>]|\\p{Nd}+[.)])`, "gmu");

export function mdEscape(text) {
  const escaped = text.replace(/\r\n/g, "\n").replace(/\r/g, "\n").replace(MD_INLINE, "\\$1");
  return escaped.replace(MD_LINE_START, (all, space, marker) => space + marker.slice(0, -1) + "\\" + marker.slice(-1));
}

export function mdQuote(text) {
  return mdEscape(strip(text)).split("\n").map((line) => (strip(line) ? `> ${line}  ` : ">")).join("\n");
}

export function mdCell(text) {
  return words(String(text).replace(MD_INLINE, "\\$1")).join(" ");
}

export function mdRow(cells) {
  return "| " + cells.map((cell) => mdCell(cell) || " ").join(" | ") + " |";
}

export function mdRule(cells) {
  return "| " + cells.map(() => "---").join(" | ") + " |";
}

// Learner text as paragraphs of lines (formatting.paragraphs).
export const PARAGRAPH_BREAK = new RegExp(`\\n[${SPACE}]*\\n`);

export function paragraphs(text) {
  const blocks = strip(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n")).split(PARAGRAPH_BREAK);
  return blocks.filter(Boolean).map((block) => block.split("\n"));
}
