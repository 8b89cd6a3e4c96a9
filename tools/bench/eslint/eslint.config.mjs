// ESLint as tools/bench runs it: one cheap rule (no-unused-vars) over the
// JavaScript and TypeScript corpora, TypeScript through typescript-eslint's
// parser. Lives beside its node_modules (run.sh copies it there).
import tsParser from "@typescript-eslint/parser";

const rules = { "no-unused-vars": "error" };
export default [
  { files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"], rules },
  {
    files: ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"],
    languageOptions: { parser: tsParser },
    rules,
  },
];
