/**
 * The official styles (公文正文, 公文一级标题 …): how 一键排版 formats a document without rewriting
 * its content. Each paragraph is assigned one of these styles; the heading sentence of a run-in
 * heading gets a character style. The styles are defined once per document from the profile.
 *
 * - Ids are ASCII and names are the same in every Word language: `w:pStyle` needs an id, and Chinese
 *   Word's built-in ids ("1", "a3") differ from the English ones, so the built-ins are not used.
 * - Every style is fully specified and based on no other style: nothing leaks in from a template's
 *   Normal (multiple line spacing, space after, a different Chinese font).
 * - `snapToGrid` off in the paragraph properties: Chinese templates define a line grid
 *   (`linePitch` 312) that would stretch an exact 28 pt line to 31.2 pt. Per ECMA-376 this flag
 *   concerns the line pitch only; the run-level flag for the character grid is left alone.
 * - Widow control off: GB/T 9704 counts 22 lines on every page, and a widow/orphan rule would move
 *   single lines and leave pages one line short.
 */
import { MARKER_END } from "./marker";
import type { Alignment, FormatProfile, FormattedRole, RoleFormat } from "./types";
import {
  DOCUMENT_CONTENT_TYPE,
  escapeXml,
  OFFICE_DOCUMENT_REL,
  PKG_NS,
  ptToTwips,
  RELS_CONTENT_TYPE,
  RELS_NS,
  STYLES_CONTENT_TYPE,
  STYLES_REL,
  W_NS,
  wEmpty,
} from "./xml";

export type HeadingLevel = 1 | 2 | 3 | 4;
export type HeadingSentenceRole = `heading${HeadingLevel}Sentence`;
/** A paragraph role of the profile, a picture or its caption, or the heading sentence of a run-in heading of one level. */
export type OfficialStyleRole = FormattedRole | "picture" | "caption" | HeadingSentenceRole;

export interface OfficialStyle {
  role: OfficialStyleRole;
  /** ASCII style id, written in `w:pStyle` / `w:rStyle`. */
  id: string;
  /** Style name shown in Word, identical in every UI language. */
  name: string;
  type: "paragraph" | "character";
  /** 0–3 for the heading styles (Navigation Pane, table of contents). */
  outlineLevel?: number;
}

/** Signature and date end two characters in from the right margin (右空二字). */
export const CLOSING_RIGHT_INDENT_CHARS = 2;

const LEVEL_NAMES = ["一", "二", "三", "四"] as const;
const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

const paragraphStyle = (role: Exclude<OfficialStyleRole, HeadingSentenceRole>, id: string, name: string, outlineLevel?: number): OfficialStyle =>
  outlineLevel === undefined
    ? { role, id, name, type: "paragraph" }
    : { role, id, name, type: "paragraph", outlineLevel };

/**
 * Every official style, paragraph styles first. The heading sentence of a run-in heading
 * ("（一）抓实理论学习。认真落实……") needs the font of its level (楷体 at level 2, bold 仿宋 at
 * level 3 in the local-practice preset), so there is one character style per level.
 */
export const OFFICIAL_STYLES: readonly OfficialStyle[] = [
  paragraphStyle("title", "GongwenTitle", "公文标题"),
  paragraphStyle("subtitle", "GongwenSubtitle", "公文副标题"),
  paragraphStyle("addressee", "GongwenAddressee", "公文主送"),
  paragraphStyle("body", "GongwenBody", "公文正文"),
  ...LEVELS.map((level) =>
    paragraphStyle(`heading${level}`, `GongwenHeading${level}`, `公文${LEVEL_NAMES[level - 1]}级标题`, level - 1),
  ),
  paragraphStyle("signature", "GongwenSignature", "公文署名"),
  paragraphStyle("date", "GongwenDate", "公文日期"),
  // Pictures and their captions: centred, single spacing (exact spacing would crop a picture).
  paragraphStyle("picture", "GongwenPicture", "公文图片"),
  paragraphStyle("caption", "GongwenCaption", "公文图题"),
  ...LEVELS.map(
    (level): OfficialStyle => ({
      role: `heading${level}Sentence`,
      id: `GongwenHeading${level}Sentence`,
      name: `公文${LEVEL_NAMES[level - 1]}级标题句`,
      type: "character",
    }),
  ),
];

const BY_ROLE = new Map(OFFICIAL_STYLES.map((style) => [style.role, style]));

/** The official style of a role (every role has one). */
export function officialStyle(role: OfficialStyleRole): OfficialStyle {
  const style = BY_ROLE.get(role);
  if (!style) throw new RangeError(`No official style for ${role}`);
  return style;
}

/** The character style for the heading sentence of a run-in heading of a level. */
export const headingSentenceStyle = (level: HeadingLevel): OfficialStyle => officialStyle(`heading${level}Sentence`);

const BODY_ID = "GongwenBody";
const JC = { left: "left", centered: "center", right: "right", justified: "both" } as const;

