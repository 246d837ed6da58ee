/**
 * Request payload accounting. office-js sends each sync as one request holding every queued
 * action (object path, method name, arguments); Word rejects requests that are too large
 * (#2615, #617, #4697). The double approximates an action's size as the UTF-8 length of the JSON
 * of its name and arguments, so OOXML and text arguments count in full.
 */

/** Counters of a double (`double.stats`). */
export interface DoubleStats {
  syncs: number;
  /** Queued writes and method calls. */
  ops: number;
  /** `load` calls. */
  loads: number;
  /** Request bytes of each sync, in order. */
  syncBytes: number[];
  /** The largest entry of `syncBytes` (0 before any sync). */
  maxSyncBytes: number;
}

export function emptyStats(): DoubleStats {
  return { syncs: 0, ops: 0, loads: 0, syncBytes: [], maxSyncBytes: 0 };
}

/** Clears every counter in place (the object stays the one the double hands out). */
export function clearStats(stats: DoubleStats): void {
  stats.syncs = stats.ops = stats.loads = stats.maxSyncBytes = 0;
  stats.syncBytes.length = 0;
}

/** UTF-8 length of a string without allocating its encoding. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else n += 3;
  }
  return n;
}

/** Approximate request bytes of one queued action; proxies passed as arguments count as a reference. */
export function actionBytes(name: string, args: readonly unknown[] = []): number {
  const plain = args.map((a) => (typeof a === "object" && a !== null && typeof (a as { _resolve?: unknown })._resolve === "function" ? "#ref" : a));
  let json: string;
  try {
    json = JSON.stringify({ name, args: plain });
  } catch {
    json = JSON.stringify({ name });
  }
  return utf8Length(json);
}

export interface PayloadSummary {
  syncs: number;
  totalBytes: number;
  maxBytes: number;
  meanBytes: number;
}

/** Totals for a benchmark line: payload over all syncs recorded in `stats`. */
export function payloadSummary(stats: Pick<DoubleStats, "syncBytes">): PayloadSummary {
  const totalBytes = stats.syncBytes.reduce((a, b) => a + b, 0);
  const syncs = stats.syncBytes.length;
  return { syncs, totalBytes, maxBytes: stats.syncBytes.reduce((a, b) => Math.max(a, b), 0), meanBytes: syncs ? Math.round(totalBytes / syncs) : 0 };
}

/** "512 B", "12.3 KB", "4.0 MB" (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
