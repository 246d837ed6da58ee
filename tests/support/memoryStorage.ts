// localStorage in memory, for every test that gives code a storage of its own (one helper, so a
// quota or a write log means the same thing everywhere).
import type { StorageLike } from "../../src/core/snippets/userStore";

export interface MemoryStorage extends StorageLike {
  /** What is stored, key → text. */
  readonly data: Map<string, string>;
  /** Every write in order: the key for setItem, `-key` for removeItem. */
  readonly writes: string[];
}

/**
 * A storage holding `initial`; past `quota` (characters of keys and values) setItem throws a
 * QuotaExceededError as browsers do, and stores nothing.
 */
export function memoryStorage(initial: Record<string, string> = {}, quota = Infinity): MemoryStorage {
  const data = new Map(Object.entries(initial));
  const writes: string[] = [];
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    writes,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (used() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length > quota) {
        throw Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError", code: 22 });
      }
      writes.push(k);
      data.set(k, v);
    },
    removeItem: (k) => {
      writes.push(`-${k}`);
      data.delete(k);
    },
  };
}
