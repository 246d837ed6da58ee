import type { Finding } from "./types";

/**
 * Applies the findings that carry a replacement. Within a paragraph fixes run right to left so
 * offsets stay valid; of two overlapping fixes the first (by start, then list order) wins.
 * Paragraph removals (advertising lines) drop the paragraph after its other fixes are discarded.
 */
export function applyFixes(
  paragraphs: readonly string[],
  findings: readonly Finding[],
): { paragraphs: string[]; applied: Finding[] } {
  const byParagraph = new Map<number, Finding[]>();
  findings.forEach((finding) => {
    if (finding.replacement === undefined && !finding.removeParagraph) return;
    if (finding.paragraph < 0 || finding.paragraph >= paragraphs.length) return;
    const list = byParagraph.get(finding.paragraph) ?? [];
    list.push(finding);
    byParagraph.set(finding.paragraph, list);
  });

  const applied: Finding[] = [];
  const removed = new Set<number>();
  const result = [...paragraphs];
  for (const [paragraph, list] of byParagraph) {
    const removal = list.find((f) => f.removeParagraph);
    if (removal) {
      removed.add(paragraph);
      applied.push(removal);
      continue;
    }
    let text = result[paragraph] ?? "";
    const ordered = list
      .map((finding, order) => ({ finding, order }))
      .sort((a, b) => a.finding.start - b.finding.start || a.order - b.order);
    const chosen: Finding[] = [];
    let reachedEnd = -1;
    for (const { finding } of ordered) {
      if (finding.start < 0 || finding.end < finding.start || finding.end > text.length) continue;
      const overlaps =
        finding.start < reachedEnd || (finding.start === reachedEnd && finding.end === finding.start && chosen.length > 0);
      if (overlaps) continue;
      chosen.push(finding);
      reachedEnd = Math.max(reachedEnd, finding.end);
    }
    // Left to right into pieces joined once: slicing the growing text per fix was O(fixes × length).
    const pieces: string[] = [];
    let at = 0;
    for (const finding of chosen) {
      pieces.push(text.slice(at, finding.start), finding.replacement ?? "");
      at = finding.end;
    }
    pieces.push(text.slice(at));
    text = pieces.join("");
    result[paragraph] = text;
    for (const finding of chosen) applied.push(finding);
  }
  applied.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { paragraphs: result.filter((_, i) => !removed.has(i)), applied };
}
