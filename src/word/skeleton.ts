import type { OutlineChange } from "../core/outline";
import { readOutline } from "../core/outline";
import { paragraphText, planInsertion, type SkeletonParagraph, type SkeletonRole } from "../core/skeleton";
import { closingSignatureStart, standardProfile, type FormatProfile, type FormattedRole } from "../core/format";
import { detectCapabilities } from "./capabilities";
import { cursorFlags, locateCursor, queueCursor } from "./cursor";
import { checkLocated, queueLocate, retarget, writeLocated } from "./edits";
import type { Bilingual } from "../core/text/bilingual";
import { describeWordError, refuse, runWord, WordOperationError } from "./errors";
import { queueOfficialStyles, useOfficialStyle } from "./formatStyles";

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
  /** Ordinals that needed renumbering but could not be located safely, or were not written. */
  skipped: OutlineChange[];
  /** Ordinals whose write Word interrupted and whose place could not be read back. */
  unverified: OutlineChange[];
  /** Word stopped while shifting the ordinals (the block is in): what it said. */
  interrupted: Bilingual | null;
  /**
   * With `askBeforeRepeating`: the block's title and level-1 headings the document already holds.
   * When not empty, nothing was written (inserted 0) and the caller asks the person first.
   */
  alreadyPresent: string[];
  /** The cursor was in or after the closing 署名、日期: the block went right before them instead. */
  beforeSignature: boolean;
}

export interface InsertBlockOptions {
  /** Write nothing when the document already holds the block's title or level-1 headings. */
  askBeforeRepeating?: boolean;
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
 * rc-metric:<key>. Syncs: exactly 3 (read; locate the cursor and check the ordinals that may
 * shift; write and read back), or 2 when `askBeforeRepeating` finds the block already in the
 * document (nothing written). Refused with nothing written when the cursor is in a table, a
 * content control, a header/footnote/text box, or the selection spans paragraphs. The block goes
 * next to the very paragraph the cursor was in (its proxy, not an index); a cursor in or after the
 * closing 署名、日期 puts a block without its own signature before them.
 */
export async function insertSkeletonBlock(
  block: readonly SkeletonParagraph[],
  profile: FormatProfile = standardProfile,
  options: InsertBlockOptions = {},
): Promise<InsertBlockResult> {
  if (block.length === 0) refuse("没有选中任何章节。", "No section is selected.");
  const eastAsianFontApi = detectCapabilities().eastAsianFontApi;
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const probe = queueCursor(context);
    const official = queueOfficialStyles(context, detectCapabilities()); // fmt: official styles, when 一键排版 defined them
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);

    // Refusals first, from what this sync already tells: nothing else is read or written.
    const flags = cursorFlags(probe);
    if (!flags) refuse("光标不在正文中（可能在页眉、页脚、脚注或文本框里）。请在正文中单击要插入的位置。", "The cursor is not in the body text (it may be in a header, footer, footnote or text box). Click in the body where the section should go.");
    if (flags.inTable) refuse("光标在表格中。请把光标移到表格外的正文处再插入。", "The cursor is in a table. Move it outside the table to insert.");
    if (flags.contentControlTag !== null) refuse("光标在内容控件中。请把光标移到控件之外再插入。", "The cursor is inside a content control. Move it outside to insert.");
    if (flags.spansParagraphs) refuse("选中了多个段落。请只在要插入的位置单击一下。", "The selection spans several paragraphs. Click once where the section should go.");

    // The ordinals that may have to shift are located in the same sync as the cursor's index.
    const candidates = readOutline(texts).map((entry) => ({
      paragraph: entry.paragraph,
      start: entry.start,
      end: entry.end,
      replacement: (texts[entry.paragraph] ?? "").slice(entry.start, entry.end),
      tag: `${entry.paragraph}:${entry.start}` as string,
    }));
    const located = queueLocate(paragraphs.items, texts, candidates);
    const place = await locateCursor(context, probe, texts);
    if (!place.inBody) throw new Error("unreachable: checked above");
    checkLocated(located);
    const cursor = place.info;
    if (texts[cursor.paragraph] !== cursor.text) refuse("读取光标位置时文档发生了变化，请重试。", "The document changed while the cursor was being read. Try again.");

    const plan = planInsertion(texts, cursor.paragraph, [...block], closingSignatureStart(texts));
    if (options.askBeforeRepeating && plan.alreadyPresent.length > 0) {
      return { inserted: 0, firstParagraph: -1, renumbered: [], skipped: [], unverified: [], interrupted: null, alreadyPresent: plan.alreadyPresent, beforeSignature: false };
    }
    const wanted = new Map<string, OutlineChange>(plan.changes.map((c) => [`${c.paragraph}:${c.start}`, c]));
    const edits = retarget(located, (tag) => wanted.get(tag)?.to);
    // Before the signature block: next to the paragraph read above it (its proxy, whose text is
    // the one planned on), not the cursor's.
    const anchor = plan.beforeSignature ? paragraphs.items[plan.insertAfter]! : probe.selected.items[0]!;

