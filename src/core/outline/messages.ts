/**
 * The outline area's messages (forms.ts: why a leading ordinal's punctuation is wrong), one table
 * per language; walked by tests/core/text/catalog.test.ts.
 */
import { defineMessages } from "../text/messages";

export const outlineTable = {
  "zh-CN": {
    level3Dunhao: "三级标题序号用阿拉伯数字加下脚点“1.”，不用顿号",
    level3FullWidthDot: "三级标题序号后一般用半角下脚点“.”（全角“．”属各单位习惯，可保留）",
    level1Dot: "一级标题序号后用顿号“、”，不用点号",
    bracketPunctuation: "括号序号后不再加标点",
    halfWidthBrackets: "括号序号用全角括号“（）”，其后不加标点",
  },
  "en-US": {
    level3Dunhao: "Level-3 ordinals are a digit and a dot (“1.”), not a 顿号",
    level3FullWidthDot: "Level-3 ordinals usually take a half-width dot (a full-width “．” is house style and may stay)",
    level1Dot: "Level-1 ordinals (一、) take a 顿号, not a dot",
    bracketPunctuation: "A bracketed ordinal takes no punctuation after it",
    halfWidthBrackets: "Bracketed ordinals use full-width brackets （）, with nothing after them",
  },
};

export const outlineMessages = defineMessages(outlineTable);
