/**
 * The streamed answer as it arrives, coalesced to one update per animation frame. A model (or a
 * loopback server) sends tokens far faster than the screen refreshes; rendering each one would
 * do the work of a frame many times over and never be seen. Deltas are appended to a pending
 * buffer; the first one of a frame asks for the frame, and the frame publishes everything that
 * arrived since, once. The page's own state is not touched per token: only the component that
 * shows the stream subscribes (useSyncExternalStore), so the rest of the pane does not re-render.
 */

export interface StreamSnapshot {
  readonly content: string;
  readonly reasoning: string;
  /** Deltas received so far (not frames). */
  readonly deltas: number;
}

export interface StreamFrameTiming {
  /** When the oldest delta of this frame arrived (performance.now()). */
  firstArrival: number;
  /** When the frame began publishing it. */
  flushStart: number;
  /** Deltas coalesced into this frame. */
  deltas: number;
}

export interface StreamBuffer {
  append(delta: { content?: string; reasoning?: string }): void;
  /** Publishes what is pending now (the stream ended). */
  flush(): void;
  /** Empties the buffer and drops a frame not yet run. */
  reset(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): StreamSnapshot;
  /** Timing of the last published frame (for the benchmark), or null. */
  lastFrame(): StreamFrameTiming | null;
}

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const EMPTY: StreamSnapshot = { content: "", reasoning: "", deltas: 0 };

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** requestAnimationFrame where there is one; a 16 ms timer otherwise (tests, a hidden host). */
export const animationFrames: FrameScheduler =
  typeof requestAnimationFrame === "function"
    ? { request: (cb) => requestAnimationFrame(() => cb()), cancel: (h) => cancelAnimationFrame(h) }
    : { request: (cb) => setTimeout(cb, 16) as unknown as number, cancel: (h) => clearTimeout(h) };

export function createStreamBuffer(scheduler: FrameScheduler = animationFrames): StreamBuffer {
  let snapshot = EMPTY;
  let content = "";
  let reasoning = "";
  let deltas = 0;
  let firstArrival: number | null = null;
  let frame: number | null = null;
  let last: StreamFrameTiming | null = null;
  const listeners = new Set<() => void>();

  const publish = () => {
    frame = null;
    if (firstArrival === null) return;
    const flushStart = now();
    last = { firstArrival, flushStart, deltas: deltas - snapshot.deltas };
    firstArrival = null;
    snapshot = { content: snapshot.content + content, reasoning: snapshot.reasoning + reasoning, deltas };
    content = "";
    reasoning = "";
    for (const listener of listeners) listener();
  };

  return {
    append(delta) {
      if (!delta.content && !delta.reasoning) return;
      if (delta.content) content += delta.content;
      if (delta.reasoning) reasoning += delta.reasoning;
      deltas++;
      if (firstArrival === null) firstArrival = now();
      if (frame === null) frame = scheduler.request(publish);
    },
    flush() {
      if (frame !== null) scheduler.cancel(frame);
      publish();
    },
    reset() {
      if (frame !== null) scheduler.cancel(frame);
      frame = null;
      content = "";
      reasoning = "";
      deltas = 0;
      firstArrival = null;
      last = null;
      if (snapshot !== EMPTY) {
        snapshot = EMPTY;
        for (const listener of listeners) listener();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    lastFrame: () => last,
  };
}
