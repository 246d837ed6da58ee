/**
 * In-memory document model behind the Word double.
 *
 * Paragraphs hold runs (text + font + the ids of the content controls the text belongs to).
 * Positions are (paragraph node, offset). Live positions are `Anchor`s registered on their
 * paragraph, so an edit only adjusts the anchors of the paragraphs it touches.
 */

export interface FontProps {
  name: string;
  nameFarEast: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
}

export type LineRule = "multiple" | "exact" | "atLeast";

export interface ParagraphProps {
  style: string;
  styleBuiltIn: string;
  alignment: string;
  firstLineIndent: number;
  /** Character-unit first-line indent (w:firstLineChars, hundredths of a character), OOXML only. */
  firstLineChars?: number;
  leftIndent: number;
  lineSpacing: number;
  lineRule: LineRule;
  spaceBefore: number;
  spaceAfter: number;
  outlineLevel?: number;
  inTable: boolean;
}

export interface Run {
  text: string;
  font: FontProps;
  /** Content control ids, outermost first. */
  ccs: number[];
}

export interface Pos {
  para: ParagraphNode;
  offset: number;
}

/** A live position. "after" anchors move past text inserted exactly at them, "before" ones stay. */
export interface Anchor extends Pos {
  side: "before" | "after";
  released?: boolean;
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

export const DEFAULT_FONT: FontProps = {
  name: "Calibri",
  nameFarEast: "等线",
  size: 10.5,
  bold: false,
  italic: false,
  color: "#000000",
};

export const DEFAULT_PARAGRAPH: ParagraphProps = {
  style: "Normal",
  styleBuiltIn: "Normal",
  alignment: "Left",
  firstLineIndent: 0,
  leftIndent: 0,
  lineSpacing: 12,
  lineRule: "multiple",
  spaceBefore: 0,
  spaceAfter: 0,
  inTable: false,
};

const BUILT_IN_NAMES: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  ListParagraph: "List Paragraph",
  Quote: "Quote",
  IntenseQuote: "Intense Quote",
  Caption: "Caption",
  Header: "Header",
  Footer: "Footer",
  FootnoteText: "Footnote Text",
  EndnoteText: "Endnote Text",
  NoSpacing: "No Spacing",
  TableOfAuthorities: "Table of Authorities",
};
for (let i = 1; i <= 9; i++) {
  BUILT_IN_NAMES[`Heading${i}`] = `Heading ${i}`;
  BUILT_IN_NAMES[`Toc${i}`] = `TOC ${i}`;
}
const CHINESE_NAMES: Record<string, string> = { 正文: "Normal", 标题: "Title", 副标题: "Subtitle", 列表段落: "ListParagraph" };
for (let i = 1; i <= 9; i++) CHINESE_NAMES[`标题 ${i}`] = `Heading${i}`;

/** English style name Word shows for a BuiltInStyleName value, or undefined if unknown. */
export function builtInStyleName(builtIn: string): string | undefined {
  return BUILT_IN_NAMES[builtIn];
}

/** BuiltInStyleName for a style name (English or Chinese UI name); "Other" for custom styles. */
export function builtInFromStyleName(name: string): string {
  for (const [key, english] of Object.entries(BUILT_IN_NAMES)) if (english.toLowerCase() === name.toLowerCase()) return key;
  return CHINESE_NAMES[name] ?? "Other";
}

let nextParagraphId = 1;

export class ParagraphNode implements ParagraphProps {
  readonly uid = nextParagraphId++;
  runs: Run[] = [];
  /** Font of the paragraph mark: what typing into an empty paragraph gets. */
  markFont: FontProps;
  anchors = new Set<Anchor>();
  index = 0;
  deleted = false;
  /** Typed through an IME: search may miss it (modes.searchImeMiss, #5134). Not inherited by new paragraphs. */
  ime = false;
  style!: string;
  styleBuiltIn!: string;
  alignment!: string;
  firstLineIndent!: number;
  firstLineChars?: number;
  leftIndent!: number;
  lineSpacing!: number;
  lineRule!: LineRule;
  spaceBefore!: number;
  spaceAfter!: number;
  outlineLevel?: number;
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
    const font = this.runs.length ? this.runs[this.runs.length - 1]!.font : this.markFont;
    return new ParagraphNode(this, font);
  }
}

