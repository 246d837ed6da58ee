/**
 * The skeleton area's messages (fromOutline.ts: why a document cannot be saved as a skeleton,
 * the hints and description it writes), one table per language; walked by
 * tests/core/text/catalog.test.ts. Field labels (figures.ts, fromOutline.ts) are part of a
 * genre's data, not messages.
 */
import { defineMessages } from "../text/messages";

export const skeletonTable = {
  "zh-CN": {
    empty: "文档是空的，没有可以存为骨架的内容。",
    noHeadings: "文档中没有找到“一、”“（一）”这样的编号标题，无法存为骨架。请先给各部分加上编号标题，再存为骨架。",
    hintFromList: (list: string) => `包括：${list}`,
    hintFromTitle: (title: string) => `写“${title}”方面的情况。`,
    savedFrom: (title: string, sections: number, subsections: number) =>
      `由“${title}”存为骨架：${sections} 个一级标题、${subsections} 个二级标题。`,
    unusable: (where: string) => `无法从这份文档存为骨架：整理出的标题或内容不符合骨架的要求（${where}）。请检查文档中的编号标题后再试。`,
  },
  "en-US": {
    empty: "The document is empty: there is nothing to save as a skeleton.",
    noHeadings: "No numbered headings (一、, （一）) were found, so there is no outline to save. Give the parts numbered headings first.",
    hintFromList: (list: string) => `Covers: ${list}`,
    hintFromTitle: (title: string) => `Write about “${title}”.`,
    savedFrom: (title: string, sections: number, subsections: number) =>
      `Saved from “${title}”: ${sections} level-1 and ${subsections} level-2 headings.`,
    unusable: (where: string) =>
      `This document cannot be saved as a skeleton: the headings or text it gives do not meet a skeleton's rules (${where}). Check its numbered headings and try again.`,
  },
};

export const skeletonMessages = defineMessages(skeletonTable);
