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
  // Pieces joined once (linear): re-slicing the text per edit is quadratic on a long paragraph.
  const pieces: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    pieces.push(text.slice(at, e.start), e.replacement);
    at = Math.max(at, e.end);
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/**
 * Finds every edit's place in `current`. Linear in the document for paragraphs that did not
 * change; a changed paragraph costs a document-wide uniqueness search for its first edit that can
 * be placed (bounded), and its other edits follow by the text it shares with the paragraph found.
 */
export function relocateEdits<E extends TextEdit>(original: readonly string[], current: readonly string[], edits: readonly E[]): Relocation<E>[] {
  const pairing = pairIdentical(original, current);
  const before = indexByText(original);
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
    // The paragraph already reads as after all its edits: a second run of the same job. The
    // edited text must be new (absent before) and its place must match one to one, so that an
    // identical line elsewhere, edited by the first run, is never taken for this one. It wins over
    // an unedited identical line at the same place (one moved in since): a re-run never writes twice.
    const doneText = applyTextEdits(text, list);
    const done = before.has(doneText) ? null : pairing.doneAt(index, doneText);
    if (done !== null) {
      for (const edit of list) out.push({ status: "done", edit, paragraph: done });
      continue;
    }
    const target = pairing.same(index);
    if (target !== null) {
      for (const edit of list) {
        const ok = current[target]?.slice(edit.start, edit.end) === text.slice(edit.start, edit.end);
        out.push(ok ? { status: "located", edit, paragraph: target, start: edit.start, end: edit.end } : { status: "changed", edit });
      }
      continue;
    }
    out.push(...byContextAll(original, current, text, list));
  }
  return out;
}

/**
 * Matches paragraphs of the two documents by text. A paragraph whose text occurs more than once
 * is told apart by its landmarks — the nearest paragraphs before and after it whose text is
 * unique in both documents — and matched only when its (text, landmarks) occur as often in both:
 * two identical lines whose sections swapped are "changed", never paired by rank (review 2, 3a).
 */
function pairIdentical(original: readonly string[], current: readonly string[]) {
  const count = (texts: readonly string[]) => {
    const map = new Map<string, number>();
    for (const t of texts) map.set(t, (map.get(t) ?? 0) + 1);
    return map;
  };
  const inOriginal = count(original);
  const inCurrent = count(current);
  const isLandmark = (t: string) => inOriginal.get(t) === 1 && inCurrent.get(t) === 1;
  const signatures = (texts: readonly string[]) => {
    const prev: string[] = new Array<string>(texts.length);
    const next: string[] = new Array<string>(texts.length);
    let last = "\u0000start";
    for (let i = 0; i < texts.length; i++) {
      prev[i] = last;
      if (isLandmark(texts[i]!)) last = texts[i]!;
    }
    last = "\u0000end";
    for (let i = texts.length - 1; i >= 0; i--) {
      next[i] = last;
      if (isLandmark(texts[i]!)) last = texts[i]!;
    }
    return (i: number) => (isLandmark(texts[i]!) ? `\u0000L${texts[i]}` : `${texts[i]}\u0000${prev[i]}\u0000${next[i]}`);
  };
  const keyBefore = signatures(original);
  const keyAfter = signatures(current);
  const group = (texts: readonly string[], key: (i: number) => string) => {
    const map = new Map<string, number[]>();
    texts.forEach((_t, i) => {
      const k = key(i);
      const list = map.get(k);
      if (list) list.push(i);
      else map.set(k, [i]);
    });
    return map;
  };
  const groupsBefore = group(original, keyBefore);
  const groupsAfter = group(current, keyAfter);
  return {
    /** The current index of original paragraph `index` when it is matched one to one; else null. */
    same(index: number): number | null {
      const key = keyBefore(index);
      const was = groupsBefore.get(key) ?? [];
      const now = groupsAfter.get(key) ?? [];
      if (now.length === 0 || now.length !== was.length) return null;
      const rank = was.indexOf(index);
      return rank < 0 ? null : (now[rank] ?? null);
    },
    /** The current paragraph reading `doneText` at the place of original paragraph `index`, when exactly one. */
    doneAt(index: number, doneText: string): number | null {
      const key = keyBefore(index);
      // A paragraph unique in both documents was found by same(); here the key names its landmarks.
      if (key.startsWith("\u0000L")) return null;
      const was = groupsBefore.get(key) ?? [];
      const now = groupsAfter.get(doneText + key.slice(key.indexOf("\u0000"))) ?? [];
      return was.length === 1 && now.length === 1 ? now[0]! : null;
    },
  };
}

/**
 * Edits of one changed paragraph. An edit that a unique window places fixes which current
 * paragraph it became, and the stretch of text around it that reads the same in both (grown
 * character by character from it); other edits inside that stretch, with their context, follow at
 * the same shift — no search of the document each (review 2, 7d). The rest are placed by their
 * own windows, each adding its stretch.
 */
function byContextAll<E extends TextEdit>(original: readonly string[], current: readonly string[], text: string, list: readonly E[]): Relocation<E>[] {
  const out: Relocation<E>[] = [];
  const stretches: Array<{ paragraph: number; from: number; to: number; shift: number }> = [];
  for (const edit of [...list].sort((x, y) => x.start - y.start)) {
    const a = edit.start - Math.min(MIN_CONTEXT, edit.start);
    const b = edit.end + Math.min(MIN_CONTEXT, text.length - edit.end);
    const inside = edit.end > edit.start ? stretches.find((s) => s.from <= a && b <= s.to) : undefined;
    if (inside) {
      const start = edit.start + inside.shift;
      out.push({ status: "located", edit, paragraph: inside.paragraph, start, end: start + edit.end - edit.start });
      continue;
    }
    const r = byContext(original, current, edit);
    out.push(r);
    if (r.status !== "located") continue;
    const now = current[r.paragraph]!;
    const shift = r.start - edit.start;
    let from = edit.start;
    while (from > 0 && from + shift > 0 && text.charCodeAt(from - 1) === now.charCodeAt(from - 1 + shift)) from--;
    let to = edit.end;
    while (to < text.length && to + shift < now.length && text.charCodeAt(to) === now.charCodeAt(to + shift)) to++;
    stretches.push({ paragraph: r.paragraph, from, to, shift });
  }
  return out;
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
    // Every window up to this size has been tried once a window can no longer grow on either side.
    if (extra >= edit.start + text.length - edit.end) break;
  }
  return { status: "changed", edit };
}
