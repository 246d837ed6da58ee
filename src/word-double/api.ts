/**
 * Word proxy classes (office-js names). Each member notes its requirement set; members outside
 * the profile's sets fail at sync with ApiNotFound.
 */
import { invalidArgument, itemNotFound, OfficeError } from "./errors";
import {
  copyParagraphProps,
  DEFAULT_FONT,
  DEFAULT_PARAGRAPH,
  type Anchor,
  type ContentControlRecord,
  type CustomXmlPartRecord,
  type DocumentModel,
  type FontProps,
  ParagraphNode,
  type Pos,
  type RunAttrs,
} from "./model";
import { parseOoxml, parseOoxmlPackage, sectPrXml, toOoxml, type ControlInfo, type OoxmlParagraph, type OutMarker, type ParsedMarker, type ParsedParagraph, type ParsedStyle } from "./ooxml";
import { builtInOfName, localizedBuiltInName, PARA_FORMAT_KEYS, type ParaFormat } from "./styles";
import {
  ClientCollection,
  ClientObject,
  ClientResult,
  defineNav,
  defineProps,
  type Exec,
  Fixed,
  NULL,
  type PropDef,
  type Req,
  RequestContext,
} from "./runtime";
import { findAll, searchRegExp, type SearchOptions } from "./search";
import { keepProps, packageHasStylesPart, searchFolder, type FidelityModes } from "./modes";
import { withPackageParts } from "./packageParts";

const W11: Req = ["WordApi", "1.1"];
const W13: Req = ["WordApi", "1.3"];
const W14: Req = ["WordApi", "1.4"];
const DESKTOP13: Req = ["WordApiDesktop", "1.3"];

interface Span {
  start: Pos;
  end: Pos;
}

const ALIGNMENTS = ["Left", "Centered", "Right", "Justified"];

// ---------- span helpers ----------

function paragraphSpan(p: ParagraphNode): Span {
  return { start: { para: p, offset: 0 }, end: { para: p, offset: p.length } };
}

function wholeSpan(m: DocumentModel): Span {
  return { start: m.start(), end: m.end() };
}

function controlSpan(m: DocumentModel, cc: ContentControlRecord, where: string): Span {
  const ext = m.controlExtent(cc.id);
  if (!ext || !m.contentControls.has(cc.id)) throw itemNotFound(where);
  return ext;
}

const copyPos = (p: Pos): Pos => ({ para: p.para, offset: p.offset });

/** A live range target: start anchor moves past text inserted at it, end anchor does not. */
function liveRange(m: DocumentModel, s: Span): Fixed {
  const start = m.anchor(s.start, "after");
  const end = m.anchor(s.end, "before");
  return new Fixed({ start, end }, [start, end]);
}

function setAnchor(m: DocumentModel, a: Anchor, p: Pos): void {
  if (a.para !== p.para) {
    a.para.anchors.delete(a);
    p.para.anchors.add(a);
    a.para = p.para;
  }
  a.offset = p.offset;
  void m;
}

function checkLocation(loc: unknown, allowed: string[], where: string): string {
  if (typeof loc !== "string" || !allowed.includes(loc)) throw invalidArgument(`location '${String(loc)}'`, where);
  return loc;
}

/** Formatting for text replacing a span: its first character's formatting, controls enclosing all of it. */
function replaceAttrs(m: DocumentModel, s: Span): RunAttrs {
  let ccs: number[] | undefined;
  let first: RunAttrs | undefined;
  for (const p of m.paragraphsBetween(s.start, s.end)) {
    const from = p === s.start.para ? s.start.offset : 0;
    const to = p === s.end.para ? s.end.offset : p.length;
    for (const r of m.runsIn(p, from, to)) {
      if (!r.text) continue;
      first ??= { font: { ...r.font }, ccs: [], direct: { ...r.direct }, ...(r.charStyle ? { charStyle: r.charStyle } : {}) };
      ccs = ccs ? ccs.filter((id, i) => r.ccs[i] === id) : [...r.ccs];
    }
  }
  if (!first) return m.attrsAt(s.start);
  return { ...first, ccs: ccs ?? [] };
}

/** Inserts text at a location relative to a span; returns the inserted span and the span's new extent. */
function insertAt(m: DocumentModel, s: Span, text: string, loc: string, controlStack?: number[]): { inserted: Span; span: Span } {
  const inner = controlStack?.[controlStack.length - 1];
  if (loc === "Replace") {
    const attrs = controlStack ? { ...replaceAttrs(m, s), ccs: controlStack } : replaceAttrs(m, s);
    const at = copyPos(s.start);
    m.deleteRange(s.start, s.end);
    const ins = m.insertText(at, text, attrs, attrs.ccs[attrs.ccs.length - 1]);
    if (m.contentControls.size) m.dropOrphanControls();
    return { inserted: ins, span: ins };
  }
  if (loc === "Start" || loc === "Before") {
    const attrs = m.attrsAt(s.start);
    if (controlStack && loc === "Start") attrs.ccs = controlStack;
    else if (loc === "Start") Object.assign(attrs, replaceAttrs(m, s), { ccs: attrs.ccs });
    const ins = m.insertText(copyPos(s.start), text, attrs, loc === "Start" ? inner : undefined);
    return { inserted: ins, span: { start: loc === "Start" ? ins.start : ins.end, end: s.end } };
  }
  const attrs = m.attrsAt(s.end);
  if (controlStack && loc === "End") attrs.ccs = controlStack;
  const ins = m.insertText(copyPos(s.end), text, attrs, loc === "End" ? inner : undefined);
  return { inserted: ins, span: { start: s.start, end: loc === "End" ? ins.end : s.end } };
}

/** Ranges of search hits inside a span; matches never cross paragraphs. */
function searchSpan(m: DocumentModel, s: Span, text: unknown, options: SearchOptions | undefined, where: string, modes: FidelityModes): Span[] {
  if (m.findPaneOpen) throw new OfficeError("SearchDialogIsOpen", "The search dialog is open.", where); // Word.ErrorCodes (review A.11)
  if (typeof text !== "string" || text.length === 0) throw invalidArgument("empty search text", where);
  if (text.length > 255) {
    if (modes.searchErrorCode === "InvalidArgument") throw invalidArgument("search text longer than 255 characters", where);
    throw new OfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or over 255 characters.", where);
  }
  const fold = searchFolder(modes);
  let re: RegExp;
  try {
    re = searchRegExp(text, options ?? {}, fold);
  } catch (e) {
    throw new OfficeError("InvalidArgument", `The search string is invalid: ${String(e)}`, where);
  }
  const out: Span[] = [];
  for (const p of m.paragraphsBetween(s.start, s.end)) {
    if (p.ime && modes.searchImeMiss) continue; // #5134
    const from = p === s.start.para ? s.start.offset : 0;
    const to = p === s.end.para ? s.end.offset : p.length;
    const text = p.text.slice(from, to);
    for (const [a, b] of findAll(re, fold ? fold(text) : text)) out.push({ start: { para: p, offset: from + a }, end: { para: p, offset: from + b } });
  }
  return out;
}

