/**
 * What the 骨架 tab takes from content: the genres (built-in, mine, then each pack's) and the
 * packs' 二十一大 dates. Apart from useContent (snippets, 提法, profiles), so the first tab
 * needs none of the other tabs' data; with no pack stored it renders at once, without the content
 * store's chunk, and takes the packs' genres when the store arrives. Built-in genres are listed by
 * their summaries; the one shown is loaded on its own (core/genres/load).
 */
import { use, useMemo, useSyncExternalStore } from "react";
import type { Genre } from "../../core/genres";
import { GENRE_SUMMARIES, type GenreSummary } from "../../core/genres/catalog/summaries";
import { builtInGenreIfLoaded, loadBuiltInGenre } from "../../core/genres/load";
import { mergeCongressDates, mergeGenres, type LoadedPack, type Sourced, type SourcedCongressDate, type SourcedGenre } from "../../core/packs";
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

/** A genre of the list: a built-in one by its summary, the others whole. */
export type GenreListEntry = Sourced<GenreSummary | Genre>;

/** Built-in, mine, then each pack's genres; re-renders when a source or a personal genre changes. */
export function useGenreList(): GenreListEntry[] {
  const packs = useLoadedPacks();
  const personal = usePersonalGenres();
  return useMemo(() => mergeGenres(GENRE_SUMMARIES, personal, packs), [personal, packs]);
}

/**
 * The entry's whole genre. A built-in one not yet loaded suspends until it is (choose it in a
 * transition and React keeps showing the genre before it meanwhile).
 */
export function useSourcedGenre(entry: GenreListEntry): SourcedGenre {
  const builtIn = entry.source.kind === "builtIn" ? (builtInGenreIfLoaded(entry.originalId) ?? use(loadBuiltInGenre(entry.originalId))) : undefined;
  return useMemo(
    () => (builtIn ? { ...builtIn, id: entry.id, source: entry.source, originalId: entry.originalId } : (entry as SourcedGenre)),
    [entry, builtIn],
  );
}

/** Every pack's 二十一大 date and the locked one in force. */
export function usePackCongressDates(): { congressDates: SourcedCongressDate[]; lockedCongressDate: SourcedCongressDate | null } {
  const packs = useLoadedPacks();
  return useMemo(() => mergeCongressDates(packs), [packs]);
}
