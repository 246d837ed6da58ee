/**
 * In-memory document model behind the Word double.
 *
 * Paragraphs hold runs (text + font + the ids of the content controls the text belongs to).
 * Positions are (paragraph node, offset). Live positions are `Anchor`s registered on their
 * paragraph, so an edit only adjusts the anchors of the paragraphs it touches.
 */
export type { FontProps } from "../styles";
export * from "./types";
export * from "./paragraphNode";
export * from "./init";
export * from "./documentModel";