const PARAGRAPH_KEYS: Array<keyof ParagraphProps> = [
  "style", "styleBuiltIn", "alignment", "firstLineIndent", "firstLineChars", "leftIndent", "lineSpacing",
  "lineRule", "spaceBefore", "spaceAfter", "outlineLevel", "inTable",
];

/** Copies paragraph-level formatting from one paragraph (or props object) to another. */
export function copyParagraphProps(to: ParagraphProps, from: ParagraphProps): void {
  const t = to as unknown as Record<string, unknown>;
  const f = from as unknown as Record<string, unknown>;
  for (const k of PARAGRAPH_KEYS) t[k] = f[k];
}

function sameFont(a: FontProps, b: FontProps): boolean {
  return a.name === b.name && a.nameFarEast === b.nameFarEast && a.size === b.size && a.bold === b.bold && a.italic === b.italic && a.color === b.color;
}

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Common prefix of two content-control stacks: the controls enclosing both. */
function commonIds(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length && i < b.length && a[i] === b[i]; i++) out.push(a[i]!);
  return out;
}

/** One paragraph of a document given to the double (see DoubleOptions.paragraphs). */
export interface ParagraphInit {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  alignment?: string;
  firstLineIndent?: number;
  leftIndent?: number;
  lineSpacing?: number;
  lineRule?: LineRule;
  spaceBefore?: number;
  spaceAfter?: number;
  font?: Partial<FontProps>;
  inTable?: boolean;
  /** The text was typed through an IME (see modes.searchImeMiss). */
  ime?: boolean;
}

/** Converts the friendly paragraph form into the model's init form. */
export function toInitParagraph(p: string | ParagraphInit): InitParagraph {
  if (typeof p === "string") return { text: p };
  const { text, font, ime, ...rest } = p;
  const props: Partial<ParagraphProps> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (props as Record<string, unknown>)[k] = v;
  return { text, props, font, ime };
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
  runs?: Array<{ text: string; font?: Partial<FontProps>; ccs?: number[] }>;
}

export class DocumentModel {
  paragraphs: ParagraphNode[] = [];
  contentControls = new Map<number, ContentControlRecord>();
  customXmlParts: CustomXmlPartRecord[] = [];
  /** Word `document.settings` (WordApi 1.4), stored in the file. */
  settings = new Map<string, unknown>();
  /** `Office.context.document.settings` as last saved with saveAsync. */
  savedOfficeSettings: Record<string, unknown> = {};
  selection: { start: Anchor; end: Anchor };
  /** The Find pane is open: every search fails with SearchDialogIsOpen (Word.ErrorCodes; review A.11). */
  findPaneOpen = false;
  /** Paragraphs of the page header story: outside the body, reachable only through the selection. */
  header: ParagraphNode[] = [];
  /** Bumped on every mutation, so a sync can tell whether the document changed. */
  version = 0;
  private indexDirty = true;
  private nextCcId = 1;
  private nextPartId = 1;

  constructor(init: InitParagraph[] = []) {
    this.selection = this.placeholderSelection();
    this.replaceAll(init);
  }

  private placeholderSelection(): { start: Anchor; end: Anchor } {
    const p = new ParagraphNode(DEFAULT_PARAGRAPH, DEFAULT_FONT);
    return { start: { para: p, offset: 0, side: "before" }, end: { para: p, offset: 0, side: "before" } };
  }

