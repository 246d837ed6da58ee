/**
 * The packs area's messages, so far those of merging the loaded packs (merge.ts: notes on
 * repeated or competing locked content, where content came from), one table per language; walked
 * by tests/core/text/catalog.test.ts), and those of the pack reader (parse.ts: its refusals;
 * problems.ts: the summary of a list of problems). The readers' shared refusals are in
 * core/text/catalog.ts.
 */
import type { Bilingual } from "../text/bilingual";
import type { PackProblem } from "./problems";
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
    // The pack reader's refusals (parse.ts).
    notPackFile: "不是内容包文件：内容包是管理员提供的 .json 文件。请向管理员索取内容包文件后再导入。",
    webPage: "文件是网页（HTML），不是内容包。若地址需要登录，请先在浏览器中登录该网站；否则请检查地址。",
    notPack: (error: Bilingual) => `不是内容包：${error.zh}`,
    markup: (markup: Bilingual) => `文件中含有${markup.zh}，出于安全考虑已拒绝。内容包只能包含纯文本。`,
    notJsonObject: "这不是“报告助手”内容包（文件内容不是 JSON 对象）。",
    wrongFormat: (format: string) => `这不是“报告助手”内容包（format 应为 "${format}"）。`,
    packInvalid: "内容包有误，未使用。",
    snippetFileInvalid: "短语文件有误，未使用。",
    emptyPack: "内容包是空的：没有骨架（genres）、短语（snippets）、提法（tifa）或排版格式（formatProfile）。",
    repeatedGenreId: (first: number) => `与 genres[${first}] 的编号重复`,
    repeatedTifaId: (first: number) => `与 tifa[${first}] 的编号重复`,
    defaultSnippetFilePackName: "团队短语库",
    // problems.ts: a list of problems after its lead (packInvalid, snippetFileInvalid).
    summary: (lead: Bilingual, problems: readonly PackProblem[]) => {
      const shown = problems.slice(0, 3);
      const more = problems.length - shown.length;
      return `${lead.zh}共 ${problems.length} 处问题：${shown.map((p) => `${p.path}：${p.message.zh}`).join("；")}${more > 0 ? `；另有 ${more} 处` : ""}。`;
    },
  },
  "en-US": {
    tifaRenamed: (pack: Bilingual, entryId: string, id: string) => `Tifa entry ${entryId} of pack "${pack.en}" repeats an earlier pack's; renamed ${id}.`,
    profileLockedEarlier: (pack: Bilingual, first: Bilingual) => `Pack "${pack.en}" locks a format profile too; the earlier pack "${first.en}" is in force.`,
    congressLockedEarlier: (pack: Bilingual, first: Bilingual) => `Pack "${pack.en}" locks the 21st Party Congress date too; the earlier pack "${first.en}" is in force.`,
    builtIn: "Built-in",
    mine: "Mine",
    fromPack: (name: Bilingual) => `pack “${name.en}”`,
    fromFile: (file: string) => `File: ${file}`,
    notPackFile: "Not a content pack file: a content pack is a .json file from your administrator. Ask them for the pack file and import that.",
    webPage: "The file is a web page (HTML), not a content pack. If the address needs a sign-in, sign in to the site in your browser first; otherwise check the address.",
    notPack: (error: Bilingual) => `Not a content pack: ${error.en}`,
    markup: (markup: Bilingual) => `The file contains ${markup.en}; for safety it was refused. A content pack holds plain text only.`,
    notJsonObject: "This is not a Report Composer content pack (the file is not a JSON object).",
    wrongFormat: (format: string) => `This is not a Report Composer content pack ("format" must be "${format}").`,
    packInvalid: "The content pack is invalid and was not used. ",
    snippetFileInvalid: "The snippet file is invalid and was not used. ",
    emptyPack: "The content pack is empty: it has no genres, snippets, tifa entries or formatProfile.",
    repeatedGenreId: (first: number) => `repeats the id of genres[${first}]`,
    repeatedTifaId: (first: number) => `repeats the id of tifa[${first}]`,
    defaultSnippetFilePackName: "Team phrase library",
    summary: (lead: Bilingual, problems: readonly PackProblem[]) => {
      const shown = problems.slice(0, 3);
      const more = problems.length - shown.length;
      return `${lead.en}${problems.length} problem(s): ${shown.map((p) => `${p.path}: ${p.message.en}`).join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
    },
  },
};

export const packsMessages = defineMessages(packsTable);
