/**
 * The syntax of fill-in fields and of a report's 年度, apart from the snippet schema: the 骨架 tab
 * builds skeletons with these before any schema (zod) has been loaded.
 */

/** Fill-in fields: {name} with 1–16 characters, no braces or whitespace inside. */
export const FIELD_PATTERN = /\{([^{}\s]{1,16})\}/g;

/** Years a report can plausibly be about; bounds the `years` field. */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

/** "2027", "2027年", "2027年度", " ２０２７ " → 2027; anything else (20XX, blank) → undefined. */
export function parseReportYear(value: string | undefined): number | undefined {
  const match = /^\s*(\d{4})\s*(?:年度?)?\s*$/.exec((value ?? "").normalize("NFKC"));
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR ? year : undefined;
}
