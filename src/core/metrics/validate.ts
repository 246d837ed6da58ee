/**
 * Checking what the person typed for a field, per kind and unit, before it goes into the document.
 */
import type { PlaceholderKind } from "../placeholders/types";
import { placeholderIn } from "../placeholders/patterns";
import { COUNT_UNITS, allowsNegative, defaultDecimals } from "../placeholders/units";
import { metricsMessages } from "./messages";
import type { Bilingual } from "../text/bilingual";

export type ValidationResult = { ok: true; normalized: string } | { ok: false; message: Bilingual };

export interface FieldSpec {
  kind: PlaceholderKind;
  unit?: string;
}

export interface ValidateOptions {
  /** Decimals allowed per unit, overriding the defaults (亿元 2, % 1, counts 0). */
  decimals?: Readonly<Record<string, number>>;
  /** The field's label, named in messages (“新成立支部数”应为整数). */
  label?: string;
}

const CHINESE_YEAR_DIGITS: Readonly<Record<string, string>> = {
  "〇": "0", "○": "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};

/** Full-width digits and signs to ASCII; commas and spaces removed. */
export function toAsciiNumber(input: string): string {
  return input
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/[－−﹣]/g, "-")
    .replace(/＋/g, "+")
    .replace(/％/g, "%")
    .replace(/[,，\s\u3000]/g, "");
}

const fail = (message: Bilingual): ValidationResult => ({ ok: false, message });

function stripSuffix(s: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) if (suffix && s.length > suffix.length && s.endsWith(suffix)) return s.slice(0, -suffix.length);
  return s;
}

function validateNumber(unit: string | undefined, input: string, options: ValidateOptions): ValidationResult {
  let s = toAsciiNumber(input);
  if (!s) return fail(metricsMessages.enterNumber);
  s = stripSuffix(s, unit === "%" ? ["%"] : unit ? [unit] : []);
  if (/[A-Za-z]/.test(s)) return fail(metricsMessages.noLetters);
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return fail(metricsMessages.notNumber);
  const negative = m[1] === "-";
  const whole = (m[2] ?? "0").replace(/^0+(?=\d)/, "");
  let fraction = m[3] ?? "";
  if (negative && !allowsNegative(unit)) return fail(metricsMessages.noNegative);
  if (unit !== undefined && COUNT_UNITS.has(unit)) {
    if (/[1-9]/.test(fraction)) {
      return options.label ? fail(metricsMessages.labelWhole(options.label)) : fail(metricsMessages.unitWhole(unit));
    }
    fraction = "";
  }
  const allowed = (unit !== undefined ? options.decimals?.[unit] : undefined) ?? defaultDecimals(unit);
  if (fraction.length > allowed) {
    return allowed === 0
      ? options.label
        ? fail(metricsMessages.labelWhole(options.label))
        : fail(metricsMessages.whole)
      : fail(metricsMessages.maxDecimals(allowed));
  }
  const isZero = /^0*$/.test(whole + fraction);
  return { ok: true, normalized: `${negative && !isZero ? "-" : ""}${whole}${fraction ? "." + fraction : ""}` };
}

function validateInteger(input: string, suffixes: string[], min: number, max: number, error: Bilingual): ValidationResult {
  const s = stripSuffix(toAsciiNumber(input), suffixes);
  if (!s) return fail(metricsMessages.enterNumber);
  if (!/^\d+$/.test(s)) return fail(error);
  const n = Number(s);
  if (n < min || n > max) return fail(error);
  return { ok: true, normalized: String(n) };
}

/** Validate and normalise one value for a field; messages in Chinese and English. */
export function validateValue(field: FieldSpec, input: string, options: ValidateOptions = {}): ValidationResult {
  // A value still holding XX, ×× or ＿＿ is not a value: written, it would be a new blank.
  const mark = placeholderIn(input);
  if (mark !== null) return fail(metricsMessages.stillPlaceholder(mark));
  switch (field.kind) {
    case "number":
      return validateNumber(field.unit, input, options);
    case "percent":
      return validateNumber(field.unit ?? "%", input, options);
    case "year": {
      const chinese = input.trim().replace(/[〇○零一二三四五六七八九]/g, (c) => CHINESE_YEAR_DIGITS[c] ?? c);
      return validateInteger(chinese, ["年度", "年"], 1949, 2100, metricsMessages.year);
    }
    case "date":
      if (field.unit === "月") return validateInteger(input, ["月份", "月"], 1, 12, metricsMessages.month);
      return validateInteger(input, ["日", "号"], 1, 31, metricsMessages.day);
    case "name":
    case "text": {
      const s = input.trim();
      if (!s) return fail(metricsMessages.enterValue);
      if (/[\r\n\u2028\u2029\v\f]/.test(s)) return fail(metricsMessages.noLineBreaks);
      return { ok: true, normalized: s };
    }
  }
}
