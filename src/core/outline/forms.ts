import { parseChineseNumeral, toChineseNumeral } from "../text/chineseNumerals";
import type { Bilingual } from "../text/bilingual";
import { leadingSpace } from "./leading";
import { outlineMessages } from "./messages";

export interface OrdinalFormFix {
  start: number;
  end: number;
  /** What is written, e.g. "1、". */
  written: string;
  /** The standard form, e.g. "1.". */
  replacement: string;
  zh: string;
  en: string;
  /** "info" for a house-style difference (1． for 1.), "warning" for a mistake. */
  severity: "warning" | "info";
}

interface Pattern {
  pattern: RegExp;
  /** Returns the corrected ordinal, or null when the match is not really an ordinal. */
  fix(match: RegExpExecArray): string | null;
  message: Bilingual;
  severity?: "info";
}

const isChineseOrdinal = (text: string | undefined): boolean =>
  text !== undefined && parseChineseNumeral(text) !== null;

// Ordinal forms that are wrong at the start of a paragraph, with the GB/T 9704 form.
const PATTERNS: Pattern[] = [
  {
    // "1、" — but not "1、2月份" (a list of months or figures).
    pattern: /^([0-9]{1,2})、(?![0-9０-９一二三四五六七八九十])/,
    fix: (m) => `${m[1]}.`,
    message: outlineMessages.level3Dunhao,
  },
  {
    pattern: /^([0-9]{1,2})．(?![0-9０-９])/,
    fix: (m) => `${m[1]}.`,
    message: outlineMessages.level3FullWidthDot,
    severity: "info",
  },
  {
    pattern: /^([一二三四五六七八九十百]+)[.．](?![0-9])/,
    fix: (m) => (isChineseOrdinal(m[1]) ? `${m[1]}、` : null),
    message: outlineMessages.level1Dot,
  },
  {
    // "（一）、" / "（1）." — brackets already end the ordinal.
    pattern: /^（([一二三四五六七八九十百]+|[0-9]{1,2})）[、.．，,]/,
    fix: (m) => (/^[0-9]/.test(m[1] ?? "") || isChineseOrdinal(m[1]) ? `（${m[1]}）` : null),
    message: outlineMessages.bracketPunctuation,
  },
  {
    // Half-width or mixed brackets: (一) (一） （一) (1).
    pattern: /^(?:\(([一二三四五六七八九十百]+|[0-9]{1,2})[)）]|（([一二三四五六七八九十百]+|[0-9]{1,2})\))[、.．，,]?/,
    fix: (m) => {
      const inner = m[1] ?? m[2] ?? "";
      return /^[0-9]/.test(inner) || isChineseOrdinal(inner) ? `（${inner}）` : null;
    },
    message: outlineMessages.halfWidthBrackets,
  },
];

/** The wrongly punctuated ordinal at the start of a paragraph (1、 一. (一) （一）、) and its standard form. */
export function leadingOrdinalFix(text: string): OrdinalFormFix | null {
  const offset = leadingSpace(text);
  const rest = text.slice(offset);
  for (const { pattern, fix, message, severity = "warning" } of PATTERNS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const replacement = fix(match);
    if (replacement === null) continue;
    return { start: offset, end: offset + match[0].length, written: match[0], replacement, zh: message.zh, en: message.en, severity };
  }
  return null;
}

/** Span [start, end) of a wrongly punctuated leading ordinal, so other rules can leave it alone. */
export function wrongLeadingOrdinalSpan(text: string): [number, number] | null {
  const fix = leadingOrdinalFix(text);
  return fix ? [fix.start, fix.end] : null;
}

/**
 * The GB/T 9704 form of ordinal n on heading level 1–4: 一、 （一） 1. （1）; null for a number
 * that form cannot write so that it reads back (1000、, 100.).
 */
export function canonicalOrdinal(level: number, n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > (level <= 2 ? 999 : 99)) return null;
  switch (level) {
    case 1:
      return `${toChineseNumeral(n)}、`;
    case 2:
      return `（${toChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}
