// The book's page: the teacher drops the platform's zip, a folder or loose exports (anywhere on the
// page), or picks them with one of two file buttons (keyboard users); classpage.js reads them and
// shows the overview. Without this script the static text of the page stays (it says what is
// needed). A page whose container carries files as JSON (the static form of the teacher's
// notebook, coursekit.classview) shows their overview at once, as if they had been dropped.
import { DATA, format } from "../page/base.js";
import { el } from "../page/dom.js";
import { readExport } from "../page/portfolio.js";
import { collect } from "./archive.js";
import { K, Stopped } from "./classbase.js";
import { classData, fingerprint, letters, pyJson, readClass, skipReason } from "./classread.js";
import { carriedFiles, ClassPage, embeddedHanded } from "./classpage.js";
import { learnersTable, reportSections, skippedReason } from "./classreport.js";
import { beforeAfter, CATALOG, dilemmaChoices, exerciseRows, learnerRows, roleProfile, scanDistribution, unknownAnswers } from "./classstats.js";
import { gradebookCsv } from "./gradebook.js";
import { fromSkeleton, readHanded, workerRead } from "./classworker.js";
import { identity, platformsOf, studentOf } from "./layouts.js";
import { sha256Hex } from "./sha256.js";

export { ClassPage };

// The page's logic for tests and for the benchmark.
globalThis.coursekitClass = {
  DATA, CATALOG, collect, readClass, readHanded, workerRead, fromSkeleton, classData, reportSections, gradebookCsv, studentOf, platformsOf, identity,
  sha256Hex, fingerprint, pyJson, letters, skipReason, readExport, exerciseRows, scanDistribution, beforeAfter,
  roleProfile, dilemmaChoices, learnerRows, learnersTable, unknownAnswers, skippedReason, Stopped,
};

if (typeof document !== "undefined") {
  const start = () => {
    const root = document.querySelector(".ck-classpage");
    if (!root) return;
    const embedded = root.querySelector("script.ck-class-files");
    if (!embedded) {
      globalThis.coursekitClass.page = new ClassPage(root);
      return;
    }
    const carried = JSON.parse(embedded.textContent);
    const intro = el("div", { class: "ck-static-intro" },
      el("p", {}, format(K.STATIC_INTRO, { folder: carried.folder })),
      carried.sample ? el("p", {}, format(K.SAMPLE_NOTE, { folder: carried.folder })) : "",
      el("p", {}, K.PRIVACY_NOTE));
    const page = new ClassPage(root, { source: intro, names: false });
    globalThis.coursekitClass.page = page;
    carriedFiles(carried).then((files) => page.read(embeddedHanded(files), { focus: false }));
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
