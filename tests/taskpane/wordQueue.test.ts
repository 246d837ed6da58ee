import { test } from "node:test";
import assert from "node:assert/strict";
import { OperationBusyError, WordQueue } from "../../src/taskpane/shell/wordQueue";
import { TAB_NAMES } from "../../src/taskpane/shell/tabNames";

const FILL = TAB_NAMES.metrics;
const FORMAT = TAB_NAMES.format;

test("one Word operation at a time: a second one is refused with the first one's owner", async () => {
  const queue = new WordQueue();
  let release!: () => void;
  const first = queue.run(FILL, () => new Promise<string>((resolve) => (release = () => resolve("filled"))));
  assert.deepEqual(queue.getState()?.owner, FILL);
  await assert.rejects(queue.run(FORMAT, async () => "formatted"), (e: unknown) => e instanceof OperationBusyError && e.running.owner === FILL);
  release();
  assert.equal(await first, "filled");
  assert.equal(queue.getState(), null);
  assert.equal(await queue.run(FORMAT, async () => "formatted"), "formatted", "free again afterwards");
});

test("a failing operation frees the queue and listeners hear both changes", async () => {
  const queue = new WordQueue();
  const seen: Array<string | null> = [];
  const stop = queue.subscribe(() => seen.push(queue.getState()?.owner.en ?? null));
  await assert.rejects(queue.run(FILL, async () => { throw new Error("Word said no"); }), /Word said no/);
  stop();
  assert.deepEqual(seen, ["Data", null]);
  assert.equal(queue.getState(), null);
});
