/**
 * Search highlights come in offsets of the matched form of a field (NFKC + lowercase), where
 * “……” is six characters and ㈠ three: these helpers map them back onto the text as written and
 * cut a preview window around the match.
 */

/** Converts an offset in `original.normalize("NFKC").toLowerCase()` to an offset in `original`. */
export function originalOffset(original: string, normalizedOffset: number): number {
  let normalized = 0;
  let index = 0;
  for (const ch of original) {
    if (normalized >= normalizedOffset) return index;
    normalized += ch.normalize("NFKC").toLowerCase().length;
    index += ch.length;
  }
  return original.length;
}

export interface PreviewParts {
  before: string;
  match: string;
  after: string;
}

/**
 * Splits text into before / match / after for display. A match far into a long text gets the
 * text before it cut to `lead` characters behind an ellipsis, so a 2-line preview still shows it.
 */
export function previewParts(text: string, range: { start: number; end: number } | null, lead = 18): PreviewParts {
  const flat = text.replace(/\s*\n\s*/g, " ");
  if (!range) return { before: flat, match: "", after: "" };
  // Newline folding keeps lengths only when no spaces surround the break: map through the fold.
  const start = foldedOffset(text, originalOffset(text, range.start));
  const end = Math.max(start, foldedOffset(text, originalOffset(text, range.end)));
  const before = start > lead ? "…" + flat.slice(start - lead, start) : flat.slice(0, start);
  return { before, match: flat.slice(start, end), after: flat.slice(end) };
}

/** Offset in the text after the newline folding done by previewParts. */
function foldedOffset(text: string, offset: number): number {
  return text.slice(0, offset).replace(/\s*\n\s*/g, " ").length;
}
