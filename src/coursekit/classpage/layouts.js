// The layouts of the learning platforms' bulk downloads, and THE RULE: the platform's own student
// id is the identity whenever the layout gives one. Two files with the same id are one learner,
// whatever names the exports carry; two ids are two learners, even when both exports carry the
// same name. The typed name is only shown, never used as a key when an id exists.
import { C, words } from "../page/base.js";
import { casefold } from "./classbase.js";

// The layouts are declared once, in coursekit/classview/layouts.py (which lists every recognised
// layout with its versions, variants and public sources: Moodle 3.1-4.0 with the trailing "_",
// Moodle 4.1+, flat Moodle, blind marking, online text; Canvas with LATE_, anon_ and short ids;
// Brightspace folders or flat files with US and British dates; Blackboard Learn with underscores
// in usernames; all of them zipped again on macOS). They come here as C.layouts; the notebook
// uses the very same patterns (tests/page/test_class_parity.py).

// A folder pattern matches a whole folder name on the path, a file pattern the start of the name.
export const LAYOUTS = C.layouts.map((layout) => ({
  ...layout,
  folderPattern: layout.folder ? new RegExp(`^(?:${layout.folder})$`) : null,
  filePattern: new RegExp(`^(?:${layout.file})`),
}));

// The same name however it is written.
export function identity(name) {
  return words(casefold(name.normalize("NFKC"))).join(" ");
}

// layouts.student_of: which platform student a file belongs to, {platform, id, key, label}, and
// whether the platform added the file itself (`side`); null for a file outside any layout.
export function studentOf(path) {
  const parts = path.split("/");
  const name = parts[parts.length - 1];
  for (const layout of LAYOUTS) {
    let found = null;
    if (layout.folderPattern) {
      for (const part of parts.slice(0, -1)) {
        found = layout.folderPattern.exec(part);
        if (found) break;
      }
    }
    found = found || layout.filePattern.exec(name);
    if (found) {
      const id = found[layout.id];
      return {
        platform: layout.platform, id, key: `${layout.platform}:${id}`,
        label: (found[layout.name] || "").normalize("NFC"),
        side: Boolean(layout.side && found[layout.side]),
      };
    }
  }
  return null;
}

// Give every Item its platform student (item.student) and mark the files a platform adds itself
// (Blackboard's text per attempt; Brightspace's index.html in a folder that holds its submissions).
export function markLayouts(items) {
  const brightspace = [];
  for (const item of items) {
    const found = studentOf(item.entryName === undefined ? item.path : item.entryName);
    item.student = found && { platform: found.platform, id: found.id, key: found.key, label: found.label };
    item.side = Boolean(found && found.side);
    if (found && found.platform === "brightspace") brightspace.push(item.path);
  }
  for (const item of items) {
    if (item.student || item.path.split("/").pop() !== "index.html") continue;
    const folder = item.path.slice(0, item.path.length - "index.html".length);
    if (brightspace.some((path) => path.startsWith(folder))) item.side = true;
  }
}

// The platforms found, in the order of LAYOUTS: ["moodle", ...].
export function platformsOf(items) {
  const found = new Set(items.filter((item) => item.student).map((item) => item.student.platform));
  return LAYOUTS.map((layout) => layout.platform).filter((platform) => found.has(platform));
}
