import type { Rule } from "../context";
import { draft } from "../finding";
import type { FindingDraft } from "../types";

const RULE = "placeholder.field" as const;

/** {单位} {年度}: a snippet's field name left in the text. Bounded and brace-free inside, so linear. */
const FIELD = /\{([^{}\n]{1,20})\}/g;
const HAN = /\p{Script=Han}/u;

/** Fields of inserted phrases ({单位}, {年度}) that were never filled in. */
export const placeholderFieldRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      if (!text.includes("{")) return;
      for (const match of text.matchAll(FIELD)) {
        if (!HAN.test(match[1]!)) continue;
        out.push(draft(RULE, paragraph, match.index, match.index + match[0].length, "error",
          `“${match[0]}”是插入短语时未填写的字段，需要换成实际内容。`,
          `“${match[0]}” is a field of an inserted phrase that was never filled in; replace it with the real text.`));
      }
    });
    return out;
  },
};
