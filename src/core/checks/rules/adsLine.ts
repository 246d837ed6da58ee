import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "ads.line" as const;

/**
 * Advertising and watermark lines left over from downloaded templates, and the blank runs that
 * came with them at the start and end: the fix removes each paragraph.
 */
export const adsLineRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    const { ads, blanks } = ctx.ads();
    for (const paragraph of ads) {
      const text = ctx.paragraphs[paragraph] ?? "";
      out.push(removal(draft(RULE, paragraph, 0, text.length, "error",
        checksMessages.adLine,
        "")));
    }
    for (const paragraph of blanks) {
      const text = ctx.paragraphs[paragraph] ?? "";
      out.push(removal(draft(RULE, paragraph, 0, text.length, "warning",
        checksMessages.adBlank,
        "")));
    }
    return out;
  },
};

function removal(finding: FindingDraft): FindingDraft {
  finding.removeParagraph = true;
  return finding;
}
