/**
 * What the person sees with a draft before it may be written: its unsupported figures (each
 * blocks 插入 until removed, edited or accepted) and the checker's findings on 提法, punctuation
 * and numbering. Placeholders (X) are what the prompt asks for where a figure is missing, so the
 * placeholder rules are not run; nor are the length rules, which are about whole documents.
 */
import { checkDocument, checkedRuleIds, type CheckOptions, type Finding } from "../checks";
import { findUnsupportedFigures, type Figure, type FigureSources } from "./figures";

export interface DraftReview {
  /** Per paragraph of the draft: its unsupported figures not accepted yet. */
  figures: Figure[][];
  /** Unsupported figures in all, accepted ones left out. */
  blocking: number;
  findings: Finding[];
}

const CHECKED_PREFIXES = ["text.", "punct.", "numbering."];

export function reviewDraft(
  paragraphs: readonly string[],
  sources: FigureSources,
  options: { accepted?: ReadonlySet<string>; year?: number; tifa?: CheckOptions["tifa"] } = {},
): DraftReview {
  const figures = paragraphs.map((p) => findUnsupportedFigures(p, sources).filter((f) => !options.accepted?.has(f.text)));
  const enabledRules = checkedRuleIds.filter((id) => CHECKED_PREFIXES.some((p) => id.startsWith(p)));
  const findings = checkDocument(paragraphs, { enabledRules, ...(options.year ? { year: options.year } : {}), ...(options.tifa ? { tifa: options.tifa } : {}) });
  return { figures, blocking: figures.reduce((n, list) => n + list.length, 0), findings };
}
