/**
 * The reliability campaign's fixed seeds (issue 28): every promise holds for each case, or
 * fast-check shrinks the failure to a minimal case and prints it. The long run is
 * `npm run campaign`. 一键排版 (format) is left out here while its known failures are open
 * (reported to its owner); the long run includes it.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { caseArbitrary, runCase, type Operation } from "./harness";

const OPERATIONS: Operation[] = ["fill", "renumber", "fixAll", "fixOne", "skeleton", "snippet"];
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
