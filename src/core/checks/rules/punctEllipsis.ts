import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { inRanges, isChineseContext, urlRanges } from "../text";
import type { FindingDraft } from "../types";

const RULE = "punct.ellipsis" as const;

/** "...", "。。。" or a lone "…" in Chinese text: the ellipsis is two “…” (……). */
const WRONG_ELLIPSIS = /\.{3,}|。{3,}|(?<!…)…(?!…)|…{3,}/g;

export const punctEllipsisRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      if (!text.includes("...") && !text.includes("。。。") && !text.includes("…")) return;
      const urls = urlRanges(text);
      for (const match of text.matchAll(WRONG_ELLIPSIS)) {
        const start = match.index;
        const end = start + match[0].length;
        if (inRanges(start, urls)) continue;
        // "etc..." in Latin text keeps its dots.
        if (match[0][0] === "." && !isChineseContext(text[start - 1]) && !isChineseContext(text[end])) continue;
        out.push(draft(RULE, paragraph, start, end, "warning",
          checksMessages.ellipsis(match[0]),
          "……"));
      }
    });
    return out;
  },
};
