/** Metrics: validating, wording, filling, storing and importing the figures of a report; the form. */
export type { Bilingual } from "../text/bilingual";
export { validateValue, toAsciiNumber } from "./validate";
export type { ValidationResult, FieldSpec, ValidateOptions } from "./validate";
export { formatNumber, roundTo } from "./format";
export { growthWording, rateChangeWording, fillGrowthSentence, signedValueOf } from "./growth";
export type { GrowthWording, GrowthUnavailable, GrowthResult, GrowthOptions, GrowthVerb, TextReplacement } from "./growth";
export { changePhrase, changeWordBefore, changeClassOf, directionOf, CHANGE_VERBS, DEFAULT_VERBS, RATE_NOUNS } from "./wording";
export type { ChangeClass, ChangeDirection } from "./wording";
export { planFill, verifyEdit, applyEditsToText } from "./fill";
export type { FillEdit, FillPlan, DerivedWordings } from "./fill";
export {
  serializeStoredValues,
  parseStoredValues,
  carryOver,
  splitKey,
  mergeKey,
  growthKey,
  isFormKey,
  dismissedKey,
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
export type { ImportedRow, MatchResult, DecodedFile } from "./importTable";
export * from "./form";
