// Runs node's test runner (through tsx, for TypeScript) over the given folders (default: all of
// tests/), one process per test file, two at a time, each under a time limit, then prints one plain
// closing line "N passed, N failed" that CI reads.
//
// Why a process per file with our own limit: a synchronous hang (seen: a failing bare assert.ok under
// tsx, where node's message generation re-parses the source quadratically) blocks the file's event
// loop, so node's own --test-timeout never fires and CI sees silence. The parent kills the file after
// TEST_FILE_LIMIT_S seconds and names it.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["tests"];
const files = [];
const walk = (dir) => {
  if (statSync(dir).isFile()) return void files.push(dir);
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.test\.tsx?$/.test(name)) files.push(path);
  }
};
roots.forEach(walk);
if (files.length === 0) {
  console.error("No test files under " + roots.join(", "));
  process.exit(1);
}

const limitSeconds = Number(process.env.TEST_FILE_LIMIT_S ?? 600);
const concurrency = Math.max(1, Number(process.env.TEST_CONCURRENCY ?? 2));

// End-to-end tests drive the production bundle (with the preview page) in Chromium: build it once.
if (files.some((f) => f.split(/[\\/]/).includes("e2e"))) {
  const build = spawnSync(
    process.execPath,
    ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", "preview", "--env", "outDir=.test-output/preview"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (build.status !== 0) {
    console.error("Preview build failed");
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

// The last "ℹ pass N" of a spec reporter's summary (failure details can follow it at length).
const count = (out, label) => Number([...out.matchAll(new RegExp(`^ℹ ${label} (\\d+)`, "gm"))].pop()?.[1] ?? 0);

/** Runs one test file in its own process group; resolves with its counts, killing it at the limit. */
const runFile = (file, env) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", file], {
      stdio: ["ignore", "pipe", "pipe"],
      env,
      detached: true,
    });
    let out = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => (out += chunk.toString()));
    child.stderr.on("data", (chunk) => (out += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, limitSeconds * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const passed = count(out, "pass");
      let failed = count(out, "fail") + count(out, "cancelled");
      if (timedOut) {
        failed += 1;
        out += `\n✖ ${file}: killed after the per-file limit of ${limitSeconds} s (TEST_FILE_LIMIT_S): it hung or is too slow\n`;
      } else if (code !== 0 && failed === 0) {
        failed = 1;
        out += `\n✖ ${file}: exited with code ${code} without reporting a failed test\n`;
      }
      process.stdout.write(`\n▶ ${file} (${seconds} s)\n${out}`);
      resolve({ file, code: timedOut ? 1 : code, passed, failed });
    });
  });

/** Runs the files with a small pool; returns every file's result. */
const runFiles = async (list, env = process.env) => {
  const queue = [...list];
  const results = [];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) results.push(await runFile(file, env));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
};

const results = await runFiles(files);
// The Word layer must be right against an unkind Word too: tests/word again with every fidelity
// mode at its pessimistic value (src/word-double/modes.ts), and the pane's tests that drive the
// double (they import tests/support/double). SKIP_PESSIMISTIC=1 skips this pass.
const drivesDouble = (f) => /(^|[\\/])tests[\\/]taskpane[\\/]/.test(f) && /support\/double"/.test(readFileSync(f, "utf8"));
const wordFiles = files.filter((f) => /(^|[\\/])tests[\\/]word[\\/]/.test(f) || drivesDouble(f));
if (wordFiles.length && process.env.SKIP_PESSIMISTIC !== "1") {
  console.log("\n--- tests/word (and pane tests on the double) again under WORD_DOUBLE_MODES=pessimistic ---");
  results.push(...(await runFiles(wordFiles, { ...process.env, WORD_DOUBLE_MODES: "pessimistic" })));
}
const failing = results.filter((r) => r.code !== 0 || r.failed > 0);
if (failing.length) console.log(`\nFiles with failures:\n${failing.map((r) => `  ${r.file} (${r.failed} failed)`).join("\n")}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failing.length === 0 && passed > 0 ? 0 : 1);
