import type { OutlineEntry } from "../../outline/types";
import type { Rule } from "../context";
import { readOutlineLenient } from "../../outline/index";
import type { Bilingual } from "../../text/bilingual";
import { draft } from "../finding";
import { checksMessages } from "../messages";
import { countCountedChars } from "../text";
import type { FindingDraft } from "../types";

export interface LengthMeasure {
  /** Counted characters (ideographs and digits) in the whole document. */
  total: number;
  /** One entry per level-1 section, from its heading to the next level-1 heading. */
  sections: Array<{ paragraph: number; title: string; chars: number }>;
}

/** Counts ideographs and digits (whitespace and punctuation excluded), in total and per level-1 section. */
export function measureLength(paragraphs: readonly string[], outline?: OutlineEntry[]): LengthMeasure {
  const perParagraph = paragraphs.map(countCountedChars);
  const total = perParagraph.reduce((a, b) => a + b, 0);
  const starts = (outline ?? readOutlineLenient(paragraphs)).filter((e) => e.level === 1);
  const sections = starts.map((entry, i) => {
    const next = starts[i + 1]?.paragraph ?? paragraphs.length;
    const chars = perParagraph.slice(entry.paragraph, next).reduce((a, b) => a + b, 0);
    return { paragraph: entry.paragraph, title: entry.title, chars };
  });
  return { total, sections };
}

function comparison(chars: number, target: number): Bilingual {
  const diff = chars - target;
  if (Math.abs(diff) <= target * 0.1) return checksMessages.closeToTarget;
  return diff > 0 ? checksMessages.over(diff) : checksMessages.short(-diff);
}

/** Length against the person's target: one finding for the whole, one per level-1 section. */
export const lengthRule: Rule = {
  ids: ["length.total", "length.section"],
  run(ctx) {
    const target = ctx.options.lengthTarget;
    if (!target || (target.total === undefined && target.perSection === undefined)) return [];
    const measure = measureLength(ctx.paragraphs, ctx.outline());
    const out: FindingDraft[] = [];
    if (target.total !== undefined && target.total > 0) {
      const first = Math.max(0, ctx.paragraphs.findIndex((p) => p.trim() !== ""));
      const message = checksMessages.lengthTotal(measure.total, target.total, comparison(measure.total, target.total));
      out.push(draft("length.total", first, 0, 0, "info", message));
    }
    if (target.perSection !== undefined && target.perSection > 0) {
      for (const section of measure.sections) {
        const message = checksMessages.lengthSection(section.title, section.chars, target.perSection, comparison(section.chars, target.perSection));
        const text = ctx.paragraphs[section.paragraph] ?? "";
        out.push(
          draft("length.section", section.paragraph, 0, text.length, "info", message),
        );
      }
    }
    return out;
  },
};
