/** Finding the title among the opening paragraphs; shared by the checker and the formatter. */
import { startsWithOrdinal } from "./leading";

/** Longest paragraph still read as a title (long 述职述廉 titles run to about 50 characters). */
export const TITLE_MAX_CHARS = 60;

const END_PUNCTUATION = /[。；，、：！？.;,:!?]$/;

/** Lines passed over without counting (the formatter passes advertising lines: core/ads). */
export type SkipLine = (text: string) => boolean;
const none: SkipLine = () => false;

/**
 * Index of the document title: the first non-empty paragraph among the opening ones that is short,
 * carries no ordinal and no end punctuation (lines such as a pasted source note are skipped).
 * Blank lines and lines `skip` accepts are passed over without counting. Scanning stops at an
 * addressee line (……：) or a numbered heading. Null when there is none.
 */
export function findTitleIndex(paragraphs: readonly string[], maxScanned = 5, skip: SkipLine = none): number | null {
  let scanned = 0;
  for (let i = 0; i < paragraphs.length && scanned < maxScanned; i++) {
    const text = (paragraphs[i] ?? "").trim();
    if (!text || skip(text)) continue;
    scanned++;
    if (startsWithOrdinal(text) || /[：:]$/.test(text)) return null;
    if (text.length <= TITLE_MAX_CHARS && !END_PUNCTUATION.test(text) && !/[。；]/.test(text)) return i;
  }
  return null;
}

/**
 * Index of a paragraph that would be the title but for punctuation at its end: the first non-empty
 * paragraph, short, no ordinal, no sentence break inside. Used by the title full-stop check.
 */
export function findPunctuatedTitleIndex(paragraphs: readonly string[], skip: SkipLine = none): number | null {
  const index = paragraphs.findIndex((p) => p.trim() !== "" && !skip(p));
  if (index < 0) return null;
  const text = (paragraphs[index] ?? "").trim();
  if (text.length > TITLE_MAX_CHARS || startsWithOrdinal(text) || /[：:]$/.test(text)) return null;
  if (/[。；，,;]/.test(text.slice(0, -1))) return null;
  return index;
}