/** getOoxml: pStyle/rStyle ids and direct formatting, with the styles they use in a styles part (as Word's package has). */
function paragraphOoxml(m: DocumentModel, s: Span): string {
  const used = new Set<string>();
  const paras: OoxmlParagraph[] = m.paragraphsBetween(s.start, s.end).map((p) => {
    const runs = m.runsIn(p, p === s.start.para ? s.start.offset : 0, p === s.end.para ? s.end.offset : p.length).filter((r) => r.text || r.ccs.length);
    used.add(p.styleId);
    for (const r of runs) if (r.charStyle) used.add(r.charStyle);
    const from = p === s.start.para ? s.start.offset : 0;
    const markers: OutMarker[] = [];
    const mark = (a: Anchor, kind: OutMarker["kind"], key: string, content?: string) => {
      if (a.para === p && a.offset >= from && (p !== s.end.para || a.offset <= s.end.offset)) markers.push({ offset: a.offset - from, kind, key, ...(content !== undefined ? { content } : {}) });
    };
    for (const b of m.rich.bookmarks) {
      mark(b.start, "bookmarkStart", b.name);
      mark(b.end, "bookmarkEnd", b.name);
    }
    for (const c of m.rich.comments) {
      mark(c.start, "commentStart", c.id);
      mark(c.end, "commentEnd", c.id);
    }
    return { props: p, runs, styleId: p.styleId === m.styles.normalId ? undefined : p.styleId, direct: p.direct, markers };
  });
  used.add(m.styles.normalId);
  const controls = new Map<number, ControlInfo>();
  for (const [id, cc] of m.contentControls) controls.set(id, { id, tag: cc.tag, title: cc.title });
  // The body's package ends with the section's properties, as Word's does.
  const wholeBody = m.compare(s.start, m.start()) === 0 && m.compare(s.end, m.end()) === 0;
  return toOoxml(paras, controls, m.styles.closure(used), m.rich.comments, wholeBody ? sectPrXml(m.pageSetup) : undefined);
}

/** Bookmarks and comments of inserted package paragraphs, at their new positions. */
function placeMarkers(m: DocumentModel, parsed: ParsedParagraph[], posOf: (i: number, offset: number) => Pos): void {
  const open = new Map<string, { pos: Pos; marker: ParsedMarker }>();
  parsed.forEach((pp, i) => {
    for (const mk of pp.markers ?? []) {
      const key = `${mk.kind}:${mk.id}`;
      if (mk.edge === "start") open.set(key, { pos: posOf(i, mk.offset), marker: mk });
      else {
        const start = open.get(key);
        if (!start) continue;
        open.delete(key);
        if (mk.kind === "bookmark") m.addBookmark(start.marker.name ?? "", start.pos, posOf(i, mk.offset));
        else m.addComment(start.marker.content ?? mk.content ?? "", start.pos, posOf(i, mk.offset));
      }
    }
  });
}

/**
 * Adds a package's styles to the document and maps the package's style ids to the document's.
 * A style the document already has (same built-in, or same name) KEEPS THE DOCUMENT'S DEFINITION
 * (Microsoft, "Create better add-ins for Word with Office Open XML"); the others are added.
 */
function mergePackageStyles(m: DocumentModel, styles: ParsedStyle[]): Map<string, string> {
  const map = new Map<string, string>();
  const added: Array<[ParsedStyle, ParsedStyle]> = [];
  for (const st of styles) {
    const builtIn = builtInOfName(st.name);
    const existing = builtIn ? m.styles.byBuiltIn(builtIn) : m.styles.byName(st.name);
    if (existing) {
      map.set(st.id, existing.id);
      continue;
    }
    const id = m.styles.get(st.id) ? m.styles.freshId(st.name) : st.id;
    const def: ParsedStyle = { ...st, id, builtIn, name: builtIn ? (localizedBuiltInName(builtIn, m.styles.locale) ?? st.name) : st.name };
    m.styles.add(def);
    map.set(st.id, id);
    added.push([st, def]);
  }
  for (const [st, def] of added) def.basedOn = st.basedOn ? (map.get(st.basedOn) ?? (m.styles.get(st.basedOn) ? st.basedOn : null)) : null;
  // Mode styleDeleteTurnsNormal false: what a deleted style held takes the new definition of its name.
  for (const [, def] of added) {
    const orphans = m.orphanedStyles.get(def.name);
    if (!orphans) continue;
    m.orphanedStyles.delete(def.name);
    for (const p of orphans.paragraphs) {
      if (p.deleted || p.styleId !== m.styles.normalId || def.type !== "Paragraph") continue;
      p.styleId = def.id;
      m.restyle(p);
    }
    for (const r of orphans.runs) if (!r.charStyle && def.type === "Character") r.charStyle = def.id;
  }
  if (added.length) m.styles.changed();
  return map;
}

/** A package style id as a document style id: mapped, or the document's own; unknown ids are ignored (Normal). */
function resolveStyleId(m: DocumentModel, map: Map<string, string>, id: string | undefined, type: "Paragraph" | "Character"): string | undefined {
  if (!id) return undefined;
  const docId = map.get(id) ?? id;
  return m.styles.get(docId)?.type === type ? docId : undefined;
}

function directOf(props: Partial<ParaFormat>): Partial<ParaFormat> {
  const out: Partial<ParaFormat> = {};
  const o = out as Record<string, unknown>;
  const src = props as Record<string, unknown>;
  for (const k of PARA_FORMAT_KEYS) if (src[k] !== undefined) o[k] = src[k];
  return out;
}

/** Applies parsed OOXML at a position; returns the inserted span. */
function insertOoxmlAt(m: DocumentModel, s: Span, xml: unknown, loc: string, where: string, block: boolean, modes: FidelityModes, partway = false): Span {
  if (typeof xml !== "string") throw invalidArgument("ooxml", where);
  let pkg;
  try {
    pkg = parseOoxmlPackage(xml);
  } catch (e) {
    throw invalidArgument(`OOXML: ${String(e)}`, where);
  }
  const parsed = partway ? pkg.paragraphs.slice(0, Math.ceil(pkg.paragraphs.length / 2)) : pkg.paragraphs;
  if (modes.zeroWidthJoinerInInsert === "stripped") for (const pp of parsed) for (const r of pp.runs) r.text = r.text.replace(/\u2060/g, "");
  // Mode "ignored": a pStyle in a package without a styles part is dropped (modes.ts).
  if (modes.pStyleWithoutStylesPart === "ignored" && !packageHasStylesPart(xml)) for (const pp of parsed) delete (pp as { styleId?: string }).styleId;
  if (!parsed.length) return { start: copyPos(s.start), end: copyPos(s.start) };
  // Without a styles part, the package's style definitions are ignored (MS OOXML article); its
  // pStyle/rStyle ids still resolve against the document's styles.
  const styleMap = mergePackageStyles(m, pkg.styles);
  let pos: Pos;
  if (loc === "Replace") {
    pos = copyPos(s.start);
    m.deleteRange(s.start, s.end);
  } else pos = copyPos(loc === "Start" || loc === "Before" ? s.start : s.end);
  const ids = new Map<string, number>();
  const idFor = (c: { key: string; tag: string; title: string }) => {
    let id = ids.get(c.key);
    if (id === undefined) ids.set(c.key, (id = m.newControl({ tag: c.tag, title: c.title }).id));
    return id;
  };
  const outer = m.attrsAt(pos).ccs;
  if (parsed.length === 1 && pos.para.length > 0 && !block) {
    const start = copyPos(pos);
    const para = pos.para;
    const base = pos.offset;
    let at = pos;
    for (const r of parsed[0]!.runs) {
      const ccs = [...outer, ...r.controls.map(idFor)];
      if (!r.text) {
        if (ccs.length > outer.length) m.wrapInControl(at, at, ccs[ccs.length - 1]!);
        continue;
      }
      const charStyle = resolveStyleId(m, styleMap, r.charStyleId, "Character");
      const font = { ...m.styles.font(pos.para.styleId, charStyle), ...r.font };
      const rich = r.rich && m.richFromInit(r.rich);
      at = m.insertText(at, r.text, { font, ccs, direct: { ...r.font }, ...(charStyle ? { charStyle } : {}), ...(rich ? { rich } : {}) }).end;
    }
    placeMarkers(m, parsed, (_i, offset) => ({ para, offset: base + offset }));
    return { start, end: at };
  }
  const head = pos.para;
  const tail = m.splitParagraph(head, pos.offset);
  const nodes = parsed.map((pp) => {
    const node = new ParagraphNode(DEFAULT_PARAGRAPH, DEFAULT_FONT);
    node.styleId = resolveStyleId(m, styleMap, pp.styleId, "Paragraph") ?? m.styles.normalId;
    node.direct = directOf(pp.props);
    node.inTable = !!pp.props.inTable;
    node.runs = pp.runs.map((r) => {
      const charStyle = resolveStyleId(m, styleMap, r.charStyleId, "Character");
      const rich = r.rich && m.richFromInit(r.rich);
      return { text: r.text, font: { ...DEFAULT_FONT }, direct: { ...r.font }, ccs: r.controls.map(idFor), ...(charStyle ? { charStyle } : {}), ...(rich ? { rich } : {}) };
    });
    const first = node.runs.find((r) => r.text);
    if (first) node.markDirect = { ...first.direct };
    m.restyle(node);
    return node;
  });
  m.insertParagraphs(m.indexOf(head) + 1, nodes);
  m.noteInserted(nodes);
  placeMarkers(m, parsed, (i, offset) => ({ para: nodes[i]!, offset }));
  if (tail.length === 0 && !tail.runs.length) m.deleteParagraph(tail);
  if (head.length === 0 && !head.runs.length) m.deleteParagraph(head);
  const last = nodes[nodes.length - 1]!;
  return { start: { para: nodes[0]!, offset: 0 }, end: { para: last, offset: last.length } };
}

