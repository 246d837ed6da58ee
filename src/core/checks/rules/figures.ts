import type { Rule } from "../context";
import type { FindingDraft } from "../types";
import { findFigureIssues, type FigureOptions } from "../../figures/index";
import { reportYearOf } from "./textYearBound";

/**
 * 数据核对: figures that disagree (core/figures). Never a replacement: figures are the author's,
 * 全部修复 leaves them. A finding the person dismissed for this document is not reported again.
 */
export const figuresRule: Rule = {
  ids: ["figures.conflict", "figures.growth", "figures.parts", "figures.unit", "figures.form", "figures.year"],
  run(ctx) {
    const { options } = ctx;
    const figureOptions: FigureOptions = {};
    const year = options.year ?? reportYearOf(ctx.paragraphs);
    if (year !== undefined) figureOptions.year = year;
    if (options.figureIndicators?.length) figureOptions.indicators = options.figureIndicators;
    if (options.figureForm?.length) figureOptions.form = options.figureForm;
    const dismissed = new Set(options.dismissedFigures ?? []);
    const out: FindingDraft[] = [];
    for (const issue of findFigureIssues(ctx.paragraphs, figureOptions)) {
      if (dismissed.has(issue.key)) continue;
      const [first] = issue.places;
      if (!first) continue;
      const finding: FindingDraft = {
        rule: issue.rule,
        paragraph: first.paragraph,
        start: first.start,
        end: first.end,
        severity: "warning",
        message: issue.message,
        places: issue.places,
        dismissKey: issue.key,
      };
      if (issue.formValue !== undefined) finding.formValue = issue.formValue;
      if (issue.formGroup !== undefined) finding.formGroup = issue.formGroup;
      out.push(finding);
    }
    return out;
  },
};
