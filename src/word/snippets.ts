/**
 * Word operations of the 短语 tab: put a snippet's text at the cursor, and read the selected text
 * to save it as a snippet. Text always goes in as plain text (never HTML), so it takes the
 * formatting of where it lands.
 */
import { MAX_TEXT_LENGTH } from "../core/snippets/schema";
import { readOutline } from "../core/outline";
import { refuse, runWord } from "./errors";
import { detectCapabilities } from "./capabilities";

export interface InsertSnippetOptions {
  /**
   * false (default): replace the selection (or type at the insertion point) in the run
   * formatting found there. true: a new paragraph after the selection's last paragraph, which
   * inherits that paragraph's style and formatting.
   */
  asNewParagraph?: boolean;
  /**
   * (ux, issue 24) With the cursor at the end of a heading, insert as a new body paragraph below
   * it instead of gluing the phrase onto the heading. Costs one read first: 2 syncs.
   */
  newParagraphAfterHeading?: boolean;
}

/** Where a phrase will go, as the pane tells the person before inserting. */
export type InsertionPoint =
  | { kind: "afterHeading"; heading: string }
  | { kind: "replaceSelection" }
  | { kind: "atCursor"; paragraph: string }
  | { kind: "afterParagraph"; paragraph: string };

/** A heading line: outline level 1–9, or a numbered line (一、（一）1.) with no sentence in it. */
function isHeading(text: string, outlineLevel: number | undefined): boolean {
  const line = text.trim();
  if (!line) return false;
  if (outlineLevel !== undefined && outlineLevel >= 1 && outlineLevel <= 9) return true;
  return line.length <= 40 && !/[。；！？]/.test(line) && readOutline([line]).length === 1;
}

/** The cursor (a collapsed selection) at the end of a heading: everything before it is the whole line. */
function atHeadingEnd(collapsed: boolean, textBeforeCursor: string, paragraphText: string, outlineLevel: unknown): boolean {
  return collapsed && textBeforeCursor.trimEnd() === paragraphText.trimEnd() && isHeading(paragraphText, typeof outlineLevel === "number" ? outlineLevel : undefined);
}

/**
 * Queues the reads atHeadingEnd needs (settled by the caller's one sync). Range.expandTo,
 * isEmpty and styleBuiltIn are WordApi 1.3: callers check detectCapabilities().wordApi13 first.
 */
function queueCursorFacts(context: Word.RequestContext) {
  const paragraphs = context.document.getSelection().paragraphs;
  const before = paragraphs.getFirst().getRange("Start").expandTo(context.document.getSelection().getRange("Start"));
  const selection = context.document.getSelection();
  selection.load("isEmpty");
  paragraphs.load("items/text,items/outlineLevel,items/styleBuiltIn");
  before.load("text");
  // The paragraph after the heading: a phrase put in before it takes its (body) formatting, where
  // one put in after the heading would take the heading's mark (黑体 and all, as direct formatting).
  const next = paragraphs.getLast().getNextOrNullObject();
  // eslint-disable-next-line office-addins/no-navigational-load -- all four are scalar properties of Word.Paragraph; the rule's list lacks them
  next.load("text,outlineLevel,styleBuiltIn,tableNestingLevel");
  return { selection, paragraphs, before, next };
}

