/**
 * 填入: writes the form's values over their placeholders, only their characters (the runs around
 * keep their fonts), and keeps the values in the document.
 */
import { planFill, type DerivedWordings, type FillEdit, type StoredValues } from "../core/metrics";
import type { Placeholder } from "../core/placeholders";
import type { Bilingual } from "../core/text/bilingual";
import { describeWordError, runWord, WordOperationError } from "./errors";
import { relocateEdits, type TextEdit } from "../core/text/anchoring";
import { writeParagraphEdits, type EditProgress, type EditStatus, type ParagraphEdit } from "./edits";
import { metricsStorage, queueStoredParts, queueWriteStoredPart, writeSettingsValues } from "./metricsStore";
import type { ScannedDocument } from "./metricsScan";

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
  /** Word stopped part-way: what it said, in plain words (the places above say what was written). */
  interrupted: Bilingual | null;
}

const CHANGED: Bilingual = { zh: "扫描后此处文字已改动，未填写", en: "The text here changed after the scan; not filled" };
const NOT_LOCATED: Bilingual = { zh: "无法在文档中准确定位，未填写", en: "Could not be located exactly in the document; not filled" };
const PROTECTED: Bilingual = { zh: "该内容控件禁止编辑，未填写", en: "The content control cannot be edited; not filled" };
const NOT_WRITTEN: Bilingual = { zh: "Word 未完成写入，未填写（再次点击“填入”可补齐）", en: "Word did not complete the write; not filled (click Fill again to finish)" };
const UNVERIFIED: Bilingual = { zh: "写入中断，无法确认此处是否已填写，请检查", en: "The write was interrupted; whether this place was filled is unknown — check it" };

/**
 * 填入. Syncs: 1 to re-read the document (and the store's parts), 1 to locate and check every
 * place, 1 to write everything and read it back — 3 whatever the number of placeholders, more
 * only when a sync would exceed the payload limit (payload.ts). Each placeholder is found by its
 * text where its paragraph is now (never by index alone); one whose text changed since the scan
 * is skipped and reported. The report counts what Word's text shows after writing. If Word fails
 * part-way, the report says which places were and were not written, and the stored values are
 * not updated; running 填入 again completes the job.
 */
