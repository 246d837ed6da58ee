/**
 * Report skeletons: building them from catalog genres and planning their insertion into a
 * document with numbering that adapts to the insertion point.
 */
export type { SkeletonParagraph, SkeletonRole } from "./types";
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
  type OutlineGenreResult,
  type SourceParagraph,
} from "./fromOutline";
