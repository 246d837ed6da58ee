import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "numbering.skippedLevel" as const;

const FORM_OF_LEVEL: Record<number, string> = { 1: "一、", 2: "（一）", 3: "1.", 4: "（1）" };

/** A heading that goes more than one level deeper than the one before it (一、 then straight to 1.). */
export const numberingSkippedLevelRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    let previousLevel = 0;
    for (const entry of ctx.outline()) {
      if (entry.level > 4) continue;
      if (previousLevel > 0 && entry.level > previousLevel + 1) {
        const missing = FORM_OF_LEVEL[previousLevel + 1] ?? "";
        out.push(
          draft(RULE, entry.paragraph, entry.start, entry.end, "warning",
            checksMessages.skippedLevel(entry.written, missing)),
        );
      }
      previousLevel = entry.level;
    }
    return out;
  },
};
