/** The document: paragraphs, styles, anchors, controls, selection and the edits the API makes. */
import { type BookmarkRecord, type ChangeTrackingMode, type CommentRecord, FOOTNOTE_MARK, PICTURE_MARK, type RevisionRecord, type RichState, type RunRich, contentSignature, styleSignature } from "../rich";
import { type PageSetupRecord, defaultPageSetup } from "../sections";
import { DOC_DEFAULT_FONT, FONT_KEYS, type FontProps, PARA_FORMAT_KEYS, type ParaFormat, type StyleLocale, StyleSheet, defined } from "../styles";
import { pickParaFormat, toInitParagraph } from "./init";
import { DEFAULT_PARAGRAPH, ParagraphNode, builtInFromStyleName } from "./paragraphNode";
import { commonIds, sameIds, sameRunFormat } from "./runFormat";
import type { Anchor, ContentControlInfo, ContentControlRecord, CustomXmlPartRecord, InitParagraph, ParagraphInit, ParagraphProps, Pos, Run, RunAttrs, RunInit } from "./types";

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
  /** The document's style definitions (styles.ts). */
  styles: StyleSheet;
  /** Bookmarks, comments and the revision log (rich.ts). */
  rich: RichState = { bookmarks: [], comments: [], revisions: [], formatChanges: [] };
  /** document.changeTrackingMode [WordApi 1.4]. */
  changeTrackingMode: ChangeTrackingMode = "Off";
  /** The first section's page setup (sections.ts). */
  pageSetup: PageSetupRecord = defaultPageSetup();
  /** Page setups of the sections after the first (a landscape appendix …); no paragraphs are tied to them. */
  moreSections: PageSetupRecord[] = [];
  /** Mode insertOoxmlThrowsPartway "first-call": whether the first insertOoxml has failed already. */
  ooxmlFailedOnce = false;
  /** Mode styleDeleteTurnsNormal false: paragraphs and runs of deleted styles, by name, relinked when the name is defined again. */
  orphanedStyles = new Map<string, { paragraphs: ParagraphNode[]; runs: Run[] }>();
  /** Custom document properties (File > Info > Properties), saved with the file. */
  customProperties = new Map<string, unknown>();
  private indexDirty = true;
  private nextCcId = 1;
  private nextPartId = 1;
  private nextRichId = 1;
  /** Syncs completed on this document (Anchor.bornAt). */
  syncsDone = 0;
  /** RunInit.fieldGroup → the id of the field its runs share. */
  private fieldGroups = new Map<string, number>();
  private syncHooks: Array<{ remaining: number; fn: (m: DocumentModel) => void }> = [];

  constructor(init: InitParagraph[] = [], options: { styleLocale?: StyleLocale } = {}) {
    this.styles = new StyleSheet(options.styleLocale ?? "en");
    this.pageSetup = defaultPageSetup(this.styles.locale);
    this.selection = this.placeholderSelection();
    this.replaceAll(init);
  }

  private placeholderSelection(): { start: Anchor; end: Anchor } {
    const p = new ParagraphNode(DEFAULT_PARAGRAPH, DOC_DEFAULT_FONT);
    return { start: { para: p, offset: 0, side: "before" }, end: { para: p, offset: 0, side: "before" } };
  }

  /** Replaces the whole document (content controls and rich spans are dropped); the selection goes to the start. */
  replaceAll(init: InitParagraph[]): void {
    for (const p of this.paragraphs) p.deleted = true;
    this.contentControls.clear();
    this.rich = { bookmarks: [], comments: [], revisions: [], formatChanges: [] };
    const list = init.length ? init : [{ text: "" }];
    this.paragraphs = list.map((ip) => {
      const node = this.initParagraph(ip);
      node.ime = !!ip.ime;
      return node;
    });
    this.indexDirty = true;
    list.forEach((ip, i) => this.initSpans(this.paragraphs[i]!, ip));
    const first = this.paragraphs[0]!;
    this.selection = { start: this.anchor({ para: first, offset: 0 }, "before"), end: this.anchor({ para: first, offset: 0 }, "after") };
    this.version++;
  }

  private initParagraph(ip: InitParagraph): ParagraphNode {
    const node = new ParagraphNode(DEFAULT_PARAGRAPH, DOC_DEFAULT_FONT);
    const props = ip.props ?? {};
    node.styleId = ip.styleId ?? this.initStyleId(props);
    node.direct = ip.direct ?? pickParaFormat(props);
    node.inTable = !!props.inTable;
    const pFont = ip.font ?? {};
    node.markDirect = ip.markDirect ?? { ...pFont };
    if (ip.richRuns) node.runs = ip.richRuns.map((r) => this.richRun(r, pFont));
    else {
      const runs = ip.runs ?? (ip.text ? [{ text: ip.text }] : []);
      node.runs = runs.map((r) => ({
        text: r.text, font: { ...DOC_DEFAULT_FONT }, ccs: r.ccs ?? [],
        direct: r.direct ? { ...r.direct } : { ...pFont, ...r.font },
        ...(r.charStyle ? { charStyle: r.charStyle } : {}),
        ...(r.rich ? { rich: r.rich } : {}),
      }));
    }
    this.restyle(node);
    return node;
  }

  /** Style of an init paragraph: by localized name, else built-in; a name the document lacks becomes a custom style. */
  private initStyleId(props: Partial<ParagraphProps>): string {
    if (props.style) {
      const found = this.styles.findByName(props.style) ?? this.styles.ensureBuiltIn(builtInFromStyleName(props.style));
      if (found) return found.id;
      return this.styles.add({ id: this.styles.freshId(props.style), name: props.style, type: "Paragraph", builtIn: null, basedOn: this.styles.normalId, font: {}, paragraph: {} }).id;
    }
    if (props.styleBuiltIn) return (this.styles.ensureBuiltIn(props.styleBuiltIn) ?? this.styles.get(this.styles.normalId)!).id;
    return this.styles.normalId;
  }

  private richRun(r: RunInit, pFont: Partial<FontProps>): Run {
    const direct: Partial<FontProps> = { ...pFont, ...r.font };
    if (r.bold !== undefined) direct.bold = r.bold;
    if (r.italic !== undefined) direct.italic = r.italic;
    if (r.underline !== undefined) direct.underline = r.underline;
    if (r.color !== undefined) direct.color = r.color;
    const rich = this.richFromInit(r);
    const text = rich?.footnote ? FOOTNOTE_MARK : rich?.picture ? PICTURE_MARK : (r.text ?? "");
    let charStyle: string | undefined;
    if (r.charStyle) {
      const found = this.styles.findByName(r.charStyle);
      charStyle = found?.type === "Character"
        ? found.id
        : this.styles.add({ id: this.styles.freshId(r.charStyle), name: r.charStyle, type: "Character", builtIn: null, basedOn: null, font: {}, paragraph: {} }).id;
    }
    return { text, font: { ...DOC_DEFAULT_FONT }, ccs: [], direct, ...(charStyle ? { charStyle } : {}), ...(rich ? { rich } : {}) };
  }

  /** Rich properties with fresh ids (footnotes, pictures and fields are distinct objects). */
  richFromInit(r: Pick<RunInit, "link" | "field" | "fieldGroup" | "footnote" | "picture"> & { revision?: unknown }): RunRich | undefined {
    const rich: RunRich = {};
    if (r.link) rich.link = r.link;
    if (r.field) {
      const grouped = r.fieldGroup === undefined ? undefined : this.fieldGroups.get(r.fieldGroup);
      const id = grouped ?? this.nextRichId++;
      if (r.fieldGroup !== undefined) this.fieldGroups.set(r.fieldGroup, id);
      rich.field = { id, code: r.field };
    }
    if (r.footnote !== undefined) rich.footnote = { id: this.nextRichId++, text: r.footnote };
    if (r.picture) rich.picture = { id: this.nextRichId++, width: r.picture.width ?? 100, height: r.picture.height ?? 75, altText: r.picture.altText ?? "" };
    if (r.revision) rich.revision = { id: this.nextRichId++, kind: "insert" };
    return Object.keys(rich).length ? rich : undefined;
  }

  private initSpans(p: ParagraphNode, ip: InitParagraph): void {
    for (const b of ip.bookmarks ?? []) this.addBookmark(b.name, { para: p, offset: b.start }, { para: p, offset: b.end });
    for (const c of ip.comments ?? []) this.addComment(c.content, { para: p, offset: c.start }, { para: p, offset: c.end }, c.id);
  }

  /** Replaces the whole document with these paragraphs (used by the preview). */
  load(paragraphs: Array<string | ParagraphInit>): void {
    this.replaceAll(paragraphs.map(toInitParagraph));
  }

  // ---------- styles and direct formatting ----------

  /** Recomputes a paragraph's effective formatting from its style and direct formatting. */
  restyle(p: ParagraphNode): void {
    let style = this.styles.get(p.styleId);
    if (!style || style.type !== "Paragraph") style = this.styles.get(this.styles.normalId)!;
    p.styleId = style.id;
    const eff = { ...this.styles.paragraphFormat(style.id), ...defined(p.direct) } as ParaFormat;
    const t = p as unknown as Record<string, unknown>;
    for (const k of PARA_FORMAT_KEYS) t[k] = eff[k];
    p.style = style.name;
    p.styleBuiltIn = style.builtIn ?? "Other";
    for (const r of p.runs) {
      if (r.charStyle && this.styles.get(r.charStyle)?.type !== "Character") delete r.charStyle;
      r.font = { ...this.styles.font(style.id, r.charStyle), ...defined(r.direct) };
    }
    p.markFont = { ...this.styles.font(style.id), ...defined(p.markDirect) };
  }

  /** After a style definition changed: every paragraph's effective formatting. */
  restyleAll(): void {
    this.touch();
    this.styles.changed();
    for (const p of this.paragraphs) this.restyle(p);
  }

  /** Assigns a paragraph style (by id). */
  setParagraphStyle(p: ParagraphNode, styleId: string): void {
    this.touch();
    this.trackFormat(p, `style ${styleId}`);
    p.styleId = styleId;
    this.restyle(p);
  }

  /** Sets direct paragraph formatting. */
  setParagraphDirect(p: ParagraphNode, props: Partial<ParaFormat>): void {
    this.touch();
    this.trackFormat(p, Object.keys(props).join(","));
    Object.assign(p.direct, props);
    this.restyle(p);
  }

  /** Applies a character style to exactly the characters between a and b (runs split, other properties kept). */
  applyCharStyle(a: Pos, b: Pos, styleId: string | undefined): void {
    this.touch();
    for (const p of this.paragraphsBetween(a, b)) {
      const from = p === a.para ? a.offset : 0;
      const to = p === b.para ? b.offset : p.length;
      this.trackFormat(p, `charStyle ${styleId ?? "none"}`);
      const i = this.cut(p, from);
      const j = this.cut(p, to);
      for (const r of p.runs.slice(i, j)) {
        if (styleId) r.charStyle = styleId;
        else delete r.charStyle;
      }
      this.restyle(p);
      this.normalize(p);
    }
  }

  /** Makes the text between a and b a hyperlink to target (undefined removes the link). */
  setLink(a: Pos, b: Pos, target: string | undefined): void {
    this.touch();
    for (const p of this.paragraphsBetween(a, b)) {
      const i = this.cut(p, p === a.para ? a.offset : 0);
      const j = this.cut(p, p === b.para ? b.offset : p.length);
      for (const r of p.runs.slice(i, j)) {
        const rich = { ...r.rich, link: target };
        if (!target) delete rich.link;
        if (Object.keys(rich).length) r.rich = rich;
        else delete r.rich;
      }
      this.normalize(p);
    }
  }

  /**
   * Which direct formatting overrides the style: paragraph properties whose direct value differs
   * from the style's, and character properties with the number of characters they override on
   * ("direct formatting reported by count", issue 11).
   */
  directFormatting(p: ParagraphNode): { paragraph: Array<keyof ParaFormat>; characters: Partial<Record<keyof FontProps, number>> } {
    const styleFormat = this.styles.paragraphFormat(p.styleId);
    const paragraph = PARA_FORMAT_KEYS.filter((k) => p.direct[k] !== undefined && p.direct[k] !== styleFormat[k]);
    const characters: Partial<Record<keyof FontProps, number>> = {};
    for (const r of p.runs) {
      if (!r.text) continue;
      const base = this.styles.font(p.styleId, r.charStyle);
      for (const k of FONT_KEYS) if (r.direct[k] !== undefined && r.direct[k] !== base[k]) characters[k] = (characters[k] ?? 0) + r.text.length;
    }
    return { paragraph, characters };
  }

  /** See rich.ts. */
  contentSignature(index: number, options?: { typography?: boolean }): string {
    return contentSignature(this, index, options);
  }

  /** See rich.ts. */
  styleSignature(index: number): string {
    return styleSignature(this, index);
  }

  // ---------- rich spans, track changes, typing between syncs ----------

  /** Text typed at a bookmark's (or comment's) start joins it, at its end stays outside — as typing in Word does (verify). */
  addBookmark(name: string, a: Pos, b: Pos): BookmarkRecord {
    this.touch();
    this.rich.bookmarks = this.rich.bookmarks.filter((x) => x.name !== name);
    const rec = { name, start: this.anchor(a, "before"), end: this.anchor(b, "before") };
    this.rich.bookmarks.push(rec);
    return rec;
  }

  addComment(content: string, a: Pos, b: Pos, id?: string): CommentRecord {
    this.touch();
    const rec = { id: id ?? `comment-${this.nextRichId++}`, content, start: this.anchor(a, "before"), end: this.anchor(b, "before") };
    this.rich.comments.push(rec);
    return rec;
  }

  /** Text revisions only (insertions and deletions), as a reviewer sees them. */
  get revisions(): RevisionRecord[] {
    return this.rich.revisions;
  }

  private get tracking(): boolean {
    return this.changeTrackingMode !== "Off";
  }

  private trackFormat(p: ParagraphNode, what: string): void {
    // Word tracks formatting too (Review > Formatting); it is logged apart from text revisions.
    if (this.tracking) this.rich.formatChanges.push({ paragraph: this.indexOf(p), what });
  }

  private trackText(kind: "insert" | "delete", p: ParagraphNode, text: string): RunRich["revision"] {
    if (!this.tracking || !text) return undefined;
    const id = this.nextRichId++;
    this.rich.revisions.push({ id, kind, paragraph: this.indexOf(p), text });
    return kind === "insert" ? { id, kind } : undefined;
  }

  /** Paragraphs inserted whole (insertOoxml): with Track Changes on, their text is a tracked insertion. */
  noteInserted(nodes: ParagraphNode[]): void {
    for (const p of nodes) {
      const revision = this.trackText("insert", p, p.text);
      if (revision) for (const r of p.runs) if (r.text) r.rich = { ...r.rich, revision };
    }
  }

  /**
   * Runs `fn` on the document after the given number of further syncs complete, as a person
   * typing while an operation runs between two round trips (issue 11: a sentence typed at 400 ms
   * was lost).
   */
  onNextSync(fn: (m: DocumentModel) => void, afterSyncs = 1): void {
    this.syncHooks.push({ remaining: Math.max(1, afterSyncs), fn });
  }

  /** Called by the runtime after each sync (index.ts). */
  afterSync(): void {
    this.syncsDone++;
    const due: Array<(m: DocumentModel) => void> = [];
    for (const h of this.syncHooks) if (--h.remaining === 0) due.push(h.fn);
    this.syncHooks = this.syncHooks.filter((h) => h.remaining > 0);
    for (const fn of due) fn(this);
  }

  /** Types text at a paragraph offset (default: its end) as the user would: takes the formatting there. */
  typeText(paragraph: number, text: string, offset?: number): void {
    const p = this.paragraphs[paragraph];
    if (!p) throw new RangeError(`No paragraph ${paragraph}`);
    this.insertText({ para: p, offset: offset ?? p.length }, text);
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
    for (const f of fonts) {
      for (const k of FONT_KEYS) if (out[k] !== f[k] && (k in out || f[k] !== undefined)) out[k] = null;
    }
    return out as { [K in keyof FontProps]: FontProps[K] | null };
  }

  /** Formatting new text typed at a position gets: the font before it, the controls enclosing both sides. */
  attrsAt(pos: Pos): RunAttrs {
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
    const from = before ?? after;
    const ccs = before && after ? commonIds(before.ccs, after.ccs) : [];
    if (!from) return { font: { ...para.markFont }, ccs, direct: { ...para.markDirect } };
    const attrs: RunAttrs = { font: { ...from.font }, ccs, direct: { ...from.direct } };
    if (from.charStyle) attrs.charStyle = from.charStyle;
    // Typing inside a hyperlink or a field result extends it; at their edge, or at a footnote mark
    // or picture, new text is plain.
    if (before && before === after && (before.rich?.link || before.rich?.field)) attrs.rich = { link: before.rich.link, field: before.rich.field };
    return attrs;
  }

  // ---------- anchors ----------

  anchor(pos: Pos, side: "before" | "after"): Anchor {
    const a: Anchor = { para: pos.para, offset: pos.offset, side, bornAt: this.syncsDone };
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
        const tail = { ...r, font: { ...r.font }, direct: { ...r.direct }, ccs: [...r.ccs], text: r.text.slice(offset - at) };
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
      if (prev && sameIds(prev.ccs, r.ccs) && (sameRunFormat(prev, r) || !r.text || !prev.text)) {
        if (!prev.text) Object.assign(prev, { font: r.font, direct: r.direct, charStyle: r.charStyle, rich: r.rich });
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
  insertText(pos: Pos, text: string, attrs: RunAttrs = this.attrsAt(pos), placeholderCc?: number): { start: Pos; end: Pos } {
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
      node.markDirect = { ...attrs.direct };
      if (seg) node.runs = [this.newRun(seg, attrs, node)];
      this.paragraphs.splice(idx++, 0, node);
      this.indexDirty = true;
    }
    const last = segments[segments.length - 1]!;
    this.insertInPara(tail, 0, last, attrs);
    return { start: { para, offset: o }, end: { para: tail, offset: last.length } };
  }

  /** A run of new text; with Track Changes on it is a tracked insertion. */
  private newRun(text: string, attrs: RunAttrs, p: ParagraphNode): Run {
    const run: Run = { text, font: { ...attrs.font }, ccs: [...attrs.ccs], direct: { ...attrs.direct } };
    if (attrs.charStyle) run.charStyle = attrs.charStyle;
    const revision = this.trackText("insert", p, text);
    const rich = { ...attrs.rich, ...(revision ? { revision } : {}) };
    for (const k of Object.keys(rich) as Array<keyof RunRich>) if (rich[k] === undefined) delete rich[k];
    if (Object.keys(rich).length) run.rich = rich;
    return run;
  }

  private insertInPara(p: ParagraphNode, offset: number, text: string, attrs: RunAttrs, placeholderCc?: number): void {
    if (!text) return;
    let i = this.cut(p, offset);
    if (placeholderCc !== undefined) {
      // Text going into an empty control replaces its placeholder run rather than sitting beside it.
      const j = p.runs.findIndex((r, k) => k >= i && !r.text && r.ccs.includes(placeholderCc));
      if (j >= 0) i = j;
    }
    p.runs.splice(i, 0, this.newRun(text, attrs, p));
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
    // Word keeps tracked deletions as struck-through text (and #1267 reports it in paragraph.text);
    // the double removes the text and logs the deletion.
    this.trackText("delete", p, removed.map((r) => r.text).join(""));
    let keep: number[] | undefined;
    for (const r of removed) keep = keep ? commonIds(keep, r.ccs) : [...r.ccs];
    if (keep?.length) p.runs.splice(i, 0, { text: "", font: { ...removed[0]!.font }, direct: { ...removed[0]!.direct }, ccs: keep });
    this.normalize(p);
    const n = to - from;
    for (const a of p.anchors) {
      if (a.offset >= from && a.offset <= to) a.swallowed = true;
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
    for (const m of middle) {
      this.trackText("delete", m, m.text);
      this.dropParagraph(m, { para: first, offset: at });
    }
    this.deleteInPara(last, 0, lastOffset);
    // Word merges the rest of the last paragraph into the first, which keeps its own formatting.
    first.runs.push(...last.runs);
    this.normalize(first);
    for (const an of [...last.anchors]) this.moveAnchor(an, first, at + an.offset);
    this.dropParagraph(last, { para: first, offset: at });
  }

  /**
   * Deletes a span that starts at a paragraph's start and ends at a later paragraph's start: those
   * whole paragraphs, their marks included, go; the later one keeps its text and its properties
   * (paragraph properties live in the mark, and its mark survives: ECMA-376 Part 1 §17.3.1.26 pPr,
   * §17.13.5.15). A span between two other points merges paragraphs (deleteRange).
   */
  deleteWholeParagraphs(from: ParagraphNode, until: ParagraphNode): void {
    const i = this.indexOf(from);
    const j = this.indexOf(until);
    if (j <= i) return;
    this.touch();
    for (const p of this.paragraphs.slice(i, j)) {
      this.trackText("delete", p, p.text);
      this.dropParagraph(p, { para: until, offset: 0 });
    }
    this.dropOrphanControls();
  }

  private dropParagraph(p: ParagraphNode, anchorsTo: Pos): void {
    for (const an of [...p.anchors]) {
      an.swallowed = true;
      this.moveAnchor(an, anchorsTo.para, anchorsTo.offset);
    }
    this.paragraphs.splice(this.indexOf(p), 1);
    p.deleted = true;
    this.indexDirty = true;
  }

  /** Removes a paragraph; the document always keeps one (emptied) paragraph. */
  deleteParagraph(p: ParagraphNode): void {
    this.touch();
    if (this.paragraphs.length === 1) return this.deleteInPara(p, 0, p.length);
    this.trackText("delete", p, p.text);
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
      this.trackFormat(p, Object.keys(font).join(","));
      if (from === 0 && to === p.length) {
        Object.assign(p.markFont, font);
        Object.assign(p.markDirect, font);
      }
      const i = this.cut(p, from);
      const j = this.cut(p, to);
      for (const r of p.runs.slice(i, j)) {
        r.font = { ...r.font, ...font };
        r.direct = { ...r.direct, ...font };
      }
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
      if (!runs.length && paras.length === 1) {
        const at = this.attrsAt({ para: p, offset: from });
        p.runs.splice(i, 0, { text: "", font: at.font, direct: at.direct, ccs: [id] });
      }
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
      const p = new ParagraphNode({ ...DEFAULT_PARAGRAPH, style: "Header", styleBuiltIn: "Header" }, DOC_DEFAULT_FONT);
      p.runs = headerText ? [{ text: headerText, font: { ...DOC_DEFAULT_FONT }, ccs: [], direct: {} }] : [];
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
