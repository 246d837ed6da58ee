/**
 * The reliability campaign's fixed seeds (issue 28): every promise holds for each case, or
 * fast-check shrinks the failure to a minimal case and prints it. The long run is
 * `npm run campaign`. Every operation, 一键排版 and 撤销排版 included.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { caseArbitrary, OPERATIONS, runCase } from "./harness";

const SEEDS = [20261206, 28, 4242];
const RUNS_PER_SEED = 350;

describe("reliability campaign (fixed seeds)", () => {
  for (const seed of SEEDS) {
    test(`seed ${seed}: no wrong write, no lost input, honest reports, nothing left after a fault, no duplicate on retry`, async () => {
      await fc.assert(
        fc.asyncProperty(caseArbitrary(OPERATIONS), async (c) => {
          const { broken } = await runCase(c);
          assert.deepEqual(broken, [], `case ${JSON.stringify(c)}`);
        }),
        { seed, numRuns: RUNS_PER_SEED, endOnFailure: false },
      );
    });
  }
});
