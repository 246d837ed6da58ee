/** Spans (start and end positions in the model) and the live ranges over them. */
import { invalidArgument, itemNotFound } from "../errors";
import { type Anchor, type ContentControlRecord, type DocumentModel, ParagraphNode, type Pos } from "../model";
import { type Exec, Fixed, NULL } from "../runtime";

export interface Span {
  start: Pos;
  end: Pos;
}

export function paragraphSpan(p: ParagraphNode): Span {
  return { start: { para: p, offset: 0 }, end: { para: p, offset: p.length } };
}

export function wholeSpan(m: DocumentModel): Span {
  return { start: m.start(), end: m.end() };
}

export function controlSpan(m: DocumentModel, cc: ContentControlRecord, where: string): Span {
  const ext = m.controlExtent(cc.id);
  if (!ext || !m.contentControls.has(cc.id)) throw itemNotFound(where);
  return ext;
}

export const copyPos = (p: Pos): Pos => ({ para: p.para, offset: p.offset });

/** A live range target: start anchor moves past text inserted at it, end anchor does not. */
export function liveRange(m: DocumentModel, s: Span): Fixed {
  const start = m.anchor(s.start, "after");
  const end = m.anchor(s.end, "before");
  return new Fixed({ start, end }, [start, end]);
}

export function setAnchor(m: DocumentModel, a: Anchor, p: Pos): void {
  if (a.para !== p.para) {
    a.para.anchors.delete(a);
    p.para.anchors.add(a);
    a.para = p.para;
  }
  a.offset = p.offset;
  void m;
}

export function checkLocation(loc: unknown, allowed: string[], where: string): string {
  if (typeof loc !== "string" || !allowed.includes(loc)) throw invalidArgument(`location '${String(loc)}'`, where);
  return loc;
}


export const spanArgs = (s: Span): [Pos, Pos] => [s.start, s.end];

/** The span covering two spans, or null when they lie in different stories (body vs header …). */
export function spanUnion(m: DocumentModel, a: Span, b: Span): Span | null {
  if (m.storyOf(a.start.para) !== m.storyOf(b.start.para)) return null;
  const start = m.compare(a.start, b.start) <= 0 ? a.start : b.start;
  const end = m.compare(a.end, b.end) >= 0 ? a.end : b.end;
  return { start, end };
}

/** Paragraphs of a range; under rangeBoundary "excludes" one ending at a paragraph's start does not count it (review A.5). */
export function rangeParagraphs(x: Exec, start: Pos, end: Pos): ParagraphNode[] {
  const list = x.model.paragraphsBetween(start, end);
  if (x.env.modes.rangeBoundary === "excludes" && list.length > 1 && end.offset === 0) list.pop();
  return list;
}

export function innermostControl(m: DocumentModel, s: Span, orNull: boolean): any {
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


export function tableOf(paras: ParagraphNode[], orNull: boolean, where: string): any {
  const p = paras.find((q) => q.inTable);
  if (p) return p;
  if (orNull) return NULL;
  throw itemNotFound(where);
}
