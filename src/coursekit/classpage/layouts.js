// The layouts of the learning platforms' bulk downloads: one folder or one file-name prefix per
// student. A file found in a student's folder or under a student's prefix belongs to that student,
// whatever name the export itself carries (a learner who typed their name twice differently is
// still one learner; two students whose exports carry the same name stay two). Where they come
// from (see the report of issue 15 and book/docenten/klasoverzicht-in-je-browser.md):
//
// - Moodle (mod/assign/classes/downloader.php): "Volledige naam_<deelnemer-id>_assignsubmission_file/"
//   per student (the default since Moodle 3.1), or that prefix plus "_" before each file name;
//   "Participant_<id>_..." with anonymous marking.
// - Canvas (lib/content_zipper.rb): "<achternaamvoornaam>[_LATE]_<user id>_<attachment id>_<file>",
//   "anon_<id>_..." with anonymous grading; all files in one folder.
// - Brightspace: "<id>-<id> - Voornaam Achternaam - Oct 10, 2025 1022 AM/" per submission (or that
//   text plus " - " before each file name), and an index.html of its own.
// - Blackboard Learn (Original): "<opdracht>_<gebruikersnaam>_attempt_<yyyy-mm-dd-hh-mm-ss>_<file>",
//   with a "<...>.txt" of its own per attempt.
import { words } from "../page/base.js";
import { casefold } from "./archive.js";

export const WHEN = String.raw`\p{L}+\.? \d{1,2}, \d{4} \d{1,2}:?\d{2}(?: ?[AP]M)?`;
export const LAYOUTS = [
  {
    platform: "moodle",
    folder: /^([^_/]*)_(\d+)_assignsubmission_[a-z0-9]+$/,
    file: /^([^_/]*)_(\d+)_assignsubmission_[a-z0-9]+_./,
    student: (found) => [found[2], found[1]],
  },
  {
    platform: "brightspace",
    folder: new RegExp(String.raw`^\d+-\d+ - (.+?) ?- ${WHEN}$`, "u"),
    file: new RegExp(String.raw`^\d+-\d+ - (.+?) ?- ${WHEN} - .`, "u"),
    student: (found) => [identity(found[1]), found[1]],
  },
  {
    platform: "canvas",
    file: /^(?:(.*?)_)?(?:LATE_)?(\d{3,}|anon_[A-Za-z0-9]+)_\d{3,}_./,
    student: (found) => [found[2], found[1] || ""],
  },
  {
    platform: "blackboard",
    file: /^.+_([^_/]+)_attempt_\d{4}(?:-\d{2}){5}(?:_.|(\.txt)$)/,
    student: (found) => [found[1], found[1]],
    side: (found) => Boolean(found[2]),
  },
];

// classview/read.py, _identity: the same name however it is written.
export function identity(name) {
  return words(casefold(name.normalize("NFKC"))).join(" ");
}

// Which platform student a file belongs to: {platform, key, label}, and whether the platform
// added the file itself (`side`); null for a file outside any platform layout.
export function studentOf(path) {
  const parts = path.split("/");
  const name = parts[parts.length - 1];
  for (const layout of LAYOUTS) {
    const folder = layout.folder && parts.slice(0, -1).map((part) => layout.folder.exec(part)).find(Boolean);
    const found = folder || layout.file.exec(name);
    if (found) {
      const [key, label] = layout.student(found);
      return { platform: layout.platform, key: `${layout.platform}:${key}`, label, side: Boolean(layout.side && layout.side(found)) };
    }
  }
  return null;
}

// Give every Item its platform student (item.student) and mark the files a platform adds itself
// (Blackboard's text per attempt, Brightspace's index.html next to its student folders).
export function markLayouts(items) {
  const brightspaceZips = new Set();
  for (const item of items) {
    const found = studentOf(item.path);
    item.student = found && { platform: found.platform, key: found.key, label: found.label };
    item.side = Boolean(found && found.side);
    if (found && found.platform === "brightspace") brightspaceZips.add(item.path.split("/")[0]);
  }
  for (const item of items) {
    const parts = (item.entryName || "").split("/");
    const top = parts.length === 1 || (parts.length === 2 && item.entryName.split("/")[0] !== "");
    if (!item.student && top && parts[parts.length - 1] === "index.html" && brightspaceZips.has(item.path.split("/")[0])) {
      item.side = true;
    }
  }
}

// The platforms found, in the order of LAYOUTS: ["moodle", ...].
export function platformsOf(items) {
  const found = new Set(items.filter((item) => item.student).map((item) => item.student.platform));
  return LAYOUTS.map((layout) => layout.platform).filter((platform) => found.has(platform));
}
