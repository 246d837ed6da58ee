/**
 * Compact authoring format for the built-in library: one module per category writes rows
 * [number, title, text, extra tags]; this turns them into Snippets with stable ids
 * (`${category}-${number}`), so reordering rows never changes an id.
 */
import { GENRE_IDS, type Snippet, type SnippetCategory } from "../schema";

/**
 * [stable number, title, text, space-separated extra tags]. Genre ids among the tags replace the
 * category's default genres. Year words are not tags: "r2026" — the text speaks of 2026 as the year
 * reviewed; "p2027" — of 2027 as the year planned; "y2026" — of the report's own 年度 (any genre).
 * One row uses one kind.
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
/**
 * Audience tag of lines only a leader can say (分管, 三重一大, 讲党课, 个人有关事项): they stay a tag, and
 * they are kept from the genres ordinary members write.
 */
export const LEADER_ONLY_TAG = "领导干部";
const MEMBER_GENRES: readonly string[] = ["zuzhishenghuohui", "dangzhibuzongjie"];
const YEAR_WORD = /^[yrp]20\d\d$/;
const ROLE_OF_PREFIX = { r: "reviewed", p: "planned" } as const;
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
    const yearWords = all.filter((w) => YEAR_WORD.test(w));
    const years = yearWords.map((w) => Number(w.slice(1)));
    const prefixes = new Set(yearWords.map((w) => w[0] as "y" | "r" | "p"));
    if (prefixes.size > 1) throw new Error(`${category.id}-${number}: one kind of year word per row`);
    const prefix = [...prefixes][0];
    const yearRole = prefix === "r" || prefix === "p" ? ROLE_OF_PREFIX[prefix] : undefined;
    const words = all.filter((w) => !YEAR_WORD.test(w));
    const rowGenres = words.filter((w) => GENRES.has(w));
    const others = words.filter((w) => !GENRES.has(w));
    const hasTone = others.includes("正式") || others.includes("简洁");
    const tone = hasTone ? [] : [text.length > CONCISE_MAX_LENGTH ? "正式" : "简洁"];
    const leaderOnly = others.includes(LEADER_ONLY_TAG);
    const genres = (rowGenres.length ? rowGenres : defaults.genres).filter((g) => !(leaderOnly && MEMBER_GENRES.includes(g)));
    const tags = [...genres, ...defaults.sections, ...others, ...tone];
    return {
      id: `${category.id}-${String(number).padStart(3, "0")}`,
      category: category.id,
      title,
      text,
      tags: [...new Set(tags)],
      ...(years.length ? { years } : {}),
      ...(yearRole ? { yearRole } : {}),
    };
  });
  return { category, snippets };
}