/** What an inline picture reads as in text, per mode pictureCharInText (the model stores "\u0001"). */
function pictureText(text: string, modes: FidelityModes): string {
  if (modes.pictureCharInText === "u0001" || !text.includes(PICTURE_CHAR)) return text;
  return text.replaceAll(PICTURE_CHAR, modes.pictureCharInText === "" ? "" : "\uFFFC");
}
const PICTURE_CHAR = "\u0001";

/** Text as it lands: mode zeroWidthJoinerInInsert "stripped" drops U+2060. */
const landed = (text: string, modes: FidelityModes): string => (modes.zeroWidthJoinerInInsert === "stripped" ? text.replace(/\u2060/g, "") : text);

function newParagraphNear(m: DocumentModel, ref: ParagraphNode, text: string, before: boolean): ParagraphNode {
  const node = ref.cloneEmpty();
  m.insertParagraphs(m.indexOf(ref) + (before ? 0 : 1), [node]);
  m.insertText({ para: node, offset: 0 }, text, { font: { ...node.markFont }, ccs: [], direct: { ...node.markDirect } });
  return node;
}

/**
 * `style = name` over a span: a paragraph style goes to each paragraph, a character style to exactly
 * the span's characters. Names are localized (word.paragraph#style); an unknown name fails with
 * ItemNotFound at sync (verify in real Word: the 诊断 probe "style by name").
 */
function setStyleByName(m: DocumentModel, s: Span, name: unknown, where: string, modes: FidelityModes): void {
  if (typeof name !== "string") throw invalidArgument("style", where);
  const style = m.styles.findByName(name);
  if (!style) throw new OfficeError("ItemNotFound", `The style '${name}' doesn't exist.`, where);
  // "Default Paragraph Font" removes a character style (what Word's Ctrl+Space applies).
  if (style.type === "Character") m.applyCharStyle(s.start, s.end, style.builtIn === "DefaultParagraphFont" ? undefined : style.id);
  else for (const p of m.paragraphsBetween(s.start, s.end)) assignParagraphStyle(m, p, style.id, modes);
}

const EMPHASIS_KEYS = ["bold", "italic", "underline", "color", "highlightColor"] as const;

/**
 * A paragraph style assigned through the API. Mode styleAssignDirect "clears-majority": a direct
 * emphasis covering more than half of the paragraph's characters is removed, as Word's UI does.
 */
function assignParagraphStyle(m: DocumentModel, p: ParagraphNode, styleId: string, modes: FidelityModes): void {
  if (modes.styleAssignDirect === "clears-majority" && p.length > 0) {
    for (const k of EMPHASIS_KEYS) {
      const covered = p.runs.reduce((n, r) => n + (r.direct[k] !== undefined && r.direct[k] !== false && r.direct[k] !== "None" ? r.text.length : 0), 0);
      if (covered * 2 > p.length) for (const r of p.runs) delete r.direct[k];
    }
  }
  m.setParagraphStyle(p, styleId);
}

function setParagraphBuiltIn(m: DocumentModel, p: ParagraphNode, builtIn: string, where: string, modes: FidelityModes): void {
  const style = m.styles.ensureBuiltIn(builtIn);
  if (!style || style.type !== "Paragraph") throw invalidArgument(`styleBuiltIn '${builtIn}'`, where);
  assignParagraphStyle(m, p, style.id, modes);
}

/** Range.style reads a character style when one covers the whole span, else the first paragraph's style. */
function styleOfSpan(m: DocumentModel, s: Span): string {
  const paras = m.paragraphsBetween(s.start, s.end);
  let charStyle: string | undefined | null = null;
  for (const p of paras) {
    const from = p === s.start.para ? s.start.offset : 0;
    const to = p === s.end.para ? s.end.offset : p.length;
    for (const r of m.runsIn(p, from, to)) {
      if (!r.text) continue;
      if (charStyle === null) charStyle = r.charStyle;
      else if (charStyle !== r.charStyle) charStyle = undefined;
    }
  }
  if (charStyle) return m.styles.get(charStyle)?.name ?? paras[0]!.style;
  return paras[0]!.style;
}

// ---------- shared behaviour of objects with a span (Body, Paragraph, Range, ContentControl) ----------

abstract class SpanObject extends ClientObject {
  /** The text span this object covers right now. */
  abstract _span(t: any, x: Exec): Span;
  /** Control ids the object's own text belongs to (content controls insert inside themselves). */
  _controlStack(_t: any, _x: Exec): number[] | undefined {
    return undefined;
  }
  _locations: Record<string, string[]> = { insertText: ["Replace", "Start", "End"], getRange: ["Whole", "Start", "End", "Content"] };

  _spanOf(x: Exec): Span {
    return this._span(this._resolve(x), x);
  }

  /** [WordApi 1.1] */
  insertText(text: string, location: string): WordRange {
    const where = `${this._className}.insertText`;
    return this._call("insertText", W11, (t, x) => {
      checkLocation(location, this._locations.insertText!, where);
      if (typeof text !== "string") throw invalidArgument("text", where);
      // modes.ts rangeGrowth "edges": text put at a paragraph's start or end in a later sync than a
      // range ending (or starting) there was made joins that range, as a person's typing does.
      const m = x.model;
      const edge = x.env.modes.rangeGrowth === "edges" && this._className === "Paragraph" && (location === "End" || location === "Start") ? (t as ParagraphNode) : null;
      const edgeOffset = edge ? (location === "End" ? edge.length : 0) : 0;
      const grown = edge ? [...edge.anchors].filter((a) => a.offset === edgeOffset && (a.bornAt ?? 0) < m.syncsDone) : [];
      const r = insertAt(m, this._span(t, x), text, location, location === "Before" || location === "After" ? undefined : this._controlStack(t, x));
      for (const a of grown) a.offset = a.side === "after" ? edgeOffset : edgeOffset + text.length;
      this._afterInsert(t, r.span, x);
      return liveRange(x.model, r.inserted);
    }, new WordRange(this.context), [text, location]);
  }

  /** Hook: keep a live range covering what it should after an insertion. */
  _afterInsert(_t: any, _span: Span, _x: Exec): void {}

  /** [WordApi 1.1] */
  search(searchText: string, options?: SearchOptions): RangeCollection {
    const where = `${this._className}.search`;
    return this._call("search", W11, (t, x) => {
      const hits = searchSpan(x.model, this._span(t, x), searchText, options, where, x.env.modes);
      const fixed = hits.map((h) => liveRange(x.model, h));
      return new Fixed(fixed.map((f) => f.target), fixed.flatMap((f) => f.anchors));
    }, new RangeCollection(this.context), [searchText, options]);
  }

