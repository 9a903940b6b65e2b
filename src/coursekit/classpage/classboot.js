// The book's page: the teacher drops the platform's zip, a folder or loose exports (anywhere on the
// page), or picks them with one of two file buttons (keyboard users); classpage.js reads them and
// shows the overview. Without this script the static text of the page stays (it says what is
// needed). A page whose container carries files as JSON (the static form of the teacher's
// notebook, coursekit.classview) shows their overview at once, as if they had been dropped.
import { DATA } from "../page/base.js";
import { readExport } from "../page/portfolio.js";
import { collect } from "./archive.js";
import { K, Stopped } from "./classbase.js";
import { classData, fingerprint, letters, pyJson, readClass, skipReason } from "./classread.js";
import { carriedFiles, ClassPage } from "./classpage.js";
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
  // The page's container, and any container that carries files (the notebook's static form; a
  // printed book may hold both).
  const start = () => {
    for (const root of document.querySelectorAll(".ck-classpage")) {
      const embedded = root.querySelector("script.ck-class-files");
      if (!embedded) {
        globalThis.coursekitClass.page ||= new ClassPage(root);
        continue;
      }
      const page = new ClassPage(root, { source: root.querySelector(".ck-static-intro"), names: null });
      // On the book's page the files come in a script file of their own (klaspagina), loaded first.
      const file = embedded.dataset.file;
      const carried = file ? (globalThis.coursekitClassFiles || {})[file] : JSON.parse(embedded.textContent);
      if (!carried) {
        page.say(K.PAGE_CARRIED_MISSING);
        continue;
      }
      carriedFiles(carried).then((handed) => page.read(handed, true));
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