  /** Replaces the whole document (content controls are dropped); the selection goes to the start. */
  replaceAll(init: InitParagraph[]): void {
    for (const p of this.paragraphs) p.deleted = true;
    this.contentControls.clear();
    const list = init.length ? init : [{ text: "" }];
    this.paragraphs = list.map((ip) => {
      const node = new ParagraphNode({ ...DEFAULT_PARAGRAPH, ...ip.props }, { ...DEFAULT_FONT, ...ip.font });
      const runs = ip.runs ?? (ip.text ? [{ text: ip.text }] : []);
      node.runs = runs.map((r) => ({ text: r.text, font: { ...node.markFont, ...r.font }, ccs: r.ccs ?? [] }));
      if (ip.props?.styleBuiltIn && !ip.props.style) node.style = builtInStyleName(ip.props.styleBuiltIn) ?? ip.props.styleBuiltIn;
      if (ip.props?.style && !ip.props.styleBuiltIn) node.styleBuiltIn = builtInFromStyleName(ip.props.style);
      node.ime = !!ip.ime;
      return node;
    });
    this.indexDirty = true;
    const first = this.paragraphs[0]!;
    this.selection = { start: this.anchor({ para: first, offset: 0 }, "before"), end: this.anchor({ para: first, offset: 0 }, "after") };
    this.version++;
  }

  /** Replaces the whole document with these paragraphs (used by the preview). */
  load(paragraphs: Array<string | ParagraphInit>): void {
    this.replaceAll(paragraphs.map(toInitParagraph));
  }

  // ---------- reading ----------

  /** Content controls in document order with their location. */
  controls(): ContentControlInfo[] {
    const out: ContentControlInfo[] = [];
    for (const id of this.controlsIn()) {
      const rec = this.contentControls.get(id)!;
      const ext = this.controlExtent(id);
      if (!ext) continue;
      out.push({
        id, tag: rec.tag, title: rec.title, appearance: rec.appearance, text: this.textBetween(ext.start, ext.end),
        startParagraph: this.indexOf(ext.start.para), startOffset: ext.start.offset,
        endParagraph: this.indexOf(ext.end.para), endOffset: ext.end.offset,
      });
    }
    return out;
  }

  /** All paragraph texts joined with "\n". */
  text(): string {
    return this.paragraphs.map((p) => p.text).join("\n");
  }

  indexOf(p: ParagraphNode): number {
    if (this.indexDirty) {
      this.paragraphs.forEach((q, i) => (q.index = i));
      this.indexDirty = false;
    }
    return p.deleted ? -1 : p.index;
  }

  compare(a: Pos, b: Pos): number {
    if (a.para !== b.para) return this.indexOf(a.para) - this.indexOf(b.para);
    return a.offset - b.offset;
  }

  start(): Pos {
    return { para: this.paragraphs[0]!, offset: 0 };
  }

  end(): Pos {
    const last = this.paragraphs[this.paragraphs.length - 1]!;
    return { para: last, offset: last.length };
  }

  /** Paragraphs from a's paragraph to b's paragraph inclusive. */
  paragraphsBetween(a: Pos, b: Pos): ParagraphNode[] {
    if (a.para === b.para) return [a.para]; // also right for paragraphs outside the body (header)
    return this.paragraphs.slice(this.indexOf(a.para), this.indexOf(b.para) + 1);
  }

  /** Text between two positions; paragraphs are separated by "\r" as in Word's Range.text. */
  textBetween(a: Pos, b: Pos): string {
    if (a.para === b.para) return a.para.text.slice(a.offset, b.offset);
    const paras = this.paragraphsBetween(a, b);
    return paras
      .map((p, i) => (i === 0 ? p.text.slice(a.offset) : i === paras.length - 1 ? p.text.slice(0, b.offset) : p.text))
      .join("\r");
  }

  /** Runs (clipped) between two positions within one paragraph. */
  runsIn(p: ParagraphNode, from: number, to: number): Run[] {
    const out: Run[] = [];
    let at = 0;
    for (const r of p.runs) {
      const end = at + r.text.length;
      if (r.text.length === 0 ? at >= from && at <= to : end > from && at < to) {
        out.push({ ...r, text: r.text.slice(Math.max(0, from - at), Math.min(r.text.length, to - at)) });
      }
      at = end;
    }
    return out;
  }

