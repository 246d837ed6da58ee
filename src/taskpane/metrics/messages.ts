/** Messages of the metrics area's modules outside React, returned as Bilingual values; components' text is in strings.ts. */
import { defineMessages } from "../../core/text/messages";

export const metricsMessages = defineMessages({
  "zh-CN": {
    settingsName: "数据的小数位数设置",
  },
  "en-US": {
    settingsName: "the decimals setting of Data",
  },
});
