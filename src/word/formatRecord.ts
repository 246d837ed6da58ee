/**
 * Where 一键排版 keeps its record for 撤销排版 (core/format/undo.ts): a Word document setting
 * (WordApi 1.4, saved in the file, readable in the same sync as the paragraphs), or Office
 * document settings on hosts without it (Office 2019; in memory until saveAsync, as the metrics
 * store does). Helpers here only queue work; the operations fit them into their own syncs.
 */
import { parseFormatRecord, serializeFormatRecord, type FormatRecord } from "../core/format/undo";
import type { Capabilities } from "./capabilities";
import { WordOperationError } from "./errors";

export const FORMAT_RECORD_KEY = "report-composer:format-undo:v1";

/** Queued read of the record; call `value()` after the sync (null: none, or unreadable). */
export interface PendingRecord {
  value(): FormatRecord | null;
}

export function queueReadRecord(context: Word.RequestContext, capabilities: Capabilities): PendingRecord {
  if (capabilities.customXmlParts) {
    const setting = context.document.settings.getItemOrNullObject(FORMAT_RECORD_KEY);
    setting.load("value");
    // Read after the caller's sync.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    return { value: () => (setting.isNullObject ? null : parseFormatRecord(setting.value)) };
  }
  return { value: () => parseFormatRecord(readOfficeSetting()) };
}

/**
 * Writes the record: queued into the batch on WordApi 1.4 (lands with the next sync), else saved
 * to Office document settings now (awaited before the batch's next write).
 */
export async function writeRecord(context: Word.RequestContext, capabilities: Capabilities, record: FormatRecord): Promise<void> {
  const text = serializeFormatRecord(record);
  if (capabilities.customXmlParts) {
    context.document.settings.add(FORMAT_RECORD_KEY, text);
    return;
  }
  await saveOfficeSetting(text);
}

function readOfficeSetting(): unknown {
  try {
    return Office.context.document.settings.get(FORMAT_RECORD_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function saveOfficeSetting(text: string): Promise<void> {
  const failed = (cause?: unknown) =>
    new WordOperationError({ zh: "排版记录未能保存到文档设置中，未做任何改动。", en: "The formatting record could not be saved in the document settings; nothing was changed." }, cause);
  return new Promise((resolve, reject) => {
    try {
      Office.context.document.settings.set(FORMAT_RECORD_KEY, text);
      Office.context.document.settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(failed(result.error))));
    } catch (error) {
      reject(failed(error));
    }
  });
}
