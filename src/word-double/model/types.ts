/** Shapes of the model: runs, positions, anchors, controls, and the paragraphs a test gives the double. */
import type { RunRich } from "../rich";
import type { FontProps, LineRule, ParaFormat } from "../styles";
import type { ParagraphNode } from "./paragraphNode";

export interface ParagraphProps extends ParaFormat {
  /** Localized name of the paragraph's style (what word.paragraph#style returns). */
  style: string;
  /** Word.BuiltInStyleName of the style, "Other" for a custom one. */
  styleBuiltIn: string;
  inTable: boolean;
}

export interface Run {
  text: string;
  /** Effective formatting (style, then character style, then direct), kept up to date by `restyle`. */
  font: FontProps;
  /** Content control ids, outermost first. */
  ccs: number[];
  /** Direct character formatting: what overrides the styles. */
  direct: Partial<FontProps>;
  /** Id of the character style applied to this run. */
  charStyle?: string;
  /** Hyperlink, field, footnote, picture, revision (see rich.ts). */
  rich?: RunRich;
}

/** How new text is formatted: the effective font plus where it comes from. */
export interface RunAttrs {
  font: FontProps;
  ccs: number[];
  direct: Partial<FontProps>;
  charStyle?: string;
  rich?: RunRich;
}

export interface Pos {
  para: ParagraphNode;
  offset: number;
}

/** A live position. "after" anchors move past text inserted exactly at them, "before" ones stay. */
export interface Anchor extends Pos {
  side: "before" | "after";
  released?: boolean;
  /** Its place was inside (or at the edge of) text that was deleted (modes.ts deletedRange). */
  swallowed?: boolean;
  /** Syncs done when it was made (modes.ts rangeGrowth: a later sync's text at its edge is a person's typing). */
  bornAt?: number;
}

export interface ContentControlRecord {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  placeholderText: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  color: string;
  /** Paragraph that last held the control: a lookup hint, validated before use. */
  hint?: ParagraphNode;
}

export interface CustomXmlPartRecord {
  id: string;
  namespaceUri: string;
  xml: string;
}

export { DOC_DEFAULT_FONT as DEFAULT_FONT } from "../styles";

/** One run of a rich paragraph given to the double (ParagraphInit.runs). */
export interface RunInit {
  /** Text; a footnote reference is "\u0002" and a picture "\u0001" whatever is given. */
  text?: string;
  font?: Partial<FontProps>;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
  /** Localized name of a character style (registered as a custom one if the document lacks it). */
  charStyle?: string;
  /** Hyperlink target. */
  link?: string;
  /** Field code; the run's text is the field's result (e.g. code "PAGE", text "3"). */
  field?: string;
  /**
   * Runs (of any paragraphs) with the same group are one field, e.g. a TOC field whose result
   * spans several lines; without it every run with `field` is a field of its own.
   */
  fieldGroup?: string;
  /** Footnote text: the run becomes a footnote reference mark. */
  footnote?: string;
  /** An inline picture. */
  picture?: { width?: number; height?: number; altText?: string };
  /** Text inserted with Track Changes on (a tracked insertion). */
  revision?: "insert";
}

/** One paragraph of a document given to the double (see DoubleOptions.paragraphs). */
export interface ParagraphInit {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  alignment?: string;
  firstLineIndent?: number;
  firstLineChars?: number;
  leftIndent?: number;
  rightIndent?: number;
  rightChars?: number;
  lineSpacing?: number;
  lineRule?: LineRule;
  spaceBefore?: number;
  spaceAfter?: number;
  outlineLevel?: number;
  snapToGrid?: boolean;
  /** Direct font of the whole paragraph. */
  font?: Partial<FontProps>;
  inTable?: boolean;
  /** The text was typed through an IME (see modes.searchImeMiss). */
  ime?: boolean;
  /** Rich runs; when given, their texts replace `text`. */
  runs?: RunInit[];
  /** Bookmarks over [start, end) of this paragraph (hidden ones start with "_", e.g. _Toc…). */
  bookmarks?: Array<{ name: string; start: number; end: number }>;
  /** Comments anchored on [start, end) of this paragraph. */
  comments?: Array<{ id?: string; content: string; start: number; end: number }>;
}


export interface ContentControlInfo {
  id: number;
  tag: string;
  title: string;
  text: string;
  appearance: string;
  startParagraph: number;
  startOffset: number;
  endParagraph: number;
  endOffset: number;
}

export interface InitParagraph {
  text: string;
  ime?: boolean;
  props?: Partial<ParagraphProps>;
  font?: Partial<FontProps>;
  /** Runs as saved (snapshot): `direct` is their direct formatting, `font` the fallback. */
  runs?: Array<{ text: string; font?: Partial<FontProps>; ccs?: number[]; direct?: Partial<FontProps>; charStyle?: string; rich?: RunRich }>;
  richRuns?: RunInit[];
  bookmarks?: ParagraphInit["bookmarks"];
  comments?: ParagraphInit["comments"];
  /** Style id and direct formatting as saved (snapshot). */
  styleId?: string;
  direct?: Partial<ParaFormat>;
  markDirect?: Partial<FontProps>;
}
