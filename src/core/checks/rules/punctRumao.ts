import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { trimmedEnd } from "../text";
import type { FindingDraft } from "../types";

const RULE = "punct.rumao" as const;

/** 报告如下； 主要有以下几个方面； 归纳为以下几点。: announcing what follows. */
const ANNOUNCES = /(如下|以下(?:几个方面|几方面|方面|几点|几项|问题|工作|措施|内容))([；。，;.,])$/;

/** "……报告如下；" / "主要有以下几个方面；" ending a paragraph: what follows is announced, so a colon. */
export const punctRumaoRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      const end = trimmedEnd(text);
      // Only the paragraph's last 20 characters matter (bounded, so linear).
      const tail = text.slice(Math.max(0, end - 20), end);
      const match = ANNOUNCES.exec(tail);
      if (!match) return;
      const start = end - 1;
      const word = match[1]!;
      out.push(
        draft(RULE, paragraph, start, end, "warning",
          checksMessages.rumao(word, String(match[2])),
          "："),
      );
    });
    return out;
  },
};