  /** Font over a span: a property is null where the runs disagree (as Word reports mixed formatting). */
  fontOver(a: Pos, b: Pos): { [K in keyof FontProps]: FontProps[K] | null } {
    const fonts: FontProps[] = [];
    for (const p of this.paragraphsBetween(a, b)) {
      const from = p === a.para ? a.offset : 0;
      const to = p === b.para ? b.offset : p.length;
      for (const r of this.runsIn(p, from, to)) if (r.text) fonts.push(r.font);
    }
    if (!fonts.length) fonts.push(this.attrsAt(a).font);
    const out = { ...fonts[0]! } as Record<string, unknown>;
    for (const f of fonts) for (const k of Object.keys(out)) if (out[k] !== (f as unknown as Record<string, unknown>)[k]) out[k] = null;
    return out as { [K in keyof FontProps]: FontProps[K] | null };
  }

  /** Formatting new text typed at a position gets: the font before it, the controls enclosing both sides. */
  attrsAt(pos: Pos): { font: FontProps; ccs: number[] } {
    const { para, offset } = pos;
    let before: Run | undefined;
    let after: Run | undefined;
    let at = 0;
    for (const r of para.runs) {
      const end = at + r.text.length;
      if (r.text.length && end <= offset) before = r;
      if (r.text.length && at < offset && end > offset) before = after = r;
      if (r.text.length && at >= offset && !after) after = r;
      at = end;
    }
    const font = (before ?? after)?.font ?? para.markFont;
    const ccs = before && after ? commonIds(before.ccs, after.ccs) : [];
    return { font: { ...font }, ccs };
  }

  // ---------- anchors ----------

  anchor(pos: Pos, side: "before" | "after"): Anchor {
    const a: Anchor = { para: pos.para, offset: pos.offset, side };
    pos.para.anchors.add(a);
    return a;
  }

  release(a: Anchor): void {
    a.released = true;
    a.para.anchors.delete(a);
  }

  private moveAnchor(a: Anchor, para: ParagraphNode, offset: number): void {
    if (a.para !== para) {
      a.para.anchors.delete(a);
      para.anchors.add(a);
      a.para = para;
    }
    a.offset = offset;
  }

  // ---------- editing primitives ----------

  private touch(): void {
    this.version++;
  }

  /** Splits runs so a run boundary falls at offset; returns the index of the first run at/after it. */
  private cut(p: ParagraphNode, offset: number): number {
    let at = 0;
    for (let i = 0; i < p.runs.length; i++) {
      const r = p.runs[i]!;
      if (at === offset) return i;
      const end = at + r.text.length;
      if (offset < end) {
        const head = { ...r, text: r.text.slice(0, offset - at) };
        const tail = { ...r, font: { ...r.font }, ccs: [...r.ccs], text: r.text.slice(offset - at) };
        p.runs.splice(i, 1, head, tail);
        return i + 1;
      }
      at = end;
    }
    return p.runs.length;
  }

  private normalize(p: ParagraphNode): void {
    const out: Run[] = [];
    for (const r of p.runs) {
      const prev = out[out.length - 1];
      if (prev && sameIds(prev.ccs, r.ccs) && (sameFont(prev.font, r.font) || !r.text || !prev.text)) {
        if (!prev.text) prev.font = r.font;
        prev.text += r.text;
        continue;
      }
      out.push(r);
    }
    // An empty run survives only as the placeholder of an otherwise empty content control.
    p.runs = out.filter((r, i) => {
      if (r.text) return true;
      if (!r.ccs.length) return false;
      const inner = r.ccs[r.ccs.length - 1]!;
      return !out.some((o, j) => j !== i && o.ccs.includes(inner));
    });
  }

  /** Inserts text (newlines split paragraphs) and returns the span of the inserted text. */
  insertText(pos: Pos, text: string, attrs = this.attrsAt(pos), placeholderCc?: number): { start: Pos; end: Pos } {
    this.touch();
    const segments = text.split(/\r\n|\r|\n/);
    const para = pos.para;
    const o = pos.offset;
    const first = segments[0]!;
    this.insertInPara(para, o, first, attrs, placeholderCc);
    if (segments.length === 1) return { start: { para, offset: o }, end: { para, offset: o + first.length } };
    const tail = this.splitParagraph(para, o + first.length, true);
    let idx = this.indexOf(para) + 1;
    for (const seg of segments.slice(1, -1)) {
      const node = para.cloneEmpty();
      node.markFont = { ...attrs.font };
      if (seg) node.runs = [{ text: seg, font: { ...attrs.font }, ccs: [...attrs.ccs] }];
      this.paragraphs.splice(idx++, 0, node);
      this.indexDirty = true;
    }
    const last = segments[segments.length - 1]!;
    this.insertInPara(tail, 0, last, attrs);
    return { start: { para, offset: o }, end: { para: tail, offset: last.length } };
  }

