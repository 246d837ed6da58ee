// Runs node's test runner (through tsx, for TypeScript) over the given folders (default: all of
// tests/), then prints one plain closing line "N passed, N failed" that CI reads.
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["tests"];
const files = [];
const walk = (dir) => {
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

// Runs the given test files; resolves with the exit code and the reporter's pass/fail counts.
const runFiles = (list, env = process.env) =>
  new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...list],
      { stdio: ["ignore", "pipe", "inherit"], env },
    );
    let out = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      out += chunk.toString();
    });
    child.on("close", (code) => {
      // The summary's last "ℹ pass N" (failure details can follow it at length).
      const count = (label) => Number([...out.matchAll(new RegExp(`^ℹ ${label} (\\d+)`, "gm"))].pop()?.[1] ?? 0);
      resolve({ code, passed: count("pass"), failed: count("fail") + count("cancelled") });
    });
  });

const runs = [await runFiles(files)];
// The Word layer must be right against an unkind Word too: tests/word again with every fidelity
// mode at its pessimistic value (src/word-double/modes.ts). SKIP_PESSIMISTIC=1 skips this pass.
const wordFiles = files.filter((f) => /(^|[\\/])tests[\\/]word[\\/]/.test(f));
if (wordFiles.length && process.env.SKIP_PESSIMISTIC !== "1") {
  console.log("\n--- tests/word again under WORD_DOUBLE_MODES=pessimistic ---");
  runs.push(await runFiles(wordFiles, { ...process.env, WORD_DOUBLE_MODES: "pessimistic" }));
}
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(runs.every((r) => r.code === 0) && failed === 0 && passed > 0 ? 0 : 1);
