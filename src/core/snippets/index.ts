/**
 * Phrase-snippet library: built-in snippets, search, fill-in fields, and (pure) personal,
 * exchange and team-library helpers. Storage and network are injected by the callers.
 */
import { categoryModules } from "./library";
import type { Snippet, SnippetCategory } from "./schema";

/** Categories of the built-in library, in display order. */
export const snippetCategories: readonly SnippetCategory[] = categoryModules.map((m) => m.category);

/** Every built-in snippet (ids `${category}-NNN`, stable across releases). */
export const builtInSnippets: readonly Snippet[] = categoryModules.flatMap((m) => m.snippets);

export type { Snippet, SnippetCategory } from "./schema";
export type { Bilingual } from "../text/bilingual";
export { snippetSchema, validateSnippets, validateCategories, GENRE_IDS, PLANNED_YEAR_GENRES, TONE_TAGS, snippetFitsYear } from "./schema";
export { parseReportYear } from "./fieldSyntax";
export { snippetFields, fillSnippet } from "./fields";
export {
  searchSnippets,
  searchSnippetsSync,
  prepareSnippetSearch,
  normalizeQuery,
  type SnippetMatch,
  type SnippetMatchKind,
} from "./search";
export { loadPinyin, isPinyinReady } from "./pinyinIndex";
export {
  USER_STORE_KEY,
  RECENT_LIMIT,
  PERSONAL_CATEGORY,
  defaultUserState,
  loadUserState,
  backUpUserState,
  libraryProblemMessage,
  saveUserState,
  addOwnSnippet,
  editOwnSnippet,
  categoriseOwnSnippet,
  deleteOwnSnippet,
  toggleFavourite,
  recordUse,
  rememberFieldValues,
  deriveTitle,
  type StorageLike,
  type UserSnippetState,
  type LoadResult,
  type LoadProblem,
} from "./userStore";
export {
  SNIPPET_FILE_FORMAT,
  SNIPPET_FILE_VERSION,
  MAX_SNIPPET_FILE_BYTES,
  MAX_SNIPPETS_PER_FILE,
  serializeSnippetFile,
  parseSnippetFile,
  importSnippetFile,
} from "./exchange";
export {
  parseTeamLibrary,
  mergeSnippetSources,
  teamSnippetId,
  describeSource,
  serializeTeamCache,
  parseTeamCache,
  type SourcedSnippet,
  type TeamLibrarySnapshot,
} from "./teamLibrary";
