// Lint enforces the layering: src/core is pure (no office-js, no React, no DOM host objects);
// only src/word may touch Word/Office; the task pane talks to Word through src/word.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { createRequire } from "node:module";
import { readdirSync } from "node:fs";
import * as espree from "espree";

// eslint-plugin-office-addins classifies properties from a list drawn mostly from Excel: Word's
// navigation properties (paragraphs, parentTableOrNullObject …) count as scalars there and Word's
// scalar isEmpty as navigational, which flags correct code. Teach it Word's before it loads.
const require = createRequire(import.meta.url);
const officeProperties = require("eslint-plugin-office-addins/lib/utils/data/properties.json");
const wordNavigation = [
  "paragraphs", "contentControls", "tables", "body", "document", "customXmlParts", "settings",
  "parentTableOrNullObject", "parentTable", "parentContentControlOrNullObject", "parentContentControl",
  "parentBody", "lists", "inlinePictures", "properties", "sections",
];
officeProperties.navigational.push(...wordNavigation);
officeProperties.scalar = officeProperties.scalar.filter((name) => !wordNavigation.includes(name));
officeProperties.navigational = officeProperties.navigational.filter((name) => name !== "isEmpty");
officeProperties.scalar.push("isEmpty");
const { default: officeAddins } = await import("eslint-plugin-office-addins");

const officeGlobals = ["Word", "Office", "OfficeExtension", "OfficeRuntime"].map((name) => ({
  name,
  message: "Only src/word may use the Office JavaScript API; go through its exported functions.",
}));

// Layering inside src/core, as an allowlist (VS Code's code-layering rule): each module names the
// core modules it may import; anything else, a new module included, is refused. Below nothing
// may import upwards, so checks and format can never again import each other.
const coreLayers = {
  text: [],
  placeholders: ["text"],
  outline: ["text"],
  ads: ["text", "outline"],
  genres: ["text", "outline"],
  skeleton: ["text", "outline", "genres", "snippets", "placeholders", "ads"],
  snippets: ["text"],
  metrics: ["text", "placeholders", "outline"],
  checks: ["text", "outline", "placeholders", "ads", "figures"],
  figures: ["text", "placeholders"],
  format: ["text", "outline", "ads"],
  packs: ["genres", "snippets", "checks", "format", "text", "figures", "drafting"],
  drafting: ["text", "outline", "checks"],
};
// A module of src/core that is not listed would be unchecked itself: lint refuses to run until it
// names what it may import. The blocks below reach files up to CORE_DEPTH folders inside a module.
const CORE_DEPTH = 6;
const coreModules = readdirSync(new URL("./src/core/", import.meta.url), { withFileTypes: true });
const unlisted = coreModules
  // Besides modules, src/core holds only its compile settings: tsconfig.json and platform.d.ts (no imports).
  .filter((entry) => !entry.name.startsWith(".") && !(entry.isDirectory() && entry.name in coreLayers))
  .filter((entry) => !(entry.isFile() && (entry.name === "tsconfig.json" || entry.name === "platform.d.ts")))
  .map((entry) => entry.name);
