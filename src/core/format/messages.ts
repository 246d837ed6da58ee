/**
 * The format area's messages: a profile's refusals (schema.ts), the names of the paragraph
 * roles they name and the built-in profiles' names (profiles.ts), one table per language; walked
 * by tests/core/text/catalog.test.ts.
 */
import type { Bilingual } from "../text/bilingual";
import { defineMessages } from "../text/messages";

/** The paragraph roles as a refusal names them ("the body text", "正文的"). */
export const roleNamesTable = {
  "zh-CN": {
    title: "标题",
    subtitle: "副标题",
    addressee: "主送称呼",
    heading1: "一级标题",
    heading2: "二级标题",
    heading3: "三级标题",
    heading4: "四级标题",
    body: "正文",
    signature: "署名",
    date: "日期",
  },
  "en-US": {
    title: "title",
    subtitle: "subtitle",
    addressee: "addressee",
    heading1: "level-1 heading",
    heading2: "level-2 heading",
    heading3: "level-3 heading",
    heading4: "level-4 heading",
    body: "body text",
    signature: "signature",
    date: "date",
  },
};

export const roleNames: Record<string, Bilingual> = defineMessages(roleNamesTable);

export const formatTable = {
  "zh-CN": {
    notXml: (item: string, role: Bilingual | undefined, latin: boolean) =>
      `${item}：${role ? `${role.zh}的` : ""}${latin ? "西文字体" : "中文字体"}名称含有文档中不允许的字符（控制字符或不成对的代理字符）。`,
    narrowColumn: (item: string, left: number, right: number, widthMm: number, chars: number, sizePt: number) =>
      `${item}：左右页边距（${left} mm、${right} mm）只留下 ${widthMm} mm 宽的版心，放不下每行 ${chars} 个 ${sizePt} 磅的正文字。`,
    shortArea: (item: string, top: number, bottom: number, heightMm: number, lines: number, lineSpacingPt: number) =>
      `${item}：上下页边距（${top} mm、${bottom} mm）只留下 ${heightMm} mm 高的版心，放不下每页 ${lines} 行（行距 ${lineSpacingPt} 磅）。`,
    ofRole: (role: Bilingual) => `${role.zh}的`,
    lineSpacing: (min: number, max: number, shown: string) => `行距须为${min}–${max}磅的固定值（现为${shown || "无效值"}）。`,
    sizePt: (where: Bilingual, min: number, max: number, shown: string) => `${where.zh}字号须在${min}–${max}磅之间（现为${shown || "无效值"}）。`,
    eastAsianFont: (where: Bilingual) => `${where.zh}中文字体不能为空。`,
    latinFont: (where: Bilingual) => `${where.zh}西文字体不能为空。`,
    firstLineIndent: (where: Bilingual) => `${where.zh}首行缩进须在0–10字之间。`,
    alignment: (where: Bilingual) => `${where.zh}对齐方式无效。`,
    invalid: (path: string) => `格式设置“${path || "（整体）"}”缺失或无效。`,
  },
  "en-US": {
    notXml: (item: string, role: Bilingual | undefined, latin: boolean) =>
      `${item}: the ${latin ? "Latin font" : "Chinese font"} name${role ? ` of the ${role.en}` : ""} has a character a document cannot hold (a control character or an unpaired surrogate).`,
    narrowColumn: (item: string, left: number, right: number, widthMm: number, chars: number, sizePt: number) =>
      `${item}: the left and right margins (${left} mm, ${right} mm) leave a ${widthMm} mm text column, too narrow for ${chars} body characters of ${sizePt} pt a line.`,
    shortArea: (item: string, top: number, bottom: number, heightMm: number, lines: number, lineSpacingPt: number) =>
      `${item}: the top and bottom margins (${top} mm, ${bottom} mm) leave a ${heightMm} mm type area, too short for ${lines} lines of ${lineSpacingPt} pt a page.`,
    ofRole: (role: Bilingual) => ` of the ${role.en}`,
    lineSpacing: (min: number, max: number, shown: string) => `Line spacing must be an exact ${min}–${max} pt (got ${shown || "an invalid value"}).`,
    sizePt: (where: Bilingual, min: number, max: number, shown: string) => `Font size${where.en} must be ${min}–${max} pt (got ${shown || "an invalid value"}).`,
    eastAsianFont: (where: Bilingual) => `The Chinese font${where.en} must not be empty.`,
    latinFont: (where: Bilingual) => `The Latin font${where.en} must not be empty.`,
    firstLineIndent: (where: Bilingual) => `First-line indent${where.en} must be 0–10 characters.`,
    alignment: (where: Bilingual) => `Alignment${where.en} is not valid.`,
    invalid: (path: string) => `Format setting “${path || "(whole profile)"}” is missing or invalid.`,
  },
};

export const formatMessages = defineMessages(formatTable);

/** The built-in profiles' names (profiles.ts), as the pane shows them. */
export const profileNamesTable = {
  "zh-CN": {
    standard: "国家标准（GB/T 9704-2012）",
    localPractice: "常用机关格式（数字用Times New Roman）",
  },
  "en-US": {
    standard: "National standard (GB/T 9704-2012)",
    localPractice: "Common office practice (Times New Roman digits)",
  },
};

export const profileNames = defineMessages(profileNamesTable);
