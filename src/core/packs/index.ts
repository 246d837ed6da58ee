/**
 * Content packs: an organisation's genres, snippets, 提法 entries and format profile in one
 * versioned JSON file; parsing (defensive), building for export, and merging with the built-ins.
 */
export {
  PACK_FORMAT,
  PACK_VERSION,
  MAX_PACK_BYTES,
  MAX_PACK_GENRES,
  MAX_PACK_SNIPPETS,
  MAX_PACK_TIFA,
  packSchema,
  type Pack,
} from "./schema";
export { parsePack, packFromJson, DEFAULT_SNIPPET_FILE_PACK_NAME, type ParsePackResult } from "./parse";
export { buildPack, serializePack, packFileName, packCounts, type PackCounts } from "./build";
export { mergeContent, type MergedContent, type SourcedProfile } from "./merge";
export {
  mergeGenres,
  mergeCongressDates,
  describeContentSource,
  describeContentOrigin,
  packGenreId,
  sourceTag,
  type ContentSource,
  type LoadedPack,
  type Sourced,
  type SourcedGenre,
  type SourcedCongressDate,
} from "./sources";
