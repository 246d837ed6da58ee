import { findAdParagraphs, type AdParagraphs } from "../ads/index";
import type { OutlineEntry } from "../outline/types";
import { scanPlaceholders } from "../placeholders/index";
import { readOutlineLenient } from "../outline/index";
import type { CheckOptions, FindingDraft, RuleId } from "./types";

export type PlaceholderHit = ReturnType<typeof scanPlaceholders>[number];

/** What a rule may read. Outline and placeholders are computed once, on first use. */
export interface RuleContext {
  readonly paragraphs: readonly string[];
  readonly options: CheckOptions;
  /** The outline as it will be once advertising lines are removed (their ordinals do not count). */
  outline(): OutlineEntry[];
  ads(): AdParagraphs;
  placeholders(): PlaceholderHit[];
}

/** A check: the rule ids it may emit and the function that finds them. */
export interface Rule {
  ids: readonly RuleId[];
  run(ctx: RuleContext): FindingDraft[];
}

/** Builds a context over the given paragraphs with memoised analyses. */
export function createContext(paragraphs: readonly string[], options: CheckOptions = {}): RuleContext {
  let outline: OutlineEntry[] | undefined;
  let placeholders: PlaceholderHit[] | undefined;
  let ads: AdParagraphs | undefined;
  const context: RuleContext = {
    paragraphs,
    options,
    ads: () => (ads ??= findAdParagraphs(paragraphs)),
    outline: () => (outline ??= readOutlineLenient(withoutAds(paragraphs, context.ads()))),
    placeholders: () => (placeholders ??= scanPlaceholders(paragraphs.slice())),
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
