/** Messages of the skeleton area's modules outside React, returned as Bilingual values; components' text is in strings.ts. */
import { defineMessages } from "../../core/text/messages";

export const skeletonMessages = defineMessages({
  "zh-CN": {
    settingsName: "骨架的设置（文种、填写的信息、章节选择）",
  },
  "en-US": {
    settingsName: "the skeleton settings (genre, details, sections)",
  },
});
