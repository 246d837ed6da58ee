import { isAdLine } from "../ads";
import { startsWithOrdinal } from "../outline/index";

/** Longest paragraph still read as a title (long 述职述廉 titles run to about 50 characters). */
export const TITLE_MAX_CHARS = 60;

const END_PUNCTUATION = /[。；，、：！？.;,:!?]$/;

/**
 * Index of the document title: the first non-empty paragraph among the opening ones that is short,
 * carries no ordinal and no end punctuation (lines such as a pasted source note are skipped).
 * Blank lines and advertising lines of downloaded templates ("仅供学习 禁止外传") are passed over
 * without counting. Scanning stops at an addressee line (……：) or a numbered heading. Null when
 * there is none.
 */
export function findTitleIndex(paragraphs: readonly string[], maxScanned = 5): number | null {
  let scanned = 0;
  for (let i = 0; i < paragraphs.length && scanned < maxScanned; i++) {
    const text = (paragraphs[i] ?? "").trim();
    if (!text || isAdLine(text)) continue;
    scanned++;
    if (startsWithOrdinal(text) || /[：:]$/.test(text)) return null;
    if (text.length <= TITLE_MAX_CHARS && !END_PUNCTUATION.test(text) && !/[。；]/.test(text)) return i;
  }
  return null;
}

/**
 * Index of a paragraph that would be the title but for punctuation at its end: the first non-empty
 * paragraph that is not an advertising line, short, no ordinal, no sentence break inside. Used by the title full-stop check.
 */
export function findPunctuatedTitleIndex(paragraphs: readonly string[]): number | null {
  const index = paragraphs.findIndex((p) => p.trim() !== "" && !isAdLine(p));
  if (index < 0) return null;
  const text = (paragraphs[index] ?? "").trim();
  if (text.length > TITLE_MAX_CHARS || startsWithOrdinal(text) || /[：:]$/.test(text)) return null;
  if (/[。；，,;]/.test(text.slice(0, -1))) return null;
  return index;
}
