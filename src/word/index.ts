/**
 * The task pane's one door into Word. Every function here runs its own Word.run batch with a
 * fixed number of context.sync() calls (stated on each, asserted by tests/word). Code outside
 * src/word imports from this file only (lint forbids deep imports).
 */
export { WordOperationError, describeWordError } from "./errors";
export { detectCapabilities } from "./capabilities";
export { renumberDocument } from "./renumber";
export { checkDraft, fixAllFindings, fixFindings, selectFinding } from "./checks";
export { fillPlaceholders, type FillReport } from "./metricsFill";
export { formatDocument, type ExistingStylesChoice, type FormatProgress, type FormatReport } from "./format";
export { undoFormat, type UndoFormatReport } from "./formatUndo";
export { insertSkeletonBlock, type InsertBlockResult } from "./skeleton";
export { readOutlineForSkeleton } from "./outlineSource";
export { insertSnippetText, readInsertionPoint, readSelectionText, type InsertionPoint } from "./snippets";
export { saveStoredValues } from "./metricsStore";
export { readFigureOptions, dismissFigureFinding, keepDocumentFigure, applyFormFigure } from "./figures";
export { scanDocument, selectPlaceholder, type ScannedDocument } from "./metricsScan";
export { readTitleCandidates, type TitleCandidates, type TitleChoice } from "./titleChoice";
export { runDiagnostics, type DiagnosticsCleanup, type DiagnosticsReport, type ProbeResult, type ProbeStatus } from "./diagnostics";
export { readDraftingSource, writeDraft } from "./drafting";
