/** Correcting ordinals in place: numbers change, the written form (brackets, dots) never does. */
import { readOutline } from "./readOutline";
import type { OutlineChange, OutlineEntry, RenumberResult } from "./types";

/** The changes that turn every written ordinal into the expected one. */
export function changesFor(entries: readonly OutlineEntry[]): OutlineChange[] {
  const changes: OutlineChange[] = [];
  for (const e of entries) {
    if (e.written !== e.expected) {
      changes.push({ paragraph: e.paragraph, start: e.start, end: e.end, from: e.written, to: e.expected });
    }
  }
  return changes;
}

/** Applies changes (any order) to paragraphs; offsets refer to the unchanged texts. One pass per paragraph. */
export function applyChanges(paragraphs: readonly string[], changes: readonly OutlineChange[]): string[] {
  const out = paragraphs.slice();
  const sorted = changes.slice().sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (let i = 0; i < sorted.length; ) {
    const paragraph = sorted[i]!.paragraph;
    const text = out[paragraph]!;
    const parts: string[] = [];
    let at = 0;
    for (; i < sorted.length && sorted[i]!.paragraph === paragraph; i++) {
      const c = sorted[i]!;
      parts.push(text.slice(at, c.start), c.to);
      at = c.end;
    }
    parts.push(text.slice(at));
    out[paragraph] = parts.join("");
  }
  return out;
}

/**
 * Renumbers every heading and point so that ordinals are consecutive and restart where the
 * hierarchy says; returns the corrected texts and the changes (offsets in the input texts).
 */
export function renumber(paragraphs: readonly string[]): RenumberResult {
  const changes = changesFor(readOutline(paragraphs));
  return { paragraphs: changes.length ? applyChanges(paragraphs, changes) : paragraphs.slice(), changes };
}
