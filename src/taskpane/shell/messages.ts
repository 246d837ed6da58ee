/**
 * Messages of the shell's modules outside React (stored settings, bounded downloads), returned as
 * Bilingual values; components' text is in strings tables.
 */
import type { Bilingual } from "../../core/text/bilingual";
import { defineMessages } from "../../core/text/messages";

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const settingsMessages = defineMessages({
  "zh-CN": {
    unreadable: (what: Bilingual, reason: Bilingual) => `${what.zh}无法读取（${reason.zh}），已改用默认设置。`,
    backedUp: (head: Bilingual, backupKey: string) => `${head.zh}原内容已备份到本机存储的“${backupKey}”下。`,
    notBackedUp: (head: Bilingual, error: Bilingual, key: string) =>
      `${head.zh}原内容也无法备份（${error.zh}），仍原样保留在“${key}”下；在腾出空间之前，这里的修改不会保存，以免覆盖它。`,
    notExpected: "内容不符合要求",
    notExpectedBecause: (error: string) => `内容不符合要求：${error}`,
    notReadBack: (what: Bilingual, reason: Bilingual) => `${what.zh}未保存：保存后无法读回（${reason.zh}）。`,
    tooLarge: (what: Bilingual, chars: string, max: string, stored: string, room: string) =>
      `${what.zh}未保存：保存后共 ${chars} 个字符，超过本机存储能读回的上限 ${max} 个字符；现已存 ${stored} 个字符，还可再存 ${room} 个字符。请删去一些再保存，或导出为文件。`,
    notOverwritten: (what: Bilingual, error: Bilingual) => `${what.zh}未保存：本机存储中原有的内容无法读取，也无法备份（${error.zh}），保存会覆盖它。请先腾出空间。`,
    theSetting: "设置",
  },
  "en-US": {
    unreadable: (what: Bilingual, reason: Bilingual) => `${capitalise(what.en)} could not be read (${reason.en}); the defaults are used.`,
    backedUp: (head: Bilingual, backupKey: string) => `${head.en} The original was backed up in local storage under "${backupKey}".`,
    notBackedUp: (head: Bilingual, error: Bilingual, key: string) =>
      `${head.en} The original could not be backed up either (${error.en}); it stays as it was under "${key}", and changes here are not saved until there is space, so that it is not overwritten.`,
    notExpected: "its content is not what the add-in expects",
    notExpectedBecause: (error: string) => `its content is not what the add-in expects: ${error}`,
    notReadBack: (what: Bilingual, reason: Bilingual) => `${capitalise(what.en)} was not saved: it could not be read back (${reason.en}).`,
    tooLarge: (what: Bilingual, chars: string, max: string, stored: string, room: string) =>
      `${capitalise(what.en)} was not saved: it would take ${chars} characters, more than the ${max} that local storage can read back; ${stored} are stored now, so ${room} are left. Remove some, or export to a file.`,
    notOverwritten: (what: Bilingual, error: Bilingual) =>
      `${capitalise(what.en)} was not saved: the earlier content in local storage cannot be read and could not be backed up (${error.en}); saving would overwrite it. Free some space first.`,
    theSetting: "the setting",
  },
});

export const fetchMessages = defineMessages({
  "zh-CN": {
    invalidAddress: "地址无效，应为完整的 https:// 网址。",
    insecure: "不能使用 http:// 地址：本加载项通过 https 运行，Word 会把 http 内容当作“混合内容”拦截。请把文件放在 https:// 地址上。",
    notHttps: "地址应以 https:// 开头。",
    csp: (origin: string) => `本加载项构建时未允许访问 ${origin}。请管理员在构建时把它加入 TEAM_ORIGINS（见 README“部署”一节）后重新发布。`,
    timeout: (seconds: number) => `服务器 ${seconds} 秒内没有响应，已停止下载。`,
    cancelled: "已取消下载。",
    network: "无法连接服务器（网络不通、地址有误，或服务器不允许本加载项跨域访问）。",
    denied: (status: number) => `服务器拒绝访问（${status}）。请先在浏览器中登录该网站（如 SharePoint），或请管理员开放权限。`,
    http: (status: number) => `服务器返回错误 ${status}，未能下载。`,
    tooLarge: (mb: string, maxMb: string) => `文件过大（至少 ${mb} MB），不能超过 ${maxMb} MB。`,
    broken: "下载时连接中断，请重试。",
  },
  "en-US": {
    invalidAddress: "The address is not valid; it must be a full https:// URL.",
    insecure:
      "An http:// address cannot be used: the add-in runs over https, and Word blocks http content as mixed content. Publish the file at an https:// address.",
    notHttps: "The address must start with https://.",
    csp: (origin: string) =>
      `This build of the add-in may not connect to ${origin}. Ask the administrator to add it to TEAM_ORIGINS at build time (README, "Deploy") and publish again.`,
    timeout: (seconds: number) => `The server did not answer within ${seconds} s; the download was stopped.`,
    cancelled: "The download was cancelled.",
    network: "Could not reach the server (no network, a wrong address, or the server does not allow cross-origin requests from the add-in).",
    denied: (status: number) => `The server refused access (${status}). Sign in to the site (e.g. SharePoint) in your browser first, or ask for access.`,
    http: (status: number) => `The server answered ${status}; nothing was downloaded.`,
    tooLarge: (mb: string, maxMb: string) => `The file is too large (at least ${mb} MB); the limit is ${maxMb} MB.`,
    broken: "The connection broke during the download. Try again.",
  },
});
