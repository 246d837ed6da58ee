/**
 * Word operations of 起草助手: reading what an action works on (the paragraphs, the selection or
 * cursor, the 数据 values kept in the document), and writing a draft the person approved — after
 * the section's paragraphs, or in their place — found again by their text, never by index alone,
 * and read back.
 */
import type { StoredValues } from "../core/metrics";
import { refuse, runWord } from "./errors";
import { locateCursor, queueCursor } from "./cursor";
import { metricsStorage, newerStoredValues, parsePartXml, queueStoredParts, queueStoredXml, readSettingsValues } from "./metricsStore";
import { MAX_SYNC_BYTES, opBytes } from "./payload";

export interface DraftingSource {
  /** Body paragraphs as Word read them. */
  paragraphs: string[];
  /** The selection's paragraphs (first = last for a cursor). */
  place: { first: number; last: number; collapsed: boolean };
  /** The 数据 values kept in the document, or null. */
  stored: StoredValues | null;
}

/**
 * Reads the document for a draft. Syncs: exactly 2 (paragraphs, selection and the stored-values
 * parts; then the cursor's index and the parts' XML). Refuses a cursor outside the body.
 */
export async function readDraftingSource(): Promise<DraftingSource> {
  const storage = metricsStorage();
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const probe = queueCursor(context);
    const parts = storage === "customXml" ? queueStoredParts(context) : null;
    await context.sync();
    const texts = paragraphs.items.map((p) => p.text);
    // The parts' XML rides on the cursor's sync.
    const xml = parts ? queueStoredXml(parts) : null;
    const place = await locateCursor(context, probe, texts);
    if (!place.inBody) {
      refuse("光标不在正文中（可能在页眉、脚注或文本框里）。请把光标放到要起草的小节中再试。", "The cursor is not in the body (perhaps in a header, footnote or text box). Put it in the section to draft.");
    }
    const selected = probe.selected.items.length;
    const first = place.info.paragraph;
    const stored = newerStoredValues(storage === "customXml" ? parsePartXml(xml) : null, readSettingsValues());
    return { paragraphs: texts, place: { first, last: Math.min(texts.length - 1, first + Math.max(selected, 1) - 1), collapsed: place.info.collapsed }, stored };
  });
}

export interface DraftWriteRequest {
  /** insert: after the target's paragraphs (after the heading when there are none); replace: in their place. */
  mode: "insert" | "replace";
  /** The paragraphs the draft was made from, as read: index of the first, and their texts (may be none). */
  target: { first: number; texts: readonly string[] };
  /** The section's heading as read, the anchor when the target has no paragraphs. */
  heading: { paragraph: number; text: string } | null;
  /** The draft, one string per paragraph. */
  paragraphs: readonly string[];
}

export interface DraftWriteResult {
  /** Word's text of the written paragraphs, read back after writing. */
  readBack: string[];
  /** The read-back text is the draft, paragraph for paragraph. */
  verified: boolean;
  /** Index of the first written paragraph. */
  at: number;
}

/** Index of a run of paragraphs reading `texts`: at `expected` if it still reads so, else where it is the only one. */
function findRun(current: readonly string[], texts: readonly string[], expected: number): number | null {
  const matchesAt = (i: number) => texts.every((t, k) => current[i + k] === t);
  if (matchesAt(expected)) return expected;
  const found: number[] = [];
  for (let i = 0; i + texts.length <= current.length && found.length < 2; i++) if (matchesAt(i)) found.push(i);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Writes an approved draft. Syncs: exactly 2 — read the body and find the target again by its
 * text (it must read as it did, at its place or uniquely elsewhere); then insert the paragraphs
 * (each after the previous, so they take the formatting of the paragraph before them; after a
 * heading they take the Normal style, not the heading's), delete the replaced ones, and read the
 * new paragraphs back in the same sync.
 */
export async function writeDraft(request: DraftWriteRequest): Promise<DraftWriteResult> {
  const lines = request.paragraphs.map((p) => p.replace(/[\r\n\v]+/g, " ").trim()).filter(Boolean);
  if (lines.length === 0) refuse("起草结果是空的，没有写入。", "The draft is empty; nothing was written.");
  if (opBytes(...lines) > MAX_SYNC_BYTES) refuse("起草结果过长，无法一次写入。请分段起草。", "The draft is too long to write at once. Draft a part at a time.");
  return runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const current = paragraphs.items.map((p) => p.text);
    const changed = () =>
      refuse(
        "起草所依据的段落已被改动或找不到了，没有写入。请重新点“起草”。",
        "The paragraphs the draft was made from have changed or cannot be found; nothing was written. Press Draft again.",
      );
    let anchorIndex: number;
    let afterHeading = false;
    let replaced: Word.Paragraph[] = [];
    if (request.target.texts.length > 0) {
      const at = findRun(current, request.target.texts, request.target.first);
      if (at === null) changed();
      anchorIndex = at! + request.target.texts.length - 1;
      if (request.mode === "replace") replaced = paragraphs.items.slice(at!, at! + request.target.texts.length);
    } else {
      if (!request.heading) changed();
      const at = findRun(current, [request.heading!.text], request.heading!.paragraph);
      if (at === null) changed();
      anchorIndex = at!;
      afterHeading = true;
    }
    let previous = paragraphs.items[anchorIndex]!;
    const written: Word.Paragraph[] = [];
    for (const line of lines) {
      previous = previous.insertParagraph(line, "After");
      if (afterHeading) previous.styleBuiltIn = Word.BuiltInStyleName.normal;
      written.push(previous);
    }
    for (const paragraph of replaced) paragraph.delete();
    for (const paragraph of written) paragraph.load("text");
    written[written.length - 1]!.getRange("End").select();
    await context.sync();
    const readBack = written.map((p) => p.text);
    const at = anchorIndex + 1 - replaced.length;
    return { readBack, verified: readBack.length === lines.length && readBack.every((t, i) => t === lines[i]), at };
  });
}
