import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "punct.rangeDash" as const;

/**
 * 2024-2026, 2024~2026, 2024－2026: a span of years takes the dash “—” (GB/T 15834). Not a date
 * (2024-05-06), not inside longer digit runs; the whole span is replaced, so its edges are digits.
 */
const YEAR_RANGE = /(?<![0-9\-/.])((?:19|20)[0-9]{2}) ?[-－~～–] ?((?:19|20)[0-9]{2})(?![0-9]|[-/.][0-9])/g;

export const punctRangeDashRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(YEAR_RANGE)) {
        const [written, from, to] = match as unknown as [string, string, string];
        if (Number(to) <= Number(from)) continue;
        const right = `${from}—${to}`;
        out.push(draft(RULE, paragraph, match.index, match.index + written.length, "warning",
          checksMessages.rangeDash(written, right),
          right));
      }
    });
    return out;
  },
};
