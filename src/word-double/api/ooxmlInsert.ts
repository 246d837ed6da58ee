/** getOoxml and insertOoxml over the model: packages out and in, with their styles. */
import { invalidArgument } from "../errors";
import { type Anchor, DEFAULT_FONT, DEFAULT_PARAGRAPH, type DocumentModel, ParagraphNode, type Pos } from "../model";
import { type FidelityModes, packageHasStylesPart } from "../modes";
import { type ControlInfo, type OoxmlParagraph, type OutMarker, type ParsedMarker, type ParsedParagraph, type ParsedStyle, parseOoxmlPackage, sectPrXml, toOoxml } from "../ooxml";
import { PARA_FORMAT_KEYS, type ParaFormat, builtInOfName, localizedBuiltInName } from "../styles";
import { type Span, copyPos } from "./span";

/** getOoxml: pStyle/rStyle ids and direct formatting, with the styles they use in a styles part (as Word's package has). */
export function paragraphOoxml(m: DocumentModel, s: Span): string {
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
export function insertOoxmlAt(m: DocumentModel, s: Span, xml: unknown, loc: string, where: string, block: boolean, modes: FidelityModes, partway = false): Span {
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
