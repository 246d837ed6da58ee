/**
 * Content packs: an organisation's genres, snippets, 提法 entries and format profile in one
 * versioned JSON file; parsing (defensive), building for export, and merging with the built-ins.
 */
export {
  PACK_FORMAT,
  PACK_VERSION,
  PACK_ID_PATTERN,
  MAX_PACK_BYTES,
  MAX_PACK_GENRES,
  MAX_PACK_SNIPPETS,
  MAX_PACK_TIFA,
  packSchema,
  packFormatProfileSchema,
  packCongressDateSchema,
  type Pack,
  type PackFormatProfile,
  type PackCongressDate,
} from "./schema";
export { parsePack, packFromJson, DEFAULT_SNIPPET_FILE_PACK_NAME, type ParsePackOptions, type ParsePackResult } from "./parse";
export { buildPack, serializePack, packFileName, packCounts, type BuildPackInput, type PackCounts } from "./build";
export {
  mergeContent,
  describeContentSource,
  describeContentOrigin,
  packGenreId,
  packProfileId,
  packSource,
  sourceTag,
  type ContentSource,
  type LoadedPack,
  type MergedContent,
  type SourcedGenre,
  type SourcedProfile,
  type SourcedCongressDate,
  type SourcedTifa,
} from "./merge";
export type { PackProblem } from "./problems";
