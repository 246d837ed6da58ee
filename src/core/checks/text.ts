/** Small text helpers shared by the rules. Offsets are UTF-16 code units, like Word's. */
export { urlRanges } from "../ads/index";

const HAN = /\p{Script=Han}/u;

/** True for a Chinese ideograph (〇 included). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Chinese text context: ideographs, CJK punctuation, full-width forms and curly quotes. */
export function isChineseContext(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isHan(ch)) return true;
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff01 && code <= 0xff60) || // full-width forms
    (code >= 0x2018 && code <= 0x201d) || // ‘’“”
    ch === "…" ||
    ch === "—"
  );
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Whitespace including the ideographic space used to indent pasted paragraphs. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Offset just past the last non-whitespace character. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

const NOT_COUNTED = /[^\p{Script=Han}0-9０-９]+/gu;

/**
 * Characters that count towards a Chinese length target: ideographs and digits, by code point.
 * One native pass drops the rest (two regex tests per character took most of a long paragraph's
 * check); an ideograph beyond the BMP is two code units of what is left, counted once.
 */
export function countCountedChars(text: string): number {
  const kept = text.replace(NOT_COUNTED, "");
  let count = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const code = kept.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--; // high surrogate: its pair is one ideograph
  }
  return count;
}

/**
 * True when offset lies in one of `ranges`, which must be sorted by start and not overlap (as
 * urlRanges returns them): a binary search, so thousands of URLs in a paragraph stay cheap.
 */
export function inRanges(offset: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = ranges[mid]!;
    if (offset < from) high = mid - 1;
    else if (offset >= to) low = mid + 1;
    else return true;
  }
  return false;
}
