import { createContext, type Rule } from "./context";
import { FindingIds } from "./finding";
import { adsLineRule } from "./rules/adsLine";
import { lengthRule } from "./rules/length";
import { numberingGapRule } from "./rules/numberingGap";
import { numberingPunctuationRule } from "./rules/numberingPunctuation";
import { numberingRepeatRule } from "./rules/numberingRepeat";
import { numberingSkippedLevelRule } from "./rules/numberingSkippedLevel";
import { placeholderLeftoverRule } from "./rules/placeholderLeftover";
import { punctDocNumberRule } from "./rules/punctDocNumber";
import { punctDunhaoBetweenQuotesRule } from "./rules/punctDunhaoBetweenQuotes";
import { punctHalfWidthRule } from "./rules/punctHalfWidth";
import { punctRumaoRule } from "./rules/punctRumao";
import { punctTitleFullStopRule } from "./rules/punctTitleFullStop";
import { punctUnpairedRule } from "./rules/punctUnpaired";
import { textDoubledCharRule } from "./rules/textDoubledChar";
import { placeholderFieldRule } from "./rules/placeholderField";
import { numberingBeyondRangeRule } from "./rules/numberingSequence";
import { punctEllipsisRule } from "./rules/punctEllipsis";
import { punctRangeDashRule } from "./rules/punctRangeDash";
import { punctTrailingDunhaoRule } from "./rules/punctTrailingDunhao";
import { textLeadingZeroRule } from "./rules/textLeadingZero";
import { textTifaRule } from "./rules/textTifa";
import { textYearZeroRule } from "./rules/textYearZero";
import { textRepeatedSentenceRule } from "./rules/textRepeatedSentence";
import { textYearBoundRule } from "./rules/textYearBound";
import { figuresRule } from "./rules/figures";
import type { CheckOptions, Finding, FindingDraft, RuleId } from "./types";

export type { CheckOptions, Finding, LengthTarget, RuleId } from "./types";
export { applyFixes } from "./fixes";
export { isAutoFix, planFixes, type FixPlan } from "./plan";
export { ruleCatalog } from "./catalog";
export { measureLength } from "./rules/length";
export { formYearOf, reportYearFor } from "./reportYear";
export { TIFA_ENTRIES, tifaEntrySchema, type TifaEntry } from "./data/tifa";

const RULES: readonly Rule[] = [
  placeholderLeftoverRule,
  placeholderFieldRule,
  numberingGapRule,
  numberingRepeatRule,
  numberingBeyondRangeRule,
  numberingSkippedLevelRule,
  numberingPunctuationRule,
  figuresRule,
  punctHalfWidthRule,
  punctUnpairedRule,
  punctDocNumberRule,
  punctTitleFullStopRule,
  punctRumaoRule,
  punctDunhaoBetweenQuotesRule,
  textDoubledCharRule,
  textRepeatedSentenceRule,
  punctTrailingDunhaoRule,
  punctRangeDashRule,
  punctEllipsisRule,
  textYearZeroRule,
  textLeadingZeroRule,
  textTifaRule,
  textYearBoundRule,
  adsLineRule,
  lengthRule,
];

/** Every rule id the checker can emit (the catalog must list each once). */
export const checkedRuleIds: readonly RuleId[] = RULES.flatMap((rule) => rule.ids);

/**
 * Checks a draft, paragraph by paragraph, against every enabled rule. Findings come sorted by
 * paragraph, then start offset (then rule id), so the same input always gives the same list.
 * Findings inside a paragraph that is itself an advertising line are dropped: removing it covers them.
 */
export function checkDocument(paragraphs: readonly string[], options: CheckOptions = {}): Finding[] {
  const enabled = options.enabledRules ? new Set(options.enabledRules) : null;
  const ctx = createContext(paragraphs, options);
  const drafts: FindingDraft[] = [];
  for (const rule of RULES) {
    if (enabled && !rule.ids.some((id) => enabled.has(id))) continue;
    for (const found of rule.run(ctx)) {
      if (!enabled || enabled.has(found.rule)) drafts.push(found);
    }
  }
  const adParagraphs = new Set(drafts.filter((d) => d.rule === "ads.line").map((d) => d.paragraph));
  const kept = adParagraphs.size === 0 ? drafts : drafts.filter((d) => d.rule === "ads.line" || !adParagraphs.has(d.paragraph));
  const findings = kept
    .sort(
      (a, b) =>
        a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
    ) as Finding[];
  // A rule that makes very many findings may give their ids itself (placeholder.leftover).
  const ids = new FindingIds();
  for (const finding of findings) {
    if ((finding as Partial<Finding>).id === undefined) {
      finding.id = ids.of(finding.rule, finding.paragraph, finding.start, finding.end);
    }
  }
  return findings;
}
