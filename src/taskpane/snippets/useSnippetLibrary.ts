import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import {
  builtInSnippets,
  libraryProblemMessage,
  mergeSnippetSources,
  USER_STORE_KEY,
  type LoadProblem,
  type SourcedSnippet,
  type StorageLike,
  type TeamLibrarySnapshot,
  type UserSnippetState,
} from "../../core/snippets";
import type { Bilingual } from "../../core/text/bilingual";
import { loadLibrary, persistLibrary } from "./storage";
import { addinStorage, keepUnreadable, subscribeUnreadable, unreadableState } from "../shell/settingsStore";
import { useContent } from "../content/useContent";

export interface SnippetLibrary {
  storage: StorageLike;
  state: UserSnippetState;
  /** Applies a change to the personal library; it is saved to localStorage right after. */
  update(change: (state: UserSnippetState) => UserSnippetState): void;
  /** Built-in, personal and content-pack snippets in one list, each with its source. */
  merged: readonly SourcedSnippet[];
  /** Ids of built-in and pack snippets (own snippets must not take them). */
  reservedIds: ReadonlySet<string>;
  /** Set when the stored library could not be read at startup (defaults are in use). */
  problem: (LoadProblem & { message: Bilingual }) | undefined;
  dismissProblem(): void;
  /** The content packs' snippets (team phrases), one entry per pack that has some. */
  packs: readonly TeamLibrarySnapshot[];
  /** Why the last save to localStorage failed (storage full or disabled), until one succeeds. */
  saveFailed: Bilingual | null;
}

/** The 短语 tab's data: the personal library (loaded once, saved on every change) and the packs' phrases. */
export function useSnippetLibrary(): SnippetLibrary {
  const storage = useMemo(() => addinStorage(), []);
  // Loading writes nothing (it runs during render); unreadable data is backed up by the effect below.
  const [initial] = useState(() => loadLibrary(storage));
  const [state, setState] = useState(initial.state);
  const [problemShown, setProblemShown] = useState(initial.problem !== undefined);
  const packs = useContent().merged.snippetPacks;
  const [saveFailed, setSaveFailed] = useState<Bilingual | null>(null);
  // The latest state, so changes made after an await (insert → recordUse) build on it.
  const current = useRef(initial.state);
  const unreadable = useSyncExternalStore(subscribeUnreadable, () => unreadableState(storage, USER_STORE_KEY));

  // The unreadable library is copied to a backup key after the first paint, not while rendering:
  // a full storage then gives a message instead of a blank pane.
  useEffect(() => {
    if (initial.problem) keepUnreadable(storage, USER_STORE_KEY);
  }, [initial.problem, storage]);

  // Saved on each change, not at load: unreadable stored data stays where it is until the
  // person changes something, and is backed up before that (persistLibrary refuses otherwise).
  const update = useCallback(
    (change: (s: UserSnippetState) => UserSnippetState) => {
      const next = change(current.current);
      if (next === current.current) return;
      current.current = next;
      setState(next);
      const saved = persistLibrary(storage, next);
      setSaveFailed(saved.ok ? null : saved.error);
    },
    [storage],
  );

  const merged = useMemo(
    () =>
      mergeSnippetSources({
        builtIn: builtInSnippets,
        personal: state.snippets,
        teams: packs,
      }),
    [state.snippets, packs],
  );
  const reservedIds = useMemo(() => new Set(merged.filter((s) => s.source !== "personal").map((s) => s.id)), [merged]);

  const problem = useMemo(() => {
    if (!initial.problem || !problemShown) return undefined;
    const backup =
      unreadable?.state === "kept" ? { backupKey: unreadable.backupKey } : unreadable?.state === "failed" ? { error: unreadable.error } : undefined;
    return { ...initial.problem, message: libraryProblemMessage(initial.problem, backup) };
  }, [initial.problem, problemShown, unreadable]);

  return {
    storage,
    state,
    update,
    merged,
    reservedIds,
    problem,
    dismissProblem: () => setProblemShown(false),
    packs,
    saveFailed,
  };
}
