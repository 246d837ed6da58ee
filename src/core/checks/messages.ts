/**
 * The checker's finding messages, one table per language, so far those of the length, leftover
 * placeholder, half-width and unpaired punctuation rules (the other rules still pass their two
 * texts to draft()); rule names are in catalog.ts. Walked by tests/core/text/catalog.test.ts.
 */
import { defineMessages } from "../text/messages";

export const checksTable = {
  "zh-CN": {
    closeToTarget: "与目标相当",
    over: (diff: number) => `超出约${diff}字`,
    short: (diff: number) => `还差约${diff}字`,
    lengthTotal: (total: number, target: number, verdict: { zh: string; en: string }) =>
      `全文${total}字（汉字和数字，不含空格和标点），目标${target}字，${verdict.zh}。`,
    lengthSection: (title: string, chars: number, target: number, verdict: { zh: string; en: string }) =>
      `本部分“${title}”${chars}字，每部分目标${target}字，${verdict.zh}。`,
    placeholderLeftover: (raw: string, label: string) => `“${raw}”是尚未填写的占位符（${label}），交稿前需要填入实际内容。`,
    halfWidth: (full: string, ch: string) => `中文文本中应使用全角标点“${full}”，不用半角“${ch}”。`,
    unpairedClose: (openMark: string, closeMark: string) => `“${openMark}”没有对应的“${closeMark}”，成对标点应在同一段内配齐。`,
    unpairedOpen: (openMark: string, closeMark: string) => `“${closeMark}”前面缺少对应的“${openMark}”，成对标点应在同一段内配齐。`,
  },
  "en-US": {
    closeToTarget: "close to the target",
    over: (diff: number) => `about ${diff} over`,
    short: (diff: number) => `about ${diff} short`,
    lengthTotal: (total: number, target: number, verdict: { zh: string; en: string }) =>
      `The document has ${total} characters (Chinese characters and digits, no spaces or punctuation); target ${target}, ${verdict.en}.`,
    lengthSection: (title: string, chars: number, target: number, verdict: { zh: string; en: string }) =>
      `Section “${title}” has ${chars} characters; target per section ${target}, ${verdict.en}.`,
    placeholderLeftover: (raw: string, label: string) => `“${raw}” is a placeholder still to be filled (${label}); put the real value in before submitting.`,
    halfWidth: (full: string, ch: string) => `Chinese text takes the full-width “${full}”, not the half-width “${ch}”.`,
    unpairedClose: (openMark: string, closeMark: string) => `“${openMark}” has no matching “${closeMark}” in this paragraph.`,
    unpairedOpen: (openMark: string, closeMark: string) => `“${closeMark}” has no matching “${openMark}” before it in this paragraph.`,
  },
};

export const checksMessages = defineMessages(checksTable);
