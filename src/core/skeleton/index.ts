/**
 * Report skeletons: building them from catalog genres and planning their insertion into a
 * document with numbering that adapts to the insertion point.
 */
export type { BuildSkeletonOptions, InsertionPlan, SkeletonParagraph, SkeletonRole, SkeletonSegment } from "./types";
export { buildSection, buildSkeleton } from "./build";
export { planInsertion } from "./insertion";
export { paragraphText, skeletonTexts } from "./text";
