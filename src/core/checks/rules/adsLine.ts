import type { Rule } from "../context";
import { draft } from "../finding";
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
        "这一段像是下载模板带来的广告或水印（网站推广、联系方式、会员与订阅、转载声明、二维码等），应删除。",
        "This paragraph looks like advertising or a watermark from a downloaded template (site promotion, contact details, membership or subscription offers, copying notices, QR prompts); remove it.",
        "")));
    }
    for (const paragraph of blanks) {
      const text = ctx.paragraphs[paragraph] ?? "";
      out.push(removal(draft(RULE, paragraph, 0, text.length, "warning",
        "模板广告留下的空段落，随广告一并删除。",
        "An empty paragraph left by the template's advertising; it goes with the advertising.",
        "")));
    }
    return out;
  },
};

function removal(finding: FindingDraft): FindingDraft {
  finding.removeParagraph = true;
  return finding;
}
