/**
 * The figure check's messages, one table per language, so far those of the form and year checks
 * (form.ts, years.ts); analyse.ts still passes its two texts to issue(). Walked by
 * tests/core/text/catalog.test.ts.
 */
import { defineMessages } from "../text/messages";

export const figuresTable = {
  "zh-CN": {
    formDiffers: (label: string, paragraph: number, text: string, formText: string) => `${label}：第${paragraph}段 ${text}，数据表单 ${formText}。`,
    doneInFuture: (paragraph: number, year: string, reportYear: number, done: string) => `第${paragraph}段：${year}年晚于报告年度${reportYear}年，却写作“${done}”。`,
    yearsTotal: (span: string, _years: number, total: string, parts: readonly string[], sum: string, unit: string) =>
      `${span.replace(/^[^近三五过十]*/, "")}合计${total}，各年${parts.join("＋")}＝${sum}${unit}。`,
  },
  "en-US": {
    formDiffers: (label: string, paragraph: number, text: string, formText: string) => `${label}: paragraph ${paragraph} says ${text}, the 数据 form ${formText}.`,
    doneInFuture: (paragraph: number, year: string, reportYear: number, done: string) =>
      `Paragraph ${paragraph}: ${year} is after the report's year ${reportYear}, yet the text says it is done (“${done}”).`,
    yearsTotal: (_span: string, years: number, total: string, parts: readonly string[], sum: string, unit: string) =>
      `The ${years}-year total is ${total}, but the yearly figures ${parts.join(" + ")} add up to ${sum}${unit}.`,
  },
};

export const figuresMessages = defineMessages(figuresTable);
