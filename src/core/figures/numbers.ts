/**
 * Values of figures as written: Arabic (12,000 / 386.5) or Chinese (三千五百, 一万二千). Digit runs
 * are capped: a longer one is not a figure (a pasted serial, a page of digits).
 */

const MAX_DIGITS = 15;

export interface ParsedNumber {
  value: number;
  /** Digits after the decimal point: the precision the author wrote. */
  decimals: number;
}

/** "12,000.5" → 12000.5 (1 decimal); null when not a plain number or too long. */
export function parseArabic(raw: string): ParsedNumber | null {
  const plain = raw.replace(/,/g, "");
  if (plain.length > MAX_DIGITS + 1 || !/^\d+(?:\.\d+)?$/.test(plain)) return null;
  const dot = plain.indexOf(".");
  return { value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1 };
}

const DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** 三千五百 → 3500, 一万二千 → 12000, 十二 → 12; null when not a well-formed numeral. */
export function parseChinese(raw: string): ParsedNumber | null {
  if (raw.length === 0 || raw.length > 12) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  for (const ch of raw) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 一一
      digit = d;
      continue;
    }
    const small = SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null; // 十百
      section += (digit ?? (small === 10 ? 1 : NaN)) * small;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastSmall = small;
      continue;
    }
    const large = LARGE[ch];
    if (large === undefined) return null;
    section += digit ?? 0;
    if (section === 0) return null;
    total = (total + section) * large;
    section = 0;
    digit = null;
    lastSmall = Infinity;
  }
  section += digit ?? 0;
  const value = total + section;
  return value > 0 ? { value, decimals: 0 } : null;
}

/** Half a unit of the last written digit: how far the true value may be from the written one. */
export function halfStep(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** A number for display: at most 4 decimals, no trailing zeros. */
export function show(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e4) / 1e4;
  return String(rounded);
}
