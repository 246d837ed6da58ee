// 起草助手's code loads on first use: the scripts taskpane.html loads first carry none of it (the
// streaming client, eventsource-parser, the diff, the page), and the pane fetches the drafting
// chunk only when 起草 is opened.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { measureBundle } from "../../bench/bundle";
import { openPreview } from "./harness";

const DIR = join(import.meta.dirname, "../../.test-output/preview");
/** String literals only the drafting code holds (minification keeps literals). */
const MARKERS = ["chat/completions", "text/event-stream", "reasoning_content", "[DONE]"];

test("the initial task-pane scripts hold no drafting code", () => {
  const { initial } = measureBundle(DIR);
  assert.ok(initial.length > 0, "taskpane.html loads scripts of ours");
  for (const { file } of initial) {
    const code = readFileSync(join(DIR, file), "utf8");
    for (const marker of MARKERS) assert.ok(!code.includes(marker), `${file} (initial) contains ${marker}`);
  }
});

test("the drafting chunk is fetched when 起草 is first opened, not before", async () => {
  const session = await openPreview({ width: "320", sample: "blank" });
  const { page } = session;
  try {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    // Work in another tab first: nothing of drafting is fetched.
    await page.getByRole("tab", { name: "短语" }).click();
    await page.waitForTimeout(300);
    assert.ok(!scripts.some((s) => /drafting\./.test(s)), `no drafting chunk before use: ${scripts.join(", ")}`);
    const before = scripts.length;
    await page.getByRole("button", { name: "起草", exact: true }).click();
    await page.getByRole("heading", { name: "起草助手" }).waitFor();
    const fetched = scripts.slice(before);
    assert.ok(fetched.some((s) => /\/drafting\.[0-9a-f]{8}\.js$/.test(s)), `the drafting chunk fetched on opening: ${fetched.join(", ")}`);
    const code = fetched.map((s) => readFileSync(join(DIR, s.replace(/^\//, "")), "utf8")).join("\n");
    for (const marker of MARKERS) assert.ok(code.includes(marker), `the streaming client came with it (${marker})`);
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});
