/** Report-year awareness of genre text: choosing the body line that fits the report's 年度. */
import type { BodyLine } from "./schema";

/** The text of a body line for a report of `year` (undefined year: the year-free text), or undefined to drop it. */
export function bodyLineFor(line: BodyLine, year: number | undefined): string | undefined {
  if (typeof line === "string") return line;
  if (year !== undefined) {
    const text = line.byYear[String(year)];
    if (text !== undefined) return text;
  }
  return line.otherwise;
}

/** Every text a body line can take, for validation and content tests. */
export function bodyLineTexts(line: BodyLine): string[] {
  if (typeof line === "string") return [line];
  return [...Object.values(line.byYear), ...(line.otherwise ? [line.otherwise] : [])];
}

/** The years a body line is written for specifically (empty for a year-free line). */
export function bodyLineYears(line: BodyLine): number[] {
  return typeof line === "string" ? [] : Object.keys(line.byYear).map(Number);
}
