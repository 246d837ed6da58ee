/**
 * Everything the tabs take from content packs, merged with the built-ins and the person's own
 * genres: the 骨架 list (each genre with its source), the packs' snippets for 短语, the 提法
 * entries for 检查, and the format profile an administrator locked for 排版.
 */
import { useMemo, useSyncExternalStore } from "react";
import { TIFA_ENTRIES } from "../../core/checks/data/tifa";
import { genreCatalog } from "../../core/genres";
import { mergeContent, type MergedContent } from "../../core/packs";
import { useContentStore } from "./ContentContext";
import { usePersonalGenres } from "./personalGenres";
import { loadedPacksOf, type ContentState, type ContentStore } from "./store";

export interface ContentView {
  store: ContentStore;
  state: ContentState;
  merged: MergedContent;
}

/** The merged content; re-renders when a source or a personal genre changes. */
export function useContent(): ContentView {
  const store = useContentStore();
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const personal = usePersonalGenres();
  const sources = state.sources;
  const merged = useMemo(
    () => mergeContent({ genres: genreCatalog, tifa: TIFA_ENTRIES }, { genres: personal }, loadedPacksOf(sources)),
    [sources, personal],
  );
  return { store, state, merged };
}
