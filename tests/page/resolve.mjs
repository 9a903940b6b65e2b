// A Node module hook for the tests: the modules that coursekit.page generates ("coursekit-data",
// "coursekit-types", "coursekit-type-rules") are found in the folder COURSEKIT_GENERATED names, as esbuild's aliases find
// them in the book build. Registered by register.mjs (node --import ./tests/page/register.mjs).
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const GENERATED = new Set(["coursekit-data", "coursekit-types", "coursekit-type-rules"]);

export async function resolve(specifier, context, next) {
  if (GENERATED.has(specifier)) {
    const folder = process.env.COURSEKIT_GENERATED;
    if (!folder) throw new Error("set COURSEKIT_GENERATED to the folder of python -m coursekit.page --modules FOLDER");
    return { url: pathToFileURL(join(folder, `${specifier}.mjs`)).href, shortCircuit: true };
  }
  return next(specifier, context);
}
