/**
 * Where the 短语 tab keeps its data: window.localStorage (survives closing Word). The personal
 * library goes through core's userStore (corrupt data is backed up there). Team phrases now come
 * from content packs (src/taskpane/content/store.ts, which migrated the old team-library keys).
 */
import { loadUserState, saveUserState, type LoadResult, type StorageLike, type UserSnippetState } from "../../core/snippets";

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
