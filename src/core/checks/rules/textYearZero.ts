import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "text.yearZero" as const;

/** 二O二六年, 二0二六年, 二○二六年: a Chinese year writes zero as 〇 (U+3007), not a letter, digit or circle. */
const CHINESE_YEAR = /[一二][〇OＯo0０○一二三四五六七八九]{3}(?=年)/g;
const WRONG_ZERO = /[OＯo0０○]/g;

export const textYearZeroRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      if (!text.includes("年")) return;
      for (const match of text.matchAll(CHINESE_YEAR)) {
        const written = match[0];
        if (!/[OＯo0０○]/.test(written)) continue;
        const right = written.replace(WRONG_ZERO, "〇");
        out.push(draft(RULE, paragraph, match.index, match.index + written.length, "warning",
          checksMessages.yearZero(written, right),
          right));
      }
    });
    return out;
  },
};
