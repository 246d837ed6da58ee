/**
 * Edits planned against the document as it was read earlier (a scan, a check) are carried over to
 * the document as it is now by their TEXT, never by paragraph index alone: a paragraph is found
 * again by its whole text; a paragraph that changed is found by a window of text around the edit
 * that was unique in the old document and is unique in the new one. Anything else is "changed".
 */

/** An edit of characters [start, end) of paragraph `paragraph`, as the document was read. */
export interface TextEdit {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

export type Relocation<E extends TextEdit> =
  /** Found: the same characters at these coordinates of the current document. */
  | { status: "located"; edit: E; paragraph: number; start: number; end: number }
  /** The current document already reads as if this edit had been made (a re-run). */
  | { status: "done"; edit: E; paragraph: number }
  /** Its text is gone or can no longer be told apart. */
  | { status: "changed"; edit: E };

/** Longest context (each side) a window may take to become unique. */
const MAX_CONTEXT = 40;
/** Shortest context (each side, where the paragraph has it) that may identify a place. */
const MIN_CONTEXT = 4;

/** Paragraph texts → indices, built once per document (linear). */
function indexByText(texts: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const list = map.get(text);
    if (list) list.push(i);
    else map.set(text, [i]);
  });
  return map;
}

/** Counts occurrences of `needle` in all texts, stopping at 2 (we only ask "exactly once?"). */
function occursOnce(texts: readonly string[], needle: string): { paragraph: number; at: number } | null {
  let found: { paragraph: number; at: number } | null = null;
  for (let p = 0; p < texts.length; p++) {
    const text = texts[p] ?? "";
    let at = text.indexOf(needle);
    while (at >= 0) {
      if (found) return null;
      found = { paragraph: p, at };
      at = text.indexOf(needle, at + 1);
    }
  }
  return found;
}

/** The text of a paragraph after its edits (edits must not overlap). */
export function applyTextEdits(text: string, edits: readonly Pick<TextEdit, "start" | "end" | "replacement">[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/**
 * Finds every edit's place in `current`. Linear in the document for paragraphs that did not
 * change; a changed paragraph costs a document-wide uniqueness search per edit (bounded).
 */
export function relocateEdits<E extends TextEdit>(original: readonly string[], current: readonly string[], edits: readonly E[]): Relocation<E>[] {
  const before = indexByText(original);
  const after = indexByText(current);
  const byParagraph = new Map<number, E[]>();
  for (const e of edits) {
    const list = byParagraph.get(e.paragraph);
    if (list) list.push(e);
    else byParagraph.set(e.paragraph, [e]);
  }
  const out: Relocation<E>[] = [];
  for (const [index, list] of byParagraph) {
    const text = original[index];
    if (text === undefined) {
      for (const edit of list) out.push({ status: "changed", edit });
      continue;
    }
    const target = sameParagraph(text, index, before, after);
    if (target !== null) {
      for (const edit of list) {
        const ok = current[target]?.slice(edit.start, edit.end) === text.slice(edit.start, edit.end);
        out.push(ok ? { status: "located", edit, paragraph: target, start: edit.start, end: edit.end } : { status: "changed", edit });
      }
      continue;
    }
    // The paragraph already reads as after all its edits: a second run of the same job.
    const doneText = applyTextEdits(text, list);
    const doneAt = before.has(doneText) ? [] : (after.get(doneText) ?? []);
    const done = doneAt.length === 1 ? doneAt[0]! : null;
    if (done !== null) {
      for (const edit of list) out.push({ status: "done", edit, paragraph: done });
      continue;
    }
    for (const edit of list) out.push(byContext(original, current, edit));
  }
  return out;
}

/** The current index of paragraph `index` (text `text`) when identical paragraphs match up one to one. */
function sameParagraph(text: string, index: number, before: Map<string, number[]>, after: Map<string, number[]>): number | null {
  const was = before.get(text) ?? [];
  const now = after.get(text) ?? [];
  if (now.length === 0 || now.length !== was.length) return null;
  const rank = was.indexOf(index);
  return rank < 0 ? null : (now[rank] ?? null);
}

/** Locates one edit by the smallest window around it that is unique in both documents. */
function byContext<E extends TextEdit>(original: readonly string[], current: readonly string[], edit: E): Relocation<E> {
  const text = original[edit.paragraph] ?? "";
  const target = text.slice(edit.start, edit.end);
  if (!target) return { status: "changed", edit };
  for (let extra = 1; extra <= 2 * MAX_CONTEXT; extra++) {
    for (let left = Math.min(extra, MAX_CONTEXT); left >= Math.max(0, extra - MAX_CONTEXT); left--) {
      const a = edit.start - left;
      const b = edit.end + (extra - left);
      if (a < 0 || b > text.length) continue;
      // A window carries real context on both sides where the paragraph has any: the edit's own
      // characters alone could as well be someone else's.
      if (left < Math.min(MIN_CONTEXT, edit.start) || b - edit.end < Math.min(MIN_CONTEXT, text.length - edit.end)) continue;
      const window = text.slice(a, b);
      if (occursOnce(original, window) === null) continue;
      const now = occursOnce(current, window);
      if (!now) return { status: "changed", edit };
      const start = now.at + left;
      return { status: "located", edit, paragraph: now.paragraph, start, end: start + target.length };
    }
    if (edit.start - extra < 0 && edit.end + extra > text.length) break;
  }
  return { status: "changed", edit };
}
