import type { Bilingual } from "../text/bilingual";
import type { FindingDraft, RuleId, Severity } from "./types";

/** Builds a finding draft; keeps rule modules short and uniform. The message is an entry of checks/messages.ts. */
export function draft(rule: RuleId, paragraph: number, start: number, end: number, severity: Severity, message: Bilingual, replacement?: string): FindingDraft {
  const result: FindingDraft = { rule, paragraph, start, end, severity, message };
  if (replacement !== undefined) result.replacement = replacement;
  return result;
}

/**
 * Finding ids, "rule:paragraph:start-end", stable within one run. The "rule:paragraph:" part is
 * kept for the last rule and paragraph asked for, so ids of findings that come by paragraph (a
 * template may have 150,000 blanks in one) cost one short string each.
 */
export class FindingIds {
  private rule: RuleId | undefined;
  private paragraph = -1;
  private prefix = "";

  of(rule: RuleId, paragraph: number, start: number, end: number): string {
    if (rule !== this.rule || paragraph !== this.paragraph) {
      this.rule = rule;
      this.paragraph = paragraph;
      this.prefix = `${rule}:${paragraph}:`;
    }
    // join makes one flat string; concatenation keeps two cons cells and two number strings alive
    // per id, twice the memory, on up to 150,000 findings.
    return [this.prefix, start, "-", end].join("");
  }
}
