/** Paragraph and character styles assigned through the API, per fidelity mode. */
import { OfficeError, invalidArgument } from "../errors";
import { type DocumentModel, ParagraphNode } from "../model";
import type { FidelityModes } from "../modes";
import type { Exec, PropDef } from "../runtime";
import { W13 } from "./shared";
import type { Span } from "./span";

/**
 * `style = name` over a span: a paragraph style goes to each paragraph, a character style to exactly
 * the span's characters. Names are localized (word.paragraph#style); an unknown name fails with
 * ItemNotFound at sync (verify in real Word: the 诊断 probe "style by name").
 */
export function setStyleByName(m: DocumentModel, s: Span, name: unknown, where: string, modes: FidelityModes): void {
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
export function assignParagraphStyle(m: DocumentModel, p: ParagraphNode, styleId: string, modes: FidelityModes): void {
  if (modes.styleAssignDirect === "clears-majority" && p.length > 0) {
    for (const k of EMPHASIS_KEYS) {
      const covered = p.runs.reduce((n, r) => n + (r.direct[k] !== undefined && r.direct[k] !== false && r.direct[k] !== "None" ? r.text.length : 0), 0);
      if (covered * 2 > p.length) for (const r of p.runs) delete r.direct[k];
    }
  }
  m.setParagraphStyle(p, styleId);
}

export function setParagraphBuiltIn(m: DocumentModel, p: ParagraphNode, builtIn: string, where: string, modes: FidelityModes): void {
  const style = m.styles.ensureBuiltIn(builtIn);
  if (!style || style.type !== "Paragraph") throw invalidArgument(`styleBuiltIn '${builtIn}'`, where);
  assignParagraphStyle(m, p, style.id, modes);
}

/** Range.style reads a character style when one covers the whole span, else the first paragraph's style. */
export function styleOfSpan(m: DocumentModel, s: Span): string {
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

/** Style props shared by Body, Range and ContentControl: a paragraph style is read from the first paragraph, written to all. */
export function styleProps(spanOf: (t: any, x: Exec) => Span): Record<string, PropDef> {
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
