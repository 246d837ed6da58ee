/**
 * Telling the person about the add-in's own storage: a setting that could not be read (and
 * whether its backup could be made), and a save that storage refused. Both are said once, not on
 * every keystroke, and never from render.
 */
import { useCallback, useEffect, useRef } from "react";
import type { Bilingual } from "../../core/text/bilingual";
import { useNotify } from "./notify";
import { addinStorage, keepUnreadable, unreadableMessage, type SaveResult } from "./settingsStore";

/**
 * Returns `report(key, result)`: a refused save is shown (as a warning toast) the first time for
 * each key, and again only after a save of that key has succeeded in between.
 */
export function useSaveReporter(): (key: string, result: SaveResult) => void {
  const notify = useNotify();
  const failing = useRef(new Set<string>());
  return useCallback(
    (key: string, result: SaveResult) => {
      if (result.ok) {
        failing.current.delete(key);
        return;
      }
      if (failing.current.has(key)) return;
      failing.current.add(key);
      notify.show("error", result.error);
    },
    [notify],
  );
}

/**
 * After the tab's first paint: when the setting under `key` could not be read (`corrupt`), keeps
 * a copy of it and says what happened — where the copy is, or that none could be made. `storage`
 * is where the setting lives: the add-in's storage, or the one a store was given (a test's).
 */
export function useUnreadableNotice(key: string, corrupt: boolean, what: Bilingual, storage: object = addinStorage()): void {
  const notify = useNotify();
  const said = useRef(false);
  useEffect(() => {
    if (!corrupt || said.current) return;
    said.current = true;
    const state = keepUnreadable(storage, key);
    if (state) notify.show(state.state === "failed" ? "error" : "warning", unreadableMessage(what, state));
  }, [corrupt, key, notify, what, storage]);
}
