/**
 * Where the 短语 tab keeps its data: window.localStorage (survives closing Word). The personal
 * library goes through core's userStore; unreadable data is noted while loading (no write during
 * render) and backed up before anything is saved over it. The team library address and its
 * offline copy live under their own keys.
 */
import {
  backUpUserState,
  loadUserState,
  parseTeamCache,
  saveUserState,
  serializeTeamCache,
  USER_STORE_KEY,
  type LoadResult,
  type StorageLike,
  type TeamLibraryCache,
  type UserSnippetState,
} from "../../core/snippets";
import type { Bilingual } from "../../core/text/bilingual";
import { parseJsonSafely } from "../../core/text/safeJson";
import { saveFailedMessage } from "../../core/text/storageFailure";
import { keepUnreadable, notOverwritten, noteUnreadable, type SaveResult, type TabStorage } from "../shell/settingsStore";

export const TEAM_SETTINGS_KEY = "report-composer:snippets-team:v1";
export const TEAM_CACHE_KEY = "report-composer:snippets-team-cache:v1";
/** Remembers the 作为新段落插入 switch between sessions. */
export const INSERT_MODE_KEY = "report-composer:snippets-insert-mode:v1";

/** Everything the 短语 tab stores (its backups excluded): what 重置此标签的本地数据 removes. */
export const SNIPPETS_STORAGE: TabStorage = { keys: [USER_STORE_KEY, TEAM_SETTINGS_KEY, TEAM_CACHE_KEY, INSERT_MODE_KEY] };

const LIBRARY: Bilingual = { zh: "短语库", en: "the phrase library" };

/**
 * Loads the personal library (defaults plus a problem when the stored data is unreadable). Writes
 * nothing: the unreadable text is noted, and kept by keepUnreadable(storage, USER_STORE_KEY).
 */
export function loadLibrary(storage: StorageLike): LoadResult {
  let result: LoadResult;
  try {
    result = loadUserState(storage);
  } catch {
    return loadUserState({ getItem: () => null }); // storage that refuses even to be read
  }
  const problem = result.problem;
  if (problem) noteUnreadable(storage, USER_STORE_KEY, problem.raw, problem.reason, () => backUpUserState(storage, problem.raw));
  return result;
}

/**
 * Saves the personal library. Refused when storage is full or disabled, and while unreadable
 * data under the key could not be backed up (saving would overwrite it).
 */
export function persistLibrary(storage: StorageLike, state: UserSnippetState): SaveResult {
  const unreadable = keepUnreadable(storage, USER_STORE_KEY);
  if (unreadable?.state === "failed") return { ok: false, error: notOverwritten(LIBRARY, unreadable) };
  try {
    saveUserState(storage, state);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: saveFailedMessage(LIBRARY, error) };
  }
}

export interface TeamSettings {
  url: string;
  cache: TeamLibraryCache | null;
}

/** The team address and its cached copy; the cache is read without any network request. */
export function loadTeamSettings(storage: StorageLike): TeamSettings {
  let url = "";
  let cache: string | null = null;
  try {
    const json = parseJsonSafely(storage.getItem(TEAM_SETTINGS_KEY) ?? "{}", { maxChars: 100_000 });
    const parsed = json.ok ? (json.value as { url?: unknown } | null) : null;
    if (parsed && typeof parsed === "object" && typeof parsed.url === "string") url = parsed.url;
    if (url) cache = storage.getItem(TEAM_CACHE_KEY);
  } catch {
    // Storage that refuses to be read: start without a team library.
  }
  // Unreadable settings: start without a team library; the user re-enters the address.
  return { url, cache: url ? parseTeamCache(cache, url) : null };
}

/** Saves the address and (when given) the downloaded copy; a null cache removes the copy. */
export function saveTeamSettings(storage: StorageLike, settings: TeamSettings): SaveResult {
  try {
    storage.setItem(TEAM_SETTINGS_KEY, JSON.stringify({ url: settings.url }));
    if (settings.cache) storage.setItem(TEAM_CACHE_KEY, serializeTeamCache(settings.cache));
    else storage.removeItem(TEAM_CACHE_KEY);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: saveFailedMessage({ zh: "团队短语库的地址和离线副本", en: "the team library address and its offline copy" }, error) };
  }
}

/** The 作为新段落插入 switch as last saved (off when unreadable). Reads only. */
export function loadInsertMode(storage: Pick<StorageLike, "getItem">): boolean {
  try {
    return storage.getItem(INSERT_MODE_KEY) === "paragraph";
  } catch {
    return false;
  }
}

export function saveInsertMode(storage: Pick<StorageLike, "setItem">, asNewParagraph: boolean): SaveResult {
  try {
    storage.setItem(INSERT_MODE_KEY, asNewParagraph ? "paragraph" : "inline");
    return { ok: true };
  } catch (error) {
    return { ok: false, error: saveFailedMessage({ zh: "“作为新段落插入”的选择", en: "the choice “insert as a new paragraph”" }, error) };
  }
}
