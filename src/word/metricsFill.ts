/**
 * 填入: writes the form's values over their placeholders, only their characters (the runs around
 * keep their fonts), and keeps the values in the document.
 */
import { planFill, verifyEdit, type DerivedWordings, type FillEdit, type StoredValues } from "../core/metrics";
import type { Placeholder } from "../core/placeholders";
import type { Bilingual } from "../core/text/bilingual";
import { runWord } from "./errors";
import { metricsStorage, queueStoredParts, queueWriteStoredPart, writeSettingsValues } from "./metricsStore";
import type { ScannedDocument } from "./metricsScan";
import { queueParagraphEdits } from "./spans";

export interface FillRequest {
  /** The scan the form was built from (its texts are what each edit is verified against). */
  scan: Pick<ScannedDocument, "paragraphs" | "placeholders" | "controlIds">;
  /** Value per group, as typed; empty groups are left as placeholders. */
  values: Readonly<Record<string, string>>;
  /** Growth wordings computed from this year's and last year's figures, per group. */
  derived?: DerivedWordings;
  /** Decimals allowed per unit (the person's setting). */
  decimals?: Readonly<Record<string, number>>;
  /** Values to keep in the document, written in the same sync as the text. */
  store?: StoredValues;
}

export interface SkippedPlaceholder {
  placeholderId: string;
  label: string;
  reason: Bilingual;
}

export interface FillReport {
  filled: number;
  filledIds: string[];
  skipped: SkippedPlaceholder[];
  /** True when the values were written to the document's store. */
  stored: boolean;
}

const CHANGED: Bilingual = { zh: "扫描后此处文字已改动，未填写", en: "The text here changed after the scan; not filled" };
const NOT_LOCATED: Bilingual = { zh: "无法在文档中准确定位，未填写", en: "Could not be located exactly in the document; not filled" };
const PROTECTED: Bilingual = { zh: "该内容控件禁止编辑，未填写", en: "The content control cannot be edited; not filled" };

interface PlacedEdit {
  start: number;
  end: number;
  replacement: string;
  edit: FillEdit;
}

/**
 * 填入. Syncs: 1 to re-read the document (and the store's part), 1 to write every edit and the
 * stored values — 2 whatever the number of placeholders (1 when there is nothing to write).
 * A placeholder whose text or context changed since the scan is skipped and reported. If Word
 * refuses the first write (read-only document) nothing is written and a plain error is thrown.
 */
export async function fillPlaceholders(request: FillRequest): Promise<FillReport> {
  const { scan } = request;
  const plan = planFill(scan.paragraphs, scan.placeholders, request.values, request.derived ?? {}, request.decimals ? { decimals: request.decimals } : {});
  const byId = new Map<string, Placeholder>(scan.placeholders.map((p) => [p.id, p]));
  const labelOf = (id: string): string => byId.get(id)?.label ?? id;
  const skipped: SkippedPlaceholder[] = plan.skipped.map((s) => ({ placeholderId: s.placeholder.id, label: s.placeholder.label, reason: s.reason }));
  const skip = (edit: FillEdit, reason: Bilingual) => skipped.push({ placeholderId: edit.placeholderId, label: labelOf(edit.placeholderId), reason });
  const storage = metricsStorage();
  const usesControls = plan.edits.some((e) => scan.controlIds[e.placeholderId] !== undefined);

  const filledIds = await runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const controls = usesControls ? context.document.body.contentControls : null;
    controls?.load("items/id,text,cannotEdit");
    const parts = request.store && storage === "customXml" ? queueStoredParts(context) : null;
    await context.sync();

    const current = paragraphs.items.map((p) => p.text);
    const liveControls = new Map((controls?.items ?? []).map((c) => [c.id, c]));
    const perParagraph = new Map<number, PlacedEdit[]>();
    const controlWrites: Array<{ control: Word.ContentControl; edit: FillEdit }> = [];
    const add = (index: number, placed: PlacedEdit) => {
      const list = perParagraph.get(index) ?? [];
      list.push(placed);
      perParagraph.set(index, list);
    };

    for (const edit of plan.edits) {
      const text = current[edit.paragraph];
      const place = text === undefined ? null : verifyEdit(text, edit);
      const controlId = scan.controlIds[edit.placeholderId];
      if (!place) {
        skip(edit, CHANGED);
        continue;
      }
      if (controlId === undefined) {
        add(edit.paragraph, { start: place.start, end: place.end, replacement: edit.replacement, edit });
        continue;
      }
      const placeholder = byId.get(edit.placeholderId);
      const control = liveControls.get(controlId);
      if (!placeholder || !control || control.text !== placeholder.raw) {
        skip(edit, CHANGED);
        continue;
      }
      if (control.cannotEdit) {
        skip(edit, PROTECTED);
        continue;
      }
      // The control takes the whole new wording (同比[下降3.2]%); verb or unit outside it go.
      const shift = place.start - edit.start;
      const inner = { start: placeholder.start + shift, end: placeholder.end + shift };
      if (place.start < inner.start) add(edit.paragraph, { start: place.start, end: inner.start, replacement: "", edit });
      if (inner.end < place.end) add(edit.paragraph, { start: inner.end, end: place.end, replacement: "", edit });
      controlWrites.push({ control, edit });
    }

    const failed = new Set<FillEdit>();
    for (const [index, list] of perParagraph) {
      const paragraph = paragraphs.items[index];
      const text = current[index];
      if (!paragraph || text === undefined) continue;
      for (const unplaced of queueParagraphEdits(paragraph, text, list)) failed.add(unplaced.edit);
    }
    for (const { control, edit } of controlWrites) {
      if (!failed.has(edit)) control.insertText(edit.replacement, "Replace");
    }
    for (const edit of failed) skip(edit, NOT_LOCATED);
    if (parts && request.store) queueWriteStoredPart(context, parts, request.store);

    const skippedIds = new Set(skipped.map((s) => s.placeholderId));
    const written = plan.edits.filter((e) => !failed.has(e) && !skippedIds.has(e.placeholderId));
    if (written.length > 0 || parts) await context.sync();
    return written.map((e) => e.placeholderId);
  });

  let stored = storage === "customXml" && request.store !== undefined;
  if (request.store && storage === "settings") {
    await writeSettingsValues(request.store);
    stored = true;
  }
  return { filled: filledIds.length, filledIds, skipped, stored };
}
