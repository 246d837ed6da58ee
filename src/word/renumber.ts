import { renumber, type OutlineChange } from "../core/outline";
import { runWord } from "./errors";
import { queueParagraphEdits } from "./spans";

export interface RenumberReport {
  /** Ordinals changed in the document. */
  changed: OutlineChange[];
  /** Ordinals that needed a change but could not be located safely (left as they were). */
  skipped: OutlineChange[];
}

/**
 * 重新编号: renumbers every level consecutively. Syncs: 1 to read; a second only when something
 * needs fixing (a correct document gets no write at all).
 */
export async function renumberDocument(): Promise<RenumberReport> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();

    const texts = paragraphs.items.map((p) => p.text);
    const { changes } = renumber(texts);
    if (changes.length === 0) return { changed: [], skipped: [] };

    const edits = changes.map((change) => ({ ...change, replacement: change.to }));
    const skipped = new Set<OutlineChange>();
    for (const [index, inParagraph] of groupByParagraph(edits)) {
      const paragraph = paragraphs.items[index];
      const text = texts[index];
      if (!paragraph || text === undefined) continue;
      queueParagraphEdits(paragraph, text, inParagraph).forEach((edit) => skipped.add(edit));
    }
    await context.sync();
    const strip = ({ paragraph, start, end, from, to }: OutlineChange): OutlineChange => ({ paragraph, start, end, from, to });
    return {
      changed: edits.filter((e) => !skipped.has(e)).map(strip),
      skipped: [...skipped].map(strip),
    };
  });
}

export function groupByParagraph<T extends { paragraph: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.paragraph) ?? [];
    list.push(item);
    groups.set(item.paragraph, list);
  }
  return groups;
}
