import type { OutlineEntry } from "../outline/types";
import { scanPlaceholders } from "../placeholders/index";
import { readOutlineLenient } from "../outline/index";
import type { CheckOptions, FindingDraft, RuleId } from "./types";

export type PlaceholderHit = ReturnType<typeof scanPlaceholders>[number];

/** What a rule may read. Outline and placeholders are computed once, on first use. */
export interface RuleContext {
  readonly paragraphs: readonly string[];
  readonly options: CheckOptions;
  outline(): OutlineEntry[];
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
  return {
    paragraphs,
    options,
    outline: () => (outline ??= readOutlineLenient(paragraphs)),
    placeholders: () => (placeholders ??= scanPlaceholders([...paragraphs])),
  };
}
