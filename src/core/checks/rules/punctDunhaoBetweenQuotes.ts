import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "punct.dunhaoBetweenQuotes" as const;

// A 顿号 squeezed between a closing and an opening 书名号 or 引号 (GB/T 15834: 通常不用顿号).
const BETWEEN = /(?<=[》”」』])\s*、\s*(?=[《“「『])/g;

/** 《A》、《B》 → 《A》《B》 and “A”、“B” → “A”“B”. */
export const punctDunhaoBetweenQuotesRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(BETWEEN)) {
        out.push(
          draft(RULE, paragraph, match.index, match.index + match[0].length, "warning",
            checksMessages.dunhaoBetweenQuotes,
            ""),
        );
      }
    });
    return out;
  },
};
