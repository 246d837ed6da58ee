import { findAdParagraphs, type AdParagraphs } from "../ads/index";
import type { OutlineEntry } from "../outline/types";
import { forEachPlaceholderLabel, type PlaceholderLabel } from "../placeholders/index";
import { readOutlineLenient } from "../outline/index";
import type { CheckOptions, FindingDraft, RuleId } from "./types";

export type PlaceholderHit = PlaceholderLabel;

/** What a rule may read. Outline and advertising lines are computed once, on first use. */
export interface RuleContext {
  readonly paragraphs: readonly string[];
  readonly options: CheckOptions;
  /** The outline as it will be once advertising lines are removed (their ordinals do not count). */
  outline(): OutlineEntry[];
  ads(): AdParagraphs;
  /**
   * Each placeholder in reading order, labelled as the fill-in form labels it. Streamed, not kept:
   * a template may hold 150,000 blanks in one paragraph (each call scans again).
   */
  forEachPlaceholder(visit: (hit: PlaceholderHit) => void): void;
}

/**
 * A check: the rule ids it may emit and the function that finds them. A rule may return findings
 * with their id already set (FindingIds), as one with very many findings does; checkDocument
 * gives every other one its id.
 */
export interface Rule {
  ids: readonly RuleId[];
  run(ctx: RuleContext): FindingDraft[];
}

/** Builds a context over the given paragraphs with memoised analyses. */
export function createContext(paragraphs: readonly string[], options: CheckOptions = {}): RuleContext {
  let outline: OutlineEntry[] | undefined;
  let ads: AdParagraphs | undefined;
  const context: RuleContext = {
    paragraphs,
    options,
    ads: () => (ads ??= findAdParagraphs(paragraphs)),
    outline: () => (outline ??= readOutlineLenient(withoutAds(paragraphs, context.ads()))),
    forEachPlaceholder: (visit) => forEachPlaceholderLabel(paragraphs, visit),
  };
  return context;
}

/** The paragraphs with advertising lines blanked, so indices stay those of the document. */
function withoutAds(paragraphs: readonly string[], { ads }: AdParagraphs): readonly string[] {
  if (ads.length === 0) return paragraphs;
  const out = paragraphs.slice();
  for (const index of ads) out[index] = "";
  return out;
}
