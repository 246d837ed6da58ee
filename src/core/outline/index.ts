/**
 * Outline of a report: headings 一、（一）1.（1）, in-paragraph points 一是/第一，, the ordinal
 * each position calls for, and renumbering.
 */
export type { OutlineChange } from "./types";
export { readOutline } from "./readOutline";
export { applyChanges, renumber } from "./renumber";
export { contentStart, formatOrdinal, matchHeadingOrdinal } from "./ordinals";
export { canonicalOrdinal, leadingOrdinalFix, wrongLeadingOrdinalSpan } from "./forms";
export { readOutlineLenient } from "./lenient";
export { startsWithOrdinal } from "./leading";
export { findPunctuatedTitleIndex } from "./title";
