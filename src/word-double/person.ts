/**
 * A person editing the document while an operation runs between two round trips: typing, IME
 * text, Enter, Backspace joining two paragraphs, deleting, cutting a paragraph, moving a section,
 * selecting and overtyping. Each edit goes through the model's primitives, so live ranges move as
 * they would (and the fidelity modes deletedRange / rangeGrowth decide the unsettled cases).
 * Indices are taken modulo the document, so a generated edit always applies somewhere. Typing
 * (type, ime, overtype) leaves the person's caret just after the typed text, as in Word.
 */
import type { Anchor, DocumentModel } from "./model";
import type { FidelityModes } from "./modes";

export type PersonEdit =
  | { kind: "type"; paragraph: number; offset: number; text: string }
  /** Text composed with an IME: search may no longer find the paragraph (modes searchImeMiss). */
  | { kind: "ime"; paragraph: number; offset: number; text: string }
  | { kind: "enter"; paragraph: number; offset: number }
  /** Backspace at the start of `paragraph`: it joins the one before. */
  | { kind: "join"; paragraph: number }
  | { kind: "delete"; paragraph: number; start: number; end: number }
  | { kind: "cut"; paragraph: number }
  /** Cuts `count` paragraphs from `from` and pastes them before paragraph `to` of what is left. */
  | { kind: "move"; from: number; count: number; to: number }
  | { kind: "overtype"; paragraph: number; start: number; end: number; text: string };

interface Target {
  model: DocumentModel;
  modes: Readonly<FidelityModes>;
}

const mod = (n: number, m: number) => (m <= 0 ? 0 : ((Math.floor(n) % m) + m) % m);

/** Applies one edit now; returns a description of what was done (for a failing case's report). */
export function applyPersonEdit(d: Target, edit: PersonEdit): string {
  const m = d.model;
  const count = m.paragraphs.length;
  const para = (i: number) => m.paragraphs[mod(i, count)]!;
  switch (edit.kind) {
    case "type":
    case "ime": {
      const p = para(edit.paragraph);
      const offset = mod(edit.offset, p.length + 1);
      typeAt(d, p, offset, edit.text);
      caretAfter(m, p, offset + edit.text.length);
      if (edit.kind === "ime") p.ime = true;
      return `${edit.kind} "${edit.text}" at ${m.indexOf(p)}:${offset}`;
    }
    case "enter": {
      const p = para(edit.paragraph);
      const offset = mod(edit.offset, p.length + 1);
      m.splitParagraph(p, offset);
      return `Enter at ${m.indexOf(p)}:${offset}`;
    }
    case "join": {
      if (count < 2) return "join: one paragraph";
      const i = Math.max(1, mod(edit.paragraph, count));
      const prev = m.paragraphs[i - 1]!;
      m.deleteRange({ para: prev, offset: prev.length }, { para: m.paragraphs[i]!, offset: 0 });
      return `Backspace joins ${i} to ${i - 1}`;
    }
    case "delete": {
      const p = para(edit.paragraph);
      const a = mod(edit.start, p.length + 1);
      const b = Math.min(p.length, a + Math.max(1, Math.abs(Math.floor(edit.end - edit.start)) % 8));
      m.deleteRange({ para: p, offset: a }, { para: p, offset: b });
      return `delete ${m.indexOf(p)}:${a}-${b}`;
    }
    case "cut": {
      const p = para(edit.paragraph);
      const i = m.indexOf(p);
      m.deleteParagraph(p);
      return `cut paragraph ${i}`;
    }
    case "move": {
      if (count < 2) return "move: one paragraph";
      const from = mod(edit.from, count);
      const n = 1 + mod(edit.count, Math.min(4, count - from));
      const moved = m.paragraphs.slice(from, from + n);
      const copies = moved.map((p) => {
        const c = p.cloneEmpty();
        c.runs = p.runs.map((r) => ({ ...r, font: { ...r.font }, direct: { ...r.direct }, ccs: [] }));
        c.ime = p.ime;
        return c;
      });
      if (n >= count) return "move: whole document";
      for (const p of moved) m.deleteParagraph(p);
      const to = mod(edit.to, m.paragraphs.length + 1);
      m.insertParagraphs(to, copies);
      return `move ${from}..${from + n - 1} before ${to}`;
    }
    case "overtype": {
      const p = para(edit.paragraph);
      const a = mod(edit.start, p.length + 1);
      const b = Math.min(p.length, a + Math.max(1, Math.abs(Math.floor(edit.end - edit.start)) % 7));
      m.deleteRange({ para: p, offset: a }, { para: p, offset: b });
      typeAt(d, p, a, edit.text);
      caretAfter(m, p, a + edit.text.length);
      return `select ${m.indexOf(p)}:${a}-${b} and type "${edit.text}"`;
    }
  }
}

/**
 * A person types at their own caret: afterwards it is an insertion point just after what they
 * typed (Word moves it as they type). Their selection never comes to hold their own typing.
 */
function caretAfter(m: DocumentModel, p: DocumentModel["paragraphs"][number], offset: number): void {
  const i = m.indexOf(p);
  if (i >= 0) m.setSelection(i, offset);
}

/**
 * Types as a person does. Under rangeGrowth "edges", a range starting or ending exactly where the
 * text goes takes it in (its start stays, its end moves past the text).
 */
function typeAt(d: Target, p: DocumentModel["paragraphs"][number], offset: number, text: string): void {
  const atEdge: Anchor[] = d.modes.rangeGrowth === "edges" ? [...p.anchors].filter((a) => a.offset === offset) : [];
  d.model.insertText({ para: p, offset }, text);
  for (const a of atEdge) a.offset = a.side === "after" ? offset : offset + text.length;
}
