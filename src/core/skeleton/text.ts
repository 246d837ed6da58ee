/** Plain-text views of skeleton paragraphs (for outline reading, previews and tests). */
import type { SkeletonParagraph } from "./types";

/** The paragraph text: ordinal + segments, with each metric slot written as `metricText`. */
export function paragraphText(p: SkeletonParagraph, metricText = "X"): string {
  let out = p.ordinal ?? "";
  for (const s of p.segments) out += "text" in s ? s.text : metricText;
  return out;
}

/** Texts of a whole skeleton, one per paragraph. */
export function skeletonTexts(paragraphs: readonly SkeletonParagraph[], metricText = "X"): string[] {
  return paragraphs.map((p) => paragraphText(p, metricText));
}
