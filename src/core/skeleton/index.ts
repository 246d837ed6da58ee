/**
 * Report skeletons: building them from catalog genres and planning their insertion into a
 * document with numbering that adapts to the insertion point.
 */
export type { BuildSkeletonOptions, InsertionPlan, SkeletonParagraph, SkeletonRole, SkeletonSegment } from "./types";
export { buildSection, buildSkeleton } from "./build";
export { planInsertion } from "./insertion";
export { paragraphText, skeletonTexts } from "./text";
export {
  cleanHeading,
  genreFromOutline,
  suggestedName,
  uniqueSlug,
  MAX_EXAMPLE_CHARS,
  MAX_HINT_CHARS,
  type OutlineGenreOptions,
  type OutlineGenreResult,
  type OutlineGenreStats,
  type SourceParagraph,
} from "./fromOutline";
