/** Messages of the drafting area's modules outside React, returned as Bilingual values; components' text is in strings.ts. */
import { defineMessages } from "../../core/text/messages";

export const draftingMessages = defineMessages({
  "zh-CN": {
    settingsName: "起草设置",
    noModel: "请填写模型名称，或点“获取模型列表”选择。",
  },
  "en-US": {
    settingsName: "the drafting settings",
    noModel: "Enter a model name, or press List models to pick one.",
  },
});
