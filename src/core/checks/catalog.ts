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
  { id: "punct.halfWidth", name: { zh: "中文中使用半角标点", en: "Half-width punctuation in Chinese text" }, fixable: true },
  { id: "punct.unpaired", name: { zh: "成对标点不配对", en: "Unpaired quotes or brackets" }, fixable: false },
  { id: "punct.docNumber", name: { zh: "发文字号年份括号", en: "Brackets around the year in a document number" }, fixable: true },
  { id: "punct.titleFullStop", name: { zh: "标题末尾标点", en: "Punctuation at the end of a title or heading" }, fixable: true },
  { id: "punct.rumao", name: { zh: "“如下”后应用冒号", en: "Colon after 如下" }, fixable: true },
  { id: "punct.dunhaoBetweenQuotes", name: { zh: "书名号、引号间多余顿号", en: "顿号 between quoted or titled items" }, fixable: true },
  { id: "text.doubledChar", name: { zh: "重复字", en: "Doubled character" }, fixable: true },
  { id: "text.repeatedSentence", name: { zh: "重复的句子", en: "Repeated sentence" }, fixable: false },
  { id: "text.yearBound", name: { zh: "与报告年度不符的提法", en: "Wording that belongs to another year" }, fixable: false },
  { id: "ads.line", name: { zh: "模板广告和水印", en: "Template advertising and watermark lines" }, fixable: true },
  { id: "length.section", name: { zh: "各部分字数", en: "Length of each section" }, fixable: false },
  { id: "length.total", name: { zh: "全文字数", en: "Total length" }, fixable: false },
];
