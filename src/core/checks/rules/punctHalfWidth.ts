import type { Rule } from "../context";
import { checksMessages } from "../messages";
import { inRanges, isAsciiDigit, isChineseContext, isSpace, urlRanges } from "../text";
import type { FindingDraft } from "../types";
import { wrongLeadingOrdinalSpan } from "../../outline/index";

const RULE = "punct.halfWidth" as const;

const FULL_WIDTH: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

const MAY_HAVE_HALF_WIDTH = /[,;:?!()]/;
const HALF_WIDTH = /[,;:?!()]/g;
const BRACKETS = /[()]/g;

function prevNonSpace(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return text[i];
}

/** Spaces and tabs typed after a mark; never a manual line break (\v) or other line end. */
const isPlainSpace = (ch: string | undefined) => ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0";

/**
 * Full-width marks carry their own spacing, so the spaces typed after the half-width one go too.
 * Word cannot search for a span that ends in a space, so the span then takes the next character
 * along (", 中" → "，中"); when that character is itself a mark to fix, the spaces stay.
 */
function withSpacesAfter(text: string, paragraph: number, i: number, ch: string): FindingDraft {
  let next = i + 1;
  while (next < text.length && isPlainSpace(text[next])) next++;
  if (next === i + 1 || next >= text.length || text[next]! in FULL_WIDTH || isSpace(text[next])) {
    return finding(paragraph, i, i + 1, ch);
  }
  const code = text.charCodeAt(next);
  const after = code >= 0xd800 && code <= 0xdbff ? next + 2 : next + 1;
  const result = finding(paragraph, i, after, ch);
  result.replacement = (FULL_WIDTH[ch] ?? ch) + text.slice(next, after);
  return result;
}

function nextNonSpaceIndex(text: string, index: number): number {
  let i = index + 1;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** Half-width punctuation touching Chinese text; numbers (1,000 3:30), Latin text and URLs are left alone. */
export const punctHalfWidthRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      if (!MAY_HAVE_HALF_WIDTH.test(text)) return;
      const skip: Array<[number, number]> = urlRanges(text);
      const ordinal = wrongLeadingOrdinalSpan(text);
      // The leading ordinal comes first: keep the ranges sorted, merged with an overlapping URL.
      if (ordinal && !(skip[0] && skip[0][0] < ordinal[1])) skip.unshift(ordinal);
      const flagged = new Set<number>();

      // Brackets are judged as pairs: Chinese inside or around either one converts both.
      const open: number[] = [];
      const pairs: Array<[number | null, number | null]> = [];
      BRACKETS.lastIndex = 0;
      for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
        const i = m.index;
        if (inRanges(i, skip)) continue;
        if (text[i] === "(") open.push(i);
        else pairs.push([open.pop() ?? null, i]);
      }
      for (const index of open) pairs.push([index, null]);
      // Chinese characters before each offset, so "any Chinese inside this pair" is one subtraction.
      let prefix: Int32Array | null = null;
      const chineseBetween = (from: number, to: number) => {
        if (!prefix) {
          prefix = new Int32Array(text.length + 1);
          for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (isChineseContext(text[i]) ? 1 : 0);
        }
        return prefix[to]! - prefix[from]! > 0;
      };
      for (const [from, to] of pairs) {
        const chinese =
          (from !== null && to !== null && chineseBetween(from + 1, to)) ||
          (from !== null && isChineseContext(prevNonSpace(text, from))) ||
          (from !== null && to === null && isChineseContext(text[nextNonSpaceIndex(text, from)])) ||
          (to !== null && isChineseContext(text[nextNonSpaceIndex(text, to)])) ||
          (to !== null && from === null && isChineseContext(prevNonSpace(text, to)));
        if (!chinese) continue;
        if (from !== null) flagged.add(from);
        if (to !== null) flagged.add(to);
      }

      HALF_WIDTH.lastIndex = 0;
      for (let m = HALF_WIDTH.exec(text); m; m = HALF_WIDTH.exec(text)) {
        const i = m.index;
        const ch = m[0];
        if (inRanges(i, skip)) continue;
        if (ch === "(" || ch === ")") {
          if (!flagged.has(i)) continue;
          out.push(finding(paragraph, i, i + 1, ch));
          continue;
        }
        if (isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1])) continue; // 1,000  3:30
        const next = nextNonSpaceIndex(text, i);
        if (!isChineseContext(prevNonSpace(text, i)) && !isChineseContext(text[next])) continue;
        out.push(withSpacesAfter(text, paragraph, i, ch));
      }
    });
    return out;
  },
};

/** One message per mark, shared by its findings (a pasted table can hold 100,000 of them). */
const MESSAGES = new Map(
  Object.entries(FULL_WIDTH).map(([ch, full]) => [ch, checksMessages.halfWidth(full, ch)]),
);

function finding(paragraph: number, start: number, end: number, ch: string): FindingDraft {
  const full = FULL_WIDTH[ch] ?? ch;
  return { rule: RULE, paragraph, start, end, severity: "warning", message: MESSAGES.get(ch)!, replacement: full };
}
