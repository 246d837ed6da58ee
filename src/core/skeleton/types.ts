/** Paragraph-level description of a report skeleton, independent of Word. */
import type { OutlineChange } from "../outline/types";

export type SkeletonRole =
  | "title"
  | "subtitle"
  | "addressee"
  | "opening"
  | "heading1"
  | "heading2"
  | "heading3"
  | "body"
  | "closing"
  | "signature"
  | "date";

/** Literal text, or a metric slot that the Word layer turns into a content control. */
export type SkeletonSegment = { text: string } | { metric: string };

export interface SkeletonParagraph {
  role: SkeletonRole;
  /** Heading level for heading roles. */
  level?: 1 | 2 | 3 | 4;
  /** Heading ordinal with its punctuation, "一、" or "（二）"; the paragraph is ordinal + segments. */
  ordinal?: string;
  segments: SkeletonSegment[];
  /** The catalog section (or subsection) this paragraph belongs to. */
  sectionId?: string;
}

export interface BuildSkeletonOptions {
  /** Ordered ids of level-1 and level-2 sections to include; default: all non-optional, catalog order. */
  sections?: readonly string[];
  /** Field values; blank or missing fields render as their placeholder (×××, 20XX). */
  fields?: Readonly<Record<string, string>>;
  /** The 党的二十一大's opening date as the organisation set it ("2027-10-18"); absent: not known, nothing switches. */
  congressDate?: string;
  /** Title, addressee, opening, closing, signature, date; default true. */
  includeFrame?: boolean;
  /** Number of the first level-1 section; default 1. */
  level1Start?: number;
}

export interface InsertionPlan {
  /**
   * The block goes right after doc[insertAfter] (-1: at the very start). When
   * replaceCursorParagraph is true, the block takes the place of doc[insertAfter + 1], the empty
   * cursor paragraph.
   */
  insertAfter: number;
  replaceCursorParagraph: boolean;
  /**
   * The cursor was in or after the document's closing signature block (署名、日期): the block goes
   * right before it (after the last text above it) instead, and insertAfter says so.
   */
  beforeSignature: boolean;
  /** The block with its heading ordinals set to what its position calls for. */
  block: SkeletonParagraph[];
  /** Ordinal fixes to existing paragraphs, indices and offsets in the ORIGINAL doc. */
  changes: OutlineChange[];
  /**
   * The block's title and level-1 headings (text without ordinal) that the document already
   * holds: inserting a whole skeleton a second time would repeat them, so the caller can ask first.
   */
  alreadyPresent: string[];
}
