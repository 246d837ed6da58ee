/** Where the cursor is, read in the same sync as everything else an operation needs. */
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
}

/** Loaded proxies describing the selection; read them with readCursor after the next sync. */
export interface CursorProbe {
  readonly selection: Word.Range;
  readonly selected: Word.ParagraphCollection;
  readonly table: Word.Table;
  readonly control: Word.ContentControl;
  readonly before: Word.ParagraphCollection;
}

/**
 * Queues the loads that locate the selection; costs no sync of its own. The paragraph index is
 * the number of paragraphs between the start of the document and the start of the selection
 * (WordApi 1.3 getRange/expandTo), since the API gives no paragraph index directly.
 */
export function queueCursor(context: Word.RequestContext): CursorProbe {
  // Each navigation starts from getSelection() (no sync cost): the office-addins lint rules read a
  // navigation off a stored proxy as a property read.
  const selection = context.document.getSelection();
  const selected = context.document.getSelection().paragraphs;
  const table = context.document.getSelection().parentTableOrNullObject;
  const control = context.document.getSelection().parentContentControlOrNullObject;
  const before = context.document.body
    .getRange("Start")
    .expandTo(context.document.getSelection().getRange("Start")).paragraphs;
  selection.load("isEmpty");
  selected.load("items/tableNestingLevel");
  table.load("isNullObject");
  control.load("isNullObject,tag");
  before.load("items/tableNestingLevel");
  return { selection, selected, table, control, before };
}

export function readCursor(probe: CursorProbe): CursorInfo {
  return {
    paragraph: Math.max(0, probe.before.items.length - 1),
    spansParagraphs: probe.selected.items.length > 1,
    inTable: !probe.table.isNullObject,
    contentControlTag: probe.control.isNullObject ? null : probe.control.tag,
    collapsed: probe.selection.isEmpty,
  };
}
