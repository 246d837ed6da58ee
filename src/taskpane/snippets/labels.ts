import { GENRE_IDS, PERSONAL_CATEGORY, snippetCategories, TONE_TAGS, type SourcedSnippet } from "../../core/snippets";
import { genreCatalog } from "../../core/genres";
import { pick, type Locale } from "../i18n/locale";
import { snippetsMessages } from "./messages";

const CATEGORY_NAMES = new Map(snippetCategories.map((c) => [c.id, c] as const));

/** Display name of a category id; own snippets' default category and unknown (team) ids too. */
export function categoryLabel(id: string, locale: Locale, personalLabel: string): string {
  if (id === PERSONAL_CATEGORY) return personalLabel;
  const known = CATEGORY_NAMES.get(id);
  return known ? pick(known, locale) : id;
}

/** Categories for the filter: the built-in ones, then any other id the merged list uses. */
export function categoryOptions(snippets: readonly SourcedSnippet[]): string[] {
  const ids = snippetCategories.map((c) => c.id);
  const seen = new Set(ids);
  for (const s of snippets) {
    if (!seen.has(s.category)) {
      seen.add(s.category);
      ids.push(s.category);
    }
  }
  return ids;
}

export interface TagOption {
  value: string;
  label: string;
}

/** Tag filter choices: the report genres (named as in the 骨架 tab), then the tones 正式 / 简洁. */
export function tagOptions(locale: Locale): TagOption[] {
  const genres = GENRE_IDS.map((id) => {
    const genre = genreCatalog.find((g) => g.id === id);
    return { value: id, label: genre ? pick(genre.name, locale) : id };
  });
  const tones = TONE_TAGS.map((tone) => ({ value: tone, label: pick(snippetsMessages.toneLabel(tone), locale) }));
  return [...genres, ...tones];
}
