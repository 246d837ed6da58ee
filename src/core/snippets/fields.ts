/** Fill-in fields written {单位}, {年度}, {姓名} … inside snippet text. */
import { FIELD_PATTERN } from "./schema";

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
  return text.replace(FIELD_PATTERN, (whole, name: string) => {
    const value = Object.hasOwn(values, name) || values instanceof Map ? lookup(name) : undefined;
    return value !== undefined && value !== "" ? value : whole;
  });
}
