import type { RuleId } from "./types";
import type { Bilingual } from "../text/bilingual";

export interface RuleInfo {
  id: RuleId;
  name: Bilingual;
  /** True when the rule's findings carry a safe automatic fix (at least where it is safe). */
  fixable: boolean;
}

/** Every rule of the checker, in the order a settings list should show them. */
export const ruleCatalog: readonly RuleInfo[] = [
  { id: "placeholder.leftover", name: { zh: "未填写的占位符", en: "Placeholders left unfilled" }, fixable: false },
  { id: "numbering.gap", name: { zh: "序号不连续", en: "Ordinal out of sequence" }, fixable: true },
  { id: "numbering.repeat", name: { zh: "序号重复", en: "Ordinal repeated" }, fixable: true },
  { id: "numbering.skippedLevel", name: { zh: "标题层级跳级", en: "Heading level skipped" }, fixable: false },
  { id: "numbering.punctuation", name: { zh: "序号后标点错误", en: "Wrong punctuation after an ordinal" }, fixable: true },
  { id: "figures.conflict", name: { zh: "同一指标数值不一致", en: "One indicator, two values" }, fixable: false },
  { id: "figures.growth", name: { zh: "增幅与数据不符", en: "Growth that does not follow from the figures" }, fixable: false },
  { id: "figures.parts", name: { zh: "分项与总数、占比不符", en: "Parts, totals and shares that disagree" }, fixable: false },
  { id: "figures.unit", name: { zh: "单位或数量级可疑", en: "Unit or magnitude that cannot be right" }, fixable: false },
  { id: "figures.form", name: { zh: "文档与数据表单不一致", en: "Document and 数据 form disagree" }, fixable: false },
  { id: "figures.year", name: { zh: "年份与数据不符", en: "Years that do not fit" }, fixable: false },
  { id: "punct.halfWidth", name: { zh: "中文中使用半角标点", en: "Half-width punctuation in Chinese text" }, fixable: true },
  { id: "punct.unpaired", name: { zh: "成对标点不配对", en: "Unpaired quotes or brackets" }, fixable: false },
  { id: "punct.docNumber", name: { zh: "发文字号年份括号", en: "Brackets around the year in a document number" }, fixable: true },
  { id: "punct.titleFullStop", name: { zh: "标题末尾标点", en: "Punctuation at the end of a title or heading" }, fixable: true },
  { id: "punct.rumao", name: { zh: "“如下”“以下几个方面”后应用冒号", en: "Colon after 如下 or 以下几个方面" }, fixable: true },
  { id: "punct.dunhaoBetweenQuotes", name: { zh: "书名号、引号间多余顿号", en: "Enumeration comma (、) between quoted or titled items" }, fixable: true },
  { id: "text.doubledChar", name: { zh: "重复字", en: "Doubled character" }, fixable: true },
  { id: "text.repeatedSentence", name: { zh: "重复的句子", en: "Repeated sentence" }, fixable: false },
  { id: "placeholder.field", name: { zh: "短语中未填写的字段", en: "Phrase fields left unfilled ({单位})" }, fixable: false },
  { id: "numbering.beyondRange", name: { zh: "序号超出可写范围", en: "Ordinal beyond what its form can write" }, fixable: false },
  { id: "punct.trailingDunhao", name: { zh: "段落以顿号结尾", en: "Paragraph ending in an enumeration comma (、)" }, fixable: false },
  { id: "punct.rangeDash", name: { zh: "年份起止用连接号", en: "Dash between years (2024—2026)" }, fixable: true },
  { id: "punct.ellipsis", name: { zh: "省略号写法", en: "Ellipsis written as ……" }, fixable: true },
  { id: "text.yearZero", name: { zh: "汉字年份中的“〇”", en: "〇 in years written in Chinese" }, fixable: true },
  { id: "text.leadingZero", name: { zh: "月、日前导零", en: "Leading zero in months and days" }, fixable: true },
  { id: "text.tifa", name: { zh: "规范提法", en: "Fixed formulations (提法)" }, fixable: true },
  { id: "text.outdated", name: { zh: "过时提法", en: "Formulations out of date for the report's year" }, fixable: false },
  { id: "text.yearBound", name: { zh: "与报告年度不符的提法", en: "Wording that belongs to another year" }, fixable: false },
  { id: "ads.line", name: { zh: "模板广告和水印", en: "Template advertising and watermark lines" }, fixable: true },
  { id: "length.section", name: { zh: "各部分字数", en: "Length of each section" }, fixable: false },
  { id: "length.total", name: { zh: "全文字数", en: "Total length" }, fixable: false },
];
