import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
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
          checksMessages.unfilledField(match[0])));
      }
    });
    return out;
  },
};
