// The scripts the page loads only when the learner needs them: the portfolio script
// (coursekit-portfolio.js, entry portfolio_script.js: export and import) and the book's catalog
// (coursekit-catalog.js). Classic scripts injected into the page, so they load from file:// too,
// where a module or a fetch cannot. Each loads once: one promise for the page (a failed load may
// be tried again).
import { el } from "./dom.js";

// Resolves with `ready()` once the script at `address` has run (at once when it already has).
export function loadScript(address, ready) {
  const found = ready();
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const missing = () => reject(new Error(`coursekit: ${address} did not load`));
    if (!address) {
      missing();
      return;
    }
    const loaded = () => {
      const value = ready();
      if (value) resolve(value);
      else missing();
    };
    document.head.append(el("script", { src: address, onload: loaded, onerror: missing }));
  });
}

const loading = new Map();

// The one promise for the script at `address` (kept while it loads or once it has; dropped when it failed).
export function loadOnce(address, ready) {
  if (!loading.has(address)) {
    loading.set(address, loadScript(address, ready).catch((error) => {
      loading.delete(address);
      throw error;
    }));
  }
  return loading.get(address);
}

// The portfolio script's functions: {buildExport, catalogOf, importExport, refusal}.
export const portfolioCode = (address) => loadOnce(address, () => globalThis.coursekitPortfolio);
