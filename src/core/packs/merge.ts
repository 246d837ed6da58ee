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
import { mergeCongressDates, mergeGenres, packSource, sourceTag, type ContentSource, type LoadedPack, type SourcedCongressDate, type SourcedGenre } from "./sources";

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

/** Id of a pack's format profile in the merged list. */
export function packProfileId(key: string, id: string): string {
  return `p${sourceTag(key)}:${id}`;
}

const sameEntry = (a: TifaEntry, b: TifaEntry) => JSON.stringify({ ...a, id: "" }) === JSON.stringify({ ...b, id: "" });

export function mergeContent(
  builtIn: { genres: readonly Genre[]; snippets?: readonly Snippet[]; tifa?: readonly TifaEntry[] },
  personal: { genres?: readonly Genre[]; snippets?: readonly Snippet[] },
  packs: readonly LoadedPack[],
): MergedContent {
  const notes: Bilingual[] = [];

  const genres = mergeGenres(builtIn.genres, personal.genres ?? [], packs);

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
  const { congressDates, lockedCongressDate } = mergeCongressDates(packs, notes);

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

