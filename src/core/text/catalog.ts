/**
 * The catalog of src/core's messages that people read, starting with those the pack and snippet
 * file readers share (size, empty file, version, the snippet list). One table per language, the keys checked by the type checker and, for non-empty text,
 * by tests/core/text/catalog.test.ts. Rule names of the checker stay in checks/catalog.ts, and
 * the built-in content (genres, phrases, 提法) is data, not messages.
 */
import { defineMessages } from "./messages";

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
  },
  "en-US": {
    newerVersion: (file: VersionedFile, version: number) => `The ${enNoun[file]} is version ${version}, made by a newer add-in; please update the add-in first.`,
    unsupportedVersion: (file: VersionedFile, version: string) => `Unsupported ${enNoun[file]} version: ${version}.`,
    tooLarge: (file: VersionedFile, mb: string, maxMb: string) => `The file is too large (${mb} MB); a ${enNoun[file]} may be at most ${maxMb} MB.`,
    emptyFile: "The file is empty.",
    noSnippetList: 'The snippet file has no "snippets" list.',
    tooManySnippets: (n: number, max: number) => `Too many snippets (${n}); a file may hold at most ${max}.`,
  },
};

export const coreMessages = defineMessages(coreTable);
