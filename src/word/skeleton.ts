import type { OutlineChange } from "../core/outline";
import { planInsertion, type SkeletonParagraph, type SkeletonRole } from "../core/skeleton";
import { standardProfile, type FormatProfile, type FormattedRole } from "../core/format";
import { detectCapabilities } from "./capabilities";
import { queueCursor, readCursor } from "./cursor";
import { refuse, runWord } from "./errors";
import { groupByParagraph } from "./renumber";
import { queueParagraphEdits } from "./spans";

/** Content controls of metric slots carry this tag prefix + the metric's key. */
export const METRIC_TAG_PREFIX = "rc-metric:";
/** What an unfilled metric slot shows: a placeholder the scanner and the checker recognise. */
export const METRIC_SLOT_TEXT = "X";

export interface InsertBlockResult {
  /** Paragraphs inserted. */
  inserted: number;
  /** Index of the first inserted paragraph in the document after insertion. */
  firstParagraph: number;
  /** Existing ordinals renumbered to make room (四、→五、 …). */
  renumbered: OutlineChange[];
  /** Ordinals that needed renumbering but could not be located safely. */
  skipped: OutlineChange[];
}

// Built-in styles (locale-independent) so the Navigation Pane and a TOC work in a Chinese Word.
const STYLE: Record<SkeletonRole, Word.Paragraph["styleBuiltIn"]> = {
  title: "Title",
  subtitle: "Normal",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  addressee: "Normal",
  opening: "Normal",
  body: "Normal",
  closing: "Normal",
  signature: "Normal",
  date: "Normal",
};

const FORMAT_ROLE: Record<SkeletonRole, FormattedRole> = {
  title: "title",
  subtitle: "subtitle",
  heading1: "heading1",
  heading2: "heading2",
  heading3: "heading3",
  addressee: "addressee",
  opening: "body",
  body: "body",
  closing: "body",
  signature: "signature",
  date: "date",
};

const ALIGNMENT = { left: "Left", centered: "Centered", right: "Right", justified: "Justified" } as const;

/**
 * Inserts a skeleton block (a whole report, a section or a subsection) at the cursor: right after
 * the cursor's paragraph, or in place of it when it is empty. Its ordinals, and those of the
 * sections after it, follow from where it lands. Metric slots become content controls tagged
 * rc-metric:<key>. Syncs: exactly 2 (read, write); refused with nothing written when the cursor
 * is in a table or a content control or the selection spans paragraphs.
 */
export async function insertSkeletonBlock(
  block: readonly SkeletonParagraph[],
  profile: FormatProfile = standardProfile,
): Promise<InsertBlockResult> {
  if (block.length === 0) refuse("没有选中任何章节。", "No section is selected.");
  const eastAsianFontApi = detectCapabilities().eastAsianFontApi;
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const probe = queueCursor(context);
    await context.sync();

    const cursor = readCursor(probe);
    if (cursor.inTable) refuse("光标在表格中。请把光标移到表格外的正文处再插入。", "The cursor is in a table. Move it outside the table to insert.");
    if (cursor.contentControlTag !== null) refuse("光标在内容控件中。请把光标移到控件之外再插入。", "The cursor is inside a content control. Move it outside to insert.");
    if (cursor.spansParagraphs) refuse("选中了多个段落。请只在要插入的位置单击一下。", "The selection spans several paragraphs. Click once where the section should go.");

    const texts = paragraphs.items.map((p) => p.text);
    const plan = planInsertion(texts, cursor.paragraph, [...block]);

    const skipped: OutlineChange[] = [];
    for (const [index, changes] of groupByParagraph(plan.changes)) {
      const paragraph = paragraphs.items[index]!;
      const edits = changes.map((c) => ({ ...c, replacement: c.to }));
      skipped.push(...queueParagraphEdits(paragraph, texts[index]!, edits));
    }

    const reference = plan.replaceCursorParagraph ? paragraphs.items[plan.insertAfter + 1]! : paragraphs.items[Math.max(0, plan.insertAfter)]!;
    let previous: Word.Paragraph | null = null;
    for (const item of plan.block) {
      const paragraph: Word.Paragraph = previous
        ? previous.insertParagraph("", "After")
        : reference.insertParagraph("", plan.replaceCursorParagraph || plan.insertAfter < 0 ? "Before" : "After");
      writeParagraph(paragraph, item, profile, eastAsianFontApi);
      previous = paragraph;
    }
    // The empty paragraph the block replaced goes, unless it is the document's last (Word keeps one).
    const lastIndex = texts.length - 1;
    if (plan.replaceCursorParagraph && plan.insertAfter + 1 < lastIndex) reference.delete();
    previous?.getRange("End").select();
    await context.sync();

    return {
      inserted: plan.block.length,
      firstParagraph: plan.insertAfter + 1,
      renumbered: plan.changes.filter((c) => !skipped.some((s) => s.paragraph === c.paragraph && s.start === c.start)),
      skipped,
    };
  });
}

/** Queues one skeleton paragraph's text, metric controls and official formatting. */
function writeParagraph(paragraph: Word.Paragraph, item: SkeletonParagraph, profile: FormatProfile, eastAsianFontApi: boolean) {
  paragraph.styleBuiltIn = STYLE[item.role];
  if (item.ordinal) paragraph.insertText(item.ordinal, "End");
  for (const segment of item.segments) {
    if ("text" in segment) {
      paragraph.insertText(segment.text, "End");
    } else {
      const control = paragraph.insertText(METRIC_SLOT_TEXT, "End").insertContentControl();
      control.tag = METRIC_TAG_PREFIX + segment.metric;
      control.title = segment.metric;
      control.appearance = "BoundingBox";
    }
  }
  const format = profile.roles[FORMAT_ROLE[item.role]];
  paragraph.alignment = ALIGNMENT[format.alignment];
  paragraph.firstLineIndent = format.firstLineIndentChars * format.sizePt;
  paragraph.leftIndent = 0;
  paragraph.spaceBefore = 0;
  paragraph.spaceAfter = 0;
  const font = paragraph.font;
  font.size = format.sizePt;
  font.bold = format.bold;
  font.color = "#000000";
  if (eastAsianFontApi) {
    font.name = format.latinFont;
    font.nameFarEast = format.eastAsianFont;
  } else {
    // Without WordApiDesktop 1.3 one name fills every slot: the Chinese font matters most here;
    // 一键排版 later separates the slots through OOXML.
    font.name = format.eastAsianFont;
  }
}
