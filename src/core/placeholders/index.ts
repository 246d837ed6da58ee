/** Placeholder scanning: find, classify, label and group the blanks of a template. */
export type { Placeholder, PlaceholderKind, FieldGroup, ContentControlInfo, ScanOptions } from "./types";
export { scanPlaceholders, forEachPlaceholderLabel, type PlaceholderLabel } from "./scan";
export { labelWrittenFigure, type LabelResult } from "./label";
export { groupPlaceholders, splitGroup, mergeGroups, splitGroupId } from "./groups";
export { NUMBER_UNITS, COUNT_UNITS, defaultDecimals, allowsNegative, isRateUnit } from "./units";
