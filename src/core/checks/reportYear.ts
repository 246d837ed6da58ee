/**
 * The year a report is about, for a check that was given none (the pane's 检查): the year its
 * title reads (what the reader sees, and what text.yearBound and 数据核对 judge by), else the
 * year typed for {年度} in the 数据 form while the title still holds the placeholder. Nothing is
 * guessed beyond these: without either, year-based wordings are not judged.
 */
import { reportYearOf } from "./rules/textYearBound";

/** A form group of the {年度} field: "field:年度|year#1" (label, then unit or kind, then its count). */
const YEAR_GROUP = /^field:年度(?:\|[^#]*)?#\d+$/;

const toYear = (value: string | undefined): number | undefined => {
  const text = (value ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/年度?$/, "");
  return /^(?:19|20)\d{2}$/.test(text) ? Number(text) : undefined;
};

/** The year the 数据 form holds for {年度} (its first such field with a four-digit year). */
export function formYearOf(form: readonly { group: string; value?: string }[] | undefined): number | undefined {
  for (const entry of form ?? []) {
    if (!YEAR_GROUP.test(entry.group)) continue;
    const year = toYear(entry.value);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** The report's year: its title's, else the form's {年度}, else undefined. */
export function reportYearFor(paragraphs: readonly string[], formYear?: number): number | undefined {
  return reportYearOf(paragraphs) ?? formYear;
}
