import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { trimmedEnd } from "../text";
import type { FindingDraft } from "../types";

const RULE = "punct.trailingDunhao" as const;

/** A paragraph that ends in 、: a list was cut off or the end mark mistyped; a person decides which. */
export const punctTrailingDunhaoRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      const end = trimmedEnd(text);
      if (text[end - 1] !== "、") return;
      out.push(draft(RULE, paragraph, end - 1, end, "warning",
        checksMessages.trailingDunhao));
    });
    return out;
  },
};
