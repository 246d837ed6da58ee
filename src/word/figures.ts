/**
 * 数据核对 in Word: what the 数据 form keeps in the document (its values, last year's, and the
 * findings dismissed for this document), dismissing a finding, 以文档为准 (the form takes the
 * document's figure) and 以表单为准 (the document takes the form's figure, written and read back).
 */
import type { CheckOptions, Finding } from "../core/checks";
import { dismissedFindings, formFiguresOf, withDismissal, withFieldValue, type StoredValues } from "../core/metrics";
import { fixFindings, type FixResult } from "./checks";
import { refuse, runWord } from "./errors";
import {
  metricsStorage,
  newerStoredValues,
  parsePartXml,
  queueStoredParts,
  queueStoredXml,
  queueWriteStoredPart,
  readSettingsValues,
  writeSettingsValues,
} from "./metricsStore";

/** The check options 数据核对 takes from the document's stored values. */
export type FigureCheckOptions = Pick<CheckOptions, "figureForm" | "dismissedFigures">;

export function figureOptionsOf(stored: StoredValues | null): FigureCheckOptions {
  return { figureForm: formFiguresOf(stored), dismissedFigures: dismissedFindings(stored) };
}

/** Reads the stored values as they are now (the newer of the part and the settings). Syncs: 1–2 in the caller's run. */
async function readStored(context: Word.RequestContext): Promise<{ stored: StoredValues | null; parts: Word.CustomXmlPartScopedCollection | null }> {
  if (metricsStorage() !== "customXml") return { stored: readSettingsValues(), parts: null };
  const parts = queueStoredParts(context);
  await context.sync();
  const xml = queueStoredXml(parts);
  if (xml.length > 0) await context.sync();
  return { stored: newerStoredValues(parsePartXml(xml), readSettingsValues()), parts };
}

/**
 * What 数据核对 needs of the stored values before a check. Syncs: 0 on hosts keeping them in
 * Office settings; 1 with custom XML parts and none in the document, 2 when there is one.
 */
export async function readFigureOptions(): Promise<FigureCheckOptions> {
  if (metricsStorage() !== "customXml") return figureOptionsOf(readSettingsValues());
  return runWord(async (context) => figureOptionsOf((await readStored(context)).stored));
}

/** Reads the stored values, changes them, writes them back: syncs 1–2 to read, 1 to write (custom XML); 0 with settings. */
async function updateStored(change: (stored: StoredValues | null) => StoredValues): Promise<StoredValues> {
  let next: StoredValues | null = null;
  if (metricsStorage() === "customXml") {
    await runWord(async (context) => {
      const { stored, parts } = await readStored(context);
      next = change(stored);
      if (parts) queueWriteStoredPart(context, parts, next);
      await context.sync();
    });
  } else next = change(readSettingsValues());
  // Hosts with parts write the settings too, so that Office 2019 reads the newest values (as saveStoredValues does).
  await writeSettingsValues(next!);
  return next!;
}

/** Dismisses a 数据核对 finding for this document: it is not reported again while its figures read the same. */
export async function dismissFigureFinding(finding: Pick<Finding, "dismissKey">): Promise<void> {
  const key = finding.dismissKey;
  if (!key) return;
  await updateStored((stored) => withDismissal(stored, key, new Date().toISOString()));
}

/** 以文档为准: the 数据 form takes the figure as the document has it (the number, without its unit). */
export async function keepDocumentFigure(finding: Pick<Finding, "formGroup">, documentText: string): Promise<void> {
  const group = finding.formGroup;
  const value = /^[\d,.]+/.exec(documentText)?.[0]?.replace(/,/g, "");
  if (!group || !value) return;
  await updateStored((stored) => withFieldValue(stored, group, value, new Date().toISOString()));
}

/**
 * 以表单为准: writes the form's figure in place of the document's, found again by its text where
 * its paragraph is now, and read back (fixFindings: syncs 1 to read, 1 to locate, 1 to write).
 * Nothing is written when the figure was edited since the check.
 */
export async function applyFormFigure(finding: Finding, texts: readonly string[], options: CheckOptions = {}): Promise<FixResult> {
  if (finding.formValue === undefined) refuse("这条发现没有表单中的数值。", "This finding has no value from the form.");
  return fixFindings([{ ...finding, replacement: finding.formValue }], texts, options);
}
