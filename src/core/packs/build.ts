/**
 * Making a pack for export (a person's own snippets, genres and format profile, or an
 * administrator's pack) and writing it out. What is built is read back with the same checks an
 * import uses, so an exported file always imports.
 */
import type { TifaEntry } from "../checks/data/tifa";
import type { PackIndicator } from "../figures/index";
import type { FormatProfile } from "../format/types";
import type { Genre } from "../genres/schema";
import type { Snippet } from "../snippets/schema";
import type { Bilingual } from "../text/bilingual";
import { packFromJson, type ParsePackResult } from "./parse";
import { PACK_FORMAT, PACK_VERSION, type Pack } from "./schema";

export interface BuildPackInput {
  id: string;
  name: Bilingual;
  publisher?: string;
  description?: Bilingual;
  /** Defaults to today (ISO date). */
  updatedAt?: string;
  genres?: readonly Genre[];
  snippets?: readonly Snippet[];
  tifa?: readonly TifaEntry[];
  formatProfile?: { profile: FormatProfile; locked: boolean };
  /** 数据核对 indicators the organisation adds. */
  indicators?: readonly PackIndicator[];
  /** The 二十一大's opening date ("" = not yet held), and whether it is locked. */
  congressDate?: { date: string; locked: boolean };
}

/** Only a genre's own fields (a merged list adds its source). */
function plainGenre(genre: Genre): Genre {
  const { source: _source, originalId, ...rest } = genre as Genre & { source?: unknown; originalId?: string };
  return structuredClone({ ...rest, id: originalId ?? rest.id });
}

function plainSnippet(snippet: Snippet): Snippet {
  const { id, category, title, text, tags, years } = snippet;
  return { id, category, title, text, tags: [...tags], ...(years ? { years: [...years] } : {}) };
}

/** The pack for these parts, checked as an import would check it. Empty parts are left out. */
export function buildPack(input: BuildPackInput): ParsePackResult {
  const pack: Record<string, unknown> = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: input.id,
    name: { zh: input.name.zh, en: input.name.en },
  };
  if (input.publisher?.trim()) pack.publisher = input.publisher.trim();
  if (input.description) pack.description = { ...input.description };
  pack.updatedAt = input.updatedAt ?? new Date().toISOString().slice(0, 10);
  if (input.genres?.length) pack.genres = input.genres.map(plainGenre);
  if (input.snippets?.length) pack.snippets = input.snippets.map(plainSnippet);
  if (input.tifa?.length) pack.tifa = input.tifa.map((e) => structuredClone(e));
  if (input.indicators?.length) pack.indicators = input.indicators.map((e) => structuredClone(e));
  if (input.congressDate) pack.congressDate = { date: input.congressDate.date, locked: input.congressDate.locked };
  if (input.formatProfile) pack.formatProfile = { profile: structuredClone(input.formatProfile.profile), locked: input.formatProfile.locked };
  return packFromJson(JSON.parse(JSON.stringify(pack)) as unknown);
}

/** The file text of a pack: pretty-printed JSON, written out as UTF-8. */
export function serializePack(pack: Pack): string {
  return JSON.stringify(pack, null, 2) + "\n";
}

/** A file name for an exported pack: report-composer-pack-<id>-<date>.json. */
export function packFileName(pack: Pack, date: Date = new Date()): string {
  return `report-composer-pack-${pack.id}-${date.toISOString().slice(0, 10)}.json`;
}

export interface PackCounts {
  genres: number;
  snippets: number;
  tifa: number;
  /** 1 when the pack has a format profile. */
  profile: number;
  locked: boolean;
}

/** How many items of each kind a pack holds (shown in the list of sources). */
export function packCounts(pack: Pack): PackCounts {
  return {
    genres: pack.genres?.length ?? 0,
    snippets: pack.snippets?.length ?? 0,
    tifa: pack.tifa?.length ?? 0,
    profile: pack.formatProfile ? 1 : 0,
    locked: pack.formatProfile?.locked === true,
  };
}
