import type { Rule } from "../context";
import { draft } from "../finding";
import { isLatinLetter } from "../text";
import type { FindingDraft } from "../types";

const RULE = "punct.unpaired" as const;

const PAIRS: Array<[string, string]> = [
  ["“", "”"],
  ["‘", "’"],
  ["（", "）"],
  ["《", "》"],
  ["【", "】"],
  ["「", "」"],
  ["〔", "〕"],
];

/** Paired marks (“” ‘’ （） 《》 【】 「」) opened without closing, or closed without opening, in one paragraph. */
export const punctUnpairedRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const [openMark, closeMark] of PAIRS) {
        if (!text.includes(openMark) && !text.includes(closeMark)) continue;
        const stack: number[] = [];
        for (let i = 0; i < text.length; i++) {
          const ch = text[i];
          if (ch === openMark) stack.push(i);
          else if (ch === closeMark) {
            // ’ between Latin letters is an apostrophe (don’t), not a closing quote.
            if (ch === "’" && isLatinLetter(text[i - 1]) && isLatinLetter(text[i + 1])) continue;
            if (stack.length > 0) stack.pop();
            else out.push(missing(paragraph, i, openMark, closeMark, "open"));
          }
        }
        for (const index of stack) out.push(missing(paragraph, index, openMark, closeMark, "close"));
      }
    });
    return out;
  },
};

function missing(
  paragraph: number,
  index: number,
  openMark: string,
  closeMark: string,
  lacking: "open" | "close",
): FindingDraft {
  return lacking === "close"
    ? draft(RULE, paragraph, index, index + 1, "warning",
        `“${openMark}”没有对应的“${closeMark}”，成对标点应在同一段内配齐。`,
        `“${openMark}” has no matching “${closeMark}” in this paragraph.`)
    : draft(RULE, paragraph, index, index + 1, "warning",
        `“${closeMark}”前面缺少对应的“${openMark}”，成对标点应在同一段内配齐。`,
        `“${closeMark}” has no matching “${openMark}” before it in this paragraph.`);
}
