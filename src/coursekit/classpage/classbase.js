// What every module of the class page shares, with no imports of its own from this folder (so
// that archive.js and layouts.js, which need each other's neighbours, form no cycle): the teacher
// texts, the stop signal, and Python's way of folding case and of comparing strings.
import { DATA } from "../page/base.js";

export const K = DATA.teacher; // the teacher texts (coursekit.texts.teacher), as T holds the learner texts

export class Stopped extends Error {}

// Python's str.casefold(), as near as JavaScript comes (full case mapping up, then down).
export function casefold(text) {
  return text.toUpperCase().toLowerCase();
}

// Compare as Python compares strings: by code point. JavaScript compares UTF-16 units, in which a
// code point above U+FFFF (a surrogate pair, D800-DFFF) would sort before E000-FFFF; shift them.
export function byCodePoint(a, b) {
  const end = Math.min(a.length, b.length);
  for (let index = 0; index < end; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) {
      const rank = (unit) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);
      return rank(x) - rank(y);
    }
  }
  return a.length - b.length;
}