  /** [WordApi 1.3] (Paragraph/ContentControl/Range), [WordApi 1.3] Body. */
  getRange(location: string = "Whole"): WordRange {
    const where = `${this._className}.getRange`;
    return this._call("getRange", W13, (t, x) => {
      checkLocation(location, this._locations.getRange!, where);
      const s = this._span(t, x);
      const at = location === "Start" || location === "Before" ? s.start : location === "End" || location === "After" ? s.end : null;
      return liveRange(x.model, at ? { start: at, end: at } : s);
    }, new WordRange(this.context));
  }

  /** [WordApi 1.1] */
  select(_mode?: string): void {
    this._call("select", W11, (t, x) => {
      const s = this._span(t, x);
      const m = x.model;
      m.setSelection(m.indexOf(s.start.para), s.start.offset, m.indexOf(s.end.para), s.end.offset);
    });
  }

  /** [WordApi 1.1] */
  insertContentControl(): ContentControl {
    return this._call("insertContentControl", W11, (t, x) => {
      const s = this._span(t, x);
      const rec = x.model.newControl({});
      x.model.wrapInControl(s.start, s.end, rec.id);
      return rec;
    }, new ContentControl(this.context));
  }

  /** [WordApi 1.1] */
  getOoxml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this._call("getOoxml", W11, (t, x) => {
      const xml = paragraphOoxml(x.model, this._span(t, x));
      result._resolve(x.env.modes.getOoxmlSize === "realistic" ? withPackageParts(xml) : xml);
    });
    return result;
  }

  /** [WordApi 1.1] */
  insertOoxml(ooxml: string, location: string): WordRange {
    const where = `${this._className}.insertOoxml`;
    return this._call("insertOoxml", W11, (t, x) => {
      checkLocation(location, this._locations.insertText!, where);
      // At the body's start or end the package's paragraphs stay paragraphs; elsewhere one paragraph goes inline.
      const block = this instanceof Body && location !== "Replace";
      const span = this._span(t, x);
      // #3149: a one-paragraph package takes the properties of the paragraph it lands in.
      const kept = x.env.modes.singleParagraphOoxml === "keeps-target" && !(this instanceof Body) ? keepProps(span.start.para) : null;
      // Mode insertOoxmlThrowsPartway "first-call": half the package lands, then Word fails (#2615, #3271).
      const partway = x.env.modes.insertOoxmlThrowsPartway === "first-call" && !x.model.ooxmlFailedOnce;
      if (partway) x.model.ooxmlFailedOnce = true;
      const ins = insertOoxmlAt(x.model, span, ooxml, location, where, block, x.env.modes, partway);
      if (partway) throw new OfficeError("GeneralException", "insertOoxml failed part-way (mode insertOoxmlThrowsPartway).", where);
      if (kept && ins.start.para === ins.end.para && !ins.start.para.deleted) copyParagraphProps(ins.start.para, kept);
      if (x.model.contentControls.size) x.model.dropOrphanControls();
      return liveRange(x.model, ins);
    }, new WordRange(this.context), [ooxml, location]);
  }
}

/** Style props shared by Body, Range and ContentControl: a paragraph style is read from the first paragraph, written to all. */
function styleProps(spanOf: (t: any, x: Exec) => Span): Record<string, PropDef> {
  const paras = (t: any, x: Exec) => {
    const s = spanOf(t, x);
    return x.model.paragraphsBetween(s.start, s.end);
  };
  return {
    // [WordApi 1.1]
    style: { get: (t, x) => styleOfSpan(x.model, spanOf(t, x)), set: (t, v, x) => setStyleByName(x.model, spanOf(t, x), v, "style", x.env.modes) },
    // [WordApi 1.3]
    styleBuiltIn: {
      req: W13,
      get: (t, x) => paras(t, x)[0]!.styleBuiltIn,
      set: (t, v, x) => paras(t, x).forEach((p) => setParagraphBuiltIn(x.model, p, String(v), "styleBuiltIn", x.env.modes)),
    },
  };
}

// ---------- Font ----------

/** Word.Font over the span of its parent. */
export class Font extends ClientObject {
  get _className() {
    return "Font";
  }
}
const fontProp = (k: keyof FontProps, req: Req, check: (v: unknown) => boolean): PropDef => ({
  req,
  get: (s: Span, x) => {
    const v = x.model.fontOver(s.start, s.end)[k];
    return k === "underline" && v === undefined ? "None" : v;
  },
  set: (s: Span, v, x) => {
    if (!check(v)) throw invalidArgument(`font.${k} = ${String(v)}`, `Font.${k}`);
    x.model.setFont(s.start, s.end, { [k]: v });
  },
});
const isStr = (v: unknown) => typeof v === "string" && v.length > 0;
/** font.name: the Latin slot, or both slots under fontNameSlots "all" (review A.7). */
function fontNameProp(): PropDef {
  const latin = fontProp("name", W11, isStr);
  return {
    ...latin,
    set: (s: Span, v, x) => {
      latin.set!(s, v, x);
      if (x.env.modes.fontNameSlots === "all") x.model.setFont(s.start, s.end, { nameFarEast: v });
    },
  };
}
const UNDERLINES = ["None", "Single", "Word", "Double", "Dotted", "Thick", "DashLine", "DotLine", "DotDashLine", "TwoDotDashLine", "Wave", "Hidden"];
defineProps(Font, {
  name: fontNameProp(), // [WordApi 1.1]
  nameFarEast: fontProp("nameFarEast", DESKTOP13, isStr), // [WordApiDesktop 1.3]
  size: fontProp("size", W11, (v) => typeof v === "number" && v > 0 && v <= 1638), // [WordApi 1.1]
  bold: fontProp("bold", W11, (v) => typeof v === "boolean"), // [WordApi 1.1]
  italic: fontProp("italic", W11, (v) => typeof v === "boolean"), // [WordApi 1.1]
  color: fontProp("color", W11, isStr), // [WordApi 1.1]
  underline: fontProp("underline", W11, (v) => typeof v === "string" && UNDERLINES.includes(v)), // [WordApi 1.1]
  highlightColor: { ...fontProp("highlightColor", W11, (v) => v === null || isStr(v)), get: (s: Span, x) => x.model.fontOver(s.start, s.end).highlightColor ?? null }, // [WordApi 1.1] null: none (or mixed)
});

function fontNav(cls: abstract new (...a: any[]) => SpanObject): void {
  defineNav(cls, "font", (self: SpanObject) => new Font(self, (t, x) => self._span(t, x)));
}

// ---------- Table (no table model: paragraphs flagged inTable) ----------

/** Word.Table stand-in for paragraphs marked inTable. */
export class Table extends ClientObject {
  get _className() {
    return "Table";
  }
}
defineProps(Table, {
  rowCount: { get: () => 1 }, // [WordApi 1.3]
  nestingLevel: { get: () => 1 }, // [WordApi 1.3]
});

function tableOf(paras: ParagraphNode[], orNull: boolean, where: string): any {
  const p = paras.find((q) => q.inTable);
  if (p) return p;
  if (orNull) return NULL;
  throw itemNotFound(where);
}

// ---------- Range ----------

/** Word.Range: a live span of the document. */
export class WordRange extends SpanObject {
  get _className() {
    return "Range";
  }
  override _locations = {
    insertText: ["Replace", "Start", "End", "Before", "After"],
    getRange: ["Whole", "Start", "End", "Before", "After", "Content"],
  };
  _span(t: any): Span {
    return { start: t.start, end: t.end };
  }
  override _check(t: any, x: Exec): any {
    // modes.ts deletedRange: a range whose whole text was deleted is gone, not collapsed.
    if (x.env.modes.deletedRange === "invalid" && t.start?.swallowed && t.end?.swallowed && x.model.compare(t.start, t.end) >= 0) throw itemNotFound("Range");
    return t;
  }
  override _afterInsert(t: any, span: Span, x: Exec): void {
    setAnchor(x.model, t.start, span.start);
    setAnchor(x.model, t.end, span.end);
  }

