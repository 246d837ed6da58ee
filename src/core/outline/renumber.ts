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

/** Applies changes (any order) to paragraphs; offsets refer to the unchanged texts. */
export function applyChanges(paragraphs: readonly string[], changes: readonly OutlineChange[]): string[] {
  const out = paragraphs.slice();
  const sorted = changes.slice().sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);
  for (const c of sorted) {
    const text = out[c.paragraph]!;
    out[c.paragraph] = text.slice(0, c.start) + c.to + text.slice(c.end);
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
