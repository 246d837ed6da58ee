/**
 * What the 骨架 tab takes from content: the genres (built-in, mine, then each pack's) and the
 * packs' 二十一大 dates. Apart from useContent (snippets, 提法, profiles), so the first tab
 * needs none of the other tabs' data; with no pack stored it renders at once, without the content
 * store's chunk, and takes the packs' genres when the store arrives.
 */
import { useMemo, useSyncExternalStore } from "react";
import { genreCatalog } from "../../core/genres";
import { mergeCongressDates, mergeGenres, type LoadedPack, type SourcedCongressDate, type SourcedGenre } from "../../core/packs";
import { useContentStoreIfNeeded } from "./ContentContext";
import { usePersonalGenres } from "./personalGenres";

const NO_PACKS: readonly LoadedPack[] = Object.freeze([]);
const noPacks = () => NO_PACKS;
const neverChanges = () => () => undefined;

/** The packs in use; none while the store has not loaded (and no pack is stored). */
function useLoadedPacks(): readonly LoadedPack[] {
  const store = useContentStoreIfNeeded();
  return useSyncExternalStore(store ? store.subscribe : neverChanges, store ? store.loadedPacks : noPacks, store ? store.loadedPacks : noPacks);
}

/** Built-in, mine, then each pack's genres; re-renders when a source or a personal genre changes. */
export function useMergedGenres(): SourcedGenre[] {
  const packs = useLoadedPacks();
  const personal = usePersonalGenres();
  return useMemo(() => mergeGenres(genreCatalog, personal, packs), [personal, packs]);
}

/** Every pack's 二十一大 date and the locked one in force. */
export function usePackCongressDates(): { congressDates: SourcedCongressDate[]; lockedCongressDate: SourcedCongressDate | null } {
  const packs = useLoadedPacks();
  return useMemo(() => mergeCongressDates(packs), [packs]);
}