  /** [WordApi 1.1] */
  insertParagraph(text: string, location: string): Paragraph {
    const where = "Range.insertParagraph";
    return this._call("insertParagraph", W11, (t, x) => {
      checkLocation(location, ["Before", "After"], where);
      const s = this._span(t);
      return newParagraphNear(x.model, location === "Before" ? s.start.para : s.end.para, landed(text, x.env.modes), location === "Before");
    }, new Paragraph(this.context), [text, location]);
  }

  /** [WordApi 1.1] Deletes the text of the range (paragraph marks inside it merge paragraphs). */
  delete(): void {
    this._call("delete", W11, (t, x) => {
      x.model.deleteRange(t.start, t.end);
      if (x.model.contentControls.size) x.model.dropOrphanControls();
    });
  }

  /** [WordApi 1.3] A range from the earlier start to the later end of this and another range. */
  expandTo(range: WordRange): WordRange {
    return this._call("expandTo", W13, (t, x) => {
      const union = spanUnion(x.model, t, range._spanOf(x));
      // "Throws an ItemNotFound error if the two ranges don't have a union" (word.range#expandTo).
      if (!union) throw itemNotFound("Range.expandTo");
      return liveRange(x.model, union);
    }, new WordRange(this.context));
  }

  /** [WordApi 1.3] As expandTo, but a null object when the ranges have no union (different stories). */
  expandToOrNullObject(range: WordRange): WordRange {
    return this._call("expandToOrNullObject", W13, (t, x) => {
      const union = spanUnion(x.model, t, range._spanOf(x));
      return union ? liveRange(x.model, union) : NULL;
    }, new WordRange(this.context));
  }

  /** [WordApi 1.3] */
  compareLocationWith(range: WordRange): ClientResult<string> {
    const result = new ClientResult<string>();
    this._call("compareLocationWith", W13, (t, x) => {
      const o = range._spanOf(x);
      const m = x.model;
      if (m.storyOf(t.start.para) !== m.storyOf(o.start.para)) return result._resolve("Unrelated");
      const ss = m.compare(t.start, o.start);
      const ee = m.compare(t.end, o.end);
      let rel = "Unrelated";
      if (ss === 0 && ee === 0) rel = "Equal";
      else if (m.compare(t.end, o.start) <= 0) rel = m.compare(t.end, o.start) === 0 ? "AdjacentBefore" : "Before";
      else if (m.compare(t.start, o.end) >= 0) rel = m.compare(t.start, o.end) === 0 ? "AdjacentAfter" : "After";
      else if (ss <= 0 && ee >= 0) rel = ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
      else if (ss >= 0 && ee <= 0) rel = ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
      else rel = ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
      result._resolve(rel);
    });
    return result;
  }
}
defineProps(WordRange, {
  text: { get: (t, x) => pictureText(x.model.textBetween(t.start, t.end), x.env.modes) }, // [WordApi 1.1]
  isEmpty: { req: W13, get: (t, x) => x.model.compare(t.start, t.end) === 0 }, // [WordApi 1.3]
  ...styleProps((t) => ({ start: t.start, end: t.end })),
});
fontNav(WordRange);
defineNav(WordRange, "paragraphs", (self: WordRange) => new ParagraphCollection(self, (t, x) => rangeParagraphs(x, t.start, t.end))); // [WordApi 1.1]

/** Paragraphs of a range; under rangeBoundary "excludes" one ending at a paragraph's start does not count it (review A.5). */
function rangeParagraphs(x: Exec, start: Pos, end: Pos): ParagraphNode[] {
  const list = x.model.paragraphsBetween(start, end);
  if (x.env.modes.rangeBoundary === "excludes" && list.length > 1 && end.offset === 0) list.pop();
  return list;
}
defineNav(WordRange, "contentControls", (self: WordRange) => new ContentControlCollection(self, (t, x) => x.model.controlsIn(t.start, t.end).map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]
defineNav(WordRange, "parentContentControlOrNullObject", (self: WordRange) => new ContentControl(self, (t, x) => innermostControl(x.model, t, true), W13)); // [WordApi 1.3]
defineNav(WordRange, "parentContentControl", (self: WordRange) => new ContentControl(self, (t, x) => innermostControl(x.model, t, false), W11)); // [WordApi 1.1]
defineNav(WordRange, "parentTableOrNullObject", (self: WordRange) => new Table(self, (t, x) => tableOf(x.model.paragraphsBetween(t.start, t.end), true, ""), W13)); // [WordApi 1.3]
defineNav(WordRange, "parentTable", (self: WordRange) => new Table(self, (t, x) => tableOf(x.model.paragraphsBetween(t.start, t.end), false, "Range.parentTable"), W13)); // [WordApi 1.3]

/** The span covering two spans, or null when they lie in different stories (body vs header …). */
function spanUnion(m: DocumentModel, a: Span, b: Span): Span | null {
  if (m.storyOf(a.start.para) !== m.storyOf(b.start.para)) return null;
  const start = m.compare(a.start, b.start) <= 0 ? a.start : b.start;
  const end = m.compare(a.end, b.end) >= 0 ? a.end : b.end;
  return { start, end };
}

function innermostControl(m: DocumentModel, s: Span, orNull: boolean): any {
  const outerAt = (p: Pos) => {
    const runs = m.runsIn(p.para, p.offset, p.offset + 1).filter((r) => r.text);
    return runs[0]?.ccs ?? m.attrsAt(p).ccs;
  };
  const a = m.compare(s.start, s.end) === 0 ? m.attrsAt(s.start).ccs : outerAt(s.start);
  const endRuns = m.compare(s.start, s.end) === 0 ? a : m.runsIn(s.end.para, Math.max(0, s.end.offset - 1), s.end.offset).filter((r) => r.text)[0]?.ccs ?? [];
  const common = a.filter((id, i) => endRuns[i] === id);
  const id = common[common.length - 1];
  if (id !== undefined && m.contentControls.has(id)) return m.contentControls.get(id);
  if (orNull) return NULL;
  throw itemNotFound("parentContentControl");
}

/** Word.RangeCollection (search results). */
export class RangeCollection extends ClientCollection<WordRange> {
  get _className() {
    return "RangeCollection";
  }
  _makeItem(target: any, x: Exec): WordRange {
    const f = liveRange(x.model, target);
    return new WordRange(this.context)._resolveTo(f.target, f.anchors);
  }
  override _itemResult(item: any, x: Exec): any {
    return liveRange(x.model, item);
  }
  /** [WordApi 1.3] */
  getFirst(): WordRange {
    return this._pick("getFirst", W13, () => new WordRange(this.context), 0, false);
  }
  /** [WordApi 1.3] */
  getFirstOrNullObject(): WordRange {
    return this._pick("getFirstOrNullObject", W13, () => new WordRange(this.context), 0, true);
  }
}

// ---------- Paragraph ----------

/** Word.Paragraph. */
export class Paragraph extends SpanObject {
  get _className() {
    return "Paragraph";
  }
  _span(t: ParagraphNode): Span {
    return paragraphSpan(t);
  }
  override _check(t: ParagraphNode): ParagraphNode {
    if (t.deleted) throw itemNotFound("Paragraph");
    return t;
  }

  /** [WordApi 1.1] The new paragraph takes this paragraph's style and formatting. */
  insertParagraph(text: string, location: string): Paragraph {
    return this._call("insertParagraph", W11, (t: ParagraphNode, x) => {
      checkLocation(location, ["Before", "After"], "Paragraph.insertParagraph");
      return newParagraphNear(x.model, t, landed(text, x.env.modes), location === "Before");
    }, new Paragraph(this.context), [text, location]);
  }

  /** [WordApi 1.1] */
  delete(): void {
    this._call("delete", W11, (t: ParagraphNode, x) => {
      const m = x.model;
      // Mode lastParagraphDeletable false: Word keeps the document's final paragraph mark; the paragraph is emptied.
      if (!x.env.modes.lastParagraphDeletable && m.paragraphs[m.paragraphs.length - 1] === t && m.paragraphs.length > 1) {
        if (t.length > 0) m.deleteRange({ para: t, offset: 0 }, { para: t, offset: t.length });
        return;
      }
      m.deleteParagraph(t);
    });
  }

  /** [WordApi 1.3] */
  getNextOrNullObject(): Paragraph {
    return this._call("getNextOrNullObject", W13, (t: ParagraphNode, x) => x.model.paragraphs[x.model.indexOf(t) + 1] ?? NULL, new Paragraph(this.context));
  }

  /** [WordApi 1.3] */
  getPreviousOrNullObject(): Paragraph {
    return this._call("getPreviousOrNullObject", W13, (t: ParagraphNode, x) => x.model.paragraphs[x.model.indexOf(t) - 1] ?? NULL, new Paragraph(this.context));
  }
}

/** A paragraph property in points: read effective, written as direct formatting. */
const numberProp = (k: "firstLineIndent" | "leftIndent" | "rightIndent" | "spaceBefore" | "spaceAfter", extra?: Partial<ParaFormat>): PropDef => ({
  get: (p: ParagraphNode) => p[k],
  set: (p: ParagraphNode, v, x) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`${k} = ${String(v)}`, `Paragraph.${k}`);
    x.model.setParagraphDirect(p, { [k]: v, ...extra });
  },
});

