// scripts/run-tests.mjs: a hanging file is killed at the per-file limit and named, a failing bare
// assertion fails (and is named), and the closing line counts both — so CI fails loudly, never silently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

test("the runner kills a hanging file at TEST_FILE_LIMIT_S, names it and every failing file, and exits 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "runner-"));
  try {
    mkdirSync(join(dir, "t"));
    writeFileSync(join(dir, "t/hang.test.ts"), 'import { test } from "node:test";\ntest("spins", () => { for (;;) {} });\n');
    writeFileSync(
      join(dir, "t/bare.test.ts"),
      'import { test } from "node:test";\nimport assert from "node:assert/strict";\nconst n: number = 0;\n// eslint-disable-next-line no-restricted-syntax\ntest("bare", () => assert.ok(n > 1));\n',
    );
    writeFileSync(join(dir, "t/good.test.ts"), 'import { test } from "node:test";\nimport assert from "node:assert/strict";\ntest("good", () => assert.equal(1, 1, "one"));\n');
    // NODE_TEST_CONTEXT would make the nested test runner report to this one instead of printing.
    const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
    const run = spawnSync(process.execPath, [join(root, "scripts/run-tests.mjs"), join(dir, "t")], {
      cwd: root,
      encoding: "utf8",
      env: { ...env, TEST_FILE_LIMIT_S: "8", SKIP_PESSIMISTIC: "1" },
      timeout: 120_000,
    });
    assert.equal(run.status, 1, `exit code (output: ${run.stdout.slice(-500)})`);
    assert.match(run.stdout, /hang\.test\.ts: killed after the per-file limit of 8 s/, "the hanging file is named");
    assert.match(run.stdout, /Files with failures:[\s\S]*bare\.test\.ts \(1 failed\)/, "the failing file is named");
    assert.match(run.stdout, /^1 passed, 2 failed$/m, "the closing line counts both");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
