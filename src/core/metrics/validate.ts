/**
 * Checking what the person typed for a field, per kind and unit, before it goes into the document.
 */
import type { PlaceholderKind } from "../placeholders/types";
import { COUNT_UNITS, allowsNegative, defaultDecimals } from "../placeholders/units";
import { msg } from "./messages";
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

const fail = (zh: string, en: string): ValidationResult => ({ ok: false, message: msg(zh, en) });

function stripSuffix(s: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) if (suffix && s.length > suffix.length && s.endsWith(suffix)) return s.slice(0, -suffix.length);
  return s;
}

function validateNumber(unit: string | undefined, input: string, options: ValidateOptions): ValidationResult {
  let s = toAsciiNumber(input);
  if (!s) return fail("请填写数值", "Enter a number");
  s = stripSuffix(s, unit === "%" ? ["%"] : unit ? [unit] : []);
  if (/[A-Za-z]/.test(s)) return fail("只能填写数字，不能包含字母", "Digits only: letters are not allowed");
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return fail("不是有效的数字", "Not a valid number");
  const negative = m[1] === "-";
  const whole = (m[2] ?? "0").replace(/^0+(?=\d)/, "");
  let fraction = m[3] ?? "";
  if (negative && !allowsNegative(unit)) return fail("此处不能填写负数", "This figure cannot be negative");
  if (unit !== undefined && COUNT_UNITS.has(unit)) {
    if (/[1-9]/.test(fraction)) {
      return options.label
        ? fail(`“${options.label}”应为整数`, `“${options.label}” takes whole numbers only`)
        : fail(`以“${unit}”计的数应为整数`, `Whole numbers only (counted in ${unit})`);
    }
    fraction = "";
  }
  const allowed = (unit !== undefined ? options.decimals?.[unit] : undefined) ?? defaultDecimals(unit);
  if (fraction.length > allowed) {
    return allowed === 0
      ? options.label
        ? fail(`“${options.label}”应为整数`, `“${options.label}” takes whole numbers only`)
        : fail("应为整数", "Whole numbers only")
      : fail(`最多保留${allowed}位小数`, `At most ${allowed} decimal place${allowed === 1 ? "" : "s"}`);
  }
  const isZero = /^0*$/.test(whole + fraction);
  return { ok: true, normalized: `${negative && !isZero ? "-" : ""}${whole}${fraction ? "." + fraction : ""}` };
}

function validateInteger(input: string, suffixes: string[], min: number, max: number, errZh: string, errEn: string): ValidationResult {
  const s = stripSuffix(toAsciiNumber(input), suffixes);
  if (!s) return fail("请填写数值", "Enter a number");
  if (!/^\d+$/.test(s)) return fail(errZh, errEn);
  const n = Number(s);
  if (n < min || n > max) return fail(errZh, errEn);
  return { ok: true, normalized: String(n) };
}

/** Validate and normalise one value for a field; messages in Chinese and English. */
export function validateValue(field: FieldSpec, input: string, options: ValidateOptions = {}): ValidationResult {
  switch (field.kind) {
    case "number":
      return validateNumber(field.unit, input, options);
    case "percent":
      return validateNumber(field.unit ?? "%", input, options);
    case "year": {
      const chinese = input.trim().replace(/[〇○零一二三四五六七八九]/g, (c) => CHINESE_YEAR_DIGITS[c] ?? c);
      return validateInteger(chinese, ["年度", "年"], 1949, 2100, "年份应为1949至2100之间的四位数", "Year must be between 1949 and 2100");
    }
    case "date":
      if (field.unit === "月") return validateInteger(input, ["月份", "月"], 1, 12, "月份应为1至12", "Month must be 1 to 12");
      return validateInteger(input, ["日", "号"], 1, 31, "日期应为1至31", "Day must be 1 to 31");
    case "name":
    case "text": {
      const s = input.trim();
      if (!s) return fail("请填写内容", "Enter a value");
      if (/[\r\n\u2028\u2029\v\f]/.test(s)) return fail("不能包含换行", "Line breaks are not allowed");
      return { ok: true, normalized: s };
    }
  }
}
