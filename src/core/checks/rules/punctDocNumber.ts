import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import type { FindingDraft } from "../types";

const RULE = "punct.docNumber" as const;

// 机关代字 + bracketed year + serial + 号; the year may still be a placeholder (20XX).
const DOC_NUMBER =
  /(?<=\p{Script=Han})([[【(（〔［])\s*((?:19|20)[0-9Xx×]{2})\s*([\]】)）〕］])(?=\s*[0-9Xx×○]{1,5}\s*号)/gu;

/** Document numbers must put the year in 六角括号: 国发〔2025〕12号, not [2025] 【2025】 (2025). */
export const punctDocNumberRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    ctx.paragraphs.forEach((text, paragraph) => {
      for (const match of text.matchAll(DOC_NUMBER)) {
        const [whole, openMark, year, closeMark] = match;
        if (openMark === "〔" && closeMark === "〕" && whole.length === (year ?? "").length + 2) continue;
        const replacement = `〔${year}〕`;
        out.push(
          draft(RULE, paragraph, match.index, match.index + whole.length, "warning",
            checksMessages.docNumberYear(whole, replacement),
            replacement),
        );
      }
    });
    return out;
  },
};