  private insertInPara(p: ParagraphNode, offset: number, text: string, attrs: { font: FontProps; ccs: number[] }, placeholderCc?: number): void {
    if (!text) return;
    let i = this.cut(p, offset);
    if (placeholderCc !== undefined) {
      // Text going into an empty control replaces its placeholder run rather than sitting beside it.
      const j = p.runs.findIndex((r, k) => k >= i && !r.text && r.ccs.includes(placeholderCc));
      if (j >= 0) i = j;
    }
    p.runs.splice(i, 0, { text, font: { ...attrs.font }, ccs: [...attrs.ccs] });
    this.normalize(p);
    for (const a of p.anchors) {
      if (a.offset > offset || (a.offset === offset && a.side === "after")) a.offset += text.length;
    }
  }

  /**
   * Splits a paragraph at offset; the new following paragraph keeps the formatting.
   * With `carryAfter`, "after" anchors exactly at the cut move to the new paragraph.
   */
  splitParagraph(p: ParagraphNode, offset: number, carryAfter = false): ParagraphNode {
    this.touch();
    const i = this.cut(p, offset);
    const q = p.cloneEmpty();
    q.runs = p.runs.splice(i);
    this.normalize(p);
    this.normalize(q);
    for (const a of [...p.anchors]) {
      if (a.offset > offset || (a.offset === offset && carryAfter && a.side === "after")) this.moveAnchor(a, q, a.offset - offset);
    }
    this.paragraphs.splice(this.indexOf(p) + 1, 0, q);
    this.indexDirty = true;
    return q;
  }

  private deleteInPara(p: ParagraphNode, from: number, to: number): void {
    if (to <= from) return;
    const i = this.cut(p, from);
    const j = this.cut(p, to);
    const removed = p.runs.splice(i, j - i).filter((r) => r.text);
    let keep: number[] | undefined;
    for (const r of removed) keep = keep ? commonIds(keep, r.ccs) : [...r.ccs];
    if (keep?.length) p.runs.splice(i, 0, { text: "", font: { ...removed[0]!.font }, ccs: keep });
    this.normalize(p);
    const n = to - from;
    for (const a of p.anchors) {
      if (a.offset >= to) a.offset -= n;
      else if (a.offset > from) a.offset = from;
    }
  }

  /** Deletes text between two positions, merging paragraphs when the span crosses them. */
  deleteRange(a: Pos, b: Pos): void {
    if (this.compare(a, b) >= 0) return;
    this.touch();
    if (a.para === b.para) return this.deleteInPara(a.para, a.offset, b.offset);
    const first = a.para;
    const last = b.para;
    const at = a.offset;
    const lastOffset = b.offset;
    this.deleteInPara(first, at, first.length);
    const middle = this.paragraphs.slice(this.indexOf(first) + 1, this.indexOf(last));
    for (const m of middle) this.dropParagraph(m, { para: first, offset: at });
    this.deleteInPara(last, 0, lastOffset);
    // Word merges the rest of the last paragraph into the first, which keeps its own formatting.
    first.runs.push(...last.runs);
    this.normalize(first);
    for (const an of [...last.anchors]) this.moveAnchor(an, first, at + an.offset);
    this.dropParagraph(last, { para: first, offset: at });
  }

  private dropParagraph(p: ParagraphNode, anchorsTo: Pos): void {
    for (const an of [...p.anchors]) this.moveAnchor(an, anchorsTo.para, anchorsTo.offset);
    this.paragraphs.splice(this.indexOf(p), 1);
    p.deleted = true;
    this.indexDirty = true;
  }

