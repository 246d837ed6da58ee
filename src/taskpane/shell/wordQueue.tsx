/**
 * One Word operation at a time for the whole pane. Word batches from two tabs (一键排版 and 填入,
 * say) would otherwise interleave their reads and writes, and each would check its edits against
 * a document the other is changing. The queue is an external store (getState/subscribe) created
 * once per pane and passed down by WordQueueProvider, above the tabs, so switching tabs (which
 * unmounts them) neither cancels nor duplicates the operation under way.
 */
import { createContext, useContext, useState, type ReactNode } from "react";
import type { Bilingual } from "../../core/text/bilingual";

export interface RunningOperation {
  /** Who started it (the tab's name), for "… is still running". */
  owner: Bilingual;
  startedAt: number;
  /** A short read the person did not ask for (where a phrase will go): not shown, and waited for, never refused. */
  quiet?: boolean;
}

/** Thrown (and shown as a warning) when an operation is asked for while another runs. */
export class OperationBusyError extends Error {
  constructor(readonly running: RunningOperation) {
    super("Another Word operation is running");
    this.name = "OperationBusyError";
  }
}

/** The pane's Word queue: the operation under way (getState) and who listens for changes. */
export class WordQueue {
  private running: RunningOperation | null = null;
  private settled: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  /** The operation under way, or null. */
  readonly getState = (): RunningOperation | null => this.running;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Runs `action` if no other Word operation is under way; otherwise throws OperationBusyError. */
  readonly run = async <T,>(owner: Bilingual, action: () => Promise<T>, options: { quiet?: boolean } = {}): Promise<T> => {
    // A quiet read under way is waited for (it takes one sync); anything else is refused.
    while (this.running?.quiet && !options.quiet) await this.settled.catch(() => undefined);
    if (this.running) throw new OperationBusyError(this.running);
    this.running = { owner, startedAt: Date.now(), ...(options.quiet ? { quiet: true } : {}) };
    this.listeners.forEach((l) => l());
    const result = action();
    this.settled = result;
    try {
      return await result;
    } finally {
      this.running = null;
      this.listeners.forEach((l) => l());
    }
  };
}

const WordQueueContext = createContext<WordQueue | null>(null);

/** Gives the tabs below it one Word queue: `queue`, or a new one. */
export function WordQueueProvider({ queue, children }: { queue?: WordQueue; children: ReactNode }) {
  const [own] = useState(() => queue ?? new WordQueue());
  return <WordQueueContext.Provider value={own}>{children}</WordQueueContext.Provider>;
}

/** The pane's Word queue. */
export function useWordQueue(): WordQueue {
  const queue = useContext(WordQueueContext);
  if (!queue) throw new Error("useWordQueue outside WordQueueProvider");
  return queue;
}