defineProps(Paragraph, {
  text: { get: (p: ParagraphNode, x) => pictureText(p.text, x.env.modes) }, // [WordApi 1.1] a picture per mode pictureCharInText
  // [WordApi 1.1] The localized NAME of the style, never its id.
  style: { get: (p: ParagraphNode) => p.style, set: (p: ParagraphNode, v, x) => setStyleByName(x.model, paragraphSpan(p), v, "Paragraph.style", x.env.modes) },
  styleBuiltIn: { req: W13, get: (p: ParagraphNode) => p.styleBuiltIn, set: (p: ParagraphNode, v, x) => setParagraphBuiltIn(x.model, p, String(v), "Paragraph.styleBuiltIn", x.env.modes) }, // [WordApi 1.3]
  alignment: {
    // [WordApi 1.1]
    get: (p: ParagraphNode) => p.alignment,
    set: (p: ParagraphNode, v, x) => {
      if (!ALIGNMENTS.includes(v)) throw invalidArgument(`alignment '${String(v)}'`, "Paragraph.alignment");
      x.model.setParagraphDirect(p, { alignment: v });
    },
  },
  // [WordApi 1.1] Points; setting it replaces a character-unit indent (Word writes firstLineChars 0).
  firstLineIndent: numberProp("firstLineIndent", { firstLineChars: 0 }),
  leftIndent: numberProp("leftIndent"), // [WordApi 1.1]
  rightIndent: numberProp("rightIndent", { rightChars: 0 }), // [WordApi 1.1]
  spaceBefore: numberProp("spaceBefore"), // [WordApi 1.1]
  spaceAfter: numberProp("spaceAfter"), // [WordApi 1.1]
  lineSpacing: {
    // [WordApi 1.1] Points, but Word stores it as *multiple* spacing (office-js #2296).
    get: (p: ParagraphNode) => p.lineSpacing,
    set: (p: ParagraphNode, v, x) => {
      if (typeof v !== "number" || !(v > 0)) throw invalidArgument(`lineSpacing = ${String(v)}`, "Paragraph.lineSpacing");
      x.model.setParagraphDirect(p, { lineSpacing: v, lineRule: "multiple" });
    },
  },
  outlineLevel: { get: (p: ParagraphNode) => p.outlineLevel ?? 10 }, // [WordApi 1.1] 1–9, 10 = body text; from the style unless set directly
  tableNestingLevel: { req: W13, get: (p: ParagraphNode) => (p.inTable ? 1 : 0) }, // [WordApi 1.3]
  isListItem: { req: W13, get: () => false }, // [WordApi 1.3]
});
fontNav(Paragraph);
defineNav(Paragraph, "contentControls", (self: Paragraph) => new ContentControlCollection(self, (t: ParagraphNode, x) => x.model.controlsIn(...spanArgs(paragraphSpan(t))).map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]
defineNav(Paragraph, "parentTableOrNullObject", (self: Paragraph) => new Table(self, (t: ParagraphNode) => tableOf([t], true, ""), W13)); // [WordApi 1.3]
defineNav(Paragraph, "parentTable", (self: Paragraph) => new Table(self, (t: ParagraphNode) => tableOf([t], false, "Paragraph.parentTable"), W13)); // [WordApi 1.3]
defineNav(Paragraph, "parentContentControlOrNullObject", (self: Paragraph) => new ContentControl(self, (t: ParagraphNode, x) => innermostControl(x.model, paragraphSpan(t), true), W13)); // [WordApi 1.3]

const spanArgs = (s: Span): [Pos, Pos] => [s.start, s.end];

/** Word.ParagraphCollection. */
export class ParagraphCollection extends ClientCollection<Paragraph> {
  get _className() {
    return "ParagraphCollection";
  }
  _makeItem(node: ParagraphNode): Paragraph {
    return new Paragraph(this.context)._resolveTo(node);
  }
  /** [WordApi 1.3] */
  getFirst(): Paragraph {
    return this._pick("getFirst", W13, () => new Paragraph(this.context), 0, false);
  }
  /** [WordApi 1.3] */
  getFirstOrNullObject(): Paragraph {
    return this._pick("getFirstOrNullObject", W13, () => new Paragraph(this.context), 0, true);
  }
  /** [WordApi 1.3] */
  getLast(): Paragraph {
    return this._pick("getLast", W13, () => new Paragraph(this.context), -1, false);
  }
  /** [WordApi 1.3] */
  getLastOrNullObject(): Paragraph {
    return this._pick("getLastOrNullObject", W13, () => new Paragraph(this.context), -1, true);
  }
}

// ---------- ContentControl ----------

/** Word.ContentControl (rich text). */
export class ContentControl extends SpanObject {
  get _className() {
    return "ContentControl";
  }
  override _locations = { insertText: ["Replace", "Start", "End"], getRange: ["Whole", "Start", "End", "Before", "After", "Content"] };
  _span(t: ContentControlRecord, x: Exec): Span {
    return controlSpan(x.model, t, "ContentControl");
  }
  override _check(t: ContentControlRecord, x: Exec): ContentControlRecord {
    if (!x.model.contentControls.has(t.id)) throw itemNotFound("ContentControl");
    return t;
  }
  override _controlStack(t: ContentControlRecord, x: Exec): number[] {
    const s = this._span(t, x);
    for (const p of x.model.paragraphsBetween(s.start, s.end)) {
      const run = p.runs.find((r) => r.ccs.includes(t.id));
      if (run) return run.ccs.slice(0, run.ccs.indexOf(t.id) + 1);
    }
    return [t.id];
  }

  /** [WordApi 1.1] Content controls refuse edits when cannotEdit is set. */
  override insertText(text: string, location: string): WordRange {
    this._call("insertText(check)", W11, (t: ContentControlRecord) => {
      if (t.cannotEdit) throw new OfficeError("AccessDenied", "The content control cannot be edited.", "ContentControl.insertText");
    });
    return super.insertText(text, location);
  }

  /** [WordApi 1.1] */
  delete(keepContent: boolean): void {
    this._call("delete", W11, (t: ContentControlRecord, x) => {
      if (t.cannotDelete) throw new OfficeError("AccessDenied", "The content control cannot be deleted.", "ContentControl.delete");
      x.model.unwrapControl(t.id, !!keepContent);
    });
  }

  /** [WordApi 1.1] */
  clear(): void {
    this._call("clear", W11, (t: ContentControlRecord, x) => {
      insertAt(x.model, this._span(t, x), "", "Replace", this._controlStack(t, x));
    });
  }

  /** [WordApi 1.1] */
  insertParagraph(text: string, location: string): Paragraph {
    return this._call("insertParagraph", W11, (t: ContentControlRecord, x) => {
      checkLocation(location, ["Before", "After"], "ContentControl.insertParagraph");
      const s = this._span(t, x);
      return newParagraphNear(x.model, location === "Before" ? s.start.para : s.end.para, landed(text, x.env.modes), location === "Before");
    }, new Paragraph(this.context), [text, location]);
  }
}
const ccProp = <K extends keyof ContentControlRecord>(k: K, check?: (v: unknown) => boolean): PropDef => ({
  get: (t: ContentControlRecord) => t[k],
  set: (t: ContentControlRecord, v, x) => {
    if (check && !check(v)) throw invalidArgument(`${k} = ${String(v)}`, `ContentControl.${k}`);
    t[k] = v;
    x.model.version++;
  },
});
defineProps(ContentControl, {
  id: { get: (t: ContentControlRecord) => t.id }, // [WordApi 1.1]
  text: { get: (t: ContentControlRecord, x) => x.model.textBetween(...spanArgs(controlSpan(x.model, t, "ContentControl.text"))) }, // [WordApi 1.1]
  tag: ccProp("tag", (v) => typeof v === "string"), // [WordApi 1.1]
  title: ccProp("title", (v) => typeof v === "string"), // [WordApi 1.1]
  appearance: ccProp("appearance", (v) => v === "BoundingBox" || v === "Tags" || v === "Hidden"), // [WordApi 1.1]
  placeholderText: ccProp("placeholderText", (v) => typeof v === "string"), // [WordApi 1.1]
  cannotEdit: ccProp("cannotEdit", (v) => typeof v === "boolean"), // [WordApi 1.1]
  cannotDelete: ccProp("cannotDelete", (v) => typeof v === "boolean"), // [WordApi 1.1]
  color: ccProp("color", (v) => typeof v === "string"), // [WordApi 1.1]
  type: { get: () => "RichText" }, // [WordApi 1.1]
  ...styleProps((t, x) => controlSpan(x.model, t, "ContentControl.style")),
});
fontNav(ContentControl);
defineNav(ContentControl, "paragraphs", (self: ContentControl) => new ParagraphCollection(self, (t, x) => x.model.paragraphsBetween(...spanArgs(self._span(t, x))))); // [WordApi 1.1]
defineNav(ContentControl, "contentControls", (self: ContentControl) => new ContentControlCollection(self, (t: ContentControlRecord, x) => x.model.controlsIn(...spanArgs(self._span(t, x))).filter((id) => id !== t.id).map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]

/** Word.ContentControlCollection. */
export class ContentControlCollection extends ClientCollection<ContentControl> {
  get _className() {
    return "ContentControlCollection";
  }
  _makeItem(rec: ContentControlRecord): ContentControl {
    return new ContentControl(this.context)._resolveTo(rec);
  }
  private _filtered(name: string, keep: (c: ContentControlRecord) => boolean): ContentControlCollection {
    return this._call(name, W11, (t: ContentControlRecord[], x) => this._list(t, x).filter(keep), new ContentControlCollection(this.context));
  }
  /** [WordApi 1.1] */
  getByTag(tag: string): ContentControlCollection {
    return this._filtered("getByTag", (c) => c.tag === tag);
  }
  /** [WordApi 1.1] */
  getByTitle(title: string): ContentControlCollection {
    return this._filtered("getByTitle", (c) => c.title === title);
  }
  /** [WordApi 1.1] */
  getById(id: number): ContentControl {
    return this._call("getById", W11, (t: ContentControlRecord[]) => {
      const c = t.find((r) => r.id === id);
      if (!c) throw itemNotFound("ContentControlCollection.getById");
      return c;
    }, new ContentControl(this.context));
  }
  /** [WordApi 1.3] */
  getByIdOrNullObject(id: number): ContentControl {
    return this._call("getByIdOrNullObject", W13, (t: ContentControlRecord[]) => t.find((r) => r.id === id) ?? NULL, new ContentControl(this.context));
  }
  /** [WordApi 1.3] */
  getFirst(): ContentControl {
    return this._pick("getFirst", W13, () => new ContentControl(this.context), 0, false);
  }
  /** [WordApi 1.3] */
  getFirstOrNullObject(): ContentControl {
    return this._pick("getFirstOrNullObject", W13, () => new ContentControl(this.context), 0, true);
  }
}

// ---------- Body ----------

/** Word.Body (the main document). */
export class Body extends SpanObject {
  get _className() {
    return "Body";
  }
  _span(_t: unknown, x: Exec): Span {
    return wholeSpan(x.model);
  }

  /** [WordApi 1.1] */
  insertParagraph(text: string, location: string): Paragraph {
    return this._call("insertParagraph", W11, (_t, x) => {
      checkLocation(location, ["Start", "End"], "Body.insertParagraph");
      const m = x.model;
      const ref = location === "Start" ? m.paragraphs[0]! : m.paragraphs[m.paragraphs.length - 1]!;
      return newParagraphNear(m, ref, landed(text, x.env.modes), location === "Start");
    }, new Paragraph(this.context), [text, location]);
  }

  /** [WordApi 1.1] */
  clear(): void {
    this._call("clear", W11, (_t, x) => {
      const m = x.model;
      m.deleteRange(m.start(), m.end());
      m.dropOrphanControls();
    });
  }
}
defineProps(Body, {
  text: { get: (_t, x) => pictureText(x.model.textBetween(x.model.start(), x.model.end()), x.env.modes) }, // [WordApi 1.1]
  ...styleProps((_t, x) => wholeSpan(x.model)),
  type: { req: W13, get: () => "MainDoc" }, // [WordApi 1.3]
});
fontNav(Body);
defineNav(Body, "paragraphs", (self: Body) => new ParagraphCollection(self, (_t, x) => [...x.model.paragraphs])); // [WordApi 1.1]
defineNav(Body, "contentControls", (self: Body) => new ContentControlCollection(self, (_t, x) => x.model.controlsIn().map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]

// ---------- custom XML parts and settings (WordApi 1.4) ----------

/** Word.CustomXmlPart [WordApi 1.4]. */
export class CustomXmlPart extends ClientObject {
  get _className() {
    return "CustomXmlPart";
  }
  override _check(t: CustomXmlPartRecord, x: Exec): CustomXmlPartRecord {
    if (!x.model.customXmlParts.includes(t)) throw itemNotFound("CustomXmlPart");
    return t;
  }
  /** [WordApi 1.4] */
  getXml(): ClientResult<string> {
    const r = new ClientResult<string>();
    this._call("getXml", W14, (t: CustomXmlPartRecord) => r._resolve(t.xml));
    return r;
  }
  /** [WordApi 1.4] */
  setXml(xml: string): void {
    this._call("setXml", W14, (t: CustomXmlPartRecord, x) => {
      // #1643: a part stored with an XML declaration refused later updates.
      if (x.env.modes.customXmlDeclaration === "breaks-setXml" && /^\s*<\?xml/.test(t.xml)) throw new OfficeError("GeneralException", "An internal error has occurred.", "CustomXmlPart.setXml");
      const ns = rootNamespace(xml, "CustomXmlPart.setXml");
      t.xml = xml;
      t.namespaceUri = ns;
      x.model.version++;
    }, undefined, [xml]);
  }
  /** [WordApi 1.4] */
  delete(): void {
    this._call("delete", W14, (t: CustomXmlPartRecord, x) => {
      x.model.customXmlParts = x.model.customXmlParts.filter((p) => p !== t);
      x.model.version++;
    });
  }
}
defineProps(CustomXmlPart, {
  id: { req: W14, get: (t: CustomXmlPartRecord) => t.id }, // [WordApi 1.4]
  namespaceUri: { req: W14, get: (t: CustomXmlPartRecord) => t.namespaceUri }, // [WordApi 1.4]
});

function rootNamespace(xml: unknown, where: string): string {
  if (typeof xml !== "string") throw invalidArgument("xml", where);
  const m = /<\s*([\w.-]+:)?[\w.-]+[^>]*?\sxmlns(?::([\w.-]+))?\s*=\s*"([^"]*)"/.exec(xml.replace(/<\?[^?]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
  try {
    parseOoxmlRootOnly(xml);
  } catch {
    throw invalidArgument("malformed XML", where);
  }
  if (!m) return "";
  const prefix = m[1]?.slice(0, -1);
  return (prefix ?? undefined) === (m[2] ?? undefined) ? m[3]! : "";
}

function parseOoxmlRootOnly(xml: string): void {
  // Reuse the OOXML parser's strict XML check: a part that is not well-formed is rejected.
  try {
    parseOoxml(xml);
  } catch (e) {
    if (String(e).startsWith("malformed XML") || String(e) === "no root element") throw e;
  }
}

class CustomXmlPartCollectionBase extends ClientCollection<CustomXmlPart> {
  get _className() {
    return "CustomXmlPartCollection";
  }
  _makeItem(rec: CustomXmlPartRecord): CustomXmlPart {
    return new CustomXmlPart(this.context)._resolveTo(rec);
  }
  /** [WordApi 1.4] */
  getItem(id: string): CustomXmlPart {
    return this._call("getItem", W14, (t: CustomXmlPartRecord[]) => t.find((p) => p.id === id) ?? fail(itemNotFound("CustomXmlPartCollection.getItem")), new CustomXmlPart(this.context));
  }
  /** [WordApi 1.4] */
  getItemOrNullObject(id: string): CustomXmlPart {
    return this._call("getItemOrNullObject", W14, (t: CustomXmlPartRecord[]) => t.find((p) => p.id === id) ?? NULL, new CustomXmlPart(this.context));
  }
  /** [WordApi 1.4] */
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._call("getCount", W14, (t: CustomXmlPartRecord[]) => r._resolve(t.length));
    return r;
  }
}

