/**
 * The packs area's messages, so far those of merging the loaded packs (merge.ts: notes on
 * repeated or competing locked content, where content came from), one table per language; walked
 * by tests/core/text/catalog.test.ts. The readers' shared refusals are in core/text/catalog.ts;
 * parse.ts and problems.ts still pass their two texts to refuse() and summarize().
 */
import type { Bilingual } from "../text/bilingual";
import { defineMessages } from "../text/messages";

export const packsTable = {
  "zh-CN": {
    tifaRenamed: (pack: Bilingual, entryId: string, id: string) => `内容包“${pack.zh}”的提法 ${entryId} 与先加入的内容包重复，已改名为 ${id}。`,
    profileLockedEarlier: (pack: Bilingual, first: Bilingual) => `内容包“${pack.zh}”也锁定了排版格式；以先加入的“${first.zh}”为准。`,
    congressLockedEarlier: (pack: Bilingual, first: Bilingual) => `内容包“${pack.zh}”也锁定了党的二十一大日期；以先加入的“${first.zh}”为准。`,
    builtIn: "内置",
    mine: "我的",
    fromPack: (name: Bilingual) => `内容包“${name.zh}”`,
    fromFile: (file: string) => `文件：${file}`,
  },
  "en-US": {
    tifaRenamed: (pack: Bilingual, entryId: string, id: string) => `Tifa entry ${entryId} of pack "${pack.en}" repeats an earlier pack's; renamed ${id}.`,
    profileLockedEarlier: (pack: Bilingual, first: Bilingual) => `Pack "${pack.en}" locks a format profile too; the earlier pack "${first.en}" is in force.`,
    congressLockedEarlier: (pack: Bilingual, first: Bilingual) => `Pack "${pack.en}" locks the 21st Party Congress date too; the earlier pack "${first.en}" is in force.`,
    builtIn: "Built-in",
    mine: "Mine",
    fromPack: (name: Bilingual) => `pack “${name.en}”`,
    fromFile: (file: string) => `File: ${file}`,
  },
};

export const packsMessages = defineMessages(packsTable);
