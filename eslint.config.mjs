// Lint: typescript-eslint's recommended rules, the Office add-in rules where Office.js is used, React's hook
// rules in the pane; Prettier formats (eslint-config-prettier turns off the rules it owns). `npm run lint`.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "lib/", "bench/out/", "coverage/", "src/engine/tariefset/valideer-tariefset.gen.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js: load before read, sync after load, no sync in a loop (the bulk run's one sync per chunk is deliberate).
    files: ["src/excel/**/*.ts", "src/functions/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Plain Node scripts (CommonJS).
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { globals: globals.node, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Served into the browser in place of office.js.
    files: ["test/browser/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  prettier,
);
