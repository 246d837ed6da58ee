/**
 * How much one sync may carry to Word. Word documents no limit, but large requests fail: big
 * insertOoxml throws GeneralException (office-js #2615, #617), Word on the web fails above about
 * 4 MB (#4697), syncs hang on large OOXML (#702, #719). Every writer splits its work so that no
 * sync's request exceeds this: ONE constant, here, for the whole Word layer.
 */
export const MAX_SYNC_BYTES = 1_000_000;

/** What one queued operation costs in the request besides its string arguments (path, ids, JSON). */
const OP_OVERHEAD_BYTES = 120;

/** UTF-8 length of a string, counted by hand: the ribbon's ES5 bundle runs where TextEncoder does not (IE 11). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Approximate request bytes of one operation carrying these strings (UTF-8, JSON-escaped). */
export function opBytes(...strings: readonly string[]): number {
  let total = OP_OVERHEAD_BYTES;
  for (const s of strings) total += utf8Length(JSON.stringify(s));
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
