import { escapeSearchText, locateSpan } from "../core/text/spanLocator";

const EXACT = { matchCase: true, matchWholeWord: false, matchWildcards: false };

/**
 * Queues (no sync) the range of characters [start, end) of a paragraph whose text was read as
 * `text`. Returns null when no search can single the span out; the caller skips and reports it.
 * The ranges resolve at the next sync; if the text changed meanwhile, that sync fails with
 * ItemNotFound rather than touching another place.
 */
export function queueSpanRange(paragraph: Word.Paragraph, text: string, start: number, end: number): Word.Range | null {
  const locator = locateSpan(text, start, end);
  if (!locator) return null;
  const scope = locator.window ? paragraph.search(escapeSearchText(locator.window), EXACT).getFirst() : paragraph;
  return scope.search(escapeSearchText(locator.target), EXACT).getFirst();
}

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Queues several replacements in one paragraph (no sync). They are applied right to left and
 * each search is computed on the text as the earlier queued edits will have left it, so every
 * search matches what Word holds when it runs. Returns the edits that could not be located.
 */
export function queueParagraphEdits<E extends TextEdit>(paragraph: Word.Paragraph, text: string, edits: readonly E[]): E[] {
  const unplaced: E[] = [];
  let current = text;
  const rightToLeft = [...edits].sort((a, b) => b.start - a.start);
  let leftmostTouched = Infinity;
  for (const edit of rightToLeft) {
    if (edit.end > leftmostTouched) {
      unplaced.push(edit); // overlaps an edit already queued
      continue;
    }
    const range = queueSpanRange(paragraph, current, edit.start, edit.end);
    if (!range) {
      unplaced.push(edit);
      continue;
    }
    if (edit.replacement) range.insertText(edit.replacement, "Replace");
    else range.delete();
    current = current.slice(0, edit.start) + edit.replacement + current.slice(edit.end);
    leftmostTouched = edit.start;
  }
  return unplaced;
}
