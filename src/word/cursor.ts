/** Where the cursor is, read alongside everything else an operation needs. */
export interface CursorInfo {
  /** Index (in body paragraphs) of the paragraph holding the start of the selection. */
  paragraph: number;
  /** The selection covers more than one paragraph. */
  spansParagraphs: boolean;
  /** The selection is inside a table. */
  inTable: boolean;
  /** The selection is inside a content control (its tag), or null. */
  contentControlTag: string | null;
  /** Nothing selected: an insertion point. */
  collapsed: boolean;
  /** The text of the selection's first paragraph, as Word read it (the caller checks it). */
  text: string;
}

/** Loaded proxies describing the selection; finish with locateCursor after the next sync. */
export interface CursorProbe {
  readonly selection: Word.Range;
  readonly selected: Word.ParagraphCollection;
  readonly table: Word.Table;
  readonly control: Word.ContentControl;
  /** From the start of the selection's first paragraph to the end of the body; null outside the body. */
  readonly rest: Word.Range;
}

/**
 * Queues the loads that describe the selection; costs no sync of its own (it rides on the
 * operation's read). WordApi 1.3.
 *
 * The API gives no paragraph index. Counting the paragraphs from the body's start to the cursor
 * depends on whether a range ending exactly at a paragraph's start counts that paragraph — the
 * docs do not say, and Word's object model does not (shared/reviews/word-fidelity-review.md A.5).
 * A range that STARTS at the cursor's paragraph always holds it, so the index is taken as
 * (paragraphs in the body) − (paragraphs from the cursor's paragraph to the end): the same under
 * either rule. `expandToOrNullObject` answers null when the cursor is in a header, footnote or
 * text box (expandTo would throw ItemNotFound there).
 */
export function queueCursor(context: Word.RequestContext): CursorProbe {
  // Each navigation starts from getSelection() (no sync cost): the office-addins lint rules read a
  // navigation off a stored proxy as a property read.
  const selection = context.document.getSelection();
  const selected = context.document.getSelection().paragraphs;
  const table = context.document.getSelection().parentTableOrNullObject;
  const control = context.document.getSelection().parentContentControlOrNullObject;
  const rest = context.document
    .getSelection()
    .paragraphs.getFirst()
    .getRange("Start")
    .expandToOrNullObject(context.document.body.getRange("End"));
  selection.load("isEmpty");
  selected.load("items/tableNestingLevel,items/text");
  table.load("isNullObject");
  control.load("isNullObject,tag");
  rest.load("isNullObject");
  return { selection, selected, table, control, rest };
}

export type CursorPlace = { inBody: true; info: CursorInfo } | { inBody: false };

/**
 * After the sync that loaded the probe: counts the paragraphs after the cursor (1 more sync,
 * only when the cursor is in the body) and returns where it is. `texts` are the body paragraphs
 * read in the same operation.
 */
export async function locateCursor(context: Word.RequestContext, probe: CursorProbe, texts: readonly string[]): Promise<CursorPlace> {
  const flags = cursorFlags(probe);
  if (!flags) return { inBody: false };
  const after = probe.rest.paragraphs;
  after.load("items/tableNestingLevel");
  await context.sync();
  let paragraph = Math.max(0, texts.length - after.items.length);
  // When the body ends in an empty paragraph, the body's end IS that paragraph's start, and under
  // the "excludes" rule it is not counted: the cursor's paragraph is then the one before. The
  // cursor paragraph's text, read in the same operation, tells which.
  if (texts[paragraph] !== flags.text && texts[texts.length - 1] === "" && texts[paragraph - 1] === flags.text) paragraph -= 1;
  return { inBody: true, info: { ...flags, paragraph } };
}

/** What the probe's own sync already tells (no index yet); null when the cursor is outside the body. */
export function cursorFlags(probe: CursorProbe): Omit<CursorInfo, "paragraph"> | null {
  if (probe.rest.isNullObject) return null;
  return {
    spansParagraphs: probe.selected.items.length > 1,
    inTable: !probe.table.isNullObject,
    contentControlTag: probe.control.isNullObject ? null : probe.control.tag,
    collapsed: probe.selection.isEmpty,
    text: probe.selected.items[0]?.text ?? "",
  };
}
