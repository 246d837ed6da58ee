/**
 * Where merged content comes from, and the merged genre list (built-in, mine, then each pack's):
 * everything the 骨架 tab takes from content packs, apart from the rest of the merge
 * (merge.ts), so the first tab needs neither the snippet, 提法 nor pack schemas.
 */
import type { Genre } from "../genres/schema";
import { untranslated, type Bilingual } from "../text/bilingual";
import { shortTag } from "../text/shortTag";
import { packsMessages } from "./messages";
import type { Pack } from "./schema";

/** Where an item comes from. A pack's `key` is its URL, or `file:<pack id>` for an imported file. */
export type ContentSource =
  | { kind: "builtIn" }
  | { kind: "mine" }
  | { kind: "pack"; key: string; packId: string; name: Bilingual; url?: string; fileName?: string };

/** A pack as loaded from one source. */
export interface LoadedPack {
  /** The source's URL, or file:<pack id> for a pack imported from a file. */
  key: string;
  pack: Pack;
  url?: string;
  fileName?: string;
}

/** An item of the merged list with where it comes from. */
export type Sourced<T> = T & { readonly source: ContentSource; /** The id in its own file. */ readonly originalId: string };
export type SourcedGenre = Sourced<Genre>;

/** A short stable tag of a source key (8 hex digits). */
export const sourceTag = shortTag;

/** Id of a pack's genre in the merged list: p<tag>-<id> (a slug, so settings can keep it). */
export function packGenreId(key: string, id: string): string {
  return `p${sourceTag(key)}-${id}`;
}

export function packSource(loaded: LoadedPack): ContentSource {
  return {
    kind: "pack",
    key: loaded.key,
    packId: loaded.pack.id,
    name: loaded.pack.name,
    ...(loaded.url ? { url: loaded.url } : {}),
    ...(loaded.fileName ? { fileName: loaded.fileName } : {}),
  };
}

/** First free id among base, base-2, base-3 … */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Built-in ids as they are; mine keep theirs unless taken (then mine-<id>); a pack's are always namespaced. */
export function mergeGenres(builtIn: readonly Genre[], personal: readonly Genre[], packs: readonly LoadedPack[]): SourcedGenre[];
/** The same over the built-ins' summaries (the 骨架 list, before a built-in genre is loaded). */
export function mergeGenres<B extends { readonly id: string }>(builtIn: readonly B[], personal: readonly Genre[], packs: readonly LoadedPack[]): Sourced<B | Genre>[];
export function mergeGenres(builtIn: readonly { readonly id: string }[], personal: readonly Genre[], packs: readonly LoadedPack[]): Sourced<{ readonly id: string }>[] {
  const genres: Sourced<{ readonly id: string }>[] = [];
  const genreIds = new Set<string>();
  const addGenre = (genre: { readonly id: string }, source: ContentSource, id: string) => {
    genreIds.add(id);
    genres.push({ ...genre, id, source, originalId: genre.id });
  };
  for (const g of builtIn) if (!genreIds.has(g.id)) addGenre(g, { kind: "builtIn" }, g.id);
  for (const g of personal) {
    addGenre(g, { kind: "mine" }, genreIds.has(g.id) ? freeId(`mine-${g.id}`, genreIds) : g.id);
  }
  for (const loaded of packs) {
    const source = packSource(loaded);
    for (const g of loaded.pack.genres ?? []) addGenre(g, source, freeId(packGenreId(loaded.key, g.id), genreIds));
  }
  return genres;
}

/** A pack's 二十一大 date ("" = not yet held) and whether it is locked. */
export interface SourcedCongressDate {
  date: string;
  locked: boolean;
  source: ContentSource;
}

/** Every pack's 二十一大 date; the first locked one is in force (a later, different one is noted and ignored). */
export function mergeCongressDates(
  packs: readonly LoadedPack[],
  notes: Bilingual[] = [],
): { congressDates: SourcedCongressDate[]; lockedCongressDate: SourcedCongressDate | null } {
  const congressDates: SourcedCongressDate[] = [];
  let lockedCongressDate: SourcedCongressDate | null = null;
  for (const loaded of packs) {
    const given = loaded.pack.congressDate;
    if (!given) continue;
    const sourced: SourcedCongressDate = { date: given.date, locked: given.locked, source: packSource(loaded) };
    congressDates.push(sourced);
    if (!given.locked) continue;
    if (!lockedCongressDate) lockedCongressDate = sourced;
    else if (lockedCongressDate.date !== given.date) {
      const first = lockedCongressDate.source.kind === "pack" ? lockedCongressDate.source.name : untranslated("");
      notes.push(packsMessages.congressLockedEarlier(loaded.pack.name, first));
    }
  }
  return { congressDates, lockedCongressDate };
}

/** Bilingual label of a source: 内置 / 我的 / 内容包“名称”. */
export function describeContentSource(source: ContentSource): Bilingual {
  if (source.kind === "builtIn") return packsMessages.builtIn;
  if (source.kind === "mine") return packsMessages.mine;
  return packsMessages.fromPack(source.name);
}

/** Where a pack came from: its URL, or the file it was imported from. */
export function describeContentOrigin(source: ContentSource): Bilingual | null {
  if (source.kind !== "pack") return null;
  if (source.url) return untranslated(source.url);
  return packsMessages.fromFile(source.fileName ?? source.packId);
}