const fail = (e: Error): never => {
  throw e;
};

/** Word.CustomXmlPartCollection [WordApi 1.4]. */
export class CustomXmlPartCollection extends CustomXmlPartCollectionBase {
  /** [WordApi 1.4] */
  add(xml: string): CustomXmlPart {
    return this._call("add", W14, (_t, x) => x.model.addCustomXmlPart(xml, rootNamespace(xml, "CustomXmlPartCollection.add")), new CustomXmlPart(this.context), [xml]);
  }
  /** [WordApi 1.4] */
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return this._call("getByNamespace", W14, (t: CustomXmlPartRecord[]) => t.filter((p) => p.namespaceUri === namespaceUri), new CustomXmlPartScopedCollection(this.context), [namespaceUri]);
  }
}

/** Word.CustomXmlPartScopedCollection [WordApi 1.4]. */
export class CustomXmlPartScopedCollection extends CustomXmlPartCollectionBase {
  override get _className() {
    return "CustomXmlPartScopedCollection";
  }
  /** #6673: on the web `items` of an empty getByNamespace result loaded as undefined. */
  override _snapshot(paths: string[] | null, x: Exec): void {
    super._snapshot(paths, x);
    if (x.env.modes.customXmlEmptyItems === "undefined" && (this._values.get("items") as unknown[] | undefined)?.length === 0) this._values.set("items", undefined);
  }
  /** [WordApi 1.4] */
  getOnlyItem(): CustomXmlPart {
    return this._call("getOnlyItem", W14, (t: CustomXmlPartRecord[]) => (t.length === 1 ? t[0] : fail(itemNotFound("getOnlyItem"))), new CustomXmlPart(this.context));
  }
  /** [WordApi 1.4] More than one item fails (InvalidOperation in Word); none gives a null object. */
  getOnlyItemOrNullObject(): CustomXmlPart {
    return this._call("getOnlyItemOrNullObject", W14, (t: CustomXmlPartRecord[]) => {
      if (t.length > 1) throw new OfficeError("InvalidOperation", "The collection has more than one item.", "getOnlyItemOrNullObject");
      return t[0] ?? NULL;
    }, new CustomXmlPart(this.context));
  }
}

