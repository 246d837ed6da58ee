import { defineMessages } from "../../core/text/messages";

/**
 * The name of each tab and header page, in both languages, defined once: the tab strip and the
 * header buttons (App.tsx), "an action in 数据 is still running" (useWordAction), and the error
 * boundary's "“数据” cannot be displayed". The English names are short enough for four tabs in a
 * 320 px pane; each tab's tooltip (App.tsx) gives its full name.
 */
export const TAB_NAMES = defineMessages({
  "zh-CN": { skeleton: "骨架", snippets: "短语", metrics: "数据", format: "排版与检查", diagnose: "诊断", packs: "内容包", drafting: "起草" },
  "en-US": { skeleton: "Skeleton", snippets: "Phrases", metrics: "Data", format: "Format", diagnose: "Diagnostics", packs: "Packs", drafting: "Draft" },
});