  /** Removes a paragraph; the document always keeps one (emptied) paragraph. */
  deleteParagraph(p: ParagraphNode): void {
    this.touch();
    if (this.paragraphs.length === 1) return this.deleteInPara(p, 0, p.length);
    const i = this.indexOf(p);
    const next = this.paragraphs[i + 1];
    const prev = this.paragraphs[i - 1]!;
    this.dropParagraph(p, next ? { para: next, offset: 0 } : { para: prev, offset: prev.length });
    this.dropOrphanControls();
  }

  /** Inserts paragraph nodes before index. */
  insertParagraphs(index: number, nodes: ParagraphNode[]): void {
    this.touch();
    this.paragraphs.splice(index, 0, ...nodes);
    this.indexDirty = true;
  }

  /** Applies font properties to a span (and to the mark of an empty paragraph it covers). */
  setFont(a: Pos, b: Pos, font: Partial<FontProps>): void {
    this.touch();
    for (const p of this.paragraphsBetween(a, b)) {
      const from = p === a.para ? a.offset : 0;
      const to = p === b.para ? b.offset : p.length;
      if (from === 0 && to === p.length) Object.assign(p.markFont, font);
      const i = this.cut(p, from);
      const j = this.cut(p, to);
      for (const r of p.runs.slice(i, j)) r.font = { ...r.font, ...font };
      this.normalize(p);
    }
  }

  /** Marks a span as belonging to a (new) content control, nested inside any it already is in. */
  wrapInControl(a: Pos, b: Pos, id: number): void {
    this.touch();
    const paras = this.paragraphsBetween(a, b);
    for (const p of paras) {
      const from = p === a.para ? a.offset : 0;
      const to = p === b.para ? b.offset : p.length;
      const i = this.cut(p, from);
      const j = this.cut(p, to);
      const runs = p.runs.slice(i, j).filter((r) => r.text);
      if (!runs.length && paras.length === 1) p.runs.splice(i, 0, { text: "", font: this.attrsAt({ para: p, offset: from }).font, ccs: [id] });
      for (const r of runs) r.ccs = [...r.ccs, id];
      this.normalize(p);
    }
  }

  /** Removes a control id from its runs (keeping or deleting its text). */
  unwrapControl(id: number, keepContent: boolean): void {
    this.touch();
    if (!keepContent) {
      const ext = this.controlExtent(id);
      if (ext) {
        for (const p of this.paragraphsBetween(ext.start, ext.end)) {
          for (const r of p.runs) if (r.ccs.includes(id)) r.ccs = r.ccs.filter((x) => x !== id);
        }
        this.deleteRange(ext.start, ext.end);
      }
    }
    for (const p of this.paragraphs) {
      if (p.runs.some((r) => r.ccs.includes(id))) {
        for (const r of p.runs) r.ccs = r.ccs.filter((x) => x !== id);
        this.normalize(p);
      }
    }
    this.contentControls.delete(id);
  }

  newControl(init: Partial<ContentControlRecord>): ContentControlRecord {
    const rec: ContentControlRecord = {
      id: this.nextCcId++,
      tag: "",
      title: "",
      appearance: "BoundingBox",
      placeholderText: "",
      cannotEdit: false,
      cannotDelete: false,
      color: "#000000",
      ...init,
    };
    rec.id = Math.max(rec.id, 1);
    this.nextCcId = Math.max(this.nextCcId, rec.id + 1);
    this.contentControls.set(rec.id, rec);
    return rec;
  }

  /** Where a content control currently is, or null if its text is gone. */
  controlExtent(id: number): { start: Pos; end: Pos } | null {
    const has = (p: ParagraphNode) => p.runs.some((r) => r.ccs.includes(id));
    const rec = this.contentControls.get(id);
    let i = rec?.hint && !rec.hint.deleted && has(rec.hint) ? this.indexOf(rec.hint) : this.paragraphs.findIndex(has);
    if (i < 0) return null;
    while (i > 0 && has(this.paragraphs[i - 1]!)) i--;
    let j = i;
    while (j + 1 < this.paragraphs.length && has(this.paragraphs[j + 1]!)) j++;
    const first = this.paragraphs[i]!;
    const last = this.paragraphs[j]!;
    if (rec) rec.hint = first;
    const offsetOf = (p: ParagraphNode, wantFirst: boolean): number => {
      let at = 0;
      let found = -1;
      for (const r of p.runs) {
        if (r.ccs.includes(id)) {
          if (wantFirst) return at;
          found = at + r.text.length;
        }
        at += r.text.length;
      }
      return found;
    };
    return { start: { para: first, offset: offsetOf(first, true) }, end: { para: last, offset: offsetOf(last, false) } };
  }

