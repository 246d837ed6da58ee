import type { FindingDraft, RuleId, Severity } from "./types";

/** Builds a finding draft; keeps rule modules short and uniform. */
export function draft(
  rule: RuleId,
  paragraph: number,
  start: number,
  end: number,
  severity: Severity,
  zh: string,
  en: string,
  replacement?: string,
): FindingDraft {
  const result: FindingDraft = { rule, paragraph, start, end, severity, message: { zh, en } };
  if (replacement !== undefined) result.replacement = replacement;
  return result;
}
