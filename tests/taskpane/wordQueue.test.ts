import { test } from "node:test";
import assert from "node:assert/strict";
import { currentOperation, OperationBusyError, runExclusive, subscribeOperation } from "../../src/taskpane/shell/wordQueue";
import { TAB_NAMES } from "../../src/taskpane/shell/tabNames";

const FILL = TAB_NAMES.metrics;
const FORMAT = TAB_NAMES.format;

test("one Word operation at a time: a second one is refused with the first one's owner", async () => {
  let release!: () => void;
  const first = runExclusive(FILL, () => new Promise<string>((resolve) => (release = () => resolve("filled"))));
  assert.deepEqual(currentOperation()?.owner, FILL);
  await assert.rejects(runExclusive(FORMAT, async () => "formatted"), (e: unknown) => e instanceof OperationBusyError && e.running.owner === FILL);
  release();
  assert.equal(await first, "filled");
  assert.equal(currentOperation(), null);
  assert.equal(await runExclusive(FORMAT, async () => "formatted"), "formatted", "free again afterwards");
});

test("a failing operation frees the queue and listeners hear both changes", async () => {
  const seen: Array<string | null> = [];
  const stop = subscribeOperation(() => seen.push(currentOperation()?.owner.en ?? null));
  await assert.rejects(runExclusive(FILL, async () => { throw new Error("Word said no"); }), /Word said no/);
  stop();
  assert.deepEqual(seen, ["Data", null]);
  assert.equal(currentOperation(), null);
});
