// What the teacher hands the page: a platform's zip, a folder, loose files. Every zip is read
// with unzipit (npm, pinned in package.json; the build copies it in below), which reads the zip's
// central directory and inflates with the browser's DecompressionStream. Each entry is checked
// against the caps (C.max_*) from that directory BEFORE one byte is inflated, and inflating stops
// at the size the directory gave. Every entry the overview does not read gets a Dutch reason
// (K.*); nothing here throws at the teacher. Nothing leaves the browser: unzipit is only ever
// handed a File or bytes, never an address.
import { thousands } from "../page/answers.js";
import { C, format } from "../page/base.js";
import { decimal } from "../page/formatting.js";
import * as unzipit from "unzipit";
import { byCodePoint, casefold, K, Stopped } from "./classbase.js";
import { markLayouts } from "./layouts.js";

// A file the overview may read: `read(signal)` gives its bytes; `problem`: why it is not read.
export class Item {
  constructor(path, size, read) {
    this.path = path;
    this.size = size;
    this.read = read;
    this.problem = null;
    this.notes = [];
    this.side = false; // a file the platform adds itself (not a learner's)
  }
}

export const MEGABYTE = 1024 * 1024;
export const FILE_TYPE = 0o170000; // the type bits of a Unix mode, kept in the high half of the attributes
export const [REGULAR, FOLDER, LINK] = [0o100000, 0o040000, 0o120000];
export const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
export const LOOSE_UTF8 = new TextDecoder("utf-8");

// Hidden files and system clutter are left out, as the notebook's kernel leaves them out (classview/read.py, listing).
export function ignored(path) {
  return path.split("/").some((part) => (part.startsWith(".") && part !== "..") || C.ignored_names.includes(part.toLowerCase()));
}

// A name that points outside the zip: absolute, a drive letter, or a ".." step.
export function unsafe(name) {
  const parts = name.replace(/\\/g, "/");
  return /^\//.test(parts) || /^[A-Za-z]:/.test(parts) || parts.split("/").includes("..");
}

