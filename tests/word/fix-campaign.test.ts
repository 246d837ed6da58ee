/**
 * Fix one / 全部修复: shrunk counterexamples from the long reliability campaign (tests/word/campaign),
 * each run through the campaign's own judge (harness.ts runCase).
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { runCase, type Case } from "./campaign/harness";

const cases: Array<{ name: string; c: Case }> = [
  {
    // Word fails in the write sync (whose reads never come back) after the person overtyped a line
    // and typed with an IME: the result's texts were the plan's, not the document's (dishonest).
    name: "dishonest: Word failing in the write sync — the result's texts are read again, the person's typing in them",
    c: { sections: [{ ordinal: 1, name: 2, sub: true, body: [3] }, { ordinal: 4, name: 2, sub: false, body: [1, 2] }, { ordinal: 2, name: 0, sub: false, body: [3, 1, 3] }], operation: "fixOne", edits: [{ afterSync: 3, edit: { kind: "ime", paragraph: 3, offset: 38, text: "" } }, { afterSync: 2, edit: { kind: "overtype", paragraph: 28, start: 38, end: 13, text: "" } }], faultAfterOps: 6, modes: "growingRanges", cursor: 4 } as unknown as Case,
  },
];

describe("fix one / 全部修复 campaign counterexamples", () => {
  for (const { name, c } of cases) {
    test(name, async () => {
      const { broken } = await runCase(c);
      assert.deepEqual(broken, [], `case ${JSON.stringify(c)}`);
    });
  }
});
