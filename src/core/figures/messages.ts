/**
 * The figure check's messages (analyse.ts, form.ts, years.ts), one table per language. Walked by
 * tests/core/text/catalog.test.ts.
 */
import type { Bilingual } from "../text/bilingual";
import { defineMessages } from "../text/messages";

export const figuresTable = {
  "zh-CN": {
    place: (paragraph: number, text: string) => `第${paragraph}段 ${text}`,
    lastYearForm: (text: string) => `上年${text}（数据表单）`,
    unitSlip: (name: string, a: Bilingual, b: Bilingual, times: number) => `${name}：${a.zh}，${b.zh}，相差${times}倍，可能是单位或小数点写错。`,
    conflict: (name: string, a: Bilingual, b: Bilingual) => `${name}：${a.zh}，${b.zh}。`,
    direction: (name: string, from: Bilingual, to: string, wentDown: boolean, verb: string, rate: string) =>
      `${name}：由${from.zh}到${to}是${wentDown ? "减少" : "增加"}，却写作“${verb}${rate}”。`,
    pointsNotPercent: (name: string, from: Bilingual, to: string, points: string, rate: string, value: string) =>
      `${name}：由${from.zh}到${to}相差${points}个百分点，“${rate}”应写作“${value}个百分点”。`,
    pointsNotRate: (name: string, from: Bilingual, to: string, points: string, relative: string, rate: string) =>
      `${name}：由${from.zh}到${to}相差${points}个百分点（相对变化${relative}%），与“${rate}”不符。`,
    pointsDiffer: (name: string, from: Bilingual, to: string, points: string, rate: string) => `${name}：由${from.zh}到${to}相差${points}个百分点，与“${rate}”不符。`,
    amountChange: (name: string, from: Bilingual, to: string, expected: string, rate: string) =>
      `${name}：${from.zh}到${to}是金额的变化，应写百分比（${expected}%），不是“${rate}”。`,
    growthRate: (name: string, from: Bilingual, to: string, expected: string, value: string) => `${name}：由${from.zh}到${to}，增幅为${expected}%，不是${value}%。`,
    partsOver: (label: string, parts: readonly string[], sum: string, total: string) => `${label}：分项${parts.join("＋")}＝${sum}，超过总数${total}。`,
    share: (label: string, part: string, total: string, expected: string, share: string) => `${label}占比：${part}÷${total}＝${expected}%，不是${share}。`,
    sharesOver: (sum: string, shares: readonly string[]) => `同一总数的占比合计${sum}%（${shares.join("＋")}），超过100%。`,
    respectively: (label: string, total: string, items: readonly string[], sum: string, unit: string) => `${label}：合计${total}，分别列出的${items.join("＋")}＝${sum}${unit}。`,
    over100: (name: string, at: Bilingual) => `${name}：${at.zh}，超过100%。`,
    tooSmall: (name: string, at: Bilingual) => `${name}：${at.zh}，数量级过小，单位是否应为“亿元”？`,
    tooLarge: (name: string, at: Bilingual) => `${name}：${at.zh}，数量级过大，单位是否写错？`,
    formDiffers: (label: string, paragraph: number, text: string, formText: string) => `${label}：第${paragraph}段 ${text}，数据表单 ${formText}。`,
    doneInFuture: (paragraph: number, year: string, reportYear: number, done: string) => `第${paragraph}段：${year}年晚于报告年度${reportYear}年，却写作“${done}”。`,
    yearsTotal: (span: string, _years: number, total: string, parts: readonly string[], sum: string, unit: string) =>
      `${span.replace(/^[^近三五过十]*/, "")}合计${total}，各年${parts.join("＋")}＝${sum}${unit}。`,
  },
  "en-US": {
    place: (paragraph: number, text: string) => `paragraph ${paragraph}: ${text}`,
    lastYearForm: (text: string) => `last year ${text} (数据 form)`,
    unitSlip: (name: string, a: Bilingual, b: Bilingual, times: number) => `${name}: ${a.en}, ${b.en}: ${times} times apart, likely a unit or decimal point slip.`,
    conflict: (name: string, a: Bilingual, b: Bilingual) => `${name}: ${a.en}, ${b.en}.`,
    direction: (name: string, from: Bilingual, to: string, wentDown: boolean, verb: string, rate: string) =>
      `${name}: from ${from.en} to ${to} is a ${wentDown ? "fall" : "rise"}, but the text says “${verb}${rate}”.`,
    pointsNotPercent: (name: string, from: Bilingual, to: string, points: string, rate: string, value: string) =>
      `${name}: from ${from.en} to ${to} is a change of ${points} percentage points; “${rate}” should read “${value}个百分点”.`,
    pointsNotRate: (name: string, from: Bilingual, to: string, points: string, relative: string, rate: string) =>
      `${name}: from ${from.en} to ${to} is ${points} points (a relative change of ${relative}%), not “${rate}”.`,
    pointsDiffer: (name: string, from: Bilingual, to: string, points: string, rate: string) => `${name}: from ${from.en} to ${to} is ${points} percentage points, not “${rate}”.`,
    amountChange: (name: string, from: Bilingual, to: string, expected: string, rate: string) =>
      `${name}: ${from.en} to ${to} is a change in an amount: a percentage (${expected}%), not “${rate}”.`,
    growthRate: (name: string, from: Bilingual, to: string, expected: string, value: string) => `${name}: from ${from.en} to ${to} is ${expected}%, not ${value}%.`,
    partsOver: (label: string, parts: readonly string[], sum: string, total: string) => `${label}: the parts ${parts.join(" + ")} = ${sum}, more than the total ${total}.`,
    share: (label: string, part: string, total: string, expected: string, share: string) => `Share of ${label}: ${part} ÷ ${total} = ${expected}%, not ${share}.`,
    sharesOver: (sum: string, shares: readonly string[]) => `Shares of one total add up to ${sum}% (${shares.join(" + ")}), more than 100%.`,
    respectively: (label: string, total: string, _items: readonly string[], sum: string, unit: string) => `${label}: the total is ${total}, the items listed add up to ${sum}${unit}.`,
    over100: (name: string, at: Bilingual) => `${name}: ${at.en}, above 100%.`,
    tooSmall: (name: string, at: Bilingual) => `${name}: ${at.en} is far too small; should the unit be 亿元?`,
    tooLarge: (name: string, at: Bilingual) => `${name}: ${at.en} is far too large; is the unit wrong?`,
    formDiffers: (label: string, paragraph: number, text: string, formText: string) => `${label}: paragraph ${paragraph} says ${text}, the 数据 form ${formText}.`,
    doneInFuture: (paragraph: number, year: string, reportYear: number, done: string) =>
      `Paragraph ${paragraph}: ${year} is after the report's year ${reportYear}, yet the text says it is done (“${done}”).`,
    yearsTotal: (_span: string, years: number, total: string, parts: readonly string[], sum: string, unit: string) =>
      `The ${years}-year total is ${total}, but the yearly figures ${parts.join(" + ")} add up to ${sum}${unit}.`,
  },
};

export const figuresMessages = defineMessages(figuresTable);
