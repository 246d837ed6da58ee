import { test } from "node:test";
import assert from "node:assert/strict";
import { leadingRows } from "../../src/taskpane/skeleton/selection";

const order = [
  { id: "a", children: ["a1", "a2", "a3"] },
  { id: "b", children: [] },
  { id: "c", children: ["c1", "c2"] },
  { id: "d", children: ["d1"] },
];

test("leadingRows: the list's first rows in order, a section's subsections cut where the rows run out", () => {
  assert.deepEqual(leadingRows(order, 0), []);
  assert.deepEqual(leadingRows(order, 1), [0], "the first section alone");
  assert.deepEqual(leadingRows(order, 3), [2], "the first section and two of its three subsections");
  assert.deepEqual(leadingRows(order, 4), [3]);
  assert.deepEqual(leadingRows(order, 5), [3, 0], "a section without subsections is one row");
  assert.deepEqual(leadingRows(order, 7), [3, 0, 1]);
  assert.deepEqual(leadingRows(order, 10), [3, 0, 2, 1], "every row");
  assert.deepEqual(leadingRows(order, 50), [3, 0, 2, 1], "never more than there are");
  assert.deepEqual(leadingRows([], 8), []);
});

test("leadingRows: exactly `rows` rows while the list is longer", () => {
  for (let rows = 0; rows <= 10; rows++) {
    const shown = leadingRows(order, rows);
    assert.equal(shown.reduce((n, children) => n + 1 + children, 0), Math.min(rows, 10), `${rows} rows`);
  }
});
