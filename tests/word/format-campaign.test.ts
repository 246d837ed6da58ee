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
  {
    // Text typed into the middle of a marker word and a fault: the retry did not know the line as ours.
    name: "leftover/duplicate: typing inside a marker word (not at its start or end) is ours to remove, typing put back",
    c: { sections: [{ ordinal: 5, name: 0, sub: false, body: [2, 3] }, { ordinal: 1, name: 2, sub: false, body: [3, 2, 4] }, { ordinal: 2, name: 0, sub: false, body: [4, 0, 0] }, { ordinal: 0, name: 3, sub: false, body: [4, 1] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "type", paragraph: 29, offset: 34, text: "" } }], faultAfterOps: 29, modes: "pessimisticInvalid", cursor: 27 } as unknown as Case,
  },
  {
    name: "leftover/duplicate: an Enter pressed inside a marker word leaves no line of ours",
    c: { sections: [{ ordinal: 4, name: 4, sub: false, body: [1, 1] }, { ordinal: 4, name: 0, sub: false, body: [2, 2] }], operation: "format", edits: [{ afterSync: 4, edit: { kind: "enter", paragraph: 2, offset: 24 } }, { afterSync: 2, edit: { kind: "delete", paragraph: 4, start: 37, end: 20 } }], faultAfterOps: 34, modes: "default", cursor: 7 } as unknown as Case,
  },
  {
    name: "leftover/duplicate: two marker lines joined (Delete at a marker's end) are both ours; no marker text put back as typing",
    c: { sections: [{ ordinal: 3, name: 4, sub: false, body: [0] }, { ordinal: 5, name: 2, sub: true, body: [3, 1] }, { ordinal: 1, name: 0, sub: true, body: [2, 1] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "ime", paragraph: 26, offset: 35, text: "" } }, { afterSync: 3, edit: { kind: "join", paragraph: 21 } }], faultAfterOps: 18, modes: "pessimistic", cursor: 27 } as unknown as Case,
  },
  {
    name: "leftover/duplicate: a marker line edited past recognition but holding the marker with its joiners is ours; the rest goes back",
    c: { sections: [{ ordinal: 1, name: 3, sub: true, body: [2, 1, 3] }, { ordinal: 1, name: 3, sub: true, body: [0, 4] }, { ordinal: 0, name: 2, sub: true, body: [1, 1] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "overtype", paragraph: 14, start: 40, end: 34, text: "" } }, { afterSync: 2, edit: { kind: "enter", paragraph: 17, offset: 37 } }], faultAfterOps: 47, modes: "invalidRanges", cursor: 16 } as unknown as Case,
  },
  {
    name: "leftover/duplicate: the bare sentinel left by an Enter and an overtype is ours",
    c: { sections: [{ ordinal: 4, name: 4, sub: false, body: [3] }, { ordinal: 1, name: 0, sub: false, body: [4] }], operation: "format", edits: [{ afterSync: 4, edit: { kind: "enter", paragraph: 28, offset: 7 } }, { afterSync: 4, edit: { kind: "overtype", paragraph: 27, start: 10, end: 19, text: "" } }], faultAfterOps: 71, modes: "growingRanges", cursor: 3 } as unknown as Case,
  },
  {
    name: "leftover/duplicate: a split marker's tail joined to the next marker's head is ours",
    c: { sections: [{ ordinal: 5, name: 3, sub: true, body: [3, 3] }, { ordinal: 4, name: 1, sub: true, body: [1, 0, 2] }], operation: "format", edits: [{ afterSync: 2, edit: { kind: "join", paragraph: 7 } }], faultAfterOps: 52, modes: "growingRanges", cursor: 4 } as unknown as Case,
  },
  {
    name: "leftover: a marker overtyped after the first characters of its name is ours; the typing goes back",
    c: { sections: [{ ordinal: 1, name: 4, sub: true, body: [4] }, { ordinal: 3, name: 3, sub: false, body: [1] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "overtype", paragraph: 7, start: 20, end: 14, text: "" } }, { afterSync: 4, edit: { kind: "type", paragraph: 1, offset: 4, text: "" } }], faultAfterOps: null, modes: "pessimisticInvalid", cursor: 3 } as unknown as Case,
  },
  {
    name: "lost input (recovery): an Enter splits a marker between recovery's read and its deletion; the tail 副标题 is ours, one run per batch",
    c: { sections: [{ ordinal: 4, name: 0, sub: true, body: [1, 4] }, { ordinal: 2, name: 4, sub: false, body: [2, 4] }, { ordinal: 1, name: 0, sub: true, body: [2, 4, 0] }], operation: "format", edits: [{ afterSync: 2, edit: { kind: "enter", paragraph: 1, offset: 32 } }], faultAfterOps: 27, modes: "pessimistic", cursor: 12 } as unknown as Case,
  },
  {
    name: "lost input (recovery): a line typed into before the failure and moved among the markers goes back (not taken for a put-back that landed)",
    c: { sections: [{ ordinal: 0, name: 0, sub: false, body: [1, 1, 3] }, { ordinal: 5, name: 2, sub: false, body: [1] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "move", from: 11, count: 1, to: 3 } }, { afterSync: 1, edit: { kind: "type", paragraph: 9, offset: 14, text: "" } }], faultAfterOps: null, modes: "pessimisticInvalid", cursor: 6 } as unknown as Case,
  },
  {
    name: "lost input (recovery): an overtyped marker moved away while recovery runs is found again on the next attempt",
    c: { sections: [{ ordinal: 5, name: 0, sub: true, body: [2, 3] }, { ordinal: 5, name: 0, sub: false, body: [2] }, { ordinal: 5, name: 1, sub: true, body: [4] }], operation: "format", edits: [{ afterSync: 2, edit: { kind: "overtype", paragraph: 29, start: 8, end: 5, text: "" } }, { afterSync: 3, edit: { kind: "move", from: 29, count: 1, to: 20 } }], faultAfterOps: null, modes: "pessimistic", cursor: 28 } as unknown as Case,
  },
  {
    name: "lost input (recovery): a marker overtyped at its end, Word failing in the write sync",
    c: { sections: [{ ordinal: 1, name: 2, sub: true, body: [4, 2] }, { ordinal: 2, name: 2, sub: false, body: [0] }, { ordinal: 2, name: 1, sub: true, body: [3] }, { ordinal: 3, name: 1, sub: false, body: [1, 2] }], operation: "format", edits: [{ afterSync: 2, edit: { kind: "overtype", paragraph: 1, start: 39, end: 39, text: "" } }, { afterSync: 0, edit: { kind: "join", paragraph: 14 } }], faultAfterOps: 26, modes: "pessimisticInvalid", cursor: 8 } as unknown as Case,
  },
  {
    name: "leftover (recovery): markers moved into the report after recovery read them are removed by a later attempt",
    c: { sections: [{ ordinal: 5, name: 0, sub: false, body: [3, 1, 1] }, { ordinal: 0, name: 4, sub: true, body: [2, 1, 0] }, { ordinal: 2, name: 0, sub: false, body: [3] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "move", from: 27, count: 2, to: 7 } }], faultAfterOps: null, modes: "pessimistic", cursor: 23 } as unknown as Case,
  },
  {
    name: "leftover (recovery): a marker whose name was overtyped, at the top after a failure, is ours by its sentinel",
    c: { sections: [{ ordinal: 2, name: 2, sub: false, body: [4, 2] }], operation: "format", edits: [{ afterSync: 2, edit: { kind: "overtype", paragraph: 21, start: 17, end: 24, text: "" } }], faultAfterOps: 72, modes: "pessimisticInvalid", cursor: 26 } as unknown as Case,
  },
  {
    name: "leftover (recovery): a marker missing its sentinel's first character, below typing put back at the top, is still ours",
    c: { sections: [{ ordinal: 0, name: 0, sub: false, body: [4] }], operation: "format", edits: [{ afterSync: 2, edit: { kind: "delete", paragraph: 3, start: 0, end: 8 } }, { afterSync: 2, edit: { kind: "overtype", paragraph: 20, start: 39, end: 34, text: "" } }], faultAfterOps: null, modes: "pessimisticInvalid", cursor: 28 } as unknown as Case,
  },
  {
    name: "duplicate (recovery): three marker lines joined by two Backspaces hold no typing; nothing of ours goes back as text",
    c: { sections: [{ ordinal: 1, name: 2, sub: true, body: [1] }, { ordinal: 2, name: 0, sub: false, body: [3, 1] }, { ordinal: 5, name: 2, sub: true, body: [3] }], operation: "format", edits: [{ afterSync: 3, edit: { kind: "join", paragraph: 23 } }, { afterSync: 3, edit: { kind: "join", paragraph: 22 } }], faultAfterOps: 76, modes: "pessimistic", cursor: 29 } as unknown as Case,
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
