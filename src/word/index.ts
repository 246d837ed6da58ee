/**
 * The task pane's one door into Word. Every function here runs its own Word.run batch with a
 * fixed number of context.sync() calls (stated on each, asserted by tests/word). Code outside
 * src/word imports from this file only (lint forbids deep imports).
 */
export { WordOperationError, describeWordError } from "./errors";
export { detectCapabilities, type Capabilities } from "./capabilities";
export { renumberDocument, type RenumberReport } from "./renumber";
export { checkDraft, fixAllFindings, fixFindings, selectFinding, type CheckRun, type FixResult } from "./checks";
export { fillPlaceholders, type FillReport, type FillRequest } from "./metricsFill";
export { formatDocument, type FormatProgress, type FormatReport } from "./format";
export { insertSkeletonBlock, type InsertBlockOptions, type InsertBlockResult } from "./skeleton";
export { readOutlineForSkeleton } from "./outlineSource";
export { insertSnippetText, readSelectionText } from "./snippets";
export { saveStoredValues } from "./metricsStore";
export { scanDocument, selectPlaceholder, type ScannedDocument } from "./metricsScan";
export { runDiagnostics, type DiagnosticsReport, type ProbeResult, type ProbeStatus } from "./diagnostics";
export { readDraftingSource, writeDraft, type DraftingSource, type DraftWriteRequest, type DraftWriteResult } from "./drafting";
