/**
 * Recognising a heading ordinal at the start of a paragraph, and writing a number back in the
 * same written form (same brackets, same dot, same digit width): renumbering never changes form.
 */
import { parseChineseNumeral, toChineseNumeral } from "../text/chineseNumerals";
import type { OrdinalStyle, OutlineLevel } from "./types";

/** An ordinal split into the parts that stay (prefix, suffix) and the number that may change. */
export interface OrdinalForm {
  level: OutlineLevel | 5;
  style: OrdinalStyle;
  prefix: string;
  numeral: string;
  suffix: string;
  value: number;
}

/** Characters allowed before the text of a paragraph (indentation, BOM, NBSP). */
const LEADING_SPACE = /^[\s\u3000\u00a0\ufeff]*/;

/** Offset of the first visible character. */
export function contentStart(text: string): number {
  return LEADING_SPACE.exec(text)?.[0].length ?? 0;
}

const CN = "零〇一二三四五六七八九十百";
const LEVEL1 = new RegExp(`^([${CN}]{1,6})(、)`);
const LEVEL2 = new RegExp(`^([（(])([${CN}]{1,6})([）)])`);
/** "3.5亿元" is a number, but "3.2026年……" is heading 3 about a year. */
const LEVEL3 = /^([0-9０-９]{1,2})([.．])(?!(?![0-9]{4}年)[0-9０-９])/;
const LEVEL4 = /^([（(])([0-9０-９]{1,2})([）)])/;
/**
 * "一、二季度" / "二、三产业" / "一、二年级" start a paragraph but are a pair of numbers, not a
 * heading. The unit list is deliberately short: "三、四个方面" stays a heading.
 */
const PAIRED_NUMBERS = new RegExp(`^[${CN}]{1,3}、[${CN}]{1,3}(?:季度|月|年级|产业|线|等奖|类|级)`);

function parseArabic(digits: string): number {
  const halfWidth = digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return Number.parseInt(halfWidth, 10);
}

/** Writes n as the numeral of `form` (Chinese, half-width or full-width Arabic). */
export function formatNumeral(form: OrdinalForm, n: number): string {
  if (form.style === "arabic-dot" || form.style === "arabic-paren") {
    const text = String(n);
    return /[０-９]/.test(form.numeral)
      ? text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      : text;
  }
  // Beyond 九百九十九 no sensible Chinese ordinal exists; never throw on absurd documents.
  return n >= 1 && n <= 999 ? toChineseNumeral(n) : String(n);
}

/** The ordinal text for number n in the written form of `form`. */
export function formatOrdinal(form: OrdinalForm, n: number): string {
  return form.prefix + formatNumeral(form, n) + form.suffix;
}

/** Full written ordinal. */
export function writtenOrdinal(form: OrdinalForm): string {
  return form.prefix + form.numeral + form.suffix;
}

/** The heading ordinal (levels 1–4) at the start of `rest`, or null. */
export function matchHeadingOrdinal(rest: string): OrdinalForm | null {
  let m = LEVEL1.exec(rest);
  if (m && !PAIRED_NUMBERS.test(rest)) {
    const value = parseChineseNumeral(m[1]!);
    if (value !== null) return { level: 1, style: "chinese-dun", prefix: "", numeral: m[1]!, suffix: m[2]!, value };
  }
  m = LEVEL2.exec(rest);
  if (m) {
    const value = parseChineseNumeral(m[2]!);
    if (value !== null) {
      return { level: 2, style: "chinese-paren", prefix: m[1]!, numeral: m[2]!, suffix: m[3]!, value };
    }
  }
  m = LEVEL3.exec(rest);
  if (m) {
    const value = parseArabic(m[1]!);
    if (value >= 1) return { level: 3, style: "arabic-dot", prefix: "", numeral: m[1]!, suffix: m[2]!, value };
  }
  m = LEVEL4.exec(rest);
  if (m) {
    const value = parseArabic(m[2]!);
    if (value >= 1) {
      return { level: 4, style: "arabic-paren", prefix: m[1]!, numeral: m[2]!, suffix: m[3]!, value };
    }
  }
  return null;
}

/** Written forms of 首先 / 其次 / 再次: an enumeration of three at most (最后 closes any length). */
const SEQUENCE_WORDS = ["首先", "其次", "再次"] as const;

/**
 * In-paragraph points: 一是… / 第一，… / 其一，… / 首先，… (whether the place allows one is the
 * caller's question). Numerals stop at 九十九: no enumeration runs longer.
 */
export const POINT_PATTERN =
  /([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})([，,：:])|其([一二三四五六七八九十]{1,3})([，,：:])|(首先|其次|再次)([，,：:])/g;

/** Characters after which an in-paragraph point may start (besides the paragraph's start). */
export const POINT_MAY_FOLLOW = new Set(["。", "；", "：", "，", "！", "？", "…", ";", ":", ",", "!", "?"]);

/** Sentence boundaries after which a written 一是 starts a new enumeration. */
export const ENUMERATION_RESTARTS_AFTER = new Set(["。", "：", "！", "？", "…", ":", "!", "?"]);

/** Parses one POINT_PATTERN match into a form, or null for a non-numeral. */
export function pointForm(match: RegExpExecArray): OrdinalForm | null {
  if (match[1] !== undefined) return point("yishi", "", match[1], "是", parseChineseNumeral(match[1]));
  if (match[2] !== undefined) return point("diyi", "第", match[2], match[3]!, parseChineseNumeral(match[2]));
  if (match[4] !== undefined) return point("qiyi", "其", match[4], match[5]!, parseChineseNumeral(match[4]));
  const word = match[6]! as (typeof SEQUENCE_WORDS)[number];
  return point("shouxian", "", word, match[7]!, SEQUENCE_WORDS.indexOf(word) + 1);
}

function point(style: OrdinalStyle, prefix: string, numeral: string, suffix: string, value: number | null): OrdinalForm | null {
  return value === null ? null : { level: 5, style, prefix, numeral, suffix, value };
}

/** Largest number each style can write so that it reads back (1000、 or 100. would not). */
export function maxOrdinal(style: OrdinalStyle): number {
  switch (style) {
    case "chinese-dun":
    case "chinese-paren":
      return 999;
    case "shouxian":
      return SEQUENCE_WORDS.length;
    default:
      return 99;
  }
}

/** The ordinal for n in the form of `form`, or null when that form cannot write n. */
export function formatOrdinalOrNull(form: OrdinalForm, n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > maxOrdinal(form.style)) return null;
  if (form.style === "shouxian") return form.prefix + SEQUENCE_WORDS[n - 1]! + form.suffix;
  return formatOrdinal(form, n);
}