/** Character formatting of a style. */
export interface StyleFontDefinition {
  eastAsianFont: string;
  latinFont: string;
  sizePt: number;
  bold: boolean;
}

/** Paragraph formatting of a paragraph style; lengths in points, indents also in characters. */
export interface StyleParagraphDefinition {
  alignment: Alignment;
  /** "exact": `lineSpacingPt` exactly; "single": Word's single spacing, growing with a picture (pictures, captions). */
  lineRule: "exact" | "single";
  /** Exact line spacing (`w:lineRule="exact"`); with lineRule "single", the profile's figure is not used. */
  lineSpacingPt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  leftIndentPt: number;
  firstLineIndentChars: number;
  firstLineIndentPt: number;
  rightIndentChars: number;
  rightIndentPt: number;
  keepWithNext: boolean;
  widowControl: boolean;
  /** Snap lines to the document grid: always false, so the exact spacing stands. */
  snapToGrid: boolean;
  /** 0–3 for headings; null for body text. */
  outlineLevel: number | null;
  /** The style of the paragraph Enter creates after this one. */
  nextStyleId: string;
}

/**
 * Every figure of one official style under a profile: the one source for the styles part and for
 * the Word layer's read-back of what arrived (font size, bold, alignment, spacing, indent).
 */
export interface StyleDefinition {
  style: OfficialStyle;
  font: StyleFontDefinition;
  /** Null for character styles. */
  paragraph: StyleParagraphDefinition | null;
}

function roleFormat(profile: FormatProfile, role: OfficialStyleRole): RoleFormat {
  // Pictures and captions: the body's fonts, centred, no indent.
  if (role === "picture" || role === "caption") return { ...profile.roles.body, alignment: "centered", firstLineIndentChars: 0 };
  const formatted = role.endsWith("Sentence") ? (role.slice(0, -"Sentence".length) as FormattedRole) : (role as FormattedRole);
  return profile.roles[formatted];
}

function paragraphDefinition(style: OfficialStyle, format: RoleFormat, profile: FormatProfile): StyleParagraphDefinition {
  const closing = style.role === "signature" || style.role === "date";
  const rightIndentChars = closing ? CLOSING_RIGHT_INDENT_CHARS : 0;
  const figure = style.role === "picture" || style.role === "caption";
  return {
    alignment: format.alignment,
    lineRule: figure ? "single" : "exact",
    lineSpacingPt: profile.lineSpacingPt,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    leftIndentPt: 0,
    firstLineIndentChars: format.firstLineIndentChars,
    firstLineIndentPt: format.firstLineIndentChars * format.sizePt,
    rightIndentChars,
    rightIndentPt: rightIndentChars * format.sizePt,
    // A heading (or the title) is not left alone at the foot of a page; a picture stays with its caption.
    keepWithNext: style.outlineLevel !== undefined || style.role === "title" || style.role === "picture",
    widowControl: false,
    snapToGrid: false,
    outlineLevel: style.outlineLevel ?? null,
    // Enter after any official paragraph continues in body text.
    nextStyleId: BODY_ID,
  };
}

/** The definition of every official style under a profile, in OFFICIAL_STYLES order. */
export function styleDefinitions(profile: FormatProfile): StyleDefinition[] {
  return OFFICIAL_STYLES.map((style) => {
    const format = roleFormat(profile, style.role);
    const font = { eastAsianFont: format.eastAsianFont, latinFont: format.latinFont, sizePt: format.sizePt, bold: format.bold };
    return { style, font, paragraph: style.type === "paragraph" ? paragraphDefinition(style, format, profile) : null };
  });
}

/**
 * `<w:rPr>` of a style. `w:hint="eastAsia"` only where the Latin and Chinese fonts differ: then
 * characters both scripts share (“ ” — …) take the Chinese font's full-width forms instead of
 * Times New Roman's narrow ones; with one font for both it would say nothing.
 */
function styleRunProperties(font: StyleFontDefinition): string {
  const halfPoints = Math.round(font.sizePt * 2);
  const fonts: Record<string, string> = { ascii: font.latinFont, hAnsi: font.latinFont, eastAsia: font.eastAsianFont };
  if (font.latinFont !== font.eastAsianFont) fonts.hint = "eastAsia";
  const bold: Record<string, number> = font.bold ? {} : { val: 0 };
  return (
    "<w:rPr>" +
    wEmpty("rFonts", fonts) +
    wEmpty("b", bold) +
    wEmpty("bCs", bold) +
    wEmpty("sz", { val: halfPoints }) +
    wEmpty("szCs", { val: halfPoints }) +
    "</w:rPr>"
  );
}

