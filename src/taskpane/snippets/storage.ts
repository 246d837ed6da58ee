/**
 * Where the 短语 tab keeps its data: window.localStorage (survives closing Word). The personal
 * library goes through core's userStore (corrupt data is backed up there); the team library
 * address and its offline copy live under their own keys.
 */
import {
  loadUserState,
  parseTeamCache,
  saveUserState,
  serializeTeamCache,
  type LoadResult,
  type StorageLike,
  type TeamLibraryCache,
  type UserSnippetState,
} from "../../core/snippets";

export const TEAM_SETTINGS_KEY = "report-composer:snippets-team:v1";
export const TEAM_CACHE_KEY = "report-composer:snippets-team-cache:v1";

/** Loads the personal library (defaults plus a problem when the stored data is unreadable). */
export function loadLibrary(storage: StorageLike): LoadResult {
  return loadUserState(storage);
}

/** Saves the personal library; false when storage refused it (full or disabled). */
export function persistLibrary(storage: StorageLike, state: UserSnippetState): boolean {
  try {
    saveUserState(storage, state);
    return true;
  } catch {
    return false;
  }
}

export interface TeamSettings {
  url: string;
  cache: TeamLibraryCache | null;
}

/** The team address and its cached copy; the cache is read without any network request. */
export function loadTeamSettings(storage: StorageLike): TeamSettings {
  let url = "";
  try {
    const parsed = JSON.parse(storage.getItem(TEAM_SETTINGS_KEY) ?? "{}") as { url?: unknown };
    if (typeof parsed.url === "string") url = parsed.url;
  } catch {
    // Unreadable settings: start without a team library; the user re-enters the address.
  }
  return { url, cache: url ? parseTeamCache(storage.getItem(TEAM_CACHE_KEY), url) : null };
}

/** Saves the address and (when given) the downloaded copy; a null cache removes the copy. */
export function saveTeamSettings(storage: StorageLike, settings: TeamSettings): boolean {
  try {
    storage.setItem(TEAM_SETTINGS_KEY, JSON.stringify({ url: settings.url }));
    if (settings.cache) storage.setItem(TEAM_CACHE_KEY, serializeTeamCache(settings.cache));
    else storage.removeItem(TEAM_CACHE_KEY);
    return true;
  } catch {
    return false;
  }
}
