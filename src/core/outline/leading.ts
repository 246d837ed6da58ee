/** Where a paragraph's text begins, and whether it opens with something shaped like an ordinal. */

/** Number of leading whitespace characters (spaces, tabs, the ideographic space U+3000). */
export function leadingSpace(text: string): number {
  const match = /^\s*/.exec(text);
  return match ? match[0].length : 0;
}

/** Matches an ordinal of any official or mistaken form at the start of trimmed text. */
export const LEADING_ORDINAL =
  /^(?:[一二三四五六七八九十百]+[、.．，,]|[（(][一二三四五六七八九十百0-9]+[）)]|[0-9]{1,2}[.．、](?!(?![0-9]{4}年)[0-9])|第[一二三四五六七八九十]+[，、章部分节条])/;

/** True when the paragraph starts (after indentation) with something that looks like an ordinal. */
export function startsWithOrdinal(text: string): boolean {
  return LEADING_ORDINAL.test(text.slice(leadingSpace(text)));
}