/** Word.Setting [WordApi 1.4]. */
export class Setting extends ClientObject {
  get _className() {
    return "Setting";
  }
  override _check(key: string, x: Exec): string {
    if (!x.model.settings.has(key)) throw itemNotFound("Setting");
    return key;
  }
  /** [WordApi 1.4] */
  delete(): void {
    this._call("delete", W14, (key: string, x) => {
      x.model.settings.delete(key);
      x.model.version++;
    });
  }
}
defineProps(Setting, {
  key: { req: W14, get: (key: string) => key }, // [WordApi 1.4]
  value: {
    // [WordApi 1.4]
    req: W14,
    get: (key: string, x) => structuredCloneJson(x.model.settings.get(key)),
    set: (key: string, v, x) => {
      x.model.settings.set(key, structuredCloneJson(v));
      x.model.version++;
    },
  },
});

const structuredCloneJson = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/** Word.SettingCollection [WordApi 1.4]. */
export class SettingCollection extends ClientCollection<Setting> {
  get _className() {
    return "SettingCollection";
  }
  override _list(_t: unknown, x: Exec): string[] {
    return [...x.model.settings.keys()];
  }
  _makeItem(key: string): Setting {
    return new Setting(this.context)._resolveTo(key);
  }
  /** [WordApi 1.4] */
  add(key: string, value: unknown): Setting {
    return this._call("add", W14, (_t, x) => {
      if (typeof key !== "string" || !key) throw invalidArgument("key", "SettingCollection.add");
      x.model.settings.set(key, structuredCloneJson(value));
      x.model.version++;
      return key;
    }, new Setting(this.context), [key, value]);
  }
  /** [WordApi 1.4] */
  getItem(key: string): Setting {
    return this._call("getItem", W14, (_t, x) => (x.model.settings.has(key) ? key : fail(itemNotFound("SettingCollection.getItem"))), new Setting(this.context));
  }
  /** [WordApi 1.4] */
  getItemOrNullObject(key: string): Setting {
    return this._call("getItemOrNullObject", W14, (_t, x) => (x.model.settings.has(key) ? key : NULL), new Setting(this.context));
  }
  /** [WordApi 1.4] */
  deleteAll(): void {
    this._call("deleteAll", W14, (_t, x) => {
      x.model.settings.clear();
      x.model.version++;
    });
  }
  /** [WordApi 1.4] */
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this._call("getCount", W14, (_t, x) => r._resolve(x.model.settings.size));
    return r;
  }
}

// ---------- Document ----------

/** Word.Document. */
export class WordDocument extends ClientObject {
  get _className() {
    return "Document";
  }
  constructor(ctx: RequestContext) {
    super(ctx);
    this._resolveTo("document");
  }
  /** [WordApi 1.1] A live range over the current selection (collapsed = insertion point). */
  getSelection(): WordRange {
    return this._call("getSelection", W11, (_t, x) => {
      const { start, end } = x.model.selection;
      return liveRange(x.model, { start: copyPos(start), end: copyPos(end) });
    }, new WordRange(this.context));
  }
}
defineProps(WordDocument, {
  saved: { get: () => true }, // [WordApi 1.1]
});
defineNav(WordDocument, "body", (self: WordDocument) => new Body(self, () => "body")); // [WordApi 1.1]
defineNav(WordDocument, "contentControls", (self: WordDocument) => new ContentControlCollection(self, (_t, x) => x.model.controlsIn().map((id) => x.model.contentControls.get(id)!))); // [WordApi 1.1]
defineNav(WordDocument, "customXmlParts", (self: WordDocument) => new CustomXmlPartCollection(self, (_t, x) => [...x.model.customXmlParts], W14)); // [WordApi 1.4]
defineNav(WordDocument, "settings", (self: WordDocument) => new SettingCollection(self, () => "settings", W14)); // [WordApi 1.4]

export { DEFAULT_FONT };
