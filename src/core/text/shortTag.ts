/**
 * FNV-1a as 8 hex digits: a short, stable tag of a string (a pack's URL, a team library's URL, a
 * file name) for namespacing ids. Not a security hash.
 */
export function shortTag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
