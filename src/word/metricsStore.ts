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

/** The loaded parts: Word on the web left `items` undefined when there was none (office-js #6673). */
export function storedPartItems(parts: Word.CustomXmlPartScopedCollection): Word.CustomXmlPart[] {
  return parts.items ?? [];
}

/** After the parts are loaded: queues reading every part's XML (an old document may hold copies). */
export function queueStoredXml(parts: Word.CustomXmlPartScopedCollection): Array<OfficeExtension.ClientResult<string>> {
  return storedPartItems(parts).map((part) => part.getXml());
}

/**
 * Queues replacing our parts by one holding `state`; no sync. The old parts are deleted and a new
 * one added rather than setXml'd: a part that began with an XML declaration (as this add-in once
 * wrote them) made later setXml calls fail (office-js #1643). No declaration is written.
 */
export function queueWriteStoredPart(context: Word.RequestContext, parts: Word.CustomXmlPartScopedCollection, state: StoredValues): void {
  for (const part of storedPartItems(parts)) part.delete();
  context.document.customXmlParts.add(withoutDeclaration(serializeStoredValues(state)));
}

function withoutDeclaration(xml: string): string {
  return xml.replace(/^\s*<\?xml[^>]*\?>\s*/, "");
}

/** The more recently updated of two stored states (by updatedAt; either may be missing). */
export function newerStoredValues(a: StoredValues | null, b: StoredValues | null): StoredValues | null {
  if (!a) return b;
  if (!b) return a;
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (Number.isNaN(tb)) return a;
  if (Number.isNaN(ta)) return b;
  return tb > ta ? b : a;
}

/** What Office document settings hold under our key (undefined when nothing, or unreadable). */
function readSettingsRaw(): unknown {
  try {
    return Office.context.document.settings.get(METRICS_SETTINGS_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Values kept in Office document settings (no Word sync: these are in memory until saveAsync). */
export function readSettingsValues(): StoredValues | null {
  const raw = readSettingsRaw();
  return typeof raw === "string" ? parseStoredValues(raw) : null;
}

/**
 * True when the document holds something under our namespace or settings key that cannot be
 * read (another tool's data, a damaged or hostile file): it is ignored, and the person is told.
 */
export function storedUnreadable(xmls: ReadonlyArray<OfficeExtension.ClientResult<string>> | null): boolean {
  if ((xmls ?? []).some((xml) => parseStoredValues(xml.value) === null)) return true;
  const raw = readSettingsRaw();
  return raw !== undefined && (typeof raw !== "string" || parseStoredValues(raw) === null);
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

/** The newest state among the parts read (a corrupt part counts as none). */
export function parsePartXml(xmls: ReadonlyArray<OfficeExtension.ClientResult<string>> | null): StoredValues | null {
  let newest: StoredValues | null = null;
  for (const xml of xmls ?? []) newest = newerStoredValues(newest, parseStoredValues(xml.value));
  return newest;
}

/**
 * 保存: keeps `state` in the document without filling anything (for 结转下一年, or to keep
 * half-entered figures). Syncs: 2 with custom XML parts (read ids, write); 0 with Office settings.
 * Hosts with parts also write the settings, so that a host without them (Office 2019) reads the
 * newest values too; readers take the newer of the two by updatedAt.
 */
export async function saveStoredValues(state: StoredValues): Promise<MetricsStorage> {
  const storage = metricsStorage();
  if (storage === "customXml") {
    await runWord(async (context) => {
      const parts = queueStoredParts(context);
      await context.sync();
      queueWriteStoredPart(context, parts, state);
      await context.sync();
    });
  }
  await writeSettingsValues(state);
  return storage;
}
