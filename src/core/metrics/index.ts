/** Metrics: validating, wording, filling, storing and importing the figures of a report. */
export type { Bilingual } from "../text/bilingual";
export { validateValue, toAsciiNumber } from "./validate";
export type { ValidationResult, FieldSpec, ValidateOptions } from "./validate";
export { formatNumber, roundTo } from "./format";
export { growthWording, rateChangeWording, fillGrowthSentence, growthVerbBefore } from "./growth";
export type { GrowthWording, GrowthUnavailable, GrowthResult, GrowthOptions, GrowthVerb, TextReplacement } from "./growth";
export { planFill, verifyEdit, applyEditsToText } from "./fill";
export type { FillEdit, FillPlan, DerivedWordings } from "./fill";
export { serializeStoredValues, parseStoredValues, carryOver, METRICS_NAMESPACE } from "./storage";
export type { StoredValues } from "./storage";
export { parseValueTable, matchImportedValues, normalizeFieldName } from "./importTable";
export type { ImportedRow, MatchResult } from "./importTable";
