/** Finding the title among the opening paragraphs; shared by the checker and the formatter. */
import { startsWithOrdinal } from "./leading";

/** Longest paragraph still read as a title (long 述职述廉 titles run to about 50 characters). */
export const TITLE_MAX_CHARS = 60;

/** Lines passed over without counting (the formatter passes advertising lines: core/ads). */
export type SkipLine = (text: string) => boolean;
const none: SkipLine = () => false;

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
