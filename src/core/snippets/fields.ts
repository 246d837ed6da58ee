/** Fill-in fields written {单位}, {年度}, {姓名} … inside snippet text. */
import { FIELD_PATTERN, parseReportYear } from "./fieldSyntax";

/** Fields that follow {年度} when left blank: a plan sentence names the year after the one reviewed. */
const FOLLOWS_YEAR: Readonly<Record<string, number>> = { 下一年度: 1, 上一年度: -1 };

/** Distinct field names in order of first appearance: "{单位}于{年度}…{单位}" → ["单位", "年度"]. */
export function snippetFields(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(FIELD_PATTERN)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Replaces every {name} that has a non-empty value (all occurrences); fields without a value
 * stay as written so the user can still see what is missing.
 */
export function fillSnippet(
  text: string,
  values: Readonly<Record<string, string | undefined>> | ReadonlyMap<string, string>,
): string {
  const lookup = (name: string): string | undefined =>
    values instanceof Map ? values.get(name) : (values as Readonly<Record<string, string | undefined>>)[name];
  const year = parseReportYear(lookup("年度"));
  return text.replace(FIELD_PATTERN, (whole, name: string) => {
    const typed = Object.hasOwn(values, name) || values instanceof Map ? lookup(name) : undefined;
    const offset = FOLLOWS_YEAR[name];
    const value = typed || (offset !== undefined && year !== undefined ? String(year + offset) : undefined);
    return value !== undefined && value !== "" ? value : whole;
  });
}
