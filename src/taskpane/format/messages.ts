/** Messages of the format area's modules outside React, returned as Bilingual values; components' text is in strings.ts. */
import { defineMessages } from "../../core/text/messages";

export const formatMessages = defineMessages({
  "zh-CN": {
    settingsName: "排版设置（排版方案、字体替换、篇幅目标）",
  },
  "en-US": {
    settingsName: "the format settings (profile, font substitution, length target)",
  },
});

/** Names of the paragraph roles a profile formats. */
export const ROLE_NAMES = defineMessages({
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
    title: "Title",
    subtitle: "Subtitle",
    addressee: "Addressee",
    heading1: "Level-1 heading",
    heading2: "Level-2 heading",
    heading3: "Level-3 heading",
    heading4: "Level-4 heading",
    body: "Body text",
    signature: "Signature",
    date: "Date",
  },
});
