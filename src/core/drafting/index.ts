/**
 * 起草助手, the pure part: prompts, the figure guard, the classified-text guard, the target of an
 * action, the endpoint rules, the errors' messages and the diff shown against the original.
 */
export { extractFigures, findUnsupportedFigures, parseChineseInteger, type Figure } from "./figures";
export { classificationRefusal, findClassificationMarkings } from "./classification";
export { diffText, type DiffSegment } from "./diff";
export { buildMessages, DRAFT_ACTIONS, requestSources, type ChatMessage, type DraftAction, type DraftRequest } from "./prompts";
export { answerParagraphs, splitInlineReasoning } from "./output";
export { connectAllowed, connectSources, draftingFromPacks, endpointProblem, normalizeEndpoint, packDraftingSchema, type DraftingConfig } from "./config";
export { describeDraftingError, type DraftingErrorKind } from "./errors";
export { findHint, findTarget, type DraftTarget } from "./sections";
export { reviewDraft } from "./review";
