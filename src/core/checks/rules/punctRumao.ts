import type { Rule } from "../context";
import { draft } from "../finding";
import { trimmedEnd } from "../text";
import type { FindingDraft } from "../types";

const RULE = "punct.rumao" as const;

/** "……报告如下；" / "如下。" ending an opening: what follows is announced, so it takes a colon. */
export const punctRumaoRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      const end = trimmedEnd(text);
      const match = /如下([；。，;.,])$/.exec(text.slice(0, end));
      if (!match) return;
      const start = end - 1;
      out.push(
        draft(RULE, paragraph, start, end, "warning",
          `“如下”引出下文，其后应用冒号“：”，不用“${match[1]}”。`,
          `“如下” announces what follows, so it ends with a colon “：”, not “${match[1]}”.`,
          "："),
      );
    });
    return out;
  },
};
