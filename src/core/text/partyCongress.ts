/**
 * The 党的二十一大 and the wording that changes when it has met: 迎接 before, 学习宣传贯彻 after.
 * Its date is not built in (not announced when this was written): the organisation sets it once
 * known, and both the skeletons and the checker read the same setting. Without it, nothing claims
 * the congress has met.
 */

/** A calendar day as three numbers. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** "2027-10-20", "2027年10月20日", "２０２７．１０．２０" → the day; anything else → undefined. */
export function parseDay(value: string | undefined): Day | undefined {
  const text = (value ?? "").normalize("NFKC").trim();
  const match = /^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

/** Negative, zero or positive as a falls before, on or after b. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The point in its 年度 a report speaks from: a plan at the year's start, a half-year summary at 30 June, the rest at the year's end. */
export type ReportTime = "yearStart" | "midYear" | "yearEnd";

/** The day a report of `year` speaks from. */
export function referenceDay(year: number, time: ReportTime = "yearEnd"): Day {
  if (time === "yearStart") return { year, month: 1, day: 1 };
  if (time === "midYear") return { year, month: 6, day: 30 };
  return { year, month: 12, day: 31 };
}

/**
 * Whether the 二十一大 has met by `reference`: true or false once the organisation has set its
 * opening date; undefined while it is not set (then content says neither 迎接 nor 学习贯彻 it as done).
 */
export function congressHeldBy(congressDate: string | undefined, reference: Day): boolean | undefined {
  const opened = parseDay(congressDate);
  if (!opened) return undefined;
  return compareDays(reference, opened) >= 0;
}

/** Why a typed 二十一大 date was refused: not a date we can read, no such day, or a year it cannot be. */
export type CongressDateProblem = "format" | "noSuchDay" | "year";

/** The first and last year a 二十一大 opening can be typed for (the 二十大 met in October 2022). */
export const CONGRESS_YEARS = { from: 2023, to: 2035 } as const;

/**
 * A typed 二十一大 opening date made safe to keep: "" (not yet held, or its date not announced)
 * stays "", a real day becomes "2027-10-20"; anything else is refused with its reason and
 * nothing is kept. Accepts what parseDay reads (2027-10-20, 2027年10月20日, full-width digits).
 */
export function normalizeCongressDate(value: string): { ok: true; value: string } | { ok: false; problem: CongressDateProblem } {
  if (value.normalize("NFKC").trim() === "") return { ok: true, value: "" };
  const day = parseDay(value);
  if (!day) return { ok: false, problem: "format" };
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  if (check.getUTCFullYear() !== day.year || check.getUTCMonth() !== day.month - 1 || check.getUTCDate() !== day.day) return { ok: false, problem: "noSuchDay" };
  if (day.year < CONGRESS_YEARS.from || day.year > CONGRESS_YEARS.to) return { ok: false, problem: "year" };
  const two = (n: number) => String(n).padStart(2, "0");
  return { ok: true, value: `${day.year}-${two(day.month)}-${two(day.day)}` };
}
