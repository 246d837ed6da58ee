/**
 * What 检查 in the pane hands the checker: the person's length targets, the packs' 提法 and
 * indicators, the 二十一大 date in force, what 数据 keeps in the document, and the report's year
 * (its title's, else the 数据 form's {年度}), so that year-bound 提法 (“八五”普法 from 2026 …) are
 * judged in the pane as in the tests. Fixes and re-checks reuse the year the check found.
 */
import { formYearOf, type CheckOptions, type Finding } from "../../core/checks";
import { checkDraft, readFigureOptions } from "../../word";

export interface CheckRunState {
  findings: Finding[];
  texts: string[];
  /** The report's year the check judged by, when one was found. */
  year?: number;
}

/** The options of a check from the pane's parts (the date only when one is known). */
export function paneCheckOptions(parts: Pick<CheckOptions, "lengthTarget" | "tifa" | "figureIndicators"> & { congressDate?: string }): CheckOptions {
  const { congressDate, ...rest } = parts;
  return { ...rest, ...(congressDate ? { congressDate } : {}) };
}

/** The options for fixing or re-checking a run: the year it was checked for stays. */
export function optionsForRun(options: CheckOptions, run: Pick<CheckRunState, "year"> | null): CheckOptions {
  return run?.year !== undefined && options.year === undefined ? { ...options, year: run.year } : options;
}

/** Checks the document with what 数据核对 reads from the stored values (form values, dismissals) and the report's year. */
export async function checkWithFigures(options: CheckOptions): Promise<CheckRunState> {
  const figures = await readFigureOptions();
  const formYear = formYearOf(figures.figureForm);
  return checkDraft({ ...options, ...figures }, formYear === undefined ? {} : { formYear });
}
