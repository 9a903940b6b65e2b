// eslint over the book's JavaScript (the page layer, the class page, the exercise types' views and
// the tests of tests/page): @eslint/js's recommended rules, with the browser's and Node's globals.
import js from "@eslint/js";
import globals from "globals";

export default [
  // notebook/exercise.js and classoverview.js: generated (python -m coursekit.notebook) from the
  // sources linted here.
  {
    ignores: [
      "_build/**", "node_modules/**", ".venv/**", "**/.ipynb_checkpoints/**",
      "src/coursekit/notebook/exercise.js", "src/coursekit/notebook/classoverview.js",
    ],
  },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "no-control-regex": "off", // the texts' rules name control characters on purpose (answers.check_text)
      "no-unused-vars": ["error", { caughtErrors: "none" }],
      // Browser globals with everyday names: a missing import of ours must not fall back on them.
      "no-restricted-globals": ["error", "length", "name", "status", "event", "close", "open", "top", "parent", "stop", "find", "print", "origin"],
    },
  },
  { files: ["src/**/*.js"], languageOptions: { globals: { ...globals.browser } } },
  { files: ["tests/**/*.mjs", "eslint.config.mjs"], languageOptions: { globals: { ...globals.node } } },
];
