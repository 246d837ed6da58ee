/**
 * The checker's finding messages, one table per language: every rule's (draft() takes the entry);
 * rule names are in catalog.ts, and the year facts of rules/textYearBound.ts and the 提法 of
 * data/tifa.ts are data. Walked by tests/core/text/catalog.test.ts.
 */
import type { Bilingual } from "../text/bilingual";
import { defineMessages } from "../text/messages";

/** The 党的二十一大 opening day as the checker holds it. */
interface CongressDay {
  year: number;
  month: number;
  day: number;
}

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
    adLine: "这一段像是下载模板带来的广告或水印（网站推广、联系方式、会员与订阅、转载声明、二维码等），应删除。",
    adBlank: "模板广告留下的空段落，随广告一并删除。",
    numberingPunct: (label: Bilingual, written: string, replacement: string) => `${label.zh}：“${written}”应为“${replacement}”。`,
    beyondRange: (written: string, expected: number) => `“${written}”处按顺序应为第${expected}项，这种序号写不出这么大的数，请调整层级或拆分。`,
    repeat: (written: string, expected: string) => `序号“${written}”与上一个同级序号重复，按顺序应为“${expected}”。`,
    gap: (written: string, expected: string) => `序号“${written}”与前文不连续，按顺序应为“${expected}”。`,
    skippedLevel: (written: string, missing: string) => `层级跳过：“${written}”直接跟在上一级标题之后，中间缺少“${missing}”一级。`,
    unfilledField: (text: string) => `“${text}”是插入短语时未填写的字段，需要换成实际内容。`,
    docNumberYear: (whole: string, replacement: string) => `发文字号的年份用六角括号“〔〕”：“${whole}”应为“${replacement}”。`,
    dunhaoBetweenQuotes: "并列的书名号或引号之间通常不用顿号。",
    ellipsis: (written: string) => `省略号应为“……”，不用“${written}”。`,
    rangeDash: (written: string, right: string) => `年份起止用连接号“—”：“${written}”应为“${right}”。`,
    rumao: (word: string, written: string) => `“${word}”引出下文，其后应用冒号“：”，不用“${written}”。`,
    titleFullStop: (mark: string) => `标题末尾不加标点，应删去“${mark}”。`,
    headingFullStop: (mark: string) => `独占一行的标题末尾一般不加标点，可删去“${mark}”。`,
    trailingDunhao: "段落以顿号“、”结尾：并列内容可能不完整，或应为句号。",
    doubledChar: (written: string, ch: string) => `“${written}”疑为多打的重复字，应为“${ch}”。`,
    leadingZero: (written: string, digit: string, unit: string) => `日期中的月、日不加前导零：“${written}${unit}”应为“${digit}${unit}”。`,
    repeatedSentence: (paragraph: number) => `这句话与第${paragraph}段中的一句完全相同，请确认是否重复粘贴。`,
    yearZero: (written: string, right: string) => `汉字年份中的零写作“〇”：“${written}”应为“${right}”。`,
    tifaRight: (right: string, written: string) => `规范提法是“${right}”，不是“${written}”。`,
    tifaOrder: (right: string, order: string) => `“${right}”的内容有固定顺序：应为“${order}”。`,
    outdated: (written: string, year: number, note: Bilingual) => `“${written}”在${year}年的报告中已不合时宜：${note.zh}。`,
    congressHeld: (written: string, when: string, _day: CongressDay) =>
      `“${written}”：党的二十一大已于${when}召开（本单位设置），本文写于其后，应改为学习宣传贯彻党的二十一大精神。`,
    congressAhead: (written: string, when: string, _day: CongressDay) => `“${written}”：党的二十一大${when}召开（本单位设置），本文写于其前，尚无其精神可学。`,
    yearBound: (written: string, years: readonly number[], phrase: Bilingual, year: number) =>
      `“${written}”只适用于${years.join("、")}年度的报告（${phrase.zh}），本文是${year}年度，请改写或删去。`,
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
    adLine: "This paragraph looks like advertising or a watermark from a downloaded template (site promotion, contact details, membership or subscription offers, copying notices, QR prompts); remove it.",
    adBlank: "An empty paragraph left by the template's advertising; it goes with the advertising.",
    numberingPunct: (label: Bilingual, written: string, replacement: string) => `${label.en}: “${written}” should be “${replacement}”.`,
    beyondRange: (written: string, expected: number) => `“${written}” stands where item ${expected} belongs, more than this form of ordinal can write; split the list or use another level.`,
    repeat: (written: string, expected: string) => `The ordinal “${written}” repeats the previous one on this level; in sequence it should be “${expected}”.`,
    gap: (written: string, expected: string) => `The ordinal “${written}” breaks the sequence; it should be “${expected}”.`,
    skippedLevel: (written: string, missing: string) => `A level is skipped: “${written}” follows a higher heading directly, without a “${missing}” level between.`,
    unfilledField: (text: string) => `“${text}” is a field of an inserted phrase that was never filled in; replace it with the real text.`,
    docNumberYear: (whole: string, replacement: string) => `In a document number the year goes in 六角括号 〔〕: “${whole}” should be “${replacement}”.`,
    dunhaoBetweenQuotes: "No enumeration comma (顿号 、) is needed between consecutive items in title marks (书名号 《》) or quotation marks.",
    ellipsis: (written: string) => `The ellipsis is “……”, not “${written}”.`,
    rangeDash: (written: string, right: string) => `A span of years takes the dash “—”: “${written}” should be “${right}”.`,
    rumao: (word: string, written: string) => `“${word}” announces what follows, so it ends with a colon “：”, not “${written}”.`,
    titleFullStop: (mark: string) => `A title takes no punctuation at its end; remove “${mark}”.`,
    headingFullStop: (mark: string) => `A heading on its own line normally ends without punctuation; “${mark}” can go.`,
    trailingDunhao: "The paragraph ends in a 顿号 “、”: a list may be cut short, or a full stop was meant.",
    doubledChar: (written: string, ch: string) => `“${written}” looks like an accidentally doubled character; “${ch}” is meant.`,
    leadingZero: (written: string, digit: string, unit: string) => `Months and days take no leading zero: “${written}${unit}” should be “${digit}${unit}”.`,
    repeatedSentence: (paragraph: number) => `This sentence already appears in paragraph ${paragraph}; check whether it was pasted twice.`,
    yearZero: (written: string, right: string) => `In a year written in Chinese, zero is “〇”: “${written}” should be “${right}”.`,
    tifaRight: (right: string, written: string) => `The fixed formulation is “${right}”, not “${written}”.`,
    tifaOrder: (right: string, order: string) => `“${right}” lists its items in a fixed order: “${order}”.`,
    outdated: (written: string, year: number, note: Bilingual) => `“${written}” is out of date in a ${year} report: ${note.en}.`,
    congressHeld: (written: string, _when: string, day: CongressDay) =>
      `“${written}”: The 21st Party Congress opened on ${day.year}-${day.month}-${day.day} (your setting) and this report is later: write of studying and carrying out its spirit.`,
    congressAhead: (written: string, _when: string, day: CongressDay) =>
      `“${written}”: The 21st Party Congress opens on ${day.year}-${day.month}-${day.day} (your setting) and this report is earlier: it has no spirit to study yet.`,
    yearBound: (written: string, years: readonly number[], phrase: Bilingual, year: number) =>
      `“${written}” fits only reports of ${years.join(", ")} (${phrase.en}); this report is for ${year}: rewrite or remove it.`,
  },
};

export const checksMessages = defineMessages(checksTable);
