// Shared helpers. DATA is made by coursekit.page at build time (the module "coursekit-data"):
// DATA.texts (learner texts), DATA.schemas, DATA.parts (document parts), DATA.constants; each of
// the two scripts (the page's, the portfolio's) has its own, with what its modules use.
// Text helpers behave as Python's, so the page words and counts things as the notebooks do.

import DATA from "coursekit-data";

export { DATA };
export const T = DATA.texts;
export const C = DATA.constants;

// Python's str.isspace() characters: str.split(), str.strip() and the regex class \s use these.
export const SPACE = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
export const STRIP = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, "g");
export const SPACES = new RegExp(`[${SPACE}]+`);

export function strip(text) {
  return text.replace(STRIP, "");
}

export function words(text) {
  return text.split(SPACES).filter(Boolean);
}

// Length in code points (Python's len, JSON Schema's maxLength), not UTF-16 units.
export function length(text) {
  const pairs = text.match(/[\ud800-\udbff][\udc00-\udfff]/g);
  return text.length - (pairs ? pairs.length : 0);
}

export function cut(text, count) {
  return Array.from(text).slice(0, count).join("");
}

// str(value) in Python, for the values our messages show.
export function pyStr(value) {
  if (typeof value === "string") return value;
  return pyRepr(value);
}

export function pyRepr(value) {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) < 1e16 ? String(value) : pyFloat(value);
  if (typeof value === "string") {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    return quote + value.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), "\\" + quote).replace(/\n/g, "\\n") + quote;
  }
  if (Array.isArray(value)) return "[" + value.map(pyRepr).join(", ") + "]";
  return "{" + Object.entries(value).map(([key, item]) => pyRepr(key) + ": " + pyRepr(item)).join(", ") + "}";
}

export function pyFloat(value) {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const text = String(value);
  return /[.e]/.test(text) ? text.replace(/e([+-])(\d)$/, "e$10$2") : text + ".0";
}

// str.format with {name} fields, as the texts are written.
export function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (field, name) => (name in values ? pyStr(values[name]) : field));
}

// Python's == on JSON data: same keys (in any order), same items in the same order.
export function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && same(a[key], b[key]));
}

export function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// schemas/depth.py, text_too_deep: whether a JSON text nests arrays and objects more than `limit`
// deep (strings skipped), counted without recursion, exactly as Python counts.
export function tooDeep(text, limit = C.max_depth) {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      index += 1;
      while (index < text.length && text.charCodeAt(index) !== 0x22) index += text.charCodeAt(index) === 0x5c ? 2 : 1;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

// schemas/depth.py, value_too_deep: the same for a parsed value ({} is 1 deep).
export function valueTooDeep(value, limit = C.max_depth) {
  const stack = [[value, 1]];
  while (stack.length) {
    const [item, level] = stack.pop();
    if (typeof item !== "object" || item === null) continue;
    if (level > limit) return true;
    for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return false;
}
