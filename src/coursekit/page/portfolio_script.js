// The entry of the page's second script, coursekit-portfolio.js (coursekit.page builds it beside
// coursekit-page.js, with its own DATA): the portfolio's export, the reader of exports and the
// import (portfolio.js, with the document's parts and texts). Most readers never export, so the
// page loads it only the first time it is needed (lazy.js): an export or import in the portfolio
// panel, or the download offered when the browser refuses to keep an answer. A classic script,
// so it loads from file:// too. It shares no objects with the page script but plain data.
import { buildExport, catalogOf, importExport, refusal } from "./portfolio.js";

globalThis.coursekitPortfolio = { buildExport, catalogOf, importExport, refusal };
