/** Text insertion, search and new paragraphs over the model, as the proxy methods use them. */
import { OfficeError, invalidArgument } from "../errors";
import { type DocumentModel, ParagraphNode, type RunAttrs } from "../model";
import { type FidelityModes, searchFolder } from "../modes";
import { type SearchOptions, findAll, searchRegExp } from "../search";
import { type Span, copyPos } from "./span";

/** Formatting for text replacing a span: its first character's formatting, controls enclosing all of it. */
export function replaceAttrs(m: DocumentModel, s: Span): RunAttrs {
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
export function insertAt(m: DocumentModel, s: Span, text: string, loc: string, controlStack?: number[]): { inserted: Span; span: Span } {
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
export function searchSpan(m: DocumentModel, s: Span, text: unknown, options: SearchOptions | undefined, where: string, modes: FidelityModes): Span[] {
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


/** What an inline picture reads as in text, per mode pictureCharInText (the model stores "\u0001"). */
export function pictureText(text: string, modes: FidelityModes): string {
  if (modes.pictureCharInText === "u0001" || !text.includes(PICTURE_CHAR)) return text;
  return text.replaceAll(PICTURE_CHAR, modes.pictureCharInText === "" ? "" : "\uFFFC");
}
export const PICTURE_CHAR = "\u0001";

/** Text as it lands: mode zeroWidthJoinerInInsert "stripped" drops U+2060. */
export const landed = (text: string, modes: FidelityModes): string => (modes.zeroWidthJoinerInInsert === "stripped" ? text.replace(/\u2060/g, "") : text);

export function newParagraphNear(m: DocumentModel, ref: ParagraphNode, text: string, before: boolean): ParagraphNode {
  const node = ref.cloneEmpty();
  m.insertParagraphs(m.indexOf(ref) + (before ? 0 : 1), [node]);
  m.insertText({ para: node, offset: 0 }, text, { font: { ...node.markFont }, ccs: [], direct: { ...node.markDirect } });
  return node;
}
