/**
 * Report-year awareness of genre text: choosing the body line that fits the report's 年度, the
 * fields derived from it (下一年度 = 年度 + 1, 上一年度 = 年度 − 1) and the 二十一大 switch.
 */
import { congressHeldBy, referenceDay } from "../text/partyCongress";
import type { BodyLine, Genre } from "./schema";

/** Fields no one types: they follow 年度, so a plan sentence never repeats the year reviewed. */
export const DERIVED_FIELDS: Readonly<Record<string, { offset: number; placeholder: string }>> = {
  下一年度: { offset: 1, placeholder: "20XX" },
  上一年度: { offset: -1, placeholder: "20XX" },
};

/** The 年度 value as a year, when it is four digits. */
export function yearOfField(value: string | undefined): number | undefined {
  const match = /^\s*((?:19|20)\d\d)\s*(?:年度?)?\s*$/.exec((value ?? "").normalize("NFKC"));
  return match ? Number(match[1]) : undefined;
}

/** The values with 下一年度 and 上一年度 set from 年度 (typed values of those names are ignored). */
export function withDerivedFields(values: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...values };
  const year = yearOfField(values["年度"]);
  for (const [key, { offset }] of Object.entries(DERIVED_FIELDS)) {
    if (year === undefined) delete out[key];
    else out[key] = String(year + offset);
  }
  return out;
}

/** Whether the 二十一大 has met by the day a report of this genre and year speaks from (undefined: not known). */
export function congressHeldFor(genre: Pick<Genre, "reportTime">, year: number | undefined, congressDate: string | undefined): boolean | undefined {
  if (year === undefined) return undefined;
  return congressHeldBy(congressDate, referenceDay(year, genre.reportTime));
}

/**
 * The text of a body line for a report of `year` (undefined year: the year-free text), or
 * undefined to drop it. Once the 二十一大 is known to have met, a line's congressHeld text wins.
 */
export function bodyLineFor(line: BodyLine, year: number | undefined, congressHeld?: boolean): string | undefined {
  if (typeof line === "string") return line;
  if (congressHeld === true && line.congressHeld !== undefined) return line.congressHeld;
  if (year !== undefined) {
    const text = line.byYear[String(year)];
    if (text !== undefined) return text;
  }
  return line.otherwise;
}

/** Every text a body line can take, for validation and content tests. */
export function bodyLineTexts(line: BodyLine): string[] {
  if (typeof line === "string") return [line];
  return [...Object.values(line.byYear), ...(line.otherwise ? [line.otherwise] : []), ...(line.congressHeld ? [line.congressHeld] : [])];
}