/** Word separates paragraphs with \r in Range.text; snippets use \n. */
function toWordText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Inserts snippet text at the cursor (replacing the selection) or as a new paragraph after the
 * cursor's paragraph, then leaves the cursor after it. Syncs: exactly 1 (nothing is read first:
 * like typing, a selection spanning paragraphs is replaced as a whole); 2 with
 * `newParagraphAfterHeading` on WordApi 1.3 (the cursor's paragraph is read first). When Word fails after the
 * text went in (moving the cursor), the text is read back (1 more sync) and the insertion counts
 * as done with `cursorMoved: false` — an error there would make the person insert it twice.
 */
export async function insertSnippetText(text: string, options: InsertSnippetOptions = {}): Promise<{ cursorMoved: boolean }> {
  const content = toWordText(text);
  if (!content.trim()) refuse("短语内容为空，未插入。", "The snippet is empty; nothing was inserted.");
  return runWord(async (context) => {
    let asNewParagraph = options.asNewParagraph === true;
    let headingStyled = false;
    let bodyAfter: Word.Paragraph | null = null;
    if (!asNewParagraph && options.newParagraphAfterHeading && detectCapabilities().wordApi13) {
      const { selection, paragraphs, before, next } = queueCursorFacts(context);
      await context.sync();
      const paragraph = paragraphs.items[0]!;
      asNewParagraph = atHeadingEnd(selection.isEmpty, before.text, paragraph.text, paragraph.outlineLevel);
      headingStyled = asNewParagraph && /^Heading/.test(String(paragraph.styleBuiltIn));
      const nextIsBody = !next.isNullObject && next.tableNestingLevel === 0 && next.text.trim() !== "" && !/^Heading|^Title/.test(String(next.styleBuiltIn)) && !isHeading(next.text, typeof next.outlineLevel === "number" ? next.outlineLevel : undefined);
      if (asNewParagraph && nextIsBody) bodyAfter = next;
    }
    const inserted: Word.Range | Word.Paragraph = bodyAfter
      ? bodyAfter.insertParagraph(content, "Before")
      : asNewParagraph
        ? context.document.getSelection().paragraphs.getLast().insertParagraph(content, "After")
        : context.document.getSelection().insertText(content, "Replace");
    // Below a heading the phrase is body text, not a second heading.
    if (headingStyled && !bodyAfter) (inserted as Word.Paragraph).styleBuiltIn = "Normal" as Word.BuiltInStyleName;
    inserted.getRange("End").select();
    try {
      await context.sync();
      return { cursorMoved: true };
    } catch (error) {
      // Word applies the operations queued before the failing one: when that was one after the
      // insertion (the style, the cursor move), the text went in, whatever the range reads now (the
      // person may have moved or deleted it since). Saying otherwise makes a retry insert it twice
      // (review 2, section 8).
      if (failedAfterInsertion(error)) return { cursorMoved: false };
      // Otherwise: did the text land? Its range exists only if the insertion ran.
      inserted.load("text");
      try {
        await context.sync();
      } catch {
        throw error;
      }
      if (inserted.text.replace(/\r/g, "\n") === content) return { cursorMoved: false };
      throw error;
    }
  });
}

/** Word's error names the failing operation: one queued after the insertion (style, getRange, select). */
function failedAfterInsertion(error: unknown): boolean {
  const where = (error as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? "";
  return /\.(getRange|select|styleBuiltIn)$/.test(where);
}

/** Where insertSnippetText will put a phrase with these options, read from the cursor. Syncs: exactly 1 (0 without WordApi 1.3). */
export async function readInsertionPoint(options: InsertSnippetOptions = {}): Promise<InsertionPoint> {
  // Without WordApi 1.3 nothing is read (0 syncs) and the phrase goes in at the cursor.
  if (!detectCapabilities().wordApi13) return { kind: "atCursor", paragraph: "" };
  return runWord(async (context) => {
    const { selection, paragraphs, before } = queueCursorFacts(context);
    await context.sync();
    const paragraph = paragraphs.items[0]!;
    const text = paragraph.text.trim();
    if (options.asNewParagraph) return { kind: "afterParagraph", paragraph: text };
    if (options.newParagraphAfterHeading && atHeadingEnd(selection.isEmpty, before.text, paragraph.text, paragraph.outlineLevel)) return { kind: "afterHeading", heading: text };
    if (!selection.isEmpty) return { kind: "replaceSelection" };
    return { kind: "atCursor", paragraph: text };
  });
}

/**
 * Reads the selected text for 保存选中文字为短语. Syncs: exactly 1. Refuses an empty (or
 * whitespace-only) selection and one longer than a snippet may be; paragraphs become \n.
 */
export async function readSelectionText(): Promise<string> {
  const text = await runWord(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    await context.sync();
    return selection.text;
  });
  const normalized = text
    .replace(/\r\n?|\v/g, "\n") // \v: Word\'s manual line break
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  if (!normalized) {
    refuse("没有选中文字。请先在文档中选中要保存的文字，再点“保存选中文字为短语”。", "No text is selected. Select the text to save in the document first.");
  }
  if (normalized.length > MAX_TEXT_LENGTH) {
    refuse(
      `选中的文字有 ${normalized.length} 字，一条短语最多 ${MAX_TEXT_LENGTH} 字。请少选一些。`,
      `The selection has ${normalized.length} characters; a snippet holds at most ${MAX_TEXT_LENGTH}. Select less.`,
    );
  }
  return normalized;
}