/** `<w:pPr>` of a paragraph style, children in the order of CT_PPrBase (ECMA-376 wml.xsd). */
function styleParagraphProperties(p: StyleParagraphDefinition): string {
  const indent: Record<string, number> = { left: ptToTwips(p.leftIndentPt), right: ptToTwips(p.rightIndentPt) };
  if (p.rightIndentChars > 0) indent.rightChars = Math.round(p.rightIndentChars * 100);
  indent.firstLine = ptToTwips(p.firstLineIndentPt);
  if (p.firstLineIndentChars > 0) indent.firstLineChars = Math.round(p.firstLineIndentChars * 100);
  const onOff = (on: boolean): Record<string, number> => (on ? {} : { val: 0 });
  return (
    "<w:pPr>" +
    (p.keepWithNext ? wEmpty("keepNext") : "") +
    wEmpty("widowControl", onOff(p.widowControl)) +
    wEmpty("snapToGrid", onOff(p.snapToGrid)) +
    wEmpty("spacing", {
      before: ptToTwips(p.spaceBeforePt),
      after: ptToTwips(p.spaceAfterPt),
      ...(p.lineRule === "exact" ? { line: ptToTwips(p.lineSpacingPt), lineRule: "exact" } : { line: 240, lineRule: "auto" }),
    }) +
    wEmpty("ind", indent) +
    wEmpty("jc", { val: JC[p.alignment] }) +
    (p.outlineLevel !== null ? wEmpty("outlineLvl", { val: p.outlineLevel }) : "") +
    "</w:pPr>"
  );
}

/** One `<w:style>`, children in the order of CT_Style. */
function styleXml({ style, font, paragraph }: StyleDefinition): string {
  return (
    `<w:style w:type="${style.type}" w:customStyle="1" w:styleId="${style.id}">` +
    wEmpty("name", { val: style.name }) +
    (paragraph ? wEmpty("next", { val: paragraph.nextStyleId }) : "") +
    wEmpty("qFormat") +
    (paragraph ? styleParagraphProperties(paragraph) : "") +
    styleRunProperties(font) +
    "</w:style>"
  );
}

/** A complete styles part (`<w:styles>`) defining every official style from the profile. */
export function stylesPart(profile: FormatProfile): string {
  return `<w:styles xmlns:w="${W_NS}">${styleDefinitions(profile).map(styleXml).join("")}</w:styles>`;
}

function textRun(text: string, characterStyleId?: string): string {
  const rPr = characterStyleId ? `<w:rPr>${wEmpty("rStyle", { val: characterStyleId })}</w:rPr>` : "";
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/**
 * The paragraphs of the style package: one per paragraph style and one holding a run in each
 * character style, every one starting with `marker` so the Word layer can find them by their
 * visible text (marker.ts) and delete them; then a closing marker paragraph in no style, since
 * the last paragraph of a package may lose its style or merge with its target (#2914, #2411).
 */
function markerParagraphs(marker: string): string {
  const styled = OFFICIAL_STYLES.map((style) => {
    const pStyle = style.type === "paragraph" ? style.id : BODY_ID;
    const runs = style.type === "paragraph" ? textRun(marker + style.name) : textRun(marker) + textRun(style.name, style.id);
    return `<w:p><w:pPr>${wEmpty("pStyle", { val: pStyle })}</w:pPr>${runs}</w:p>`;
  });
  return styled.join("") + `<w:p><w:pPr>${wEmpty("pStyle", { val: BODY_ID })}</w:pPr>${textRun(marker + MARKER_END)}</w:p>`;
}

function flatPart(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/**
 * A flat-OPC package for `insertOoxml` that brings the official styles into a document on every
 * host (style objects cannot carry exact spacing, snapToGrid or the East Asian font slot): a
 * styles part (Word ignores style references in an inserted document part that has none) and
 * several paragraphs (a one-paragraph package would take on the target paragraph's properties,
 * office-js #3149). A style the document already has keeps the document's definition on insert:
 * the Word layer compares `styleDefinitionSignature` and, on WordApi 1.5, deletes only styles
 * that carry the product's signature before inserting.
 */
export function stylesPackage(profile: FormatProfile, marker: string): string {
  if (!marker) throw new RangeError("stylesPackage needs a non-empty marker");
  const rels = (type: string, target: string) =>
    `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;
  return (
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    flatPart("/_rels/.rels", RELS_CONTENT_TYPE, rels(OFFICE_DOCUMENT_REL, "word/document.xml")) +
    flatPart(
      "/word/document.xml",
      DOCUMENT_CONTENT_TYPE,
      `<w:document xmlns:w="${W_NS}"><w:body>${markerParagraphs(marker)}</w:body></w:document>`,
    ) +
    flatPart("/word/_rels/document.xml.rels", RELS_CONTENT_TYPE, rels(STYLES_REL, "styles.xml")) +
    flatPart("/word/styles.xml", STYLES_CONTENT_TYPE, stylesPart(profile)) +
    "</pkg:package>"
  );
}

/** cyrb53: a fast, well-mixed 53-bit string hash (public-domain algorithm). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * A short stable fingerprint of every style definition under a profile: it changes exactly when
 * the styles part would. The Word layer stores it in the document to know whether styles that
 * are already there must be updated.
 */
export function styleDefinitionSignature(profile: FormatProfile): string {
  return `gw1-${hash53(stylesPart(profile))}`;
}
