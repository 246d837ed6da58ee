/**
 * Word's API has no "characters s to e of this paragraph". We reach a span by searching: first
 * for a window of text around it that occurs first exactly where the span is, then for the span
 * inside that window. This finds the smallest such pair of search strings, or null.
 */
export interface SpanLocator {
  /** Search text whose FIRST match in the paragraph contains the span ("" = search `target` directly). */
  window: string;
  /** Text of the span itself, whose FIRST match inside the window is the span. */
  target: string;
}

/** Word's search text limit (office-js #168); longer strings fail with InvalidArgument. */
export const MAX_SEARCH_LENGTH = 255;

export function locateSpan(paragraph: string, start: number, end: number): SpanLocator | null {
  const target = paragraph.slice(start, end);
  if (!target || start < 0 || end > paragraph.length || target.length > MAX_SEARCH_LENGTH) return null;
  if (!hasSearchableEdges(target)) return null;
  if (paragraph.indexOf(target) === start) return { window: "", target };
  const room = MAX_SEARCH_LENGTH - target.length;
  // Grow the window one character at a time on both sides; windows are short in practice.
  for (let extra = 1; extra <= room; extra++) {
    for (let left = extra; left >= 0; left--) {
      const right = extra - left;
      const a = start - left;
      const b = end + right;
      if (a < 0 || b > paragraph.length) continue;
      const window = paragraph.slice(a, b);
      if (!hasSearchableEdges(window)) continue;
      if (paragraph.indexOf(window) === a && window.indexOf(target) === left) return { window, target };
    }
    if (start - extra < 0 && end + extra > paragraph.length) break;
  }
  return null;
}

/** Word trims nothing, but a search string that starts or ends with a space is fragile. */
function hasSearchableEdges(text: string): boolean {
  return !/^\s|\s$/.test(text);
}

/** Escapes Word's non-wildcard special character (^ introduces codes like ^p). */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, "^^");
}
