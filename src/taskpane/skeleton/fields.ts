import type { Genre } from "../../core/genres";
import { placeholderIn } from "../../core/placeholders";
import type { Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";

const messages = defineMessages({
  "zh-CN": {
    chooseOne: (choices: readonly string[]) => `请选择：${choices.join("或")}。`,
    year: "年度请填 4 位数字，如 2025；“年”“年度”会自动加上。",
    stillPlaceholder: (mark: string) => `“${mark}”是占位符：请填写实际内容，或留空（留空的项以占位符插入，之后可在数据页填写）。`,
  },
  "en-US": {
    chooseOne: (choices: readonly string[]) => `Choose one of: ${choices.join(", ")}.`,
    year: "Enter the year as four digits, e.g. 2025; 年/年度 is added for you.",
    stillPlaceholder: (mark: string) => `“${mark}” is a placeholder: enter the actual text, or leave it blank (a blank goes in as a placeholder, to fill later on the data tab).`,
  },
});

/** The field whose value is written before 年/年度 in titles and dates (2025 → 2025年度工作总结). */
export const YEAR_FIELD = "年度";

export interface CheckedFields {
  /** Values to build the skeleton with: trimmed, the year as four ASCII digits; blanks left out. */
  values: Record<string, string>;
  /** Field key → what is wrong with what was typed (nothing is inserted while any remains). */
  problems: Record<string, Bilingual>;
}

const toAsciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * The skeleton's title and signature details as typed, made safe to write: the year accepts
 * "2025", "2025年", "2025年度" and full-width digits, and always yields "2025" (the genre's patterns
 * add 年/年度 themselves, so "2025年年度" can never come out).
 */
export function checkFields(genre: Genre, typed: Readonly<Record<string, string>>): CheckedFields {
  const values: Record<string, string> = {};
  const problems: Record<string, Bilingual> = {};
  for (const field of genre.fields) {
    const text = (typed[field.key] ?? "").trim();
    if (!text) continue;
    const mark = placeholderIn(text);
    if (mark !== null) {
      problems[field.key] = messages.stillPlaceholder(mark);
      continue;
    }
    if (field.choices && !field.choices.includes(text)) {
      problems[field.key] = messages.chooseOne(field.choices);
      continue;
    }
    if (field.key !== YEAR_FIELD) {
      values[field.key] = text;
      continue;
    }
    const year = toAsciiDigits(text).replace(/\s+/g, "").replace(/年度?$/, "");
    if (/^(19|20)\d\d$/.test(year)) values[field.key] = year;
    else problems[field.key] = messages.year;
  }
  return { values, problems };
}
