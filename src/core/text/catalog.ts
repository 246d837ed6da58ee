/**
 * The text area's messages: those the pack and snippet file readers share (size, empty file,
 * version, the snippet list), a failed save to local storage, and unreadable JSON. One table per language, the keys checked by the type checker and, for non-empty text,
 * by tests/core/text/catalog.test.ts. Rule names of the checker stay in checks/catalog.ts, and
 * the built-in content (genres, phrases, 提法) is data, not messages.
 */
import type { Bilingual } from "./bilingual";
import { defineMessages } from "./messages";

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The kinds of file the add-in exports and reads back, each with its own format version. */
export type VersionedFile = "pack" | "snippetFile";

const zhNoun: Record<VersionedFile, string> = { pack: "内容包", snippetFile: "短语文件" };
const enNoun: Record<VersionedFile, string> = { pack: "content pack", snippetFile: "snippet file" };

export const coreTable = {
  "zh-CN": {
    newerVersion: (file: VersionedFile, version: number) => `${zhNoun[file]}版本为 ${version}，由更新版本的插件导出；请先升级插件。`,
    unsupportedVersion: (file: VersionedFile, version: string) => `不支持的${zhNoun[file]}版本：${version}。`,
    tooLarge: (file: VersionedFile, mb: string, maxMb: string) => `文件过大（${mb} MB），${zhNoun[file]}不能超过 ${maxMb} MB。`,
    emptyFile: "文件是空的。",
    noSnippetList: "短语文件中没有短语列表（snippets）。",
    tooManySnippets: (n: number, max: number) => `短语过多（${n} 条），一个文件最多 ${max} 条。`,
    storageFull: "本机存储空间已满",
    storageUnavailable: "本机存储不可用（可能被浏览器或单位策略禁用）",
    saveFailed: (what: Bilingual, reason: Bilingual) =>
      `${what.zh}未能保存到本机：${reason.zh}。本次修改只在关闭任务窗格前有效；请删除不用的短语或设置、腾出空间后再改一次。`,
    jsonTooLarge: (chars: number, max: number) => `内容过大（${chars} 个字符，上限 ${max}）。`,
    jsonTooDeep: (depth: number) => `内容嵌套超过 ${depth} 层，不是本工具的文件。`,
    jsonSyntax: (detail: string) => `不是有效的 JSON（${detail}）。`,
  },
  "en-US": {
    newerVersion: (file: VersionedFile, version: number) => `The ${enNoun[file]} is version ${version}, made by a newer add-in; please update the add-in first.`,
    unsupportedVersion: (file: VersionedFile, version: string) => `Unsupported ${enNoun[file]} version: ${version}.`,
    tooLarge: (file: VersionedFile, mb: string, maxMb: string) => `The file is too large (${mb} MB); a ${enNoun[file]} may be at most ${maxMb} MB.`,
    emptyFile: "The file is empty.",
    noSnippetList: 'The snippet file has no "snippets" list.',
    tooManySnippets: (n: number, max: number) => `Too many snippets (${n}); a file may hold at most ${max}.`,
    storageFull: "the add-in's local storage is full",
    storageUnavailable: "the add-in's local storage is not available (the browser or a policy may disable it)",
    saveFailed: (what: Bilingual, reason: Bilingual) =>
      `${capitalise(what.en)} could not be saved on this computer: ${reason.en}. The change lasts only until the pane is closed; free some space (delete phrases or settings you no longer use) and change it again.`,
    jsonTooLarge: (chars: number, max: number) => `The content is too large (${chars} characters; the limit is ${max}).`,
    jsonTooDeep: (depth: number) => `The content is nested more than ${depth} levels deep; it is not a file of this add-in.`,
    jsonSyntax: (detail: string) => `Not valid JSON (${detail}).`,
  },
};

export const coreMessages = defineMessages(coreTable);
