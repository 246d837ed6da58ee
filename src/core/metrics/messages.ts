import type { Bilingual } from "../text/bilingual";
import { defineMessages } from "../text/messages";

/** A message built in place: still used by fill, form, growth and importTable (not yet in the table below). */
export const msg = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * The refusals of a value typed for a field (validate.ts), one table per language; walked by
 * tests/core/text/catalog.test.ts.
 */
export const metricsTable = {
  "zh-CN": {
    enterNumber: "请填写数值",
    noLetters: "只能填写数字，不能包含字母",
    notNumber: "不是有效的数字",
    noNegative: "此处不能填写负数",
    labelWhole: (label: string) => `“${label}”应为整数`,
    unitWhole: (unit: string) => `以“${unit}”计的数应为整数`,
    whole: "应为整数",
    maxDecimals: (allowed: number) => `最多保留${allowed}位小数`,
    year: "年份应为1949至2100之间的四位数",
    month: "月份应为1至12",
    day: "日期应为1至31",
    enterValue: "请填写内容",
    noLineBreaks: "不能包含换行",
  },
  "en-US": {
    enterNumber: "Enter a number",
    noLetters: "Digits only: letters are not allowed",
    notNumber: "Not a valid number",
    noNegative: "This figure cannot be negative",
    labelWhole: (label: string) => `“${label}” takes whole numbers only`,
    unitWhole: (unit: string) => `Whole numbers only (counted in ${unit})`,
    whole: "Whole numbers only",
    maxDecimals: (allowed: number) => `At most ${allowed} decimal place${allowed === 1 ? "" : "s"}`,
    year: "Year must be between 1949 and 2100",
    month: "Month must be 1 to 12",
    day: "Day must be 1 to 31",
    enterValue: "Enter a value",
    noLineBreaks: "Line breaks are not allowed",
  },
};

export const metricsMessages = defineMessages(metricsTable);
