/**
 * Where a report's figures are kept inside the document: a namespaced custom XML part (WordApi
 * 1.4, travels with the file), or Office document settings on hosts without it (Office 2019).
 * Helpers here only queue work; the scan and fill operations fit them into their own syncs.
 */
import { METRICS_NAMESPACE, parseStoredValues, serializeStoredValues, type StoredValues } from "../core/metrics";
import { detectCapabilities } from "./capabilities";
import { runWord, WordOperationError } from "./errors";

/** Office settings key used when custom XML parts are not available. */
export const METRICS_SETTINGS_KEY = "report-composer:metrics:v1";

export type MetricsStorage = "customXml" | "settings";

/** Which store this host offers. */
export function metricsStorage(): MetricsStorage {
  return detectCapabilities().customXmlParts ? "customXml" : "settings";
}

/** Queues the load of our custom XML parts (ids only); no sync. */
export function queueStoredParts(context: Word.RequestContext): Word.CustomXmlPartScopedCollection {
  const parts = context.document.customXmlParts.getByNamespace(METRICS_NAMESPACE);
  parts.load("items/id");
  return parts;
}

/** After the parts are loaded: queues reading the first one's XML (null when there is none). */
export function queueStoredXml(parts: Word.CustomXmlPartScopedCollection): OfficeExtension.ClientResult<string> | null {
  const first = parts.items[0];
  return first ? first.getXml() : null;
}

/** Queues writing `state` over the existing part (extra copies removed), or adds one; no sync. */
export function queueWriteStoredPart(context: Word.RequestContext, parts: Word.CustomXmlPartScopedCollection, state: StoredValues): void {
  const xml = serializeStoredValues(state);
  const [first, ...extra] = parts.items;
  if (first) first.setXml(xml);
  else context.document.customXmlParts.add(xml);
  for (const part of extra) part.delete();
}

/** Values kept in Office document settings (no Word sync: these are in memory until saveAsync). */
export function readSettingsValues(): StoredValues | null {
  try {
    const raw: unknown = Office.context.document.settings.get(METRICS_SETTINGS_KEY);
    return typeof raw === "string" ? parseStoredValues(raw) : null;
  } catch {
    return null;
  }
}

/** Writes values to Office document settings and saves them with the document's settings. */
export function writeSettingsValues(state: StoredValues): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      Office.context.document.settings.set(METRICS_SETTINGS_KEY, serializeStoredValues(state));
      Office.context.document.settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(new WordOperationError({ zh: "数据未能保存到文档设置中。", en: "The values could not be saved in the document settings." }, result.error));
      });
    } catch (error) {
      reject(new WordOperationError({ zh: "数据未能保存到文档设置中。", en: "The values could not be saved in the document settings." }, error));
    }
  });
}

/** Parses the XML read from a part; a corrupt part counts as none. */
export function parsePartXml(xml: OfficeExtension.ClientResult<string> | null): StoredValues | null {
  return xml ? parseStoredValues(xml.value) : null;
}

/**
 * 保存: keeps `state` in the document without filling anything (for 结转下一年, or to keep
 * half-entered figures). Syncs: 2 with custom XML parts (read ids, write); 0 with Office settings.
 */
export async function saveStoredValues(state: StoredValues): Promise<MetricsStorage> {
  const storage = metricsStorage();
  if (storage === "settings") {
    await writeSettingsValues(state);
    return storage;
  }
  await runWord(async (context) => {
    const parts = queueStoredParts(context);
    await context.sync();
    queueWriteStoredPart(context, parts, state);
    await context.sync();
  });
  return storage;
}