export async function fillPlaceholders(request: FillRequest, onProgress?: (progress: EditProgress) => void): Promise<FillReport> {
  const { scan } = request;
  const plan = planFill(scan.paragraphs, scan.placeholders, request.values, request.derived ?? {}, request.decimals ? { decimals: request.decimals } : {});
  const byId = new Map<string, Placeholder>(scan.placeholders.map((p) => [p.id, p]));
  const labelOf = (id: string): string => byId.get(id)?.label ?? id;
  const skipped: SkippedPlaceholder[] = plan.skipped.map((s) => ({ placeholderId: s.placeholder.id, label: s.placeholder.label, reason: s.reason }));
  const skip = (edit: FillEdit, reason: Bilingual) => skipped.push({ placeholderId: edit.placeholderId, label: labelOf(edit.placeholderId), reason });
  const storage = metricsStorage();
  const usesControls = plan.edits.some((e) => scan.controlIds[e.placeholderId] !== undefined);

  const outcome = await runWord(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const controls = usesControls ? context.document.body.contentControls : null;
    controls?.load("items/id,text,cannotEdit");
    const parts = request.store && storage === "customXml" ? queueStoredParts(context) : null;
    await context.sync();

    const current = paragraphs.items.map((p) => p.text);
    const liveControls = new Map((controls?.items ?? []).map((c) => [c.id, c]));

    // Text edits (a placeholder, or verb + placeholder, and the trims around a metric control).
    const textEdits: Array<TextEdit & { fill: FillEdit }> = [];
    const controlWrites: Array<{ control: Word.ContentControl; edit: FillEdit }> = [];
    for (const edit of plan.edits) {
      const controlId = scan.controlIds[edit.placeholderId];
      if (controlId === undefined) {
        textEdits.push({ paragraph: edit.paragraph, start: edit.start, end: edit.end, replacement: edit.replacement, fill: edit });
        continue;
      }
      const placeholder = byId.get(edit.placeholderId);
      const control = liveControls.get(controlId);
      if (!placeholder || !control || control.text !== placeholder.raw) {
        // A control already holding this value is a place filled by an earlier run.
        if (placeholder && control && control.text === edit.replacement) continue;
        skip(edit, CHANGED);
        continue;
      }
      if (control.cannotEdit) {
        skip(edit, PROTECTED);
        continue;
      }
      // The control takes the whole new wording (同比[下降3.2]%); verb or unit outside it go.
      if (edit.start < placeholder.start) textEdits.push({ paragraph: edit.paragraph, start: edit.start, end: placeholder.start, replacement: "", fill: edit });
      if (placeholder.end < edit.end) textEdits.push({ paragraph: edit.paragraph, start: placeholder.end, end: edit.end, replacement: "", fill: edit });
      controlWrites.push({ control, edit });
    }

    const relocated = relocateEdits(scan.paragraphs, current, textEdits);
    const edits: Array<ParagraphEdit<FillEdit>> = [];
    const done = new Set<FillEdit>();
    const changed = new Set<FillEdit>();
    for (const r of relocated) {
      if (r.status === "located") edits.push({ paragraph: r.paragraph, start: r.start, end: r.end, replacement: r.edit.replacement, tag: r.edit.fill });
      else if (r.status === "done") done.add(r.edit.fill);
      else changed.add(r.edit.fill);
    }
    // A control whose trims cannot be made is left alone too (its sentence would read twice).
    const blocked = (edit: FillEdit) => changed.has(edit);
    const report = await writeParagraphEdits(context, paragraphs.items, current, edits.filter((e) => !blocked(e.tag)), onProgress, () => {
      const proofs = controlWrites.filter(({ edit }) => !blocked(edit)).map(({ control, edit }) => {
        control.insertText(edit.replacement, "Replace");
        control.load("text");
        return { control, edit };
      });
      if (parts && request.store) queueWriteStoredPart(context, parts, request.store);
      return () => proofs.filter(({ control, edit }) => control.text === edit.replacement).map(({ edit }) => edit);
    });
    return { report, done, changed, controlWrites };
  });

  const { report, done, changed, controlWrites } = outcome;
  const statusOf = new Map<FillEdit, EditStatus>();
  for (const { tag, status } of report.outcomes) {
    const was = statusOf.get(tag);
    // An edit made of several parts (trims around a control) is as good as its worst part.
    if (!was || was === "written") statusOf.set(tag, status);
  }
  const controlsWritten = new Set(report.extraResult ?? []);
  const filledIds: string[] = [];
  for (const edit of plan.edits) {
    if (changed.has(edit)) {
      skip(edit, CHANGED);
      continue;
    }
    const isControl = controlWrites.some((c) => c.edit === edit);
    const textStatus = statusOf.get(edit);
    if (isControl ? controlsWritten.has(edit) && (textStatus === undefined || textStatus === "written") : textStatus === "written" || done.has(edit)) {
      filledIds.push(edit.placeholderId);
      continue;
    }
    if (skipped.some((s) => s.placeholderId === edit.placeholderId)) continue;
    if (done.has(edit)) filledIds.push(edit.placeholderId);
    else if (textStatus === "notLocated") skip(edit, NOT_LOCATED);
    // Edited by the person between locating and writing: the guard refused it, nothing written.
    else if (textStatus === "changed") skip(edit, CHANGED);
    else if (textStatus === "unverified" || (isControl && report.failure)) skip(edit, UNVERIFIED);
    else skip(edit, NOT_WRITTEN);
  }

  // Values are kept only when every write went through (a failed sync leaves the store as it was).
  let stored = storage === "customXml" && request.store !== undefined && !report.failure;
  if (request.store && !report.failure) {
    await writeSettingsValues(request.store);
    stored = true;
  }
  // Word refused before anything landed (a read-only document): a plain error, as for any refusal.
  if (report.failure && filledIds.length === 0) throw new WordOperationError(describeWordError(report.failure), report.failure);
  const interrupted = report.failure ? describeWordError(report.failure) : null;
  return { filled: filledIds.length, filledIds, skipped, stored, interrupted };
}
