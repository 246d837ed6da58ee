/**
 * One view of everything the add-in offers: built-in content, the person's own (我的), and each
 * loaded content pack in the order its source was added. Every item says where it came from, ids
 * never collide (a pack's ids are namespaced by its source, like team snippet ids), and the
 * result depends only on the inputs and their order.
 */
import type { TifaEntry } from "../checks/data/tifa";
import type { PackIndicator } from "../figures/index";
import type { FormatProfile } from "../format/types";
import type { Genre } from "../genres/schema";
import type { Snippet } from "../snippets/schema";
import { mergeSnippetSources, type SourcedSnippet, type TeamLibrarySnapshot } from "../snippets/teamLibrary";
import { untranslated, type Bilingual } from "../text/bilingual";
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

export type SourcedGenre = Genre & { readonly source: ContentSource; /** The id in its own file. */ readonly originalId: string };

export interface SourcedTifa {
  entry: TifaEntry;
  source: ContentSource;
  /** The entry takes the place of the built-in entry with its id. */
  replacesBuiltIn: boolean;
}

export interface SourcedProfile {
  profile: FormatProfile;
  locked: boolean;
  source: ContentSource;
}

/** A pack's 二十一大 date ("" = not yet held) and whether it is locked. */
export interface SourcedCongressDate {
  date: string;
  locked: boolean;
  source: ContentSource;
}

export interface MergedContent {
  /** Built-in, then mine, then each pack's genres. */
  genres: SourcedGenre[];
  /** Built-in, mine, then pack snippets (namespaced ids; a text already listed is not repeated). */
  snippets: SourcedSnippet[];
  /** Each pack's snippets, for callers that merge with snippets of their own. */
  snippetPacks: TeamLibrarySnapshot[];
  /** The packs' 提法 entries (the checker's built-ins are not repeated here). */
  tifa: SourcedTifa[];
  /** The same entries, as CheckOptions.tifa wants them. */
  tifaEntries: TifaEntry[];
  /** 数据核对 indicators of every pack, in source order (CheckOptions.figureIndicators). */
  figureIndicators: PackIndicator[];
  /** Every pack's format profile (ids namespaced), locked or not. */
  profiles: SourcedProfile[];
  /** The profile an administrator locked: the first locked one in source order, or null. */
  lockedProfile: SourcedProfile | null;
  /** Every pack's 二十一大 date, in source order. */
  congressDates: SourcedCongressDate[];
  /** The 二十一大 date an administrator locked: the first locked one in source order, or null. */
  lockedCongressDate: SourcedCongressDate | null;
  /** What was resolved on the way (a second locked profile ignored, a repeated 提法 id renamed). */
  notes: Bilingual[];
}

/** FNV-1a as 8 hex digits: a short stable tag of a source key. */
export function sourceTag(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Id of a pack's genre in the merged list: p<tag>-<id> (a slug, so settings can keep it). */
export function packGenreId(key: string, id: string): string {
  return `p${sourceTag(key)}-${id}`;
}

/** Id of a pack's format profile in the merged list. */
export function packProfileId(key: string, id: string): string {
  return `p${sourceTag(key)}:${id}`;
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

const sameEntry = (a: TifaEntry, b: TifaEntry) => JSON.stringify({ ...a, id: "" }) === JSON.stringify({ ...b, id: "" });

export function mergeContent(
  builtIn: { genres: readonly Genre[]; snippets?: readonly Snippet[]; tifa?: readonly TifaEntry[] },
  personal: { genres?: readonly Genre[]; snippets?: readonly Snippet[] },
  packs: readonly LoadedPack[],
): MergedContent {
  const notes: Bilingual[] = [];

  // Genres: built-in ids as they are; mine keep theirs unless taken (then mine-<id>); packs always namespaced.
  const genres: SourcedGenre[] = [];
  const genreIds = new Set<string>();
  const addGenre = (genre: Genre, source: ContentSource, id: string) => {
    genreIds.add(id);
    genres.push({ ...genre, id, source, originalId: genre.id });
  };
  for (const g of builtIn.genres) if (!genreIds.has(g.id)) addGenre(g, { kind: "builtIn" }, g.id);
  for (const g of personal.genres ?? []) {
    addGenre(g, { kind: "mine" }, genreIds.has(g.id) ? freeId(`mine-${g.id}`, genreIds) : g.id);
  }
  for (const loaded of packs) {
    const source = packSource(loaded);
    for (const g of loaded.pack.genres ?? []) addGenre(g, source, freeId(packGenreId(loaded.key, g.id), genreIds));
  }

  // Snippets: the 短语 library's merge, with each pack as a named team library.
  const snippetPacks: TeamLibrarySnapshot[] = packs
    .filter((p) => p.pack.snippets?.length)
    .map((p) => ({ url: p.key, name: p.pack.name, snippets: p.pack.snippets ?? [] }));
  const snippets = mergeSnippetSources({ builtIn: builtIn.snippets ?? [], personal: personal.snippets ?? [], teams: snippetPacks });

  // 提法: a pack's entry keeps its id (so it can replace a built-in one, as CheckOptions.tifa
  // documents); the same id from a later pack is renamed <tag>:<id>, or dropped when identical.
  const builtInTifa = new Set((builtIn.tifa ?? []).map((e) => e.id));
  const tifa: SourcedTifa[] = [];
  const tifaIds = new Map<string, TifaEntry>();
  for (const loaded of packs) {
    const source = packSource(loaded);
    for (const entry of loaded.pack.tifa ?? []) {
      const earlier = tifaIds.get(entry.id);
      let id = entry.id;
      if (earlier) {
        if (sameEntry(earlier, entry)) continue;
        id = `${sourceTag(loaded.key)}:${entry.id}`.slice(0, 60);
        notes.push(packsMessages.tifaRenamed(loaded.pack.name, entry.id, id));
      }
      const sourced = { ...entry, id };
      tifaIds.set(id, sourced);
      tifa.push({ entry: sourced, source, replacesBuiltIn: !earlier && builtInTifa.has(entry.id) });
    }
  }

  // Format profiles: every pack's; the first locked one is in force, later locked ones are ignored.
  const profiles: SourcedProfile[] = [];
  let lockedProfile: SourcedProfile | null = null;
  for (const loaded of packs) {
    const given = loaded.pack.formatProfile;
    if (!given) continue;
    const sourced: SourcedProfile = {
      profile: { ...structuredClone(given.profile), id: packProfileId(loaded.key, given.profile.id) },
      locked: given.locked,
      source: packSource(loaded),
    };
    profiles.push(sourced);
    if (!given.locked) continue;
    if (!lockedProfile) lockedProfile = sourced;
    else {
      const first = lockedProfile.source.kind === "pack" ? lockedProfile.source.name : untranslated("");
      notes.push(packsMessages.profileLockedEarlier(loaded.pack.name, first));
    }
  }

  // 二十一大 date: the same rule as the profile (the first locked one is in force).
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

  const figureIndicators = packs.flatMap((loaded) => loaded.pack.indicators ?? []);
  return {
    genres,
    snippets,
    snippetPacks,
    tifa,
    tifaEntries: tifa.map((t) => t.entry),
    figureIndicators,
    profiles,
    lockedProfile,
    congressDates,
    lockedCongressDate,
    notes,
  };
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