    const inserted: Word.Paragraph[] = [];
    const report = await writeLocated(
      context,
      edits,
      undefined,
      () => {
        inserted.length = 0;
        let previous: Word.Paragraph | null = null;
        for (const item of plan.block) {
          const paragraph: Word.Paragraph = previous ? previous.insertParagraph("", "After") : anchor.insertParagraph("", plan.replaceCursorParagraph ? "Before" : "After");
          writeParagraph(paragraph, item, profile, eastAsianFontApi, official.present());
          paragraph.load("text");
          inserted.push(paragraph);
          previous = paragraph;
        }
        // The empty paragraph the block was meant to replace stays: it was judged empty a round
        // trip ago, and deleting it would delete whatever the person typed there since (review 2, 4a).
        previous?.getRange("End").select();
        return () => inserted.filter((p, i) => p.text === paragraphText(plan.block[i]!)).length;
      },
      { extraFirst: true },
    );
    if (report.failure) {
      // Did the block go in whole? Read from the document itself (an ordinal judged "unverified"
      // does not say so: the block goes in before the ordinals' writes, and a fault inside it
      // leaves them unwritten but moved). Unreadable after the failure: read once more; still
      // unreadable, the block is not claimed, and taking it back says what it could not do.
      const planned = plan.block.map((item) => paragraphText(item));
      const after = report.documentAfter ?? (await readBody(context));
      const landed = after !== null && countRuns(after, planned) > countRuns(texts, planned);
      if (!landed) {
        // The block goes before the ordinals' writes: Word stopped inside the block. Take back
        // what of it landed, so that the document is as it was and a retry inserts it once.
        const removed = await removeInserted(context, anchor, plan.replaceCursorParagraph, planned);
        throw new WordOperationError(
          removed
            ? { zh: `${describeWordError(report.failure).zh}（插入未完成，已撤回，文档未改动；可再试一次。）`, en: `${describeWordError(report.failure).en} (The insertion did not complete and was taken back; the document is unchanged. Try again.)` }
            : { zh: `${describeWordError(report.failure).zh}（插入未完成，撤回也未能完成：请检查光标处是否留有不完整的段落。）`, en: `${describeWordError(report.failure).en} (The insertion did not complete and could not be taken back: check the cursor's place for incomplete paragraphs.)` },
          report.failure,
        );
      }
    }
    const done = new Set(report.outcomes.filter((o) => o.status === "written").map((o) => o.tag));
    const unverified = new Set(report.outcomes.filter((o) => o.status === "unverified").map((o) => o.tag));
    return {
      // Word stopped at the ordinals' writes: the block itself had gone in whole.
      inserted: report.extraResult ?? (report.failure ? plan.block.length : 0),
      unverified: plan.changes.filter((c) => unverified.has(`${c.paragraph}:${c.start}`)),
      interrupted: report.failure ? describeWordError(report.failure) : null,
      firstParagraph: plan.insertAfter + 1,
      renumbered: plan.changes.filter((c) => done.has(`${c.paragraph}:${c.start}`)),
      skipped: plan.changes.filter((c) => !done.has(`${c.paragraph}:${c.start}`) && !unverified.has(`${c.paragraph}:${c.start}`)),
      alreadyPresent: [],
      beforeSignature: plan.beforeSignature,
    };
  });
}

/**
 * Takes back the paragraphs of a block that landed before Word stopped. They are read first as
 * the anchor's neighbours (those proxies need no earlier op to have run) and only those that read
 * as what we wrote, or a start of it, are deleted: a paragraph the person typed into is kept.
 * Syncs: 2. True when nothing of the block is left.
 */
async function removeInserted(context: Word.RequestContext, anchor: Word.Paragraph, before: boolean, planned: readonly string[]): Promise<boolean> {
  const neighbours: Word.Paragraph[] = [];
  let at: Word.Paragraph = anchor;
  for (let i = 0; i < planned.length; i++) {
    at = before ? at.getPreviousOrNullObject() : at.getNextOrNullObject();
    at.load("text,isNullObject");
    neighbours.push(at);
  }
  try {
    await context.sync();
  } catch {
    return false;
  }
  const texts = neighbours.map((p) => (p.isNullObject ? null : p.text));
  const ours = before ? landedBefore(texts, planned) : landedAfter(texts, planned);
  const toDelete = neighbours.slice(0, ours);
  if (toDelete.length === 0) return true;
  for (const p of toDelete) p.delete();
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** The body's paragraphs, or null when Word cannot read them. Syncs: 1. */
async function readBody(context: Word.RequestContext): Promise<string[] | null> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  try {
    await context.sync();
    return paragraphs.items.map((p) => p.text);
  } catch {
    return null;
  }
}

/** How many times `run` stands in `texts` as consecutive paragraphs. */
function countRuns(texts: readonly string[], run: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + run.length <= texts.length; i++) if (run.every((t, j) => texts[i + j] === t)) n++;
  return n;
}

/** How many paragraphs after the anchor are the block's first ones (the last may be cut short). */
function landedAfter(texts: ReadonlyArray<string | null>, planned: readonly string[]): number {
  for (let i = 0; i < planned.length; i++) {
    const text = texts[i];
    if (text === null || text === undefined) return i;
    if (text === planned[i]) continue;
    return planned[i]!.startsWith(text) ? i + 1 : i;
  }
  return planned.length;
}

/** How many paragraphs before the anchor (read backwards) are the block's first k, the k-th perhaps cut short. */
function landedBefore(texts: ReadonlyArray<string | null>, planned: readonly string[]): number {
  for (let k = planned.length; k >= 1; k--) {
    const nearest = texts[0];
    if (nearest === null || nearest === undefined || !planned[k - 1]!.startsWith(nearest)) continue;
    let whole = true;
    for (let j = 1; j < k && whole; j++) whole = texts[j] === planned[k - 1 - j];
    if (whole) return k;
  }
  return 0;
}

/** Queues one skeleton paragraph's text, metric controls and official formatting. */
function writeParagraph(paragraph: Word.Paragraph, item: SkeletonParagraph, profile: FormatProfile, eastAsianFontApi: boolean, official: ReadonlySet<string>) {
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
  if (useOfficialStyle(paragraph, FORMAT_ROLE[item.role], official)) return; // fmt: the document's official styles, not direct formatting
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
