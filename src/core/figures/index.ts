/**
 * 数据核对: every figure of a report against every other. Pure, linear in the document's length,
 * never throws (a document it cannot read gives no findings rather than an error).
 */
import { analyseAll } from "./run";
import type { FigureIssue, FigureOptions } from "./types";

export type { FigureIssue, FigureOptions, FigureRule, FormFigure } from "./types";
export { BUILT_IN_INDICATORS, indicatorSchema, indicatorIndex, type PackIndicator } from "./indicators";

/** Every disagreement among the figures of `paragraphs`, in reading order of their first place. */
export function findFigureIssues(paragraphs: readonly string[], options: FigureOptions = {}): FigureIssue[] {
  try {
    return analyseAll(paragraphs, options);
  } catch {
    return [];
  }
}
