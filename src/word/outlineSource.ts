/**
 * 存为骨架 reads the open document: every body paragraph's text with the heading level its style
 * gives (for headings Word numbers itself, whose text has no ordinal) and whether it sits in a
 * table. Read-only; the skeleton itself is made by core/skeleton (genreFromOutline).
 */
import type { SourceParagraph } from "../core/skeleton";
import { detectCapabilities } from "./capabilities";
import { runWord } from "./errors";

/** Heading1 … Heading9 (styleBuiltIn, locale-independent) → 1 … 9. */
const HEADING_STYLE = /^Heading([1-9])$/;

function styleLevel(styleBuiltIn: string | undefined, outlineLevel: number | undefined): number | null {
  const heading = styleBuiltIn ? HEADING_STYLE.exec(styleBuiltIn) : null;
  if (heading) return Number(heading[1]);
  // 1–9 are outline levels (a custom heading style, 一键排版's 公文一级标题); 10 is body text.
  return typeof outlineLevel === "number" && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : null;
}

/**
 * The body paragraphs of the open document, in order, for genreFromOutline. Syncs: exactly 1.
 * Writes nothing. With WordApi 1.3 (styleBuiltIn, tableNestingLevel) styles and tables are read
 * too; on WordApi 1.1 only texts and outline levels.
 */
export async function readOutlineForSkeleton(): Promise<SourceParagraph[]> {
  const wordApi13 = detectCapabilities().wordApi13;
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(wordApi13 ? "items/text,items/outlineLevel,items/styleBuiltIn,items/tableNestingLevel" : "items/text,items/outlineLevel");
    await context.sync();
    return paragraphs.items.map((p) => ({
      // Word's manual line break (\v) and stray carriage returns read as spaces.
      text: p.text.replace(/[\r\v]/g, " "),
      styleLevel: styleLevel(wordApi13 ? p.styleBuiltIn : undefined, p.outlineLevel),
      inTable: wordApi13 ? p.tableNestingLevel > 0 : false,
    }));
  });
}
