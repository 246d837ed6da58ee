/** A paragraph of the model, its default properties and built-in style names. */
import { DOC_DEFAULT_PARAGRAPH, type FontProps, type LineRule, PARA_FORMAT_KEYS, type ParaFormat, builtInOfName } from "../styles";
import type { Anchor, ParagraphProps, Run } from "./types";

export const DEFAULT_PARAGRAPH: ParagraphProps = { ...DOC_DEFAULT_PARAGRAPH, style: "Normal", styleBuiltIn: "Normal", inTable: false };

/** BuiltInStyleName for a style name (English or Chinese UI name); "Other" for custom styles. */
export function builtInFromStyleName(name: string): string {
  return builtInOfName(name) ?? "Other";
}

let nextParagraphId = 1;

/**
 * A paragraph. Its ParaFormat fields hold the EFFECTIVE values (direct over style over basedOn),
 * recomputed by DocumentModel.restyle whenever the style, a style definition or the direct
 * formatting changes; `styleId` and `direct` are the source of truth.
 */
export class ParagraphNode implements ParagraphProps {
  readonly uid = nextParagraphId++;
  runs: Run[] = [];
  /** Font of the paragraph mark: what typing into an empty paragraph gets. */
  markFont: FontProps;
  /** Direct formatting of the paragraph mark. */
  markDirect: Partial<FontProps> = {};
  anchors = new Set<Anchor>();
  index = 0;
  deleted = false;
  /** Typed through an IME: search may miss it (modes.searchImeMiss, #5134). Not inherited by new paragraphs. */
  ime = false;
  /** Id of the paragraph style. */
  styleId = "Normal";
  /** Direct paragraph formatting (what overrides the style). */
  direct: Partial<ParaFormat> = {};
  style!: string;
  styleBuiltIn!: string;
  alignment!: string;
  firstLineIndent!: number;
  firstLineChars?: number;
  leftIndent!: number;
  rightIndent!: number;
  rightChars?: number;
  lineSpacing!: number;
  lineRule!: LineRule;
  spaceBefore!: number;
  spaceAfter!: number;
  outlineLevel?: number;
  snapToGrid!: boolean;
  inTable!: boolean;

  constructor(props: ParagraphProps, markFont: FontProps) {
    copyParagraphProps(this, props);
    this.markFont = { ...markFont };
  }

  get text(): string {
    let s = "";
    for (const r of this.runs) s += r.text;
    return s;
  }

  get length(): number {
    let n = 0;
    for (const r of this.runs) n += r.text.length;
    return n;
  }

  /** A new empty paragraph with this one's paragraph and mark formatting (what Enter produces). */
  cloneEmpty(): ParagraphNode {
    const last = this.runs.length ? this.runs[this.runs.length - 1]! : undefined;
    const node = new ParagraphNode(this, last ? last.font : this.markFont);
    node.styleId = this.styleId;
    node.direct = { ...this.direct };
    node.markDirect = { ...(last ? last.direct : this.markDirect) };
    return node;
  }
}

export const PARAGRAPH_KEYS: Array<keyof ParagraphProps> = ["style", "styleBuiltIn", ...PARA_FORMAT_KEYS, "inTable"];

/** Copies paragraph-level formatting from one paragraph (or props object) to another. */
export function copyParagraphProps(to: ParagraphProps, from: ParagraphProps): void {
  const t = to as unknown as Record<string, unknown>;
  const f = from as unknown as Record<string, unknown>;
  for (const k of PARAGRAPH_KEYS) t[k] = f[k];
}
