/** Metrics: validating, wording, filling, storing and importing the figures of a report; the form. */
export { validateValue } from "./validate";
export type { ValidationResult } from "./validate";
export { formatNumber } from "./format";
export { growthWording, rateChangeWording, fillGrowthSentence, signedValueOf } from "./growth";
export type { GrowthResult } from "./growth";
export { changePhrase } from "./wording";
export { planFill, verifyEdit, applyEditsToText } from "./fill";
export type { FillEdit, DerivedWordings } from "./fill";
export {
  serializeStoredValues,
  parseStoredValues,
  carryOver,
  splitKey,
  mergeKey,
  growthKey,
  isFormKey,
  dismissedFindings,
  withDismissal,
  withFieldValue,
  formFiguresOf,
  METRICS_NAMESPACE,
  MAX_STORED_CHARS,
  MAX_STORED_ENTRIES,
} from "./storage";
export type { StoredValues } from "./storage";
export { parseValueTable, readValueTable, decodeTableFile, importSizeError, matchImportedValues, normalizeFieldName, countLineBreaks, withoutBracketed, TABLE_ENCODINGS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type TableEncoding } from "./importTable";
export type { ImportedRow, MatchResult } from "./importTable";
export * from "./form";