export function looksLikeZip(bytes) {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

// The zip's bytes for unzipit. A zip up to 256 MB is read into memory at once (fast); a larger
// one is read in slices. A single read larger than C.max_directory_bytes is refused: only the
// central directory is read in one piece (data comes in 1 MB pieces), so this caps how many
// entries the library will list before the page can count them.
export class ZipSource {
  constructor(file, bytes) {
    this.file = file;
    this.bytes = bytes;
  }

  async getLength() {
    return this.file.size;
  }

  async read(offset, length) {
    if (length > C.max_directory_bytes) throw new RangeError("directory");
    if (this.bytes) return this.bytes.subarray(offset, offset + length);
    return new Uint8Array(await this.file.slice(offset, offset + length).arrayBuffer());
  }
}

// The bytes of one entry, inflated chunk by chunk; stops at the declared size (unzipit errors
// past it too) and when the teacher presses "Stop".
export async function inflated(entry, signal) {
  const stream = await entry.stream();
  const reader = stream.getReader();
  const bytes = new Uint8Array(entry.size);
  let at = 0;
  try {
    for (;;) {
      if (signal && signal.aborted) throw new Stopped();
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > bytes.length) throw new RangeError("size");
      bytes.set(value, at);
      at += value.length;
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  if (at !== bytes.length) throw new RangeError("size");
  return bytes;
}

export function entryProblem(error) {
  if (error instanceof Stopped) return error;
  const message = String(error && error.message);
  if (error instanceof RangeError || /exceeds limit|size mismatch/.test(message)) return K.SKIP_ZIP_SIZE;
  return K.SKIP_ZIP_DAMAGED;
}

// One entry of a zip as an Item, with the reason it is not read (checked on the directory only).
export function zipItem(zipName, entry) {
  let name;
  let notUtf8 = false;
  try {
    name = STRICT_UTF8.decode(entry.nameBytes);
  } catch (error) {
    name = LOOSE_UTF8.decode(entry.nameBytes);
    notUtf8 = true;
  }
  const clean = name.replace(/\\/g, "/");
  const item = new Item(`${zipName}/${clean.replace(/^\/+/, "")}`, entry.size, async (signal) => {
    try {
      return await inflated(entry, signal);
    } catch (error) {
      throw entryProblem(error);
    }
  });
  item.entryName = clean;
  if (notUtf8) item.notes.push(K.NOTE_NAME_NOT_UTF8);
  const unix = entry.versionMadeBy >> 8 === 3; // made on Unix: the attributes hold a file mode
  const kind = (entry.externalFileAttributes >>> 16) & FILE_TYPE;
  if (unsafe(name)) item.problem = K.SKIP_UNSAFE_PATH;
  else if (unix && kind === LINK) item.problem = K.SKIP_LINK;
  else if (unix && kind !== 0 && kind !== REGULAR) item.problem = K.SKIP_NOT_REGULAR;
  else if (entry.encrypted) item.problem = K.SKIP_ENCRYPTED;
  else if (/\.zip$/i.test(clean)) item.problem = K.SKIP_NESTED_ZIP;
  else if (entry.size > C.max_file_bytes) item.problem = format(K.SKIP_TOO_LARGE, { size: decimal(C.max_file_bytes / MEGABYTE) });
  else if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) item.problem = format(K.SKIP_METHOD, { method: entry.compressionMethod });
  else if (entry.size >= C.ratio_from_bytes && entry.size > C.max_ratio * Math.max(entry.compressedSize, 1)) {
    item.problem = format(K.SKIP_ZIP_BOMB, { ratio: Math.floor(entry.size / Math.max(entry.compressedSize, 1)) });
    item.bomb = true;
  }
  return item;
}

// The Items of one zip, or one Item with the reason the whole zip is not read.
export async function zipItems(file, path) {
  const refused = (reason) => {
    const item = new Item(path, file.size, null);
    item.problem = reason;
    return [item];
  };
  if (file.size > C.max_zip_bytes) return refused(format(K.ZIP_TOO_LARGE, { size: Math.round(C.max_zip_bytes / MEGABYTE / 1024) }));
  let entries;
  try {
    const bytes = file.size <= 256 * MEGABYTE ? new Uint8Array(await file.arrayBuffer()) : null;
    entries = (await unzipit.unzipRaw(new ZipSource(file, bytes))).entries;
  } catch (error) {
    const directory = error instanceof RangeError && error.message === "directory";
    return refused(directory ? format(K.ZIP_TOO_MANY_ENTRIES, { limit: thousands(C.max_entries) }) : K.ZIP_DAMAGED);
  }
  if (entries.length > C.max_entries) return refused(format(K.ZIP_TOO_MANY_ENTRIES, { limit: thousands(C.max_entries) }));
  const folder = (entry) =>
    entry.nameBytes[entry.nameBytes.length - 1] === 0x2f ||
    (entry.versionMadeBy >> 8 === 3 && ((entry.externalFileAttributes >>> 16) & FILE_TYPE) === FOLDER);
  const items = entries
    .filter((entry) => !folder(entry))
    .map((entry) => zipItem(path, entry))
    .filter((item) => !ignored(item.entryName));
  if (!items.length) return refused(K.ZIP_EMPTY);
  // What reading would unpack (a bomb counts too): over the cap, the zip is not unpacked at all.
  const unpacked = items.filter((item) => !item.problem || item.bomb).reduce((sum, item) => sum + item.size, 0);
  if (unpacked > C.max_total_bytes) return refused(format(K.ZIP_TOO_BIG_UNPACKED, { size: Math.round(C.max_total_bytes / MEGABYTE) }));
  return items;
}

// A loose file (picked, dropped, or in a dropped folder) as an Item; a zip becomes its entries.
export async function fileItems(file, path) {
  let start;
  try {
    start = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  } catch (error) {
    const item = new Item(path, file.size, null);
    item.problem = format(K.SKIP_UNREADABLE, { reason: K.PAGE_CANNOT_OPEN });
    return [item];
  }
  if (/\.zip$/i.test(path) || looksLikeZip(start)) return zipItems(file, path);
  const item = new Item(path, file.size, async () => {
    try {
      return new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      throw format(K.SKIP_UNREADABLE, { reason: K.PAGE_CANNOT_OPEN });
    }
  });
  if (file.size > C.max_file_bytes) item.problem = format(K.SKIP_TOO_LARGE, { size: decimal(C.max_file_bytes / MEGABYTE) });
  return [item];
}

// Every file of a dropped folder (the File and Directory Entries API), at most `limit` of them.
export async function folderFiles(entry, prefix, found, limit) {
  if (found.length >= limit) return;
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject)).catch(() => null);
    if (file) found.push({ file, path: prefix + entry.name });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = entry.createReader();
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject)).catch(() => []);
    if (!batch.length || found.length >= limit) return;
    for (const child of batch) await folderFiles(child, `${prefix}${entry.name}/`, found, limit);
  }
}

// What a drop holds: files and folders ({file, path} each), at most `limit` files.
export async function droppedFiles(dataTransfer, limit) {
  const found = [];
  const entries = [...(dataTransfer.items || [])]
    .filter((item) => item.kind === "file")
    .map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null));
  if (entries.length && entries.every(Boolean)) {
    for (const entry of entries) await folderFiles(entry, "", found, limit);
  } else {
    for (const file of [...dataTransfer.files].slice(0, limit)) found.push({ file, path: file.name });
  }
  return found;
}

// The Items of everything handed in ({file, path} each, or {path, problem}: a file the notebook's
// kernel would not read, with its Dutch reason), sorted by path, without hidden files and clutter;
// `truncated` when there were more than C.max_files.
export async function collect(handed) {
  let items = [];
  for (const { file, path, problem } of handed) {
    if (ignored(path)) continue;
    if (problem) {
      const item = new Item(path, 0, null);
      item.problem = problem;
      items.push(item);
      continue;
    }
    items = items.concat(await fileItems(file, path));
  }
  items.sort((a, b) => byCodePoint(casefold(a.path), casefold(b.path)) || byCodePoint(a.path, b.path));
  markLayouts(items);
  const sides = items.filter((item) => item.side);
  items = items.filter((item) => !item.side);
  const truncated = items.length > C.max_files;
  return { items: items.slice(0, C.max_files), sides, truncated };
}
