// The stream buffer: deltas coalesced to one publication per frame, nothing lost or reordered,
// a flush at the end publishes what is pending, a reset drops a frame not yet run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createStreamBuffer, type FrameScheduler } from "../../src/taskpane/drafting/streamBuffer";

/** A frame clock the test advances by hand. */
function manualFrames(): FrameScheduler & { run(): void; pending(): number } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request(cb) {
      queue.set(next, cb);
      return next++;
    },
    cancel(h) {
      queue.delete(h);
    },
    run() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const cb of callbacks) cb();
    },
    pending: () => queue.size,
  };
}

test("many deltas in one frame: one frame asked for, one publication, text in order", () => {
  const frames = manualFrames();
  const buffer = createStreamBuffer(frames);
  let published = 0;
  buffer.subscribe(() => published++);
  for (const piece of ["全年", "完成", "投资", "12万元"]) buffer.append({ content: piece });
  buffer.append({ reasoning: "先看原文" });
  assert.equal(frames.pending(), 1, "one frame requested for five deltas");
  assert.equal(buffer.getSnapshot().content, "", "nothing published before the frame");
  frames.run();
  assert.equal(published, 1, "one publication per frame");
  assert.equal(buffer.getSnapshot().content, "全年完成投资12万元", "content in order");
  assert.equal(buffer.getSnapshot().reasoning, "先看原文", "reasoning kept apart");
  assert.equal(buffer.lastFrame()?.deltas, 5, "the frame records how many deltas it carried");
  buffer.append({ content: "。" });
  frames.run();
  assert.equal(published, 2, "a second frame for later deltas");
  assert.equal(buffer.lastFrame()?.deltas, 1, "only the new delta counted");
  assert.equal(buffer.getSnapshot().content, "全年完成投资12万元。", "appended");
});

test("a frame with nothing new publishes nothing; empty deltas ask for no frame", () => {
  const frames = manualFrames();
  const buffer = createStreamBuffer(frames);
  let published = 0;
  buffer.subscribe(() => published++);
  buffer.append({ content: "" });
  buffer.append({});
  assert.equal(frames.pending(), 0, "no frame for empty deltas");
  frames.run();
  assert.equal(published, 0, "nothing published");
});

test("flush publishes what is pending at once and cancels the frame; reset empties and drops it", () => {
  const frames = manualFrames();
  const buffer = createStreamBuffer(frames);
  const seen: string[] = [];
  buffer.subscribe(() => seen.push(buffer.getSnapshot().content));
  buffer.append({ content: "第一" });
  buffer.flush();
  assert.equal(frames.pending(), 0, "the frame was cancelled");
  assert.deepEqual(seen, ["第一"], "published by the flush");
  buffer.append({ content: "第二" });
  buffer.reset();
  assert.equal(frames.pending(), 0, "reset dropped the frame");
  assert.equal(buffer.getSnapshot().content, "", "reset emptied the text");
  assert.equal(buffer.lastFrame(), null, "and the frame timing");
  frames.run();
  buffer.flush();
  assert.deepEqual(seen, ["第一", ""], "the reset was published once, the dropped delta never");
});

test("the snapshot is stable between publications (useSyncExternalStore needs it)", () => {
  const frames = manualFrames();
  const buffer = createStreamBuffer(frames);
  buffer.append({ content: "甲" });
  frames.run();
  const a = buffer.getSnapshot();
  buffer.append({ content: "乙" });
  assert.equal(buffer.getSnapshot(), a, "same object until the next frame");
  frames.run();
  assert.notEqual(buffer.getSnapshot(), a, "a new object after it");
});
