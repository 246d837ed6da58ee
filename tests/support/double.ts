/** Shared helpers for the Word double's own tests. */
import assert from "node:assert/strict";
import { createWordDouble, modesFromEnvironment, type DoubleOptions, type WordDouble } from "../../src/word-double";

/**
 * Creates a double, installs its globals, and removes them after `body`. Modes named by
 * WORD_DOUBLE_MODES (e.g. "pessimistic", see scripts/run-tests.mjs) apply under the test's own
 * `modes`, so a test that pins a mode keeps it.
 */
export async function withDouble(options: DoubleOptions, body: (d: WordDouble) => Promise<void>): Promise<void> {
  const d = createWordDouble({ ...options, modes: { ...modesFromEnvironment(), ...options.modes } });
  const uninstall = d.install();
  try {
    await body(d);
  } finally {
    uninstall();
  }
}

/** Asserts that a promise rejects with an OfficeExtension.Error of the given code. */
export async function rejectsWithCode(p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.equal((e as { code?: string }).code, code, `expected ${code}, got ${String((e as Error).message)}`);
    return true;
  });
}
