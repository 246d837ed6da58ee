/** Messages of the snippets area's modules outside React, returned as Bilingual values; components' text is in strings.ts. */
import { defineMessages } from "../../core/text/messages";

export const snippetsMessages = defineMessages({
  "zh-CN": {
    libraryName: "短语库",
    insertModeName: "“作为新段落插入”的选择",
    toneLabel: (tone: string) => tone,
  },
  "en-US": {
    libraryName: "the phrase library",
    insertModeName: "the choice “insert as a new paragraph”",
    toneLabel: (tone: string) => (tone === "正式" ? "正式 · formal" : "简洁 · concise"),
  },
});
