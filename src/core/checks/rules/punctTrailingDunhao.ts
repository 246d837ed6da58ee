import type { Rule } from "../context";
import { draft } from "../finding";
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
        "段落以顿号“、”结尾：并列内容可能不完整，或应为句号。",
        "The paragraph ends in a 顿号 “、”: a list may be cut short, or a full stop was meant."));
    });
    return out;
  },
};
