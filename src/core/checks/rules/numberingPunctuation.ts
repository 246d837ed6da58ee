import type { Rule } from "../context";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { leadingOrdinalFix } from "../../outline/index";
import type { FindingDraft } from "../types";

const RULE = "numbering.punctuation" as const;

/** Wrong punctuation after an ordinal at the start of a paragraph (1、 一. (一) （一）、). */
export const numberingPunctuationRule: Rule = {
  ids: [RULE],
  run(ctx) {
    const out: FindingDraft[] = [];
    // Ordinals that are also out of sequence are fixed (form included) by the sequence rules.
    const outOfSequence = new Set(
      ctx.outline()
        .filter((e) => e.level <= 4 && e.writtenNumber !== e.expectedNumber && !e.beyondRange)
        .map((e) => `${e.paragraph}:${e.start}`),
    );
    ctx.paragraphs.forEach((text, paragraph) => {
      const fix = leadingOrdinalFix(text);
      if (!fix || outOfSequence.has(`${paragraph}:${fix.start}`)) return;
      out.push(
        draft(RULE, paragraph, fix.start, fix.end, fix.severity,
          checksMessages.numberingPunct(fix, fix.written, fix.replacement),
          fix.replacement),
      );
    });
    return out;
  },
};
