/**
 * The snippets area's messages (the snippet file reader's refusals, validation problems, the
 * personal library's load and edit messages, the team library's, the source badges), one table
 * per language; walked by tests/core/text/catalog.test.ts. The snippets themselves (library/,
 * data/) are content, not messages.
 */
import type { Bilingual } from "../text/bilingual";
import { defineMessages } from "../text/messages";

export const snippetsTable = {
  "zh-CN": {
    // exchange.ts: reading a snippet file.
    utf16: "文件是 UTF-16 编码，无法导入。请用记事本等工具“另存为”UTF-8 编码后再导入。",
    gbk: "文件是 GBK（GB2312/GB18030）编码，无法导入。请另存为 UTF-8 编码后再导入。",
    notUtf8: "文件不是有效的 UTF-8 文本，无法导入。",
    markupScript: "脚本（<script>）",
    markupIframe: "内嵌框架（<iframe>）",
    markupScriptLink: "脚本链接（javascript:）",
    markupEventHandler: "事件处理代码（on…=）",
    markupTag: "HTML 标签",
    tooDeep: (depth: number) => `文件嵌套层数过多（超过 ${depth} 层），不是本插件导出的短语文件，已拒绝导入。`,
    webPage: "文件是网页（HTML），不是短语文件，已拒绝导入。",
    notJson: "文件不是有效的 JSON，不是本插件导出的短语文件。",
    markup: (markup: Bilingual) => `文件中含有${markup.zh}，出于安全考虑已拒绝导入。短语只能是纯文本。`,
    notSnippetFile: "这不是“报告助手”短语文件（缺少格式标识）。",
    fileProblems: (problems: readonly { message: Bilingual }[]) => {
      const shown = problems.slice(0, 3);
      const more = problems.length - shown.length;
      return `文件中有 ${problems.length} 条短语有问题：${shown.map((p) => p.message.zh).join("；")}${more > 0 ? `；另有 ${more} 条` : ""}。`;
    },
    // schema.ts: validating snippets and categories.
    entryWithId: (n: number, id: string) => `第 ${n} 条（${id}）`,
    entry: (n: number) => `第 ${n} 条`,
    entryMalformed: (where: Bilingual, detail: string) => `${where.zh}格式不正确：${detail}`,
    unknownCategory: (where: Bilingual, category: string) => `${where.zh}的分类“${category}”不存在`,
    repeatedId: (where: Bilingual, n: number) => `${where.zh}与第 ${n} 条编号重复`,
    repeatedText: (where: Bilingual, n: number) => `${where.zh}与第 ${n} 条内容重复`,
    categoryMalformed: (n: number) => `分类第 ${n} 项格式不正确`,
    categoryRepeated: (id: string) => `分类“${id}”重复`,
    // userStore.ts: the personal library.
    notJsonData: "数据不是有效的 JSON",
    repeatedIds: "其中有重复编号的短语",
    wrongStructure: "数据结构不符合要求",
    libraryUnreadable: (reason: Bilingual) => `个人短语库无法读取（${reason.zh}），已改用空白短语库。`,
    backedUp: (head: Bilingual, backupKey: string) => `${head.zh}原始数据已备份在本机存储的“${backupKey}”下，可以导出后检查。`,
    backupFailed: (head: Bilingual, error: Bilingual, key: string) =>
      `${head.zh}原始数据也无法备份（${error.zh}），仍原样保留在“${key}”下。请先导出原始数据；在腾出空间之前，对短语库的修改不会保存，以免覆盖它。`,
    snippetInvalid: (detail: string) => `短语格式不正确：${detail}`,
    sameText: (title: string) => `已有内容相同的短语“${title}”`,
    notFound: (id: string) => `找不到短语“${id}”`,
    // teamLibrary.ts: the team library and the source badges.
    teamUnusable: (error: Bilingual) => `团队短语库无法使用：${error.zh}`,
    builtIn: "内置",
    mine: "我的",
    fromPack: (name: Bilingual) => `内容包：${name.zh}`,
    fromTeam: (team: string) => `团队：${team}`,
  },
  "en-US": {
    utf16: "The file is encoded as UTF-16. Save it again as UTF-8 (e.g. Notepad › Save as › UTF-8) and import it again.",
    gbk: "The file is encoded as GBK (GB2312/GB18030). Save it again as UTF-8 and import it again.",
    notUtf8: "The file is not valid UTF-8 text and cannot be imported.",
    markupScript: "a script (<script>)",
    markupIframe: "an embedded frame (<iframe>)",
    markupScriptLink: "a script link (javascript:)",
    markupEventHandler: "an event handler (on…=)",
    markupTag: "an HTML tag",
    tooDeep: (depth: number) =>
      `The file is nested more than ${depth} levels deep, so it is not a snippet file exported by this add-in; it was not imported.`,
    webPage: "The file is a web page (HTML), not a snippet file; it was not imported.",
    notJson: "The file is not valid JSON, so it is not a snippet file exported by this add-in.",
    markup: (markup: Bilingual) => `The file contains ${markup.en}; for safety it was not imported. Snippets must be plain text.`,
    notSnippetFile: 'This is not a Report Composer snippet file (its "format" is missing or different).',
    fileProblems: (problems: readonly { message: Bilingual }[]) => {
      const shown = problems.slice(0, 3);
      const more = problems.length - shown.length;
      return `${problems.length} snippet(s) in the file have problems: ${shown.map((p) => p.message.en).join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
    },
    entryWithId: (n: number, id: string) => `entry ${n} (${id})`,
    entry: (n: number) => `entry ${n}`,
    entryMalformed: (where: Bilingual, detail: string) => `${where.en} is malformed: ${detail}`,
    unknownCategory: (where: Bilingual, category: string) => `${where.en} has unknown category "${category}"`,
    repeatedId: (where: Bilingual, n: number) => `${where.en} repeats the id of entry ${n}`,
    repeatedText: (where: Bilingual, n: number) => `${where.en} has the same text as entry ${n}`,
    categoryMalformed: (n: number) => `category ${n} is malformed`,
    categoryRepeated: (id: string) => `category "${id}" is repeated`,
    notJsonData: "the data is not valid JSON",
    repeatedIds: "it contains snippets with the same id",
    wrongStructure: "the data does not have the expected structure",
    libraryUnreadable: (reason: Bilingual) => `Your snippet library could not be read (${reason.en}); an empty library is used instead.`,
    backedUp: (head: Bilingual, backupKey: string) =>
      `${head.en} The original data was backed up in local storage under "${backupKey}" and can be exported.`,
    backupFailed: (head: Bilingual, error: Bilingual, key: string) =>
      `${head.en} The original data could not be backed up either (${error.en}); it stays as it was under "${key}". Export it first; until there is space, changes to the library are not saved, so that it is not overwritten.`,
    snippetInvalid: (detail: string) => `The snippet is not valid: ${detail}`,
    sameText: (title: string) => `A snippet with the same text already exists ("${title}")`,
    notFound: (id: string) => `No snippet "${id}" in your library`,
    teamUnusable: (error: Bilingual) => `The team snippet library cannot be used: ${error.en}`,
    builtIn: "Built-in",
    mine: "Mine",
    fromPack: (name: Bilingual) => `Pack: ${name.en}`,
    fromTeam: (team: string) => `Team: ${team}`,
  },
};

export const snippetsMessages = defineMessages(snippetsTable);
