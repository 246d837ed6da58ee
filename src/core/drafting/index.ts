/**
 * 起草助手, the pure part: prompts, the figure guard, the classified-text guard, the target of an
 * action, the endpoint rules, the errors' messages and the diff shown against the original.
 */
export { extractFigures, findUnsupportedFigures, parseChineseInteger, supportedFigureKeys, type Figure, type FigureKind, type FigureSources } from "./figures";
export { classificationRefusal, findClassificationMarkings, MARKING_HEAD_PARAGRAPHS, type ClassificationHit, type ClassificationLevel } from "./classification";
export { diffText, type DiffSegment } from "./diff";
export { BASE_SYSTEM_PROMPT, buildMessages, DRAFT_ACTIONS, requestSources, type ChatMessage, type DraftAction, type DraftRequest } from "./prompts";
export { answerParagraphs, splitInlineReasoning } from "./output";
export { connectAllowed, connectSources, draftingFromPacks, endpointProblem, normalizeEndpoint, packDraftingSchema, type DraftingConfig, type PackDrafting } from "./config";
export { describeDraftingError, type DraftingErrorKind } from "./errors";
export { findHint, findTarget, type DocumentPlace, type DraftTarget } from "./sections";
export { reviewDraft, type DraftReview } from "./review";
