/**
 * Where the 短语 tab keeps its data: window.localStorage (survives closing Word). The personal
 * library goes through core's userStore; unreadable data is noted while loading (no write during
 * render) and backed up before anything is saved over it. Team phrases come from content packs
 * (src/taskpane/content/store.ts, which migrated the old team-library keys).
 */
import {
  backUpUserState,
  loadUserState,
  saveUserState,
  USER_STORE_KEY,
  type LoadResult,
  type StorageLike,
  type UserSnippetState,
} from "../../core/snippets";
import type { Bilingual } from "../../core/text/bilingual";
import { saveFailedMessage } from "../../core/text/storageFailure";
import { snippetsMessages } from "./messages";
import { keepUnreadable, notOverwritten, noteUnreadable, type SaveResult, type TabStorage } from "../shell/settingsStore";

/** Remembers the 作为新段落插入 switch between sessions. */
export const INSERT_MODE_KEY = "report-composer:snippets-insert-mode:v1";

/** Everything the 短语 tab stores (its backups excluded): what 重置此标签的本地数据 removes. */
export const SNIPPETS_STORAGE: TabStorage = { keys: [USER_STORE_KEY, INSERT_MODE_KEY] };

const LIBRARY: Bilingual = snippetsMessages.libraryName;

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
    return { ok: false, error: saveFailedMessage(snippetsMessages.insertModeName, error) };
  }
}
