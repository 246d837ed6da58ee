/**
 * Choosing what to search for so that Word's answer can be predicted, whatever Word's Find does:
 * it may treat full- and half-width forms alike (ＸＸ/XX, ，/,) and straight and curly quotes
 * alike — SearchOptions has no MatchByte (shared/docs/word-api.md) — it refuses a search text that
 * starts or ends in white space, and it stops at 255 characters (office-js #168).
 *
 * A span is searchable when the positions of its text in the paragraph are the same whether
 * matched exactly or loosely: then "the k-th hit" means the same characters in every Word, and
 * each hit's text can be checked against the span before anything is written.
 */

/** Word's search text limit (office-js #168); longer strings fail. */
export const MAX_SEARCH_LENGTH = 255;

/** Folds what a loose Find may treat as equal: full-width ASCII, the ideographic space, curly quotes. */
export function foldForSearch(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (ch === "“" || ch === "”" || ch === "＂") out += '"';
    else if (ch === "‘" || ch === "’") out += "'";
    else out += ch;
  }
  return out;
}

/** Start offsets of non-overlapping occurrences, scanning left to right as Find does. */
export function scanOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

export interface SearchSpan {
  /** The characters to search for and replace: [start, end) of the paragraph, holding the edit. */
  start: number;
  end: number;
  /** Which hit (0-based, in document order) is this span. */
  rank: number;
  /** The replacement for the whole span: the edit's, with any context characters kept. */
  replacement: string;
}

// Word's search cannot start or end with white space, and control characters (line breaks, field
// and object marks) cannot be typed into a search at all.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_EDGE = /^[\s\u0000-\u001f]|[\s\u0000-\u001f]$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
const MAX_GROWTH = 64;

/**
 * The smallest span around [start, end) whose hits are predictable (see above), with the edit's
 * replacement carried over; null when there is none (too long, a control character inside).
 * An empty edit (an insertion) takes a neighbouring character into its span.
 */
export function searchableSpan(text: string, start: number, end: number, replacement: string): SearchSpan | null {
  if (start < 0 || end > text.length || start > end) return null;
  const folded = foldForSearch(text);
  // Grow one character at a time; a little context always settles it in real text, so the
  // growth is bounded (a pathological paragraph gets null, not a long wait).
  for (let extra = 0; extra <= MAX_GROWTH; extra++) {
    for (let left = 0; left <= extra; left++) {
      const a = start - left;
      const b = end + (extra - left);
      if (a < 0 || b > text.length || b - a > MAX_SEARCH_LENGTH || b === a) continue;
      const span = text.slice(a, b);
      if (BAD_EDGE.test(span) || CONTROL.test(span)) continue;
      const exact = scanOccurrences(text, span);
      const rank = exact.indexOf(a);
      if (rank < 0) continue;
      const loose = scanOccurrences(folded, foldForSearch(span));
      if (loose.length !== exact.length || loose.some((at, i) => at !== exact[i])) continue;
      return { start: a, end: b, rank, replacement: text.slice(a, start) + replacement + text.slice(end, b) };
    }
    if (start - extra < 0 && end + extra > text.length) break;
  }
  return null;
}

/** Escapes Word's non-wildcard special character (^ introduces codes like ^p). */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, "^^");
}
