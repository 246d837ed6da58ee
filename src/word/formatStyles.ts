/**
 * What 一键排版 reads back from Word to report only what Word did: whether the official styles
 * arrived with their defined figures (before the signature is written), whether a paragraph's
 * direct formatting really overrides its style, and whether a style assignment cleared a person's
 * emphasis (bold, italic, underline, colour, highlight). Also the official-style check the
 * skeleton insert uses.
 */
import { OFFICIAL_STYLES, type OfficialStyleRole, type StyleDefinition } from "../core/format";

/** The emphasis a person may have given a paragraph by hand. */
export const EMPHASIS_KEYS = ["bold", "italic", "underline", "color", "highlightColor"] as const;
export type EmphasisKey = (typeof EMPHASIS_KEYS)[number];
export type Emphasis = Partial<Record<EmphasisKey, unknown>>;

/** Load paths of a paragraph's emphasis, for `paragraphs.load("items/…")` or `paragraph.load(…)`. */
export const emphasisPaths = (prefix = ""): string[] => EMPHASIS_KEYS.map((k) => `${prefix}font/${k}`);

export function emphasisOf(paragraph: Word.Paragraph): Emphasis {
  const font = paragraph.font;
  return { bold: font.bold, italic: font.italic, underline: font.underline, color: font.color, highlightColor: font.highlightColor };
}

/** Whether a read value is emphasis in its own right (not plain text, not mixed). */
function isEmphasis(key: EmphasisKey, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (key === "bold" || key === "italic") return value === true;
  if (key === "underline") return typeof value === "string" && value !== "None";
  if (key === "color") return typeof value === "string" && value !== "" && !/^(#?000000|automatic)$/i.test(value);
  return typeof value === "string" && value !== "" && value.toLowerCase() !== "none";
}

export interface EmphasisChange {
  /** Uniform emphasis the person gave the whole paragraph that the assignment removed: put back. */
  restore: Emphasis;
  /** Emphasis over part of the paragraph that changed (the API cannot put runs back one by one). */
  partLost: boolean;
}

/**
 * Compares a paragraph's emphasis before and after its style was assigned. `oldStyle` is the old
 * style's own font (null when the host cannot say): a value equal to it came from the style, not
 * from the person, and the new style may change it.
 */
export function emphasisChange(before: Emphasis, after: Emphasis, oldStyle: Emphasis | null): EmphasisChange {
  const change: EmphasisChange = { restore: {}, partLost: false };
  for (const key of EMPHASIS_KEYS) {
    const was = before[key];
    const now = after[key];
    if (was === null) {
      // Mixed before, uniform after: part of the paragraph lost its emphasis.
      if (now !== null && now !== undefined) change.partLost = true;
      continue;
    }
    if (!isEmphasis(key, was) || now === was) continue;
    if (oldStyle === null) {
      change.partLost = true;
      continue;
    }
    if (oldStyle[key] !== was) change.restore[key] = was;
  }
  return change;
}

/** Direct formatting that overrides the style, as read back (mixed values read as null). */
export function overridesStyle(paragraph: Word.Paragraph, definition: StyleDefinition | undefined, runIn: boolean): boolean {
  if (!definition?.paragraph) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.6;
  const font = paragraph.font;
  // A run-in heading mixes the body font with its heading sentence's character style: not an override.
  const fontOk = runIn || ((font.name === definition.font.latinFont || font.name === definition.font.eastAsianFont) && near(font.size, definition.font.sizePt));
  const indentOk = near(paragraph.firstLineIndent, definition.paragraph.firstLineIndentPt);
  const spacingOk = definition.paragraph.lineRule !== "exact" || near(paragraph.lineSpacing, definition.paragraph.lineSpacingPt);
  return !(fontOk && indentOk && spacingOk);
}

/** Load paths to verify a style package's marker paragraph against its style's definition. */
export const MARKER_PROOF = "text,style,alignment,firstLineIndent,lineSpacing,font/size,font/bold";

const ALIGN: Record<string, string> = { left: "Left", centered: "Centered", right: "Right", justified: "Justified" };

/**
 * Whether a marker paragraph, read back, shows its paragraph style with the defined figures: the
 * style name, size, bold, alignment, exact spacing and first-line indent.
 */
export function markerShowsDefinition(paragraph: Word.Paragraph, definition: StyleDefinition): boolean {
  const p = definition.paragraph;
  if (!p) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.6;
  return (
    paragraph.style === definition.style.name &&
    near(paragraph.font.size, definition.font.sizePt) &&
    paragraph.font.bold === definition.font.bold &&
    paragraph.alignment === ALIGN[p.alignment] &&
    (p.lineRule !== "exact" || near(paragraph.lineSpacing, p.lineSpacingPt)) &&
    near(paragraph.firstLineIndent, p.firstLineIndentPt)
  );
}

/** Names of the official styles. */
export const OFFICIAL_NAMES: ReadonlySet<string> = new Set(OFFICIAL_STYLES.map((s) => s.name));

/** Queued in a read sync: whether the document holds the official styles, by the product's signature. */
export interface OfficialStylesProbe {
  /** After the sync: the official style names present (empty when the signature is absent). */
  present(): ReadonlySet<string>;
}

/**
 * For the skeleton insert (src/word/skeleton.ts): queues, in its read sync, the signature that
 * says 一键排版 defined the official styles in this document (WordApi 1.3 custom property).
 */
export function queueOfficialStyles(context: Word.RequestContext, capabilities: { documentProperties: boolean }): OfficialStylesProbe {
  if (!capabilities.documentProperties) return { present: () => new Set() };
  const stored = context.document.properties.customProperties.getItemOrNullObject(SIGNATURE_PROPERTY);
  stored.load("value");
  // Read after the caller's sync.
  // eslint-disable-next-line office-addins/call-sync-before-read
  return { present: () => (stored.isNullObject ? new Set() : OFFICIAL_NAMES) };
}

/**
 * A skeleton paragraph in a document that has the official styles takes the role's official
 * style instead of direct formatting (so a later profile change reaches it). Returns whether it did.
 */
export function useOfficialStyle(paragraph: Word.Paragraph, role: OfficialStyleRole, present: ReadonlySet<string>): boolean {
  const style = OFFICIAL_STYLES.find((s) => s.role === role && s.type === "paragraph");
  if (!style || !present.has(style.name)) return false;
  paragraph.style = style.name;
  return true;
}

/** Custom document property holding the signature of the official styles (format.ts writes it). */
export const SIGNATURE_PROPERTY = "ReportComposerStyles";
