/**
 * Snippet types, the zod schema that guards every snippet entering the add-in (built-in,
 * personal, imported, team), and whole-library validation (duplicates by id and by text).
 */
import { z } from "zod";

import type { Bilingual } from "../text/bilingual";
import { snippetsMessages } from "./messages";
import { FIELD_PATTERN, MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "./fieldSyntax";

/** Report genres a snippet can be tagged for (ids shared with the rest of the add-in). */
export const GENRE_IDS = [
  "shuzhi", // 述职报告
  "shuzhishulian", // 述职述廉报告
  "shuzeshulian", // 述责述廉报告
  "nianduzongjie", // 年度工作总结
  "zhengfugongzuobaogao", // 政府工作报告
  "duizhaojiancha", // 对照检查材料
  "gerennianduzongjie", // 个人年度工作总结
  "bannianzongjie", // 半年工作总结
  "zhuanxianghuibao", // 专项工作汇报
  "jicengdangjianshuzhi", // 党组织书记抓基层党建工作述职报告
  "xunshizhenggai", // 巡视（巡察）整改进展情况报告
  "gongzuoyaodian", // 年度工作要点
  "diaoyanbaogao", // 调研报告
  "yantaofayan", // 研讨发言
  "zuzhishenghuohui", // 组织生活会个人发言提纲
  "banziduizhaojiancha", // 民主生活会领导班子对照检查材料
  "zhutizeren", // 落实全面从严治党主体责任情况报告
  "yishixingtaizeren", // 意识形态工作责任制落实情况报告
  "fazhizhengfu", // 法治政府建设年度报告
  "gongzuohuiyijianghua", // 年度工作会议讲话
  "congyanzhidangjianghua", // 全面从严治党工作会议讲话
  "huiyizhuchici", // 会议主持词
  "dangzhibuzongjie", // 党支部年度工作总结
  "dangjianjihua", // 党建工作计划
  "sishubaogao", // 述学述职述廉述法报告
  "shufabaogao", // 述法报告
  "qingkuangbaogao", // 情况报告
  "zhenggaifangan", // 整改方案
  "zhenggaiqingdan", // 整改清单
  "jingjiyunxingfenxi", // 经济运行分析
  "huanjiezhengfubaogao", // 政府工作报告（换届）
] as const;

/**
 * Genres whose 年度 is the year planned (written at its start); in every other genre 年度 is the
 * year reviewed. A snippet about a reviewed or planned year is matched through this.
 */
export const PLANNED_YEAR_GENRES: readonly string[] = [
  "zhengfugongzuobaogao", "gongzuoyaodian", "dangjianjihua", "gongzuohuiyijianghua", "congyanzhidangjianghua", "huiyizhuchici", "huanjiezhengfubaogao",
];

/** What a snippet's years name: the year a report looks back on, or the year it plans. */
export type SnippetYearRole = "reviewed" | "planned";

/** Tone tags: every built-in snippet carries exactly one. */
export const TONE_TAGS = ["正式", "简洁"] as const;

export interface SnippetCategory {
  /** Stable ASCII id (pinyin slug), used in snippet.category. */
  id: string;
  zh: string;
  en: string;
}

export interface Snippet {
  /** Stable, unique; favourites and recent lists refer to it. */
  id: string;
  /** A SnippetCategory id. */
  category: string;
  /** Short label for the list. */
  title: string;
  /** The text inserted; may contain fill-in fields written {单位}, {年度}, … */
  text: string;
  /** Genre ids, section words and one tone tag. */
  tags: readonly string[];
  /**
   * Report years (年度) the text holds for, e.g. [2026] for "'十五五'开局之年"; absent: any year.
   * Optional so that every snippet saved before the field existed stays valid.
   */
  years?: readonly number[];
  /**
   * What `years` names: the year reviewed (past tense: "2026年是开局之年，……实现了良好开局") or the
   * year planned ("2027年要……"). Absent: the report's own 年度, whatever the genre.
   */
  yearRole?: SnippetYearRole;
}

/**
 * True when a snippet suits a report of `year` (its 年度) in `genreId`: it names no years, or its
 * years hold the year it speaks of. In a plan genre 年度 is the year planned and the year before
 * is reviewed; in the others 年度 is reviewed and the year after is planned (unknown genre: the
 * latter, as most reports are written at the year's end, unless the snippet is written only for
 * plan genres). Unknown year: true.
 */
export function snippetFitsYear(
  snippet: Pick<Snippet, "years" | "yearRole"> & { tags?: Snippet["tags"] },
  year: number | undefined,
  genreId?: string,
): boolean {
  if (year === undefined || !snippet.years || snippet.years.length === 0) return true;
  if (!snippet.yearRole) return snippet.years.includes(year);
  // No genre chosen: a snippet written only for plan genres is read as in a plan.
  const ownGenres = (snippet.tags ?? []).filter((t) => (GENRE_IDS as readonly string[]).includes(t));
  const planOnly = ownGenres.length > 0 && ownGenres.every((t) => PLANNED_YEAR_GENRES.includes(t));
  const genreRole: SnippetYearRole = (genreId !== undefined ? PLANNED_YEAR_GENRES.includes(genreId) : planOnly) ? "planned" : "reviewed";
  const spoken = snippet.yearRole === genreRole ? year : snippet.yearRole === "planned" ? year + 1 : year - 1;
  return snippet.years.includes(spoken);
}

export const SNIPPET_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
export const MAX_TITLE_LENGTH = 40;
export const MAX_TEXT_LENGTH = 4000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 24;


/** True when every brace in the text belongs to a well-formed {field}. */
function hasWellFormedFields(text: string): boolean {
  return !/[{}]/.test(text.replace(FIELD_PATTERN, ""));
}

const categorySchema = z.object({
  id: z.string().regex(SNIPPET_ID_PATTERN),
  zh: z.string().trim().min(1).max(20),
  en: z.string().trim().min(1).max(60),
});

export const snippetSchema = z.object({
  id: z.string().regex(SNIPPET_ID_PATTERN, "id must be 1–80 ASCII letters, digits or _.:-"),
  category: z.string().regex(SNIPPET_ID_PATTERN, "category must be a category id"),
  title: z
    .string()
    .refine((s) => s.trim().length > 0, "title is empty")
    .refine((s) => s.length <= MAX_TITLE_LENGTH, `title is longer than ${MAX_TITLE_LENGTH}`),
  text: z
    .string()
    .refine((s) => s.trim().length > 0, "text is empty")
    .refine((s) => s.length <= MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH}`)
    .refine(hasWellFormedFields, "text has an unbalanced { or } (fields are written {name})"),
  tags: z
    .array(z.string().trim().min(1).max(MAX_TAG_LENGTH))
    .max(MAX_TAGS),
  years: z.array(z.number().int().min(MIN_REPORT_YEAR).max(MAX_REPORT_YEAR)).min(1).max(10).optional(),
  yearRole: z.enum(["reviewed", "planned"]).optional(),
});


/** One thing wrong with one entry; index is its position in the validated list. */
export interface SnippetProblem {
  index: number;
  id?: string;
  message: Bilingual;
}

export type SnippetValidation =
  | { ok: true; snippets: Snippet[] }
  | { ok: false; problems: SnippetProblem[] };

/** Whitespace-insensitive form used to detect the same text under two ids. */
export function normalizeSnippetText(text: string): string {
  return text.replace(/\s+/g, "").normalize("NFKC");
}

function describeEntry(index: number, id: string | undefined): Bilingual {
  return id
    ? snippetsMessages.entryWithId(index + 1, id)
    : snippetsMessages.entry(index + 1);
}

/**
 * Validates a list of unknown entries as snippets: shape (zod), unknown categories (when a
 * category list is given), duplicate ids and duplicate texts. Every problem names its entry.
 */
export function validateSnippets(
  entries: readonly unknown[],
  options: { categories?: readonly SnippetCategory[] } = {},
): SnippetValidation {
  const problems: SnippetProblem[] = [];
  const snippets: Snippet[] = [];
  const knownCategories = options.categories ? new Set(options.categories.map((c) => c.id)) : null;
  const firstById = new Map<string, number>();
  const firstByText = new Map<string, number>();

  entries.forEach((entry, index) => {
    const rawId =
      typeof entry === "object" && entry !== null && typeof (entry as { id?: unknown }).id === "string"
        ? (entry as { id: string }).id
        : undefined;
    const where = describeEntry(index, rawId);
    const parsed = snippetSchema.safeParse(entry);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "entry"}: ${issue.message}`)
        .join("; ");
      problems.push({
        index,
        id: rawId,
        message: snippetsMessages.entryMalformed(where, detail),
      });
      return;
    }
    const snippet: Snippet = parsed.data;
    if (knownCategories && !knownCategories.has(snippet.category)) {
      problems.push({
        index,
        id: snippet.id,
        message: snippetsMessages.unknownCategory(where, snippet.category),
      });
      return;
    }
    const sameId = firstById.get(snippet.id);
    if (sameId !== undefined) {
      problems.push({
        index,
        id: snippet.id,
        message: snippetsMessages.repeatedId(where, sameId + 1),
      });
      return;
    }
    const textKey = normalizeSnippetText(snippet.text);
    const sameText = firstByText.get(textKey);
    if (sameText !== undefined) {
      problems.push({
        index,
        id: snippet.id,
        message: snippetsMessages.repeatedText(where, sameText + 1),
      });
      return;
    }
    firstById.set(snippet.id, index);
    firstByText.set(textKey, index);
    snippets.push(snippet);
  });

  return problems.length ? { ok: false, problems } : { ok: true, snippets };
}

/** Validates category definitions (shape and unique ids). */
export function validateCategories(entries: readonly unknown[]): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const parsed = categorySchema.safeParse(entry);
    if (!parsed.success) {
      problems.push({ index, message: snippetsMessages.categoryMalformed(index + 1) });
    } else if (seen.has(parsed.data.id)) {
      problems.push({
        index,
        id: parsed.data.id,
        message: snippetsMessages.categoryRepeated(parsed.data.id),
      });
    } else {
      seen.add(parsed.data.id);
    }
  });
  return problems;
}
