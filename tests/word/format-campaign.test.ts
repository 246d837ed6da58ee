/**
 * 一键排版's shrunk counterexamples from the reliability campaign (tests/word/campaign), each named
 * by what went wrong; each case is run through the campaign's own judge (harness.ts runCase).
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { runCase, type Case } from "./campaign/harness";

const cases: Array<{ name: string; c: Case }> = [
  {
    // Word fails (pessimistic double) after the empty anchor of the style package went in: recover()
    // removed the markers but left the empty paragraph before the title (a wrong write).
    name: "wrong write: a fault right after the style package's anchor leaves no empty paragraph",
    c: { sections: [{ ordinal: 3, name: 2, sub: true, body: [1] }], operation: "format", edits: [], faultAfterOps: 14, modes: "pessimistic", cursor: 16 } as unknown as Case,
  },
  {
    name: "wrong write: same, three sections, fault one operation earlier",
    c: { sections: [{ ordinal: 2, name: 4, sub: false, body: [3, 4] }, { ordinal: 5, name: 2, sub: false, body: [4] }, { ordinal: 4, name: 0, sub: false, body: [3] }], operation: "format", edits: [], faultAfterOps: 13, modes: "pessimistic", cursor: 24 } as unknown as Case,
  },
];

describe("一键排版 campaign counterexamples", () => {
  for (const { name, c } of cases) {
    test(name, async () => {
      const { broken } = await runCase(c);
      assert.deepEqual(broken, [], `case ${JSON.stringify(c)}`);
    });
  }
});
