/**
 * One Word operation at a time for the whole pane. Word batches from two tabs (一键排版 and 填入,
 * say) would otherwise interleave their reads and writes, and each would check its edits against
 * a document the other is changing. The queue lives outside React, so switching tabs (which
 * unmounts them) neither cancels nor duplicates the operation under way.
 */
import type { Bilingual } from "../../core/text/bilingual";

export interface RunningOperation {
  /** Who started it (the tab's name), for "… is still running". */
  owner: Bilingual;
  startedAt: number;
  /** A short read the person did not ask for (where a phrase will go): not shown, and waited for, never refused. */
  quiet?: boolean;
}

let running: RunningOperation | null = null;
let settled: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

export function currentOperation(): RunningOperation | null {
  return running;
}

export function subscribeOperation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Thrown (and shown as a warning) when an operation is asked for while another runs. */
export class OperationBusyError extends Error {
  constructor(readonly running: RunningOperation) {
    super("Another Word operation is running");
    this.name = "OperationBusyError";
  }
}

/** Runs `action` if no other Word operation is under way; otherwise throws OperationBusyError. */
export async function runExclusive<T>(owner: Bilingual, action: () => Promise<T>, options: { quiet?: boolean } = {}): Promise<T> {
  // A quiet read under way is waited for (it takes one sync); anything else is refused.
  while (running?.quiet && !options.quiet) await settled.catch(() => undefined);
  if (running) throw new OperationBusyError(running);
  running = { owner, startedAt: Date.now(), ...(options.quiet ? { quiet: true } : {}) };
  listeners.forEach((l) => l());
  const result = action();
  settled = result;
  try {
    return await result;
  } finally {
    running = null;
    listeners.forEach((l) => l());
  }
}
