/**
 * How much one sync may carry to Word. Word documents no limit, but large requests fail: big
 * insertOoxml throws GeneralException (office-js #2615, #617), Word on the web fails above about
 * 4 MB (#4697), syncs hang on large OOXML (#702, #719). Every writer splits its work so that no
 * sync's request exceeds this: ONE constant, here, for the whole Word layer.
 */
export const MAX_SYNC_BYTES = 1_000_000;

/** What one queued operation costs in the request besides its string arguments (path, ids, JSON). */
const OP_OVERHEAD_BYTES = 120;

const encoder = new TextEncoder();

/** Approximate request bytes of one operation carrying these strings (UTF-8, JSON-escaped). */
export function opBytes(...strings: readonly string[]): number {
  let total = OP_OVERHEAD_BYTES;
  for (const s of strings) total += encoder.encode(JSON.stringify(s)).length;
  return total;
}

/**
 * Splits items into consecutive chunks whose summed size stays within `limit` (an item larger
 * than the limit goes alone). Order is kept, so progress reads naturally.
 */
export function chunkByBytes<T>(items: readonly T[], sizeOf: (item: T) => number, limit = MAX_SYNC_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && bytes + size > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
