// Measures whether the built task pane could run in EdgeHTML 18 (Edge Legacy, the webview of
// retail Office 2016/2019 and older Microsoft 365 without WebView2). Usage, after a production build:
//   node scripts/measure-edgehtml.mjs [dir]      (default .test-output/preview)
// For every pane chunk: does it parse at EdgeHTML 18's language level (ES2017), and which
// JavaScript APIs and CSS features it uses that EdgeHTML 18 lacks. Support data comes from the
// packages Babel itself uses (core-js-compat, caniuse-lite), not from a hand-written list.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { parse } from "acorn";

const require = createRequire(import.meta.url);
const coreJs = require("core-js-compat/data.json");
const caniuse = require("caniuse-lite");

const dir = process.argv[2] || ".test-output/preview";
const chunks = readdirSync(dir).filter((f) => f.endsWith(".js") && !/^(preview|commands|webview-check)\./.test(f));

/** Lowest ECMAScript version (2017…2024) a chunk parses at, and why ES2017 fails. */
function syntaxLevel(code) {
  let firstError = "";
  for (const ecmaVersion of [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
    try {
      parse(code, { ecmaVersion, sourceType: "script" });
      return { ecmaVersion, firstError };
    } catch (error) {
      if (ecmaVersion === 2017) {
        const at = error.pos ?? 0;
        firstError = `${error.message.replace(/ \(\d+:\d+\)$/, "")}: \`${code.slice(Math.max(0, at - 12), at + 12).replace(/\s+/g, " ")}\``;
      }
    }
  }
  return { ecmaVersion: "later", firstError };
}

// Feature → how it shows in minified code → where the support data says Edge got it.
const apis = [
  ["Object.fromEntries", /\.fromEntries\(/g, "es.object.from-entries"],
  ["Array.prototype.flatMap", /\.flatMap\(/g, "es.array.flat-map"],
  ["globalThis", /\bglobalThis\b/g, "es.global-this"],
  ["queueMicrotask", /\bqueueMicrotask\b/g, "web.queue-microtask"],
  ["String.prototype.replaceAll", /\.replaceAll\(/g, "es.string.replace-all"],
  ["String.prototype.matchAll", /\.matchAll\(/g, "es.string.match-all"],
  ["Promise.allSettled", /\.allSettled\(/g, "es.promise.all-settled"],
];
const css = [
  ["flexbox gap", /[{;"']\s*(?:gap|column-gap|row-gap|columnGap|rowGap)\s*:/g, "flexbox-gap"],
  [":focus-visible", /:focus-visible/g, "css-focus-visible"],
  ["ResizeObserver", /\bResizeObserver\b/g, "resizeobserver"],
  ["CSS logical properties", /(?:inset-inline|margin-inline|padding-inline|inset-block|margin-block|padding-block)(?:-start|-end)?\s*:/g, "css-logical-props"],
];
const edgeFromCoreJs = (key) => coreJs[key]?.edge ?? "?";
const edge18FromCaniuse = (key) => {
  const stats = caniuse.feature(caniuse.features[key]).stats.edge;
  const first = Object.keys(stats).filter((v) => stats[v].startsWith("y")).map(Number).sort((a, b) => a - b)[0];
  return stats["18"].startsWith("y") ? "18" : String(first ?? "?");
};

const all = chunks.map((file) => ({ file, code: readFileSync(join(dir, file), "utf8") }));
console.log(`## EdgeHTML 18 and the task pane (${dir}, ${chunks.length} chunks)\n`);
console.log("| chunk | parses at | why not ES2017 (first error) |\n| --- | --- | --- |");
let failing = 0;
for (const { file, code } of all) {
  const { ecmaVersion, firstError } = syntaxLevel(code);
  if (ecmaVersion !== 2017) failing++;
  console.log(`| ${file.replace(/\.[0-9a-f]{8}\.js$/, "")} | ES${ecmaVersion} | ${firstError || "—"} |`);
}
console.log(`\n${failing} of ${chunks.length} chunks do not parse at ES2017.\n`);
console.log("| feature the pane uses | occurrences | first Edge with it |\n| --- | --- | --- |");
for (const [label, pattern, key] of apis) {
  const count = all.reduce((n, { code }) => n + (code.match(pattern)?.length ?? 0), 0);
  if (count) console.log(`| ${label} (JS) | ${count} | ${edgeFromCoreJs(key)} |`);
}
for (const [label, pattern, key] of css) {
  const count = all.reduce((n, { code }) => n + (code.match(pattern)?.length ?? 0), 0);
  if (count) console.log(`| ${label} | ${count} | ${edge18FromCaniuse(key)} |`);
}
