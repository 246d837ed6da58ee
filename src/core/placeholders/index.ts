/** Placeholder scanning: find, classify, label and group the blanks of a template. */
export type { Placeholder, FieldGroup, ContentControlInfo } from "./types";
export { scanPlaceholders, forEachPlaceholderLabel, type PlaceholderLabel } from "./scan";
export { labelWrittenFigure } from "./label";
export { placeholderIn } from "./patterns";
export { groupPlaceholders, splitGroup, mergeGroups } from "./groups";
export { COUNT_UNITS, defaultDecimals } from "./units";
