import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "text.leadingZero" as const;

/** 01月 / 08日: months and days in running text take no leading zero (2026年1月8日). */
const PADDED = /(?<![0-9０-９.])0([1-9])(?=[月日])/g;

export const textLeadingZeroRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(PADDED)) {
        const unit = text[match.index + 2];
        out.push(draft(RULE, paragraph, match.index, match.index + 2, "warning",
          checksMessages.leadingZero(match[0], String(match[1]), String(unit)),
          match[1]));
      }
    });
    return out;
  },
};
