import { useCallback, useMemo, useRef, useState } from "react";
import {
  builtInSnippets,
  mergeSnippetSources,
  type LoadProblem,
  type SourcedSnippet,
  type StorageLike,
  type TeamLibrarySnapshot,
  type UserSnippetState,
} from "../../core/snippets";
import { loadLibrary, persistLibrary } from "./storage";
import { addinStorage } from "../shell/settingsStore";
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
  problem: LoadProblem | undefined;
  dismissProblem(): void;
  /** The content packs' snippets (team phrases), one entry per pack that has some. */
  packs: readonly TeamLibrarySnapshot[];
  /** False once a save to localStorage has failed (storage full or disabled). */
  saveFailed: boolean;
}

/** The 短语 tab's data: the personal library (loaded once, saved on every change) and the packs' phrases. */
export function useSnippetLibrary(): SnippetLibrary {
  const storage = useMemo(() => addinStorage(), []);
  const [initial] = useState(() => loadLibrary(storage));
  const [state, setState] = useState(initial.state);
  const [problem, setProblem] = useState(initial.problem);
  const packs = useContent().merged.snippetPacks;
  const [saveFailed, setSaveFailed] = useState(false);
  // The latest state, so changes made after an await (insert → recordUse) build on it.
  const current = useRef(initial.state);

  // Saved on each change, not at load: unreadable stored data stays where it is until the
  // person changes something (core has copied it to the backup key by then anyway).
  const update = useCallback(
    (change: (s: UserSnippetState) => UserSnippetState) => {
      const next = change(current.current);
      if (next === current.current) return;
      current.current = next;
      setState(next);
      if (!persistLibrary(storage, next)) setSaveFailed(true);
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

  return {
    storage,
    state,
    update,
    merged,
    reservedIds,
    problem,
    dismissProblem: () => setProblem(undefined),
    packs,
    saveFailed,
  };
}
