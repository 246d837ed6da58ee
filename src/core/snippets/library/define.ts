/**
 * Compact authoring format for the built-in library: one module per category writes rows
 * [number, title, text, extra tags]; this turns them into Snippets with stable ids
 * (`${category}-${number}`), so reordering rows never changes an id.
 */
import { GENRE_IDS, type Snippet, type SnippetCategory } from "../schema";

/**
 * [stable number, title, text, space-separated extra tags]. Genre ids among the tags replace the
 * category's default genres; "y2026"-style words are not tags but the report years the text holds for.
 */
export type SnippetRow = readonly [number, string, string, string?];

export interface CategoryDefaults {
  /** Genres a row applies to unless the row names its own. */
  genres: readonly string[];
  /** Section words every row of the category carries. */
  sections: readonly string[];
}

export interface CategoryModule {
  category: SnippetCategory;
  snippets: readonly Snippet[];
}

const GENRES = new Set<string>(GENRE_IDS);
const YEAR_WORD = /^y20\d\d$/;
/** Rows longer than this read as full formal sentences; shorter ones as 简洁 stock phrases. */
const CONCISE_MAX_LENGTH = 40;

/** Builds a category module from rows; tone defaults by length unless a row says 正式/简洁. */
export function defineCategory(
  category: SnippetCategory,
  defaults: CategoryDefaults,
  rows: readonly SnippetRow[],
): CategoryModule {
  const snippets = rows.map(([number, title, text, extra]): Snippet => {
    const all = (extra ?? "").split(/\s+/).filter(Boolean);
    const years = all.filter((w) => YEAR_WORD.test(w)).map((w) => Number(w.slice(1)));
    const words = all.filter((w) => !YEAR_WORD.test(w));
    const rowGenres = words.filter((w) => GENRES.has(w));
    const others = words.filter((w) => !GENRES.has(w));
    const hasTone = others.includes("正式") || others.includes("简洁");
    const tone = hasTone ? [] : [text.length > CONCISE_MAX_LENGTH ? "正式" : "简洁"];
    const tags = [...(rowGenres.length ? rowGenres : defaults.genres), ...defaults.sections, ...others, ...tone];
    return {
      id: `${category.id}-${String(number).padStart(3, "0")}`,
      category: category.id,
      title,
      text,
      tags: [...new Set(tags)],
      ...(years.length ? { years } : {}),
    };
  });
  return { category, snippets };
}

/** Genre lists used as category defaults. */
export const ALL_PERSONAL = ["shuzhi", "shuzhishulian", "shuzeshulian"] as const;
export const UNIT_REPORTS = ["nianduzongjie", "zhengfugongzuobaogao"] as const;
