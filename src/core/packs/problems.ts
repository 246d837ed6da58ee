/**
 * Problems found in a content pack, each naming where it is (`genres[0]（my-genre）.sections[1].hint.zh`)
 * and what is wrong in both languages. Zod's own messages are English; the Chinese side is built
 * from the issue's code so that a Chinese administrator can read it too.
 */
import type { Bilingual } from "../text/bilingual";
import { packsMessages } from "./messages";

export interface PackProblem {
  /** Where in the file, e.g. "snippets[3]（t-4）.text" or "formatProfile.profile.roles.body.sizePt". */
  path: string;
  message: Bilingual;
}

/** The minimal shape of a zod issue this module reads (zod 4). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  keys?: readonly string[];
  values?: readonly unknown[];
}

/** The value at a path of the raw input (for "missing" and the item's id). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TOP_LISTS = new Set(["genres", "snippets", "tifa"]);

/**
 * "genres[0]（de-genre）.sections[1].hint.zh": array indexes in brackets, and after an item of a
 * top-level list its id (what the administrator searches the file for).
 */
export function formatPath(root: unknown, path: readonly PropertyKey[]): string {
  let out = "";
  path.forEach((key, i) => {
    if (typeof key === "number") {
      out += `[${key}]`;
      if (i === 1 && TOP_LISTS.has(String(path[0]))) {
        const id = (valueAt(root, path.slice(0, 2)) as { id?: unknown } | undefined)?.id;
        if (typeof id === "string" && id && id.length <= 80) out += `（${id}）`;
      }
    } else {
      out += (out ? "." : "") + String(key);
    }
  });
  return out || "（文件 file）";
}

const TYPE_ZH: Record<string, string> = {
  string: "文字",
  number: "数字",
  boolean: "true 或 false",
  array: "列表 [ ]",
  object: "对象 { }",
};

const ORIGIN_ZH: Record<string, string> = { string: "个字符", array: "项", number: "" };

/** Chinese for the custom messages of the schemas a pack uses (genres, snippets, 提法). */
const CUSTOM_ZH: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^must not be empty$/, () => "不能为空"],
  [/^must be at most (\d+) characters$/, (m) => `最多 ${m[1]} 个字符`],
  [/^must be an ASCII slug$/, () => "应为小写英文字母、数字和连字符组成的编号（如 my-genre）"],
  [/^needs at least one section$/, () => "至少需要一个章节"],
  [/^needs at least two points$/, () => "要点至少两条"],
  [/^year keys are four digits$/, () => "年份应为四位数字"],
  [/^byYear needs at least one year$/, () => "byYear 至少写一个年份"],
  [/^id must be (\d+)–(\d+) ASCII letters, digits or (\S+)$/, (m) => `编号应为 ${m[1]}–${m[2]} 个英文字母、数字或 ${m[3]}`],
  [/^category must be a category id$/, () => "分类应为分类编号"],
  [/^title is empty$/, () => "标题为空"],
  [/^title is longer than (\d+)$/, (m) => `标题超过 ${m[1]} 个字符`],
  [/^text is empty$/, () => "内容为空"],
  [/^text is longer than (\d+)$/, (m) => `内容超过 ${m[1]} 个字符`],
  [/^text has an unbalanced/, () => "内容中的 { } 不成对（填空项写作 {名称}）"],
  [/^An entry needs wrong, order or outdated\.$/, () => "提法条目至少要有 wrong、order 或 outdated 之一"],
  [/^A wrong wording must not be part of the right one\.$/, () => "错误写法不能是正确写法的一部分"],
  [/^must not be empty once quotation marks and spaces are dropped$/, () => "去掉引号和空格后为空：这样的写法会在每两个字之间都匹配到"],
  [/^updatedAt must be an ISO date/, () => "updatedAt 应为 ISO 日期，如 2026-12-01"],
  // validateGenre's own rules
  [/^unknown field \{(.+)\}$/, (m) => `使用了未在 fields 中声明的字段 {${m[1]}}`],
  [/^metric slot \{\{(.+)\}\} not allowed here$/, (m) => `此处不能使用数据位 {{${m[1]}}}`],
  [/^duplicate field key (.+)$/, (m) => `字段 ${m[1]} 重复`],
  [/^duplicate section id (.+)$/, (m) => `章节编号 ${m[1]} 重复`],
  [/^title must not carry an ordinal$/, () => "标题不应带序号（序号由插件生成）"],
  [/^title must not end with punctuation$/, () => "标题末尾不应有标点"],
  [/^body text must not start with a heading ordinal$/, () => "正文不应以标题序号开头"],
  [/^point must not carry its ordinal$/, () => "要点不应带“一是”等序号"],
  [/^point must not end with punctuation$/, () => "要点末尾不应有标点"],
];

/** Chinese for an English rule message, or the message itself when none is known. */
export function customZh(message: string): string {
  for (const [pattern, zh] of CUSTOM_ZH) {
    const match = pattern.exec(message);
    if (match) return zh(match);
  }
  return message;
}

/** One zod issue as a bilingual problem with its path. */
export function describeIssue(root: unknown, issue: IssueLike, prefix: readonly PropertyKey[] = []): PackProblem {
  const fullPath = [...prefix, ...issue.path];
  const path = formatPath(root, fullPath);
  const missing = valueAt(root, fullPath) === undefined;
  // A schema's own message (needs at least one section) says more than the code does.
  const ownMessage = !/^(Too small|Too big|Invalid|Unrecognized)/.test(issue.message);
  let zh: string;
  if (ownMessage && !(missing && issue.code === "invalid_type")) return { path, message: { zh: customZh(issue.message), en: issue.message } };
  switch (issue.code) {
    case "invalid_type":
      zh = missing ? "缺少此项" : `应为${TYPE_ZH[String(issue.expected)] ?? String(issue.expected)}`;
      break;
    case "too_small":
      zh =
        issue.origin === "string" && issue.minimum === 1
          ? "不能为空"
          : `至少 ${String(issue.minimum)} ${ORIGIN_ZH[String(issue.origin)] ?? ""}`.trim();
      break;
    case "too_big":
      zh = `最多 ${String(issue.maximum)} ${ORIGIN_ZH[String(issue.origin)] ?? ""}`.trim();
      break;
    case "unrecognized_keys":
      zh = `有本格式没有的字段：${(issue.keys ?? []).join("、")}（拼写是否有误？）`;
      break;
    case "invalid_value":
      zh = missing ? "缺少此项" : `应为 ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" 或 ")}`;
      break;
    case "invalid_format":
      zh = issue.message.startsWith("Invalid string") ? "格式不对" : customZh(issue.message);
      break;
    case "invalid_union":
      zh = missing ? "缺少此项" : "内容的类型或写法不对";
      break;
    default:
      zh = customZh(issue.message);
  }
  return { path, message: { zh, en: issue.message } };
}

/** The bilingual error for a list of problems: the first three in full, then how many more. */
export function summarize(problems: readonly PackProblem[], lead: Bilingual): Bilingual {
  return packsMessages.summary(lead, problems);
}
