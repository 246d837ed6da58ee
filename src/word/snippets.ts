/**
 * Word operations of the 短语 tab: put a snippet's text at the cursor, and read the selected text
 * to save it as a snippet. Text always goes in as plain text (never HTML), so it takes the
 * formatting of where it lands.
 */
import { MAX_TEXT_LENGTH } from "../core/snippets/schema";
import { refuse, runWord } from "./errors";

export interface InsertSnippetOptions {
  /**
   * false (default): replace the selection (or type at the insertion point) in the run
   * formatting found there. true: a new paragraph after the selection's last paragraph, which
   * inherits that paragraph's style and formatting.
   */
  asNewParagraph?: boolean;
}

/** Word separates paragraphs with \r in Range.text; snippets use \n. */
function toWordText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Inserts snippet text at the cursor (replacing the selection) or as a new paragraph after the
 * cursor's paragraph, then leaves the cursor after it. Syncs: exactly 1 (nothing is read first:
 * like typing, a selection spanning paragraphs is replaced as a whole). When Word fails after the
 * text went in (moving the cursor), the text is read back (1 more sync) and the insertion counts
 * as done with `cursorMoved: false` — an error there would make the person insert it twice.
 */
export async function insertSnippetText(text: string, options: InsertSnippetOptions = {}): Promise<{ cursorMoved: boolean }> {
  const content = toWordText(text);
  if (!content.trim()) refuse("短语内容为空，未插入。", "The snippet is empty; nothing was inserted.");
  return runWord(async (context) => {
    const inserted: Word.Range | Word.Paragraph = options.asNewParagraph
      ? context.document.getSelection().paragraphs.getLast().insertParagraph(content, "After")
      : context.document.getSelection().insertText(content, "Replace");
    inserted.getRange("End").select();
    try {
      await context.sync();
      return { cursorMoved: true };
    } catch (error) {
      // Did the text land? Its range exists only if the insertion ran.
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
