// node --import ./tests/page/register.mjs: resolve the generated modules (resolve.mjs).
import { register } from "node:module";

register("./resolve.mjs", import.meta.url);
