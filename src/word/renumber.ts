import { renumber, type OutlineChange } from "../core/outline";
import type { Bilingual } from "../core/text/bilingual";
import { writeParagraphEdits } from "./edits";
import { describeWordError, runWord } from "./errors";

export interface RenumberReport {
  /** Ordinals changed in the document (as Word's text reads after writing). */
  changed: OutlineChange[];
  /** Ordinals that needed a change but were not changed: not located safely, edited meanwhile, or not written. */
  skipped: OutlineChange[];
  /** Ordinals whose write Word interrupted and whose place could not be read back: check them. */
  unverified: OutlineChange[];
  /** Word stopped part-way: what it said (the lists above say what was and was not done). */
  interrupted: Bilingual | null;
}

const strip = ({ paragraph, start, end, from, to }: OutlineChange): OutlineChange => ({ paragraph, start, end, from, to });

/**
 * 重新编号: renumbers every level consecutively. Syncs: 1 to read; when something needs fixing,
 * 1 to locate and check each ordinal and 1 to write it and read it back (more only past the
 * payload limit). A correct document gets no write at all. WordApi 1.1 only (the ribbon command
 * runs it on Word 2016).
 */
export async function renumberDocument(): Promise<RenumberReport> {
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();

    const texts = paragraphs.items.map((p) => p.text);
    const { changes } = renumber(texts);
    if (changes.length === 0) return { changed: [], skipped: [], unverified: [], interrupted: null };

    const report = await writeParagraphEdits(
      context,
      paragraphs.items,
      texts,
      changes.map((change) => ({ paragraph: change.paragraph, start: change.start, end: change.end, replacement: change.to, tag: change })),
    );
    return {
      changed: report.outcomes.filter((o) => o.status === "written").map((o) => strip(o.tag)),
      skipped: report.outcomes.filter((o) => o.status !== "written" && o.status !== "unverified").map((o) => strip(o.tag)),
      unverified: report.outcomes.filter((o) => o.status === "unverified").map((o) => strip(o.tag)),
      interrupted: report.failure ? describeWordError(report.failure) : null,
    };
  });
}
