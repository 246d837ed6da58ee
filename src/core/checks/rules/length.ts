import type { OutlineEntry } from "../../outline/types";
import type { Rule } from "../context";
import { readOutlineLenient } from "../../outline/index";
import { draft } from "../finding";
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

function comparison(chars: number, target: number): { zh: string; en: string } {
  const diff = chars - target;
  if (Math.abs(diff) <= target * 0.1) return { zh: "与目标相当", en: "close to the target" };
  return diff > 0
    ? { zh: `超出约${diff}字`, en: `about ${diff} over` }
    : { zh: `还差约${-diff}字`, en: `about ${-diff} short` };
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
      const verdict = comparison(measure.total, target.total);
      out.push(
        draft("length.total", first, 0, 0, "info",
          `全文${measure.total}字（汉字和数字，不含空格和标点），目标${target.total}字，${verdict.zh}。`,
          `The document has ${measure.total} characters (Chinese characters and digits, no spaces or punctuation); target ${target.total}, ${verdict.en}.`),
      );
    }
    if (target.perSection !== undefined && target.perSection > 0) {
      for (const section of measure.sections) {
        const verdict = comparison(section.chars, target.perSection);
        const text = ctx.paragraphs[section.paragraph] ?? "";
        out.push(
          draft("length.section", section.paragraph, 0, text.length, "info",
            `本部分“${section.title}”${section.chars}字，每部分目标${target.perSection}字，${verdict.zh}。`,
            `Section “${section.title}” has ${section.chars} characters; target per section ${target.perSection}, ${verdict.en}.`),
        );
      }
    }
    return out;
  },
};
