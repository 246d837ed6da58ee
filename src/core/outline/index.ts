/**
 * Outline of a report: headings 一、（一）1.（1）, in-paragraph points 一是/第一，, the ordinal
 * each position calls for, and renumbering.
 */
export type { OrdinalStyle, OutlineChange, OutlineEntry, OutlineLevel, RenumberResult } from "./types";
export { readOutline, readOutlineWithForms, type FormedEntry } from "./readOutline";
export { applyChanges, changesFor, renumber } from "./renumber";
export { contentStart, formatOrdinal, matchHeadingOrdinal, type OrdinalForm } from "./ordinals";
export { canonicalOrdinal, leadingOrdinalFix, wrongLeadingOrdinalSpan, type OrdinalFormFix } from "./forms";
export { readOutlineLenient } from "./lenient";
export { LEADING_ORDINAL, leadingSpace, startsWithOrdinal } from "./leading";
export { findPunctuatedTitleIndex, findTitleIndex, TITLE_MAX_CHARS } from "./title";