if (unlisted.length > 0) {
  throw new Error(`src/core/${unlisted.join(", src/core/")}: not a module listed in coreLayers (eslint.config.js); add it with the core modules it may import.`);
}
const coreLayerBlocks = Object.entries(coreLayers).flatMap(([module, allowed]) =>
  Array.from({ length: CORE_DEPTH }, (_, i) => i + 1).map((depth) => ({
    files: [`src/core/${module}/${"*/".repeat(depth - 1)}*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // Repeated from the src/core block above: this block's options replace that block's.
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no React." },
            { group: ["**/word", "**/word/*", "**/taskpane/*", "**/taskpane"], message: "src/core depends on nothing above it." },
            {
              regex: `^${"\\.\\./".repeat(depth)}(?!(?:${[module, ...allowed].join("|")})(?:/|$))[^./]`,
              message: `src/core/${module} may import only ${allowed.length ? allowed.map((m) => `core/${m}`).join(", ") : "no other core module"} (coreLayers in eslint.config.js).`,
            },
          ],
        },
      ],
    },
  })),
);

// The task pane may read only these of Office (its own rule, repeated where a block sets no-restricted-syntax again).
const officeOnlyOnReady = {
  selector: "MemberExpression[object.name='Office'][property.name!='onReady'][property.name!='context']",
  message: "The task pane reads only Office.onReady and Office.context (language, theme); Word goes through src/word.",
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, "window", "document", "localStorage", "fetch"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no React." },
            { group: ["**/word", "**/word/*", "**/taskpane/*", "**/taskpane"], message: "src/core depends on nothing above it." },
          ],
        },
      ],
    },
  },
  ...coreLayerBlocks,
  {
    // The Word layer's public surface is src/word/index.ts: no caller reaches past it.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "(^|/)word/(?!index$).+", message: "Import the Word layer from src/word (its index), not its modules." }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-globals": ["error", ...officeGlobals.filter((g) => g.name !== "Office")],
      "no-restricted-syntax": ["error", officeOnlyOnReady],
    },
  },
  {
    // Components' text comes from strings tables (defineStrings; defineMessages outside React),
    // never from inline bilingual literals or a choice on the locale (#27).
    files: ["src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        officeOnlyOnReady,
        {
          selector: "ObjectExpression:has(> Property[key.name='zh']):has(> Property[key.name='en'])",
          message: "No inline { zh, en } text in components: put it in the strings table (defineStrings, or defineMessages for a Bilingual); untranslated() for text that is the same in both.",
        },
        {
          selector: "ConditionalExpression > BinaryExpression.test[right.value=/^(zh-CN|en-US)$/]",
          message: "No locale === … ? … : … in components: put both texts in the strings table, or pick() a Bilingual.",
        },
      ],
    },
  },
  {
    // Pane modules outside React return Bilingual messages from defineMessages tables (each area's
    // messages.ts), never from { zh: "…", en: "…" } written in place (#27). A pair built from
    // values (a name's two halves, one table entry per language) is not text and stays allowed.
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        officeOnlyOnReady,
        {
          selector:
            "ObjectExpression:has(> Property[key.name='zh']):has(> Property[key.name='en']):has(> Property[key.name=/^(zh|en)$/][value.type=/^(Literal|TemplateLiteral)$/])",
          message: "No inline { zh: \"…\", en: \"…\" } text in pane modules: put it in the area's messages table (defineMessages); untranslated() for text that is the same in both.",
        },
        {
          selector: "ConditionalExpression > BinaryExpression.test[right.value=/^(zh-CN|en-US)$/]",
          message: "No locale === … ? … : … in pane modules: put both texts in a messages table, or pick() a Bilingual.",
        },
      ],
    },
  },
  {
    // src/core returns Bilingual messages from defineMessages tables (each area's messages.ts,
    // core/text/catalog.ts), never from { zh: "…", en: "…" } written in place (#27). Built-in
    // content (genres, snippets, the checks' data) is data, not messages, and the rule names have
    // their own catalog (checks/catalog.ts); marked in place: the year facts
    // (checks/rules/textYearBound.ts), the fields a skeleton declares and its hint quoting the document (skeleton/).
    files: ["src/core/**/*.ts"],
    ignores: [
      "src/core/**/messages.ts",
      "src/core/text/catalog.ts",
      "src/core/checks/catalog.ts",
      "src/core/genres/catalog/**",
      "src/core/snippets/library/**",
      "src/core/snippets/data/**",
      "src/core/checks/data/**",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ObjectExpression:has(> Property[key.name='zh']):has(> Property[key.name='en']):has(> Property[key.name=/^(zh|en)$/][value.type=/^(Literal|TemplateLiteral)$/])",
          message: "No inline { zh: \"…\", en: \"…\" } text in src/core: put it in the area's messages table (messages.ts, defineMessages); untranslated() for text that is the same in both.",
        },
      ],
    },
  },
  {
    files: ["src/word/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The Word double mirrors office-js's untyped proxies; tests and benchmarks drive it.
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts", "src/word-double/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // A failing assert.ok(x) without a message makes Node re-read and re-parse the test's source to
    // word one; under tsx it reads the wrong positions and was seen to hang for minutes (docs/TESTING.md).
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='assert'][callee.property.name='ok'][arguments.length<2]",
          message: "Give assert.ok a message: assert.ok(x, \"what should hold\") (a bare one can hang the run; docs/TESTING.md).",
        },
        {
          selector: "CallExpression[callee.name='assert'][arguments.length<2]",
          message: "Give assert a message: assert(x, \"what should hold\") (a bare one can hang the run; docs/TESTING.md).",
        },
      ],
    },
  },
  {
    // The webview check runs in Internet Explorer 11: parsed as ES5, so ES2015+ syntax fails lint.
    files: ["src/legacy/**/*.js"],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser, Office: "readonly" } },
  },
);
