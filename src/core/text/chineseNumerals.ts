/**
 * Chinese ordinals as used in official numbering (一、 … 九十九、, （一） … ).
 * Covers 1–999, enough for any heading sequence; 零/〇 handled for completeness.
 */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. Throws outside 1–999. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    throw new RangeError(`Chinese ordinal out of range: ${n}`);
  }
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = "";
  if (hundreds) out += DIGITS[hundreds] + "百";
  if (tens) out += (tens === 1 && !hundreds ? "" : DIGITS[tens]) + "十";
  else if (hundreds && ones) out += "零";
  if (ones) out += DIGITS[ones];
  return out;
}

const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const parsed = new Map<string, number | null>();

/** Inverse of toChineseNumeral; null when the text is not a well-formed numeral 1–999. */
export function parseChineseNumeral(text: string): number | null {
  // Ordinals repeat endlessly (一是 … 二是 …): remember the few distinct short ones.
  if (text.length > 6) return null;
  let value = parsed.get(text);
  if (value === undefined) {
    value = parseUncached(text);
    if (parsed.size < 5000) parsed.set(text, value);
  }
  return value;
}

function parseUncached(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let pending: number | null = null;
  for (const ch of text) {
    if (ch === "百") {
      if (pending === null || pending === 0) return null;
      total += pending * 100;
      pending = null;
    } else if (ch === "十") {
      total += (pending ?? 1) * 10;
      pending = null;
    } else {
      const digit = DIGIT_VALUE[ch];
      if (digit === undefined) return null;
      pending = digit;
    }
  }
  total += pending ?? 0;
  if (total < 1 || total > 999) return null;
  // Reject oddities like 十十 or 一一 by round-tripping.
  return toChineseNumeral(total) === text.replace(/两/g, "二").replace(/〇/g, "零") ? total : null;
}
