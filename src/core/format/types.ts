/** What a paragraph is in the layout of an official report. */
export type ParagraphRole =
  | "title"
  | "subtitle"
  | "addressee"
  | "heading1"
  | "heading2"
  | "heading3"
  | "heading4"
  | "body"
  | "signature"
  | "date"
  | "empty"
  /** A paragraph holding an inline picture or chart: never exact line spacing (it would crop it to one line). */
  | "picture"
  /** A figure caption ("图1 …") next to a picture paragraph. */
  | "caption"
  /** A table-of-contents line (Toc1–9 style, or "…\t3"): keeps its style. */
  | "toc"
  /** A line of a 版头 above the title (份号, 密级, 发文机关标志 …): left as it is. */
  | "masthead"
  /** A template or advertising line above the title (a site name, a slogan): left unstyled, reported. */
  | "template";

/** Roles 一键排版 leaves alone: no style is assigned to their paragraphs. */
export const UNFORMATTED_ROLES = ["empty", "toc", "masthead", "template"] as const;
export type UnformattedRole = (typeof UNFORMATTED_ROLES)[number];

/** Roles a profile gives a format to; unformatted ones take the body format's figures, pictures and captions derive theirs from it. */
export type FormattedRole = Exclude<ParagraphRole, UnformattedRole | "picture" | "caption">;

export const FORMATTED_ROLES: readonly FormattedRole[] = [
  "title",
  "subtitle",
  "addressee",
  "heading1",
  "heading2",
  "heading3",
  "heading4",
  "body",
  "signature",
  "date",
];

export type Alignment = "left" | "centered" | "right" | "justified";

/** Character formatting and paragraph layout of one role. */
export interface RoleFormat {
  /** Font for Chinese characters (Word's East Asian slot). */
  eastAsianFont: string;
  /** Font for Latin letters and digits (ascii / hAnsi slots). */
  latinFont: string;
  sizePt: number;
  bold: boolean;
  alignment: Alignment;
  firstLineIndentChars: number;
}

export interface PageMarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A complete official-format specification. */
export interface FormatProfile {
  id: string;
  name: { zh: string; en: string };
  pageMargins: PageMarginsMm;
  /** Exact line spacing in points (GB/T 9704 practice: 28–29.5). */
  lineSpacingPt: number;
  /** Default first-line indent of body text, in characters. */
  firstLineIndentChars: number;
  roles: Record<FormattedRole, RoleFormat>;
}

/** The format planned for one paragraph. Formatting never changes the text. */
export interface ParagraphFormat {
  paragraph: number;
  role: ParagraphRole;
  eastAsianFont: string;
  latinFont: string;
  sizePt: number;
  bold: boolean;
  alignment: Alignment;
  firstLineIndentChars: number;
  /** First-line indent in points: characters × font size. */
  firstLineIndentPt: number;
  lineSpacingPt: number;
}
