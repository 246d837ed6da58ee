import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { measureBundle } from "../../bench/bundle";

// The production task pane (built by scripts/run-tests.mjs with the preview) must stay within
// bench/budget.json, so a growing bundle fails CI rather than slowing every Word that loads it.
const budget = JSON.parse(readFileSync(join(import.meta.dirname, "../../bench/budget.json"), "utf8"));
const sizes = measureBundle(join(import.meta.dirname, "../../.test-output/preview"));

test(`initial task-pane JavaScript is under ${budget.initialJavaScriptGzipKB} KB gzip`, () => {
  assert.ok(sizes.initial.length > 0, "taskpane.html loads at least one script of ours");
  assert.ok(sizes.initialGzipKB < budget.initialJavaScriptGzipKB, `initial JS is ${sizes.initialGzipKB} KB gzip`);
});

test(`no lazily loaded chunk exceeds ${budget.anyLazyChunkGzipKB} KB gzip`, () => {
  for (const chunk of sizes.chunks.filter((c) => !c.initial)) {
    assert.ok(chunk.gzipKB < budget.anyLazyChunkGzipKB, `${chunk.file} is ${chunk.gzipKB} KB gzip`);
  }
});

test("taskpane.html loads office.js from Microsoft's CDN and nothing else from outside", () => {
  const html = readFileSync(join(import.meta.dirname, "../../.test-output/preview/taskpane.html"), "utf8");
  const external = [...html.matchAll(/<script[^>]*\ssrc=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
  assert.deepEqual(external, ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  assert.match(html, /Content-Security-Policy/);
  assert.match(html, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
});