  /** Controls whose text vanished entirely (e.g. their paragraph was deleted) cease to exist. */
  dropOrphanControls(): void {
    for (const id of [...this.contentControls.keys()]) if (!this.controlExtent(id)) this.contentControls.delete(id);
  }

  /** Content control ids in document order, optionally only those overlapping a span. */
  controlsIn(a?: Pos, b?: Pos): number[] {
    const seen = new Set<number>();
    const paras = a && b ? this.paragraphsBetween(a, b) : this.paragraphs;
    for (const p of paras) {
      const from = a && p === a.para ? a.offset : 0;
      const to = b && p === b.para ? b.offset : p.length;
      let at = 0;
      for (const r of p.runs) {
        const end = at + r.text.length;
        const overlaps = r.text ? end > from && at < to : at >= from && at <= to;
        if (overlaps || (!a && !b)) for (const id of r.ccs) if (this.contentControls.has(id)) seen.add(id);
        at = end;
      }
    }
    return [...seen];
  }

  addCustomXmlPart(xml: string, namespaceUri: string): CustomXmlPartRecord {
    const hex = (this.nextPartId++).toString(16).toUpperCase().padStart(12, "0");
    const part = { id: `{6C3C8BC8-F283-45AE-878A-${hex}}`, namespaceUri, xml };
    this.customXmlParts.push(part);
    this.touch();
    return part;
  }

  /** Moves the selection (paragraph indices and offsets; end defaults to a collapsed selection). */
  setSelection(startPara: number, startOffset: number, endPara = startPara, endOffset = startOffset): void {
    const s = this.paragraphs[startPara];
    const e = this.paragraphs[endPara];
    if (!s || !e) throw new RangeError(`No paragraph ${s ? endPara : startPara}`);
    this.release(this.selection.start);
    this.release(this.selection.end);
    this.selection = {
      start: this.anchor({ para: s, offset: Math.min(startOffset, s.length) }, "before"),
      end: this.anchor({ para: e, offset: Math.min(endOffset, e.length) }, "after"),
    };
    this.touch();
  }

  /** Which story a paragraph belongs to. */
  storyOf(p: ParagraphNode): "body" | "header" {
    return this.header.includes(p) ? "header" : "body";
  }

  /** Where the selection is: in the body, or (a collapsed cursor) in the page header. */
  get selectionStory(): "body" | "header" {
    return this.storyOf(this.selection.start.para);
  }

  /**
   * Puts the selection in the page header (a one-paragraph header story with `headerText`) or
   * back at the start of the body. Body ranges and the selection then have no union (expandTo).
   */
  setSelectionStory(story: "body" | "header", headerText = "页眉"): void {
    if (story === "body") return this.setSelection(0, 0);
    if (!this.header.length) {
      const p = new ParagraphNode({ ...DEFAULT_PARAGRAPH, style: "Header", styleBuiltIn: "Header" }, DEFAULT_FONT);
      p.runs = headerText ? [{ text: headerText, font: { ...DEFAULT_FONT }, ccs: [] }] : [];
      this.header = [p];
    }
    const p = this.header[0]!;
    this.release(this.selection.start);
    this.release(this.selection.end);
    this.selection = { start: this.anchor({ para: p, offset: 0 }, "before"), end: this.anchor({ para: p, offset: 0 }, "after") };
    this.touch();
  }

  /** The selection as paragraph indices and offsets. */
  selectionInfo(): { startParagraph: number; startOffset: number; endParagraph: number; endOffset: number } {
    const { start, end } = this.selection;
    return { startParagraph: this.indexOf(start.para), startOffset: start.offset, endParagraph: this.indexOf(end.para), endOffset: end.offset };
  }

  nextCustomXmlCounter(): number {
    return this.nextPartId;
  }
}
