/**
 * The task pane's one door into Word. Every function here runs its own Word.run batch with a
 * fixed number of context.sync() calls (stated on each, asserted by tests/word).
 */
export { WordOperationError, describeWordError } from "./errors";
export { detectCapabilities, type Capabilities } from "./capabilities";
export { renumberDocument, type RenumberReport } from "./renumber";
