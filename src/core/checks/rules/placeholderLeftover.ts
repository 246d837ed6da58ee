import type { Rule } from "../context";
import { draft } from "../finding";

const RULE = "placeholder.leftover" as const;

/** Placeholders (XX, ×××, 20XX年, 【待补】 …) still in the text: the report is not finished. */
export const placeholderLeftoverRule: Rule = {
  ids: [RULE],
  run(ctx) {
    return ctx.placeholders().map((hit) =>
      draft(RULE, hit.paragraph, hit.start, hit.end, "error",
        `“${hit.raw}”是尚未填写的占位符（${hit.label}），交稿前需要填入实际内容。`,
        `“${hit.raw}” is a placeholder still to be filled (${hit.label}); put the real value in before submitting.`),
    );
  },
};
