import { findPunctuatedTitleIndex } from "../../outline/index";
import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { trimmedEnd } from "../text";
import type { FindingDraft } from "../types";

const RULE = "punct.titleFullStop" as const;
const END_MARK = /[。；，.;,]$/;

/** Titles, and headings that do not run into body text, end without a full stop, 分号 or 逗号. */
export const punctTitleFullStopRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    const seen = new Set<number>();
    const title = findPunctuatedTitleIndex(ctx.paragraphs);
    if (title !== null) {
      const text = ctx.paragraphs[title] ?? "";
      const end = trimmedEnd(text);
      const mark = text.slice(end - 1, end);
      if (END_MARK.test(mark)) {
        seen.add(title);
        out.push(
          draft(RULE, title, end - 1, end, "warning",
            checksMessages.titleFullStop(mark),
            ""),
        );
      }
    }
    for (const entry of ctx.outline()) {
      if (entry.level > 4 || entry.runIn || seen.has(entry.paragraph)) continue;
      const text = ctx.paragraphs[entry.paragraph] ?? "";
      const end = trimmedEnd(text);
      const mark = text.slice(end - 1, end);
      if (end <= entry.end || !END_MARK.test(mark)) continue;
      seen.add(entry.paragraph);
      // Sentence-style headings (with a comma inside) keep their full stop in some house styles.
      const sentenceStyle = /[，；,;]/.test(text.slice(entry.end, end - 1));
      out.push(
        draft(RULE, entry.paragraph, end - 1, end, sentenceStyle ? "info" : "warning",
          checksMessages.headingFullStop(mark),
          ""),
      );
    }
    return out;
  },
};
